/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-context-menu.c — the read-only article's context menu offers only what reading can do */
#include "config.h"

#include <adwaita.h>

#include "diem-article-view.h"
#include "diem-reading-view.h"
#include "diem-window.h"
#include "ui-test-util.h"
#include "ui-window-util.h"

static gboolean have_display;

/* Every action the items of @model (and of its sections and submenus) name. */
static void
collect_actions (GMenuModel *model,
                 GPtrArray  *actions)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *action = NULL;
      g_autoptr(GMenuLinkIter) links = g_menu_model_iterate_item_links (model, i);
      GMenuModel *link;

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &action))
        g_ptr_array_add (actions, g_steal_pointer (&action));
      while (g_menu_link_iter_get_next (links, NULL, &link))
        {
          collect_actions (link, actions);
          g_object_unref (link);
        }
    }
}

/* The popover menus under @widget that are showing. */
static GtkPopoverMenu *
find_visible_popover_menu (GtkWidget *widget)
{
  if (GTK_IS_POPOVER_MENU (widget) && gtk_widget_get_visible (widget))
    return GTK_POPOVER_MENU (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkPopoverMenu *found = find_visible_popover_menu (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GPtrArray *
popup_and_list_actions (GtkWidget *text_view)
{
  GPtrArray *actions = g_ptr_array_new_with_free_func (g_free);
  GtkPopoverMenu *menu;

  /* what Shift+F10 and the Menu key do */
  g_assert_true (gtk_widget_activate_action (text_view, "menu.popup", NULL));
  ui_spin_briefly ();
  menu = find_visible_popover_menu (text_view);
  g_assert_nonnull (menu);
  collect_actions (gtk_popover_menu_get_menu_model (menu), actions);
  gtk_popover_popdown (GTK_POPOVER (menu));
  ui_spin_briefly ();
  return actions;
}

static gboolean
has_action (GPtrArray  *actions,
            const char *name)
{
  return g_ptr_array_find_with_equal_func (actions, name, g_str_equal, NULL);
}

static void
test_menu_offers_reading_actions_only (void)
{
  DiemWindow *window;
  GtkWidget *text_view;
  g_autoptr(GPtrArray) actions = NULL;
  const char *editing[] = { "clipboard.cut", "clipboard.paste", "selection.delete", "text.undo", "text.redo",
                            "misc.insert-emoji" };

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  window = ui_new_sample_window ();
  text_view = GTK_WIDGET (diem_reading_view_get_text_view (diem_window_get_reading_view (window)));
  actions = popup_and_list_actions (text_view);

  g_assert_true (has_action (actions, "clipboard.copy"));
  g_assert_true (has_action (actions, "selection.select-all"));
  for (guint i = 0; i < G_N_ELEMENTS (editing); i++)
    g_assert_false (has_action (actions, editing[i]));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Whether the menu's item @label (as written, with its mnemonic) can be used. */
static gboolean
menu_item_is_sensitive (GtkWidget  *text_view,
                        const char *label)
{
  GtkPopover *menu = diem_article_view_get_context_menu (DIEM_ARTICLE_VIEW (text_view));
  GtkLabel *item;

  g_assert_nonnull (menu);
  item = ui_find_label (GTK_WIDGET (menu), label);
  g_assert_nonnull (item);
  return gtk_widget_is_sensitive (GTK_WIDGET (item));
}

static void
on_text_read_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  char **text = user_data;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
  if (*text == NULL)
    *text = g_strdup ("");
}

/* Copy is there only with a selection; Select All then Copy puts the article's text on
 * the clipboard. */
static void
test_copy_follows_selection (void)
{
  DiemWindow *window;
  GtkWidget *text_view;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autoptr(GPtrArray) actions = NULL;
  g_autofree char *copied = NULL;
  g_autofree char *shown = NULL;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  window = ui_new_sample_window ();
  text_view = GTK_WIDGET (diem_reading_view_get_text_view (diem_window_get_reading_view (window)));
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (text_view));
  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_buffer_select_range (buffer, &start, &start);

  actions = popup_and_list_actions (text_view);
  g_assert_false (menu_item_is_sensitive (text_view, "_Copy"));
  g_assert_true (menu_item_is_sensitive (text_view, "Select _All"));

  g_assert_true (gtk_widget_activate_action (text_view, "selection.select-all", NULL));
  g_assert_true (gtk_text_buffer_get_has_selection (buffer));
  g_clear_pointer (&actions, g_ptr_array_unref);
  actions = popup_and_list_actions (text_view);
  g_assert_true (menu_item_is_sensitive (text_view, "_Copy"));

  g_assert_true (gtk_widget_activate_action (text_view, "clipboard.copy", NULL));
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (text_view), NULL, on_text_read_cb, &copied);
  while (copied == NULL)
    g_main_context_iteration (NULL, TRUE);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (copied, ==, shown);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* An extra menu the app gives the view is part of the context menu. */
static void
test_extra_menu_is_kept (void)
{
  DiemWindow *window;
  GtkWidget *text_view;
  g_autoptr(GMenu) extra = g_menu_new ();
  g_autoptr(GPtrArray) actions = NULL;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  window = ui_new_sample_window ();
  text_view = GTK_WIDGET (diem_reading_view_get_text_view (diem_window_get_reading_view (window)));
  g_menu_append (extra, "Look Up", "win.look-up-selection");
  gtk_text_view_set_extra_menu (GTK_TEXT_VIEW (text_view), G_MENU_MODEL (extra));
  actions = popup_and_list_actions (text_view);

  g_assert_true (has_action (actions, "win.look-up-selection"));
  g_assert_true (has_action (actions, "clipboard.copy"));
  g_assert_false (has_action (actions, "clipboard.paste"));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  char *private_dirs = ui_test_init (&argc, &argv, &have_display);

  g_test_add_func ("/context-menu/reading-actions-only", test_menu_offers_reading_actions_only);
  g_test_add_func ("/context-menu/copy-follows-selection", test_copy_follows_selection);
  g_test_add_func ("/context-menu/extra-menu-is-kept", test_extra_menu_is_kept);
  return ui_test_run (private_dirs);
}
