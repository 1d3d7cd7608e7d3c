/* diem-image.c — an article's photo as a cairo surface, for the printed pages
 *
 * gdk-pixbuf decodes any format it knows; the pixels are copied into a cairo image
 * surface (premultiplied, native-endian ARGB). The size is read from the file's header
 * first: a photo larger than DIEM_IMAGE_MAX_PIXELS is refused undecoded (a small file
 * can claim 30 000 × 30 000 pixels), and one larger than its box is decoded at the
 * box's size. A JPEG or PNG file decoded whole also gives the surface its own bytes,
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
                       GFile           *file,
                       const char      *format)
{
  const char *mime_type = g_str_equal (format, "jpeg") ? CAIRO_MIME_TYPE_JPEG
                          : g_str_equal (format, "png") ? CAIRO_MIME_TYPE_PNG : NULL;
  char *contents = NULL;
  gsize length = 0;

  if (mime_type == NULL || !g_file_load_contents (file, NULL, &contents, &length, NULL, NULL))
    return;
  cairo_surface_set_mime_data (surface, mime_type, (const unsigned char *) contents, length, g_free, contents);
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

/**
 * diem_image_load:
 * @file: a local image file
 * @max_width: (in): the most pixels across worth decoding; a wider image is scaled down
 *   as it is decoded, keeping its aspect
 * @max_height: the same, down
 * @width: (out) (optional): the image's own width in pixels
 * @height: (out) (optional): the image's own height in pixels
 *
 * Returns: (transfer full) (nullable): the image, or %NULL with @error set when it
 *   cannot be read or decoded, or has more than DIEM_IMAGE_MAX_PIXELS pixels
 */
cairo_surface_t *
diem_image_load (GFile   *file,
                 int      max_width,
                 int      max_height,
                 int     *width,
                 int     *height,
                 GError **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  GdkPixbufFormat *format;
  cairo_surface_t *surface;
  int own_width = 0, own_height = 0;
  gboolean scaled;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (max_width > 0 && max_height > 0, NULL);

  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "not a local file");
      return NULL;
    }
  format = gdk_pixbuf_get_file_info (path, &own_width, &own_height);
  if (format == NULL || own_width <= 0 || own_height <= 0)
    {
      g_set_error (error, GDK_PIXBUF_ERROR, GDK_PIXBUF_ERROR_UNKNOWN_TYPE, _("This is not an image"));
      return NULL;
    }
  if ((gint64) own_width * own_height > DIEM_IMAGE_MAX_PIXELS)
    {
      g_set_error (error, GDK_PIXBUF_ERROR, GDK_PIXBUF_ERROR_INSUFFICIENT_MEMORY,
                   _("The image is too large (%d × %d pixels; at most %d megapixels)"),
                   own_width, own_height, DIEM_IMAGE_MAX_PIXELS / 1000000);
      return NULL;
    }

  scaled = own_width > max_width || own_height > max_height;
  pixbuf = scaled ? gdk_pixbuf_new_from_file_at_scale (path, MIN (own_width, max_width),
                                                       MIN (own_height, max_height), TRUE, error)
                  : gdk_pixbuf_new_from_file (path, error);
  if (pixbuf == NULL)
    return NULL;

  surface = surface_from_pixbuf (pixbuf);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", cairo_status_to_string (cairo_surface_status (surface)));
      cairo_surface_destroy (surface);
      return NULL;
    }
  /* the original bytes stand for the pixels only when they are the same pixels */
  if (!scaled)
    {
      g_autofree char *name = gdk_pixbuf_format_get_name (format);

      attach_original_bytes (surface, file, name);
    }
  if (width != NULL)
    *width = own_width;
  if (height != NULL)
    *height = own_height;
  return surface;
}
