/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ui-test-util.h — one private set of user folders for a whole UI test program
 *
 * GTK keeps process-wide singletons (the recent-files manager) bound to the user
 * folders of the moment they are first used, so per-test isolated folders, which are
 * deleted after each test, would leave them writing into a folder that is gone.
 */
#pragma once

#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

static inline char *
ui_test_use_private_dirs (void)
{
  g_autoptr(GError) error = NULL;
  char *root = g_dir_make_tmp ("diembao-ui-test-XXXXXX", &error);
  const char *kinds[][2] = {
    { "XDG_DATA_HOME", "data" }, { "XDG_CONFIG_HOME", "config" },
    { "XDG_CACHE_HOME", "cache" }, { "XDG_STATE_HOME", "state" },
  };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autofree char *path = g_build_filename (root, kinds[i][1], NULL);

      g_mkdir_with_parents (path, 0700);
      g_setenv (kinds[i][0], path, TRUE);
    }
  return root;
}

static inline void
ui_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        ui_test_remove_tree (child);
      else
        g_remove (child);
    }
  g_rmdir (path);
}

static GLogWriterOutput
ui_test_drop_messages_cb (GLogLevelFlags   log_level,
                          const GLogField *fields,
                          gsize            n_fields,
                          gpointer         user_data)
{
  const char * const *fragments = user_data;

  for (gsize i = 0; i < n_fields; i++)
    if (g_str_equal (fields[i].key, "MESSAGE") && fields[i].length < 0)
      for (guint f = 0; fragments[f] != NULL; f++)
        if (strstr (fields[i].value, fragments[f]) != NULL)
          return G_LOG_WRITER_HANDLED;
  return g_log_writer_default (log_level, fields, n_fields, NULL);
}

/* Leaves to GTK the messages of its own that hold one of the NULL-terminated
 * fragments (the test says which, and why); every other message goes to GLib's writer,
 * fatal as G_DEBUG makes it. */
static inline void
ui_test_leave_messages_to_gtk (const char * const *fragments)
{
  g_log_set_writer_func (ui_test_drop_messages_cb, (gpointer) fragments, NULL);
}

/* Starts a UI test program: private user folders, then GTK and libadwaita when there
 * is a display. Returns the folders, for ui_test_run() to remove. */
static inline char *
ui_test_init (int        *argc,
              char     ***argv,
              gboolean   *have_display)
{
  char *private_dirs = ui_test_use_private_dirs ();

  g_test_init (argc, argv, NULL);
  *have_display = gtk_init_check ();
  if (*have_display)
    adw_init ();
  return private_dirs;
}

/* Runs the tests, then removes the private folders and frees their path. */
static inline int
ui_test_run (char *private_dirs)
{
  int status = g_test_run ();

  ui_test_remove_tree (private_dirs);
  g_free (private_dirs);
  return status;
}
