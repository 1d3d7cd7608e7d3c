/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-cli.c — headless extraction and export from the command line
 *
 * Errors are one line on stderr and a non-zero exit; output files are written whole or
 * not at all.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <unistd.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "diem-article.h"
#include "diem-cli.h"
#include "diem-encoding.h"
#include "diem-json-export.h"
#include "diem-pdf-export.h"

static int
fail (const char   *what,
      const GError *error)
{
  g_printerr ("diembao: %s: %s\n", what, error->message);
  return 1;
}

static gboolean
write_json_to_stdout (DiemArticle *article,
                      GError     **error)
{
  gsize length = 0;
  g_autofree char *data = diem_json_export_to_data (article, &length);

  if (fwrite (data, 1, length, stdout) != length || fputc ('\n', stdout) == EOF || fflush (stdout) != 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Cannot write to standard output"));
      return FALSE;
    }
  return TRUE;
}

int
diem_cli_export (const DiemCliRequest *request)
{
  const char *article_path = request->article_path;
  const char *encoding = request->encoding;
  const char *json_path = request->json_path;
  const char *pdf_path = request->pdf_path;
  DiemPdfOptions pdf_options = { DIEM_PAPER_A4, DIEM_PAGE_CONTENTS_BOTH };
  g_autoptr(GFile) file = NULL;
  g_autoptr(DiemArticle) article = NULL;
  g_autoptr(GError) error = NULL;

#ifdef __GLIBC__
  /* An export runs once through a few copies of the whole text: large blocks come from
   * the heap and stay there for the next copy, instead of each being mapped afresh and
   * faulted in page by page (an eighth of the time of a 10 MB export). */
  mallopt (M_MMAP_THRESHOLD, 256 * 1024 * 1024);
  mallopt (M_TRIM_THRESHOLD, 256 * 1024 * 1024);
  mallopt (M_TOP_PAD, 64 * 1024 * 1024);
#endif

  if (request->paper != NULL && !diem_paper_from_name (request->paper, &pdf_options.paper))
    {
      g_printerr ("diembao: %s: %s\n", request->paper, _("unknown paper size (a4, letter)"));
      return 2;
    }
  if (request->pdf_contents != NULL && !diem_page_contents_from_name (request->pdf_contents, &pdf_options.contents))
    {
      g_printerr ("diembao: %s: %s\n", request->pdf_contents, _("unknown PDF contents (both, article, summary)"));
      return 2;
    }

  if (article_path == NULL)
    {
      g_printerr ("diembao: %s\n", _("Export needs an article file: diembao --export-json=OUT ARTICLE"));
      return 2;
    }

  if (encoding != NULL && !diem_encoding_is_known (encoding))
    {
      g_autofree char *known = g_strjoinv (", ", (char **) diem_encoding_names);
      g_printerr ("diembao: %s: %s (%s)\n", encoding, _("unknown encoding"), known);
      return 2;
    }

  file = g_file_new_for_commandline_arg (article_path);
  article = diem_article_new_from_file_full (file, encoding, NULL, &error);
  if (article == NULL)
    return fail (article_path, error);

  if (json_path != NULL)
    {
      gboolean ok = g_strcmp0 (json_path, "-") == 0
                      ? write_json_to_stdout (article, &error)
                      : diem_json_export_to_file (article, json_path, &error);
      if (!ok)
        return fail (json_path, error);
    }

  if (pdf_path != NULL)
    {
      g_autofree char *warning = diem_pdf_coverage_warning (article);

      if (warning != NULL)
        g_printerr ("diembao: %s: %s\n", _("warning"), warning);
    }
  if (pdf_path != NULL && !diem_pdf_export_to_file_full (article, pdf_path, &pdf_options, &error))
    return fail (pdf_path, error);

  return 0;
}
