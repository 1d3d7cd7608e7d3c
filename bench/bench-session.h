/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-session.h — where a benchmarked app runs: an X display and private user folders
 *
 * The display is DISPLAY's, or a private Xvfb's when DISPLAY is unset. The app's
 * environment points HOME and the XDG folders into a temporary folder, and picks the
 * cairo renderer, memory settings and no portal, as the UI tests do.
 */
#pragma once

#include <X11/Xlib.h>
#include <glib.h>

G_BEGIN_DECLS

typedef struct _DiemBenchSession DiemBenchSession;

DiemBenchSession *diem_bench_session_open             (GError          **error);
void              diem_bench_session_free             (DiemBenchSession *session);

Display          *diem_bench_session_get_display      (DiemBenchSession *session);
const char       *diem_bench_session_get_display_name (DiemBenchSession *session);
const char       *diem_bench_session_get_tmpdir       (DiemBenchSession *session);
char            **diem_bench_session_app_environment  (DiemBenchSession *session,
                                                       const char       *app);
const char       *diem_bench_session_describe_bus     (DiemBenchSession *session);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DiemBenchSession, diem_bench_session_free)

G_END_DECLS
