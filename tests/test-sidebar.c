/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-sidebar.c — the sidebar's sections fold and remember it; rows count and copy */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "diem-entity-section.h"
#include "diem-reading-view.h"
#include "diem-sidebar.h"
#include "diem-window.h"
#include "ui-test-util.h"
#include "ui-window-util.h"

static gboolean have_display;

static GSettings *
new_settings_or_skip (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = source ? g_settings_schema_source_lookup (source, APP_ID, TRUE) : NULL;

  if (!have_display || schema == NULL)
    {
      g_test_skip (have_display ? "schema not compiled" : "no display");
      return NULL;
    }
  return g_settings_new (APP_ID);
}

static void
test_sections_fold_and_remember (void)
{
  g_autoptr(GSettings) settings = new_settings_or_skip ();
  DiemWindow *window, *second;
  DiemEntitySection *officials, *awards;
  GtkWidget *header;

  if (settings == NULL)
    return;
  g_settings_set_boolean (settings, "officials-expanded", TRUE);
  g_settings_set_boolean (settings, "awards-expanded", FALSE);

  window = ui_new_sample_window ();
  officials = diem_sidebar_get_section (diem_window_get_sidebar (window), "officials");
  awards = diem_sidebar_get_section (diem_window_get_sidebar (window), "awards");
  g_assert_true (diem_entity_section_get_expanded (officials));
  g_assert_false (diem_entity_section_get_expanded (awards));
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (ui_find_widget_of_type (GTK_WIDGET (awards), GTK_TYPE_REVEALER))));

  /* a click on the header folds the section, and the choice is kept */
  header = ui_find_widget_of_type (GTK_WIDGET (officials), GTK_TYPE_TOGGLE_BUTTON);
  g_signal_emit_by_name (header, "clicked");
  ui_spin_briefly ();
  g_assert_false (diem_entity_section_get_expanded (officials));
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (ui_find_widget_of_type (GTK_WIDGET (officials), GTK_TYPE_REVEALER))));
  g_assert_false (g_settings_get_boolean (settings, "officials-expanded"));

  /* a new window opens with the sections as they were left */
  second = ui_new_sample_window ();
  g_assert_false (diem_entity_section_get_expanded (diem_sidebar_get_section (diem_window_get_sidebar (second), "officials")));
  g_signal_emit_by_name (header, "clicked");
  ui_spin_briefly ();
  g_assert_true (g_settings_get_boolean (settings, "officials-expanded"));
  g_assert_true (diem_entity_section_get_expanded (diem_sidebar_get_section (diem_window_get_sidebar (second), "officials")));

  gtk_window_destroy (GTK_WINDOW (second));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_rows_show_mention_counts (void)
{
  DiemWindow *window;
  GPtrArray *officials;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  window = ui_new_sample_window ();
  officials = diem_article_get_officials (diem_window_get_article (window));
  g_assert_cmpuint (officials->len, >, 1);

  for (guint i = 0; i < officials->len; i++)
    {
      DiemOfficial *official = g_ptr_array_index (officials, i);
      GtkWidget *row = ui_sidebar_row (window, "officials", i);
      g_autofree char *count = g_strdup_printf (official->mentions->len == 1 ? "%u mention" : "%u mentions",
                                                official->mentions->len);

      g_assert_nonnull (row);
      g_assert_nonnull (ui_find_label (row, official->name));
      g_assert_nonnull (ui_find_label (row, count));
    }
  g_assert_null (ui_sidebar_row (window, "officials", officials->len));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_recipients_are_rows_under_their_tier (void)
{
  DiemWindow *window;
  DiemAward *award;
  const char *text;
  guint index = 0;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  window = ui_new_sample_window ();
  text = diem_article_get_text (diem_window_get_article (window));

  /* each tier's row is followed by one row per recipient, in the tiers' order */
  for (guint i = 0; i < diem_article_get_awards (diem_window_get_article (window))->len; i++)
    {
      GtkWidget *tier_row = ui_sidebar_row (window, "awards", index++);

      award = g_ptr_array_index (diem_article_get_awards (diem_window_get_article (window)), i);
      g_assert_false (gtk_widget_has_css_class (tier_row, "recipient-row"));
      g_assert_nonnull (ui_find_label (tier_row, award->award));
      for (guint j = 0; j < award->recipients->len; j++)
        {
          const char *recipient = g_ptr_array_index (award->recipients, j);
          GtkWidget *row = ui_sidebar_row (window, "awards", index);
          guint n = ui_count_occurrences (text, recipient);
          DiemReadingView *view = diem_window_get_reading_view (window);

          g_assert_nonnull (row);
          g_assert_true (gtk_widget_has_css_class (row, "recipient-row"));
          g_assert_nonnull (ui_find_label (row, recipient));
          g_assert_cmpuint (n, >, 0);

          /* activating it steps through where the recipient is written */
          ui_activate_sidebar_row (window, "awards", index++);
          g_assert_cmpuint (diem_reading_view_get_n_targets (view), ==, n);
        }
    }
  g_assert_null (ui_sidebar_row (window, "awards", index));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
on_text_read_cb (GObject      *clipboard,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  char **text = user_data;
  g_autoptr(GError) error = NULL;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (clipboard), result, &error);
  g_assert_no_error (error);
}

static char *
read_clipboard (GtkWidget *widget)
{
  char *text = NULL;
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL, on_text_read_cb, &text);
  while (text == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  return text;
}

static void
test_context_menu_copies_row (void)
{
  DiemWindow *window;
  DiemSidebar *sidebar;
  DiemOfficial *official;
  GtkWidget *row;
  GtkWidget *menu;
  g_autoptr(GString) expected = NULL;
  g_autofree char *copied = NULL;
  g_autofree char *row_text = NULL;
  g_autoptr(DiemEntry) entry = NULL;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  window = ui_new_sample_window ();
  sidebar = diem_window_get_sidebar (window);
  official = g_ptr_array_index (diem_article_get_officials (diem_window_get_article (window)), 0);
  g_assert_cmpuint (official->titles->len, >, 0);
  expected = g_string_new (official->name);
  for (guint i = 0; i < official->titles->len; i++)
    g_string_append_printf (expected, "\n%s", (const char *) g_ptr_array_index (official->titles, i));

  entry = g_list_model_get_item (diem_sidebar_get_entries (sidebar, "officials"), 0);
  row_text = diem_entry_dup_text (entry);
  g_assert_cmpstr (row_text, ==, expected->str);

  /* from the keyboard: the focused row's menu opens with Shift+F10 */
  row = ui_sidebar_row (window, "officials", 0);
  g_assert_true (gtk_widget_grab_focus (row));
  menu = ui_find_widget_of_type (GTK_WIDGET (sidebar), GTK_TYPE_POPOVER_MENU);
  g_assert_nonnull (menu);
  g_assert_false (gtk_widget_get_visible (menu));
  ui_press_shortcut (GTK_WIDGET (sidebar), "<Shift>F10");
  g_assert_true (gtk_widget_get_visible (menu));

  g_assert_true (gtk_widget_activate_action (menu, "entity.copy", NULL));
  copied = read_clipboard (GTK_WIDGET (window));
  g_assert_cmpstr (copied, ==, expected->str);

  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *
focus_of (DiemWindow *window)
{
  return gtk_root_get_focus (GTK_ROOT (window));
}

static void
test_one_tab_stop_per_section (void)
{
  DiemWindow *window;
  DiemSidebar *sidebar;
  GtkWidget *officials_header, *awards_header;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  window = ui_new_sample_window ();
  sidebar = diem_window_get_sidebar (window);
  g_assert_cmpuint (g_list_model_get_n_items (diem_sidebar_get_entries (sidebar, "officials")), >, 2);
  officials_header = ui_find_widget_of_type (GTK_WIDGET (diem_sidebar_get_section (sidebar, "officials")),
                                             GTK_TYPE_TOGGLE_BUTTON);
  awards_header = ui_find_widget_of_type (GTK_WIDGET (diem_sidebar_get_section (sidebar, "awards")),
                                          GTK_TYPE_TOGGLE_BUTTON);
  diem_entity_section_set_expanded (diem_sidebar_get_section (sidebar, "officials"), TRUE);
  g_assert_true (gtk_widget_grab_focus (officials_header));

  /* Tab goes from the header into the list, at its first entry */
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD));
  g_assert_true (focus_of (window) == ui_sidebar_row (window, "officials", 0));

  /* the arrow keys move inside the list */
  ui_press_shortcut (GTK_WIDGET (diem_sidebar_get_list_box (sidebar, "officials")), "Down");
  g_assert_true (focus_of (window) == ui_sidebar_row (window, "officials", 1));

  /* Tab leaves the list whatever its length: the next section's header */
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD));
  g_assert_true (focus_of (window) == awards_header);

  /* Shift+Tab comes back to the entry the list had, then to its header */
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_BACKWARD));
  g_assert_true (focus_of (window) == ui_sidebar_row (window, "officials", 1));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_BACKWARD));
  g_assert_true (focus_of (window) == officials_header);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Every row of @list is allocated at least the height it asks for at the list's width,
 * and the list holds it whole: a row whose lines wrap is never cut off at its end. */
static void
assert_rows_whole (GtkWidget  *list,
                   const char *key,
                   guint       n_entries)
{
  int list_width = gtk_widget_get_width (list);
  int list_height = gtk_widget_get_height (list);
  guint n_rows = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      graphene_rect_t bounds;
      int minimum = 0;

      if (!gtk_widget_get_visible (row))
        continue;
      g_assert_true (gtk_widget_compute_bounds (row, list, &bounds));
      gtk_widget_measure (row, GTK_ORIENTATION_VERTICAL, list_width, &minimum, NULL, NULL, NULL);
      if (bounds.size.height < minimum || bounds.origin.y + bounds.size.height > list_height + 0.5)
        g_test_message ("%s: row %u is %.0f px high at y %.0f, needs %d; the list is %d px",
                        key, n_rows, bounds.size.height, bounds.origin.y, minimum, list_height);
      g_assert_cmpfloat (bounds.size.height, >=, minimum);
      g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, list_height + 0.5);
      n_rows++;
    }
  g_assert_cmpuint (n_rows, ==, n_entries);
}

/* In a sidebar narrow enough that names wrap over several lines, every section shows
 * each of its rows whole, the last one too. */
static void
test_wrapped_rows_are_whole (void)
{
  DiemWindow *window;
  DiemSidebar *sidebar;
  const DiemCategory * const *categories;
  guint n_categories, n_wrapped = 0;
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  /* the narrowest sidebar, where the sample's longer names wrap */
  if (source != NULL && (schema = g_settings_schema_source_lookup (source, APP_ID, TRUE)) != NULL)
    {
      settings = g_settings_new (APP_ID);
      g_settings_set_int (settings, "sidebar-width", 280);
    }
  window = diem_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  diem_window_show_sample (window);
  gtk_window_present (GTK_WINDOW (window));
  sidebar = diem_window_get_sidebar (window);
  categories = diem_categories (&n_categories);
  for (guint i = 0; i < n_categories; i++)
    diem_entity_section_set_expanded (diem_sidebar_get_section (sidebar, categories[i]->key), TRUE);
  ui_wait_for_frames (GTK_WIDGET (window), 3);

  for (guint i = 0; i < n_categories; i++)
    {
      const char *key = categories[i]->key;
      GtkWidget *list = GTK_WIDGET (diem_sidebar_get_list_box (sidebar, key));
      guint n_entries = g_list_model_get_n_items (diem_sidebar_get_entries (sidebar, key));

      if (n_entries == 0 || !gtk_widget_get_mapped (list))
        continue;
      assert_rows_whole (list, key, n_entries);
      for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
        {
          GtkWidget *title = gtk_widget_get_first_child (gtk_widget_get_first_child (gtk_widget_get_first_child (row)));
          int one_line = 0;

          gtk_widget_measure (title, GTK_ORIENTATION_VERTICAL, G_MAXINT / 2, &one_line, NULL, NULL, NULL);
          if (gtk_widget_get_height (title) > one_line)
            n_wrapped++;
        }
    }
  /* the sample has names long enough to wrap at this width */
  g_assert_cmpuint (n_wrapped, >, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  if (settings != NULL)
    g_settings_reset (settings, "sidebar-width");
}

static void
test_active_entry_is_marked (void)
{
  DiemWindow *window;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  window = ui_new_sample_window ();
  ui_activate_sidebar_row (window, "officials", 1);
  g_assert_true (gtk_widget_has_css_class (ui_sidebar_row (window, "officials", 1), "active-entity"));
  g_assert_false (gtk_widget_has_css_class (ui_sidebar_row (window, "officials", 0), "active-entity"));

  /* one entry is active in the whole sidebar */
  ui_activate_sidebar_row (window, "awards", 0);
  g_assert_false (gtk_widget_has_css_class (ui_sidebar_row (window, "officials", 1), "active-entity"));
  g_assert_true (gtk_widget_has_css_class (ui_sidebar_row (window, "awards", 0), "active-entity"));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  char *private_dirs = ui_test_init (&argc, &argv, &have_display);

  g_test_add_func ("/sidebar/sections-fold-and-remember", test_sections_fold_and_remember);
  g_test_add_func ("/sidebar/rows-show-mention-counts", test_rows_show_mention_counts);
  g_test_add_func ("/sidebar/context-menu-copies-row", test_context_menu_copies_row);
  g_test_add_func ("/sidebar/recipients-are-rows-under-their-tier", test_recipients_are_rows_under_their_tier);
  g_test_add_func ("/sidebar/one-tab-stop-per-section", test_one_tab_stop_per_section);
  g_test_add_func ("/sidebar/active-entry-is-marked", test_active_entry_is_marked);
  g_test_add_func ("/sidebar/wrapped-rows-are-whole", test_wrapped_rows_are_whole);

  return ui_test_run (private_dirs);
}
