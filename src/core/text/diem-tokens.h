/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-tokens.h — words and punctuation of an article, for the extractors
 *
 * A word keeps joined pieces that belong together in Vietnamese news text: document
 * numbers ("98/2023/QH15", "24-NQ/TW"), acronyms ("LĐTB-XH", "KH&CN", "GS.TS"), numbers
 * ("1.500"). Every token has byte offsets into the text and a lower-case key; tokens
 * that spell the same key share one copy of it.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  DIEM_TOKEN_WORD        = 1 << 0,
  DIEM_TOKEN_CAPITALISED = 1 << 1, /* first letter upper case */
  DIEM_TOKEN_UPPER       = 1 << 2, /* two letters or more, all upper case: an acronym */
  DIEM_TOKEN_DIGIT       = 1 << 3, /* starts with a digit */
  DIEM_TOKEN_PUNCT       = 1 << 4,
  DIEM_TOKEN_BLOCK_START = 1 << 5, /* first token of a block */
  DIEM_TOKEN_SPACE_AFTER = 1 << 6, /* white space follows */
  DIEM_TOKEN_QUALIFIER   = 1 << 7, /* filled by diem_grammar_annotate (): "nguyên", "cựu",
                                    * "quyền" or "tập", which may open an office */
  DIEM_TOKEN_JOINED      = 1 << 8, /* a word that holds a joiner: "98/2023", "TP.HCM" */
  DIEM_TOKEN_PLACE_CLASSIFIER = 1 << 9, /* filled by diem_grammar_annotate (): "tỉnh",
                                         * "phường", "sông" … before a place's name */
} DiemTokenFlags;

/* Kept small: a 10 MB article has about two million tokens. */
typedef struct
{
  guint   start;
  guint   end;
  guint   key;        /* offset of the NUL-terminated lower-case key in DiemTokens.keys,
                       * the same for every token with that key */
  guint16 flags;
  guint8  stop_len;   /* filled by diem_grammar_annotate (): stop word starting here */
  guint8  office_len; /* filled by diem_grammar_annotate (): office starting here */
  guint   word;       /* filled by diem_lexicon_annotate (): the key's number among the
                       * words of the bundled lexicons, 0 when none has it */
} DiemToken;

typedef struct
{
  guint start; /* first token */
  guint end;   /* one past the last token */
} DiemSentence;

typedef struct _DiemKeyIndex DiemKeyIndex;

/* Where each key is written: the tokens of one key, in order, without reading the others.
 * Built on demand by a reader that looks for a word through the whole article. */
typedef struct
{
  guint *first; /* by key offset: the first token with that key + 1, or 0 */
  guint *next;  /* by token: the next token with the same key + 1, or 0 */
} DiemKeyMentions;

typedef struct
{
  const char    *text;
  GArray        *tokens;        /* (element-type DiemToken) */
  GString       *keys;          /* each distinct key once, one after the other */
  GArray        *sentences;     /* (element-type DiemSentence) */
  gboolean       annotated;     /* DiemToken.word is filled */
  const guint16 *word_lexicons; /* (nullable) once annotated: by word number, a bit for
                                 * each bundled lexicon with an entry starting with it */
  DiemKeyIndex  *index;         /* (private) the keys by their bytes, while tokens are added */
  guint          room;          /* (private) tokens the array holds without growing */
} DiemTokens;

DiemTokens *diem_tokens_new      (const char *text,
                                  gsize       length_hint);
void        diem_tokens_add_span (DiemTokens *self,
                                  gsize       start,
                                  gsize       end);
void        diem_tokens_finish   (DiemTokens *self,
                                  gboolean  (*is_abbreviation) (const DiemTokens *tokens,
                                                                guint             i));
void        diem_tokens_free     (DiemTokens *self);
gboolean    diem_tokens_find_key (const DiemTokens *self,
                                  const char       *key,
                                  guint            *offset);
char       *diem_tokens_dup_text (const DiemTokens *self,
                                  guint             first,
                                  guint             last);
void        diem_tokens_fold_tone_placement (char  *key,
                                             gsize  len);

void        diem_key_mentions_init  (DiemKeyMentions  *self,
                                     const DiemTokens *tokens);
void        diem_key_mentions_clear (DiemKeyMentions  *self);

/* Past the last token every accessor answers as for an empty, flagless token, so a
 * grammar that looks ahead never needs its own bounds check. */
extern const DiemToken diem_tokens_past_end;

static inline const DiemToken *
diem_tokens_get (const DiemTokens *self,
                 guint             i)
{
  if (G_UNLIKELY (i >= self->tokens->len))
    return &diem_tokens_past_end;
  return &g_array_index (self->tokens, DiemToken, i);
}

static inline const char *
diem_tokens_key (const DiemTokens *self,
                 guint             i)
{
  if (G_UNLIKELY (i >= self->tokens->len))
    return "";
  return self->keys->str + g_array_index (self->tokens, DiemToken, i).key;
}

static inline gboolean
diem_tokens_has (const DiemTokens *self,
                 guint             i,
                 DiemTokenFlags    flag)
{
  return i < self->tokens->len && (diem_tokens_get (self, i)->flags & flag) != 0;
}

static inline gboolean
diem_tokens_is (const DiemTokens *self,
                guint             i,
                const char       *key)
{
  const char *own;

  if (i >= self->tokens->len)
    return FALSE;
  own = diem_tokens_key (self, i);
  /* keys are a few bytes and the first byte settles almost every comparison: compared
   * here, without a call into the C library for each */
  for (; *own == *key; own++, key++)
    if (*own == '\0')
      return TRUE;
  return FALSE;
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DiemTokens, diem_tokens_free)

G_END_DECLS
