/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-lexicon.h — vocabulary lists, matched word by word
 *
 * A lexicon is a text file in data/lexicons (shipped in GResource): one entry a line,
 * '#' starts a comment, fields after the entry are separated by '|'. Entries are matched
 * case-insensitively on whole tokens through a trie keyed on words, so a match costs
 * the length of the entry, never the size of the lexicon.
 */
#pragma once

#include "diem-tokens.h"

G_BEGIN_DECLS

typedef struct _DiemLexicon DiemLexicon;

typedef enum
{
  DIEM_LEXICON_ABBREVIATIONS,
  DIEM_LEXICON_AWARD_WORDS,
  DIEM_LEXICON_COMPOUNDS,
  DIEM_LEXICON_DOCUMENT_KINDS,
  DIEM_LEXICON_GIVE_VERBS,
  DIEM_LEXICON_HONORIFICS,
  DIEM_LEXICON_HONOURS,
  DIEM_LEXICON_OFFICES,
  DIEM_LEXICON_ORG_WORDS,
  DIEM_LEXICON_PLACES,
  DIEM_LEXICON_RANKS,
  DIEM_LEXICON_STOPWORDS,
  DIEM_LEXICON_SURNAMES,
  DIEM_LEXICON_UNITS,
  DIEM_N_LEXICONS
} DiemLexiconId;


DiemLexicon       *diem_lexicon_new_from_data (const char *data,
                                               gsize       length);
void               diem_lexicon_free          (DiemLexicon *self);
const DiemLexicon *diem_lexicon_get           (const char *name);
const DiemLexicon *diem_lexicon_load          (DiemLexiconId id);
void               diem_lexicon_annotate      (DiemTokens *tokens);

int                diem_lexicon_match_at      (const DiemLexicon *self,
                                               const DiemTokens  *tokens,
                                               guint              position,
                                               guint              limit,
                                               guint             *n_tokens);
int                diem_lexicon_lookup        (const DiemLexicon *self,
                                               const char        *key);
gboolean           diem_lexicon_contains      (const DiemLexicon *self,
                                               const char        *key);
gboolean           diem_lexicon_has_phrase    (const DiemLexicon *self,
                                               const DiemTokens  *tokens,
                                               guint              position,
                                               guint              n);
const char        *diem_lexicon_entry         (const DiemLexicon *self,
                                               int                index);
const char        *diem_lexicon_field         (const DiemLexicon *self,
                                               int                index,
                                               guint              field);
guint              diem_lexicon_size          (const DiemLexicon *self);

/* Can an entry of any of the bundled lexicons in @ids (a bit per DiemLexiconId) start
 * at token i? FALSE only when none can; unannotated tokens always may. Asked at every
 * token by several readers: inline, one read. */
static inline gboolean
diem_lexicon_may_start (const DiemTokens *tokens,
                        guint             i,
                        guint             ids)
{
  if (!tokens->annotated)
    return TRUE;
  if (i >= tokens->tokens->len)
    return FALSE;
  return (tokens->word_lexicons[g_array_index (tokens->tokens, DiemToken, i).word] & ids) != 0;
}

/* (private) the bundled lexicons loaded so far, by id */
extern const DiemLexicon *diem_lexicon_loaded[DIEM_N_LEXICONS];

/* A bundled lexicon, loaded on first use. Asked millions of times in an article's
 * reading: after the first, one atomic read, inline. */
static inline const DiemLexicon *
diem_lexicon (DiemLexiconId id)
{
  const DiemLexicon *lexicon = g_atomic_pointer_get (&diem_lexicon_loaded[id]);

  return G_LIKELY (lexicon != NULL) ? lexicon : diem_lexicon_load (id);
}

/* (private) what the inline part of diem_lexicon_match () reads: a DiemLexicon starts
 * with it */
typedef struct
{
  guint16 bit; /* a bundled lexicon's bit in DiemTokens.word_lexicons, or 0 */
} DiemLexiconHead;

/* Longest entry that starts at token position (and ends before limit); returns its
 * index and sets n_tokens, or returns -1. Readers ask at nearly every token and most
 * positions start no entry of a bundled lexicon: that answer is given here, inline. */
static inline int
diem_lexicon_match (const DiemLexicon *self,
                    const DiemTokens  *tokens,
                    guint              position,
                    guint              limit,
                    guint             *n_tokens)
{
  guint16 bit = ((const DiemLexiconHead *) self)->bit;

  if (bit != 0 && tokens->annotated
      && (position >= MIN (limit, tokens->tokens->len)
          || !(tokens->word_lexicons[g_array_index (tokens->tokens, DiemToken, position).word] & bit)))
    {
      if (n_tokens != NULL)
        *n_tokens = 0;
      return -1;
    }
  return diem_lexicon_match_at (self, tokens, position, limit, n_tokens);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DiemLexicon, diem_lexicon_free)

G_END_DECLS
