/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-mhtml.c — a web page saved as one file (.mhtml, MIME multipart), read with GMime
 *
 * Browsers save a page and its photos as one MIME message (multipart/related): the page
 * is its first text/html part, each photo a part named by the address the page uses
 * (Content-Location) or by a cid: reference (Content-ID). The page comes out as UTF-8
 * HTML for the HTML import; the photos as bytes keyed by both names, never fetched.
 */
#include "diem-mhtml.h"

#include <gmime/gmime.h>
#include <string.h>

#define SNIFF_BYTES 4096

/* GMime 3.2 declares no automatic clean-ups of its own */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GMimeStream, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GMimeParser, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GMimeMessage, g_object_unref)

static void
ensure_gmime (void)
{
  static gsize initialised;

  if (g_once_init_enter (&initialised))
    {
      g_mime_init ();
      g_once_init_leave (&initialised, 1);
    }
}

gboolean
diem_mhtml_sniff (const char *data,
                  gsize       length,
                  const char *name_hint)
{
  g_autofree char *head = NULL;
  g_autofree char *lower = NULL;

  if (name_hint != NULL)
    {
      g_autofree char *name = g_ascii_strdown (name_hint, -1);
      if (g_str_has_suffix (name, ".mhtml") || g_str_has_suffix (name, ".mht"))
        return TRUE;
    }
  /* without the name: a MIME header block announcing multipart/related */
  head = g_strndup (data, MIN (length, SNIFF_BYTES));
  lower = g_ascii_strdown (head, -1);
  return (g_str_has_prefix (lower, "from:") || g_str_has_prefix (lower, "mime-version:")
          || g_str_has_prefix (lower, "content-type:") || g_str_has_prefix (lower, "snapshot-content-location:"))
         && strstr (lower, "multipart/related") != NULL;
}

static GBytes *
part_bytes (GMimePart *part)
{
  GMimeDataWrapper *content = g_mime_part_get_content (part);
  g_autoptr(GMimeStream) stream = NULL;
  GByteArray *array;

  if (content == NULL)
    return NULL;
  stream = g_mime_stream_mem_new ();
  /* decodes the part's transfer encoding (base64, quoted-printable) */
  if (g_mime_data_wrapper_write_to_stream (content, stream) < 0)
    return NULL;
  array = g_mime_stream_mem_get_byte_array (GMIME_STREAM_MEM (stream));
  return g_bytes_new (array->data, array->len);
}

typedef struct
{
  GBytes     *html;
  char       *charset;
  GHashTable *images;
} Walk;

static void
visit_part (GMimeObject *parent,
            GMimeObject *object,
            gpointer     user_data)
{
  Walk *walk = user_data;
  GMimeContentType *type = g_mime_object_get_content_type (object);
  GMimePart *part;

  if (!GMIME_IS_PART (object) || type == NULL)
    return;
  part = GMIME_PART (object);
  if (walk->html == NULL && g_mime_content_type_is_type (type, "text", "html"))
    {
      const char *charset = g_mime_object_get_content_type_parameter (object, "charset");

      walk->html = part_bytes (part);
      walk->charset = g_strdup (charset);
    }
  else if (g_mime_content_type_is_type (type, "image", "*"))
    {
      const char *location = g_mime_part_get_content_location (part);
      const char *id = g_mime_object_get_content_id (object);
      GBytes *bytes = part_bytes (part);

      if (bytes == NULL)
        return;
      if (location != NULL)
        g_hash_table_insert (walk->images, g_strdup (location), g_bytes_ref (bytes));
      if (id != NULL)
        g_hash_table_insert (walk->images, g_strconcat ("cid:", id, NULL), g_bytes_ref (bytes));
      g_bytes_unref (bytes);
    }
}

/**
 * diem_mhtml_extract:
 * @images: (out) (element-type utf8 GBytes): the saved photos, by the names the page
 *   may use for them
 *
 * Returns: (transfer full) (nullable): the page's HTML in UTF-8, or %NULL with @error
 *   set when the message holds no page
 */
GBytes *
diem_mhtml_extract (const char  *data,
                    gsize        length,
                    GHashTable **images,
                    GError     **error)
{
  g_autoptr(GMimeStream) stream = NULL;
  g_autoptr(GMimeParser) parser = NULL;
  g_autoptr(GMimeMessage) message = NULL;
  Walk walk = { NULL, NULL, g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                   (GDestroyNotify) g_bytes_unref) };

  ensure_gmime ();
  stream = g_mime_stream_mem_new_with_buffer (data, length);
  parser = g_mime_parser_new_with_stream (stream);
  message = g_mime_parser_construct_message (parser, NULL);
  if (message != NULL && g_mime_message_get_mime_part (message) != NULL)
    {
      GMimeObject *body = g_mime_message_get_mime_part (message);

      if (GMIME_IS_MULTIPART (body))
        g_mime_multipart_foreach (GMIME_MULTIPART (body), visit_part, &walk);
      else
        visit_part (NULL, body, &walk);
    }
  if (walk.html == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "no web page in the saved file");
      g_hash_table_unref (walk.images);
      g_free (walk.charset);
      return NULL;
    }
  /* the page's own charset, when it says one that is not UTF-8 */
  if (walk.charset != NULL && g_ascii_strcasecmp (walk.charset, "utf-8") != 0
      && g_ascii_strcasecmp (walk.charset, "utf8") != 0)
    {
      gsize size = 0;
      const char *raw = g_bytes_get_data (walk.html, &size);
      gsize written = 0;
      char *utf8 = g_convert (raw, (gssize) size, "UTF-8", walk.charset, NULL, &written, NULL);

      if (utf8 != NULL)
        {
          g_bytes_unref (walk.html);
          walk.html = g_bytes_new_take (utf8, written);
        }
    }
  g_free (walk.charset);
  *images = walk.images;
  return walk.html;
}
