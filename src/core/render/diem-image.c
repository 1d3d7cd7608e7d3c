/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-image.c — an article's photo as a cairo surface, for the printed pages
 *
 * gdk-pixbuf decodes any format it knows; the pixels are copied into a cairo image
 * surface (premultiplied, native-endian ARGB). The size is read from the header
 * first: a photo larger than DIEM_IMAGE_MAX_PIXELS is refused undecoded (a small file
 * can claim 30 000 × 30 000 pixels), and one larger than its box is decoded at the
 * box's size. A JPEG or PNG decoded whole also gives the surface its own bytes,
 * so that the PDF embeds the photo as it was, not re-encoded.
 */
#include "config.h"

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gi18n-lib.h>

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

/* What the header says, before any pixel is decoded: the size, and the size to decode. */
typedef struct
{
  int      width, height;
  int      max_width, max_height;
  gboolean too_large;
  gboolean scaled;
} Header;

static void
on_size_prepared_cb (GdkPixbufLoader *loader,
                     int              width,
                     int              height,
                     Header          *header)
{
  double scale;

  header->width = width;
  header->height = height;
  if (width <= 0 || height <= 0 || (gint64) width * height > DIEM_IMAGE_MAX_PIXELS)
    {
      /* a small file may claim 30 000 × 30 000 pixels: decode next to nothing */
      header->too_large = TRUE;
      gdk_pixbuf_loader_set_size (loader, 1, 1);
      return;
    }
  if (width <= header->max_width && height <= header->max_height)
    return;
  scale = MIN ((double) header->max_width / width, (double) header->max_height / height);
  header->scaled = TRUE;
  gdk_pixbuf_loader_set_size (loader, MAX (1, (int) (width * scale)), MAX (1, (int) (height * scale)));
}

/**
 * diem_image_load_bytes:
 * @bytes: an image file's contents
 * @max_width: (in): the most pixels across worth decoding; a wider image is scaled down
 *   as it is decoded, keeping its aspect
 * @max_height: the same, down
 * @width: (out) (optional): the image's own width in pixels
 * @height: (out) (optional): the image's own height in pixels
 *
 * Returns: (transfer full) (nullable): the image, or %NULL with @error set when it
 *   cannot be decoded, or has more than DIEM_IMAGE_MAX_PIXELS pixels
 */
cairo_surface_t *
diem_image_load_bytes (GBytes  *bytes,
                       int      max_width,
                       int      max_height,
                       int     *width,
                       int     *height,
                       GError **error)
{
  g_autoptr(GdkPixbufLoader) loader = gdk_pixbuf_loader_new ();
  Header header = { 0, 0, max_width, max_height, FALSE, FALSE };
  GdkPixbuf *pixbuf;
  GdkPixbufFormat *format;
  cairo_surface_t *surface;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (max_width > 0 && max_height > 0, NULL);

  g_signal_connect (loader, "size-prepared", G_CALLBACK (on_size_prepared_cb), &header);
  if (!gdk_pixbuf_loader_write_bytes (loader, bytes, error))
    {
      gdk_pixbuf_loader_close (loader, NULL);
      return NULL;
    }
  if (!gdk_pixbuf_loader_close (loader, error))
    return NULL;
  if (header.too_large)
    {
      g_set_error (error, GDK_PIXBUF_ERROR, GDK_PIXBUF_ERROR_INSUFFICIENT_MEMORY,
                   _("The image is too large (%d × %d pixels; at most %d megapixels)"),
                   header.width, header.height, DIEM_IMAGE_MAX_PIXELS / 1000000);
      return NULL;
    }
  pixbuf = gdk_pixbuf_loader_get_pixbuf (loader);
  if (pixbuf == NULL || header.width <= 0)
    {
      g_set_error (error, GDK_PIXBUF_ERROR, GDK_PIXBUF_ERROR_UNKNOWN_TYPE, _("This is not an image"));
      return NULL;
    }

  surface = surface_from_pixbuf (pixbuf);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", cairo_status_to_string (cairo_surface_status (surface)));
      cairo_surface_destroy (surface);
      return NULL;
    }
  /* the original bytes stand for the pixels only when they are the same pixels */
  format = gdk_pixbuf_loader_get_format (loader);
  if (!header.scaled && format != NULL)
    {
      g_autofree char *name = gdk_pixbuf_format_get_name (format);

      attach_original_bytes (surface, bytes, name);
    }
  if (width != NULL)
    *width = header.width;
  if (height != NULL)
    *height = header.height;
  return surface;
}

/* As diem_image_load_bytes(), from a local file. */
cairo_surface_t *
diem_image_load (GFile   *file,
                 int      max_width,
                 int      max_height,
                 int     *width,
                 int     *height,
                 GError **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  if (!diem_image_is_within_limit (file))
    {
      g_set_error (error, GDK_PIXBUF_ERROR, GDK_PIXBUF_ERROR_INSUFFICIENT_MEMORY,
                   _("This is not an image, or it is too large (at most %d megapixels)"),
                   DIEM_IMAGE_MAX_PIXELS / 1000000);
      return NULL;
    }
  bytes = g_file_load_bytes (file, NULL, NULL, error);
  return bytes != NULL ? diem_image_load_bytes (bytes, max_width, max_height, width, height, error) : NULL;
}

/**
 * diem_image_is_within_limit:
 * @file: a local image file
 *
 * Whether the file is an image gdk-pixbuf reads of at most DIEM_IMAGE_MAX_PIXELS,
 * from its header alone: what a view checks before it decodes a photo whole.
 */
gboolean
diem_image_is_within_limit (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  int width = 0, height = 0;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  return path != NULL && gdk_pixbuf_get_file_info (path, &width, &height) != NULL
         && width > 0 && height > 0 && (gint64) width * height <= DIEM_IMAGE_MAX_PIXELS;
}

/* The same for an image carried in memory (a single-file page's photo). */
gboolean
diem_image_bytes_are_within_limit (GBytes *bytes)
{
  g_autoptr(GdkPixbufLoader) loader = gdk_pixbuf_loader_new ();
  Header header = { 0, 0, 1, 1, FALSE, FALSE };

  g_return_val_if_fail (bytes != NULL, FALSE);
  /* asked for one pixel, the loader reads the header and decodes next to nothing */
  g_signal_connect (loader, "size-prepared", G_CALLBACK (on_size_prepared_cb), &header);
  gdk_pixbuf_loader_write_bytes (loader, bytes, NULL);
  gdk_pixbuf_loader_close (loader, NULL);
  return header.width > 0 && !header.too_large;
}
