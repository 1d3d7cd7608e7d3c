/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-text.c — turning bytes into the article's one NFC string */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "diem-article-error.h"
#include "diem-encoding.h"
#include "diem-text.h"

/* Is any of the eight bytes of x below n (n <= 128)? */
#define ONES G_GUINT64_CONSTANT (0x0101010101010101)
#define BYTE_BELOW(x, n) ((((x) - ONES * (n)) & ~(x) & (ONES * 0x80)) != 0)
/* Is any byte of x equal to b? */
#define BYTE_IS(x, b) BYTE_BELOW ((x) ^ (ONES * (b)), 1)

/* A text file has no NUL bytes and almost no C0 controls besides tab and newlines. */
static gboolean
looks_binary (const char *data,
              gsize       length)
{
  gsize controls = 0;

  if (memchr (data, '\0', length) != NULL)
    return TRUE;
  for (gsize i = 0; i < length;)
    {
      guint64 word;

      /* eight bytes at a time while none is below 0x20 (nearly all of a text) */
      if (i + 8 <= length)
        {
          memcpy (&word, data + i, 8);
          if (!BYTE_BELOW (word, 0x20))
            {
              i += 8;
              continue;
            }
        }
      for (gsize stop = MIN (i + 8, length); i < stop; i++)
        {
          guchar c = (guchar) data[i];

          controls += c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f';
        }
    }
  return controls > 8 && controls * 100 > length;
}

/**
 * diem_text_is_noncharacter:
 *
 * U+FDD0..U+FDEF and the last two code points of every plane are never characters
 * in interchanged text; Cairo refuses them in a PDF's text.
 */
gboolean
diem_text_is_noncharacter (gunichar c)
{
  return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

/* CR LF and lone CR become LF so that blank-line paragraph breaks mean one thing; a
 * noncharacter becomes U+FFFD, as a decoder does with what it cannot read. */
static char *
clean_text (const char *data,
            gsize       length)
{
  GString *out = g_string_sized_new (length);
  const char *p = data, *end = data + length;

  /* copied a stretch at a time: most texts have no '\r' and no noncharacter, whose
   * UTF-8 forms all start with a byte of 0xEF or more */
  while (p < end)
    {
      const char *stop = p;

      while (stop < end && *stop != '\r' && (guchar) *stop < 0xEF)
        stop++;
      g_string_append_len (out, p, stop - p);
      p = stop;
      if (p >= end)
        break;
      if (*p == '\r')
        {
          g_string_append_c (out, '\n');
          p++;
          if (p < end && *p == '\n')
            p++;
          continue;
        }
      if (diem_text_is_noncharacter (g_utf8_get_char (p)))
        g_string_append_unichar (out, 0xFFFD);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
      p = g_utf8_next_char (p);
    }
  return g_string_free (out, FALSE);
}

/* g_utf8_normalize is quadratic in its input's length in GLib 2.74 (it shifts the
 * buffer at every composition), so the text goes through it in chunks. */
#define NORMALIZE_CHUNK_BYTES 2048
#define NORMALIZE_CHUNK_MAX_BYTES (64 * 1024)
/* Canonical ordering sorts a run of combining marks in quadratic time: a longer run is
 * cut, as Unicode's stream-safe format does after 30 marks (no script needs more). */
#define NORMALIZE_MAX_MARK_RUN 32

static gboolean is_stable_char (gunichar c);

/* Past NORMALIZE_CHUNK_BYTES a chunk ends before a character that never composes with
 * what precedes it; past NORMALIZE_CHUNK_MAX_BYTES without one (only marks or Hangul
 * jamo: no real article) it ends anyway, to stay linear, as it does inside a run of
 * more than NORMALIZE_MAX_MARK_RUN combining marks. */
static const char *
chunk_end_after (const char *p,
                 const char *end)
{
  const char *limit = p + MIN ((gsize) (end - p), NORMALIZE_CHUNK_MAX_BYTES);
  guint marks = 0;

  for (const char *q = p; q < end; q = g_utf8_next_char (q))
    {
      gunichar c = (guchar) *q < 0x80 ? (gunichar) *q : g_utf8_get_char (q);

      if (q >= limit || (q - p >= NORMALIZE_CHUNK_BYTES && is_stable_char (c)))
        return q;
      marks = c >= 0x300 && g_unichar_combining_class (c) != 0 ? marks + 1 : 0;
      if (marks > NORMALIZE_MAX_MARK_RUN)
        return q;
    }
  return end;
}

/* Below U+0300, in Latin Extended Additional (every precomposed Vietnamese letter) and
 * in General Punctuation after its two quads nothing composes, decomposes or reorders
 * under NFC (U+2000 and U+2001 become U+2002 and U+2003). Most Vietnamese text is made
 * only of these, and can skip normalisation. */
static gboolean
is_stable_char (gunichar c)
{
  return c < 0x300 || (c >= 0x1E00 && c <= 0x1EFF) || (c >= 0x2002 && c <= 0x20CF);
}

static gboolean
is_stable_under_nfc (const char *text,
                     const char *end)
{
  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    {
      gunichar c;

      if ((guchar) *p < 0x80)
        continue;
      c = g_utf8_get_char (p);
      if (!is_stable_char (c))
        return FALSE;
    }
  return TRUE;
}

char *
diem_text_normalize (const char *text,
                     gsize       length)
{
  GString *out = g_string_sized_new (length);
  const char *p = text;
  const char *end = text + length;

  while (p < end)
    {
      const char *chunk_end = chunk_end_after (p, end);
      g_autofree char *normalized = NULL;

      if (is_stable_under_nfc (p, chunk_end))
        {
          g_string_append_len (out, p, chunk_end - p);
          p = chunk_end;
          continue;
        }
      normalized = g_utf8_normalize (p, chunk_end - p, G_NORMALIZE_NFC);
      if (normalized == NULL)
        {
          g_string_free (out, TRUE);
          return NULL;
        }
      g_string_append (out, normalized);
      p = chunk_end;
    }
  return g_string_free (out, FALSE);
}

enum
{
  SCAN_HAS_CR                = 1 << 0,
  SCAN_MAY_HOLD_NONCHARACTER = 1 << 1, /* a character whose UTF-8 starts with 0xEF or more */
  SCAN_UNSTABLE              = 1 << 2, /* a character NFC may change */
};

/* What clean_text and normalisation would have to do to decoded UTF-8, in one pass. */
static guint
scan_text (const char *text,
           gsize       length)
{
  const guchar *p = (const guchar *) text, *end = p + length;
  guint found = 0;

  while (p < end)
    {
      gunichar c;
      guint64 word;

      /* eight ASCII bytes at a time, none a carriage return */
      if (end - p >= 8)
        {
          memcpy (&word, p, 8);
          if (!(word & (ONES * 0x80)) && !BYTE_IS (word, '\r'))
            {
              p += 8;
              continue;
            }
        }
      if (*p < 0x80)
        {
          if (*p == '\r')
            found |= SCAN_HAS_CR;
          p++;
          continue;
        }
      if (*p >= 0xEF)
        found |= SCAN_MAY_HOLD_NONCHARACTER;
      /* a cut character (never in decoder output) is left to the careful path */
      if (end - p < (*p < 0xE0 ? 2 : *p < 0xF0 ? 3 : 4))
        return found | SCAN_UNSTABLE;
      /* most of a Vietnamese text's letters are stable by their first bytes alone: two
       * bytes led by C0 to CB are below U+0300, and E1 B8 to E1 BB is Latin Extended
       * Additional */
      if ((*p >= 0xC0 && *p < 0xCC) || (p[0] == 0xE1 && p[1] >= 0xB8 && p[1] <= 0xBB))
        {
          p += *p < 0xE0 ? 2 : 3;
          continue;
        }
      if (*p < 0xE0)
        {
          c = ((gunichar) (p[0] & 0x1F) << 6) | (p[1] & 0x3F);
          p += 2;
        }
      else if (*p < 0xF0)
        {
          c = ((gunichar) (p[0] & 0x0F) << 12) | ((gunichar) (p[1] & 0x3F) << 6) | (p[2] & 0x3F);
          p += 3;
        }
      else
        {
          c = 0x10000; /* beyond every stable range */
          p += 4;
        }
      if (!is_stable_char (c))
        found |= SCAN_UNSTABLE;
    }
  return found;
}

char *
diem_text_decode (const char  *data,
                  gsize        length,
                  const char  *encoding,
                  const char **detected,
                  gsize       *out_length,
                  GError     **error)
{
  gboolean utf16 = length >= 2 && (memcmp (data, "\xFF\xFE", 2) == 0 || memcmp (data, "\xFE\xFF", 2) == 0);
  g_autofree char *decoded = NULL;
  g_autofree char *unified = NULL;
  gsize decoded_length = 0;
  const char *nul;
  char *normalized;
  guint scan;

  /* UTF-16 is full of NUL bytes: it is judged after decoding */
  if ((!utf16 && looks_binary (data, length)))
    {
      g_set_error (error, DIEM_ARTICLE_ERROR, DIEM_ARTICLE_ERROR_BINARY,
                   _("This is not a text file (it contains binary data)"));
      return NULL;
    }

  decoded = diem_encoding_to_utf8 (data, length, encoding, detected, &decoded_length, error);
  if (decoded == NULL)
    return NULL;
  /* Only UTF-16 can still hold one; the rest of the program reads NUL-terminated text,
   * so it is refused rather than silently ending the article there. */
  nul = memchr (decoded, '\0', decoded_length);
  if (nul != NULL)
    {
      g_set_error (error, DIEM_ARTICLE_ERROR, DIEM_ARTICLE_ERROR_INVALID_TEXT,
                   _("The text contains a null character (U+0000) at character %ld"),
                   g_utf8_pointer_to_offset (decoded, nul) + 1);
      return NULL;
    }
  if (utf16 && looks_binary (decoded, decoded_length))
    {
      g_set_error (error, DIEM_ARTICLE_ERROR, DIEM_ARTICLE_ERROR_BINARY,
                   _("This is not a text file (it contains binary data)"));
      return NULL;
    }

  /* most texts need neither step: the decoded buffer is then the text, uncopied */
  scan = scan_text (decoded, decoded_length);
  if (scan & (SCAN_HAS_CR | SCAN_MAY_HOLD_NONCHARACTER))
    {
      unified = clean_text (decoded, decoded_length);
      scan |= SCAN_UNSTABLE;
    }
  else
    unified = g_steal_pointer (&decoded);
  if (scan & SCAN_UNSTABLE)
    normalized = diem_text_normalize (unified, strlen (unified));
  else
    normalized = g_steal_pointer (&unified);
  if (normalized == NULL)
    {
      g_set_error (error, DIEM_ARTICLE_ERROR, DIEM_ARTICLE_ERROR_INVALID_TEXT,
                   _("The text could not be normalised"));
      return NULL;
    }

  {
    const char *p = normalized;
    gboolean blank = TRUE;

    for (; *p != '\0' && blank; p = g_utf8_next_char (p))
      blank = g_unichar_isspace (g_utf8_get_char (p));
    if (blank)
      {
        g_free (normalized);
        g_set_error (error, DIEM_ARTICLE_ERROR, DIEM_ARTICLE_ERROR_EMPTY,
                     _("The article is empty"));
        return NULL;
      }
  }

  if (out_length != NULL)
    *out_length = strlen (normalized);
  return normalized;
}
