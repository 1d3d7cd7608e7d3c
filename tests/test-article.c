/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-article.c — the article model: loading, offsets, errors */
/* symlink () */
#define _DEFAULT_SOURCE

#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "diem-article.h"
#include "diem-json-export.h"
#include "diem-pdf-export.h"

static void
test_article_offsets_round_trip (void)
{
  g_autoptr(GString) data = g_string_new ("Tiêu đề ngắn gọn\n\n");
  g_autoptr(DiemArticle) article = NULL;
  const char *text;
  glong chars = 0;

  /* long enough to cross many checkpoints, with 1-, 2-, 3- and 4-byte characters that
   * straddle them at every position */
  for (int i = 0; i < 400; i++)
    g_string_append (data, i % 3 == 0 ? "Ông Đặng ở Huế đã về. " : "Ông Đặng 𝐇 về. ");
  article = diem_article_new_from_data (data->str, data->len, "t.txt", NULL);
  g_assert_nonnull (article);
  text = diem_article_get_text (article);

  for (const char *p = text; *p; p = g_utf8_next_char (p), chars++)
    {
      gsize byte = (gsize) (p - text);
      g_assert_cmpint (diem_article_byte_to_char (article, byte), ==, chars);
      g_assert_cmpuint (diem_article_char_to_byte (article, chars), ==, byte);
    }
  g_assert_cmpint (diem_article_byte_to_char (article, diem_article_get_text_length (article)), ==, chars);
  g_assert_cmpint (diem_article_byte_to_char (article, G_MAXSIZE), ==, chars);
  g_assert_cmpuint (diem_article_char_to_byte (article, chars + 7), ==, diem_article_get_text_length (article));
  g_assert_cmpint (chars, ==, g_utf8_strlen (text, -1));
}

static void
test_article_sample_loads (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DiemArticle) article = diem_article_new_sample (&error);
  GPtrArray *byline;

  g_assert_no_error (error);
  g_assert_nonnull (strstr (diem_article_get_text (article), "Nghị quyết số 98/2023/QH15"));
  byline = diem_article_get_byline (article);
  g_assert_cmpuint (byline->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (byline, 1), ==, "VĂN MINH");
  g_assert_null (diem_article_dup_headline (article));
}

static void
test_article_directory_is_an_error (void)
{
  g_autoptr(GFile) dir = g_file_new_for_path (g_get_tmp_dir ());
  g_autoptr(GError) error = NULL;
  g_autoptr(DiemArticle) article = diem_article_new_from_file (dir, NULL, &error);

  g_assert_null (article);
  g_assert_error (error, DIEM_ARTICLE_ERROR, DIEM_ARTICLE_ERROR_NOT_A_FILE);
}

static void
test_article_missing_file_is_an_error (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/bai-bao.txt");
  g_autoptr(GError) error = NULL;
  g_autoptr(DiemArticle) article = diem_article_new_from_file (file, NULL, &error);

  g_assert_null (article);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

static void
test_article_file_keeps_its_name (void)
{
  g_autofree char *dir = g_dir_make_tmp ("diem-article-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "tin-sang.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DiemArticle) article = NULL;

  g_assert_true (g_file_set_contents (path, "Một đoạn văn.\n", -1, NULL));
  article = diem_article_new_from_file (file, NULL, NULL);
  g_assert_nonnull (article);
  g_assert_cmpstr (diem_article_get_title_hint (article), ==, "tin-sang.txt");
  g_assert_true (g_file_equal (diem_article_get_file (article), file));
  g_remove (path);
  g_rmdir (dir);
}

/* Neither export, from the window or the command line, ever writes over the article it
 * was made from: not under its own name, nor through a symbolic link. */
static void
test_article_export_never_overwrites_article (void)
{
  g_autofree char *dir = g_dir_make_tmp ("diem-article-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bai.txt", NULL);
  g_autofree char *link = g_build_filename (dir, "lien-ket.txt", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DiemArticle) article = NULL;
  g_autoptr(GError) error = NULL;
  const char *text = "Tiêu đề\n\nChủ tịch UBND tỉnh Nguyễn Văn An dự lễ.\n";

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  g_assert_cmpint (symlink ("bai.txt", link), ==, 0);
  article = diem_article_new_from_file (file, NULL, &error);
  g_assert_no_error (error);

  g_assert_false (diem_json_export_to_file (article, path, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_false (diem_pdf_export_to_file (article, link, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, text);

  g_remove (link);
  g_remove (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/article/offsets-round-trip", test_article_offsets_round_trip);
  g_test_add_func ("/article/sample-loads", test_article_sample_loads);
  g_test_add_func ("/article/directory-is-an-error", test_article_directory_is_an_error);
  g_test_add_func ("/article/missing-file-is-an-error", test_article_missing_file_is_an_error);
  g_test_add_func ("/article/file-keeps-its-name", test_article_file_keeps_its_name);
  g_test_add_func ("/article/export-never-overwrites-article", test_article_export_never_overwrites_article);

  return g_test_run ();
}
