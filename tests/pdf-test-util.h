/* pdf-test-util.h — reading page counts and page sizes straight from PDF bytes */
#pragma once

#include <glib.h>
#include <string.h>

/* Compressed streams hold NUL bytes: these compare bytes, never strings. */
static inline guint
pdf_count_pages (const char *pdf,
                 gsize       length)
{
  guint pages = 0;

  /* "/Type /Page" objects, not "/Type /Pages" */
  for (const char *p = pdf; p + 12 <= pdf + length; p++)
    if (memcmp (p, "/Type /Page", 11) == 0 && p[11] != 's')
      pages++;
  return pages;
}

static inline gboolean
pdf_first_page_size (const char *pdf,
                     gsize       length,
                     double     *width,
                     double     *height)
{
  for (const char *p = pdf; p + 17 <= pdf + length; p++)
    if (memcmp (p, "/MediaBox [ 0 0 ", 16) == 0)
      {
        char *end = NULL;

        *width = g_ascii_strtod (p + 16, &end);
        *height = g_ascii_strtod (end, NULL);
        return TRUE;
      }
  return FALSE;
}
