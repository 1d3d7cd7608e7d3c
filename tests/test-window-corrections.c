/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-window-corrections.c — the editor's corrections from the window: each kind through
 * its action or dialog, and what follows: sidebar marks, highlights, JSON, PDF, undo,
 * and the log kept across a restart
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "diem-article-buffer.h"
#include "diem-correction-dialog.h"
#include "diem-desk-store.h"
#include "diem-json-export.h"
#include "diem-reading-view.h"
#include "diem-sidebar.h"
#include "diem-window.h"
#include "pdf-test-util.h"
#include "ui-test-util.h"
#include "ui-window-util.h"

static gboolean have_display;
static char *folder;

/* Our own article: two officials (one also named by his given name alone), two award
 * tiers the second of which the extractor gives its recipient (the first goes to a
 * plural, which names no one), and a resolution. */
static const char article_text[] =
  "Tỉnh Hòa Lâm tổng kết phong trào thi đua năm 2024\n\n"
  "Sáng 5/1, UBND tỉnh Hòa Lâm tổ chức hội nghị tổng kết phong trào thi đua yêu nước.\n\n"
  "Ông Nguyễn Minh Quang, Chủ tịch UBND tỉnh Hòa Lâm, phát biểu khai mạc hội nghị. "
  "Bà Trịnh Thu Hà, Giám đốc Sở Nội vụ, trình bày báo cáo tổng kết.\n\n"
  "Thừa ủy quyền của Chủ tịch nước, ông Nguyễn Minh Quang trao Huân chương Lao động hạng Nhì cho "
  "các tập thể dẫn đầu phong trào và trao Huân chương Lao động hạng Ba cho ông Lương Văn Tú. "
  "Công ty Cổ phần Sông Lam là một đơn vị dẫn đầu phong trào.\n\n"
  "Hội nghị quán triệt Nghị quyết số 45/2024/NQ-HĐND của HĐND tỉnh về phát triển kinh tế. "
  "Ông Quang đề nghị các sở triển khai Nghị quyết này. Chị Mai Lan, cán bộ Sở Nội vụ, cũng dự hội nghị.\n";

#define SECOND_TIER "Huân chương Lao động hạng Nhì"
#define THIRD_TIER "Huân chương Lao động hạng Ba"

/* Each test its own article (a line of its own at the end), so that no test finds the
 * work another left on the desk. */
static GFile *
write_article (const char *name)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);
  g_autofree char *text = g_strdup_printf ("%s\nBài %s.\n", article_text, name);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, text, -1, &error));
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

/* A window on @file once its sidebar shows the extraction: the load ends when the
 * worker is done, a turn of the main loop before its result reaches the sidebar. */
static DiemWindow *
open_file (GFile *file)
{
  DiemWindow *window = ui_new_window_with_file (file);
  DiemSidebar *sidebar = diem_window_get_sidebar (window);
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  /* the sidebar's model is replaced when the extraction comes: asked for each time */
  while (g_list_model_get_n_items (diem_sidebar_get_entries (sidebar, "officials")) == 0
         && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  ui_spin_briefly ();
  g_assert_nonnull (diem_window_get_article (window));
  g_assert_cmpuint (g_list_model_get_n_items (diem_sidebar_get_entries (sidebar, "officials")), >, 0);
  return window;
}

static DiemWindow *
open_article (const char *name)
{
  g_autoptr(GFile) file = write_article (name);

  return open_file (file);
}

static DiemEntry *
shown (DiemWindow *window,
       const char *category,
       const char *key)
{
  return diem_sidebar_find_entry (diem_window_get_sidebar (window), category, key);
}

/* The list item of @entry's row, once it is on screen. */
static GtkWidget *
row_of (DiemWindow *window,
        DiemEntry  *entry)
{
  GListModel *entries = diem_sidebar_get_entries (diem_window_get_sidebar (window),
                                                  diem_entry_get_category (entry)->key);

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(DiemEntry) item = g_list_model_get_item (entries, i);

      if (item == entry)
        return ui_sidebar_row (window, diem_entry_get_category (entry)->key, i);
    }
  return NULL;
}

/* The row shows its state: a visible label and a class for the look. */
static void
assert_row_marked (DiemWindow *window,
                   DiemEntry  *entry,
                   const char *label,
                   const char *css_class)
{
  GtkWidget *row = row_of (window, entry);
  GtkLabel *mark;

  g_assert_nonnull (row);
  mark = ui_find_label (row, label);
  g_assert_nonnull (mark);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (mark)));
  g_assert_true (gtk_widget_has_css_class (row, css_class));
}

static void
assert_row_unmarked (DiemWindow *window,
                     DiemEntry  *entry)
{
  GtkWidget *row = row_of (window, entry);
  const char *marks[] = { "entry-edited", "entry-added", "entry-removed" };

  g_assert_nonnull (row);
  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    g_assert_false (gtk_widget_has_css_class (row, marks[i]));
}

static void
activate (DiemWindow *window,
          const char *action,
          GVariant   *parameter)
{
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (window), action, parameter));
  ui_spin_briefly ();
}

static DiemCorrectionDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (DIEM_IS_CORRECTION_DIALOG (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return DIEM_CORRECTION_DIALOG (toplevel);
    }
  return NULL;
}

/* As its buttons do: the response, then the dialog closes. */
static void
answer (DiemCorrectionDialog *dialog,
        const char           *response)
{
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  ui_spin_briefly ();
}

static void
type_into (DiemCorrectionDialog *dialog,
           const char           *field,
           const char           *text)
{
  GtkWidget *widget = diem_correction_dialog_get_field (dialog, field);

  g_assert_nonnull (widget);
  if (GTK_IS_TEXT_VIEW (widget))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (widget), text);
}

/* Picks the choice that reads @label in a combo row. */
static void
pick (DiemCorrectionDialog *dialog,
      const char           *field,
      const char           *label)
{
  AdwComboRow *row = ADW_COMBO_ROW (diem_correction_dialog_get_field (dialog, field));
  GListModel *model = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (model), i), label))
      {
        adw_combo_row_set_selected (row, i);
        return;
      }
  g_error ("no choice %s", label);
}

/* Selects the @nth place the reading view shows @words, as a drag would. */
static void
select_words (DiemWindow *window,
              const char *words,
              guint       nth)
{
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (diem_reading_view_get_buffer (diem_window_get_reading_view (window)));
  GtkTextIter from, start, end;

  gtk_text_buffer_get_start_iter (buffer, &from);
  for (guint i = 0; i <= nth; i++)
    {
      g_assert_true (gtk_text_iter_forward_search (&from, words, 0, &start, &end, NULL));
      from = end;
    }
  gtk_text_buffer_select_range (buffer, &start, &end);
  ui_spin_briefly ();
}

/* What the highlight tag covers in the view, the ranges joined by "|". */
static char *
highlighted (DiemWindow *window)
{
  DiemArticleBuffer *buffer = diem_reading_view_get_buffer (diem_window_get_reading_view (window));
  GtkTextTag *tag = diem_article_buffer_get_highlight_tag (buffer);
  GString *out = g_string_new (NULL);
  GtkTextIter iter;

  gtk_text_buffer_get_start_iter (GTK_TEXT_BUFFER (buffer), &iter);
  while (gtk_text_iter_starts_tag (&iter, tag) || gtk_text_iter_forward_to_tag_toggle (&iter, tag))
    {
      GtkTextIter end = iter;
      g_autofree char *text = NULL;

      if (!gtk_text_iter_starts_tag (&iter, tag))
        continue;
      gtk_text_iter_forward_to_tag_toggle (&end, tag);
      text = gtk_text_iter_get_text (&iter, &end);
      g_string_append_printf (out, out->len > 0 ? "|%s" : "%s", text);
      iter = end;
    }
  return g_string_free (out, FALSE);
}

static JsonObject *
exported_json (DiemWindow *window)
{
  g_autofree char *json = diem_json_export_to_data (diem_window_get_article (window), NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  g_assert_no_error (error);
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

/* The JSON's entry of @category whose @member is @value, or NULL. */
static JsonObject *
exported_entry (JsonObject *json,
                const char *category,
                const char *member,
                const char *value)
{
  JsonArray *entries = json_object_get_array_member (json, category);

  for (guint i = 0; i < json_array_get_length (entries); i++)
    {
      JsonObject *entry = json_array_get_object_element (entries, i);

      if (g_strcmp0 (json_object_get_string_member (entry, member), value) == 0)
        return entry;
    }
  return NULL;
}

/* The words of the summary sheet of the window's article as a PDF; NULL without pdftotext. */
static char *
exported_pdf_words (DiemWindow *window)
{
  g_autofree char *path = g_build_filename (folder, "summary.pdf", NULL);
  DiemPdfOptions options = { DIEM_PAPER_A4, DIEM_PAGE_CONTENTS_SUMMARY };
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_assert_true (diem_pdf_export_to_file_full (diem_window_get_article (window), path, &options, &error));
  g_assert_no_error (error);
  text = pdf_text (path);
  g_unlink (path);
  return text != NULL ? pdf_fold_text (text) : NULL;
}

/* Whether @action (detailed, with its target) can be used now: a button for it, inside the window, is sensitive
 * only then (GTK 4.8 has no widget call that says it). */
/* Toasts are shown from the overlay's queue, a moment after they are added. */
static gboolean
shows_label (DiemWindow *window,
             const char *text)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (ui_find_label (GTK_WIDGET (window), text) == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  return ui_find_label (GTK_WIDGET (window), text) != NULL;
}

static gboolean
action_enabled (DiemWindow *window,
                const char *action)
{
  GtkWidget *probe = gtk_button_new ();
  g_autofree char *name = NULL;
  g_autoptr(GVariant) target = NULL;
  gboolean enabled;

  g_assert_true (g_action_parse_detailed_name (action, &name, &target, NULL));
  /* the target first: an action name without its target's type is refused */
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (probe), target);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (probe), name);
  gtk_widget_set_parent (probe, GTK_WIDGET (diem_window_get_reading_view (window)));
  ui_spin_briefly ();
  enabled = gtk_widget_get_sensitive (probe);
  gtk_widget_unparent (probe);
  return enabled;
}

#define SKIP_WITHOUT_DISPLAY() \
  G_STMT_START { \
    if (!have_display) \
      { \
        g_test_skip ("no display"); \
        return; \
      } \
  } G_STMT_END

static void
test_edit_official_through_its_dialog (void)
{
  DiemWindow *window;
  DiemCorrectionDialog *dialog;
  g_autoptr(JsonObject) json = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *lit = NULL;
  DiemEntry *ha;
  JsonArray *titles;

  SKIP_WITHOUT_DISPLAY ();
  window = open_article ("edit.txt");
  ha = shown (window, "officials", "Trịnh Thu Hà");
  g_assert_nonnull (ha);
  assert_row_unmarked (window, ha);
  g_assert_false (action_enabled (window, "win.undo"));

  activate (window, "win.edit-entry", g_variant_new ("(ss)", "officials", "Trịnh Thu Hà"));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  type_into (dialog, "titles", "Giám đốc Sở Nội vụ\n\nỦy viên Ban Thường vụ Tỉnh ủy\n");
  answer (dialog, "apply");

  ha = shown (window, "officials", "Trịnh Thu Hà");
  g_assert_cmpint (diem_entry_get_state (ha), ==, DIEM_ENTRY_EDITED);
  g_assert_cmpstr (diem_entry_get_detail (ha), ==, "Giám đốc Sở Nội vụ\nỦy viên Ban Thường vụ Tỉnh ủy");
  assert_row_marked (window, ha, "Edited", "entry-edited");
  g_assert_true (action_enabled (window, "win.undo"));

  json = exported_json (window);
  titles = json_object_get_array_member (exported_entry (json, "officials", "name", "Trịnh Thu Hà"), "titles");
  g_assert_cmpuint (json_array_get_length (titles), ==, 2);
  g_assert_cmpstr (json_array_get_string_element (titles, 1), ==, "Ủy viên Ban Thường vụ Tỉnh ủy");
  pdf = exported_pdf_words (window);
  if (pdf != NULL)
    g_assert_nonnull (strstr (pdf, "Ủy viên Ban Thường vụ Tỉnh ủy"));

  /* cancelled, nothing changes */
  activate (window, "win.edit-entry", g_variant_new ("(ss)", "officials", "Nguyễn Minh Quang"));
  dialog = find_dialog ();
  type_into (dialog, "name", "Nguyễn Minh Quang X");
  answer (dialog, "cancel");
  g_assert_nonnull (shown (window, "officials", "Nguyễn Minh Quang"));

  /* renamed while highlighted, the entry stays active and its highlight follows the
   * mentions found under its new name */
  ha = shown (window, "officials", "Trịnh Thu Hà");
  g_signal_emit_by_name (diem_window_get_sidebar (window), "mentions-activated", diem_entry_get_mentions (ha));
  diem_sidebar_set_active_entry (diem_window_get_sidebar (window), ha);
  lit = highlighted (window);
  g_assert_true (g_str_has_prefix (lit, "Trịnh Thu Hà"));
  activate (window, "win.edit-entry", g_variant_new ("(ss)", "officials", "Trịnh Thu Hà"));
  dialog = find_dialog ();
  type_into (dialog, "name", "Thu Hà");
  answer (dialog, "apply");
  g_assert_null (shown (window, "officials", "Trịnh Thu Hà"));
  g_assert_true (diem_sidebar_get_active_entry (diem_window_get_sidebar (window)) == shown (window, "officials", "Thu Hà"));
  g_free (lit);
  lit = highlighted (window);
  g_assert_cmpstr (lit, ==, "Thu Hà");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_remove_and_restore (void)
{
  DiemWindow *window;
  DiemEntry *ha;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(JsonObject) json = NULL;
  g_autoptr(JsonObject) json_restored = NULL;
  g_autofree char *pdf = NULL;
  GListModel *entries;
  g_autoptr(DiemEntry) last = NULL;

  SKIP_WITHOUT_DISPLAY ();
  window = open_article ("remove.txt");
  /* her mentions are highlighted, as a click on her row does */
  ha = shown (window, "officials", "Trịnh Thu Hà");
  g_assert_nonnull (ha);
  g_signal_emit_by_name (diem_window_get_sidebar (window), "mentions-activated", diem_entry_get_mentions (ha));
  diem_sidebar_set_active_entry (diem_window_get_sidebar (window), ha);
  ui_spin_briefly ();
  before = highlighted (window);
  g_assert_nonnull (strstr (before, "Trịnh Thu Hà"));

  activate (window, "win.remove-entry", g_variant_new ("(ss)", "officials", "Trịnh Thu Hà"));
  g_assert_cmpuint (diem_article_get_officials (diem_window_get_article (window))->len, ==, 1);
  /* a toast says what went, with Undo at hand */
  g_assert_true (shows_label (window, "“Trịnh Thu Hà” removed"));
  /* still shown, last and struck out, so that it can be restored */
  entries = diem_sidebar_get_entries (diem_window_get_sidebar (window), "officials");
  last = g_list_model_get_item (entries, g_list_model_get_n_items (entries) - 1);
  g_assert_cmpstr (diem_entry_get_key (last), ==, "Trịnh Thu Hà");
  g_assert_cmpint (diem_entry_get_state (last), ==, DIEM_ENTRY_REMOVED);
  assert_row_marked (window, last, "Removed", "entry-removed");
  /* her highlight went with her */
  after = highlighted (window);
  g_assert_cmpstr (after, ==, "");
  g_assert_cmpint (diem_reading_view_get_target_kind (diem_window_get_reading_view (window)), ==, DIEM_TARGET_NONE);
  json = exported_json (window);
  g_assert_null (exported_entry (json, "officials", "name", "Trịnh Thu Hà"));
  g_assert_nonnull (exported_entry (json, "officials", "name", "Nguyễn Minh Quang"));
  pdf = exported_pdf_words (window);
  if (pdf != NULL)
    {
      g_assert_null (strstr (pdf, "Trịnh Thu Hà"));
      g_assert_nonnull (strstr (pdf, "Nguyễn Minh Quang"));
    }

  activate (window, "win.restore-entry", g_variant_new ("(ss)", "officials", "Trịnh Thu Hà"));
  ha = shown (window, "officials", "Trịnh Thu Hà");
  g_assert_nonnull (ha);
  g_assert_cmpint (diem_entry_get_state (ha), ==, DIEM_ENTRY_EXTRACTED);
  assert_row_unmarked (window, ha);
  json_restored = exported_json (window);
  g_assert_nonnull (exported_entry (json_restored, "officials", "name", "Trịnh Thu Hà"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_selection_added_as_official_and_merged (void)
{
  DiemWindow *window;
  DiemCorrectionDialog *dialog;
  GtkWidget *popover;
  g_autofree char *accelerator = gtk_accelerator_name (GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK);
  g_autofree char *lit = NULL;
  g_autoptr(JsonObject) json = NULL;
  DiemEntry *lan, *quang;

  SKIP_WITHOUT_DISPLAY ();
  window = open_article ("add.txt");
  g_assert_false (action_enabled (window, "win.add-selection::official"));

  /* the words with the comma after them: the name alone is added */
  select_words (window, "Mai Lan,", 0);
  g_assert_true (action_enabled (window, "win.add-selection::official"));
  ui_press_shortcut (GTK_WIDGET (window), accelerator);
  popover = ui_find_widget_of_type (GTK_WIDGET (diem_window_get_reading_view (window)), GTK_TYPE_POPOVER_MENU);
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_visible (popover));
  gtk_popover_popdown (GTK_POPOVER (popover));

  activate (window, "win.add-selection", g_variant_new_string ("official"));
  lan = shown (window, "officials", "Mai Lan");
  g_assert_nonnull (lan);
  g_assert_cmpint (diem_entry_get_state (lan), ==, DIEM_ENTRY_ADDED);
  g_assert_cmpuint (diem_entry_get_mention_count (lan), ==, 1);
  assert_row_marked (window, lan, "Added", "entry-added");
  /* its mentions are found and highlighted */
  lit = highlighted (window);
  g_assert_cmpstr (lit, ==, "Mai Lan");
  json = exported_json (window);
  g_assert_nonnull (exported_entry (json, "officials", "name", "Mai Lan"));

  /* "Quang" alone is the same man as "Nguyễn Minh Quang": added, then merged into him */
  select_words (window, "Quang", 2);
  activate (window, "win.add-selection", g_variant_new_string ("official"));
  g_assert_nonnull (shown (window, "officials", "Quang"));
  activate (window, "win.merge-official", g_variant_new ("(ss)", "Quang", ""));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  pick (dialog, "into", "Nguyễn Minh Quang");
  answer (dialog, "apply");
  g_assert_null (shown (window, "officials", "Quang"));
  quang = shown (window, "officials", "Nguyễn Minh Quang");
  g_assert_cmpint (diem_entry_get_state (quang), ==, DIEM_ENTRY_EDITED);
  g_assert_cmpuint (diem_article_get_officials (diem_window_get_article (window))->len, ==, 3);

  /* a selection added as a title of an official, chosen in the dialog */
  select_words (window, "cán bộ Sở Nội vụ", 0);
  activate (window, "win.add-selection", g_variant_new_string ("title"));
  dialog = find_dialog ();
  pick (dialog, "official", "Mai Lan");
  answer (dialog, "apply");
  g_assert_cmpstr (diem_entry_get_detail (shown (window, "officials", "Mai Lan")), ==, "cán bộ Sở Nội vụ");
  /* added stays added, however it is corrected after */
  g_assert_cmpint (diem_entry_get_state (shown (window, "officials", "Mai Lan")), ==, DIEM_ENTRY_ADDED);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The row of @recipient under @tier, or NULL. */
static DiemEntry *
shown_part (DiemWindow *window,
            const char *recipient,
            const char *tier)
{
  GListModel *entries = diem_sidebar_get_entries (diem_window_get_sidebar (window), "awards");

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(DiemEntry) entry = g_list_model_get_item (entries, i);

      if (diem_entry_is_part (entry) && g_str_equal (diem_entry_get_key (entry), recipient)
          && g_str_equal (diem_entry_get_parent_key (entry), tier))
        return entry;
    }
  return NULL;
}

static void
test_recipients_added_and_moved (void)
{
  DiemWindow *window;
  DiemCorrectionDialog *dialog;
  g_autoptr(JsonObject) json = NULL;
  g_autoptr(JsonObject) json_after = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *lit = NULL;
  JsonObject *second, *third;
  JsonArray *recipients;

  SKIP_WITHOUT_DISPLAY ();
  window = open_article ("awards.txt");
  g_assert_nonnull (shown_part (window, "Lương Văn Tú", THIRD_TIER));

  /* a recipient the extraction does not give, added from the selection to the tier chosen */
  g_assert_null (shown_part (window, "Công ty Cổ phần Sông Lam", SECOND_TIER));
  select_words (window, "Công ty Cổ phần Sông Lam", 0);
  activate (window, "win.add-selection", g_variant_new_string ("recipient"));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  pick (dialog, "tier", SECOND_TIER);
  answer (dialog, "apply");
  g_assert_nonnull (shown_part (window, "Công ty Cổ phần Sông Lam", SECOND_TIER));
  g_assert_cmpint (diem_entry_get_state (shown (window, "awards", SECOND_TIER)), ==, DIEM_ENTRY_EDITED);
  assert_row_marked (window, shown (window, "awards", SECOND_TIER), "Edited", "entry-edited");
  lit = highlighted (window);
  g_assert_cmpstr (lit, ==, "Công ty Cổ phần Sông Lam");

  /* another moves to that tier: the action with its target */
  activate (window, "win.move-recipient", g_variant_new ("(sss)", THIRD_TIER, "Lương Văn Tú", SECOND_TIER));
  g_assert_nonnull (shown_part (window, "Lương Văn Tú", SECOND_TIER));
  g_assert_null (shown_part (window, "Lương Văn Tú", THIRD_TIER));
  json = exported_json (window);
  second = exported_entry (json, "awards", "award", SECOND_TIER);
  third = exported_entry (json, "awards", "award", THIRD_TIER);
  recipients = json_object_get_array_member (second, "recipients");
  g_assert_cmpuint (json_array_get_length (recipients), ==, 2);
  g_assert_cmpstr (json_array_get_string_element (recipients, 0), ==, "Công ty Cổ phần Sông Lam");
  g_assert_cmpstr (json_array_get_string_element (recipients, 1), ==, "Lương Văn Tú");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (third, "recipients")), ==, 0);
  pdf = exported_pdf_words (window);
  if (pdf != NULL)
    g_assert_nonnull (strstr (pdf, "Công ty Cổ phần Sông Lam"));

  /* the tier through its dialog: the presenter cleared; a recipient taken off */
  activate (window, "win.edit-entry", g_variant_new ("(ss)", "awards", SECOND_TIER));
  dialog = find_dialog ();
  type_into (dialog, "presenter", "");
  answer (dialog, "apply");
  activate (window, "win.remove-recipient", g_variant_new ("(ss)", SECOND_TIER, "Lương Văn Tú"));
  g_assert_null (shown_part (window, "Lương Văn Tú", SECOND_TIER));
  json_after = exported_json (window);
  second = exported_entry (json_after, "awards", "award", SECOND_TIER);
  g_assert_true (json_object_get_null_member (second, "presenter"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (second, "recipients")), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_documents_edited_and_added (void)
{
  DiemWindow *window;
  DiemCorrectionDialog *dialog;
  g_autoptr(JsonObject) json = NULL;
  g_autoptr(JsonObject) json_added = NULL;
  JsonObject *resolution, *decision;
  GPtrArray *log_before;
  guint logged;

  SKIP_WITHOUT_DISPLAY ();
  window = open_article ("documents.txt");
  activate (window, "win.edit-entry", g_variant_new ("(ss)", "resolutions", "45/2024/NQ-HĐND"));
  dialog = find_dialog ();
  type_into (dialog, "issuer", "HĐND tỉnh Hòa Lâm");
  answer (dialog, "apply");
  g_assert_cmpint (diem_entry_get_state (shown (window, "resolutions", "45/2024/NQ-HĐND")), ==, DIEM_ENTRY_EDITED);
  json = exported_json (window);
  resolution = exported_entry (json, "resolutions", "id", "45/2024/NQ-HĐND");
  g_assert_cmpstr (json_object_get_string_member (resolution, "issuer"), ==, "HĐND tỉnh Hòa Lâm");
  g_assert_cmpstr (json_object_get_string_member (resolution, "subject"), ==, "phát triển kinh tế");

  /* a number already listed is not added twice, and the log does not keep the attempt */
  log_before = diem_article_get_resolutions (diem_window_get_article (window));
  logged = log_before->len;
  select_words (window, "45/2024/NQ-HĐND", 0);
  activate (window, "win.add-selection", g_variant_new_string ("document"));
  dialog = find_dialog ();
  answer (dialog, "apply");
  g_assert_cmpuint (diem_article_get_resolutions (diem_window_get_article (window))->len, ==, logged);

  /* a selection added as a document of another kind goes with the other documents */
  select_words (window, "Sở Nội vụ", 1);
  activate (window, "win.add-selection", g_variant_new_string ("document"));
  dialog = find_dialog ();
  pick (dialog, "kind", diem_document_kind_words (DIEM_DOCUMENT_DECISION));
  type_into (dialog, "id", "12/QĐ-SNV");
  type_into (dialog, "issuer", "Sở Nội vụ");
  answer (dialog, "apply");
  json_added = exported_json (window);
  decision = exported_entry (json_added, "documents", "id", "12/QĐ-SNV");
  g_assert_nonnull (decision);
  g_assert_cmpstr (json_object_get_string_member (decision, "kind"), ==, "decision");
  g_assert_cmpint (diem_entry_get_state (shown (window, "documents", "12/QĐ-SNV")), ==, DIEM_ENTRY_ADDED);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (diem_sidebar_get_section (diem_window_get_sidebar (window), "documents"))));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_undo_and_redo (void)
{
  DiemWindow *window;
  g_autofree char *undo_keys = gtk_accelerator_name (GDK_KEY_z, GDK_CONTROL_MASK);
  g_autofree char *redo_keys = gtk_accelerator_name (GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK);
  g_autofree char *lit = NULL;

  SKIP_WITHOUT_DISPLAY ();
  window = open_article ("undo.txt");
  select_words (window, "Mai Lan", 0);
  activate (window, "win.add-selection", g_variant_new_string ("official"));
  activate (window, "win.remove-entry", g_variant_new ("(ss)", "officials", "Trịnh Thu Hà"));
  g_assert_cmpint (diem_entry_get_state (shown (window, "officials", "Trịnh Thu Hà")), ==, DIEM_ENTRY_REMOVED);
  g_assert_false (action_enabled (window, "win.redo"));

  /* Ctrl+Z takes the last correction back, then the one before */
  ui_press_shortcut (GTK_WIDGET (window), undo_keys);
  g_assert_cmpint (diem_entry_get_state (shown (window, "officials", "Trịnh Thu Hà")), ==, DIEM_ENTRY_EXTRACTED);
  g_assert_nonnull (shown (window, "officials", "Mai Lan"));
  g_assert_true (action_enabled (window, "win.redo"));
  ui_press_shortcut (GTK_WIDGET (window), undo_keys);
  g_assert_null (shown (window, "officials", "Mai Lan"));
  g_assert_false (action_enabled (window, "win.undo"));
  g_assert_false (diem_article_is_corrected (diem_window_get_article (window)));
  /* with it went its highlight */
  lit = highlighted (window);
  g_assert_cmpstr (lit, ==, "");

  /* Ctrl+Shift+Z brings them back in order */
  ui_press_shortcut (GTK_WIDGET (window), redo_keys);
  g_assert_cmpint (diem_entry_get_state (shown (window, "officials", "Mai Lan")), ==, DIEM_ENTRY_ADDED);
  g_assert_cmpint (diem_entry_get_state (shown (window, "officials", "Trịnh Thu Hà")), ==, DIEM_ENTRY_EXTRACTED);
  ui_press_shortcut (GTK_WIDGET (window), redo_keys);
  g_assert_cmpint (diem_entry_get_state (shown (window, "officials", "Trịnh Thu Hà")), ==, DIEM_ENTRY_REMOVED);
  g_assert_false (action_enabled (window, "win.redo"));

  /* a new correction after an undo leaves nothing to redo */
  ui_press_shortcut (GTK_WIDGET (window), undo_keys);
  g_assert_true (action_enabled (window, "win.redo"));
  activate (window, "win.remove-entry", g_variant_new ("(ss)", "officials", "Nguyễn Minh Quang"));
  g_assert_false (action_enabled (window, "win.redo"));
  g_assert_cmpuint (diem_article_get_officials (diem_window_get_article (window))->len, ==, 2);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The target of the item of @model (or of its sections) for @action; NULL when none. */
static GVariant *
menu_target (GMenuModel *model,
             const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *name = NULL;
      GMenuModel *section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);

      if (section != NULL)
        {
          GVariant *found = menu_target (section, action);

          g_object_unref (section);
          if (found != NULL)
            return found;
        }
      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) && g_str_equal (name, action))
        {
          GVariant *target = g_menu_model_get_item_attribute_value (model, i, G_MENU_ATTRIBUTE_TARGET, NULL);

          return target != NULL ? target : g_variant_ref_sink (g_variant_new_string (""));
        }
    }
  return NULL;
}

/* Opens the menu of @entry's row from the keyboard (Shift+F10), and runs its @action. */
static void
run_from_row_menu (DiemWindow *window,
                   DiemEntry  *entry,
                   const char *action,
                   const char *absent)
{
  DiemSidebar *sidebar = diem_window_get_sidebar (window);
  GtkWidget *row = row_of (window, entry);
  GtkWidget *menu;
  g_autoptr(GVariant) target = NULL;
  g_autoptr(GVariant) other = NULL;

  g_assert_nonnull (row);
  g_assert_true (gtk_widget_grab_focus (row));
  ui_press_shortcut (GTK_WIDGET (sidebar), "<Shift>F10");
  menu = ui_find_widget_of_type (GTK_WIDGET (sidebar), GTK_TYPE_POPOVER_MENU);
  g_assert_true (gtk_widget_get_visible (menu));
  target = menu_target (gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (menu)), action);
  g_assert_nonnull (target);
  if (absent != NULL)
    {
      other = menu_target (gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (menu)), absent);
      g_assert_null (other);
    }
  gtk_popover_popdown (GTK_POPOVER (menu));
  /* from the menu, as its item does: the window's action, found up the widget tree */
  g_assert_true (gtk_widget_activate_action_variant (menu, action, target));
  ui_spin_briefly ();
}

static void
test_from_the_menus (void)
{
  DiemWindow *window;
  GMenuModel *extra;
  g_autoptr(GVariant) official = NULL;
  g_autoptr(GVariant) document = NULL;
  DiemCorrectionDialog *dialog;
  DiemEntry *removed;

  SKIP_WITHOUT_DISPLAY ();
  window = open_article ("menus.txt");

  /* the reading view's context menu has the selection's additions, in a section of their own */
  extra = gtk_text_view_get_extra_menu (diem_reading_view_get_text_view (diem_window_get_reading_view (window)));
  g_assert_nonnull (extra);
  official = menu_target (extra, "win.add-selection");
  g_assert_cmpstr (g_variant_get_string (official, NULL), ==, "official");

  /* an entry's menu removes it; the removed entry's menu restores it, and offers no edit */
  run_from_row_menu (window, shown (window, "officials", "Trịnh Thu Hà"), "win.remove-entry", NULL);
  removed = shown (window, "officials", "Trịnh Thu Hà");
  g_assert_cmpint (diem_entry_get_state (removed), ==, DIEM_ENTRY_REMOVED);
  run_from_row_menu (window, removed, "win.restore-entry", "win.edit-entry");
  g_assert_cmpint (diem_entry_get_state (shown (window, "officials", "Trịnh Thu Hà")), ==, DIEM_ENTRY_EXTRACTED);

  /* a recipient's menu moves it, the tier chosen in a dialog */
  run_from_row_menu (window, shown_part (window, "Lương Văn Tú", THIRD_TIER), "win.move-recipient", "win.merge-official");
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  pick (dialog, "to", SECOND_TIER);
  answer (dialog, "apply");
  g_assert_nonnull (shown_part (window, "Lương Văn Tú", SECOND_TIER));

  /* an official's menu edits it */
  run_from_row_menu (window, shown (window, "officials", "Nguyễn Minh Quang"), "win.edit-entry", "win.restore-entry");
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  answer (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Closing the window saves the log; a new window on the same article replays it. */
static void
test_kept_across_restart (void)
{
  DiemWindow *window;
  g_autoptr(GFile) file = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *path = diem_desk_store_default_path ();
  g_autoptr(DiemDeskStore) store = NULL;
  g_autoptr(DiemDeskWork) work = NULL;
  g_autoptr(GError) error = NULL;
  DiemArticle *article;

  SKIP_WITHOUT_DISPLAY ();
  window = open_article ("kept.txt");
  select_words (window, "Mai Lan", 0);
  activate (window, "win.add-selection", g_variant_new_string ("official"));
  activate (window, "win.move-recipient", g_variant_new ("(sss)", THIRD_TIER, "Lương Văn Tú", SECOND_TIER));
  activate (window, "win.remove-entry", g_variant_new ("(ss)", "resolutions", "45/2024/NQ-HĐND"));
  article = diem_window_get_article (window);
  hash = diem_desk_text_hash (diem_article_get_text (article), diem_article_get_text_length (article));
  gtk_window_close (GTK_WINDOW (window));
  ui_spin_briefly ();

  /* in the desk database, as another process would read it */
  store = diem_desk_store_open (path, &error);
  g_assert_no_error (error);
  work = diem_desk_store_load (store, hash, &error);
  g_assert_no_error (error);
  g_assert_nonnull (work);
  g_assert_cmpuint (work->corrections->len, ==, 3);
  g_assert_cmpstr (((DiemDeskCorrection *) g_ptr_array_index (work->corrections, 0))->action, ==, "add");
  g_assert_cmpstr (((DiemDeskCorrection *) g_ptr_array_index (work->corrections, 2))->category, ==, "resolutions");

  /* reopened: the corrected lists, their marks, and the log to undo */
  file = write_article ("kept.txt");
  window = open_file (file);
  g_assert_cmpint (diem_entry_get_state (shown (window, "officials", "Mai Lan")), ==, DIEM_ENTRY_ADDED);
  g_assert_nonnull (shown_part (window, "Lương Văn Tú", SECOND_TIER));
  g_assert_cmpint (diem_entry_get_state (shown (window, "resolutions", "45/2024/NQ-HĐND")), ==, DIEM_ENTRY_REMOVED);
  g_assert_cmpuint (diem_article_get_resolutions (diem_window_get_article (window))->len, ==, 0);
  g_assert_true (action_enabled (window, "win.undo"));
  activate (window, "win.undo", NULL);
  g_assert_cmpuint (diem_article_get_resolutions (diem_window_get_article (window))->len, ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  char *private_dirs = ui_test_init (&argc, &argv, &have_display);
  int status;

  folder = g_build_filename (private_dirs, "articles", NULL);
  g_mkdir_with_parents (folder, 0700);
  g_test_add_func ("/window-corrections/edit-official-through-its-dialog", test_edit_official_through_its_dialog);
  g_test_add_func ("/window-corrections/remove-and-restore", test_remove_and_restore);
  g_test_add_func ("/window-corrections/selection-added-as-official-and-merged", test_selection_added_as_official_and_merged);
  g_test_add_func ("/window-corrections/recipients-added-and-moved", test_recipients_added_and_moved);
  g_test_add_func ("/window-corrections/documents-edited-and-added", test_documents_edited_and_added);
  g_test_add_func ("/window-corrections/undo-and-redo", test_undo_and_redo);
  g_test_add_func ("/window-corrections/from-the-menus", test_from_the_menus);
  g_test_add_func ("/window-corrections/kept-across-restart", test_kept_across_restart);
  status = ui_test_run (private_dirs);
  g_free (folder);
  return status;
}
