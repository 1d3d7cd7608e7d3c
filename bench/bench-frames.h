/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-frames.h — when an app's window shows what, seen through X Damage
 *
 * Every new top-level window gets a damage object as soon as it is created, before it
 * maps, so no drawing escapes; the app's window is the one that maps with the app's
 * _NET_WM_PID. Each batch of damage after the map is one frame: the time it reached
 * us, its area and, when asked for, a hash of the window's pixels right after it. A run
 * can wait until the window is idle: pixels unchanged, and the app answering pings.
 */
#pragma once

#include <X11/Xlib.h>
#include <glib.h>

#include "bench-process.h"

G_BEGIN_DECLS

typedef struct
{
  gint64  time;     /* monotonic µs, when the damage reached the benchmark */
  guint   pixels;   /* damaged area */
  gboolean large;   /* the damage covers at least a quarter of the window */
  guint64 hash;     /* of the window's pixels after this damage; 0 when not taken */
  gsize   hwm_kb;   /* the app's peak RSS at that moment */
} DiemFrame;

typedef enum
{
  DIEM_WATCH_DONE,      /* the time ran out, or the window went idle */
  DIEM_WATCH_TIMEOUT,   /* the deadline passed before the window mapped */
  DIEM_WATCH_EXITED,    /* the app exited */
} DiemWatchStatus;

typedef struct _DiemFrameWatch DiemFrameWatch;

DiemFrameWatch *diem_frame_watch_new        (Display        *display,
                                             GError        **error);
void            diem_frame_watch_free       (DiemFrameWatch *watch);

void            diem_frame_watch_start      (DiemFrameWatch *watch,
                                             DiemBenchChild *app);
DiemWatchStatus diem_frame_watch_run        (DiemFrameWatch *watch,
                                             gint64          until,
                                             guint           idle_ms);
void            diem_frame_watch_set_hashing (DiemFrameWatch *watch,
                                              gboolean        hashing);

gint64          diem_frame_watch_get_map_time (DiemFrameWatch *watch);
GArray         *diem_frame_watch_get_frames (DiemFrameWatch *watch);
guint64         diem_frame_watch_hash_window (DiemFrameWatch *watch);

gint64          diem_frame_watch_press_key  (DiemFrameWatch *watch,
                                             const char     *key_name);
void            diem_frame_watch_click      (DiemFrameWatch *watch,
                                             double          x_fraction,
                                             double          y_fraction);

G_END_DECLS
