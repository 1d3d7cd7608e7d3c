/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-syllable.c — is this word a well-formed Vietnamese syllable?
 *
 * A syllable is an optional initial consonant, a vowel nucleus (with its glides) and an
 * optional final consonant, with at most one tone mark, on a vowel. Text decoded with
 * the wrong legacy encoding breaks this almost everywhere, which is what encoding
 * detection measures.
 */
#include "diem-syllable.h"

#include <string.h>

#define MAX_SYLLABLE_BYTES 32

static const char *const initials[] = {
  "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu",
  "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", NULL
};

static const char *const finals[] = { "ch", "ng", "nh", "c", "m", "n", "p", "t", NULL };

static const char *const nuclei[] = {
  "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
  "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi",
  "ôi", "ơi", "oo", "ôô", "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu",
  "yê", "iêu", "yêu", "oai", "oao", "oay", "oeo", "uây", "uôi", "ươi", "ươu", "uya", "uyê",
  "uyu", "uêu", NULL
};

static GHashTable *
nucleus_set (void)
{
  static gsize once = 0;
  static GHashTable *set;

  if (g_once_init_enter (&once))
    {
      set = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; nuclei[i] != NULL; i++)
        g_hash_table_add (set, (gpointer) nuclei[i]);
      g_once_init_leave (&once, 1);
    }
  return set;
}

static gboolean
is_tone_mark (gunichar c)
{
  return c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309 || c == 0x0323;
}

/* Lower-cases the word and strips its tone into `bare`; FALSE when a character is not
 * a Vietnamese letter or there is more than one tone. */
static gboolean
strip_tone (const char *word,
            gssize      length,
            char       *bare,
            gsize       bare_size)
{
  const char *p = word;
  const char *end = word + length;
  gsize out = 0;
  guint tones = 0;

  for (; p < end; p = g_utf8_next_char (p))
    {
      gunichar decomposed[4];
      gsize n = g_unichar_fully_decompose (g_unichar_tolower (g_utf8_get_char (p)), FALSE, decomposed, 4);
      gunichar letter = decomposed[0];

      if (letter == 0x0111) /* đ has no decomposition */
        ;
      else if (letter > 0x7f || !g_ascii_isalpha ((char) letter))
        return FALSE;

      for (gsize i = 1; i < n; i++)
        {
          gunichar composed;

          if (is_tone_mark (decomposed[i]))
            tones++;
          else if (g_unichar_compose (letter, decomposed[i], &composed))
            letter = composed;
          else
            return FALSE;
        }
      if (tones > 1 || out + 6 >= bare_size)
        return FALSE;
      out += g_unichar_to_utf8 (letter, bare + out);
    }
  bare[out] = '\0';
  return out > 0;
}

static gboolean
nucleus_is_valid (const char *start,
                  gsize       length)
{
  char nucleus[MAX_SYLLABLE_BYTES];

  if (length == 0 || length >= sizeof nucleus)
    return FALSE;
  memcpy (nucleus, start, length);
  nucleus[length] = '\0';
  return g_hash_table_contains (nucleus_set (), nucleus);
}

static gboolean
rest_is_valid (const char *rest)
{
  gsize len = strlen (rest);

  if (nucleus_is_valid (rest, len))
    return TRUE;
  for (guint f = 0; finals[f] != NULL; f++)
    {
      gsize flen = strlen (finals[f]);

      if (len > flen && strcmp (rest + len - flen, finals[f]) == 0 && nucleus_is_valid (rest, len - flen))
        return TRUE;
    }
  return FALSE;
}

gboolean
diem_syllable_is_valid (const char *word,
                        gssize      length)
{
  char bare[MAX_SYLLABLE_BYTES * 2];

  if (length < 0)
    length = (gssize) strlen (word);
  if (length == 0 || length > MAX_SYLLABLE_BYTES || !strip_tone (word, length, bare, sizeof bare))
    return FALSE;

  if (rest_is_valid (bare))
    return TRUE;
  /* every initial that fits, longest first: "gìn" is g + in, "giá" is gi + a */
  for (guint i = 0; initials[i] != NULL; i++)
    {
      gsize ilen = strlen (initials[i]);

      if (strncmp (bare, initials[i], ilen) == 0 && bare[ilen] != '\0' && rest_is_valid (bare + ilen))
        return TRUE;
    }
  return FALSE;
}
