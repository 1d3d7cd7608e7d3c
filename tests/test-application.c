/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-application.c — several windows, each with its own article */
#include "config.h"

#include <adwaita.h>

#include "diem-application.h"
#include "diem-window.h"
#include "ui-test-util.h"
#include "ui-window-util.h"

static gboolean have_display;

static const char article_text[] =
  "Tỉnh Quảng Trị đón nhận Cờ thi đua của Chính phủ\n"
  "\n"
  "Chủ tịch UBND tỉnh Võ Văn Hưng trao Cờ thi đua cho huyện Hải Lăng.\n";

static void
test_new_windows_keep_their_own_articles (void)
{
  g_autoptr(DiemApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  GList *windows;
  DiemWindow *first, *second;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  app = ui_new_registered_application ();
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));

  g_action_group_activate_action (G_ACTION_GROUP (app), "new-window", NULL);
  g_action_group_activate_action (G_ACTION_GROUP (app), "new-window", NULL);
  ui_spin_briefly ();
  windows = gtk_application_get_windows (GTK_APPLICATION (app));
  g_assert_cmpuint (g_list_length (windows), ==, 2);
  first = DIEM_WINDOW (windows->data);
  second = DIEM_WINDOW (windows->next->data);
  /* a new window waits for its article */
  g_assert_null (diem_window_get_article (first));
  g_assert_null (diem_window_get_article (second));

  dir = g_dir_make_tmp ("diembao-app-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "quang-tri.txt", NULL);
  g_file_set_contents (path, article_text, -1, &error);
  g_assert_no_error (error);
  file = g_file_new_for_path (path);

  diem_window_open_file (first, file);
  ui_wait_until_loaded (first);
  g_assert_nonnull (diem_window_get_article (first));
  g_assert_null (diem_window_get_article (second));

  diem_window_show_sample (second);
  g_assert_true (g_file_equal (diem_article_get_file (diem_window_get_article (first)), file));
  g_assert_null (diem_article_get_file (diem_window_get_article (second)));

  gtk_window_destroy (GTK_WINDOW (first));
  gtk_window_destroy (GTK_WINDOW (second));
  ui_spin_briefly ();
  ui_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  char *private_dirs = ui_test_init (&argc, &argv, &have_display);

  g_test_add_func ("/application/new-windows-keep-their-own-articles", test_new_windows_keep_their_own_articles);

  return ui_test_run (private_dirs);
}
