/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-ui-main.c — the window's entry point, in the front end's loadable module
 *
 * The executable loads GTK only when a window is asked for (main.c): this runs the
 * application with the command line the executable was given.
 */
#include "diem-ui-main.h"

#include "diem-application.h"

int
diem_ui_main (int    argc,
              char **argv)
{
  g_autoptr(DiemApplication) app = diem_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
