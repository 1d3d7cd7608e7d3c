/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-desk.c — the desk with many saved articles: opening it and listing, searching
 *
 * Target (issue: the editor's desk): with 10 000 saved articles the desk opens (the
 * database opened and every row listed, newest first) in ≤ 200 ms. Medians of runs.
 */
#include <glib/gstdio.h>
#include <string.h>

#include "bench-util.h"
#include "diem-desk-store.h"

#define ARTICLES 10000
#define RUNS 7

static const char *const topics[] = {
  "Trao Huân chương Lao động cho", "Triển khai Nghị quyết về", "Hội nghị tổng kết năm của",
  "Bổ nhiệm Phó Giám đốc Sở", "Khánh thành cầu nối", "Đón nhận Cờ thi đua của",
};

static void
fill (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DiemDeskStore) store = diem_desk_store_open (path, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < ARTICLES; i++)
    {
      g_autofree char *text = g_strdup_printf ("article %u", i);
      g_autofree char *hash = diem_desk_text_hash (text, strlen (text));
      g_autoptr(DiemDeskWork) work = diem_desk_work_new (hash);

      work->headline = g_strdup_printf ("%s đơn vị số %u", topics[i % G_N_ELEMENTS (topics)], i);
      work->source_uri = g_strdup_printf ("file:///home/editor/bai-%u.txt", i);
      work->summary = g_strdup ("Tóm tắt.");
      g_ptr_array_add (work->corrections, diem_desk_correction_new ("officials", "edit", "A", "{\"titles\":[]}"));
      if (!diem_desk_store_save (store, work, &error))
        g_error ("%s", error->message);
    }
}

static double
time_open_and_list (const char *path,
                    const char *query,
                    guint      *rows,
                    double     *cpu)
{
  gint64 start = g_get_monotonic_time ();
  double cpu_start = bench_cpu_ms ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DiemDeskStore) store = diem_desk_store_open (path, &error);
  g_autoptr(GPtrArray) list = NULL;

  g_assert_no_error (error);
  list = diem_desk_store_list (store, query, &error);
  g_assert_no_error (error);
  *rows = list->len;
  *cpu = bench_cpu_ms () - cpu_start;
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
report (const char *label,
        const char *path,
        const char *query)
{
  double times[RUNS], cpu[RUNS];
  guint rows = 0;

  for (guint r = 0; r < RUNS; r++)
    times[r] = time_open_and_list (path, query, &rows, &cpu[r]);
  bench_sort_doubles (times, RUNS);
  bench_sort_doubles (cpu, RUNS);
  g_print ("%-34s %6u rows  median %6.1f ms (min %.1f, max %.1f), CPU median %.1f ms\n", label, rows,
           times[RUNS / 2], times[0], times[RUNS - 1], cpu[RUNS / 2]);
}

int
main (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("bench-desk-XXXXXX", &error);
  g_autofree char *path = g_build_filename (folder, "desk.sqlite", NULL);
  gint64 start;

  g_assert_no_error (error);
  start = g_get_monotonic_time ();
  fill (path);
  g_print ("saving %u articles one by one: %.0f ms (%.2f ms each)\n", ARTICLES,
           (g_get_monotonic_time () - start) / 1000.0, (g_get_monotonic_time () - start) / 1000.0 / ARTICLES);
  report ("open + list all (target <= 200 ms)", path, NULL);
  report ("open + search \"nghi quyet\"", path, "nghi quyet");
  report ("open + search \"bai-9999\"", path, "bai-9999");
  bench_remove_tree (folder);
  return 0;
}
