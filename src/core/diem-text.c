/* diem-text.c — turning bytes into the article's one NFC string */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "diem-article.h"
#include "diem-encoding.h"
#include "diem-text.h"

/* A text file has no NUL bytes and almost no C0 controls besides tab and newlines. */
static gboolean
looks_binary (const char *data,
              gsize       length)
{
  gsize controls = 0;

  for (gsize i = 0; i < length; i++)
    {
      guchar c = (guchar) data[i];

      if (c == 0)
        return TRUE;
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
        controls++;
    }
  return controls > 8 && controls * 100 > length;
}

/* CR LF and lone CR become LF so that blank-line paragraph breaks mean one thing. */
static char *
unify_newlines (const char *data,
                gsize       length)
{
  GString *out = g_string_sized_new (length);

  for (gsize i = 0; i < length; i++)
    {
      if (data[i] == '\r')
        {
          g_string_append_c (out, '\n');
          if (i + 1 < length && data[i + 1] == '\n')
            i++;
        }
      else
        g_string_append_c (out, data[i]);
    }
  return g_string_free (out, FALSE);
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
  char *normalized;

  /* UTF-16 is full of NUL bytes: it is judged after decoding */
  if ((!utf16 && looks_binary (data, length)))
    {
      g_set_error (error, DIEM_ARTICLE_ERROR, DIEM_ARTICLE_ERROR_BINARY,
                   _("This is not a text file (it contains binary data)"));
      return NULL;
    }

  decoded = diem_encoding_to_utf8 (data, length, encoding, detected, error);
  if (decoded == NULL)
    return NULL;
  if (utf16 && looks_binary (decoded, strlen (decoded)))
    {
      g_set_error (error, DIEM_ARTICLE_ERROR, DIEM_ARTICLE_ERROR_BINARY,
                   _("This is not a text file (it contains binary data)"));
      return NULL;
    }

  unified = unify_newlines (decoded, strlen (decoded));
  normalized = g_utf8_normalize (unified, -1, G_NORMALIZE_NFC);
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
