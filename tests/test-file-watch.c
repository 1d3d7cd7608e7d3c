/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-file-watch.c — a file changed on disk is announced, and reloaded on request */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "diem-window.h"
#include "ui-test-util.h"
#include "ui-window-util.h"

static gboolean have_display;

static const char first_version[] =
  "Hội nghị tổng kết ngành thủy sản\n"
  "\n"
  "Thứ trưởng Bộ Nông nghiệp Lê Minh Hoan phát biểu tại hội nghị sáng nay.\n";

static const char second_version[] =
  "Hội nghị tổng kết ngành thủy sản\n"
  "\n"
  "Thứ trưởng Bộ Nông nghiệp Lê Minh Hoan phát biểu tại hội nghị sáng nay. "
  "Ông đề nghị các tỉnh ven biển đẩy mạnh nuôi trồng xa bờ.\n";

static const char changed_message[] = "The article’s file has changed on disk.";

static gboolean
wake_up_cb (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

/* Spins until the banner under the header bar shows @message, or five seconds pass. */
static gboolean
wait_for_banner (DiemWindow *window,
                 const char *message)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  guint ticker = g_timeout_add (50, wake_up_cb, NULL);
  gboolean shown = FALSE;

  while (!shown && g_get_monotonic_time () < deadline)
    {
      GtkLabel *label;
      GtkWidget *revealer;

      g_main_context_iteration (NULL, TRUE);
      label = ui_find_label (GTK_WIDGET (window), message);
      revealer = label != NULL ? gtk_widget_get_ancestor (GTK_WIDGET (label), GTK_TYPE_REVEALER) : NULL;
      shown = revealer != NULL && gtk_revealer_get_reveal_child (GTK_REVEALER (revealer));
    }
  g_source_remove (ticker);
  return shown;
}

static gboolean
banner_is_revealed (DiemWindow *window)
{
  GtkWidget *banner = ui_find_widget_of_type (GTK_WIDGET (window), GTK_TYPE_REVEALER);

  g_assert_true (gtk_widget_has_css_class (gtk_revealer_get_child (GTK_REVEALER (banner)), "file-banner"));
  return gtk_revealer_get_reveal_child (GTK_REVEALER (banner));
}

static void
test_changed_file_shows_banner_and_reloads (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  DiemWindow *window;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  dir = g_dir_make_tmp ("diembao-watch-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "thuy-san.txt", NULL);
  g_file_set_contents (path, first_version, -1, &error);
  g_assert_no_error (error);
  file = g_file_new_for_path (path);

  window = ui_new_window_with_file (file);
  g_assert_nonnull (diem_window_get_article (window));
  g_assert_false (banner_is_revealed (window));

  /* written the way editors save: a new file renamed over the old one */
  g_file_set_contents (path, second_version, -1, &error);
  g_assert_no_error (error);
  g_assert_true (wait_for_banner (window, changed_message));
  /* nothing changes until the editor asks */
  g_assert_null (strstr (diem_article_get_text (diem_window_get_article (window)), "xa bờ"));

  ui_press_shortcut (GTK_WIDGET (window), "<Control>r");
  ui_wait_until_loaded (window);
  g_assert_nonnull (strstr (diem_article_get_text (diem_window_get_article (window)), "xa bờ"));
  g_assert_false (banner_is_revealed (window));

  /* a deleted file is said to be gone, and the article stays on screen */
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_true (wait_for_banner (window, "The article’s file was deleted or moved. What you see is the last version read."));
  g_assert_nonnull (strstr (diem_article_get_text (diem_window_get_article (window)), "xa bờ"));
  /* nothing to reload from: the button goes, and the shortcut does nothing */
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_ancestor (GTK_WIDGET (ui_find_label (GTK_WIDGET (window), "_Reload")), GTK_TYPE_BUTTON)));
  ui_spin_briefly ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.reload", NULL);
  g_assert_false (diem_window_get_loading (window));

  gtk_window_destroy (GTK_WINDOW (window));
  ui_spin_briefly ();
  ui_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  char *private_dirs = ui_test_init (&argc, &argv, &have_display);

  g_test_add_func ("/file-watch/changed-file-shows-banner-and-reloads", test_changed_file_shows_banner_and_reloads);

  return ui_test_run (private_dirs);
}
