/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-util.h — what every benchmark needs: sorting times, CPU time, removing its scratch folder */
#pragma once

#include <glib.h>

void bench_sort_doubles (double     *values,
                         guint       n);
void bench_remove_tree  (const char *path);
/* CPU time of this process, in ms: steadier than wall time on a busy machine */
double bench_cpu_ms     (void);
