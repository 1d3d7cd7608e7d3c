/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-encoding.c — legacy Vietnamese encodings, detected and forced */
#include <string.h>

#include "diem-article.h"
#include "diem-encoding.h"
#include "diem-syllable.h"

static const char *const paragraph =
  "Sáng nay, Thủ tướng Chính phủ đã gặp gỡ đại biểu các tỉnh miền Trung. "
  "Nhân dịp này, ông trao tặng Huân chương Lao động hạng Nhì cho những tập thể "
  "có thành tích xuất sắc trong việc khắc phục hậu quả lũ lụt năm qua.\n\n"
  "Người dân Đà Nẵng, Quảng Ngãi và Bình Định vui mừng đón nhận phần thưởng.\n";

static char *
decode (const char  *data,
        gsize        length,
        const char  *encoding,
        const char **detected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DiemArticle) article = diem_article_new_from_data_full (data, length, NULL, encoding, &error);

  g_assert_no_error (error);
  if (detected != NULL)
    *detected = diem_article_get_encoding (article);
  return g_strdup (diem_article_get_text (article));
}

static void
assert_detects (const char *iconv_name,
                const char *expected)
{
  gsize length = 0;
  g_autofree char *bytes = g_convert (paragraph, -1, iconv_name, "UTF-8", NULL, &length, NULL);
  g_autofree char *nfc = g_utf8_normalize (paragraph, -1, G_NORMALIZE_NFC);
  g_autofree char *text = NULL;
  const char *detected = NULL;

  g_assert_nonnull (bytes);
  text = decode (bytes, length, NULL, &detected);
  g_assert_cmpstr (detected, ==, expected);
  /* the parser trims the final newline; compare the words */
  g_assert_true (g_str_has_prefix (nfc, text));
}

static void
test_encoding_detects_windows_1258 (void)
{
  assert_detects ("WINDOWS-1258", "WINDOWS-1258");
}

static void
test_encoding_detects_viscii (void)
{
  assert_detects ("VISCII", "VISCII");
}

static void
test_encoding_detects_tcvn3 (void)
{
  assert_detects ("TCVN5712-1", "TCVN3");
}

static void
test_encoding_utf16_with_bom (void)
{
  const char *orders[][2] = { { "UTF-16LE", "\xFF\xFE" }, { "UTF-16BE", "\xFE\xFF" } };

  for (guint i = 0; i < G_N_ELEMENTS (orders); i++)
    {
      gsize length = 0;
      g_autofree char *body = g_convert (paragraph, -1, orders[i][0], "UTF-8", NULL, &length, NULL);
      g_autoptr(GByteArray) bytes = g_byte_array_new ();
      g_autofree char *text = NULL;
      const char *detected = NULL;

      g_byte_array_append (bytes, (const guint8 *) orders[i][1], 2);
      g_byte_array_append (bytes, (const guint8 *) body, (guint) length);
      text = decode ((const char *) bytes->data, bytes->len, NULL, &detected);
      g_assert_cmpstr (detected, ==, "UTF-16");
      g_assert_true (g_str_has_prefix (paragraph, text));
    }
}

/* VNI bytes written by hand from the VNI-Windows table (Windows-1252 characters). */
static void
test_encoding_vni (void)
{
  /* "Thuû töôùng Nguyeãn Vaên Neân ñeán Ñaø Naüng. Vieät Nam." */
  const char vni[] = "Thu\xfb t\xf6\xf4\xf9ng Nguye\xe3n Va\xean Ne\xe2n \xf1" "e\xe1n \xd1" "a\xf8 Na\xfcng. Vie\xe4t Nam.";
  g_autofree char *forced = decode (vni, sizeof vni - 1, "VNI", NULL);
  g_autofree char *detected_text = NULL;
  const char *detected = NULL;

  g_assert_cmpstr (forced, ==, "Thủ tướng Nguyễn Văn Nên đến Đà Nẵng. Việt Nam.");
  detected_text = decode (vni, sizeof vni - 1, NULL, &detected);
  g_assert_cmpstr (detected, ==, "VNI");
  g_assert_cmpstr (detected_text, ==, forced);
}

static void
test_encoding_forced_wrong_encoding_fails_with_offset (void)
{
  g_autoptr(GError) error = NULL;
  const char data[] = "B\xe1\xbb\x99 Y t\xe1\xba\xbf";  /* UTF-8 "Bộ Y tế" */
  g_autoptr(DiemArticle) article = NULL;
  const char broken[] = "ab\xff" "cd";

  /* valid UTF-8 read as forced UTF-8 */
  article = diem_article_new_from_data_full (data, sizeof data - 1, NULL, "UTF-8", &error);
  g_assert_no_error (error);
  g_clear_object (&article);

  article = diem_article_new_from_data_full (broken, sizeof broken - 1, NULL, "UTF-8", &error);
  g_assert_null (article);
  g_assert_error (error, DIEM_ARTICLE_ERROR, DIEM_ARTICLE_ERROR_INVALID_TEXT);
  g_assert_nonnull (strstr (error->message, "offset 2"));
  g_clear_error (&error);

  /* a UTF-16 byte-order mark followed by an odd number of bytes */
  article = diem_article_new_from_data_full ("\xFF\xFE" "a\x00" "b", 5, NULL, NULL, &error);
  g_assert_null (article);
  g_assert_error (error, DIEM_ARTICLE_ERROR, DIEM_ARTICLE_ERROR_INVALID_TEXT);
  g_clear_error (&error);

  article = diem_article_new_from_data_full (data, sizeof data - 1, NULL, "KOI8-R", &error);
  g_assert_null (article);
  g_assert_error (error, DIEM_ARTICLE_ERROR, DIEM_ARTICLE_ERROR_INVALID_TEXT);
}

static void
test_encoding_syllables (void)
{
  const char *valid[] = { "Nguyễn", "giữ", "gìn", "quyết", "khuya", "ngoằn", "tướng", "Đảng", "oẳn", "yêu", NULL };
  const char *invalid[] = { "Nguyeãn", "chĂo", "ẠẮẰ", "hoàá", "xyz", "tướngg", NULL };

  for (guint i = 0; valid[i] != NULL; i++)
    g_assert_true (diem_syllable_is_valid (valid[i], -1));
  for (guint i = 0; invalid[i] != NULL; i++)
    g_assert_false (diem_syllable_is_valid (invalid[i], -1));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/encoding/windows-1258", test_encoding_detects_windows_1258);
  g_test_add_func ("/encoding/viscii", test_encoding_detects_viscii);
  g_test_add_func ("/encoding/tcvn3", test_encoding_detects_tcvn3);
  g_test_add_func ("/encoding/utf16-with-bom", test_encoding_utf16_with_bom);
  g_test_add_func ("/encoding/vni", test_encoding_vni);
  g_test_add_func ("/encoding/forced", test_encoding_forced_wrong_encoding_fails_with_offset);
  g_test_add_func ("/encoding/syllables", test_encoding_syllables);

  return g_test_run ();
}
