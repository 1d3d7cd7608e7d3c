/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-limits.c — the documented limits (README, "Limits") and what lies beyond them
 *
 * The largest article file, the largest image, the deepest HTML and the longest line:
 * each holds up to its limit, and past it the user is told, or the page shows a
 * placeholder; nothing is dropped without a word.
 */
#include <glib/gstdio.h>
#include <string.h>

#include "diem-article.h"
#include "diem-image.h"
#include "diem-pdf-export.h"
#include "png-test-util.h"
#include "scratch-dir-test-util.h"

static gboolean
export_pdf (DiemArticle *article,
            const char  *dir)
{
  g_autofree char *path = g_build_filename (dir, "out.pdf", NULL);
  g_autoptr(GError) error = NULL;
  gboolean ok = diem_pdf_export_to_file (article, path, &error);

  g_assert_no_error (error);
  return ok && g_file_test (path, G_FILE_TEST_IS_REGULAR);
}

/* A file past DIEM_ARTICLE_MAX_BYTES is refused by its size, before it is read: a
 * sparse file costs nothing to make. */
static void
test_limits_largest_article (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "huge.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(DiemArticle) article = NULL;
  FILE *out = g_fopen (path, "w");

  g_assert_nonnull (out);
  g_assert_cmpint (fputs ("Tin\n", out), >=, 0);
  g_assert_cmpint (fseek (out, DIEM_ARTICLE_MAX_BYTES, SEEK_SET), ==, 0);
  g_assert_cmpint (fputc ('\n', out), ==, '\n');
  g_assert_cmpint (fclose (out), ==, 0);

  article = diem_article_new_from_file (file, NULL, &error);
  g_assert_null (article);
  g_assert_error (error, DIEM_ARTICLE_ERROR, DIEM_ARTICLE_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "at most 256 MB"));
}

/* An image past DIEM_IMAGE_MAX_PIXELS is refused from its header, undecoded; one larger
 * than its box is decoded at the box's size. */
static void
test_limits_largest_image (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *bomb = g_build_filename (fixture->dir, "bomb.png", NULL);
  g_autofree char *wide = g_build_filename (fixture->dir, "wide.png", NULL);
  g_autofree char *html_path = g_build_filename (fixture->dir, "article.html", NULL);
  g_autoptr(GFile) bomb_file = g_file_new_for_path (bomb);
  g_autoptr(GFile) wide_file = g_file_new_for_path (wide);
  g_autoptr(GFile) html_file = g_file_new_for_path (html_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(DiemArticle) article = NULL;
  cairo_surface_t *surface;
  int width = 0, height = 0;
  const char *html = "<html><body><h1>Ảnh rất lớn</h1><p>Đoạn đầu của bài.</p>"
                     "<figure><img src=\"bomb.png\"><figcaption>Ảnh: TƯ LIỆU</figcaption></figure>"
                     "<p>Đoạn cuối.</p></body></html>";

  /* 30 000 × 30 000 is 900 megapixels: a header is all it takes to refuse it */
  g_assert_true (png_test_write (bomb, 30000, 30000, FALSE, NULL));
  surface = diem_image_load (bomb_file, 1000, 1000, NULL, NULL, &error);
  g_assert_null (surface);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "too large"));
  g_clear_error (&error);

  g_assert_true (png_test_write (wide, 4000, 1000, TRUE, NULL));
  surface = diem_image_load (wide_file, 800, 800, &width, &height, &error);
  g_assert_no_error (error);
  g_assert_cmpint (width, ==, 4000);
  g_assert_cmpint (height, ==, 1000);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 800);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 200);
  cairo_surface_destroy (surface);

  /* the page keeps its placeholder, and the export goes on */
  g_assert_true (g_file_set_contents (html_path, html, -1, NULL));
  article = diem_article_new_from_file (html_file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (export_pdf (article, fixture->dir));
}

/* Nesting as deep as real pages go keeps every paragraph. */
static void
test_limits_html_depth (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GString) html = g_string_new ("<html><body><h1>Lồng nhau</h1>");
  g_autoptr(DiemArticle) article = NULL;
  g_autoptr(GError) error = NULL;

  for (int i = 0; i < 200; i++)
    g_string_append (html, "<div>");
  g_string_append (html, "<p>Đoạn ở tầng sâu nhất.</p>");
  for (int i = 0; i < 200; i++)
    g_string_append (html, "</div>");
  g_string_append (html, "<p>Đoạn sau cùng.</p></body></html>");

  article = diem_article_new_from_data (html->str, html->len, "deep.html", &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (diem_article_get_text (article), "Đoạn ở tầng sâu nhất."));
  g_assert_nonnull (strstr (diem_article_get_text (article), "Đoạn sau cùng."));
}

/* A line has no limit of its own: one of 256 KB without a space still becomes a PDF
 * (bench/bench-limits.c times a megabyte). */
static void
test_limits_longest_line (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new ("Một dòng dài\n\n");
  g_autoptr(DiemArticle) article = NULL;
  g_autoptr(GError) error = NULL;

  while (text->len < 256 * 1024)
    g_string_append (text, "Nghịquyếtsố1/");
  article = diem_article_new_from_data (text->str, text->len, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (export_pdf (article, fixture->dir));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/limits/largest-article", Fixture, NULL, fixture_set_up, test_limits_largest_article, fixture_tear_down);
  g_test_add ("/limits/largest-image", Fixture, NULL, fixture_set_up, test_limits_largest_image, fixture_tear_down);
  g_test_add ("/limits/html-depth", Fixture, NULL, fixture_set_up, test_limits_html_depth, fixture_tear_down);
  g_test_add ("/limits/longest-line", Fixture, NULL, fixture_set_up, test_limits_longest_line, fixture_tear_down);

  return g_test_run ();
}
