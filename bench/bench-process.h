/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-process.h — child processes of a benchmark that never outlive it
 *
 * Each child runs in its own process group and dies with the benchmark (parent-death
 * signal); SIGINT, SIGTERM and SIGHUP kill every live child group before the benchmark
 * exits, so a timeout in the test runner leaves no stray app or X server behind.
 */
#pragma once

#include <glib.h>
#include <sys/resource.h>

G_BEGIN_DECLS

typedef struct _DiemBenchChild DiemBenchChild;

void            diem_bench_install_signal_handlers (void);

DiemBenchChild *diem_bench_child_spawn             (const char *const *argv,
                                                    const char *const *envp,
                                                    int               *stdout_fd,
                                                    GError           **error);
GPid            diem_bench_child_get_pid           (DiemBenchChild    *child);
gboolean        diem_bench_child_has_exited        (DiemBenchChild    *child,
                                                    int               *wait_status);
gboolean        diem_bench_child_wait              (DiemBenchChild    *child,
                                                    int               *wait_status,
                                                    struct rusage     *usage);
void            diem_bench_child_stop              (DiemBenchChild    *child,
                                                    guint              grace_ms);

gsize           diem_bench_read_status_kb          (GPid               pid,
                                                    const char        *field);

G_END_DECLS
