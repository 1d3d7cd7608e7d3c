/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-shortcuts.c — the shortcuts window lists every shortcut the main window has */
#include "config.h"

#include <adwaita.h>

#include "diem-window.h"
#include "ui-test-util.h"
#include "ui-window-util.h"

static gboolean have_display;

static char *
normalised (guint           keyval,
            GdkModifierType modifiers)
{
  return gtk_accelerator_name (keyval, modifiers);
}

/* Action name → the accelerators the window binds to it. */
static GHashTable *
collect_window_shortcuts (GtkWidget *window)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (window);
  GHashTable *shortcuts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);
          GPtrArray *accelerators;
          const char *name;

          if (!GTK_IS_NAMED_ACTION (action) || !GTK_IS_KEYVAL_TRIGGER (trigger))
            continue;
          name = gtk_named_action_get_action_name (GTK_NAMED_ACTION (action));
          accelerators = g_hash_table_lookup (shortcuts, name);
          if (accelerators == NULL)
            {
              accelerators = g_ptr_array_new_with_free_func (g_free);
              g_hash_table_insert (shortcuts, g_strdup (name), accelerators);
            }
          g_ptr_array_add (accelerators, normalised (gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)),
                                                     gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger))));
        }
    }
  return shortcuts;
}

/* The window's actions on the buttons under @widget (not the title bar's own
 * window.close and such, nor those of the menus they open). */
static void
collect_header_actions (GtkWidget *widget,
                        GPtrArray *actions)
{
  if (GTK_IS_ACTIONABLE (widget) && !GTK_IS_MENU_BUTTON (widget)
      && gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)) != NULL
      && g_str_has_prefix (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "win."))
    g_ptr_array_add (actions, g_strdup (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget))));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_header_actions (child, actions);
}

static void
test_every_window_shortcut_is_listed (void)
{
  g_autoptr(GtkBuilder) builder = NULL;
  g_autoptr(GHashTable) shortcuts = NULL;
  g_autoptr(GHashTable) listed_actions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) listed_accelerators = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GSList *objects;
  g_autoptr(GPtrArray) header_actions = NULL;
  GHashTableIter iter;
  gpointer name, accelerators;
  DiemWindow *window;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/diem-shortcuts-window.ui");
  objects = gtk_builder_get_objects (builder);
  for (GSList *l = objects; l != NULL; l = l->next)
    {
      g_autofree char *action_name = NULL;
      g_autofree char *accelerator = NULL;
      g_auto(GStrv) parts = NULL;

      if (!GTK_IS_SHORTCUTS_SHORTCUT (l->data))
        continue;
      g_object_get (l->data, "action-name", &action_name, "accelerator", &accelerator, NULL);
      if (action_name != NULL)
        g_hash_table_add (listed_actions, g_steal_pointer (&action_name));
      parts = g_strsplit (accelerator != NULL ? accelerator : "", " ", -1);
      for (guint i = 0; parts[i] != NULL; i++)
        {
          guint keyval = 0;
          GdkModifierType modifiers = 0;

          if (parts[i][0] != '\0' && gtk_accelerator_parse (parts[i], &keyval, &modifiers))
            g_hash_table_add (listed_accelerators, normalised (keyval, modifiers));
        }
    }
  g_slist_free (objects);
  g_assert_cmpuint (g_hash_table_size (listed_actions) + g_hash_table_size (listed_accelerators), >, 10);

  window = ui_new_sample_window ();
  shortcuts = collect_window_shortcuts (GTK_WIDGET (window));
  g_assert_true (g_hash_table_contains (shortcuts, "win.find"));

  g_hash_table_iter_init (&iter, shortcuts);
  while (g_hash_table_iter_next (&iter, &name, &accelerators))
    {
      GPtrArray *bound = accelerators;
      gboolean listed = g_hash_table_contains (listed_actions, name);

      for (guint i = 0; !listed && i < bound->len; i++)
        listed = g_hash_table_contains (listed_accelerators, g_ptr_array_index (bound, i));
      if (!listed)
        g_error ("%s (%s) is not in the shortcuts window", (const char *) name,
                 (const char *) g_ptr_array_index (bound, 0));
    }

  /* What the header bar's buttons do is listed with its keys: a window action given
   * there by name alone shows no keys, since the application does not know them. */
  header_actions = g_ptr_array_new_with_free_func (g_free);
  collect_header_actions (ui_find_widget_of_type (GTK_WIDGET (window), ADW_TYPE_HEADER_BAR), header_actions);
  g_assert_cmpuint (header_actions->len, >=, 3);
  for (guint i = 0; i < header_actions->len; i++)
    {
      const char *action = g_ptr_array_index (header_actions, i);
      GPtrArray *bound = g_hash_table_lookup (shortcuts, action);
      gboolean listed = FALSE;

      if (bound == NULL)
        g_error ("the header bar's %s has no shortcut", action);
      for (guint j = 0; !listed && j < bound->len; j++)
        listed = g_hash_table_contains (listed_accelerators, g_ptr_array_index (bound, j));
      if (!listed)
        g_error ("the keys of the header bar's %s are not in the shortcuts window", action);
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkShortcutLabel *
find_shortcut_label (GtkWidget *widget)
{
  if (GTK_IS_SHORTCUT_LABEL (widget))
    return GTK_SHORTCUT_LABEL (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkShortcutLabel *label = find_shortcut_label (child);

      if (label != NULL)
        return label;
    }
  return NULL;
}

/* Every entry of the shortcuts window under @widget shows keys: the ones it names, or
 * those the application binds to the action it names (a window's own bindings are
 * unknown to the application, so such an entry would show none). */
static void
assert_entries_show_keys (GtkWidget *widget)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    {
      g_autofree char *title = NULL;
      g_autofree char *action_name = NULL;
      GtkShortcutLabel *label = find_shortcut_label (widget);
      const char *shown = label != NULL ? gtk_shortcut_label_get_accelerator (label) : NULL;

      g_object_get (widget, "title", &title, "action-name", &action_name, NULL);
      if (shown == NULL || *shown == '\0')
        g_error ("“%s” (%s) shows no keys in the shortcuts window", title, action_name);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    assert_entries_show_keys (child);
}

static gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (has_label (child, text))
      return TRUE;
  return FALSE;
}

/* The shortcuts window costs a window nothing until it is asked for, by the menu or by
 * Ctrl+?, and is then one window, ours, titled in the app's words. */
static void
test_shortcuts_window_built_when_asked (void)
{
  g_autoptr(DiemApplication) app = NULL;
  g_auto(GStrv) accels = NULL;
  DiemWindow *window;
  GtkWindow *shortcuts;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  app = ui_new_registered_application ();
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay");
  g_assert_true (g_strv_contains ((const char * const *) accels, "<Control>question"));

  g_action_group_activate_action (G_ACTION_GROUP (app), "new-window", NULL);
  ui_spin_briefly ();
  window = DIEM_WINDOW (gtk_application_get_windows (GTK_APPLICATION (app))->data);
  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  ui_spin_briefly ();
  shortcuts = GTK_WINDOW (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (shortcuts));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
  g_assert_true (gtk_window_get_transient_for (shortcuts) == GTK_WINDOW (window));
  g_assert_true (has_label (GTK_WIDGET (shortcuts), "Keyboard Shortcuts"));
  g_assert_false (has_label (GTK_WIDGET (shortcuts), "Shortcuts"));
  assert_entries_show_keys (GTK_WIDGET (shortcuts));

  /* closed, it is hidden and shown again as it was */
  gtk_window_close (shortcuts);
  ui_spin_briefly ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  ui_spin_briefly ();
  g_assert_true (GTK_WINDOW (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window))) == shortcuts);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));

  g_object_add_weak_pointer (G_OBJECT (shortcuts), (gpointer *) &shortcuts);
  gtk_window_destroy (GTK_WINDOW (window));
  ui_spin_briefly ();
  g_assert_null (shortcuts);
}

/* GTK 4.8's GtkShortcutsWindow warns that one of its own labels measures -4 px wide, once
 * per page, also with a single shortcut and without libadwaita; that one warning is left
 * to GTK here, so that this test checks the window's contents. */
static const char *const gtk_messages[] = { "(label) reported min width -4, but sizes must be >= 0", NULL };

int
main (int   argc,
      char *argv[])
{
  char *private_dirs = ui_test_init (&argc, &argv, &have_display);

  ui_test_leave_messages_to_gtk (gtk_messages);

  g_test_add_func ("/shortcuts/every-window-shortcut-is-listed", test_every_window_shortcut_is_listed);
  g_test_add_func ("/shortcuts/window-built-when-asked", test_shortcuts_window_built_when_asked);

  return ui_test_run (private_dirs);
}
