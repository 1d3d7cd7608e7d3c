/* SPDX-License-Identifier: GPL-3.0-or-later */
/* png-test-util.h — writing grey PNG files of any size, for the image limits
 *
 * A "bomb" is a small file that claims a huge picture: its rows are all zero, which
 * deflate packs about a thousand to one. With rows = FALSE only the header and the first
 * row are written: enough for a reader that looks at the size first, and nothing more.
 */
#pragma once

#include <gio/gio.h>
#include <string.h>

static guint32
png_test_crc (const guchar *data,
              gsize         length,
              guint32       crc)
{
  crc = ~crc;
  for (gsize i = 0; i < length; i++)
    {
      crc ^= data[i];
      for (int k = 0; k < 8; k++)
        crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1)));
    }
  return ~crc;
}

static void
png_test_put32 (GByteArray *out,
                guint32     value)
{
  guchar bytes[4] = { value >> 24, value >> 16, value >> 8, value };

  g_byte_array_append (out, bytes, 4);
}

static void
png_test_chunk (GByteArray   *out,
                const char   *type,
                const guchar *data,
                gsize         length)
{
  guint32 crc = png_test_crc ((const guchar *) type, 4, 0);

  crc = png_test_crc (data, length, crc);
  png_test_put32 (out, (guint32) length);
  g_byte_array_append (out, (const guchar *) type, 4);
  g_byte_array_append (out, data, (guint) length);
  png_test_put32 (out, crc);
}

/* An 8-bit grey PNG of @width × @height pixels, all black. */
static gboolean
png_test_write (const char *path,
                guint32     width,
                guint32     height,
                gboolean    rows,
                GError    **error)
{
  g_autoptr(GByteArray) out = g_byte_array_new ();
  g_autoptr(GByteArray) ihdr = g_byte_array_new ();
  const guchar trailer[] = { 8, 0, 0, 0, 0 }; /* depth 8, grey, deflate, no filter, no interlace */

  g_byte_array_append (out, (const guchar *) "\x89PNG\r\n\x1a\n", 8);
  png_test_put32 (ihdr, width);
  png_test_put32 (ihdr, height);
  g_byte_array_append (ihdr, trailer, sizeof trailer);
  png_test_chunk (out, "IHDR", ihdr->data, ihdr->len);

    {
      g_autoptr(GZlibCompressor) compressor = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_ZLIB, 9);
      g_autoptr(GOutputStream) memory = g_memory_output_stream_new_resizable ();
      g_autoptr(GOutputStream) deflated = g_converter_output_stream_new (memory, G_CONVERTER (compressor));
      g_autofree guchar *row = g_malloc0 (width + 1); /* filter byte, then the pixels */

      for (guint32 y = 0; y < (rows ? height : 1); y++)
        if (!g_output_stream_write_all (deflated, row, width + 1, NULL, NULL, error))
          return FALSE;
      if (!g_output_stream_close (deflated, NULL, error))
        return FALSE;
      png_test_chunk (out, "IDAT", g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (memory)),
                      g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (memory)));
    }
  png_test_chunk (out, "IEND", NULL, 0);
  return g_file_set_contents (path, (const char *) out->data, out->len, error);
}
