/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-util.c — what every benchmark needs: sorting times, CPU time, removing its scratch folder */
#include <glib/gstdio.h>
#include <stdlib.h>
#include <sys/resource.h>

#include "bench-util.h"

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* In place, smallest first: medians and worst cases are then read off by index. */
void
bench_sort_doubles (double *values,
                    guint   n)
{
  qsort (values, n, sizeof values[0], compare_doubles);
}

void
bench_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        bench_remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

double
bench_cpu_ms (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec * 1e3 + usage.ru_utime.tv_usec / 1e3
         + usage.ru_stime.tv_sec * 1e3 + usage.ru_stime.tv_usec / 1e3;
}
