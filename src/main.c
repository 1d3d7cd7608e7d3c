/* SPDX-License-Identifier: GPL-3.0-or-later */
/* main.c — diembao: the window, or headless export with --export-json/--export-pdf
 *
 * The executable itself has no GTK: the command line is read, and an export, a digest
 * or --version is done, before anything of the front end is loaded (loading GTK and
 * libadwaita costs more than exporting a short article). A window loads the front end's
 * module and runs the application there.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <gmodule.h>
#include <locale.h>

#include "diem-cli-options.h"
#include "diem-ui-main.h"

/* The module beside an uninstalled executable in the build tree, else the installed one. */
static char *
dup_ui_module_path (void)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);

  if (self != NULL && g_strcmp0 (self, DIEM_UNINSTALLED_EXECUTABLE) == 0
      && g_file_test (DIEM_UNINSTALLED_UI_MODULE, G_FILE_TEST_IS_REGULAR))
    return g_strdup (DIEM_UNINSTALLED_UI_MODULE);
  return g_strdup (DIEM_UI_MODULE);
}

static int
run_window (int    argc,
            char **argv)
{
  g_autofree char *path = dup_ui_module_path ();
  GModule *module = g_module_open (path, G_MODULE_BIND_LOCAL);
  DiemUiMain ui_main = NULL;

  if (module == NULL || !g_module_symbol (module, DIEM_UI_MAIN_SYMBOL, (gpointer *) &ui_main))
    {
      g_printerr ("diembao: %s: %s\n", _("The window cannot be shown"), g_module_error ());
      return 1;
    }
  g_module_make_resident (module);
  return ui_main (argc, argv);
}

int
main (int   argc,
      char *argv[])
{
  gboolean wants_window = FALSE;
  int status;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  status = diem_cli_options_run (argc, argv, &wants_window);
  if (!wants_window)
    return status;
  return run_window (argc, argv);
}
