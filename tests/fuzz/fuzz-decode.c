/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-decode.c — the decoder with each forced encoding, and with detection
 *
 * The first byte picks the encoding; whatever comes out must be valid UTF-8 of the
 * length the decoder says, or an error.
 */
#include <stdint.h>

#include "diem-encoding.h"
#include "diem-text.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  guint n_encodings = g_strv_length ((char **) diem_encoding_names);
  const char *encoding;
  const char *detected = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  if (size < 1)
    return 0;
  /* one more than the names: detection */
  encoding = diem_encoding_names[data[0] % (n_encodings + 1)];
  text = diem_text_decode ((const char *) data + 1, size - 1, encoding, &detected, &length, &error);
  if (text == NULL)
    {
      g_assert (error != NULL);
      return 0;
    }
  g_assert (detected != NULL);
  g_assert (g_utf8_validate_len (text, length, NULL));
  g_assert (text[length] == '\0');
  return 0;
}
