/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-frames.c — when an app's window shows what, seen through X Damage */
#include <X11/Xatom.h>
#include <X11/Xutil.h>
#include <X11/extensions/XTest.h>
#include <X11/extensions/Xdamage.h>
#include <X11/extensions/Xfixes.h>
#include <gio/gio.h>
#include <poll.h>

#include "bench-frames.h"
#include "bench-image.h"

/* How often the app is checked for having exited while no event comes */
#define POLL_SLICE_MS 50
/* Between the two pings that show an app idle: time for a frame it had due to start */
#define PING_SPACING_MS 200

struct _DiemFrameWatch
{
  Display        *display;
  Window          root;
  int             damage_event;
  XserverRegion   parts;
  Atom            wm_pid;
  Atom            wm_protocols;
  Atom            wm_ping;
  GHashTable     *damages; /* Window → Damage of each top-level window created since start */
  DiemImageReader *reader;

  DiemBenchChild *app;
  Window          window;
  Damage          damage;
  int             width, height;
  gint64          map_time;
  gint64          last_change; /* damage that changed the pixels, or any without hashing */
  guint64         last_hash;
  gint64          ping_sent;  /* 0 when no ping is out */
  gint64          pong_time;
  guint           pongs;      /* answers since the pixels last changed */
  long            ping_serial;
  GArray         *frames;
  gboolean        hashing;
};

/* Windows vanish under us (the app is killed at the end of a run): their errors are
 * expected, and Xlib's default handler would exit. */
static int
ignore_x_error (Display     *display,
                XErrorEvent *event)
{
  return 0;
}

DiemFrameWatch *
diem_frame_watch_new (Display *display,
                      GError **error)
{
  DiemFrameWatch *watch;
  int damage_error, fixes_event, fixes_error, test_event, test_error, major, minor;

  if (!XDamageQueryExtension (display, &(int) { 0 }, &damage_error)
      || !XFixesQueryExtension (display, &fixes_event, &fixes_error)
      || !XTestQueryExtension (display, &test_event, &test_error, &major, &minor))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   "the X server lacks the DAMAGE, XFIXES or XTEST extension");
      return NULL;
    }

  watch = g_new0 (DiemFrameWatch, 1);
  watch->display = display;
  watch->root = DefaultRootWindow (display);
  XDamageQueryExtension (display, &watch->damage_event, &damage_error);
  XDamageQueryVersion (display, &major, &minor);
  XFixesQueryVersion (display, &major, &minor);
  watch->parts = XFixesCreateRegion (display, NULL, 0);
  watch->wm_pid = XInternAtom (display, "_NET_WM_PID", False);
  watch->wm_protocols = XInternAtom (display, "WM_PROTOCOLS", False);
  watch->wm_ping = XInternAtom (display, "_NET_WM_PING", False);
  watch->damages = g_hash_table_new (NULL, NULL);
  watch->frames = g_array_new (FALSE, TRUE, sizeof (DiemFrame));
  watch->reader = diem_image_reader_new (display);

  XSetErrorHandler (ignore_x_error);
  XSelectInput (display, watch->root, SubstructureNotifyMask);
  XSync (display, False);
  return watch;
}

static void
forget_windows (DiemFrameWatch *watch)
{
  GHashTableIter iter;
  gpointer damage;

  g_hash_table_iter_init (&iter, watch->damages);
  while (g_hash_table_iter_next (&iter, NULL, &damage))
    XDamageDestroy (watch->display, (Damage) GPOINTER_TO_SIZE (damage));
  g_hash_table_remove_all (watch->damages);
  XSync (watch->display, False);
}

void
diem_frame_watch_free (DiemFrameWatch *watch)
{
  forget_windows (watch);
  diem_image_reader_free (watch->reader);
  XFixesDestroyRegion (watch->display, watch->parts);
  g_hash_table_unref (watch->damages);
  g_array_unref (watch->frames);
  g_free (watch);
}

/* Watches for @app's window from now on, forgetting the previous run's. */
void
diem_frame_watch_start (DiemFrameWatch *watch,
                        DiemBenchChild *app)
{
  forget_windows (watch);
  watch->app = app;
  watch->window = None;
  watch->damage = None;
  watch->map_time = 0;
  watch->last_change = 0;
  watch->last_hash = 0;
  watch->ping_sent = 0;
  watch->pong_time = 0;
  watch->pongs = 0;
  watch->hashing = FALSE;
  g_array_set_size (watch->frames, 0);
}

void
diem_frame_watch_set_hashing (DiemFrameWatch *watch,
                              gboolean        hashing)
{
  watch->hashing = hashing;
}

gint64
diem_frame_watch_get_map_time (DiemFrameWatch *watch)
{
  return watch->map_time;
}

GArray *
diem_frame_watch_get_frames (DiemFrameWatch *watch)
{
  return watch->frames;
}

static GPid
window_pid (DiemFrameWatch *watch,
            Window          window)
{
  Atom type;
  int format;
  unsigned long n_items, remaining;
  unsigned char *data = NULL;
  GPid pid = 0;

  if (XGetWindowProperty (watch->display, window, watch->wm_pid, 0, 1, False, XA_CARDINAL, &type,
                          &format, &n_items, &remaining, &data) == Success
      && data != NULL && format == 32 && n_items == 1)
    pid = (GPid) * (unsigned long *) data;
  if (data != NULL)
    XFree (data);
  return pid;
}

guint64
diem_frame_watch_hash_window (DiemFrameWatch *watch)
{
  if (watch->window == None)
    return 0;
  return diem_image_reader_hash (watch->reader, watch->window, watch->width, watch->height);
}

/* Whether Xlib's queue holds damage of the window, without reading the connection: what
 * it holds came before the reply to the last request. */
static gboolean
damage_queued (DiemFrameWatch *watch)
{
  int n = XEventsQueued (watch->display, QueuedAlready);
  g_autofree XEvent *events = g_new (XEvent, MAX (n, 1));
  gboolean found = FALSE;

  for (int i = 0; i < n; i++)
    {
      XNextEvent (watch->display, &events[i]);
      found |= events[i].type == watch->damage_event + XDamageNotify
               && ((XDamageNotifyEvent *) &events[i])->damage == watch->damage;
    }
  for (int i = n - 1; i >= 0; i--)
    XPutBackEvent (watch->display, &events[i]);
  return found;
}

static void
on_damage (DiemFrameWatch     *watch,
           XDamageNotifyEvent *event,
           gint64              now)
{
  DiemFrame frame = { now, 0, FALSE, 0, 0 };
  XRectangle *rects;
  int n_rects;

  if (event->damage != watch->damage)
    {
      /* a window of another app, or ours before it maps */
      XDamageSubtract (watch->display, event->damage, None, None);
      return;
    }

  XDamageSubtract (watch->display, watch->damage, None, watch->parts);
  rects = XFixesFetchRegion (watch->display, watch->parts, &n_rects);
  for (int i = 0; i < n_rects; i++)
    frame.pixels += rects[i].width * rects[i].height;
  if (rects != NULL)
    XFree (rects);
  frame.large = frame.pixels >= (guint) (watch->width * watch->height) / 4;

  if (watch->hashing)
    {
      frame.hash = diem_frame_watch_hash_window (watch);
      /* damage that came before the image means the image may show a later frame */
      if (damage_queued (watch))
        frame.hash = 0;
    }
  frame.hwm_kb = diem_bench_read_status_kb (diem_bench_child_get_pid (watch->app), "VmHWM");
  g_array_append_val (watch->frames, frame);
  /* a text view that lays out a long text in the background redraws the same pixels */
  if (frame.hash == 0 || frame.hash != watch->last_hash)
    {
      watch->last_change = now;
      watch->pongs = 0;
      watch->ping_sent = 0;
      watch->ping_serial++; /* the answer to a ping out now would count for the new pixels */
    }
  watch->last_hash = frame.hash;
}

/* A _NET_WM_PING, as window managers send: the toolkit answers it from its main loop,
 * so an answer shows that the loop runs, not stuck in work that draws nothing. */
static void
send_ping (DiemFrameWatch *watch,
           gint64          now)
{
  XEvent event = { 0 };

  event.xclient.type = ClientMessage;
  event.xclient.window = watch->window;
  event.xclient.message_type = watch->wm_protocols;
  event.xclient.format = 32;
  event.xclient.data.l[0] = (long) watch->wm_ping;
  event.xclient.data.l[1] = ++watch->ping_serial;
  event.xclient.data.l[2] = (long) watch->window;
  XSendEvent (watch->display, watch->window, False, NoEventMask, &event);
  XFlush (watch->display);
  watch->ping_sent = now;
}

static void
on_pong (DiemFrameWatch      *watch,
         XClientMessageEvent *event,
         gint64               now)
{
  if (event->message_type != watch->wm_protocols || (Atom) event->data.l[0] != watch->wm_ping
      || event->data.l[1] != watch->ping_serial || watch->ping_sent == 0)
    return;
  watch->pongs++;
  watch->pong_time = now;
  watch->ping_sent = 0;
}

static void
on_event (DiemFrameWatch *watch,
          XEvent         *event,
          gint64          now)
{
  if (event->type == watch->damage_event + XDamageNotify)
    on_damage (watch, (XDamageNotifyEvent *) event, now);
  else if (event->type == CreateNotify && event->xcreatewindow.parent == watch->root
           && !event->xcreatewindow.override_redirect)
    {
      /* damage from before the map would be lost if the object came later */
      Window window = event->xcreatewindow.window;
      Damage damage = XDamageCreate (watch->display, window, XDamageReportNonEmpty);

      g_hash_table_insert (watch->damages, GSIZE_TO_POINTER (window), GSIZE_TO_POINTER (damage));
      XSelectInput (watch->display, window, StructureNotifyMask);
    }
  else if (event->type == MapNotify && event->xmap.event == event->xmap.window
           && watch->window == None
           && g_hash_table_contains (watch->damages, GSIZE_TO_POINTER (event->xmap.window))
           && window_pid (watch, event->xmap.window) == diem_bench_child_get_pid (watch->app))
    {
      XWindowAttributes attributes;

      watch->window = event->xmap.window;
      watch->damage = GPOINTER_TO_SIZE (g_hash_table_lookup (watch->damages, GSIZE_TO_POINTER (watch->window)));
      watch->map_time = now;
      XGetWindowAttributes (watch->display, watch->window, &attributes);
      watch->width = attributes.width;
      watch->height = attributes.height;
    }
  else if (event->type == ConfigureNotify && event->xconfigure.window == watch->window)
    {
      watch->width = event->xconfigure.width;
      watch->height = event->xconfigure.height;
    }
  else if (event->type == ClientMessage && watch->window != None)
    on_pong (watch, &event->xclient, now);
  else if (event->type == DestroyNotify)
    g_hash_table_remove (watch->damages, GSIZE_TO_POINTER (event->xdestroywindow.window));
}

/* Idle: the pixels did not change for @idle_ms, and then two pings, PING_SPACING_MS
 * apart, were answered with no change in between. One answer is not enough: the toolkit
 * answers before it starts a frame that may take long, and draws nothing meanwhile. The
 * pings go out only after the quiet time, so that a busy app is not disturbed. */
static gint64
idle_deadline (DiemFrameWatch *watch,
               gint64          now,
               guint           idle_ms)
{
  gint64 quiet_until = MAX (watch->last_change, watch->map_time) + idle_ms * G_GINT64_CONSTANT (1000);
  gint64 next_ping;

  if (now < quiet_until)
    return quiet_until;
  if (watch->pongs >= 2)
    return now;
  if (watch->ping_sent != 0)
    return G_MAXINT64;
  next_ping = watch->pongs == 0 ? now : watch->pong_time + PING_SPACING_MS * 1000;
  if (now < next_ping)
    return next_ping;
  send_ping (watch, now);
  return G_MAXINT64;
}

/* Handles events until @until (monotonic µs) or, once the window has mapped and
 * @idle_ms is not 0, until it is idle (see idle_deadline()). */
DiemWatchStatus
diem_frame_watch_run (DiemFrameWatch *watch,
                      gint64          until,
                      guint           idle_ms)
{
  struct pollfd pfd = { ConnectionNumber (watch->display), POLLIN, 0 };

  for (;;)
    {
      gint64 now, end;

      while (XPending (watch->display) > 0)
        {
          XEvent event;

          XNextEvent (watch->display, &event);
          on_event (watch, &event, g_get_monotonic_time ());
        }
      if (diem_bench_child_has_exited (watch->app, NULL))
        return DIEM_WATCH_EXITED;

      now = g_get_monotonic_time ();
      end = until;
      if (watch->window != None && idle_ms > 0)
        end = MIN (end, idle_deadline (watch, now, idle_ms));
      if (now >= end)
        return watch->window != None ? DIEM_WATCH_DONE : DIEM_WATCH_TIMEOUT;
      poll (&pfd, 1, (int) MIN ((end - now + 999) / 1000, POLL_SLICE_MS));
    }
}

/* Presses and releases @key_name (an X keysym name); returns when it was sent. */
gint64
diem_frame_watch_press_key (DiemFrameWatch *watch,
                            const char     *key_name)
{
  KeyCode code = XKeysymToKeycode (watch->display, XStringToKeysym (key_name));
  gint64 sent = g_get_monotonic_time ();

  XTestFakeKeyEvent (watch->display, code, True, CurrentTime);
  XTestFakeKeyEvent (watch->display, code, False, CurrentTime);
  XFlush (watch->display);
  return sent;
}

/* Gives the window the keyboard focus, as a window manager would, and clicks at a
 * point given as fractions of its width and height. */
void
diem_frame_watch_click (DiemFrameWatch *watch,
                        double          x_fraction,
                        double          y_fraction)
{
  int x, y;
  Window child;

  XTranslateCoordinates (watch->display, watch->window, watch->root, (int) (watch->width * x_fraction),
                         (int) (watch->height * y_fraction), &x, &y, &child);
  XSetInputFocus (watch->display, watch->window, RevertToParent, CurrentTime);
  XTestFakeMotionEvent (watch->display, -1, x, y, CurrentTime);
  XTestFakeButtonEvent (watch->display, 1, True, CurrentTime);
  XTestFakeButtonEvent (watch->display, 1, False, CurrentTime);
  XFlush (watch->display);
}
