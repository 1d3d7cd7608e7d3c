/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-cli.c — headless extraction and export from the command line
 *
 * Errors are one line on stderr and a non-zero exit; output files are written whole or
 * not at all, and when both exports are asked, both are written or neither.
 */
/* sbrk (), madvise () */
#define _DEFAULT_SOURCE

#include "config.h"

#include <gio/gunixoutputstream.h>
#include <glib/gi18n.h>
#include <stdio.h>
#include <unistd.h>
#ifdef __GLIBC__
#include <malloc.h>
#include <sys/mman.h>
#endif

#include "diem-article.h"
#include "diem-cli.h"
#include "diem-encoding.h"
#include "diem-file-util.h"
#include "diem-json-export.h"
#include "diem-pdf-export.h"

/* One line whatever the names hold: control characters (a newline in a file name) are
 * written as escapes, bytes that are not UTF-8 as U+FFFD. */
static void
print_error_line (const char *line)
{
  g_autofree char *valid = g_utf8_make_valid (line, -1);
  g_autoptr(GString) out = g_string_new ("diembao: ");

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n')
        g_string_append (out, "\\n");
      else if (c == '\t')
        g_string_append (out, "\\t");
      else if (g_unichar_iscntrl (c))
        g_string_append_printf (out, "\\x%02X", c);
      else
        g_string_append_unichar (out, c);
    }
  g_printerr ("%s\n", out->str);
}

static int
fail_with (int         status,
           const char *path,
           const char *message)
{
  g_autofree char *name = path != NULL ? g_filename_display_name (path) : NULL;
  g_autofree char *line = name != NULL ? g_strdup_printf ("%s: %s", name, message) : g_strdup (message);

  print_error_line (line);
  return status;
}

static int
fail (const char   *path,
      const GError *error)
{
  return fail_with (1, path, error->message);
}

static gboolean
is_stdout (const char *path)
{
  return g_strcmp0 (path, "-") == 0;
}

/* An export must never replace the article it is made from, nor the other export. */
static int
check_outputs (const DiemCliRequest *request)
{
  const char *outputs[] = { request->json_path, request->pdf_path };

  for (guint i = 0; i < G_N_ELEMENTS (outputs); i++)
    if (outputs[i] != NULL && !is_stdout (outputs[i])
        && diem_file_is_same (outputs[i], request->article_path))
      return fail_with (2, outputs[i], _("this is the article itself: an export never overwrites its article"));
  if (request->json_path != NULL && request->pdf_path != NULL)
    {
      if (is_stdout (request->json_path) && is_stdout (request->pdf_path))
        return fail_with (2, NULL, _("The JSON and the PDF cannot both go to standard output"));
      if (!is_stdout (request->json_path) && !is_stdout (request->pdf_path)
          && diem_file_is_same (request->json_path, request->pdf_path))
        return fail_with (2, request->pdf_path, _("the JSON and the PDF cannot be written to the same file"));
    }
  return 0;
}

#if defined(__GLIBC__) && defined(MADV_HUGEPAGE)
#define DIEM_HUGE_PAGE_HEAP
#define HUGE_PAGE (2 * 1024 * 1024)

/* The heap an export of @input_bytes will use, grown once and given transparent huge
 * pages: on a virtual machine each 4 kB page faulted in costs microseconds, a fifth of
 * a 10 MB export. The block is freed at once; the trim threshold keeps it in the heap
 * and untouched pages cost nothing. */
static void
prepare_heap (gsize input_bytes)
{
  gsize size = MIN (input_bytes * 8 + 32 * 1024 * 1024, (gsize) 192 * 1024 * 1024);
  guintptr start = (guintptr) sbrk (0);
  guintptr end;
  void *block = malloc (size);

  if (block == NULL)
    return;
  free (block);
  end = (guintptr) sbrk (0);
  start = (start + HUGE_PAGE - 1) & ~(guintptr) (HUGE_PAGE - 1);
  end &= ~(guintptr) (HUGE_PAGE - 1);
  if (end > start)
    madvise ((void *) start, end - start, MADV_HUGEPAGE);
}
#endif

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
  g_autoptr(DiemAtomicFile) pdf_file = NULL;
  g_autoptr(GError) error = NULL;
  int status;

#ifdef __GLIBC__
  /* An export runs once through a few copies of the whole text: large blocks come from
   * the heap and stay there for the next copy, instead of each being mapped afresh and
   * faulted in page by page (an eighth of the time of a 10 MB export). */
  mallopt (M_MMAP_THRESHOLD, 256 * 1024 * 1024);
  mallopt (M_TRIM_THRESHOLD, 256 * 1024 * 1024);
  mallopt (M_TOP_PAD, 64 * 1024 * 1024);
#endif

  if (request->paper != NULL && !diem_paper_from_name (request->paper, &pdf_options.paper))
    return fail_with (2, request->paper, _("unknown paper size (a4, letter)"));
  if (request->pdf_contents != NULL && !diem_page_contents_from_name (request->pdf_contents, &pdf_options.contents))
    return fail_with (2, request->pdf_contents, _("unknown PDF contents (both, article, summary)"));

  if (article_path == NULL)
    return fail_with (2, NULL, _("Export needs an article file: diembao --export-json=OUT ARTICLE"));

  if (encoding != NULL && !diem_encoding_is_known (encoding))
    {
      g_autofree char *known = g_strjoinv (", ", (char **) diem_encoding_names);
      g_autofree char *message = g_strdup_printf ("%s (%s)", _("unknown encoding"), known);

      return fail_with (2, encoding, message);
    }

  status = check_outputs (request);
  if (status != 0)
    return status;

  file = g_file_new_for_commandline_arg (article_path);
#ifdef DIEM_HUGE_PAGE_HEAP
  {
    g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                                   G_FILE_QUERY_INFO_NONE, NULL, NULL);

    if (info != NULL)
      prepare_heap ((gsize) g_file_info_get_size (info));
  }
#endif
  article = diem_article_new_from_file_full (file, encoding, NULL, &error);
  if (article == NULL)
    return fail (article_path, error);

  /* The PDF first, into its temporary file or standard output: when it fails, no JSON
   * is written either. Files are renamed into place only once both are whole. */
  if (pdf_path != NULL)
    {
      g_autofree char *warning = diem_pdf_coverage_warning (article);
      g_autoptr(GOutputStream) stdout_stream = NULL;
      GOutputStream *stream;

      if (warning != NULL)
        fail_with (0, _("warning"), warning);
      if (is_stdout (pdf_path))
        stream = stdout_stream = g_unix_output_stream_new (STDOUT_FILENO, FALSE);
      else if ((pdf_file = diem_atomic_file_new (pdf_path, &error)) != NULL)
        stream = diem_atomic_file_get_stream (pdf_file);
      else
        return fail (pdf_path, error);
      if (!diem_pdf_export_to_stream (article, stream, &pdf_options, NULL, NULL, NULL, &error))
        return fail (pdf_path, error);
    }

  if (json_path != NULL)
    {
      gboolean ok = is_stdout (json_path) ? write_json_to_stdout (article, &error)
                                          : diem_json_export_to_file (article, json_path, &error);
      if (!ok)
        return fail (json_path, error);
    }

  if (pdf_file != NULL && !diem_atomic_file_commit (pdf_file, &error))
    return fail (pdf_path, error);

  return 0;
}
