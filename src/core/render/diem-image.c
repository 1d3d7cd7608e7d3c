/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-image.c — an article's photo as a cairo surface, for the printed pages
 *
 * gdk-pixbuf decodes any format it knows; the pixels are copied into a cairo image
 * surface (premultiplied, native-endian ARGB). A JPEG or PNG file also gives the
 * surface its own bytes, so that the PDF embeds the photo as it was, not re-encoded.
 */
#include "config.h"

#include <gdk-pixbuf/gdk-pixbuf.h>

#include "diem-image.h"

static cairo_surface_t *
surface_from_pixbuf (GdkPixbuf *pixbuf)
{
  int width = gdk_pixbuf_get_width (pixbuf);
  int height = gdk_pixbuf_get_height (pixbuf);
  int channels = gdk_pixbuf_get_n_channels (pixbuf);
  gboolean alpha = gdk_pixbuf_get_has_alpha (pixbuf);
  int src_stride = gdk_pixbuf_get_rowstride (pixbuf);
  const guint8 *src = gdk_pixbuf_read_pixels (pixbuf);
  cairo_surface_t *surface = cairo_image_surface_create (alpha ? CAIRO_FORMAT_ARGB32 : CAIRO_FORMAT_RGB24,
                                                         width, height);
  int dst_stride = cairo_image_surface_get_stride (surface);
  guint8 *dst;

  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    return surface;
  cairo_surface_flush (surface);
  dst = cairo_image_surface_get_data (surface);
  for (int y = 0; y < height; y++)
    {
      const guint8 *in = src + (gsize) y * src_stride;
      guint32 *out = (guint32 *) (dst + (gsize) y * dst_stride);

      for (int x = 0; x < width; x++, in += channels)
        {
          guint a = alpha ? in[3] : 0xff;

          /* cairo wants colour premultiplied by alpha */
          out[x] = (a << 24) | ((in[0] * a / 0xff) << 16) | ((in[1] * a / 0xff) << 8) | (in[2] * a / 0xff);
        }
    }
  cairo_surface_mark_dirty (surface);
  return surface;
}

static void
attach_original_bytes (cairo_surface_t *surface,
                       GBytes          *bytes,
                       const char      *format)
{
  const char *mime_type = g_str_equal (format, "jpeg") ? CAIRO_MIME_TYPE_JPEG
                          : g_str_equal (format, "png") ? CAIRO_MIME_TYPE_PNG : NULL;

  if (mime_type == NULL)
    return;
  cairo_surface_set_mime_data (surface, mime_type, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                               (cairo_destroy_func_t) g_bytes_unref, g_bytes_ref (bytes));
}

/**
 * diem_image_load_bytes:
 * @bytes: an image file's bytes
 *
 * Returns: (transfer full) (nullable): the image, or %NULL with @error set when it
 *   cannot be decoded
 */
cairo_surface_t *
diem_image_load_bytes (GBytes  *bytes,
                       GError **error)
{
  g_autoptr(GdkPixbufLoader) loader = gdk_pixbuf_loader_new ();
  GdkPixbuf *pixbuf;
  GdkPixbufFormat *format;
  cairo_surface_t *surface;

  g_return_val_if_fail (bytes != NULL, NULL);

  if (!gdk_pixbuf_loader_write_bytes (loader, bytes, error) || !gdk_pixbuf_loader_close (loader, error))
    return NULL;
  pixbuf = gdk_pixbuf_loader_get_pixbuf (loader);
  if (pixbuf == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "not an image");
      return NULL;
    }
  surface = surface_from_pixbuf (pixbuf);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", cairo_status_to_string (cairo_surface_status (surface)));
      cairo_surface_destroy (surface);
      return NULL;
    }
  format = gdk_pixbuf_loader_get_format (loader);
  if (format != NULL)
    {
      g_autofree char *name = gdk_pixbuf_format_get_name (format);

      attach_original_bytes (surface, bytes, name);
    }
  return surface;
}

/**
 * diem_image_load:
 * @file: a local image file
 *
 * Returns: (transfer full) (nullable): the image, or %NULL with @error set when it
 *   cannot be read or decoded
 */
cairo_surface_t *
diem_image_load (GFile   *file,
                 GError **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (!g_file_is_native (file))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "not a local file");
      return NULL;
    }
  bytes = g_file_load_bytes (file, NULL, NULL, error);
  return bytes != NULL ? diem_image_load_bytes (bytes, error) : NULL;
}
