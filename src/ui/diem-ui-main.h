/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-ui-main.h — the window's entry point, in the front end's loadable module */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The symbol the executable looks up in the module */
#define DIEM_UI_MAIN_SYMBOL "diem_ui_main"

typedef int (*DiemUiMain) (int    argc,
                           char **argv);

int diem_ui_main (int    argc,
                  char **argv);

G_END_DECLS
