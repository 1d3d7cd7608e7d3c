/* ui-test-util.h — one private set of user folders for a whole UI test program
 *
 * GTK keeps process-wide singletons (the recent-files manager) bound to the user
 * folders of the moment they are first used, so per-test isolated folders, which are
 * deleted after each test, would leave them writing into a folder that is gone.
 */
#pragma once

#include <glib.h>
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
