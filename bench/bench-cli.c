/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-cli.c — what users run: `diembao --export-json=OUT ARTICLE` on 1 MB and 10 MB
 *
 * The article is corpus text concatenated up to the size: the bundled sample, or every
 * .txt file of the folder named by DIEM_BENCH_CORPUS. Each run is a fresh process that
 * reads, decodes, parses, extracts and writes the JSON. Prints MB/s by processor time
 * (what one core does; the machine may be shared, so wall time is shown apart), the
 * 10 MB / 1 MB time ratio and the 10 MB run's peak RSS, and exits non-zero when a
 * target is missed: >= 40 MB/s, ratio <= 11, peak RSS <= 10 x input + 30 MB.
 *
 * Usage: bench-cli APP
 */
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>

#include "bench-process.h"
#include "bench-util.h"

#define MB (1024.0 * 1024.0)
#define TARGET_MB_PER_S 40.0

typedef struct
{
  double cpu_s;
  double wall_s;
  double rss_mb;
} RunUsage;

/* The corpus's texts, each followed by a blank line, in name order. */
static GString *
read_corpus (void)
{
  const char *folder = g_getenv ("DIEM_BENCH_CORPUS");
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GString *corpus = g_string_new (NULL);

  if (folder != NULL)
    {
      g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        if (g_str_has_suffix (name, ".txt"))
          g_ptr_array_add (names, g_build_filename (folder, name, NULL));
      g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
    }
  else
    g_ptr_array_add (names, g_build_filename (g_getenv ("DIEMBAO_SRCDIR") ? g_getenv ("DIEMBAO_SRCDIR") : ".",
                                              "data", "sample", "hcmc-2023-review.txt", NULL));
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *text = NULL;
      gsize length = 0;

      if (g_file_get_contents (g_ptr_array_index (names, i), &text, &length, NULL))
        {
          g_string_append_len (corpus, text, (gssize) length);
          g_string_append (corpus, "\n\n");
        }
    }
  return corpus;
}

/* The corpus repeated up to @size bytes, cut at a paragraph, written to @path. */
static gsize
write_article (const GString *corpus,
               gsize          size,
               const char    *path)
{
  g_autoptr(GString) article = g_string_sized_new (size + corpus->len);
  g_autoptr(GError) error = NULL;

  while (article->len < size)
    g_string_append_len (article, corpus->str, (gssize) corpus->len);
  g_string_truncate (article, size);
  if (strstr (article->str, "\n\n") != NULL)
    g_string_truncate (article, g_strrstr (article->str, "\n\n") - article->str + 1);
  if (!g_file_set_contents (path, article->str, (gssize) article->len, &error))
    g_error ("bench-cli: %s", error->message);
  return article->len;
}

static RunUsage
run_once (const char *app,
          const char *article,
          const char *output)
{
  g_autofree char *option = g_strconcat ("--export-json=", output, NULL);
  const char *argv[] = { app, option, article, NULL };
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "GSETTINGS_BACKEND", "memory", TRUE);
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  DiemBenchChild *child = diem_bench_child_spawn (argv, (const char *const *) envp, NULL, &error);
  struct rusage usage = { 0 };
  int status = 0;
  RunUsage run;

  if (child == NULL)
    g_error ("bench-cli: %s", error->message);
  if (!diem_bench_child_wait (child, &status, &usage) || !WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_error ("bench-cli: %s failed on %s", app, article);
  diem_bench_child_stop (child, 0);
  run.wall_s = (g_get_monotonic_time () - start) / 1e6;
  run.cpu_s = usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 + usage.ru_stime.tv_sec
              + usage.ru_stime.tv_usec / 1e6;
  run.rss_mb = usage.ru_maxrss / 1024.0;
  return run;
}

/* Medians of several runs, and the largest peak RSS. */
static RunUsage
median_of (const char *app,
           const char *article,
           const char *output,
           guint       runs)
{
  g_autofree double *cpu = g_new (double, runs);
  g_autofree double *wall = g_new (double, runs);
  RunUsage median = { 0 };

  for (guint i = 0; i < runs; i++)
    {
      RunUsage run = run_once (app, article, output);

      cpu[i] = run.cpu_s;
      wall[i] = run.wall_s;
      median.rss_mb = MAX (median.rss_mb, run.rss_mb);
    }
  bench_sort_doubles (cpu, runs);
  bench_sort_doubles (wall, runs);
  median.cpu_s = cpu[runs / 2];
  median.wall_s = wall[runs / 2];
  return median;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GString) corpus = NULL;
  g_autofree char *tmpdir = NULL;
  g_autofree char *small_path = NULL, *large_path = NULL, *output = NULL;
  gsize small_bytes, large_bytes;
  RunUsage small, large;
  double rate_small, rate_large, ratio, rss_limit;
  gboolean ok;

  if (argc < 2)
    {
      g_printerr ("usage: bench-cli APP\n");
      return 2;
    }
  diem_bench_install_signal_handlers ();
  corpus = read_corpus ();
  if (corpus->len == 0)
    {
      g_printerr ("bench-cli: no corpus text\n");
      return 1;
    }

  tmpdir = g_dir_make_tmp ("diem-bench-cli-XXXXXX", NULL);
  small_path = g_build_filename (tmpdir, "article-1mb.txt", NULL);
  large_path = g_build_filename (tmpdir, "article-10mb.txt", NULL);
  output = g_build_filename (tmpdir, "export.json", NULL);
  small_bytes = write_article (corpus, 1024 * 1024, small_path);
  large_bytes = write_article (corpus, 10 * 1024 * 1024, large_path);

  small = median_of (argv[1], small_path, output, 7);
  large = median_of (argv[1], large_path, output, 3);
  bench_remove_tree (tmpdir);

  rate_small = small_bytes / MB / small.cpu_s;
  rate_large = large_bytes / MB / large.cpu_s;
  ratio = large.cpu_s / small.cpu_s;
  rss_limit = 10 * large_bytes / MB + 30;

  printf ("export-json  1 MB: %7.1f ms processor %6.1f MB/s (%7.1f ms wall)\n", small.cpu_s * 1000,
          rate_small, small.wall_s * 1000);
  printf ("export-json 10 MB: %7.1f ms processor %6.1f MB/s (%7.1f ms wall)  (target >= %.0f MB/s)\n",
          large.cpu_s * 1000, rate_large, large.wall_s * 1000, TARGET_MB_PER_S);
  printf ("10 MB / 1 MB time ratio: %.2f (target <= 11)\n", ratio);
  printf ("peak RSS, 10 MB: %.1f MB (target <= %.1f MB)\n", large.rss_mb, rss_limit);

  ok = rate_large >= TARGET_MB_PER_S && ratio <= 11 && large.rss_mb <= rss_limit;
  printf ("%s\n", ok ? "targets met" : "TARGET MISSED");
  return ok ? 0 : 1;
}
