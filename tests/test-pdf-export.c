/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-pdf-export.c — the PDF: pages, fonts, metadata, and every word read back
 *
 * Links and the outline are in test-pdf-links.c; what qpdf, pdffonts and pdftoppm
 * say of the files in test-pdf-tools.c; progress, cancellation and threads in
 * test-pdf-progress.c.
 */
#include "config.h"

#include <cairo.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "diem-article.h"
#include "diem-page-renderer.h"
#include "diem-pdf-export.h"
#include "pdf-test-util.h"

static char *tmp_dir;

/* Helpers ------------------------------------------------------------------- */

static char *
export_article (DiemArticle *article,
                const char  *name)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (tmp_dir, name, NULL);

  g_assert_true (diem_pdf_export_to_file (article, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  return path;
}

static void
add_words (GPtrArray  *words,
           const char *text)
{
  g_autofree char *folded = pdf_fold_text (text);
  g_auto(GStrv) split = g_strsplit (folded, " ", -1);

  for (guint i = 0; split[i] != NULL; i++)
    if (*split[i] != '\0')
      g_ptr_array_add (words, g_strdup (split[i]));
}

/* Every word the article shows, in reading order; a caption's credit reads "Ảnh: NAME". */
static GPtrArray *
article_words (DiemArticle *article)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *blocks = diem_article_get_blocks (article);

  for (guint i = 0; i < blocks->len; i++)
    {
      DiemBlock *block = g_ptr_array_index (blocks, i);
      g_autofree char *text = diem_article_dup_span (article, block->kind == DIEM_BLOCK_CAPTION
                                                                ? block->text_span : block->span);

      add_words (words, text);
      if (block->kind == DIEM_BLOCK_CAPTION && block->credit != NULL)
        {
          g_autofree char *credit = g_strdup_printf ("Ảnh: %s", block->credit);
          add_words (words, credit);
        }
    }
  return words;
}

/* Each word of @words appears, whole and in order, among the words of @text. */
static void
assert_words_in_order (GPtrArray  *words,
                       const char *text)
{
  g_autofree char *folded = pdf_fold_text (text);
  g_auto(GStrv) found = g_strsplit (folded, " ", -1);
  guint j = 0;

  g_assert_cmpuint (words->len, >, 0);
  for (guint i = 0; i < words->len; i++)
    {
      const char *word = g_ptr_array_index (words, i);
      guint start = j;

      while (found[j] != NULL && !g_str_equal (found[j], word))
        j++;
      if (found[j] == NULL)
        {
          g_test_message ("word %u “%s” is missing after “%s”", i, word,
                          start > 0 ? found[start - 1] : "(start)");
          g_assert_nonnull (found[j]);
        }
      j++;
    }
}

/* Page objects in the file itself, for machines without pdfinfo. */
static guint
count_page_objects (const char *path)
{
  g_autofree char *data = NULL;
  gsize length = 0;
  guint pages = 0;
  const char *pattern = "/Type /Page";
  gsize n = strlen (pattern);

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  /* compressed streams hold NUL bytes: no string functions here */
  for (gsize i = 0; i + n < length; i++)
    if (memcmp (data + i, pattern, n) == 0 && data[i + n] != 's')
      pages++;
  return pages;
}

static void
assert_is_pdf (const char *path)
{
  g_autofree char *data = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (data, "%PDF-"));
  g_assert_nonnull (g_strrstr (data + length - 64, "%%EOF"));
}

/* The text after the last "Summary" heading. */
static const char *
summary_part (const char *folded)
{
  const char *summary = g_strrstr (folded, g_dgettext (GETTEXT_PACKAGE, "Summary"));

  g_assert_nonnull (summary);
  return summary;
}

static void
assert_in_summary (const char *folded_summary,
                   const char *value)
{
  g_autofree char *folded = pdf_fold_text (value);

  if (strstr (folded_summary, folded) == NULL)
    g_test_message ("“%s” is not on the summary page", value);
  g_assert_nonnull (strstr (folded_summary, folded));
}

/* Tests --------------------------------------------------------------------- */

static void
test_pdf_sample_round_trip (void)
{
  g_autoptr(DiemArticle) article = pdf_test_load_article ("../data/sample/hcmc-2023-review.txt");
  g_autofree char *path = export_article (article, "sample.pdf");
  g_autofree char *text = NULL;
  g_autofree char *folded = NULL;
  g_autoptr(GPtrArray) words = article_words (article);
  GPtrArray *officials = diem_article_get_officials (article);
  GPtrArray *awards = diem_article_get_awards (article);
  GPtrArray *resolutions = diem_article_get_resolutions (article);
  const char *summary;

  assert_is_pdf (path);
  g_assert_cmpuint (count_page_objects (path), >=, 2);
  pdf_assert_fonts_embedded (path);

  text = pdf_text (path);
  if (text == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  assert_words_in_order (words, text);

  /* whatever the extraction found is listed on the summary page */
  folded = pdf_fold_text (text);
  summary = summary_part (folded);
  for (guint i = 0; i < officials->len; i++)
    assert_in_summary (summary, ((DiemOfficial *) g_ptr_array_index (officials, i))->name);
  for (guint i = 0; i < awards->len; i++)
    {
      DiemAward *award = g_ptr_array_index (awards, i);

      assert_in_summary (summary, award->award);
      for (guint j = 0; j < award->recipients->len; j++)
        assert_in_summary (summary, g_ptr_array_index (award->recipients, j));
    }
  for (guint i = 0; i < resolutions->len; i++)
    assert_in_summary (summary, ((DiemDocument *) g_ptr_array_index (resolutions, i))->id);
}

static void
test_pdf_fixture_metadata_and_words (void)
{
  g_autoptr(DiemArticle) article = pdf_test_load_article ("fixtures/pdf-export/lantern-festival.txt");
  g_autofree char *path = export_article (article, "lantern.pdf");
  g_autofree char *headline = diem_article_dup_headline (article);
  g_autofree char *authors = NULL;
  g_autofree char *info = NULL;
  g_autofree char *title = NULL;
  g_autofree char *author = NULL;
  g_autofree char *creator = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *keywords = NULL;
  g_autofree char *size = NULL;
  g_autofree char *pages = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) words = article_words (article);
  GPtrArray *byline = diem_article_get_byline (article);

  assert_is_pdf (path);
  pdf_assert_fonts_embedded (path);
  g_assert_nonnull (headline);
  g_assert_cmpuint (byline->len, >, 1);

  authors = g_strconcat (g_ptr_array_index (byline, 0), NULL);
  for (guint i = 1; i < byline->len; i++)
    {
      char *longer = g_strconcat (authors, ", ", g_ptr_array_index (byline, i), NULL);
      g_free (authors);
      authors = longer;
    }

  info = pdf_tool_run ((const char *[]) { "pdfinfo", path, NULL }, NULL);
  if (info == NULL)
    {
      g_test_skip ("pdfinfo is not installed");
      return;
    }
  title = pdf_info_field (info, "Title");
  author = pdf_info_field (info, "Author");
  creator = pdf_info_field (info, "Creator");
  subject = pdf_info_field (info, "Subject");
  keywords = pdf_info_field (info, "Keywords");
  size = pdf_info_field (info, "Page size");
  pages = pdf_info_field (info, "Pages");
  g_assert_cmpstr (title, ==, headline);
  g_assert_cmpstr (author, ==, authors);
  g_assert_cmpstr (creator, ==, "Điểm Báo " PACKAGE_VERSION);
  /* the subject is the lead; the keywords are the officials */
  g_assert_nonnull (subject);
  g_assert_true (g_str_has_prefix (subject, "Tối 24-2, phố cổ Hội An"));
  g_assert_cmpstr (keywords, ==, "Nguyễn Văn Sơn");
  g_assert_nonnull (size);
  g_assert_true (g_str_has_prefix (size, "595.28 x 841.89"));
  g_assert_cmpint (atoi (pages), ==, (int) count_page_objects (path));
  g_assert_cmpint (atoi (pages), >=, 2);

  text = pdf_text (path);
  g_assert_nonnull (text);
  assert_words_in_order (words, text);
}

/* Without a headline the title hint names the document, and empty lists say so. */
static void
test_pdf_without_headline_or_findings (void)
{
  g_autoptr(DiemArticle) article = pdf_test_load_article ("fixtures/pdf-export/morning-fog.txt");
  g_autofree char *path = export_article (article, "fog.pdf");
  g_autofree char *headline = diem_article_dup_headline (article);
  g_autofree char *info = NULL;
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;
  g_autofree char *folded = NULL;
  g_autoptr(GPtrArray) words = article_words (article);
  const char *none_found = g_dgettext (GETTEXT_PACKAGE, "None found");
  const char *summary;
  guint n_none = 0;

  g_assert_null (headline);
  g_assert_cmpuint (diem_article_get_officials (article)->len, ==, 0);
  g_assert_cmpuint (diem_article_get_awards (article)->len, ==, 0);
  g_assert_cmpuint (diem_article_get_resolutions (article)->len, ==, 0);
  g_assert_cmpuint (count_page_objects (path), ==, 2);

  info = pdf_tool_run ((const char *[]) { "pdfinfo", path, NULL }, NULL);
  text = pdf_text (path);
  if (info == NULL || text == NULL)
    {
      g_test_skip ("poppler-utils are not installed");
      return;
    }
  title = pdf_info_field (info, "Title");
  g_assert_cmpstr (title, ==, diem_article_get_title_hint (article));

  assert_words_in_order (words, text);
  folded = pdf_fold_text (text);
  summary = summary_part (folded);
  for (const char *p = summary; (p = strstr (p, none_found)) != NULL; p++)
    n_none++;
  g_assert_cmpuint (n_none, ==, 3);
  g_assert_null (strstr (summary, g_dgettext (GETTEXT_PACKAGE, "Other documents")));
}

static void
test_pdf_unwritable_path_leaves_nothing (void)
{
  g_autoptr(DiemArticle) article = pdf_test_load_article ("fixtures/pdf-export/morning-fog.txt");
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_build_filename (tmp_dir, "no-such-folder", NULL);
  g_autofree char *path = g_build_filename (folder, "out.pdf", NULL);

  g_assert_false (diem_pdf_export_to_file (article, path, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (error->message);
  g_assert_cmpstr (error->message, !=, "");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
}

/* Paragraphs of made-up Vietnamese, each numbered so its words are unique in order. */
static char *
generate_long_article (guint n_paragraphs)
{
  static const char *const syllables[] = {
    "người", "dân", "thành", "phố", "đã", "cùng", "nhau", "dựng", "lại", "ngôi", "trường",
    "cũ", "bên", "sông", "những", "mùa", "nước", "lũ", "khiến", "việc", "học", "của",
    "trẻ", "em", "gặp", "nhiều", "khó", "khăn", "nhưng", "thầy", "cô", "vẫn", "kiên",
    "trì", "đến", "lớp", "mỗi", "sáng", "Quảng", "Ngãi", "Thừa", "Thiên", "Huế", "ướt",
    "đẫm", "khuỷu", "nghiêng", "ngả", "ỷ", "lại", "ưỡn", "ngực", "đường", "xuyên",
  };
  GString *text = g_string_new ("Bản tin dài về một ngôi trường bên sông\n\n");
  guint seed = 7;

  for (guint i = 0; i < n_paragraphs; i++)
    {
      /* one paragraph in nine is taller than a page, to split across pages */
      guint n_words = i % 9 == 4 ? 900 : 40 + (i * 37) % 90;

      g_string_append_printf (text, "Đoạn %u:", i + 1);
      for (guint w = 0; w < n_words; w++)
        {
          seed = seed * 1103515245 + 12345;
          g_string_append_c (text, ' ');
          g_string_append (text, syllables[(seed >> 16) % G_N_ELEMENTS (syllables)]);
          if (w % 17 == 16)
            g_string_append_printf (text, " %u/%u-QĐ", i + 1, w);
        }
      g_string_append (text, ".\n\n");
      if (i % 5 == 2)
        g_string_append_printf (text, "Học sinh lớp %u bên ngôi trường mới. Ảnh: MINH KHÔI\n\n", i + 1);
    }
  g_string_append (text, "NGUYỄN AN - TRẦN BÌNH\n");
  return g_string_free (text, FALSE);
}

static void
test_pdf_long_article_paginates (void)
{
  g_autofree char *data = generate_long_article (60);
  g_autoptr(GError) error = NULL;
  g_autoptr(DiemArticle) article = diem_article_new_from_data (data, strlen (data), "long.txt", &error);
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) words = NULL;
  guint n_pages;

  g_assert_no_error (error);
  path = export_article (article, "long.pdf");
  n_pages = count_page_objects (path);
  g_assert_cmpuint (n_pages, >, 5);

  text = pdf_text (path);
  if (text == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  words = article_words (article);
  g_assert_cmpuint (words->len, >, 8000);
  assert_words_in_order (words, text);
}

/* A paragraph of half a megabyte (Pango alone would lay it out wrongly) keeps every
 * word, in order, and its pages stay within the page. */
static void
test_pdf_huge_paragraph_keeps_every_word (void)
{
  static const char *const words_pool[] = { "sương", "phủ", "kín", "đồi", "thông", "khuỷu",
                                            "ướt", "98/2023/QH15", "LĐTB-XH", "nghiêng" };
  g_autoptr(GString) data = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DiemArticle) article = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) words = NULL;

  for (guint i = 0; data->len < 450 * 1024; i++)
    g_string_append_printf (data, "%s%s", i > 0 ? " " : "", words_pool[(i * 7 + i / 3) % G_N_ELEMENTS (words_pool)]);
  g_string_append (data, ".\n");

  article = diem_article_new_from_data (data->str, data->len, "huge.txt", &error);
  g_assert_no_error (error);
  path = export_article (article, "huge.pdf");
  g_assert_cmpuint (count_page_objects (path), >, 80);

  text = pdf_text (path);
  if (text == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  words = article_words (article);
  assert_words_in_order (words, text);
}

/* The renderer is not tied to A4 or to PDF: any page size, any cairo target. */
static void
test_page_renderer_draws_inside_any_page (void)
{
  g_autofree char *data = generate_long_article (12);
  g_autoptr(DiemArticle) article = diem_article_new_from_data (data, strlen (data), NULL, NULL);
  g_autoptr(DiemPageRenderer) renderer = diem_page_renderer_new (article, 612, 792, 48);
  guint n_pages = diem_page_renderer_paginate (renderer);

  g_assert_cmpuint (n_pages, >, 2);
  g_assert_cmpuint (diem_page_renderer_get_n_pages (renderer), ==, n_pages);
  g_assert_cmpuint (diem_page_renderer_get_summary_page (renderer), ==, n_pages - 1);

  for (guint i = 0; i < n_pages; i++)
    {
      cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
      cairo_t *cr = cairo_create (surface);
      double x, y, width, height;

      diem_page_renderer_draw_page (renderer, cr, i);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_destroy (cr);
      cairo_recording_surface_ink_extents (surface, &x, &y, &width, &height);
      cairo_surface_destroy (surface);

      /* something on every page, all of it between the side margins and on the page;
       * the running header and the footer sit in the top and bottom margins */
      g_assert_cmpfloat (width, >, 100);
      g_assert_cmpfloat (x, >=, 48 - 2);
      g_assert_cmpfloat (x + width, <=, 612 - 48 + 2);
      g_assert_cmpfloat (y, >=, i == 0 ? 48 - 2 : 0);
      g_assert_cmpfloat (y + height, <=, 792);
    }

  /* a second pass gives the same pages */
  g_assert_cmpuint (diem_page_renderer_paginate (renderer), ==, n_pages);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  tmp_dir = g_dir_make_tmp ("diem-pdf-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/pdf-export/sample-round-trip", test_pdf_sample_round_trip);
  g_test_add_func ("/pdf-export/fixture-metadata-and-words", test_pdf_fixture_metadata_and_words);
  g_test_add_func ("/pdf-export/without-headline-or-findings", test_pdf_without_headline_or_findings);
  g_test_add_func ("/pdf-export/unwritable-path-leaves-nothing", test_pdf_unwritable_path_leaves_nothing);
  g_test_add_func ("/pdf-export/long-article-paginates", test_pdf_long_article_paginates);
  g_test_add_func ("/pdf-export/huge-paragraph-keeps-every-word", test_pdf_huge_paragraph_keeps_every_word);
  g_test_add_func ("/page-renderer/draws-inside-any-page", test_page_renderer_draws_inside_any_page);
  status = g_test_run ();

  pdf_test_remove_dir (tmp_dir);
  return status;
}
