/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-tokens.c — words and punctuation of an article, for the extractors */
#include "diem-tokens.h"

#include <string.h>

const DiemToken diem_tokens_past_end = { 0 };

/* The keys kept so far, by their bytes: open addressing on an FNV-1a hash. A 10 MB
 * article has two million tokens but some tens of thousands of distinct keys, so each
 * key is written once and the keys stay small enough to stay in the cache. */
typedef struct
{
  guint32 hash;
  guint   offset; /* the key's offset + 1; 0 marks a free slot */
} KeySlot;

struct _DiemKeyIndex
{
  KeySlot *slots;
  guint    mask; /* slots - 1, a power of two minus one */
  guint    used;
};

static DiemKeyIndex *
key_index_new (void)
{
  DiemKeyIndex *index = g_new0 (DiemKeyIndex, 1);

  index->mask = 1024 - 1;
  index->slots = g_new0 (KeySlot, index->mask + 1);
  return index;
}

static void
key_index_free (DiemKeyIndex *index)
{
  g_free (index->slots);
  g_free (index);
}

static void
key_index_grow (DiemKeyIndex *index)
{
  guint old_size = index->mask + 1;
  KeySlot *old = index->slots;

  index->mask = old_size * 2 - 1;
  index->slots = g_new0 (KeySlot, old_size * 2);
  for (guint k = 0; k < old_size; k++)
    if (old[k].offset != 0)
      {
        guint at = old[k].hash & index->mask;

        while (index->slots[at].offset != 0)
          at = (at + 1) & index->mask;
        index->slots[at] = old[k];
      }
  g_free (old);
}

/* Are the @length bytes at @kept and its NUL those of @key? Keys are a few bytes: a
 * loop here, not a call into the C library for each token. */
static inline gboolean
same_key (const char   *kept,
          const guchar *key,
          gsize         length)
{
  for (gsize k = 0; k < length; k++)
    if ((guchar) kept[k] != key[k])
      return FALSE;
  return kept[length] == '\0';
}

/* The key of @length bytes just written at keys->str + @key, NUL-terminated, is kept
 * unless the same key already is; returns the offset of the kept one and leaves
 * keys->len past it. */
static inline guint
keep_key (DiemTokens *self,
          gsize       key,
          gsize       length)
{
  DiemKeyIndex *index = self->index;
  GString *keys = self->keys;
  const guchar *bytes = (const guchar *) keys->str + key;
  guint32 hash = 2166136261u;
  guint at;

  for (gsize k = 0; k < length; k++)
    hash = (hash ^ bytes[k]) * 16777619u;
  for (at = hash & index->mask; index->slots[at].offset != 0; at = (at + 1) & index->mask)
    {
      const KeySlot *slot = &index->slots[at];

      /* a kept key lies before this one, so comparing the NUL too stays in the buffer */
      if (slot->hash == hash && same_key (keys->str + slot->offset - 1, bytes, length))
        {
          keys->len = key;
          keys->str[key] = '\0';
          return slot->offset - 1;
        }
    }
  index->slots[at] = (KeySlot) { hash, (guint) key + 1 };
  if (++index->used * 2 > index->mask)
    key_index_grow (index);
  keys->len = key + length + 1;
  keys->str[keys->len] = '\0';
  return (guint) key;
}

/**
 * diem_tokens_find_key:
 * @offset: (out): where the key is kept in keys, the DiemToken.key of every token that
 *   has it
 *
 * Is @key the key of some token? A reader that looks for a word in every token
 * compares offsets then, not strings.
 */
gboolean
diem_tokens_find_key (const DiemTokens *self,
                      const char       *key,
                      guint            *offset)
{
  const DiemKeyIndex *index = self->index;
  gsize length = strlen (key);
  guint32 hash = 2166136261u;

  for (gsize k = 0; k < length; k++)
    hash = (hash ^ (guchar) key[k]) * 16777619u;
  for (guint at = hash & index->mask; index->slots[at].offset != 0; at = (at + 1) & index->mask)
    {
      const KeySlot *slot = &index->slots[at];

      if (slot->hash == hash && strcmp (self->keys->str + slot->offset - 1, key) == 0)
        {
          *offset = slot->offset - 1;
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * diem_key_mentions_init:
 *
 * Chains every token to the next one with its key, in one pass from the end.
 */
void
diem_key_mentions_init (DiemKeyMentions  *self,
                        const DiemTokens *tokens)
{
  guint n = tokens->tokens->len;
  const DiemToken *all = (const DiemToken *) tokens->tokens->data;

  self->first = g_new0 (guint, tokens->keys->len + 1);
  self->next = g_new (guint, n + 1);
  for (guint i = n; i > 0; i--)
    {
      self->next[i - 1] = self->first[all[i - 1].key];
      self->first[all[i - 1].key] = i;
    }
}

void
diem_key_mentions_clear (DiemKeyMentions *self)
{
  g_clear_pointer (&self->first, g_free);
  g_clear_pointer (&self->next, g_free);
}

/* length_hint: the bytes that will be tokenised, to allocate once (about one token in
 * five bytes of Vietnamese text). */
DiemTokens *
diem_tokens_new (const char *text,
                 gsize       length_hint)
{
  DiemTokens *self = g_new0 (DiemTokens, 1);

  self->text = text;
  self->room = length_hint / 5 + 16;
  self->tokens = g_array_sized_new (FALSE, FALSE, sizeof (DiemToken), self->room);
  /* distinct keys only: a short text's words, a long text's vocabulary */
  self->keys = g_string_sized_new (MIN (length_hint + length_hint / 4, 256 * 1024) + 16);
  self->sentences = g_array_new (FALSE, FALSE, sizeof (DiemSentence));
  self->index = key_index_new ();
  return self;
}

void
diem_tokens_free (DiemTokens *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->tokens);
  g_string_free (self->keys, TRUE);
  g_array_unref (self->sentences);
  key_index_free (self->index);
  g_free (self);
}

/* What the tokeniser asks of a character, looked up in a table below TABLE_SIZE (Latin,
 * every Vietnamese letter, combining marks, General Punctuation) and asked of GLib
 * above it. ASCII answers as the g_ascii_ functions do. */
#define TABLE_SIZE 0x2100

enum
{
  CHAR_WORD  = 1 << 0, /* letter, digit or mark */
  CHAR_ALPHA = 1 << 1,
  CHAR_UPPER = 1 << 2,
  CHAR_LOWER = 1 << 3,
  CHAR_DIGIT = 1 << 4,
  CHAR_SPACE = 1 << 5, /* white space, no-break space, zero width space, BOM */
};

typedef struct
{
  guint8   flags;
  guint8   lower_length; /* bytes of lower_utf8 */
  char     lower_utf8[4];
  gunichar lower;
} CharInfo;

static CharInfo
char_info_compute (gunichar c)
{
  CharInfo info = { 0 };

  if (c < 0x80)
    {
      info.flags = (g_ascii_isalnum (c) ? CHAR_WORD : 0) | (g_ascii_isalpha (c) ? CHAR_ALPHA : 0)
                   | (g_ascii_isupper (c) ? CHAR_UPPER : 0) | (g_ascii_islower (c) ? CHAR_LOWER : 0)
                   | (g_ascii_isdigit (c) ? CHAR_DIGIT : 0) | (g_unichar_isspace (c) ? CHAR_SPACE : 0);
      info.lower = g_ascii_tolower (c);
    }
  else
    {
      info.flags = (g_unichar_isalnum (c) || g_unichar_ismark (c) ? CHAR_WORD : 0)
                   | (g_unichar_isalpha (c) ? CHAR_ALPHA : 0) | (g_unichar_isupper (c) ? CHAR_UPPER : 0)
                   | (g_unichar_islower (c) ? CHAR_LOWER : 0) | (g_unichar_isdigit (c) ? CHAR_DIGIT : 0)
                   | (g_unichar_isspace (c) || c == 0x00A0 || c == 0x200B || c == 0xFEFF ? CHAR_SPACE : 0);
      info.lower = g_unichar_tolower (c);
    }
  info.lower_length = (guint8) g_unichar_to_utf8 (info.lower, info.lower_utf8);
  return info;
}

static const CharInfo *
char_table (void)
{
  static gsize once = 0;
  static CharInfo table[TABLE_SIZE];

  if (g_once_init_enter (&once))
    {
      for (gunichar c = 0; c < TABLE_SIZE; c++)
        table[c] = char_info_compute (c);
      g_once_init_leave (&once, 1);
    }
  return table;
}

static inline CharInfo
char_info (const CharInfo *table,
           gunichar        c)
{
  return G_LIKELY (c < TABLE_SIZE) ? table[c] : char_info_compute (c);
}

/* The text is valid UTF-8: one character and its length, without GLib's checks. */
static inline gunichar
next_char (const char *p,
           guint      *length)
{
  const guchar *u = (const guchar *) p;

  if (u[0] < 0x80)
    {
      *length = 1;
      return u[0];
    }
  if (u[0] < 0xE0)
    {
      *length = 2;
      return ((gunichar) (u[0] & 0x1F) << 6) | (u[1] & 0x3F);
    }
  if (u[0] < 0xF0)
    {
      *length = 3;
      return ((gunichar) (u[0] & 0x0F) << 12) | ((gunichar) (u[1] & 0x3F) << 6) | (u[2] & 0x3F);
    }
  *length = 4;
  return ((gunichar) (u[0] & 0x07) << 18) | ((gunichar) (u[1] & 0x3F) << 12) | ((gunichar) (u[2] & 0x3F) << 6)
         | (u[3] & 0x3F);
}

static gboolean
is_word_char (gunichar c)
{
  return (char_info (char_table (), c).flags & CHAR_WORD) != 0;
}

static gboolean
has_flag (gunichar c,
          guint    flag)
{
  return (char_info (char_table (), c).flags & flag) != 0;
}

/* Is the run of word characters starting at p all upper case or digits? */
static gboolean
run_is_upper (const char *p,
              const char *end)
{
  gboolean any = FALSE;
  guint length;

  for (; p < end; p += length)
    {
      CharInfo info = char_info (char_table (), next_char (p, &length));

      if (!(info.flags & CHAR_WORD))
        break;
      if (info.flags & CHAR_LOWER)
        return FALSE;
      any = TRUE;
    }
  return any;
}

/* Joiners keep "98/2023/QH15", "LĐTB-XH", "KH&CN", "GS.TS", "Q.1" and "1.500" whole, but split
 * "Việt Nam-Bí thư" where a dash runs two titles together. */
static gboolean
joins (gunichar    joiner,
       gunichar    before,
       const char *next,
       const char *end)
{
  gunichar after;
  guint length;

  switch (joiner)
    {
    case '/': case '&': case '\'': case 0x2019: case '.': case ',': case '-':
      break;
    default:
      return FALSE;
    }
  if (next >= end)
    return FALSE;
  after = next_char (next, &length);
  if (!is_word_char (after))
    return FALSE;
  switch (joiner)
    {
    case '/':
    case '&':
      return TRUE;
    case '\'':
    case 0x2019:
      /* Tây Nguyên names: "K’Mak", "H’Hen" */
      return has_flag (before, CHAR_UPPER) && has_flag (after, CHAR_UPPER);
    case '.':
    case ',':
      /* "1.500", "TP.HCM", and "Q.1" or "P.12" (district and ward numbers) */
      return (has_flag (before, CHAR_DIGIT) && has_flag (after, CHAR_DIGIT))
             || (joiner == '.' && has_flag (before, CHAR_UPPER)
                 && (has_flag (after, CHAR_UPPER) || has_flag (after, CHAR_DIGIT)));
    case '-':
      return has_flag (before, CHAR_DIGIT) || has_flag (after, CHAR_DIGIT) || run_is_upper (next, end)
             || (has_flag (before, CHAR_LOWER) && has_flag (after, CHAR_LOWER));
    default:
      return FALSE;
    }
}

/* Could the key end in an old tone placement? An old form is 'o' or 'u' then a letter
 * of two bytes (0xC3 …) or three (0xE1 …): most keys end otherwise. Inline, as the
 * tokeniser asks it of every word. */
static inline gboolean
may_hold_old_tone_placement (const char *key,
                             gsize       len)
{
  return (len >= 3 && (key[len - 3] == 'o' || key[len - 3] == 'u') && (guchar) key[len - 2] == 0xC3)
         || (len >= 4 && (key[len - 4] == 'o' || key[len - 4] == 'u') && (guchar) key[len - 3] == 0xE1);
}

/* Old and new tone placement spell the same syllable ("Uỷ"/"Ủy", "hoà"/"hòa"); keys use
 * the new one, as the lexicons do, so both spellings match. Only a syllable that ends in
 * the pair moves its mark ("hoàng" is the same in both). Swapping keeps the byte length. */
void
diem_tokens_fold_tone_placement (char  *key,
                                 gsize  len)
{
  static const char *const old_forms[] = {
    "oà", "oá", "oả", "oã", "oạ", "oè", "oé", "oẻ", "oẽ", "oẹ", "uỳ", "uý", "uỷ", "uỹ", "uỵ", NULL
  };
  static const char *const new_forms[] = {
    "òa", "óa", "ỏa", "õa", "ọa", "òe", "óe", "ỏe", "õe", "ọe", "ùy", "úy", "ủy", "ũy", "ụy", NULL
  };

  if (!may_hold_old_tone_placement (key, len))
    return;
  for (guint k = 0; old_forms[k] != NULL; k++)
    {
      gsize n = strlen (old_forms[k]);
      char *at;

      if (len < n)
        continue;
      at = key + len - n;
      /* "quý" is written so in both styles: there "u" belongs to the consonant */
      if (memcmp (at, old_forms[k], n) != 0 || (at > key && at[-1] == 'q'))
        continue;
      memcpy (at, new_forms[k], n);
      return;
    }
}

/* Appends @token without a call into GLib for each of two million tokens: the array is
 * grown here, by doubling, and written in place within the room it has. */
static inline void
push_token (DiemTokens      *self,
            const DiemToken *token)
{
  GArray *tokens = self->tokens;
  guint len = tokens->len;

  if (G_UNLIKELY (len >= self->room))
    {
      self->room = MAX (self->room * 2, 16);
      g_array_set_size (tokens, self->room);
      g_array_set_size (tokens, len);
    }
  g_array_index (tokens, DiemToken, len) = *token;
  tokens->len = len + 1;
}

/* The key's bytes are written straight into the keys buffer, grown beforehand: a
 * lower-case character is never longer than four bytes. */
static void
append_token (DiemTokens     *self,
              const CharInfo *table,
              gsize           start,
              gsize           end,
              guint16         flags,
              gboolean        block_start)
{
  DiemToken token = { (guint) start, (guint) end, (guint) self->keys->len, flags, 0, 0, 0 };
  const char *p = self->text + start;
  const char *stop = self->text + end;
  GString *keys = self->keys;
  gsize needed = keys->len + 4 * (end - start) + 1;
  char *out;
  guint letters = 0, upper = 0;
  gsize key_length;

  if (needed >= keys->allocated_len)
    {
      gsize old_length = keys->len;

      g_string_set_size (keys, MAX (needed, keys->allocated_len * 2));
      g_string_truncate (keys, old_length);
    }
  out = keys->str + keys->len;

  if (block_start)
    token.flags |= DIEM_TOKEN_BLOCK_START;
  while (p < stop)
    {
      guint length;
      gunichar c = next_char (p, &length);
      CharInfo info = char_info (table, c);

      if (info.flags & CHAR_ALPHA)
        {
          if (letters == 0 && (info.flags & CHAR_UPPER))
            token.flags |= DIEM_TOKEN_CAPITALISED;
          letters++;
          if (info.flags & CHAR_UPPER)
            upper++;
        }
      else if (p == self->text + start && (info.flags & CHAR_DIGIT))
        token.flags |= DIEM_TOKEN_DIGIT;
      /* four bytes are reserved for every character */
      memcpy (out, info.lower_utf8, 4);
      out += info.lower_length;
      p += length;
    }
  key_length = out - (keys->str + token.key);
  if (letters >= 2 && upper == letters)
    token.flags |= DIEM_TOKEN_UPPER;
  if (letters >= 2 && key_length >= 3)
    diem_tokens_fold_tone_placement (keys->str + token.key, key_length);
  *out = '\0';
  token.key = keep_key (self, token.key, key_length);
  push_token (self, &token);
}

/* Room for @more bytes after the first @used of the keys (whose len is not kept up to
 * date while a key is written). */
static inline char *
reserve_keys (GString *keys,
              gsize    used,
              gsize    more)
{
  if (G_UNLIKELY (used + more >= keys->allocated_len))
    {
      g_string_set_size (keys, MAX (used + more, keys->allocated_len * 2));
      g_string_truncate (keys, used);
    }
  return keys->str + used;
}

/* Reads the word that starts at p (a word character) and appends its token, its key
 * written as it is read; returns the end of the word. */
static const char *
scan_word (DiemTokens     *self,
           const CharInfo *table,
           const char     *p,
           const char     *stop,
           gboolean        block_start)
{
  const char *text = self->text;
  GString *keys = self->keys;
  gsize key = keys->len;
  DiemToken token = { (guint) (p - text), 0, (guint) key, DIEM_TOKEN_WORD, 0, 0, 0 };
  char *out = reserve_keys (keys, key, 64);
  char *room = keys->str + keys->allocated_len - 2; /* two bytes are kept: the key's NUL
                                                     * and the string's */
  const char *q = p;
  gunichar last = 0;
  guint letters = 0, upper = 0;
  gsize key_length;

  if (block_start)
    token.flags |= DIEM_TOKEN_BLOCK_START;
  while (q < stop)
    {
      guint length;
      gunichar d;
      CharInfo computed;
      const CharInfo *info;

      /* an ASCII lower-case letter, half the characters of a Vietnamese text, is its own
       * key and changes no flag */
      if ((guchar) *q >= 'a' && (guchar) *q <= 'z' && G_LIKELY (room - out >= 4))
        {
          last = (guchar) *q;
          letters++;
          *out++ = *q++;
          continue;
        }
      d = next_char (q, &length);
      info = G_LIKELY (d < TABLE_SIZE) ? &table[d] : (computed = char_info_compute (d), &computed);
      /* joiners ("98/2023", "TP.HCM") stay inside the word, and in its key */
      if (info->flags & CHAR_WORD)
        last = d;
      else if (joins (d, last, q + length, stop))
        token.flags |= DIEM_TOKEN_JOINED;
      else
        break;
      if (info->flags & CHAR_ALPHA)
        {
          if (letters == 0 && (info->flags & CHAR_UPPER))
            token.flags |= DIEM_TOKEN_CAPITALISED;
          letters++;
          if (info->flags & CHAR_UPPER)
            upper++;
        }
      else if (q == p && (info->flags & CHAR_DIGIT))
        token.flags |= DIEM_TOKEN_DIGIT;
      if (G_UNLIKELY (room - out < 4))
        {
          gsize used = out - keys->str;

          out = reserve_keys (keys, used, 64);
          room = keys->str + keys->allocated_len - 2;
        }
      memcpy (out, info->lower_utf8, 4);
      out += info->lower_length;
      q += length;
    }
  token.end = (guint) (q - text);
  key_length = out - (keys->str + key);
  if (letters >= 2 && upper == letters)
    token.flags |= DIEM_TOKEN_UPPER;
  if (letters >= 2 && may_hold_old_tone_placement (keys->str + key, key_length))
    diem_tokens_fold_tone_placement (keys->str + key, key_length);
  *out = '\0';
  token.key = keep_key (self, key, key_length);
  push_token (self, &token);
  return q;
}

/* Tokenises text[start, end) as one block. */
void
diem_tokens_add_span (DiemTokens *self,
                      gsize       start,
                      gsize       end)
{
  const CharInfo *table = char_table ();
  const char *text = self->text;
  const char *p = text + start;
  const char *stop = text + end;
  gboolean first = TRUE;

  while (p < stop)
    {
      guint length;
      gunichar c = next_char (p, &length);
      guint flags = char_info (table, c).flags;
      const char *next = p + length;

      if (flags & CHAR_SPACE)
        {
          if (self->tokens->len > 0 && !first)
            g_array_index (self->tokens, DiemToken, self->tokens->len - 1).flags |= DIEM_TOKEN_SPACE_AFTER;
          p = next;
          continue;
        }
      if (flags & CHAR_WORD)
        p = scan_word (self, table, p, stop, first);
      else
        {
          append_token (self, table, p - text, next - text, DIEM_TOKEN_PUNCT, first);
          p = next;
        }
      first = FALSE;
    }
}

/* Does a predicate go on at token i, its subject written before ("A, B, C… được tặng",
 * "… đã nhận")? An auxiliary in lower case says so. */
static gboolean
predicate_goes_on (DiemTokens *self,
                   guint       i)
{
  static const char *const auxiliaries[] = { "được", "đã", "đều", "vừa", "đang", "sẽ", "cũng", "bị", NULL };

  if (i >= self->tokens->len || (diem_tokens_get (self, i)->flags & (DIEM_TOKEN_CAPITALISED | DIEM_TOKEN_BLOCK_START)))
    return FALSE;
  for (guint w = 0; auxiliaries[w] != NULL; w++)
    if (diem_tokens_is (self, i, auxiliaries[w]))
      return TRUE;
  return FALSE;
}

/* Splits the tokens into sentences: at . ! ? … (not after an abbreviation such as
 * "GS." or "TS.", nor at "…" before the predicate of the list it ends) and at every
 * block start. */
void
diem_tokens_finish (DiemTokens *self,
                    gboolean  (*is_abbreviation) (const DiemTokens *tokens,
                                                  guint             i))
{
  guint n = self->tokens->len;
  guint start = 0;

  for (guint i = 0; i < n; i++)
    {
      const DiemToken *token = diem_tokens_get (self, i);
      gboolean end_here = FALSE;

      if (i > start && (token->flags & DIEM_TOKEN_BLOCK_START))
        {
          DiemSentence sentence = { start, i };
          g_array_append_val (self->sentences, sentence);
          start = i;
        }
      if (token->flags & DIEM_TOKEN_PUNCT)
        {
          if (diem_tokens_is (self, i, "!") || diem_tokens_is (self, i, "?"))
            end_here = TRUE;
          else if (diem_tokens_is (self, i, "…"))
            end_here = !predicate_goes_on (self, i + 1);
          else if (diem_tokens_is (self, i, "."))
            end_here = !(i > 0 && is_abbreviation != NULL
                         && (diem_tokens_get (self, i - 1)->flags & DIEM_TOKEN_WORD)
                         && is_abbreviation (self, i - 1));
        }
      if (end_here)
        {
          DiemSentence sentence = { start, i + 1 };
          g_array_append_val (self->sentences, sentence);
          start = i + 1;
        }
    }
  if (start < n)
    {
      DiemSentence sentence = { start, n };
      g_array_append_val (self->sentences, sentence);
    }
}

/* The text from token first to token last, inclusive, as written. */
char *
diem_tokens_dup_text (const DiemTokens *self,
                      guint             first,
                      guint             last)
{
  gsize start = diem_tokens_get (self, first)->start;
  gsize end = diem_tokens_get (self, last)->end;

  return g_strndup (self->text + start, end - start);
}
