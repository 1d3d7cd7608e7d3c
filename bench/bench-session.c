/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-session.c — where a benchmarked app runs: an X display and private user folders */
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <poll.h>
#include <stdlib.h>
#include <unistd.h>

#include "bench-process.h"
#include "bench-session.h"
#include "bench-util.h"

#define XVFB_START_TIMEOUT_MS 10000

struct _DiemBenchSession
{
  DiemBenchChild *xvfb; /* (nullable) ours, when DISPLAY was unset */
  Display        *display;
  char           *display_name;
  char           *tmpdir;
  gboolean        has_bus;
};

/* Xvfb picks a free display number itself and writes it to -displayfd. */
static char *
start_xvfb (DiemBenchSession *session,
            GError          **error)
{
  const char *argv[] = { "Xvfb", "-displayfd", "1", "-screen", "0", "1400x900x24", "-nolisten", "tcp", NULL };
  g_autofree char *xvfb = g_find_program_in_path ("Xvfb");
  char number[16] = "";
  gsize len = 0;
  int fd = -1;
  gint64 until = g_get_monotonic_time () + XVFB_START_TIMEOUT_MS * 1000;

  if (xvfb == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "DISPLAY is unset and Xvfb is not installed");
      return NULL;
    }
  argv[0] = xvfb;
  session->xvfb = diem_bench_child_spawn (argv, NULL, &fd, error);
  if (session->xvfb == NULL)
    return NULL;

  while (len < sizeof number - 1 && !g_str_has_suffix (number, "\n") && g_get_monotonic_time () < until)
    {
      struct pollfd pfd = { fd, POLLIN, 0 };
      gssize n;

      if (poll (&pfd, 1, 100) <= 0)
        continue;
      n = read (fd, number + len, sizeof number - 1 - len);
      if (n <= 0)
        break;
      len += n;
      number[len] = '\0';
    }
  close (fd);
  if (!g_str_has_suffix (number, "\n"))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Xvfb did not start within %d s",
                   XVFB_START_TIMEOUT_MS / 1000);
      return NULL;
    }
  return g_strdup_printf (":%d", atoi (number));
}

DiemBenchSession *
diem_bench_session_open (GError **error)
{
  g_autoptr(DiemBenchSession) session = g_new0 (DiemBenchSession, 1);

  if (g_getenv ("DISPLAY") != NULL && *g_getenv ("DISPLAY") != '\0')
    session->display_name = g_strdup (g_getenv ("DISPLAY"));
  else if ((session->display_name = start_xvfb (session, error)) == NULL)
    return NULL;

  session->display = XOpenDisplay (session->display_name);
  if (session->display == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "cannot open display %s", session->display_name);
      return NULL;
    }
  session->tmpdir = g_dir_make_tmp ("diem-bench-frame-XXXXXX", error);
  if (session->tmpdir == NULL)
    return NULL;
  session->has_bus = g_getenv ("DBUS_SESSION_BUS_ADDRESS") != NULL;
  return g_steal_pointer (&session);
}

void
diem_bench_session_free (DiemBenchSession *session)
{
  if (session->display != NULL)
    XCloseDisplay (session->display);
  diem_bench_child_stop (session->xvfb, 2000);
  if (session->tmpdir != NULL)
    bench_remove_tree (session->tmpdir);
  g_free (session->display_name);
  g_free (session->tmpdir);
  g_free (session);
}

Display *
diem_bench_session_get_display (DiemBenchSession *session)
{
  return session->display;
}

const char *
diem_bench_session_get_display_name (DiemBenchSession *session)
{
  return session->display_name;
}

const char *
diem_bench_session_get_tmpdir (DiemBenchSession *session)
{
  return session->tmpdir;
}

const char *
diem_bench_session_describe_bus (DiemBenchSession *session)
{
  return session->has_bus ? "the given session bus" : "no session bus";
}

static char **
set_folder (char       **envp,
            const char  *tmpdir,
            const char  *variable,
            const char  *name)
{
  g_autofree char *path = g_build_filename (tmpdir, name, NULL);

  g_mkdir_with_parents (path, 0700);
  return g_environ_setenv (envp, variable, path, TRUE);
}

/* The environment of the app at @app, an installed or a build-tree binary: its data
 * from DIEMBAO_PREFIX (or the prefix it is installed in), its schema from
 * DIEMBAO_SCHEMA_DIR (or that prefix). */
char **
diem_bench_session_app_environment (DiemBenchSession *session,
                                    const char       *app)
{
  char **envp = g_get_environ ();
  g_autofree char *bin = g_path_get_dirname (app);
  g_autofree char *prefix = g_getenv ("DIEMBAO_PREFIX") ? g_strdup (g_getenv ("DIEMBAO_PREFIX"))
                                                        : g_path_get_dirname (bin);
  g_autofree char *data_dirs = g_strdup_printf ("%s/share:/usr/share", prefix);
  g_autofree char *schemas = g_getenv ("DIEMBAO_SCHEMA_DIR") ? g_strdup (g_getenv ("DIEMBAO_SCHEMA_DIR"))
                                                             : g_build_filename (prefix, "share", "glib-2.0", "schemas", NULL);

  envp = set_folder (envp, session->tmpdir, "HOME", "home");
  envp = set_folder (envp, session->tmpdir, "XDG_CONFIG_HOME", "config");
  envp = set_folder (envp, session->tmpdir, "XDG_DATA_HOME", "data");
  envp = set_folder (envp, session->tmpdir, "XDG_CACHE_HOME", "cache");
  envp = set_folder (envp, session->tmpdir, "XDG_STATE_HOME", "state");
  envp = set_folder (envp, session->tmpdir, "XDG_RUNTIME_DIR", "runtime");
  envp = g_environ_setenv (envp, "XDG_DATA_DIRS", data_dirs, TRUE);
  envp = g_environ_setenv (envp, "GSETTINGS_SCHEMA_DIR", schemas, TRUE);
  envp = g_environ_setenv (envp, "GSETTINGS_BACKEND", "memory", TRUE);
  envp = g_environ_setenv (envp, "GSK_RENDERER", "cairo", TRUE);
  envp = g_environ_setenv (envp, "GDK_DEBUG", "gl-disable", TRUE);
  envp = g_environ_setenv (envp, "ADW_DISABLE_PORTAL", "1", TRUE);
  envp = g_environ_setenv (envp, "GDK_BACKEND", "x11", TRUE);
  envp = g_environ_setenv (envp, "DISPLAY", session->display_name, TRUE);
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  if (!session->has_bus)
    {
      /* Without an address GLib would autolaunch a bus daemon that outlives the app. */
      g_autofree char *address = g_strdup_printf ("unix:path=%s/no-bus", session->tmpdir);

      envp = g_environ_setenv (envp, "DBUS_SESSION_BUS_ADDRESS", address, TRUE);
    }
  return envp;
}
