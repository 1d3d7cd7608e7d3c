/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-pdf-tables.c — the summary sheet's tables, read back from the PDF
 *
 * pdftotext -bbox says where each word of a row sits, pdftotext -layout how a row
 * reads; the renderer's boxes say how rows were placed on pages.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "diem-article.h"
#include "diem-page-renderer.h"
#include "diem-pdf-export.h"
#include "pdf-test-util.h"

#define A4_WIDTH  595.28
#define A4_HEIGHT 841.89
#define MARGIN    56.0

static char *tmp_dir;

/* pdftotext -layout of one page (every page for 0), NFC; NULL without pdftotext. */
static char *
page_layout_text (const char *path,
                  guint       page)
{
  g_autofree char *number = g_strdup_printf ("%u", page);
  const char *argv[] = { "pdftotext", "-layout", "-enc", "UTF-8", "-f", number, "-l", number, path, "-", NULL };
  const char *all_pages[] = { "pdftotext", "-layout", "-enc", "UTF-8", path, "-", NULL };
  g_autofree char *out = pdf_tool_run (page > 0 ? argv : all_pages, NULL);

  return out != NULL ? g_utf8_normalize (out, -1, G_NORMALIZE_NFC) : NULL;
}

/* The first run of words that reads @phrase and starts within 2 pt of @x; its first
 * word, or NULL. */
static const PdfWord *
find_phrase (GArray     *words,
             const char *phrase,
             double      x)
{
  g_autofree char *folded = pdf_fold_text (phrase);
  g_auto(GStrv) parts = g_strsplit (folded, " ", -1);
  guint n = g_strv_length (parts);

  for (guint i = 0; i + n <= words->len; i++)
    {
      const PdfWord *first = &g_array_index (words, PdfWord, i);
      gboolean match = fabs (first->x0 - x) < 2;

      for (guint k = 0; match && k < n; k++)
        match = g_strcmp0 (g_array_index (words, PdfWord, i + k).text, parts[k]) == 0;
      if (match)
        return first;
    }
  return NULL;
}

/* Where the column whose header starts with @title starts, from a page's words. */
static double
column_x (GArray     *words,
          const char *title)
{
  g_auto(GStrv) title_words = g_strsplit (g_dgettext (GETTEXT_PACKAGE, title), " ", 2);

  for (guint i = 0; i < words->len; i++)
    if (g_strcmp0 (g_array_index (words, PdfWord, i).text, title_words[0]) == 0)
      return g_array_index (words, PdfWord, i).x0;
  g_test_message ("no column “%s”", title);
  g_assert_not_reached ();
}

/* Each official is a row: the name in the first column, the first title in the
 * second on the same baseline, the mention count flush right on it too; and the row
 * reads name, titles, count. */
static void
test_official_is_one_row (void)
{
  g_autoptr(DiemArticle) article = pdf_test_load_article ("../data/sample/hcmc-2023-review.txt");
  g_autofree char *path = pdf_test_export (article, tmp_dir, "officials.pdf", DIEM_PAPER_A4, DIEM_PAGE_CONTENTS_BOTH);
  g_autoptr(DiemPageRenderer) renderer = diem_page_renderer_new (article, A4_WIDTH, A4_HEIGHT, MARGIN);
  GPtrArray *officials = diem_article_get_officials (article);
  g_autoptr(GArray) words = NULL;
  g_autofree char *layout = NULL;
  double titles_x, mentions_x;
  guint summary_page;

  diem_page_renderer_paginate (renderer);
  summary_page = diem_page_renderer_get_summary_page (renderer) + 1;
  words = pdf_page_words (path, summary_page);
  if (words == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  layout = page_layout_text (path, summary_page);
  g_assert_cmpuint (officials->len, >=, 5);
  /* the header's words: where the columns start, and the right-aligned count's title */
  g_assert_cmpfloat (fabs (column_x (words, "Name") - MARGIN), <, 0.5);
  titles_x = column_x (words, "Titles");
  mentions_x = column_x (words, "Mentions");
  g_assert_cmpfloat (titles_x, >, MARGIN + 100);

  for (guint i = 0; i < officials->len; i++)
    {
      DiemOfficial *official = g_ptr_array_index (officials, i);
      const char *title = g_ptr_array_index (official->titles, 0);
      g_autofree char *count = g_strdup_printf ("%u", official->mentions->len);
      g_autofree char *name_nfc = pdf_fold_text (official->name);
      g_autofree char *title_nfc = pdf_fold_text (title);
      g_autofree char *pattern = NULL;
      const PdfWord *name_word = find_phrase (words, official->name, MARGIN);
      const PdfWord *title_word = find_phrase (words, title, titles_x);
      const PdfWord *count_word = NULL;

      if (name_word == NULL || title_word == NULL)
        g_test_message ("“%s” or “%s” is not where its column starts", official->name, title);
      g_assert_nonnull (name_word);
      g_assert_nonnull (title_word);
      for (guint k = 0; k < words->len && count_word == NULL; k++)
        {
          const PdfWord *word = &g_array_index (words, PdfWord, k);

          if (g_strcmp0 (word->text, count) == 0 && fabs (word->y1 - name_word->y1) < 1)
            count_word = word;
        }

      /* one baseline band: the boxes' bottoms (baseline and descent) agree */
      g_assert_nonnull (count_word);
      g_assert_cmpfloat (fabs (title_word->y1 - name_word->y1), <, 1);
      /* the count right-aligned in the last column, which ends at the margin */
      g_assert_cmpfloat (fabs (count_word->x1 - (A4_WIDTH - MARGIN)), <, 1.5);
      g_assert_cmpfloat (count_word->x0, >, mentions_x);

      /* a line of the text reads name, first title, count */
      pattern = g_strdup_printf ("(?m)^\\s*\\Q%s\\E\\s{2,}\\Q%s\\E\\s{2,}%s\\s*$", name_nfc, title_nfc, count);
      if (!g_regex_match_simple (pattern, layout, 0, 0))
        g_test_message ("no line reads %s", pattern);
      g_assert_true (g_regex_match_simple (pattern, layout, 0, 0));
    }
}

/* A number alone is shown with its kind, as in the sidebar; the issuer beside it. */
static void
test_document_reads_kind_number_and_issuer (void)
{
  g_autoptr(DiemArticle) article = pdf_test_load_article ("../data/sample/hcmc-2023-review.txt");
  g_autofree char *path = pdf_test_export (article, tmp_dir, "documents.pdf", DIEM_PAPER_A4, DIEM_PAGE_CONTENTS_SUMMARY);
  g_autofree char *layout = page_layout_text (path, 0);
  GPtrArray *resolutions = diem_article_get_resolutions (article);
  guint numbered = 0;

  if (layout == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  g_assert_cmpuint (resolutions->len, >, 0);
  for (guint i = 0; i < resolutions->len; i++)
    {
      DiemDocument *document = g_ptr_array_index (resolutions, i);
      g_autofree char *id = pdf_fold_text (document->id);
      g_autofree char *issuer = pdf_fold_text (document->issuer != NULL ? document->issuer : "");
      g_autofree char *pattern = NULL;

      if (g_ascii_isdigit (document->id[0]))
        {
          /* a number has its kind in front, in the article's words */
          g_autofree char *kind = pdf_fold_text (diem_document_kind_words (document->kind));

          pattern = g_strdup_printf ("(?m)^\\s*\\Q%s %s\\E\\s{2,}\\Q%s\\E", kind, id, issuer);
          numbered++;
        }
      else
        pattern = g_strdup_printf ("(?m)^\\s*\\Q%s\\E\\s{2,}\\Q%s\\E", id, issuer);
      if (!g_regex_match_simple (pattern, layout, 0, 0))
        g_test_message ("no line reads %s", pattern);
      g_assert_true (g_regex_match_simple (pattern, layout, 0, 0));
    }
  g_assert_cmpuint (numbered, >, 0);
}

static int
compare_reading_order (gconstpointer a,
                       gconstpointer b,
                       gpointer      data)
{
  const PdfWord *x = *(PdfWord *const *) a, *y = *(PdfWord *const *) b;

  if (fabs (x->y0 - y->y0) > 1)
    return x->y0 < y->y0 ? -1 : 1;
  return x->x0 < y->x0 ? -1 : x->x0 > y->x0;
}

/* The words of the column from @x to @end_x between the running header and the
 * footer, line by line, a comma after each entry (a line that starts at the column's
 * edge starts one). */
static void
column_text (GArray  *words,
             double   x,
             double   end_x,
             GString *out)
{
  g_autoptr(GPtrArray) column = g_ptr_array_new ();

  for (guint i = 0; i < words->len; i++)
    {
      PdfWord *word = &g_array_index (words, PdfWord, i);

      if (word->x0 > x - 1 && word->x1 < end_x && word->y0 > MARGIN && word->y1 < A4_HEIGHT - MARGIN)
        g_ptr_array_add (column, word);
    }
  g_ptr_array_sort_with_data (column, compare_reading_order, NULL);
  for (guint i = 0; i < column->len; i++)
    {
      PdfWord *word = g_ptr_array_index (column, i);
      PdfWord *next = i + 1 < column->len ? g_ptr_array_index (column, i + 1) : NULL;

      g_string_append (out, word->text);
      /* a recipient ends where the next line starts at the column's edge */
      if (next == NULL || (fabs (next->y0 - word->y0) > 1 && fabs (next->x0 - x) < 1))
        g_string_append_c (out, ',');
      g_string_append_c (out, ' ');
    }
}

/* An honour with so many recipients that its row is taller than a page. */
static DiemArticle *
new_long_award_article (guint n_recipients)
{
  g_autoptr(GString) text = g_string_new ("Tổng kết năm học\n\n"
                                          "Chủ tịch UBND tỉnh Thừa Thiên Huế Nguyễn Văn Phương trao Bằng khen cho ");
  g_autoptr(GError) error = NULL;
  DiemArticle *article;

  for (guint i = 1; i <= n_recipients; i++)
    g_string_append_printf (text, "%sTrường Tiểu học số %u huyện Phong Điền",
                            i == 1 ? "" : i == n_recipients ? " và " : ", ", i);
  g_string_append (text, ".\n");
  article = diem_article_new_from_data (text->str, text->len, "tong-ket.txt", &error);
  g_assert_no_error (error);
  return article;
}

/* A row taller than a page goes on to the next page at a line break, under the
 * table's header row repeated there; no line is lost or shown twice. */
static void
test_row_taller_than_a_page (void)
{
  const guint n_recipients = 90;
  g_autoptr(DiemArticle) article = new_long_award_article (n_recipients);
  g_autofree char *path = NULL;
  g_autoptr(DiemPageRenderer) renderer = diem_page_renderer_new (article, A4_WIDTH, A4_HEIGHT, MARGIN);
  g_autoptr(GString) all = g_string_new (NULL);
  const char *headers[] = { "Award tier", "Recipients", "Presented by" };
  const char *at;
  double recipients_x = 0, presenters_x = 0;
  guint n_pages, row_layout = G_MAXUINT;
  int next_line = 0, row_lines = -1;
  gboolean continued_on[8] = { FALSE };

  g_assert_cmpuint (diem_article_get_awards (article)->len, ==, 1);
  g_assert_cmpuint (((DiemAward *) g_ptr_array_index (diem_article_get_awards (article), 0))->recipients->len,
                    ==, n_recipients);

  /* the boxes: the row in parts of two lines or more, each under the header */
  diem_page_renderer_set_contents (renderer, DIEM_PAGE_CONTENTS_SUMMARY);
  n_pages = diem_page_renderer_paginate (renderer);
  g_assert_cmpuint (n_pages, >=, 2);
  g_assert_cmpuint (n_pages, <=, G_N_ELEMENTS (continued_on));
  for (guint p = 0; p < n_pages; p++)
    {
      DiemPageBox box, before = { 0 };

      for (guint i = 0; diem_page_renderer_get_box (renderer, p, i, &box); before = box, i++)
        {
          if (box.kind != DIEM_PAGE_BOX_TABLE_ROW || box.table == G_MAXUINT)
            continue;
          if (row_layout == G_MAXUINT && box.end_line - box.first_line > 2)
            row_layout = box.layout;
          if (box.layout != row_layout)
            continue;
          g_assert_cmpint (box.first_line, ==, next_line);
          g_assert_cmpint (box.end_line - box.first_line, >=, 2);
          g_assert_cmpint (before.kind, ==, DIEM_PAGE_BOX_TABLE_HEADER);
          g_assert_cmpuint (before.table, ==, box.table);
          g_assert_true (before.repeated == (p > 0));
          continued_on[p] = p > 0;
          next_line = box.end_line;
          row_lines = box.n_lines;
        }
    }
  g_assert_cmpuint (row_layout, !=, G_MAXUINT);
  g_assert_cmpint (next_line, ==, row_lines);

  /* the text: the header at the top of each page, every recipient once, in order */
  path = pdf_test_export (article, tmp_dir, "long-row.pdf", DIEM_PAPER_A4, DIEM_PAGE_CONTENTS_SUMMARY);
  for (guint p = 1; p <= n_pages; p++)
    {
      g_autofree char *layout = page_layout_text (path, p);
      g_autoptr(GArray) words = pdf_page_words (path, p);
      g_auto(GStrv) lines = NULL;
      guint k = 0;

      if (layout == NULL || words == NULL)
        {
          g_test_skip ("pdftotext is not installed");
          return;
        }
      if (p == 1)
        {
          recipients_x = column_x (words, "Recipients");
          presenters_x = column_x (words, "Presented by");
        }
      column_text (words, recipients_x, presenters_x, all);
      if (!continued_on[p - 1])
        continue;
      /* the running header, then the table's */
      lines = g_strsplit (layout, "\n", -1);
      while (lines[k] != NULL && (*g_strstrip (lines[k]) == '\0' || strstr (lines[k], "Tổng kết") != NULL))
        k++;
      g_assert_nonnull (lines[k]);
      for (guint h = 0; h < G_N_ELEMENTS (headers); h++)
        {
          if (strstr (lines[k], g_dgettext (GETTEXT_PACKAGE, headers[h])) == NULL)
            g_test_message ("page %u starts with “%s”", p, lines[k]);
          g_assert_nonnull (strstr (lines[k], g_dgettext (GETTEXT_PACKAGE, headers[h])));
        }
    }

  g_assert_true (continued_on[1]);
  at = all->str;
  for (guint i = 1; i <= n_recipients; i++)
    {
      g_autofree char *recipient = g_strdup_printf ("Trường Tiểu học số %u huyện Phong Điền,", i);
      g_autofree char *folded = pdf_fold_text (recipient);
      const char *found = strstr (at, folded);

      if (found == NULL)
        g_test_message ("“%s” is missing or out of order", recipient);
      g_assert_nonnull (found);
      at = found + strlen (folded);
      /* once only */
      g_assert_null (strstr (at, folded));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  g_setenv ("SOURCE_DATE_EPOCH", "1700000000", TRUE);

  tmp_dir = g_dir_make_tmp ("diem-pdf-tables-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/pdf-tables/official-is-one-row", test_official_is_one_row);
  g_test_add_func ("/pdf-tables/document-kind-number-issuer", test_document_reads_kind_number_and_issuer);
  g_test_add_func ("/pdf-tables/row-taller-than-a-page", test_row_taller_than_a_page);
  status = g_test_run ();

  pdf_test_remove_dir (tmp_dir);
  return status;
}
