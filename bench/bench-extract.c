/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-extract.c — parse + extract throughput on 1 MB and 10 MB of article text
 *
 * Builds the input by repeating the bundled sample article, runs the whole pipeline
 * (decode, NFC, blocks, extraction) in this process, and prints MB/s (median of several
 * runs), the 10 MB/1 MB time ratio and peak RSS. Exits non-zero when a target is missed:
 * ≥ 20 MB/s, ratio ≤ 11, peak RSS ≤ 10 × input + 30 MB.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "diem-article.h"
#include "bench-util.h"

#define MB (1024.0 * 1024.0)

static GString *
repeat_sample (const char *sample,
               gsize       target)
{
  GString *text = g_string_sized_new (target + strlen (sample));

  while (text->len < target)
    {
      g_string_append (text, sample);
      g_string_append (text, "\n\n");
    }
  return text;
}

static double
run_once (const GString *input,
          guint         *officials)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DiemArticle) article = diem_article_new_from_data (input->str, input->len, NULL, &error);

  g_assert_no_error (error);
  *officials = diem_article_get_officials (article)->len;
  return (g_get_monotonic_time () - start) / 1e6;
}

/* The median of several runs: steadier than the best or the mean on a shared machine. */
static double
median_of (const GString *input,
           guint          runs,
           guint         *officials)
{
  g_autofree double *times = g_new (double, runs);

  for (guint i = 0; i < runs; i++)
    times[i] = run_once (input, officials);
  bench_sort_doubles (times, runs);
  return times[runs / 2];
}

static double
peak_rss_mb (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *path = NULL;
  g_autofree char *sample = NULL;
  g_autoptr(GString) small = NULL;
  g_autoptr(GString) large = NULL;
  double t_small, t_large, rate_small, rate_large, ratio, rss, rss_limit;
  guint officials = 0;
  gboolean ok;

  path = g_build_filename (g_getenv ("DIEMBAO_SRCDIR") ? g_getenv ("DIEMBAO_SRCDIR") : ".",
                           "data", "sample", "hcmc-2023-review.txt", NULL);
  if (!g_file_get_contents (path, &sample, NULL, NULL))
    {
      g_printerr ("bench-extract: cannot read %s\n", path);
      return 1;
    }

  small = repeat_sample (sample, 1024 * 1024);
  large = repeat_sample (sample, 10 * 1024 * 1024);

  t_small = median_of (small, 7, &officials);
  t_large = median_of (large, 5, &officials);
  rss = peak_rss_mb ();

  rate_small = small->len / MB / t_small;
  rate_large = large->len / MB / t_large;
  ratio = t_large / t_small;
  rss_limit = 10 * large->len / MB + 30;

  printf ("parse+extract  1 MB: %7.1f ms  %6.1f MB/s\n", t_small * 1000, rate_small);
  printf ("parse+extract 10 MB: %7.1f ms  %6.1f MB/s  (%u officials)\n", t_large * 1000, rate_large, officials);
  printf ("10 MB / 1 MB time ratio: %.2f (target <= 11)\n", ratio);
  printf ("peak RSS: %.1f MB (target <= %.1f MB)\n", rss, rss_limit);

  ok = rate_small >= 20 && rate_large >= 20 && ratio <= 11 && rss <= rss_limit;
  printf ("%s\n", ok ? "targets met" : "TARGET MISSED");
  return ok ? 0 : 1;
}
