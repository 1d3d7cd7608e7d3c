/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-cli.c — headless extraction and export from the command line
 *
 * Errors are one line on stderr and a non-zero exit; output files are written whole or
 * not at all, and when both exports are asked, both are written or neither. The editor
 * has the last word: when the desk keeps work for the article's text, the exports show
 * the corrected lists (and the summary sheet the editor's summary), unless --no-desk.
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

#include "diem-article-corrections.h"
#include "diem-article.h"
#include "diem-cli.h"
#include "diem-digest-job.h"
#include "diem-encoding.h"
#include "diem-file-util.h"
#include "diem-json-export.h"
#include "diem-pdf-export.h"
#include "diem-summary-draft.h"

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

/* The editor's desk, when there is one: the CLI never creates it. */
static DiemDeskStore *
open_existing_desk (void)
{
  g_autofree char *path = diem_desk_store_default_path ();
  g_autoptr(GError) error = NULL;
  DiemDeskStore *store;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return NULL;
  store = diem_desk_store_open (path, &error);
  if (store == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("the editor’s work is not used: %s"), error->message);

      fail_with (0, _("warning"), message);
    }
  return store;
}

/* The work the desk keeps for @article's text (the same hash as the window's), or NULL. */
static DiemDeskWork *
load_kept_work (DiemArticle *article)
{
  g_autoptr(DiemDeskStore) store = open_existing_desk ();
  const char *hash = NULL;
  g_autoptr(GError) error = NULL;
  DiemDeskWork *work;

  if (store == NULL || diem_desk_store_is_empty (store))
    return NULL;
  hash = diem_article_get_text_hash (article);
  work = diem_desk_store_load (store, hash, &error);
  if (error != NULL)
    {
      g_autofree char *message = g_strdup_printf (_("the editor’s work is not used: %s"), error->message);

      fail_with (0, _("warning"), message);
    }
  return work;
}

/* The summary printed alone opens with the editor's summary: the one kept on the desk,
 * or a draft. */
static char *
dup_summary_text (DiemArticle  *article,
                  DiemDeskWork *work)
{
  if (work != NULL && work->summary != NULL && *work->summary != '\0')
    return g_strdup (work->summary);
  return diem_summary_draft (article, NULL, NULL, DIEM_SUMMARY_DEFAULT_WORDS);
}

/**
 * diem_cli_digest:
 *
 * Writes one PDF of several articles (diem_pdf_digest_to_file ()), with the work the
 * desk keeps for each. A bad article is named and nothing is written.
 *
 * Returns: the exit status: 0, 1 when an article or the output fails, 2 for usage
 */
int
diem_cli_digest (const DiemCliDigestRequest *request)
{
  DiemDigestOptions options = { DIEM_PAPER_A4, request->title };
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(DiemDeskStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (request->paper != NULL && !diem_paper_from_name (request->paper, &options.paper))
    return fail_with (2, request->paper, _("unknown paper size (a4, letter)"));
  if (request->article_paths == NULL || request->article_paths[0] == NULL)
    return fail_with (2, NULL, _("A digest needs article files: diembao --digest=OUT.pdf ARTICLE…"));
  if (is_stdout (request->digest_path))
    return fail_with (2, request->digest_path, _("the digest is written to a file, not to standard output"));
  for (guint i = 0; request->article_paths[i] != NULL; i++)
    {
      if (diem_file_is_same (request->digest_path, request->article_paths[i]))
        return fail_with (2, request->digest_path, _("this is one of the articles: a digest never overwrites its articles"));
      g_ptr_array_add (files, g_file_new_for_commandline_arg (request->article_paths[i]));
    }

  if (!request->no_desk)
    store = open_existing_desk ();
  if (!diem_digest_job_run (files, store, &options, request->digest_path, NULL, NULL, NULL, &error))
    return fail_with (1, NULL, error->message);
  return 0;
}

int
diem_cli_export (const DiemCliRequest *request)
{
  const char *article_path = request->article_path;
  const char *encoding = request->encoding;
  const char *json_path = request->json_path;
  const char *pdf_path = request->pdf_path;
  DiemPdfOptions pdf_options = { DIEM_PAPER_A4, DIEM_PAGE_CONTENTS_BOTH, NULL };
  g_autofree char *summary_text = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(DiemArticle) article = NULL;
  g_autoptr(DiemAtomicFile) pdf_file = NULL;
  g_autoptr(DiemDeskWork) work = NULL;
  g_autoptr(GError) error = NULL;
  int status;

#ifdef __GLIBC__
  /* An export runs once through a few copies of the whole text: large blocks come from
   * the heap and stay there for the next copy, instead of each being mapped afresh and
   * faulted in page by page (an eighth of the time of a 10 MB export). */
  mallopt (M_MMAP_THRESHOLD, 256 * 1024 * 1024);
  mallopt (M_TRIM_THRESHOLD, 256 * 1024 * 1024);
  mallopt (M_TOP_PAD, 64 * 1024 * 1024);
  /* The JSON tree is a million small blocks freed at once: kept apart in fast bins, they
   * are all swept together again at each large free (a tenth of the export's time). */
  mallopt (M_MXFAST, 0);
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
  if (!request->no_desk)
    work = load_kept_work (article);
  if (work != NULL && work->corrections->len > 0)
    diem_corrected_free (diem_article_apply_corrections (article, work->corrections));

  /* The PDF first, into its temporary file or standard output: when it fails, no JSON
   * is written either. Files are renamed into place only once both are whole. */
  if (pdf_path != NULL)
    {
      g_autofree char *warning = diem_pdf_coverage_warning (article);
      g_autoptr(GOutputStream) stdout_stream = NULL;
      GOutputStream *stream;

      if (warning != NULL)
        fail_with (0, _("warning"), warning);
      if (pdf_options.contents == DIEM_PAGE_CONTENTS_SUMMARY)
        pdf_options.summary = summary_text = dup_summary_text (article, work);
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
