/* diem-cli.c — headless extraction and export from the command line
 *
 * Errors are one line on stderr and a non-zero exit; output files are written whole or
 * not at all.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <unistd.h>

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
diem_cli_export (const char *article_path,
                 const char *encoding,
                 const char *json_path,
                 const char *pdf_path)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(DiemArticle) article = NULL;
  g_autoptr(GError) error = NULL;

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

  if (pdf_path != NULL && !diem_pdf_export_to_file (article, pdf_path, &error))
    return fail (pdf_path, error);

  return 0;
}
