/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-limits.c — the hardening budgets, measured on the real program
 *
 * Each case runs `diembao --export-…` in a child and reads its peak RSS and CPU time
 * from wait4 (), so one case's memory never hides another's:
 *   - the PDF of a 10 MB article: peak RSS ≤ 300 MB, and time linear in pages (the
 *     time per page of 10 MB within 1.5× that of 2.5 MB);
 *   - the PDF of a 1 MB line without spaces: ≤ 5 s;
 *   - the PDF of a page next to a PNG of 30 000 × 30 000 pixels: ≤ 200 MB, ≤ 2 s, and
 *     a placeholder where the photo would be (no image in the PDF);
 *   - the JSON of 2 MB of unsorted combining marks, for the record.
 * Times are CPU seconds (user + system): the machine is shared, wall time is printed
 * beside them. Exits non-zero when a budget is missed.
 *
 *   bench-limits DIEMBAO
 */
/* wait4 () */
#define _DEFAULT_SOURCE

#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "bench-util.h"
#include "../tests/png-test-util.h"

typedef struct
{
  double cpu_s;
  double wall_s;
  double peak_mb;
} Run;

static const char *diembao;

static Run
export (const char *option,
        const char *out,
        const char *article)
{
  g_autofree char *opt = g_strconcat (option, out, NULL);
  const char *argv[] = { diembao, opt, article, NULL };
  g_autoptr(GError) error = NULL;
  struct rusage usage;
  gint64 start = g_get_monotonic_time ();
  int status = 0;
  GPid pid;
  Run run;

  if (!g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid, &error))
    g_error ("%s", error->message);
  if (wait4 (pid, &status, 0, &usage) != pid || !WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_error ("diembao %s %s failed", opt, article);
  run.wall_s = (g_get_monotonic_time () - start) / 1e6;
  run.cpu_s = usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 + usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
  run.peak_mb = usage.ru_maxrss / 1024.0;
  return run;
}

/* How many times @needle occurs in the PDF, NUL bytes of its streams included. */
static guint
count_in_pdf (const char *path,
              const char *needle)
{
  g_autofree char *pdf = NULL;
  gsize length = 0, needle_length = strlen (needle);
  guint count = 0;

  if (!g_file_get_contents (path, &pdf, &length, NULL))
    return 0;
  for (gsize i = 0; i + needle_length <= length; i++)
    count += memcmp (pdf + i, needle, needle_length) == 0;
  return count;
}

/* Pages of a cairo PDF: one "/Type /Page" object each (the tree is "/Type /Pages"). */
static guint
count_pages (const char *path)
{
  return count_in_pdf (path, "/Type /Page") - count_in_pdf (path, "/Type /Pages");
}

static gboolean
pdf_has_image (const char *path)
{
  return count_in_pdf (path, "/Subtype /Image") > 0;
}

/* Paragraphs of 40–120 words from a small Vietnamese vocabulary, @bytes long. */
static void
write_article (const char *path,
               gsize       bytes)
{
  const char *words[] = { "Chủ", "tịch", "UBND", "tỉnh", "Nguyễn", "Văn", "An", "trao", "Huân", "chương",
                          "Lao", "động", "hạng", "Ba", "cho", "Sở", "Y", "tế", "theo", "Nghị", "quyết",
                          "số", "12/2023/NQ-HĐND", "về", "phát", "triển", "kinh", "xã", "hội", "năm" };
  g_autoptr(GString) text = g_string_new ("Một bài rất dài\n\n");
  GRand *rand = g_rand_new_with_seed (12);

  while (text->len < bytes)
    {
      int n = g_rand_int_range (rand, 40, 121);

      for (int i = 0; i < n; i++)
        g_string_append_printf (text, "%s%s", i ? " " : "", words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
      g_string_append (text, ".\n\n");
    }
  g_rand_free (rand);
  if (!g_file_set_contents (path, text->str, text->len, NULL))
    g_error ("cannot write %s", path);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = g_dir_make_tmp ("diem-bench-limits-XXXXXX", NULL);
  g_autofree char *small = g_build_filename (dir, "small.txt", NULL);
  g_autofree char *large = g_build_filename (dir, "large.txt", NULL);
  g_autofree char *line = g_build_filename (dir, "line.txt", NULL);
  g_autofree char *marks = g_build_filename (dir, "marks.txt", NULL);
  g_autofree char *bomb = g_build_filename (dir, "bomb.png", NULL);
  g_autofree char *page = g_build_filename (dir, "page.html", NULL);
  g_autofree char *pdf = g_build_filename (dir, "out.pdf", NULL);
  g_autoptr(GString) text = NULL;
  GStatBuf st;
  gboolean ok = TRUE;
  guint small_pages, large_pages;
  Run small_run, large_run, run;

  if (argc != 2)
    {
      g_printerr ("usage: bench-limits DIEMBAO\n");
      return 2;
    }
  diembao = argv[1];

  /* time linear in pages, memory flat */
  write_article (small, 2500 * 1024);
  write_article (large, 10 * 1024 * 1024);
  small_run = export ("--export-pdf=", pdf, small);
  small_pages = count_pages (pdf);
  large_run = export ("--export-pdf=", pdf, large);
  large_pages = count_pages (pdf);
  printf ("pdf 2.5 MB article: %u pages, %.1f s CPU (%.1f s wall), %.2f ms per page, peak %.0f MB\n",
          small_pages, small_run.cpu_s, small_run.wall_s, 1000 * small_run.cpu_s / small_pages, small_run.peak_mb);
  printf ("pdf 10 MB article: %u pages, %.1f s CPU (%.1f s wall), %.2f ms per page, peak %.0f MB (budget 300 MB)\n",
          large_pages, large_run.cpu_s, large_run.wall_s, 1000 * large_run.cpu_s / large_pages, large_run.peak_mb);
  ok &= large_run.peak_mb <= 300;
  ok &= large_run.cpu_s / large_pages <= 1.5 * small_run.cpu_s / small_pages;

  /* one line of a megabyte without a space */
  text = g_string_new ("Một dòng dài\n\n");
  while (text->len < 1024 * 1024)
    g_string_append (text, "Nghịquyếtsố1/");
  g_assert (g_file_set_contents (line, text->str, text->len, NULL));
  run = export ("--export-pdf=", pdf, line);
  printf ("pdf 1 MB line without spaces: %u pages, %.1f s CPU (%.1f s wall), peak %.0f MB (budget 5 s)\n",
          count_pages (pdf), run.cpu_s, run.wall_s, run.peak_mb);
  ok &= run.cpu_s <= 5;

  /* a PNG bomb next to the page */
  if (!png_test_write (bomb, 30000, 30000, TRUE, NULL) || g_stat (bomb, &st) != 0)
    g_error ("cannot write %s", bomb);
  g_assert (g_file_set_contents (page, "<html><body><h1>Ảnh lớn</h1><p>Đoạn văn.</p><figure><img src=\"bomb.png\">"
                                       "<figcaption>Chú thích. Ảnh: TƯ LIỆU</figcaption></figure></body></html>", -1, NULL));
  run = export ("--export-pdf=", pdf, page);
  printf ("pdf beside a %d KB PNG of 30000 x 30000: %.2f s CPU (%.2f s wall), peak %.0f MB, %s (budget 200 MB, 2 s)\n",
          (int) (st.st_size / 1024), run.cpu_s, run.wall_s, run.peak_mb,
          pdf_has_image (pdf) ? "the image is in the PDF" : "placeholder");
  ok &= run.peak_mb <= 200 && run.cpu_s <= 2 && !pdf_has_image (pdf);

  /* combining marks in one run */
  g_string_assign (text, "Dấu\n\na");
  for (int i = 0; i < 500000; i++)
    g_string_append (text, "\xcc\x81\xcc\xa3");
  g_assert (g_file_set_contents (marks, text->str, text->len, NULL));
  run = export ("--export-json=", "/dev/null", marks);
  printf ("json of 2 MB of unsorted combining marks: %.2f s CPU (%.2f s wall), peak %.0f MB\n",
          run.cpu_s, run.wall_s, run.peak_mb);

  bench_remove_tree (dir);
  printf ("%s\n", ok ? "every budget met" : "a budget was missed");
  return ok ? 0 : 1;
}
