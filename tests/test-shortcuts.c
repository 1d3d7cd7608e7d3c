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

  builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/gtk/help-overlay.ui");
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

int
main (int   argc,
      char *argv[])
{
  char *private_dirs = ui_test_init (&argc, &argv, &have_display);

  g_test_add_func ("/shortcuts/every-window-shortcut-is-listed", test_every_window_shortcut_is_listed);

  return ui_test_run (private_dirs);
}
