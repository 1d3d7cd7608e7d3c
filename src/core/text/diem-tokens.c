/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-tokens.c — words and punctuation of an article, for the extractors */
#include "diem-tokens.h"

#include <string.h>

const DiemToken diem_tokens_past_end = { 0 };

/* length_hint: the bytes that will be tokenised, to allocate once (about one token in
 * five bytes of Vietnamese text). */
DiemTokens *
diem_tokens_new (const char *text,
                 gsize       length_hint)
{
  DiemTokens *self = g_new0 (DiemTokens, 1);

  self->text = text;
  self->tokens = g_array_sized_new (FALSE, FALSE, sizeof (DiemToken), length_hint / 5 + 16);
  self->keys = g_string_sized_new (length_hint + length_hint / 4 + 16);
  self->sentences = g_array_new (FALSE, FALSE, sizeof (DiemSentence));
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
  g_free (self);
}

static gboolean
is_word_char (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalnum (c);
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/* Is the run of word characters starting at p all upper case or digits? */
static gboolean
run_is_upper (const char *p,
              const char *end)
{
  gboolean any = FALSE;

  for (; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!is_word_char (c))
        break;
      if (g_unichar_islower (c))
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

  if (next >= end)
    return FALSE;
  after = g_utf8_get_char (next);
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
      return g_unichar_isupper (before) && g_unichar_isupper (after);
    case '.':
    case ',':
      /* "1.500", "TP.HCM", and "Q.1" or "P.12" (district and ward numbers) */
      return (g_unichar_isdigit (before) && g_unichar_isdigit (after))
             || (joiner == '.' && g_unichar_isupper (before)
                 && (g_unichar_isupper (after) || g_unichar_isdigit (after)));
    case '-':
      return g_unichar_isdigit (before) || g_unichar_isdigit (after) || run_is_upper (next, end)
             || (g_unichar_islower (before) && g_unichar_islower (after));
    default:
      return FALSE;
    }
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

  /* the pairs are three or four bytes: most keys have no 'o' or 'u' there */
  if (memchr (key + len - MIN (len, 4), 'o', MIN (len, 4) - 1) == NULL
      && memchr (key + len - MIN (len, 4), 'u', MIN (len, 4) - 1) == NULL)
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

static void
append_token (DiemTokens *self,
              gsize       start,
              gsize       end,
              guint16     flags,
              gboolean    block_start)
{
  DiemToken token = { (guint) start, (guint) end, (guint) self->keys->len, flags, 0, 0, 0 };
  const char *p;
  guint letters = 0, upper = 0;

  if (block_start)
    token.flags |= DIEM_TOKEN_BLOCK_START;
  for (p = self->text + start; p < self->text + end; p = g_utf8_next_char (p))
    {
      gunichar c = (guchar) *p;

      if (c < 0x80)
        {
          /* ASCII, most of the bytes even in Vietnamese text */
          if (g_ascii_isalpha (c))
            {
              if (letters == 0 && g_ascii_isupper (c))
                token.flags |= DIEM_TOKEN_CAPITALISED;
              letters++;
              if (g_ascii_isupper (c))
                upper++;
            }
          else if (p == self->text + start && g_ascii_isdigit (c))
            token.flags |= DIEM_TOKEN_DIGIT;
          g_string_append_c (self->keys, g_ascii_tolower (c));
          continue;
        }
      c = g_utf8_get_char (p);
      if (g_unichar_isalpha (c))
        {
          if (letters == 0 && g_unichar_isupper (c))
            token.flags |= DIEM_TOKEN_CAPITALISED;
          letters++;
          if (g_unichar_isupper (c))
            upper++;
        }
      else if (p == self->text + start && g_unichar_isdigit (c))
        token.flags |= DIEM_TOKEN_DIGIT;
      g_string_append_unichar (self->keys, g_unichar_tolower (c));
    }
  if (letters >= 2 && upper == letters)
    token.flags |= DIEM_TOKEN_UPPER;
  if (letters >= 2 && self->keys->len - token.key >= 3)
    diem_tokens_fold_tone_placement (self->keys->str + token.key, self->keys->len - token.key);
  g_string_append_c (self->keys, '\0');
  g_array_append_val (self->tokens, token);
}

/* Tokenises text[start, end) as one block. */
void
diem_tokens_add_span (DiemTokens *self,
                      gsize       start,
                      gsize       end)
{
  const char *text = self->text;
  const char *p = text + start;
  const char *stop = text + end;
  gboolean first = TRUE;

  while (p < stop)
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);

      if (g_unichar_isspace (c) || c == 0x00A0 || c == 0x200B || c == 0xFEFF)
        {
          if (self->tokens->len > 0 && !first)
            g_array_index (self->tokens, DiemToken, self->tokens->len - 1).flags |= DIEM_TOKEN_SPACE_AFTER;
          p = next;
          continue;
        }
      if (is_word_char (c))
        {
          const char *q = p;
          gunichar last = c;

          while (q < stop)
            {
              gunichar d = g_utf8_get_char (q);
              const char *after = g_utf8_next_char (q);

              if (is_word_char (d))
                last = d;
              else if (!joins (d, last, after, stop))
                break;
              q = after;
            }
          append_token (self, p - text, q - text, DIEM_TOKEN_WORD, first);
          p = q;
        }
      else
        {
          append_token (self, p - text, next - text, DIEM_TOKEN_PUNCT, first);
          p = next;
        }
      first = FALSE;
    }
}

/* Splits the tokens into sentences: at . ! ? … (not after an abbreviation such as
 * "GS." or "TS.") and at every block start. */
void
diem_tokens_finish (DiemTokens *self,
                    gboolean  (*is_abbreviation) (const char *key))
{
  guint n = self->tokens->len;
  guint start = 0;

  for (guint i = 0; i < n; i++)
    {
      const DiemToken *token = diem_tokens_get (self, i);
      const char *key = diem_tokens_key (self, i);
      gboolean end_here = FALSE;

      if (i > start && (token->flags & DIEM_TOKEN_BLOCK_START))
        {
          DiemSentence sentence = { start, i };
          g_array_append_val (self->sentences, sentence);
          start = i;
        }
      if (token->flags & DIEM_TOKEN_PUNCT)
        {
          if (g_str_equal (key, "!") || g_str_equal (key, "?") || g_str_equal (key, "…"))
            end_here = TRUE;
          else if (g_str_equal (key, "."))
            end_here = !(i > 0 && is_abbreviation != NULL
                         && (diem_tokens_get (self, i - 1)->flags & DIEM_TOKEN_WORD)
                         && is_abbreviation (diem_tokens_key (self, i - 1)));
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
