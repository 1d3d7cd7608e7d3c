/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-menu-focus.c — after a menu closes, the keyboard still reaches the window
 *
 * GTK 4.8's popover menu, closed from a submenu, resets itself to its main page and
 * gives the focus to that page while hidden: the window's focus is then a widget inside
 * a hidden popover, key events go there, and the window's shortcuts (Ctrl+Q) are not
 * heard until a click moves the focus.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "diem-window.h"
#include "ui-test-util.h"
#include "ui-window-util.h"

static gboolean have_display;

static GtkMenuButton *
find_primary_menu_button (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget)))
    return GTK_MENU_BUTTON (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkMenuButton *found = find_primary_menu_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_button_with_action (GtkWidget  *widget,
                         const char *action)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button_with_action (child, action);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Clicks the menu item that reads @label, as a pointer does. */
static void
click_menu_item (GtkWidget  *popover,
                 const char *label)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  GtkLabel *found = NULL;
  GtkWidget *item;

  while ((found = ui_find_label (popover, label)) == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_nonnull (found);
  item = gtk_widget_get_parent (GTK_WIDGET (found));
  while (item != NULL && !g_type_is_a (G_OBJECT_TYPE (item), g_type_from_name ("GtkModelButton")))
    item = gtk_widget_get_parent (item);
  g_assert_nonnull (item);
  g_signal_emit_by_name (item, "clicked");
  ui_spin_briefly ();
}

/* Where key events go: the focus widget, shown, in the window itself. */
static void
assert_keys_reach_window (DiemWindow *window)
{
  GtkWidget *focus;

  ui_wait_for_frames (GTK_WIDGET (window), 3);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  if (focus == NULL)
    return; /* the window itself gets them */
  g_assert_true (gtk_widget_get_native (focus) == GTK_NATIVE (window));
  g_assert_true (gtk_widget_get_mapped (focus));
}

static void
wait_for_recent_item (DiemWindow *window)
{
  GMenuModel *recent = diem_window_get_recent_menu (window);
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  g_autofree char *action = NULL;

  while (g_get_monotonic_time () < deadline)
    {
      g_clear_pointer (&action, g_free);
      if (g_menu_model_get_n_items (recent) > 0
          && g_menu_model_get_item_attribute (recent, 0, G_MENU_ATTRIBUTE_ACTION, "s", &action))
        return;
      g_main_context_iteration (NULL, FALSE);
    }
  g_error ("the article did not come into Open Recent");
}

static void
test_open_recent_failure_keeps_keyboard (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  GtkMenuButton *menu_button;
  GtkWidget *popover;
  DiemWindow *window;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  dir = g_dir_make_tmp ("diembao-menu-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "gan-day.txt", NULL);
  g_file_set_contents (path, "Tiêu đề\n\nBộ trưởng Lê Văn Tâm thăm tỉnh.\n", -1, &error);
  g_assert_no_error (error);
  file = g_file_new_for_path (path);

  window = ui_new_window_with_file (file);
  wait_for_recent_item (window);
  /* the file no longer opens: Open Recent ends with an error toast */
  g_file_set_contents (path, "\x01\x02\x03\x00binary", 8, &error);
  g_assert_no_error (error);
  /* the banner saying the file changed comes first */
  ui_wait_for_frames (GTK_WIDGET (window), 60);

  menu_button = find_primary_menu_button (GTK_WIDGET (window));
  g_assert_nonnull (menu_button);
  gtk_menu_button_popup (menu_button);
  ui_spin_briefly ();
  popover = GTK_WIDGET (gtk_menu_button_get_popover (menu_button));
  click_menu_item (popover, "Open _Recent");
  click_menu_item (popover, "gan-day.txt");
  g_assert_false (gtk_widget_get_visible (popover));
  ui_wait_until_loaded (window);

  assert_keys_reach_window (window);
  /* the article that stays can still be exported */
  g_assert_nonnull (diem_window_get_article (window));
  g_assert_true (gtk_widget_is_sensitive (find_button_with_action (GTK_WIDGET (window), "win.export-pdf")));

  gtk_window_destroy (GTK_WINDOW (window));
  ui_spin_briefly ();
  ui_test_remove_tree (dir);
}

/* GTK 4.8 warns that the reading view is drawn before its allocation when a failed
 * open follows a menu closed from its submenu (seen on about two runs in three, with or
 * without the focus fix, and never when the open succeeds); it is left to GTK here,
 * so that this test checks where the focus goes. */
static const char *const gtk_messages[] = { "without a current allocation", NULL };

int
main (int   argc,
      char *argv[])
{
  char *private_dirs = ui_test_init (&argc, &argv, &have_display);

  ui_test_leave_messages_to_gtk (gtk_messages);

  g_test_add_func ("/menu-focus/open-recent-failure-keeps-keyboard", test_open_recent_failure_keeps_keyboard);
  return ui_test_run (private_dirs);
}
