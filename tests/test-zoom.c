/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-zoom.c — zoom scales the reading text, follows Ctrl+plus/minus/0, and is kept in GSettings */
#include "config.h"

#include <adwaita.h>

#include "diem-reading-view.h"
#include "diem-window.h"
#include "ui-test-util.h"
#include "ui-window-util.h"

static gboolean have_display;

/* The size of the reading text, in Pango units, as the text view lays it out. */
static double
text_size (DiemWindow *window)
{
  GtkTextView *view = diem_reading_view_get_text_view (diem_window_get_reading_view (window));
  PangoContext *context;

  ui_wait_for_frames (GTK_WIDGET (view), 2);
  context = gtk_widget_get_pango_context (GTK_WIDGET (view));
  return pango_font_description_get_size (pango_context_get_font_description (context));
}

/* The height of the headline, on screen at the top: it grows with the text. */
static int
first_line_height (DiemWindow *window)
{
  GtkTextView *view = diem_reading_view_get_text_view (diem_window_get_reading_view (window));
  GtkTextIter start;
  int y = 0, height = 0;

  ui_wait_for_frames (GTK_WIDGET (view), 2);
  gtk_text_buffer_get_start_iter (gtk_text_view_get_buffer (view), &start);
  gtk_text_view_get_line_yrange (view, &start, &y, &height);
  return height;
}

static void
test_zoom_scales_text_and_is_kept (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = source ? g_settings_schema_source_lookup (source, APP_ID, TRUE) : NULL;
  g_autoptr(GSettings) settings = NULL;
  DiemWindow *window;
  double normal, zoomed;
  int normal_line;

  if (!have_display || schema == NULL)
    {
      g_test_skip (have_display ? "schema not compiled" : "no display");
      return;
    }
  settings = g_settings_new (APP_ID);
  g_settings_set_double (settings, "zoom", 1.0);

  window = ui_new_sample_window ();
  normal = text_size (window);
  normal_line = first_line_height (window);
  g_assert_cmpfloat (normal, >, 0);
  g_assert_cmpint (normal_line, >, 0);

  /* Ctrl+plus three times: bigger text, and the setting follows */
  ui_press_shortcut (GTK_WIDGET (window), "<Control>plus");
  ui_press_shortcut (GTK_WIDGET (window), "<Control>plus");
  ui_press_shortcut (GTK_WIDGET (window), "<Control>plus");
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "zoom"), 1.3, 0.001);
  zoomed = text_size (window);
  g_assert_cmpfloat_with_epsilon (zoomed / normal, 1.3, 0.02);
  g_assert_cmpint (first_line_height (window), >, normal_line);
  gtk_window_destroy (GTK_WINDOW (window));

  /* a new window starts at the kept zoom */
  window = ui_new_sample_window ();
  g_assert_cmpfloat_with_epsilon (text_size (window) / normal, 1.3, 0.02);

  ui_press_shortcut (GTK_WIDGET (window), "<Control>minus");
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "zoom"), 1.2, 0.001);
  g_assert_cmpfloat_with_epsilon (text_size (window) / normal, 1.2, 0.02);

  ui_press_shortcut (GTK_WIDGET (window), "<Control>0");
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "zoom"), 1.0, 0.001);
  g_assert_cmpfloat_with_epsilon (text_size (window), normal, 1);
  g_assert_cmpint (first_line_height (window), ==, normal_line);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  char *private_dirs = ui_test_init (&argc, &argv, &have_display);

  g_test_add_func ("/zoom/scales-text-and-is-kept", test_zoom_scales_text_and_is_kept);

  return ui_test_run (private_dirs);
}
