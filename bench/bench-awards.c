/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-awards.c — award extraction on a sentence that chains 40 000 honours, and on
 * 40 000 sentences that repeat one name
 *
 * Honours joined by commas share one verb and one list of recipients, and so do
 * counted ones ("1 Bằng khen, 2 Cờ thi đua, …"); passives after ";" share the subject
 * that opens the sentence ("Ông A được tặng X; được tặng Y; …"). A name given only in
 * part ("Ông Xyzabc được tặng …") is looked for in full a little before each use, and
 * 40 000 sentences that repeat it must not read each other over. Reading any of these
 * must stay linear.
 * Prints each time (median of several runs) and exits non-zero when one is 1 s or more.
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

typedef enum
{
  CHAIN_PLAIN,   /* "Chủ tịch nước trao A, B, … cho Sở Y tế." */
  CHAIN_COUNTED, /* "Chủ tịch nước trao 1 A, 2 B, … cho Sở Y tế." */
  CHAIN_PASSIVE, /* "Ông Lê Văn An được tặng A; được tặng B; …" */
  REPEATED_NAME, /* "Ông Xyzabc được tặng A. Ông Xyzabc được tặng B. …" */
} Chain;

/* The median time of extracting one sentence that chains N_HONOURS honours in the
 * given shape; the number of awards found in n_awards. */
static double
median_time (Chain  chain,
             guint *n_awards)
{
  static const char *const names[] = { "Huân chương Lao động hạng Nhất", "Bằng khen", "Cờ thi đua" };
  g_autoptr(GString) text = g_string_new (chain == CHAIN_PASSIVE ? "Ông Lê Văn An"
                                          : chain == REPEATED_NAME ? "" : "Chủ tịch nước trao ");
  double times[5];

  for (guint i = 0; i < N_HONOURS; i++)
    {
      if (chain == REPEATED_NAME)
        {
          g_string_append_printf (text, "Ông Xyzabc được tặng %s. ", names[i % 3]);
          continue;
        }
      if (chain == CHAIN_PASSIVE)
        g_string_append (text, i ? "; được tặng " : " được tặng ");
      else
        g_string_append (text, i ? ", " : "");
      if (chain == CHAIN_COUNTED)
        g_string_append_printf (text, "%u ", i % 9 + 1);
      g_string_append (text, names[i % 3]);
    }
  if (chain != REPEATED_NAME)
    g_string_append (text, chain == CHAIN_PASSIVE ? "." : " cho Sở Y tế.");
  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    times[i] = run_once (text, n_awards);
  bench_sort_doubles (times, G_N_ELEMENTS (times));
  return times[2];
}

int
main (void)
{
  guint n_plain = 0, n_counted = 0, n_passive = 0, n_repeated = 0;
  double plain = median_time (CHAIN_PLAIN, &n_plain);
  double counted = median_time (CHAIN_COUNTED, &n_counted);
  double passive = median_time (CHAIN_PASSIVE, &n_passive);
  double repeated = median_time (REPEATED_NAME, &n_repeated);
  gboolean ok;

  printf ("chain of %u honours: %.1f ms (%u awards)\n", N_HONOURS, plain * 1000, n_plain);
  printf ("chain of %u counted honours: %.1f ms (%u awards)\n", N_HONOURS, counted * 1000, n_counted);
  printf ("chain of %u passives after \";\": %.1f ms (%u awards)\n", N_HONOURS, passive * 1000, n_passive);
  printf ("%u sentences repeating a name given in part: %.1f ms (%u awards)\n", N_HONOURS, repeated * 1000, n_repeated);
  ok = plain < 1.0 && counted < 1.0 && passive < 1.0 && repeated < 1.0
       && n_plain == 3 && n_counted == 3 && n_passive == 3 && n_repeated == 3;
  printf ("%s\n", ok ? "targets met" : "TARGET MISSED");
  return ok ? 0 : 1;
}
