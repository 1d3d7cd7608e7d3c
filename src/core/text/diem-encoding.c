/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-encoding.c — reading Vietnamese text in the encodings newsroom archives still hold
 *
 * UTF-8 (with or without BOM) and UTF-16 with a BOM are recognised outright. Otherwise
 * every legacy candidate — Windows-1258, VISCII, TCVN3 (TCVN 5712, through iconv) and
 * VNI — decodes the start of the text, and the one whose words are most often
 * well-formed Vietnamese syllables wins.
 *
 * VNI (VNI-Windows) has no iconv converter: it is Windows-1252 in which a base vowel is
 * followed by a byte that adds its diacritics. Marks, as Windows-1252 characters:
 *   tones       ù acute  ø grave  û hook  õ tilde  ï dot below
 *   â + tone    â circumflex, then á à å ã ä for circumflex with acute/grave/hook/tilde/dot
 *   ă + tone    ê breve, then é è ú ü ë for breve with acute/grave/hook/tilde/dot
 * and stand-alone letters: í ì (í ì), æ ỉ, ó ĩ, ò ị, î ỵ, ô ơ, ö ư, ñ đ. Upper case the
 * same with the upper-case Windows-1252 characters.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "diem-article-error.h"
#include "diem-encoding.h"
#include "diem-syllable.h"

#define DETECTION_SAMPLE_BYTES (64 * 1024)
#define MIN_VALID_SHARE 0.6

const char *const diem_encoding_names[] = {
  "UTF-8", "UTF-16", "WINDOWS-1258", "VISCII", "TCVN3", "VNI", NULL
};

/* Tried in this order; on a tie the earlier one wins (VNI text is also valid 1258). */
static const char *const legacy_candidates[] = { "WINDOWS-1258", "VNI", "TCVN3", "VISCII", NULL };

gboolean
diem_encoding_is_known (const char *name)
{
  for (guint i = 0; diem_encoding_names[i] != NULL; i++)
    if (g_ascii_strcasecmp (name, diem_encoding_names[i]) == 0)
      return TRUE;
  return FALSE;
}

static const char *
iconv_name (const char *name)
{
  if (g_ascii_strcasecmp (name, "TCVN3") == 0)
    return "TCVN5712-1";
  return name;
}

typedef struct
{
  gunichar mark;
  gunichar shape; /* U+0302 circumflex, U+0306 breve, or 0 */
  gunichar tone;  /* a combining tone mark, or 0 */
} VniMark;

static const VniMark vni_marks[] = {
  { 0xF9, 0, 0x0301 }, { 0xF8, 0, 0x0300 }, { 0xFB, 0, 0x0309 }, { 0xF5, 0, 0x0303 }, { 0xEF, 0, 0x0323 },
  { 0xE2, 0x0302, 0 }, { 0xE1, 0x0302, 0x0301 }, { 0xE0, 0x0302, 0x0300 }, { 0xE5, 0x0302, 0x0309 },
  { 0xE3, 0x0302, 0x0303 }, { 0xE4, 0x0302, 0x0323 },
  { 0xEA, 0x0306, 0 }, { 0xE9, 0x0306, 0x0301 }, { 0xE8, 0x0306, 0x0300 }, { 0xFA, 0x0306, 0x0309 },
  { 0xFC, 0x0306, 0x0303 }, { 0xEB, 0x0306, 0x0323 },
};

static const gunichar vni_letters[][2] = {
  { 0xED, 0x00ED }, { 0xEC, 0x00EC }, { 0xE6, 0x1EC9 }, { 0xF3, 0x0129 }, { 0xF2, 0x1ECB },
  { 0xEE, 0x1EF5 }, { 0xF4, 0x01A1 }, { 0xF6, 0x01B0 }, { 0xF1, 0x0111 },
};

static const VniMark *
vni_mark_for (gunichar c)
{
  gunichar lower = g_unichar_tolower (c);

  for (guint i = 0; i < G_N_ELEMENTS (vni_marks); i++)
    if (vni_marks[i].mark == lower)
      return &vni_marks[i];
  return NULL;
}

static gunichar
vni_letter_for (gunichar c)
{
  gunichar lower = g_unichar_tolower (c);

  for (guint i = 0; i < G_N_ELEMENTS (vni_letters); i++)
    if (vni_letters[i][0] == lower)
      return lower == c ? vni_letters[i][1] : g_unichar_toupper (vni_letters[i][1]);
  return 0;
}

static gboolean
mark_fits (const VniMark *mark,
           gunichar       base)
{
  gunichar b = g_unichar_tolower (base);

  if (mark->shape == 0x0306)
    return b == 'a';
  if (mark->shape == 0x0302)
    return b == 'a' || b == 'e' || b == 'o';
  return b == 'a' || b == 'e' || b == 'i' || b == 'o' || b == 'u' || b == 'y'
         || b == 0x01A1 || b == 0x01B0;
}

static char *
vni_to_utf8 (const char  *data,
             gsize        length,
             gsize       *out_length,
             GError     **error)
{
  g_autofree char *cp1252 = NULL;
  GString *out;
  gunichar previous = 0;
  gsize bytes_read = 0, cp1252_length = 0;
  g_autoptr(GError) local_error = NULL;
  const char *end;

  cp1252 = g_convert (data, (gssize) length, "UTF-8", "WINDOWS-1252", &bytes_read, &cp1252_length, &local_error);
  if (cp1252 == NULL)
    {
      g_set_error (error, DIEM_ARTICLE_ERROR, DIEM_ARTICLE_ERROR_INVALID_TEXT,
                   _("The text is not valid VNI (bad byte at offset %zu)"), bytes_read);
      return NULL;
    }

  out = g_string_sized_new (length + length / 4);
  end = cp1252 + cp1252_length;
  for (const char *p = cp1252; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const VniMark *mark = vni_mark_for (c);
      gunichar letter;

      if (mark != NULL && previous != 0 && mark_fits (mark, previous))
        {
          if (mark->shape != 0)
            g_string_append_unichar (out, mark->shape);
          if (mark->tone != 0)
            g_string_append_unichar (out, mark->tone);
          previous = 0; /* one mark byte per letter */
          continue;
        }
      letter = vni_letter_for (c);
      if (letter != 0)
        c = letter;
      g_string_append_unichar (out, c);
      previous = c;
    }
  *out_length = out->len;
  return g_string_free (out, FALSE);
}

/* The result's length is carried in @out_length: UTF-16 may hold U+0000. */
static char *
convert (const char  *data,
         gsize        length,
         const char  *encoding,
         gsize       *out_length,
         GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  gsize bytes_read = 0;
  char *result;

  if (g_ascii_strcasecmp (encoding, "VNI") == 0)
    return vni_to_utf8 (data, length, out_length, error);

  result = g_convert (data, (gssize) length, "UTF-8", iconv_name (encoding), &bytes_read, out_length, &local_error);
  if (result == NULL)
    g_set_error (error, DIEM_ARTICLE_ERROR, DIEM_ARTICLE_ERROR_INVALID_TEXT,
                 _("The text is not valid %s (bad byte at offset %zu)"),
                 encoding, bytes_read);
  return result;
}

/* Share of the words with a non-ASCII letter that are well-formed syllables; words of
 * plain ASCII read the same in every candidate and are left out. */
static double
vietnamese_score (const char *text)
{
  guint words = 0, valid = 0;
  const char *p = text;

  while (*p)
    {
      const char *start;
      gboolean ascii = TRUE;

      while (*p && !g_unichar_isalpha (g_utf8_get_char (p)) && !g_unichar_ismark (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      start = p;
      while (*p && (g_unichar_isalpha (g_utf8_get_char (p)) || g_unichar_ismark (g_utf8_get_char (p))))
        {
          ascii = ascii && (guchar) *p < 0x80;
          p = g_utf8_next_char (p);
        }
      if (p == start || ascii)
        continue;
      words++;
      {
        g_autofree char *nfc = g_utf8_normalize (start, p - start, G_NORMALIZE_NFC);
        valid += nfc != NULL && diem_syllable_is_valid (nfc, -1);
      }
    }
  return words == 0 ? 0.0 : (double) valid / words;
}

static gsize
first_invalid_utf8 (const char *data,
                    gsize       length)
{
  const char *end = NULL;

  g_utf8_validate_len (data, length, &end);
  return (gsize) (end - data);
}

/* Text with as many well-formed UTF-8 sequences as stray high bytes is damaged UTF-8:
 * no legacy encoding produces those sequences by chance that often. */
static gboolean
looks_like_damaged_utf8 (const char *data,
                         gsize       length)
{
  gsize valid = 0, invalid = 0;
  const char *p = data, *end = data + length;

  while (p < end)
    {
      gunichar c;

      if ((guchar) *p < 0x80)
        {
          p++;
          continue;
        }
      c = g_utf8_get_char_validated (p, end - p);
      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          invalid++;
          p++;
        }
      else
        {
          valid++;
          p = g_utf8_next_char (p);
        }
    }
  return valid >= invalid;
}

static char *
detect_legacy (const char  *data,
               gsize        length,
               const char **detected,
               gsize       *out_length,
               GError     **error)
{
  gsize sample = MIN (length, DETECTION_SAMPLE_BYTES);
  const char *best = NULL;
  double best_score = -1.0;

  for (guint i = 0; legacy_candidates[i] != NULL && !looks_like_damaged_utf8 (data, sample); i++)
    {
      gsize decoded_length = 0;
      g_autofree char *decoded = convert (data, sample, legacy_candidates[i], &decoded_length, NULL);
      double score;

      if (decoded == NULL)
        continue;
      score = vietnamese_score (decoded);
      if (score > best_score)
        {
          best_score = score;
          best = legacy_candidates[i];
        }
    }

  if (best == NULL || best_score < MIN_VALID_SHARE)
    {
      g_set_error (error, DIEM_ARTICLE_ERROR, DIEM_ARTICLE_ERROR_INVALID_TEXT,
                   _("The text is not valid UTF-8 (first bad byte at offset %zu"
                     ") and does not read as Vietnamese in any legacy encoding"),
                   first_invalid_utf8 (data, length));
      return NULL;
    }
  if (detected != NULL)
    *detected = best;
  return convert (data, length, best, out_length, error);
}

/**
 * diem_encoding_to_utf8:
 * @encoding: (nullable): one of diem_encoding_names, or NULL to detect
 * @detected: (out) (optional): the encoding that was used
 * @out_length: (out): the length of the result in bytes; it may hold U+0000 (from
 *   UTF-16), so its end is not always the first NUL
 *
 * Returns: (transfer full): UTF-8 text (not yet normalised), or NULL with @error set
 */
char *
diem_encoding_to_utf8 (const char  *data,
                       gsize        length,
                       const char  *encoding,
                       const char **detected,
                       gsize       *out_length,
                       GError     **error)
{
  const char *used = "UTF-8";
  char *result;

  g_return_val_if_fail (out_length != NULL, NULL);
  *out_length = 0;

  if (encoding != NULL && !diem_encoding_is_known (encoding))
    {
      g_set_error (error, DIEM_ARTICLE_ERROR, DIEM_ARTICLE_ERROR_INVALID_TEXT,
                   _("Unknown encoding “%s”"), encoding);
      return NULL;
    }

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0
      && (encoding == NULL || g_ascii_strcasecmp (encoding, "UTF-8") == 0))
    {
      data += 3;
      length -= 3;
      encoding = "UTF-8";
    }
  else if (length >= 2 && (memcmp (data, "\xFF\xFE", 2) == 0 || memcmp (data, "\xFE\xFF", 2) == 0)
           && (encoding == NULL || g_ascii_strcasecmp (encoding, "UTF-16") == 0))
    {
      used = data[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE";
      if (length % 2 != 0)
        {
          g_set_error (error, DIEM_ARTICLE_ERROR, DIEM_ARTICLE_ERROR_INVALID_TEXT,
                       _("The text is not valid UTF-16 (bad byte at offset %zu)"), length - 1);
          return NULL;
        }
      result = convert (data + 2, length - 2, used, out_length, error);
      if (detected != NULL)
        *detected = "UTF-16";
      return result;
    }

  if (encoding == NULL || g_ascii_strcasecmp (encoding, "UTF-8") == 0)
    {
      if (g_utf8_validate_len (data, length, NULL))
        {
          result = g_strndup (data, length);
          *out_length = length;
        }
      else if (encoding == NULL)
        return detect_legacy (data, length, detected, out_length, error);
      else
        {
          g_set_error (error, DIEM_ARTICLE_ERROR, DIEM_ARTICLE_ERROR_INVALID_TEXT,
                       _("The text is not valid UTF-8 (first bad byte at offset %zu)"),
                       first_invalid_utf8 (data, length));
          return NULL;
        }
    }
  else
    {
      used = encoding;
      result = convert (data, length, encoding, out_length, error);
    }

  if (result != NULL && detected != NULL)
    *detected = used;
  return result;
}
