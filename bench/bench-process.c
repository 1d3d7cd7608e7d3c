/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-process.c — child processes of a benchmark that never outlive it */
/* kill (), wait4 () and prctl () are POSIX and Linux, beyond C11 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bench-process.h"

#define MAX_CHILDREN 8

struct _DiemBenchChild
{
  GPid     pid;
  gboolean reaped;
  int      wait_status;
};

/* Process groups to kill from a signal handler: plain pids, written before and after
 * the child lives, read only by the handler. */
static volatile sig_atomic_t live_groups[MAX_CHILDREN];

static void
on_fatal_signal (int signum)
{
  for (guint i = 0; i < MAX_CHILDREN; i++)
    if (live_groups[i] > 0)
      kill (-live_groups[i], SIGKILL);
  signal (signum, SIG_DFL);
  raise (signum);
}

void
diem_bench_install_signal_handlers (void)
{
  signal (SIGINT, on_fatal_signal);
  signal (SIGTERM, on_fatal_signal);
  signal (SIGHUP, on_fatal_signal);
}

static void
track_group (GPid pid,
             GPid replace)
{
  for (guint i = 0; i < MAX_CHILDREN; i++)
    if (live_groups[i] == replace)
      {
        live_groups[i] = pid;
        return;
      }
  g_error ("more than %d live children", MAX_CHILDREN);
}

/* Runs in the child between fork and exec: its own group, so that one kill reaches
 * whatever it starts, and a parent-death signal, so that not even SIGKILL of the
 * benchmark leaves it running. */
static void
child_setup (gpointer user_data)
{
  pid_t parent = GPOINTER_TO_INT (user_data);

  setpgid (0, 0);
  prctl (PR_SET_PDEATHSIG, SIGKILL);
  if (getppid () != parent)
    _exit (127);
}

DiemBenchChild *
diem_bench_child_spawn (const char *const *argv,
                        const char *const *envp,
                        int               *stdout_fd,
                        GError           **error)
{
  GSpawnFlags flags = G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDERR_TO_DEV_NULL;
  DiemBenchChild *child = g_new0 (DiemBenchChild, 1);

  if (stdout_fd == NULL)
    flags |= G_SPAWN_STDOUT_TO_DEV_NULL;
  if (g_getenv ("DIEM_BENCH_CHILD_STDERR") != NULL)
    flags &= ~G_SPAWN_STDERR_TO_DEV_NULL;

  if (!g_spawn_async_with_pipes (NULL, (char **) argv, (char **) envp, flags, child_setup,
                                 GINT_TO_POINTER (getpid ()), &child->pid, NULL, stdout_fd, NULL, error))
    {
      g_free (child);
      return NULL;
    }
  track_group (child->pid, 0);
  return child;
}

GPid
diem_bench_child_get_pid (DiemBenchChild *child)
{
  return child->pid;
}

gboolean
diem_bench_child_has_exited (DiemBenchChild *child,
                             int            *wait_status)
{
  if (!child->reaped && waitpid (child->pid, &child->wait_status, WNOHANG) == child->pid)
    {
      child->reaped = TRUE;
      track_group (0, child->pid);
    }
  if (child->reaped && wait_status != NULL)
    *wait_status = child->wait_status;
  return child->reaped;
}

/* Blocks until the child exits and reaps it, with its processor time and peak RSS in
 * @usage; FALSE when it was reaped already (its usage is then unknown). */
gboolean
diem_bench_child_wait (DiemBenchChild *child,
                       int            *wait_status,
                       struct rusage  *usage)
{
  pid_t pid;

  if (child->reaped)
    return FALSE;
  while ((pid = wait4 (child->pid, &child->wait_status, 0, usage)) < 0 && errno == EINTR)
    ;
  if (pid != child->pid)
    return FALSE;
  child->reaped = TRUE;
  track_group (0, child->pid);
  if (wait_status != NULL)
    *wait_status = child->wait_status;
  return TRUE;
}

/* Stops the child's whole group and reaps the child; frees @child. With @grace_ms it
 * gets SIGTERM first, so that it can clean up (an X server removes its lock file). */
void
diem_bench_child_stop (DiemBenchChild *child,
                       guint           grace_ms)
{
  if (child == NULL)
    return;
  if (grace_ms > 0 && !child->reaped)
    {
      gint64 until = g_get_monotonic_time () + grace_ms * G_GINT64_CONSTANT (1000);

      kill (-child->pid, SIGTERM);
      while (!diem_bench_child_has_exited (child, NULL) && g_get_monotonic_time () < until)
        g_usleep (10000);
    }
  if (!child->reaped)
    {
      kill (-child->pid, SIGKILL);
      while (waitpid (child->pid, &child->wait_status, 0) < 0 && errno == EINTR)
        ;
      track_group (0, child->pid);
    }
  g_free (child);
}

/* A "Vm…:  123 kB" line of /proc/PID/status; 0 when it cannot be read. */
gsize
diem_bench_read_status_kb (GPid        pid,
                           const char *field)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/status", (int) pid);
  g_autofree char *status = NULL;
  gsize field_len = strlen (field);

  if (!g_file_get_contents (path, &status, NULL, NULL))
    return 0;
  for (const char *line = status; line != NULL && *line != '\0'; line = strchr (line, '\n'))
    {
      if (*line == '\n')
        line++;
      if (strncmp (line, field, field_len) == 0 && line[field_len] == ':')
        return strtoul (line + field_len + 1, NULL, 10);
    }
  return 0;
}

