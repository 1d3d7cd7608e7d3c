/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ui-window-util.h — driving a real DiemWindow from a GLib test */
#pragma once

#include <string.h>

#include <adwaita.h>

#include "diem-application.h"
#include "diem-entry-row.h"
#include "diem-window.h"

static inline void
ui_spin_briefly (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* The real application, registered on its own: a second instance in a test must not
 * hand its work to a running one. */
static inline DiemApplication *
ui_new_registered_application (void)
{
  g_autoptr(GError) error = NULL;
  DiemApplication *app = diem_application_new ();

  g_application_set_flags (G_APPLICATION (app), g_application_get_flags (G_APPLICATION (app)) | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  return app;
}

static gboolean
ui_wake_cb (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

/* One iteration of the main loop that returns within a tenth of a second even when
 * nothing happens, so that a loop waiting for something can keep to its deadline. */
static inline void
ui_iterate (void)
{
  guint wake = g_timeout_add (100, ui_wake_cb, NULL);

  g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake);
}

static gboolean
ui_count_frame_cb (GtkWidget     *widget,
                   GdkFrameClock *clock,
                   gpointer       user_data)
{
  (*(guint *) user_data)++;
  return G_SOURCE_CONTINUE;
}

/* Lets @widget go through @n frames, so that style changes reach its layout. */
static inline void
ui_wait_for_frames (GtkWidget *widget,
                    guint      n)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  guint frames = 0;
  guint id = gtk_widget_add_tick_callback (widget, ui_count_frame_cb, &frames, NULL);

  while (frames < n && g_get_monotonic_time () < deadline)
    ui_iterate ();
  gtk_widget_remove_tick_callback (widget, id);
  g_assert_cmpuint (frames, >=, n);
}

static inline void
ui_wait_until_loaded (DiemWindow *window)
{
  /* generous: a 2 MB article comes into the view a part at a time, which under the
   * sanitizers on a busy machine takes minutes; meson's own timeout ends a real hang */
  gint64 deadline = g_get_monotonic_time () + 600 * G_USEC_PER_SEC;

  while (diem_window_get_loading (window) && g_get_monotonic_time () < deadline)
    ui_iterate ();
  g_assert_false (diem_window_get_loading (window));
}

/* A new window that has read @file (or failed to). */
static inline DiemWindow *
ui_new_window_with_file (GFile *file)
{
  DiemWindow *window = diem_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  diem_window_open_file (window, file);
  ui_wait_until_loaded (window);
  return window;
}

static inline DiemWindow *
ui_new_sample_window (void)
{
  DiemWindow *window = diem_window_new (NULL);

  diem_window_show_sample (window);
  gtk_window_present (GTK_WINDOW (window));
  ui_spin_briefly ();
  g_assert_nonnull (diem_window_get_article (window));
  return window;
}

/* Runs what @widget's shortcut for @accelerator (as GTK spells it) does. */
static inline void
ui_press_shortcut (GtkWidget  *widget,
                   const char *accelerator)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));

          if (g_str_equal (trigger, accelerator))
            {
              g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                           GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                                           widget,
                                                           gtk_shortcut_get_arguments (shortcut)));
              ui_spin_briefly ();
              return;
            }
        }
    }
  g_error ("no shortcut %s", accelerator);
}

static inline GtkWidget *
ui_find_widget_of_type (GtkWidget *widget,
                        GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = ui_find_widget_of_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The label under @widget whose text is @text, visible or not. */
static inline GtkLabel *
ui_find_label (GtkWidget  *widget,
               const char *text)
{
  if (GTK_IS_LABEL (widget) && g_str_equal (gtk_label_get_label (GTK_LABEL (widget)), text))
    return GTK_LABEL (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *label = ui_find_label (child, text);

      if (label != NULL)
        return label;
    }
  return NULL;
}

/* Every widget under @widget, itself included, that has @css_class. */
static inline void
ui_collect_with_class (GtkWidget  *widget,
                       const char *css_class,
                       GPtrArray  *found)
{
  if (gtk_widget_has_css_class (widget, css_class))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    ui_collect_with_class (child, css_class, found);
}

static inline guint
ui_count_with_class (GtkWidget  *widget,
                     const char *css_class)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  ui_collect_with_class (widget, css_class, found);
  return found->len;
}

static inline guint
ui_count_occurrences (const char *haystack,
                      const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + strlen (needle), needle))
    n++;
  return n;
}

/* The list item widget that shows @position of a sidebar list, or NULL. */
static inline GtkWidget *
ui_sidebar_row (DiemWindow *window,
                const char *key,
                guint       position)
{
  GtkListBox *view = diem_sidebar_get_list_box (diem_window_get_sidebar (window), key);
  g_autoptr(GObject) entry = g_list_model_get_item (diem_sidebar_get_entries (diem_window_get_sidebar (window), key),
                                                    position);

  ui_spin_briefly ();
  for (GtkWidget *item = gtk_widget_get_first_child (GTK_WIDGET (view));
       entry != NULL && item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);

      if (row != NULL && DIEM_IS_ENTRY_ROW (row) && G_OBJECT (diem_entry_row_get_entry (DIEM_ENTRY_ROW (row))) == entry)
        return item;
    }
  return NULL;
}

/* Activates the row as Enter does. */
static inline void
ui_activate_sidebar_row (DiemWindow *window,
                         const char *key,
                         guint       position)
{
  GtkWidget *row = ui_sidebar_row (window, key, position);

  g_assert_nonnull (row);
  g_assert_true (gtk_widget_activate (row));
  ui_spin_briefly ();
}

/* Searches @view for @query and waits until the search is over; returns the number of
 * matches. */
static inline guint
ui_find_all (DiemReadingView *view,
             const char      *query,
             gboolean         match_diacritics)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  diem_reading_view_find (view, query, match_diacritics);
  while (diem_reading_view_is_searching (view) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (diem_reading_view_is_searching (view));
  return diem_reading_view_get_n_targets (view);
}
