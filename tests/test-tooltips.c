/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-tooltips.c — every button that shows only an icon says what it does when pointed at
 *
 * The window's whole widget tree is walked, hidden parts included (the file banner, the
 * find bar, the export bar), wide and narrow, where Open and Export become icons.
 */
#include "config.h"

#include <adwaita.h>

#include "diem-window.h"
#include "ui-test-util.h"
#include "ui-window-util.h"

static gboolean have_display;

/* Whether @widget shows text of its own: a label with something in it. */
static gboolean
shows_text (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && *gtk_label_get_text (GTK_LABEL (widget)) != '\0')
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_get_visible (child) && shows_text (child))
      return TRUE;
  return FALSE;
}

static gboolean
shows_icon (GtkWidget *widget)
{
  if (GTK_IS_IMAGE (widget))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_get_visible (child) && shows_icon (child))
      return TRUE;
  return FALSE;
}

static gboolean
has_tooltip (GtkWidget *widget)
{
  return gtk_widget_get_tooltip_text (widget) != NULL || gtk_widget_get_tooltip_markup (widget) != NULL;
}

/* A path of type names, to say which button it is. */
static char *
describe (GtkWidget *widget)
{
  g_autoptr(GString) path = g_string_new (G_OBJECT_TYPE_NAME (widget));

  for (GtkWidget *parent = gtk_widget_get_parent (widget); parent != NULL; parent = gtk_widget_get_parent (parent))
    g_string_prepend (g_string_prepend (path, " > "), G_OBJECT_TYPE_NAME (parent));
  if (GTK_IS_ACTIONABLE (widget) && gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)) != NULL)
    g_string_append_printf (path, " (%s)", gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)));
  return g_string_free (g_steal_pointer (&path), FALSE);
}

static void
collect_icon_buttons_without_tooltip (GtkWidget *widget,
                                      GPtrArray *missing)
{
  gboolean is_button;

  /* what is never shown, and GTK's own parts, named for screen readers by GTK: the
   * title bar's window buttons, which GNOME leaves without tooltips, and a spin
   * button's steps (a button inside a hidden revealer still counts) */
  if (!gtk_widget_get_visible (widget) || GTK_IS_WINDOW_CONTROLS (widget) || GTK_IS_SPIN_BUTTON (widget))
    return;
  /* a menu button's tooltip is its own, not its inner toggle's */
  is_button = GTK_IS_MENU_BUTTON (widget)
                       || (GTK_IS_BUTTON (widget) && !GTK_IS_MENU_BUTTON (gtk_widget_get_parent (widget)));

  if (is_button && shows_icon (widget) && !shows_text (widget) && !has_tooltip (widget))
    g_ptr_array_add (missing, describe (widget));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_icon_buttons_without_tooltip (child, missing);
}

static void
assert_every_icon_button_has_tooltip (GtkWidget *window)
{
  g_autoptr(GPtrArray) missing = g_ptr_array_new_with_free_func (g_free);

  collect_icon_buttons_without_tooltip (window, missing);
  for (guint i = 0; i < missing->len; i++)
    g_test_message ("no tooltip: %s", (const char *) g_ptr_array_index (missing, i));
  g_assert_cmpuint (missing->len, ==, 0);
}

static DiemWindow *
sample_window_of_width (int width)
{
  DiemWindow *window = diem_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), width, 640);
  diem_window_show_sample (window);
  gtk_window_present (GTK_WINDOW (window));
  ui_wait_for_frames (GTK_WIDGET (window), 4);
  ui_spin_briefly ();
  ui_wait_for_frames (GTK_WIDGET (window), 2);
  return window;
}

static void
check_window_of_width (int width)
{
  DiemWindow *window;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  window = sample_window_of_width (width);
  /* the find bar and the summary shown too */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL));
  ui_wait_for_frames (GTK_WIDGET (window), 2);
  assert_every_icon_button_has_tooltip (GTK_WIDGET (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_wide_window (void)
{
  check_window_of_width (1100);
}

static void
test_narrow_window (void)
{
  check_window_of_width (360);
}

int
main (int   argc,
      char *argv[])
{
  char *private_dirs = ui_test_init (&argc, &argv, &have_display);

  g_test_add_func ("/tooltips/wide-window", test_wide_window);
  g_test_add_func ("/tooltips/narrow-window", test_narrow_window);
  return ui_test_run (private_dirs);
}
