/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-pdf-progress.c — export with progress, cancellation, and off the main thread */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>

#include "diem-article.h"
#include "diem-page-renderer.h"
#include "diem-pdf-export.h"
#include "page-test-article.h"
#include "pdf-test-util.h"

static const DiemPdfOptions a4_both = { DIEM_PAPER_A4, DIEM_PAGE_CONTENTS_BOTH };

static DiemArticle *
new_long_article (void)
{
  g_autofree char *text = page_test_article_new (24);
  g_autoptr(GError) error = NULL;
  DiemArticle *article = diem_article_new_from_data (text, strlen (text), "tam-giang.txt", &error);

  g_assert_no_error (error);
  return article;
}

static guint
count_pages_of (DiemArticle          *article,
                const DiemPdfOptions *options)
{
  gboolean letter = options->paper == DIEM_PAPER_LETTER;
  g_autoptr(DiemPageRenderer) renderer = diem_page_renderer_new (article, letter ? 612.0 : 595.28,
                                                                 letter ? 792.0 : 841.89, 56);

  diem_page_renderer_set_contents (renderer, options->contents);
  return diem_page_renderer_paginate (renderer);
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (handle);
  while (g_dir_read_name (handle) != NULL)
    n++;
  return n;
}

static void
remove_folder (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}

typedef struct
{
  GArray       *done;      /* (element-type guint) pages_done, call by call */
  guint         n_pages;
  guint         cancel_at; /* 0: never */
  GCancellable *cancellable;
  GThread      *thread;    /* where the calls must come from */
} Progress;

static void
on_progress (guint    pages_done,
             guint    n_pages,
             gpointer user_data)
{
  Progress *progress = user_data;

  g_assert_true (g_thread_self () == progress->thread);
  g_array_append_val (progress->done, pages_done);
  progress->n_pages = n_pages;
  if (pages_done == progress->cancel_at)
    g_cancellable_cancel (progress->cancellable);
}

/* One call per page, in order, the last at n_pages; the file is the one the plain
 * export writes. */
static void
test_progress_counts_every_page (void)
{
  g_autoptr(DiemArticle) article = new_long_article ();
  g_autofree char *dir = g_dir_make_tmp ("diem-pdf-progress-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "with-progress.pdf", NULL);
  g_autofree char *plain_path = g_build_filename (dir, "plain.pdf", NULL);
  g_autofree char *pdf = NULL;
  g_autofree char *plain = NULL;
  gsize length = 0, plain_length = 0;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) done = g_array_new (FALSE, FALSE, sizeof (guint));
  Progress progress = { done, 0, 0, NULL, g_thread_self () };
  guint n_pages = count_pages_of (article, &a4_both);

  g_assert_cmpuint (n_pages, >, 5);
  g_assert_true (diem_pdf_export_to_file_with_progress (article, path, &a4_both, on_progress, &progress,
                                                        NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (done->len, ==, n_pages);
  g_assert_cmpuint (progress.n_pages, ==, n_pages);
  for (guint i = 0; i < done->len; i++)
    g_assert_cmpuint (g_array_index (done, guint, i), ==, i + 1);

  g_assert_true (g_file_get_contents (path, &pdf, &length, NULL));
  g_assert_cmpuint (pdf_count_pages (pdf, length), ==, n_pages);
  g_assert_true (diem_pdf_export_to_file (article, plain_path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (plain_path, &plain, &plain_length, NULL));
  g_assert_cmpmem (pdf, length, plain, plain_length);

  remove_folder (dir);
}

/* Cancelled from the progress callback, or before it starts: FALSE, CANCELLED, and
 * nothing in the folder, neither the file nor a temporary one. */
static void
test_cancel_leaves_nothing (void)
{
  g_autoptr(DiemArticle) article = new_long_article ();
  g_autofree char *dir = g_dir_make_tmp ("diem-pdf-cancel-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "cancelled.pdf", NULL);
  const guint cancel_at[] = { 1, 3, G_MAXUINT };

  for (guint i = 0; i < G_N_ELEMENTS (cancel_at); i++)
    {
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      g_autoptr(GArray) done = g_array_new (FALSE, FALSE, sizeof (guint));
      Progress progress = { done, 0, cancel_at[i], cancellable, g_thread_self () };
      g_autoptr(GError) error = NULL;

      /* G_MAXUINT: cancelled before the export starts */
      if (cancel_at[i] == G_MAXUINT)
        g_cancellable_cancel (cancellable);
      g_assert_false (diem_pdf_export_to_file_with_progress (article, path, &a4_both, on_progress, &progress,
                                                             cancellable, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_assert_cmpuint (done->len, ==, cancel_at[i] == G_MAXUINT ? 0 : cancel_at[i]);
      g_assert_cmpuint (count_files (dir), ==, 0);
    }

  /* a cancellable that is never cancelled changes nothing; progress may be NULL */
  {
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();
    g_autoptr(GError) error = NULL;

    g_assert_true (diem_pdf_export_to_file_with_progress (article, path, &a4_both, NULL, NULL,
                                                          cancellable, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (count_files (dir), ==, 1);
  }
  remove_folder (dir);
}

typedef struct
{
  DiemArticle          *article;
  const DiemPdfOptions *options;
  char                 *path;
  guint                 n_calls;
  GThread              *thread;
} Job;

static void
on_job_progress (guint    pages_done,
                 guint    n_pages,
                 gpointer user_data)
{
  Job *job = user_data;

  g_assert_true (g_thread_self () == job->thread);
  job->n_calls++;
}

static gpointer
run_job (gpointer data)
{
  Job *job = data;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  job->thread = g_thread_self ();
  ok = diem_pdf_export_to_file_with_progress (job->article, job->path, job->options, on_job_progress, job,
                                              NULL, &error);
  g_assert_no_error (error);
  return GINT_TO_POINTER (ok);
}

static char *
read_file (const char *path,
           gsize      *length)
{
  char *data = NULL;

  g_assert_true (g_file_get_contents (path, &data, length, NULL));
  return data;
}

/* Exports in two worker threads and the main thread at once, on the same article:
 * each file is whole and the same as an export alone would write. */
static void
test_export_in_threads (void)
{
  g_autoptr(DiemArticle) article = new_long_article ();
  g_autofree char *dir = g_dir_make_tmp ("diem-pdf-thread-XXXXXX", NULL);
  const DiemPdfOptions letter_summary = { DIEM_PAPER_LETTER, DIEM_PAGE_CONTENTS_SUMMARY };
  Job jobs[] = {
    { article, &a4_both, g_build_filename (dir, "thread-1.pdf", NULL), 0, NULL },
    { article, &letter_summary, g_build_filename (dir, "thread-2.pdf", NULL), 0, NULL },
    { article, &a4_both, g_build_filename (dir, "main.pdf", NULL), 0, NULL },
  };
  GThread *threads[2];
  g_autofree char *reference_path = g_build_filename (dir, "reference.pdf", NULL);
  g_autofree char *reference = NULL;
  gsize reference_length = 0;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("pdf-export", run_job, &jobs[i]);
  g_assert_true (GPOINTER_TO_INT (run_job (&jobs[2])));
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_assert_true (GPOINTER_TO_INT (g_thread_join (threads[i])));

  g_assert_true (diem_pdf_export_to_file (article, reference_path, &error));
  g_assert_no_error (error);
  reference = read_file (reference_path, &reference_length);

  for (guint i = 0; i < G_N_ELEMENTS (jobs); i++)
    {
      gsize length = 0;
      g_autofree char *pdf = read_file (jobs[i].path, &length);

      g_assert_cmpuint (jobs[i].n_calls, ==, count_pages_of (article, jobs[i].options));
      g_assert_cmpuint (pdf_count_pages (pdf, length), ==, jobs[i].n_calls);
      if (jobs[i].options == &a4_both)
        g_assert_cmpmem (pdf, length, reference, reference_length);
      g_free (jobs[i].path);
    }
  remove_folder (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  /* the same article gives the same bytes */
  g_setenv ("SOURCE_DATE_EPOCH", "1700000000", TRUE);

  g_test_add_func ("/pdf-progress/counts-every-page", test_progress_counts_every_page);
  g_test_add_func ("/pdf-progress/cancel-leaves-nothing", test_cancel_leaves_nothing);
  g_test_add_func ("/pdf-progress/export-in-threads", test_export_in_threads);
  return g_test_run ();
}
