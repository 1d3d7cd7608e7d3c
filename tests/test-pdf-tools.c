/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-pdf-tools.c — what other PDF software makes of the files
 *
 * pdfinfo (paper, pages, metadata), pdffonts (embedded subsets), qpdf --check,
 * pdftotext (reading order) and pdftoppm (ink where the text is). Each test skips
 * when its tool is not installed.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "diem-article.h"
#include "diem-page-renderer.h"
#include "diem-pdf-export.h"
#include "pdf-test-util.h"

#define MARGIN 56.0

static char *tmp_dir;

static gboolean
have (const char *program)
{
  g_autofree char *path = g_find_program_in_path (program);

  if (path == NULL)
    {
      g_autofree char *message = g_strdup_printf ("%s is not installed", program);
      g_test_skip (message);
    }
  return path != NULL;
}

static guint
count_pages (DiemArticle     *article,
             double           width,
             double           height,
             DiemPageContents contents)
{
  g_autoptr(DiemPageRenderer) renderer = diem_page_renderer_new (article, width, height, MARGIN);

  diem_page_renderer_set_contents (renderer, contents);
  return diem_page_renderer_paginate (renderer);
}

/* pdfinfo: the paper asked for, as many pages as the renderer made, and the metadata. */
static void
test_pdfinfo_paper_pages_and_metadata (void)
{
  g_autoptr(DiemArticle) article = pdf_test_load_article ("fixtures/pdf-export/lantern-festival.txt");
  g_autofree char *headline = diem_article_dup_headline (article);
  const struct
  {
    DiemPaper        paper;
    DiemPageContents contents;
    double           width, height;
    const char      *size;
  } cases[] = {
    { DIEM_PAPER_A4, DIEM_PAGE_CONTENTS_BOTH, 595.28, 841.89, "595.28 x 841.89 pts (A4)" },
    { DIEM_PAPER_LETTER, DIEM_PAGE_CONTENTS_BOTH, 612, 792, "612 x 792 pts (letter)" },
    { DIEM_PAPER_A4, DIEM_PAGE_CONTENTS_ARTICLE, 595.28, 841.89, "595.28 x 841.89 pts (A4)" },
    { DIEM_PAPER_LETTER, DIEM_PAGE_CONTENTS_SUMMARY, 612, 792, "612 x 792 pts (letter)" },
  };

  if (!have ("pdfinfo"))
    return;
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("info-%u.pdf", i);
      g_autofree char *path = pdf_test_export (article, tmp_dir, name, cases[i].paper, cases[i].contents);
      const char *argv[] = { "pdfinfo", path, NULL };
      g_autofree char *info = pdf_tool_run (argv, NULL);
      g_autofree char *size = pdf_info_field (info, "Page size");
      g_autofree char *pages = pdf_info_field (info, "Pages");
      g_autofree char *title = pdf_info_field (info, "Title");
      g_autofree char *author = pdf_info_field (info, "Author");
      g_autofree char *subject = pdf_info_field (info, "Subject");
      g_autofree char *keywords = pdf_info_field (info, "Keywords");
      g_autofree char *creator = pdf_info_field (info, "Creator");

      g_assert_cmpstr (size, ==, cases[i].size);
      g_assert_cmpint (atoi (pages), ==,
                       count_pages (article, cases[i].width, cases[i].height, cases[i].contents));
      g_assert_cmpstr (title, ==, headline);
      g_assert_cmpstr (author, ==, "TRÚC LY, ĐỨC KHUÊ");
      g_assert_nonnull (subject);
      g_assert_true (g_str_has_prefix (subject, "Tối 24-2, phố cổ Hội An (tỉnh Quảng Nam)"));
      g_assert_cmpstr (keywords, ==, "Nguyễn Văn Sơn");
      g_assert_cmpstr (creator, ==, "Điểm Báo " PACKAGE_VERSION);
    }
}

/* pdffonts: every font embedded, as a subset. */
static void
test_pdffonts_embedded_subsets (void)
{
  g_autoptr(DiemArticle) article = pdf_test_load_article ("../data/sample/hcmc-2023-review.txt");
  g_autofree char *path = pdf_test_export (article, tmp_dir, "fonts.pdf", DIEM_PAPER_A4, DIEM_PAGE_CONTENTS_BOTH);

  if (!have ("pdffonts"))
    return;
  /* serif and sans, regular, bold and italic */
  g_assert_cmpuint (pdf_assert_fonts_embedded (path), >=, 4);
}

/* qpdf --check finds nothing wrong, whatever the paper and the parts. */
/* The HTML fixture's photo from its own folder goes into the PDF as it is, once; the
 * remote image it also names is never fetched and stays a placeholder. */
static void
test_pdfimages_local_photo_only (void)
{
  g_autoptr(DiemArticle) article = pdf_test_load_article ("fixtures/html-article/article.html");
  g_autofree char *path = pdf_test_export (article, tmp_dir, "photos.pdf", DIEM_PAPER_A4, DIEM_PAGE_CONTENTS_ARTICLE);
  const char *argv[] = { "pdfimages", "-list", path, NULL };
  g_autofree char *listing = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) fields = NULL;

  if (!have ("pdfimages"))
    return;
  listing = pdf_tool_run (argv, NULL);
  g_assert_nonnull (listing);
  /* two heading lines, then one line an image */
  lines = g_strsplit (g_strstrip (listing), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  fields = g_regex_split_simple ("\\s+", g_strstrip (lines[2]), 0, 0);
  g_assert_cmpstr (fields[2], ==, "image");
  g_assert_cmpstr (fields[3], ==, "64");
  g_assert_cmpstr (fields[4], ==, "48");
  /* the JPEG's own bytes, not re-encoded */
  g_assert_cmpstr (fields[8], ==, "jpeg");
}

/* "Web page, complete": the photo from the page's NAME_files folder is in the PDF. */
static void
test_pdfimages_saved_page_photo (void)
{
  g_autoptr(DiemArticle) article = pdf_test_load_article ("fixtures/web/saved-complete/Cầu mới.html");
  g_autofree char *path = pdf_test_export (article, tmp_dir, "saved.pdf", DIEM_PAPER_A4, DIEM_PAGE_CONTENTS_ARTICLE);
  const char *argv[] = { "pdfimages", "-list", path, NULL };
  g_autofree char *listing = NULL;
  g_auto(GStrv) lines = NULL;

  if (!have ("pdfimages"))
    return;
  listing = pdf_tool_run (argv, NULL);
  g_assert_nonnull (listing);
  lines = g_strsplit (g_strstrip (listing), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
}

/* A single-file save's own photo is in the PDF; the one it does not carry is not. */
static void
test_pdfimages_mhtml_photo (void)
{
  g_autoptr(DiemArticle) article = pdf_test_load_article ("fixtures/web/cau-moi.mhtml");
  g_autofree char *path = pdf_test_export (article, tmp_dir, "mhtml.pdf", DIEM_PAPER_A4, DIEM_PAGE_CONTENTS_ARTICLE);
  const char *argv[] = { "pdfimages", "-list", path, NULL };
  g_autofree char *listing = NULL;
  g_auto(GStrv) lines = NULL;

  if (!have ("pdfimages"))
    return;
  listing = pdf_tool_run (argv, NULL);
  g_assert_nonnull (listing);
  lines = g_strsplit (g_strstrip (listing), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
}

static void
test_qpdf_check_clean (void)
{
  g_autoptr(DiemArticle) sample = pdf_test_load_article ("../data/sample/hcmc-2023-review.txt");
  g_autoptr(DiemArticle) fog = pdf_test_load_article ("fixtures/pdf-export/morning-fog.txt");
  DiemArticle *articles[] = { sample, fog };

  if (!have ("qpdf"))
    return;
  for (guint a = 0; a < G_N_ELEMENTS (articles); a++)
    for (guint contents = DIEM_PAGE_CONTENTS_BOTH; contents <= DIEM_PAGE_CONTENTS_SUMMARY; contents++)
      for (guint paper = DIEM_PAPER_A4; paper <= DIEM_PAPER_LETTER; paper++)
        {
          g_autofree char *name = g_strdup_printf ("check-%u-%u-%u.pdf", a, contents, paper);
          g_autofree char *path = pdf_test_export (articles[a], tmp_dir, name, paper, contents);
          const char *argv[] = { "qpdf", "--check", path, NULL };
          g_autofree char *out = pdf_tool_run (argv, NULL);

          g_assert_nonnull (strstr (out, "No syntax or stream encoding errors found"));
          g_assert_null (strstr (out, "WARNING"));
        }
}

/* The first (or last) few words of a block, folded as pdftotext's output is. */
static char *
block_words (DiemArticle *article,
             DiemBlock   *block,
             gboolean     last)
{
  g_autofree char *raw = diem_article_dup_span (article, block->kind == DIEM_BLOCK_CAPTION ? block->text_span
                                                                                             : block->span);
  g_autofree char *folded = pdf_fold_text (raw);
  g_auto(GStrv) words = g_strsplit (folded, " ", -1);
  g_autoptr(GString) out = g_string_new (NULL);
  guint n = g_strv_length (words), count = MIN (n, 3);

  for (guint i = last ? n - count : 0; i < (last ? n : count); i++)
    {
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, words[i]);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* pdftotext: the blocks read in the article's order, each one's first words after
 * the last words of the one before; so a caption reads after the paragraph it
 * follows and before the next one. */
static void
test_pdftotext_caption_reading_order (void)
{
  const char *files[] = { "fixtures/pdf-export/lantern-festival.txt", "../data/sample/hcmc-2023-review.txt" };
  guint n_captions = 0;

  if (!have ("pdftotext"))
    return;
  for (guint f = 0; f < G_N_ELEMENTS (files); f++)
    {
      g_autoptr(DiemArticle) article = pdf_test_load_article (files[f]);
      g_autofree char *name = g_strdup_printf ("order-%u.pdf", f);
      g_autofree char *path = pdf_test_export (article, tmp_dir, name, DIEM_PAPER_A4, DIEM_PAGE_CONTENTS_ARTICLE);
      g_autofree char *text = pdf_text (path);
      g_autofree char *folded = pdf_fold_text (text);
      GPtrArray *blocks = diem_article_get_blocks (article);
      const char *cursor = folded;

      for (guint i = 0; i < blocks->len; i++)
        {
          DiemBlock *block = g_ptr_array_index (blocks, i);
          g_autofree char *first = block_words (article, block, FALSE);
          g_autofree char *last = block_words (article, block, TRUE);
          const char *start = strstr (cursor, first);
          const char *end = start != NULL ? strstr (start, last) : NULL;

          if (end == NULL)
            g_test_message ("block %u (%s) “%s … %s” is not where it should be", i,
                            diem_block_kind_name (block->kind), first, last);
          g_assert_nonnull (end);
          cursor = end + strlen (last);
          n_captions += block->kind == DIEM_BLOCK_CAPTION && i > 0 && i + 1 < blocks->len;
        }
    }
  g_assert_cmpuint (n_captions, >=, 3);
}

/* A rendered page in grey levels (P5 PGM); NULL without pdftoppm. */
static guchar *
render_page (const char *path,
             guint       page,
             guint       dpi,
             guint      *width,
             guint      *height)
{
  g_autofree char *number = g_strdup_printf ("%u", page);
  g_autofree char *resolution = g_strdup_printf ("%u", dpi);
  g_autofree char *prefix = g_strdup_printf ("%s-page%u", path, page);
  g_autofree char *image_path = g_strconcat (prefix, ".pgm", NULL);
  const char *argv[] = { "pdftoppm", "-gray", "-r", resolution, "-f", number, "-l", number,
                         "-singlefile", path, prefix, NULL };
  g_autofree char *out = pdf_tool_run (argv, NULL);
  g_autofree char *data = NULL;
  gsize length = 0;
  guint max = 0;
  int header = 0;
  guchar *pixels;

  if (out == NULL)
    return NULL;
  g_assert_true (g_file_get_contents (image_path, &data, &length, NULL));
  g_unlink (image_path);
  g_assert_cmpint (sscanf (data, "P5 %u %u %u%n", width, height, &max, &header), ==, 3);
  g_assert_cmpuint (max, ==, 255);
  header++; /* the single white space after the maximum */
  g_assert_cmpuint (length, ==, (gsize) header + (gsize) *width * *height);
  pixels = g_malloc ((gsize) *width * *height);
  memcpy (pixels, data + header, (gsize) *width * *height);
  return pixels;
}

/* The share of pixels darker than paper in a rectangle, in points. */
static double
ink_share (const guchar *pixels,
           guint         width,
           double        scale,
           double        x0,
           double        y0,
           double        x1,
           double        y1)
{
  guint inked = 0, total = 0;

  for (guint y = (guint) (y0 * scale); y < (guint) (y1 * scale); y++)
    for (guint x = (guint) (x0 * scale); x < (guint) (x1 * scale); x++)
      {
        inked += pixels[y * width + x] < 200;
        total++;
      }
  return total > 0 ? (double) inked / total : 0;
}

/* pdftoppm: ink in the text area of the first page and of the summary, none in
 * the side margins. */
static void
test_pdftoppm_pages_not_blank (void)
{
  g_autoptr(DiemArticle) article = pdf_test_load_article ("../data/sample/hcmc-2023-review.txt");
  g_autofree char *path = pdf_test_export (article, tmp_dir, "render.pdf", DIEM_PAPER_A4, DIEM_PAGE_CONTENTS_BOTH);
  g_autoptr(DiemPageRenderer) renderer = diem_page_renderer_new (article, 595.28, 841.89, MARGIN);
  guint pages[2];

  if (!have ("pdftoppm"))
    return;
  diem_page_renderer_paginate (renderer);
  pages[0] = 1;
  pages[1] = diem_page_renderer_get_summary_page (renderer) + 1;
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      guint width = 0, height = 0;
      g_autofree guchar *pixels = render_page (path, pages[i], 50, &width, &height);
      double scale = 50 / 72.0;
      double text = ink_share (pixels, width, scale, MARGIN, MARGIN, 595.28 - MARGIN, 400);
      double left = ink_share (pixels, width, scale, 4, MARGIN, MARGIN - 6, 841.89 - MARGIN);
      double right = ink_share (pixels, width, scale, 595.28 - MARGIN + 6, MARGIN, 591, 841.89 - MARGIN);

      g_assert_cmpuint (width, ==, (guint) ceil (595.28 * scale));
      g_assert_cmpuint (height, ==, (guint) ceil (841.89 * scale));
      g_test_message ("page %u: %.1f%% of the text area inked, %.2f%% and %.2f%% of the side margins",
                      pages[i], text * 100, left * 100, right * 100);
      g_assert_cmpfloat (text, >, 0.04);
      g_assert_cmpfloat (left, <, 0.001);
      g_assert_cmpfloat (right, <, 0.001);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  tmp_dir = g_dir_make_tmp ("diem-pdf-tools-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/pdf-tools/pdfinfo-paper-pages-and-metadata", test_pdfinfo_paper_pages_and_metadata);
  g_test_add_func ("/pdf-tools/pdffonts-embedded-subsets", test_pdffonts_embedded_subsets);
  g_test_add_func ("/pdf-tools/qpdf-check-clean", test_qpdf_check_clean);
  g_test_add_func ("/pdf-tools/pdfimages-local-photo-only", test_pdfimages_local_photo_only);
  g_test_add_func ("/pdf-tools/pdfimages-saved-page-photo", test_pdfimages_saved_page_photo);
  g_test_add_func ("/pdf-tools/pdfimages-mhtml-photo", test_pdfimages_mhtml_photo);
  g_test_add_func ("/pdf-tools/pdftotext-caption-reading-order", test_pdftotext_caption_reading_order);
  g_test_add_func ("/pdf-tools/pdftoppm-pages-not-blank", test_pdftoppm_pages_not_blank);
  status = g_test_run ();

  pdf_test_remove_dir (tmp_dir);
  return status;
}
