/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-first-frame.c — time from exec to the first frame that shows the article, peak
 * RSS, and how scrolling a 2 MB article keeps up with Page Down
 *
 * The app runs under X with the cairo renderer, in private user folders. A run's frames
 * come from X Damage on its window (see bench-frames.h); the frame that shows the article
 * is the first one whose pixels equal those of the window once it has gone idle, so
 * neither the first clear nor the empty page shown while the file loads counts. With no
 * DISPLAY, a private Xvfb is started. Prints median, min and max of several runs after
 * one warm-up run; exits non-zero when a median misses its target, or when Page Down
 * is far off (a shared machine has hiccups; the stall verdict itself is printed).
 *
 * Usage: bench-first-frame [APP [RUNS]]; DIEMBAO_SRCDIR is the source tree, and
 * DIEMBAO_PREFIX and DIEMBAO_SCHEMA_DIR say where the app's data and schema are.
 * DIEM_BENCH_VERBOSE=1 lists each run's frames, DIEM_BENCH_DUMP=DIR saves their images,
 * DIEM_BENCH_CHILD_STDERR=1 shows what the app prints.
 */
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench-frames.h"
#include "bench-session.h"
#include "bench-util.h"

#define RUN_TIMEOUT_S 20
#define IDLE_MS       1000 /* pixels unchanged this long, and then pings answered: settled */
#define SCROLL_KEYS   30
#define KEY_PERIOD_MS 50
#define STALL_MS      250 /* a key press whose frame takes longer is a stall */
#define SAMPLE_FRAME_TARGET_MS 300
#define SAMPLE_RSS_TARGET_MB   120
#define LONG_FRAME_TARGET_MS   1000
#define LONG_ARTICLE_BYTES     (2 * 1024 * 1024)

typedef struct
{
  double map_ms;         /* the window mapped */
  double paint_ms;       /* its first damage, whatever it shows */
  double article_ms;     /* the first frame that shows the article as it stays */
  double rss_frame_mb;   /* peak RSS at that frame */
  double rss_settled_mb; /* peak RSS once idle */
} RunTimes;

typedef struct
{
  GArray  *latencies_ms; /* key press → next frame, every key of every run */
  double   longest_gap_ms;
  gboolean all_scrolled;
} ScrollStats;

static double
ms_since (gint64 start,
          gint64 time)
{
  return (time - start) / 1000.0;
}

/* The first frame at or after @time that repaints much of the window; the text view
 * that lays out a long text in the background keeps redrawing a small part. */
static guint
next_large_frame (GArray *frames,
                  guint   from,
                  gint64  time)
{
  while (from < frames->len
         && (g_array_index (frames, DiemFrame, from).time < time || !g_array_index (frames, DiemFrame, from).large))
    from++;
  return from;
}

/* Presses Page Down every KEY_PERIOD_MS, then matches each press with the first large
 * frame that follows it. The view must also have moved: equal pixels before and after
 * mean the keys never reached it. */
static gboolean
measure_scroll (DiemFrameWatch *watch,
                ScrollStats    *stats)
{
  GArray *frames = diem_frame_watch_get_frames (watch);
  gint64 keys[SCROLL_KEYS];
  guint64 before;
  gint64 deadline, previous = 0;
  guint answer = 0, first_answer = 0;

  diem_frame_watch_click (watch, 0.65, 0.5); /* the reading view: right of the sidebar */
  deadline = g_get_monotonic_time () + RUN_TIMEOUT_S * G_USEC_PER_SEC;
  diem_frame_watch_run (watch, deadline, 300);
  before = diem_frame_watch_hash_window (watch);
  g_array_set_size (frames, 0);

  /* no image is read while the keys go: that would slow the app's frames */
  diem_frame_watch_set_hashing (watch, FALSE);
  for (guint i = 0; i < SCROLL_KEYS; i++)
    {
      keys[i] = diem_frame_watch_press_key (watch, "Next");
      if (diem_frame_watch_run (watch, keys[i] + KEY_PERIOD_MS * 1000, 0) == DIEM_WATCH_EXITED)
        return FALSE;
    }
  diem_frame_watch_set_hashing (watch, TRUE);
  if (diem_frame_watch_run (watch, deadline, IDLE_MS / 2) == DIEM_WATCH_EXITED)
    return FALSE;

  for (guint i = 0; i < SCROLL_KEYS; i++)
    {
      double latency;

      answer = next_large_frame (frames, answer, keys[i]);
      if (i == 0)
        first_answer = answer;
      latency = ms_since (keys[i], answer < frames->len ? g_array_index (frames, DiemFrame, answer).time
                                                        : g_get_monotonic_time ());
      g_array_append_val (stats->latencies_ms, latency);
    }
  /* the longest wait between the frames that answer the presses */
  for (guint f = first_answer; f <= answer && f < frames->len; f = next_large_frame (frames, f + 1, 0))
    {
      gint64 time = g_array_index (frames, DiemFrame, f).time;

      if (f > first_answer)
        stats->longest_gap_ms = MAX (stats->longest_gap_ms, ms_since (previous, time));
      previous = time;
    }
  if (diem_frame_watch_hash_window (watch) == before)
    stats->all_scrolled = FALSE;
  return TRUE;
}

/* With DIEM_BENCH_VERBOSE set, each run lists its frames. */
static void
print_frames (GArray *frames,
              gint64  start,
              guint64 settled)
{
  if (g_getenv ("DIEM_BENCH_VERBOSE") == NULL)
    return;
  for (guint i = 0; i < frames->len; i++)
    {
      const DiemFrame *frame = &g_array_index (frames, DiemFrame, i);

      g_printerr ("  frame %2u at %7.1f ms: %7u pixels, hash %016" G_GINT64_MODIFIER "x%s, peak RSS %.1f MB\n",
                  i, ms_since (start, frame->time), frame->pixels, frame->hash,
                  frame->hash == settled ? " (settled)" : "", frame->hwm_kb / 1024.0);
    }
}

/* The first frame whose pixels are those of the settled window. The last frame always
 * qualifies: nothing changed after it. */
static const DiemFrame *
find_article_frame (GArray *frames,
                    guint64 settled)
{
  for (guint i = 0; i < frames->len; i++)
    if (g_array_index (frames, DiemFrame, i).hash == settled)
      return &g_array_index (frames, DiemFrame, i);
  return frames->len > 0 ? &g_array_index (frames, DiemFrame, frames->len - 1) : NULL;
}

static gboolean
run_once (DiemFrameWatch    *watch,
          const char *const *envp,
          const char        *app,
          const char        *article,
          RunTimes          *times,
          ScrollStats       *scroll)
{
  const char *argv[] = { app, article, NULL };
  g_autoptr(GError) error = NULL;
  DiemBenchChild *child;
  DiemWatchStatus status;
  const DiemFrame *shown;
  gint64 start, deadline;
  guint64 settled;
  GPid pid;
  int wait_status = 0;
  gboolean ok = FALSE;

  start = g_get_monotonic_time ();
  child = diem_bench_child_spawn (argv, envp, NULL, &error);
  if (child == NULL)
    {
      g_printerr ("bench-first-frame: cannot run %s: %s\n", app, error->message);
      return FALSE;
    }
  pid = diem_bench_child_get_pid (child);
  deadline = start + RUN_TIMEOUT_S * G_USEC_PER_SEC;
  diem_frame_watch_start (watch, child);
  diem_frame_watch_set_hashing (watch, TRUE);

  status = diem_frame_watch_run (watch, deadline, IDLE_MS);
  settled = diem_frame_watch_hash_window (watch);
  print_frames (diem_frame_watch_get_frames (watch), start, settled);
  if (status == DIEM_WATCH_TIMEOUT)
    g_printerr ("bench-first-frame: no window from %s within %d s\n", app, RUN_TIMEOUT_S);
  else if (status == DIEM_WATCH_EXITED)
    {
      diem_bench_child_has_exited (child, &wait_status);
      g_printerr ("bench-first-frame: the app exited before its window settled (wait status %d)%s\n",
                  wait_status, diem_frame_watch_get_map_time (watch) == 0
                  ? ": is another instance of the app running on this D-Bus?" : "");
    }
  else if (g_get_monotonic_time () >= deadline)
    g_printerr ("bench-first-frame: the window did not settle within %d s\n", RUN_TIMEOUT_S);
  else if ((shown = find_article_frame (diem_frame_watch_get_frames (watch), settled)) == NULL)
    g_printerr ("bench-first-frame: the window mapped but was never drawn\n");
  else
    {
      times->map_ms = ms_since (start, diem_frame_watch_get_map_time (watch));
      times->paint_ms = ms_since (start, g_array_index (diem_frame_watch_get_frames (watch), DiemFrame, 0).time);
      times->article_ms = ms_since (start, shown->time);
      times->rss_frame_mb = shown->hwm_kb / 1024.0;
      times->rss_settled_mb = diem_bench_read_status_kb (pid, "VmHWM") / 1024.0;
      ok = scroll == NULL || measure_scroll (watch, scroll);
    }
  diem_bench_child_stop (child, 0);
  return ok;
}

/* Prints the median, min and max of one field of @times; returns the median. */
static double
print_figure (const RunTimes *times,
              guint           runs,
              gsize           field,
              const char     *label,
              const char     *unit,
              double          target)
{
  g_autofree double *values = g_new (double, runs);
  double median;

  for (guint i = 0; i < runs; i++)
    values[i] = G_STRUCT_MEMBER (double, &times[i], field);
  bench_sort_doubles (values, runs);
  median = values[runs / 2];
  printf ("  %-24s median %7.1f %s  (min %.1f, max %.1f)", label, median, unit, values[0], values[runs - 1]);
  if (target > 0)
    printf ("  target <= %.0f %s: %s", target, unit, median <= target ? "ok" : "MISSED");
  printf ("\n");
  return median;
}

/* Runs the app on @article @runs times after one warm-up run (which fills the page
 * cache); FALSE when a run failed or a median missed its target. */
static gboolean
bench_article (DiemFrameWatch    *watch,
               const char *const *envp,
               const char        *app,
               const char        *article,
               guint              runs,
               double             frame_target_ms,
               double             rss_target_mb,
               ScrollStats       *scroll)
{
  g_autofree RunTimes *times = g_new0 (RunTimes, runs);
  RunTimes warm_up;
  double frame_ms, rss_mb;

  for (guint i = 0; i <= runs; i++)
    if (!run_once (watch, envp, app, article, i == 0 ? &warm_up : &times[i - 1], i == 0 ? NULL : scroll))
      {
        printf ("  FAILED: run %u of %u did not finish (see above)\n", i, runs);
        return FALSE;
      }

  print_figure (times, runs, G_STRUCT_OFFSET (RunTimes, map_ms), "window mapped", "ms", 0);
  print_figure (times, runs, G_STRUCT_OFFSET (RunTimes, paint_ms), "first paint", "ms", 0);
  frame_ms = print_figure (times, runs, G_STRUCT_OFFSET (RunTimes, article_ms), "article shown", "ms",
                           frame_target_ms);
  print_figure (times, runs, G_STRUCT_OFFSET (RunTimes, rss_frame_mb), "peak RSS at that frame", "MB", 0);
  rss_mb = print_figure (times, runs, G_STRUCT_OFFSET (RunTimes, rss_settled_mb), "peak RSS settled", "MB",
                         rss_target_mb);
  return frame_ms <= frame_target_ms && (rss_target_mb == 0 || rss_mb <= rss_target_mb);
}

/* Scrolling fails the benchmark only when far off: a shared machine has hiccups. */
static gboolean
report_scroll (ScrollStats *scroll)
{
  GArray *latencies = scroll->latencies_ms;
  double *values = (double *) latencies->data;
  double worst;

  bench_sort_doubles (values, latencies->len);
  worst = values[latencies->len - 1];
  printf ("  %-24s median %7.1f ms  (worst %.1f ms over %u presses)  target: none over %d ms: %s\n",
          "Page Down → frame", values[latencies->len / 2], worst, latencies->len, STALL_MS,
          worst <= STALL_MS ? "PASS, no stall" : "STALLED");
  printf ("  %-24s %.1f ms\n", "longest gap in frames", scroll->longest_gap_ms);
  printf ("  %-24s %s\n", "view moved", scroll->all_scrolled ? "yes, every run" : "NO: the keys did not scroll it");
  return scroll->all_scrolled && worst <= 4 * STALL_MS;
}

static char *
write_long_article (const char *dir,
                    const char *sample,
                    GError    **error)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *path = g_build_filename (dir, "long-article.txt", NULL);

  while (text->len < LONG_ARTICLE_BYTES)
    g_string_append_printf (text, "%s\n\n", sample);
  if (!g_file_set_contents (path, text->str, text->len, error))
    return NULL;
  return g_steal_pointer (&path);
}

int
main (int   argc,
      char *argv[])
{
  const char *srcdir = g_getenv ("DIEMBAO_SRCDIR") ? g_getenv ("DIEMBAO_SRCDIR") : ".";
  const char *app = argc > 1 ? argv[1] : g_getenv ("DIEMBAO_APP");
  guint runs = argc > 2 ? (guint) atoi (argv[2]) : 5;
  g_autofree char *sample_path = g_build_filename (srcdir, "data", "sample", "hcmc-2023-review.txt", NULL);
  g_autofree char *sample = NULL;
  g_autofree char *long_path = NULL;
  g_autoptr(DiemBenchSession) session = NULL;
  g_auto(GStrv) envp = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) latencies = g_array_new (FALSE, FALSE, sizeof (double));
  ScrollStats scroll = { latencies, 0, TRUE };
  DiemFrameWatch *watch;
  gboolean ok;

  if (app == NULL || runs == 0 || !g_file_get_contents (sample_path, &sample, NULL, NULL))
    {
      g_printerr ("usage: bench-first-frame [APP [RUNS]] (or DIEMBAO_APP), with DIEMBAO_SRCDIR the source tree\n");
      return 2;
    }
  diem_bench_install_signal_handlers ();
  session = diem_bench_session_open (&error);
  if (session == NULL)
    {
      printf ("SKIP: %s\n", error->message);
      return 77;
    }
  long_path = write_long_article (diem_bench_session_get_tmpdir (session), sample, &error);
  if (long_path == NULL)
    {
      g_printerr ("bench-first-frame: %s\n", error->message);
      return 1;
    }
  watch = diem_frame_watch_new (diem_bench_session_get_display (session), &error);
  if (watch == NULL)
    {
      printf ("SKIP: %s\n", error->message);
      return 77;
    }
  envp = diem_bench_session_app_environment (session, app);

  printf ("display %s, %s; each figure from exec, median of %u runs after a warm-up\n",
          diem_bench_session_get_display_name (session), diem_bench_session_describe_bus (session), runs);
  printf ("sample article (%s, %.1f KB):\n", "hcmc-2023-review.txt", strlen (sample) / 1024.0);
  ok = bench_article (watch, (const char *const *) envp, app, sample_path, runs,
                      SAMPLE_FRAME_TARGET_MS, SAMPLE_RSS_TARGET_MB, NULL);
  printf ("2 MB article (the sample repeated):\n");
  ok = bench_article (watch, (const char *const *) envp, app, long_path, runs,
                      LONG_FRAME_TARGET_MS, 0, &scroll) && ok;
  printf ("scrolling it, %d × Page Down every %d ms in each run:\n", SCROLL_KEYS, KEY_PERIOD_MS);
  if (scroll.latencies_ms->len > 0)
    ok = report_scroll (&scroll) && ok;

  diem_frame_watch_free (watch);
  printf ("%s\n", ok ? "targets met" : "TARGET MISSED");
  return ok ? 0 : 1;
}
