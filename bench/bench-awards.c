/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-awards.c — award extraction on a sentence that chains 40 000 honours
 *
 * Honours joined by commas share one verb and one list of recipients; reading the
 * chain must stay linear. Prints the time (median of several runs) and exits non-zero
 * when it is 1 s or more.
 */
#include <stdio.h>
#include <string.h>

#include "diem-extract.h"
#include "bench-util.h"

#define N_HONOURS 40000

static double
run_once (const GString *text,
          guint         *n_awards)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr(DiemExtraction) out = diem_extraction_new ();

  diem_extract (text->str, text->len, NULL, out);
  *n_awards = out->awards->len;
  return (g_get_monotonic_time () - start) / 1e6;
}

int
main (void)
{
  static const char *const names[] = { "Huân chương Lao động hạng Nhất", "Bằng khen", "Cờ thi đua" };
  g_autoptr(GString) text = g_string_new ("Chủ tịch nước trao ");
  double times[5];
  guint n_awards = 0;
  gboolean ok;

  for (guint i = 0; i < N_HONOURS; i++)
    g_string_append_printf (text, "%s%s", i ? ", " : "", names[i % 3]);
  g_string_append (text, " cho Sở Y tế.");

  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    times[i] = run_once (text, &n_awards);
  bench_sort_doubles (times, G_N_ELEMENTS (times));

  printf ("chain of %u honours: %.1f ms (%u awards)\n", N_HONOURS, times[2] * 1000, n_awards);
  ok = times[2] < 1.0 && n_awards == 3;
  printf ("%s\n", ok ? "targets met" : "TARGET MISSED");
  return ok ? 0 : 1;
}
