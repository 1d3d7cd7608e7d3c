/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-documents.c — extraction of 50 000 distinct numbered resolutions
 *
 * Every number is looked up among the documents already found ("98" is "98/2023/QH15");
 * the lookup must not grow with their count. Prints the processor time of the whole
 * extraction (the machine may be shared, so wall time is shown apart) and exits non-zero
 * above one second.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "diem-extract.h"

#define DOCUMENTS 50000

static double
cpu_seconds (void)
{
  struct timespec now;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &now);
  return now.tv_sec + now.tv_nsec / 1e9;
}

int
main (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(DiemExtraction) out = diem_extraction_new ();
  gint64 start;
  double cpu_start, seconds, wall;
  gboolean ok;

  for (guint i = 0; i < DOCUMENTS; i++)
    g_string_append_printf (text, "Nghị quyết số %u/2024/NQ-HĐND được ban hành. ", i);

  start = g_get_monotonic_time ();
  cpu_start = cpu_seconds ();
  diem_extract (text->str, text->len, NULL, out);
  seconds = cpu_seconds () - cpu_start;
  wall = (g_get_monotonic_time () - start) / 1e6;

  printf ("%u distinct resolutions: %u found in %.3f s of processor time (%.3f s wall; target <= 1 s)\n",
          DOCUMENTS, out->resolutions->len, seconds, wall);
  ok = out->resolutions->len == DOCUMENTS && seconds <= 1.0;
  printf ("%s\n", ok ? "targets met" : "TARGET MISSED");
  return ok ? 0 : 1;
}
