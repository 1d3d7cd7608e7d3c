/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-cli-options.h — the command line's options, read once for the window and the CLI */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

void diem_cli_options_add    (GApplication *app);
int  diem_cli_options_handle (GVariantDict *options);
int  diem_cli_options_run    (int           argc,
                              char        **argv,
                              gboolean     *wants_window);

G_END_DECLS
