/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-pdf.c — PDF export time per page, for the sample and a 200-page article
 *
 * The long article repeats the bundled sample until it fills at least 200 pages.
 * Prints ms per page for both, how the time grows with pages, and peak RSS; exits
 * non-zero when a target is missed: ≤ 10 ms per page, ≤ 60 MB peak RSS at 200 pages.
 * Times are medians; LibreOffice's time for the same text is printed beside them when
 * soffice is installed.
 */
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "diem-page-renderer.h"
#include "diem-pdf-export.h"
#include "bench-util.h"

/* The median of @runs exports, so that one slow run on a busy machine does not decide. */
static double
export_ms (DiemArticle *article,
           const char  *path,
           guint        runs)
{
  double times[9];

  g_assert (runs > 0 && runs <= G_N_ELEMENTS (times));
  for (guint i = 0; i < runs; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GError) error = NULL;

      if (!diem_pdf_export_to_file (article, path, &error))
        g_error ("export failed: %s", error->message);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  bench_sort_doubles (times, runs);
  return times[runs / 2];
}

/* LibreOffice converting the same text, when it is installed: the best of two runs,
 * since the first also creates its profile. Returns a negative time when it is not. */
static double
soffice_ms (const char *dir,
            const char *text)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *input = g_build_filename (dir, "long.txt", NULL);
  g_autofree char *profile = g_strdup_printf ("-env:UserInstallation=file://%s/lo-profile", dir);
  double best = -1;

  if (soffice == NULL || !g_file_set_contents (input, text, -1, NULL))
    return -1;
  for (guint i = 0; i < 2; i++)
    {
      const char *argv[] = { soffice, profile, "--headless", "--convert-to", "pdf", "--outdir", dir, input, NULL };
      gint64 start = g_get_monotonic_time ();
      int status = 0;
      double ms;

      if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                         NULL, NULL, NULL, NULL, &status, NULL)
          || !g_spawn_check_wait_status (status, NULL))
        return -1;
      ms = (g_get_monotonic_time () - start) / 1000.0;
      best = best < 0 ? ms : MIN (best, ms);
    }
  return best;
}

static guint
count_pages (DiemArticle *article)
{
  g_autoptr(DiemPageRenderer) renderer = diem_page_renderer_new (article, 595.28, 841.89, 56.0);

  return diem_page_renderer_paginate (renderer);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *sample_path = g_build_filename (g_getenv ("DIEMBAO_SRCDIR") ? g_getenv ("DIEMBAO_SRCDIR") : ".",
                                                   "data", "sample", "hcmc-2023-review.txt", NULL);
  g_autofree char *dir = g_dir_make_tmp ("diem-bench-pdf-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (dir, "bench.pdf", NULL);
  g_autofree char *sample = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(DiemArticle) short_article = NULL;
  g_autoptr(DiemArticle) long_article = NULL;
  double short_ms, long_ms, half_ms;
  guint short_pages, long_pages, half_pages;
  struct rusage usage;
  double rss;
  gboolean ok;

  if (!g_file_get_contents (sample_path, &sample, NULL, NULL))
    {
      g_printerr ("bench-pdf: cannot read %s\n", sample_path);
      return 1;
    }
  short_article = diem_article_new_from_data (sample, strlen (sample), "sample.txt", NULL);
  export_ms (short_article, out, 1); /* fonts load once */
  short_ms = export_ms (short_article, out, 7);
  short_pages = count_pages (short_article);

  /* twice this is over 200 pages: the sample alone is under three pages of text */
  for (guint i = 0; i < 42; i++)
    g_string_append_printf (text, "%s\n\n", sample);
  {
    g_autoptr(DiemArticle) half = diem_article_new_from_data (text->str, text->len, "half.txt", NULL);

    half_ms = export_ms (half, out, 3);
    half_pages = count_pages (half);
  }
  g_string_append (text, text->str);
  long_article = diem_article_new_from_data (text->str, text->len, "long.txt", NULL);
  long_ms = export_ms (long_article, out, 3);
  long_pages = count_pages (long_article);

  getrusage (RUSAGE_SELF, &usage);
  rss = usage.ru_maxrss / 1024.0;

  printf ("sample:  %3u pages  %7.1f ms  %5.2f ms/page\n", short_pages, short_ms, short_ms / short_pages);
  printf ("half:    %3u pages  %7.1f ms  %5.2f ms/page\n", half_pages, half_ms, half_ms / half_pages);
  printf ("long:    %3u pages  %7.1f ms  %5.2f ms/page\n", long_pages, long_ms, long_ms / long_pages);
  printf ("time ratio long/half: %.2f for %.2f× the pages\n", long_ms / half_ms, (double) long_pages / half_pages);
  printf ("peak RSS: %.1f MB (target <= 60 MB)\n", rss);

  {
    double lo_ms = soffice_ms (dir, text->str);

    if (lo_ms < 0)
      printf ("soffice: not installed (or failed), no comparison\n");
    else
      printf ("soffice --headless --convert-to pdf, same text: %.1f ms, %.1f× the time of this export\n",
              lo_ms, lo_ms / long_ms);
  }

  ok = long_pages >= 200 && long_ms / long_pages <= 10 && short_ms / short_pages <= 10 && rss <= 60;
  printf ("%s\n", ok ? "targets met" : "TARGET MISSED");
  bench_remove_tree (dir);
  return ok ? 0 : 1;
}
