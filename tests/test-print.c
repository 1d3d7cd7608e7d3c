/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-print.c — printing goes through the same pages as the PDF export */
#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>

#include "diem-pdf-export.h"
#include "pdf-test-util.h"
#include "diem-print.h"

static gboolean have_display;

static guint
count_pages (const char *path)
{
  g_autofree char *pdf = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &pdf, &length, NULL));
  g_assert_true (g_str_has_prefix (pdf, "%PDF-"));
  return pdf_count_pages (pdf, length);
}

static char *
print_to_file (DiemArticle *article,
               const char  *dir,
               const char  *paper)
{
  g_autoptr(GtkPrintOperation) operation = diem_print_operation_new (article);
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) size = gtk_paper_size_new (paper);
  g_autoptr(GError) error = NULL;
  char *path = g_strdup_printf ("%s/printed-%s.pdf", dir, paper);
  GtkPrintOperationResult result;

  gtk_page_setup_set_paper_size (setup, size);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_export_filename (operation, path);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  return path;
}

static void
test_print_matches_pdf_export (void)
{
  g_autoptr(DiemArticle) article = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *exported = NULL;
  g_autofree char *printed = NULL;
  g_autoptr(GArray) exported_links = NULL;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }
  article = diem_article_new_sample (NULL);
  dir = g_dir_make_tmp ("diem-print-XXXXXX", NULL);
  exported = g_build_filename (dir, "exported.pdf", NULL);
  g_assert_true (diem_pdf_export_to_file (article, exported, NULL));
  printed = print_to_file (article, dir, GTK_PAPER_NAME_A4);

  g_assert_cmpuint (count_pages (printed), ==, count_pages (exported));
  g_assert_cmpuint (count_pages (printed), >=, 2);

  /* the printed file is as sound as the exported one, its links lead to the same
   * pages and lines */
  exported_links = pdf_links (exported);
  if (exported_links != NULL)
    {
      g_autoptr(GArray) printed_links = pdf_links (printed);
      const char *argv[] = { "qpdf", "--check", printed, NULL };
      g_autofree char *check = pdf_tool_run (argv, NULL);

      g_assert_null (strstr (check, "WARNING"));
      g_assert_cmpuint (printed_links->len, ==, exported_links->len);
      g_assert_cmpuint (printed_links->len, >, 0);
      for (guint i = 0; i < printed_links->len; i++)
        {
          PdfLink *link = &g_array_index (printed_links, PdfLink, i);
          PdfLink *expected = &g_array_index (exported_links, PdfLink, i);

          g_assert_cmpuint (link->dest_page, ==, expected->dest_page);
          g_assert_cmpfloat_with_epsilon (link->dest_x, expected->dest_x, 1);
          g_assert_cmpfloat_with_epsilon (link->dest_y, expected->dest_y, 1);
        }
    }
  g_remove (printed);
  g_remove (exported);
  g_rmdir (dir);
}

static void
test_print_on_letter_paper (void)
{
  g_autoptr(DiemArticle) article = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *printed = NULL;
  g_autofree char *pdf = NULL;
  gsize length = 0;
  gboolean found = FALSE;
  double width = 0, height = 0;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }
  article = diem_article_new_sample (NULL);
  dir = g_dir_make_tmp ("diem-print-XXXXXX", NULL);
  printed = print_to_file (article, dir, GTK_PAPER_NAME_LETTER);
  g_assert_true (g_file_get_contents (printed, &pdf, &length, NULL));
  /* US Letter is 612 × 792 points */
  found = pdf_first_page_size (pdf, length, &width, &height);
  g_assert_true (found);
  g_assert_cmpfloat_with_epsilon (width, 612, 0.5);
  g_assert_cmpfloat_with_epsilon (height, 792, 0.5);
  g_assert_cmpuint (count_pages (printed), >=, 2);
  g_remove (printed);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  have_display = gtk_init_check ();

  g_test_add_func ("/print/matches-pdf-export", test_print_matches_pdf_export);
  g_test_add_func ("/print/letter-paper", test_print_on_letter_paper);

  return g_test_run ();
}
