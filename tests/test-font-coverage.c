/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-font-coverage.c — every Vietnamese letter is drawn by the body font and comes
 * back out of the PDF unchanged */
#include <glib/gstdio.h>
#include <string.h>

#include "diem-font-coverage.h"
#include "diem-page-renderer.h"
#include "diem-pdf-export.h"

/* The 12 vowels, each bare and with the 5 tones, in both cases, then đ and Đ. */
static char *
all_vietnamese_letters (void)
{
  static const char *const vowels[] = { "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y" };
  static const char *const tones[] = { "", "\xcc\x80", "\xcc\x81", "\xcc\x89", "\xcc\x83", "\xcc\xa3" };
  g_autoptr(GString) letters = g_string_new (NULL);
  g_autofree char *upper = NULL;
  g_autofree char *nfc = NULL;

  for (guint v = 0; v < G_N_ELEMENTS (vowels); v++)
    for (guint t = 0; t < G_N_ELEMENTS (tones); t++)
      g_string_append_printf (letters, "%s%s ", vowels[v], tones[t]);
  g_string_append (letters, "đ");
  upper = g_utf8_strup (letters->str, -1);
  g_string_append_printf (letters, " %s", upper);
  nfc = g_utf8_normalize (letters->str, -1, G_NORMALIZE_NFC);
  return g_steal_pointer (&nfc);
}

static void
test_coverage_every_vietnamese_letter (void)
{
  g_autofree char *letters = all_vietnamese_letters ();
  g_autofree char *family = NULL;
  g_autofree char *missing = diem_font_coverage_missing (DIEM_PAGE_BODY_FAMILIES, letters, &family);
  g_auto(GStrv) each = g_strsplit (letters, " ", -1);

  /* 72 vowel forms and đ, in each case */
  g_assert_cmpuint (g_strv_length (each), ==, 2 * (72 + 1));
  g_assert_nonnull (family);
  g_assert_null (missing);
}

static void
test_coverage_reports_what_the_font_lacks (void)
{
  /* U+1D54F MATHEMATICAL DOUBLE-STRUCK CAPITAL X: in no text face */
  g_autofree char *missing = diem_font_coverage_missing (DIEM_PAGE_BODY_FAMILIES, "Chữ \xf0\x9d\x95\x8f lạ, \xf0\x9d\x95\x8f", NULL);

  g_assert_cmpstr (missing, ==, "\xf0\x9d\x95\x8f");
}

/* pdftotext guesses word breaks from gaps, and a justified line of one-letter words
 * defeats it: the letters are compared without any white space. */
static char *
drop_space (const char *text)
{
  g_autofree char *nfc = g_utf8_normalize (text, -1, G_NORMALIZE_NFC);
  g_auto(GStrv) words = g_strsplit_set (nfc, " \n\r\t\f", -1);

  return g_strjoinv ("", words);
}

static void
test_coverage_pdf_round_trip (void)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *letters = all_vietnamese_letters ();
  g_autofree char *text = g_strdup_printf ("Bảng chữ cái\n\n%s\n", letters);
  g_autoptr(DiemArticle) article = diem_article_new_from_data (text, strlen (text), "chu-cai.txt", NULL);
  g_autofree char *dir = g_dir_make_tmp ("diem-letters-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "letters.pdf", NULL);
  const DiemPdfOptions options = { DIEM_PAPER_A4, DIEM_PAGE_CONTENTS_ARTICLE };
  g_autofree char *out = NULL;
  g_autofree char *got = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_true (diem_pdf_export_to_file_full (article, pdf, &options, &error));
  g_assert_no_error (error);
  g_assert_null (diem_pdf_coverage_warning (article));
  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext is not installed");
    }
  else
    {
      const char *argv[] = { pdftotext, "-enc", "UTF-8", pdf, "-", NULL };

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                                   &out, NULL, &status, &error));
      g_assert_no_error (error);
      got = drop_space (out);
      expected = drop_space (text);
      /* the page footer follows the text */
      g_assert_true (g_str_has_prefix (got, expected));
    }
  g_remove (pdf);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/font-coverage/every-vietnamese-letter", test_coverage_every_vietnamese_letter);
  g_test_add_func ("/font-coverage/reports-what-the-font-lacks", test_coverage_reports_what_the_font_lacks);
  g_test_add_func ("/font-coverage/pdf-round-trip", test_coverage_pdf_round_trip);

  return g_test_run ();
}
