/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-adaptive.c — the window at every size: the sidebar beside the article when there
 * is room, over it when there is not, and a window that fits in 360 pixels */
#include "config.h"

#include <adwaita.h>

#include "diem-sidebar.h"
#include "diem-window.h"
#include "ui-test-util.h"
#include "ui-window-util.h"

static gboolean have_display;

static AdwFlap *
window_flap (DiemWindow *window)
{
  AdwFlap *flap = ADW_FLAP (ui_find_widget_of_type (GTK_WIDGET (window), ADW_TYPE_FLAP));

  g_assert_nonnull (flap);
  return flap;
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

/* Wide, the sidebar sits beside the article. */
static void
test_wide_window_keeps_sidebar_beside (void)
{
  DiemWindow *window;
  AdwFlap *flap;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  window = sample_window_of_width (1100);
  flap = window_flap (window);
  g_assert_false (adw_flap_get_folded (flap));
  g_assert_true (adw_flap_get_reveal_flap (flap));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (diem_window_get_sidebar (window))));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Narrow, the sidebar folds away; F9 brings it over the article, and choosing an entry
 * in it closes it again. Unfolded, it is back as the user left it. */
static void
test_narrow_window_folds_sidebar (void)
{
  DiemWindow *window;
  AdwFlap *flap;
  GObject *window_object;
  gboolean visible;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  window = sample_window_of_width (360);
  window_object = G_OBJECT (window);
  flap = window_flap (window);
  g_assert_true (adw_flap_get_folded (flap));
  g_assert_false (adw_flap_get_reveal_flap (flap));

  ui_press_shortcut (GTK_WIDGET (window), "F9");
  g_assert_true (adw_flap_get_reveal_flap (flap));
  g_object_get (window_object, "sidebar-visible", &visible, NULL);
  g_assert_true (visible);

  ui_press_shortcut (GTK_WIDGET (window), "F9");
  g_assert_false (adw_flap_get_reveal_flap (flap));

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 640);
  ui_wait_for_frames (GTK_WIDGET (window), 4);
  g_assert_false (adw_flap_get_folded (flap));
  /* folding hid it; the user had not */
  g_assert_true (adw_flap_get_reveal_flap (flap));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Everything the window holds fits 360 pixels, with the find bar open: nothing forces it
 * wider, also where the window manager adds minimize and maximize buttons to the header
 * bar (openbox, most X11 desktops). */
static void
test_fits_360 (void)
{
  const char *layouts[] = { ":close", "menu:minimize,maximize,close" };
  g_autofree char *saved_layout = NULL;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  g_object_get (gtk_settings_get_default (), "gtk-decoration-layout", &saved_layout, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (layouts); i++)
    {
      DiemWindow *window;
      int minimum;

      g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", layouts[i], NULL);
      window = sample_window_of_width (360);
      gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL);
      ui_wait_for_frames (GTK_WIDGET (window), 3);
      gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
      g_test_message ("%s: at least %d px", layouts[i], minimum);
      g_assert_cmpint (minimum, <=, 360);
      gtk_window_destroy (GTK_WINDOW (window));
    }
  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", saved_layout, NULL);
}

/* A wide window made narrow in one step, as by a window manager's resize to 360 px: the
 * window manager holds the window at the least width the window asks for in the state
 * it is in when asked, unfolded, before any fold. That least width, sent as the window's
 * size hints, is 360 px already, with the find bar open and the title bar buttons of
 * openbox. */
static void
test_unfolded_window_asks_360 (void)
{
  const char *layouts[] = { ":close", "menu:minimize,maximize,close" };
  g_autofree char *saved_layout = NULL;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  g_object_get (gtk_settings_get_default (), "gtk-decoration-layout", &saved_layout, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (layouts); i++)
    {
      DiemWindow *window;
      int minimum;

      g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", layouts[i], NULL);
      window = sample_window_of_width (1100);
      gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL);
      ui_wait_for_frames (GTK_WIDGET (window), 3);
      g_assert_false (adw_flap_get_folded (window_flap (window)));
      gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
      g_test_message ("%s, unfolded: at least %d px", layouts[i], minimum);
      g_assert_cmpint (minimum, <=, 360);

      /* and the jump itself folds the sidebar away */
      gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
      ui_wait_for_frames (GTK_WIDGET (window), 4);
      ui_spin_briefly ();
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);
      g_assert_true (adw_flap_get_folded (window_flap (window)));
      gtk_window_destroy (GTK_WINDOW (window));
    }
  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", saved_layout, NULL);
}

int
main (int    argc,
      char **argv)
{
  char *private_dirs = ui_test_init (&argc, &argv, &have_display);

  /* GNOME's own title bar buttons; bare Xvfb would add minimise and maximise */
  if (have_display)
    g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", "appmenu:close", NULL);

  g_test_add_func ("/adaptive/wide-window-keeps-sidebar-beside", test_wide_window_keeps_sidebar_beside);
  g_test_add_func ("/adaptive/narrow-window-folds-sidebar", test_narrow_window_folds_sidebar);
  g_test_add_func ("/adaptive/fits-360", test_fits_360);
  g_test_add_func ("/adaptive/unfolded-window-asks-360", test_unfolded_window_asks_360);
  return ui_test_run (private_dirs);
}
