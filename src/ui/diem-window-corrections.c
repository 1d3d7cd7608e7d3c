/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-window-corrections.c — the editor's corrections, from the window
 *
 * Every correction is appended to the open article's log (part of its kept work), the
 * log is replayed over the extraction (diem_article_apply_corrections, so the JSON and
 * the PDF follow the article's getters) and the sidebar, the highlight and the mention
 * stepping are brought up to date; the work keeper saves the log within a second. Undo
 * takes the last correction off the log onto a redo stack; a new correction clears it.
 * Entries are corrected from their menu in the sidebar (win.edit-entry and the others,
 * with the entry's category and key as their target); what a selection in the article
 * adds is in diem-window-selection.c.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "diem-article-corrections.h"
#include "diem-correction-dialog.h"
#include "diem-window-private.h"

typedef struct
{
  const char *field; /* DiemField.key, which is also the payload's member */
  const char *title; /* N_() */
} FormField;

static const FormField official_form[] = {
  /* TRANSLATORS: fields of the dialog that corrects an official */
  { "name", N_("Name") },
  { "titles", N_("Titles, one a line") },
};

static const FormField award_form[] = {
  /* TRANSLATORS: fields of the dialog that corrects an award tier */
  { "award", N_("Award tier") },
  { "presenter", N_("Presented by") },
  { "recipients", N_("Recipients in order, one a line") },
};

static const FormField document_form[] = {
  /* TRANSLATORS: fields of the dialog that corrects a resolution or another document */
  { "id", N_("Number") },
  { "issuer", N_("Issuer") },
  { "subject", N_("Subject") },
};

static const FormField *
form_for (const DiemCategory *category,
          guint              *n_fields)
{
  if (g_str_equal (category->key, "officials"))
    return (*n_fields = G_N_ELEMENTS (official_form), official_form);
  if (g_str_equal (category->key, "awards"))
    return (*n_fields = G_N_ELEMENTS (award_form), award_form);
  return (*n_fields = G_N_ELEMENTS (document_form), document_form);
}

/* The log --------------------------------------------------------------------- */

/* (nullable) the open article's log, once it is extracted */
static GPtrArray *
current_log (DiemWindow *self)
{
  DiemDeskWork *work;

  if (self->keeper == NULL || self->article == NULL || !diem_article_is_extracted (self->article))
    return NULL;
  work = diem_work_keeper_get_work (self->keeper);
  return work != NULL ? work->corrections : NULL;
}

/* Whether the open article takes corrections now: once it is extracted. */
gboolean
_diem_window_can_correct (DiemWindow *self)
{
  return current_log (self) != NULL;
}

static gboolean
has_selection (DiemWindow *self)
{
  return gtk_text_buffer_get_has_selection (GTK_TEXT_BUFFER (diem_reading_view_get_buffer (self->reading_view)));
}

void
_diem_window_corrections_update_actions (DiemWindow *self)
{
  GPtrArray *log = current_log (self);
  GtkWidget *widget = GTK_WIDGET (self);
  static const char *entry_actions[] = {
    "win.edit-entry", "win.remove-entry", "win.restore-entry", "win.merge-official",
    "win.move-recipient", "win.remove-recipient",
  };

  gtk_widget_action_set_enabled (widget, "win.undo", log != NULL && log->len > 0);
  gtk_widget_action_set_enabled (widget, "win.redo", log != NULL && self->redo->len > 0);
  for (guint i = 0; i < G_N_ELEMENTS (entry_actions); i++)
    gtk_widget_action_set_enabled (widget, entry_actions[i], log != NULL);
  gtk_widget_action_set_enabled (widget, "win.add-selection", log != NULL && has_selection (self));
  gtk_widget_action_set_enabled (widget, "win.add-selection-menu", log != NULL && has_selection (self));
}

static gboolean
same_mentions (GArray *a,
               GArray *b)
{
  return a->len == b->len && memcmp (a->data, b->data, a->len * sizeof (DiemSpan)) == 0;
}

/* The row showing the entry @key of @category (a recipient of @parent_key when given). */
static DiemEntry *
find_shown (DiemWindow *self,
            const char *category,
            const char *key,
            const char *parent_key)
{
  GListModel *entries = diem_sidebar_get_entries (self->sidebar, category);

  if (entries == NULL || key == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(DiemEntry) entry = g_list_model_get_item (entries, i);

      if (g_strcmp0 (diem_entry_get_key (entry), key) == 0
          && g_strcmp0 (diem_entry_get_parent_key (entry), parent_key) == 0)
        return entry; /* the model keeps it */
    }
  return NULL;
}

/* Highlights @entry's mentions, as activating its row does. */
static void
show_mentions (DiemWindow *self,
               DiemEntry  *entry)
{
  diem_sidebar_set_active_entry (self->sidebar, entry);
  g_signal_emit_by_name (self->sidebar, "mentions-activated", diem_entry_get_mentions (entry));
}

/* After an addition, its mentions are what the view shows. */
void
_diem_window_show_entry (DiemWindow *self,
                         const char *category,
                         const char *key,
                         const char *parent_key)
{
  DiemEntry *entry = find_shown (self, category, key, parent_key);

  if (entry != NULL && diem_entry_get_mention_count (entry) > 0)
    show_mentions (self, entry);
}

/* Replays the log. The entry whose mentions are highlighted stays active (under its
 * new name when @renamed_from became @renamed_to), its highlight following its
 * mentions; removed, its highlight goes. */
static void
replay (DiemWindow *self,
        const char *renamed_from,
        const char *renamed_to)
{
  DiemEntry *active = diem_sidebar_get_active_entry (self->sidebar);
  g_autofree char *category = NULL;
  g_autofree char *key = NULL;
  g_autofree char *parent_key = NULL;
  g_autoptr(GArray) mentions = NULL;
  DiemEntry *again;

  if (active != NULL)
    {
      category = g_strdup (diem_entry_get_category (active)->key);
      key = g_strdup (diem_entry_get_key (active));
      parent_key = g_strdup (diem_entry_get_parent_key (active));
      mentions = g_array_copy (diem_entry_get_mentions (active));
      if (renamed_from != NULL && g_strcmp0 (parent_key != NULL ? parent_key : key, renamed_from) == 0)
        {
          char **name = parent_key != NULL ? &parent_key : &key;

          g_free (*name);
          *name = g_strdup (renamed_to);
        }
    }

  g_clear_pointer (&self->corrected, diem_corrected_free);
  self->corrected = diem_article_apply_corrections (self->article, current_log (self));
  diem_sidebar_set_corrected (self->sidebar, self->article, self->corrected);

  again = active != NULL ? find_shown (self, category, key, parent_key) : NULL;
  if (again != NULL && diem_entry_get_state (again) != DIEM_ENTRY_REMOVED)
    {
      if (same_mentions (mentions, diem_entry_get_mentions (again)))
        diem_sidebar_set_active_entry (self->sidebar, again);
      else
        show_mentions (self, again);
    }
  else if (active != NULL && diem_reading_view_get_target_kind (self->reading_view) == DIEM_TARGET_MENTIONS)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.clear-highlight", NULL);
  _diem_window_corrections_update_actions (self);
}

/* The pages of an export are drawn from the article's lists in another thread: they
 * stay as they are until it ends. */
static gboolean
refuse_while_exporting (DiemWindow *self)
{
  if (self->export_cancellable == NULL)
    return FALSE;
  _diem_window_show_toast (self, _("Corrections wait until the export is done"));
  return TRUE;
}

/* Appends a correction and shows its effect. One that changes nothing (it names an
 * entry no longer there, or adds a name already listed) is not kept.
 * Returns: whether it was kept */
gboolean
_diem_window_correct (DiemWindow *self,
                      const char *category,
                      const char *action,
                      const char *entry,
                      JsonNode   *payload,
                      const char *renamed_to)
{
  GPtrArray *log = current_log (self);
  guint skipped_before = self->corrected != NULL ? self->corrected->skipped : 0;
  g_autofree char *text = payload != NULL ? json_to_string (payload, FALSE) : g_strdup ("{}");

  if (log == NULL || refuse_while_exporting (self))
    return FALSE;
  g_ptr_array_add (log, diem_desk_correction_new (category, action, entry, text));
  replay (self, renamed_to != NULL ? entry : NULL, renamed_to);
  if (self->corrected->skipped > skipped_before)
    {
      g_ptr_array_remove_index (log, log->len - 1);
      replay (self, NULL, NULL);
      _diem_window_show_toast (self, _("Nothing was changed: the entry is no longer there, or the name is already listed"));
      return FALSE;
    }
  g_ptr_array_set_size (self->redo, 0);
  _diem_window_corrections_update_actions (self);
  diem_work_keeper_changed (self->keeper, DIEM_WORK_CHANGE_WORK);
  return TRUE;
}

/* Payloads --------------------------------------------------------------------- */

void
_diem_window_payload_add_string (JsonBuilder *builder,
                                 const char  *member,
                                 const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

void
_diem_window_payload_add_strings (JsonBuilder *builder,
                                  const char  *member,
                                  GPtrArray   *values)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; values != NULL && i < values->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (values, i));
  json_builder_end_array (builder);
}

/* A payload of one list member, @values with @extra appended when it is not there. */
JsonNode *
_diem_window_list_payload (const char *member,
                           GPtrArray  *values,
                           const char *extra,
                           const char *without)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GPtrArray) list = g_ptr_array_new ();

  for (guint i = 0; values != NULL && i < values->len; i++)
    if (g_strcmp0 (g_ptr_array_index (values, i), without) != 0)
      g_ptr_array_add (list, g_ptr_array_index (values, i));
  if (extra != NULL && !g_ptr_array_find_with_equal_func (list, extra, g_str_equal, NULL))
    g_ptr_array_add (list, (gpointer) extra);
  json_builder_begin_object (builder);
  _diem_window_payload_add_strings (builder, member, list);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

JsonNode *
_diem_window_member_payload (const char *member,
                             const char *value)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  _diem_window_payload_add_string (builder, member, value);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

/* Reading the corrected lists ----------------------------------------------------- */

/* (nullable) the entry of @category named @key in the article as corrected */
gconstpointer
_diem_window_find_listed (DiemWindow         *self,
                          const DiemCategory *category,
                          const char         *key)
{
  GPtrArray *entries;

  if (category == NULL || category->key_field == NULL || key == NULL)
    return NULL;
  entries = diem_article_get_entries (self->article, category);
  for (guint i = 0; i < entries->len; i++)
    {
      g_autofree char *name = diem_category_dup_text (category, g_ptr_array_index (entries, i), category->key_field);

      if (g_strcmp0 (name, key) == 0)
        return g_ptr_array_index (entries, i);
    }
  return NULL;
}

/* (element-type utf8) the keys of the entries of @category, @except left out */
GPtrArray *
_diem_window_listed_keys (DiemWindow *self,
                          const char *category_key,
                          const char *except)
{
  const DiemCategory *category = diem_category_lookup (category_key);
  GPtrArray *entries = diem_article_get_entries (self->article, category);
  GPtrArray *keys = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < entries->len; i++)
    {
      char *name = diem_category_dup_text (category, g_ptr_array_index (entries, i), category->key_field);

      if (name != NULL && g_strcmp0 (name, except) != 0)
        g_ptr_array_add (keys, name);
      else
        g_free (name);
    }
  return keys;
}

GPtrArray *
_diem_window_listed_strings (DiemWindow *self,
                             const char *category_key,
                             const char *key,
                             const char *field)
{
  const DiemCategory *category = diem_category_lookup (category_key);
  gconstpointer entry = _diem_window_find_listed (self, category, key);

  return entry != NULL ? diem_category_get_value (category, entry, field).list : NULL;
}

/* Dialogs ------------------------------------------------------------------------ */

DiemCorrectionDialog *
_diem_window_new_correction_dialog (DiemWindow *self,
                                    const char *heading,
                                    const char *body,
                                    const char *apply_label,
                                    GCallback   on_response)
{
  DiemCorrectionDialog *dialog = diem_correction_dialog_new (GTK_WINDOW (self), heading, body, apply_label);

  g_signal_connect_object (dialog, "response", on_response, self, 0);
  return dialog;
}

static void
remember (DiemCorrectionDialog *dialog,
          const char           *name,
          const char           *value)
{
  g_object_set_data_full (G_OBJECT (dialog), name, g_strdup (value), g_free);
}

static const char *
recall (DiemCorrectionDialog *dialog,
        const char           *name)
{
  return g_object_get_data (G_OBJECT (dialog), name);
}

/* The chosen one of the names the dialog offered under @id. */
const char *
_diem_window_dialog_chosen (DiemCorrectionDialog *dialog,
                            const char           *id)
{
  GPtrArray *choices = g_object_get_data (G_OBJECT (dialog), id);
  guint index = diem_correction_dialog_get_choice (dialog, id);

  return choices != NULL && index < choices->len ? g_ptr_array_index (choices, index) : NULL;
}

void
_diem_window_dialog_add_choice (DiemCorrectionDialog *dialog,
                                const char           *id,
                                const char           *title,
                                GPtrArray            *choices)
{
  diem_correction_dialog_add_choice (dialog, id, title, choices);
  g_object_set_data_full (G_OBJECT (dialog), id, g_ptr_array_ref (choices), (GDestroyNotify) g_ptr_array_unref);
}

static void
on_edit_response_cb (DiemCorrectionDialog *dialog,
                     const char           *response,
                     DiemWindow           *self)
{
  const DiemCategory *category = diem_category_lookup (recall (dialog, "category"));
  const char *key = recall (dialog, "key");
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) payload = NULL;
  g_autofree char *new_key = NULL;
  const FormField *form;
  guint n_fields;

  if (!g_str_equal (response, "apply") || category == NULL)
    return;
  form = form_for (category, &n_fields);
  json_builder_begin_object (builder);
  for (guint i = 0; i < n_fields; i++)
    {
      const DiemField *field = diem_category_find_field (category, form[i].field);

      if (field->type == DIEM_FIELD_TEXT_LIST)
        {
          g_autoptr(GPtrArray) lines = diem_correction_dialog_dup_lines (dialog, form[i].field);

          _diem_window_payload_add_strings (builder, form[i].field, lines);
        }
      else
        {
          g_autofree char *value = diem_correction_dialog_dup_text (dialog, form[i].field);

          if (g_str_equal (form[i].field, category->key_field))
            {
              /* an entry keeps a name; emptied, it keeps the one it had */
              if (value == NULL)
                continue;
              new_key = g_strdup (value);
            }
          _diem_window_payload_add_string (builder, form[i].field, value);
        }
    }
  json_builder_end_object (builder);
  payload = json_builder_get_root (builder);
  _diem_window_correct (self, category->key, "edit", key, payload, g_strcmp0 (new_key, key) != 0 ? new_key : NULL);
}

static void
edit_entry_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  DiemWindow *self = DIEM_WINDOW (widget);
  const char *category_key, *key;
  const DiemCategory *category;
  gconstpointer entry;
  DiemCorrectionDialog *dialog;
  g_autofree char *heading = NULL;
  const FormField *form;
  guint n_fields;

  g_variant_get (parameter, "(&s&s)", &category_key, &key);
  category = diem_category_lookup (category_key);
  entry = _diem_window_find_listed (self, category, key);
  if (entry == NULL)
    return;

  /* TRANSLATORS: the heading of the dialog that corrects a sidebar entry */
  heading = g_strdup_printf (_("Correct “%s”"), key);
  dialog = _diem_window_new_correction_dialog (self, heading, NULL, _("_Apply"), G_CALLBACK (on_edit_response_cb));
  remember (dialog, "category", category->key);
  remember (dialog, "key", key);
  form = form_for (category, &n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      DiemFieldValue value = diem_category_get_value (category, entry, form[i].field);

      if (value.type == DIEM_FIELD_TEXT_LIST)
        diem_correction_dialog_add_lines (dialog, form[i].field, _(form[i].title), value.list);
      else
        diem_correction_dialog_add_text (dialog, form[i].field, _(form[i].title), value.text);
    }
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
remove_entry_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DiemWindow *self = DIEM_WINDOW (widget);
  gboolean removing = g_str_equal (action_name, "win.remove-entry");
  const char *category, *key;
  g_autofree char *title = NULL;
  AdwToast *toast;

  g_variant_get (parameter, "(&s&s)", &category, &key);
  if (!_diem_window_correct (self, category, removing ? "remove" : "restore", key, NULL, NULL) || !removing)
    return;
  /* a removal says what went, with the way back at hand */
  /* TRANSLATORS: a toast after a sidebar entry was removed; %s is its name */
  title = g_strdup_printf (_("“%s” removed"), key);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
merge (DiemWindow *self,
       const char *name,
       const char *into)
{
  g_autoptr(JsonNode) payload = _diem_window_member_payload ("into", into);

  _diem_window_correct (self, "officials", "merge", name, payload, NULL);
}

static void
on_merge_response_cb (DiemCorrectionDialog *dialog,
                      const char           *response,
                      DiemWindow           *self)
{
  if (g_str_equal (response, "apply") && _diem_window_dialog_chosen (dialog, "into") != NULL)
    merge (self, recall (dialog, "key"), _diem_window_dialog_chosen (dialog, "into"));
}

/* (ss): the official, and the one it is merged into ("" asks which). */
static void
merge_official_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  DiemWindow *self = DIEM_WINDOW (widget);
  const char *name, *into;
  g_autoptr(GPtrArray) others = NULL;
  g_autofree char *heading = NULL;
  DiemCorrectionDialog *dialog;

  g_variant_get (parameter, "(&s&s)", &name, &into);
  if (*into != '\0')
    {
      merge (self, name, into);
      return;
    }
  others = _diem_window_listed_keys (self, "officials", name);
  if (others->len == 0)
    {
      _diem_window_show_toast (self, _("There is no other official to merge with"));
      return;
    }
  /* TRANSLATORS: the heading of the dialog that merges two officials who are one person */
  heading = g_strdup_printf (_("Merge “%s”"), name);
  dialog = _diem_window_new_correction_dialog (self, heading, _("The same person under another name: titles and mentions join the official chosen."),
                       _("_Merge"), G_CALLBACK (on_merge_response_cb));
  remember (dialog, "key", name);
  _diem_window_dialog_add_choice (dialog, "into", _("Same person as"), others);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
move (DiemWindow *self,
      const char *tier,
      const char *recipient,
      const char *to)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) payload = NULL;

  json_builder_begin_object (builder);
  _diem_window_payload_add_string (builder, "recipient", recipient);
  _diem_window_payload_add_string (builder, "to", to);
  json_builder_end_object (builder);
  payload = json_builder_get_root (builder);
  _diem_window_correct (self, "awards", "move", tier, payload, NULL);
}

static void
on_move_response_cb (DiemCorrectionDialog *dialog,
                     const char           *response,
                     DiemWindow           *self)
{
  if (g_str_equal (response, "apply") && _diem_window_dialog_chosen (dialog, "to") != NULL)
    move (self, recall (dialog, "tier"), recall (dialog, "recipient"), _diem_window_dialog_chosen (dialog, "to"));
}

/* (sss): the tier, the recipient, and the tier it moves to ("" asks which). */
static void
move_recipient_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  DiemWindow *self = DIEM_WINDOW (widget);
  const char *tier, *recipient, *to;
  g_autoptr(GPtrArray) others = NULL;
  g_autofree char *heading = NULL;
  DiemCorrectionDialog *dialog;

  g_variant_get (parameter, "(&s&s&s)", &tier, &recipient, &to);
  if (*to != '\0')
    {
      move (self, tier, recipient, to);
      return;
    }
  others = _diem_window_listed_keys (self, "awards", tier);
  if (others->len == 0)
    {
      _diem_window_show_toast (self, _("There is no other award tier to move to"));
      return;
    }
  /* TRANSLATORS: the heading of the dialog that moves a recipient to another award tier */
  heading = g_strdup_printf (_("Move “%s”"), recipient);
  dialog = _diem_window_new_correction_dialog (self, heading, NULL, _("_Move"), G_CALLBACK (on_move_response_cb));
  remember (dialog, "tier", tier);
  remember (dialog, "recipient", recipient);
  _diem_window_dialog_add_choice (dialog, "to", _("To the tier"), others);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* (ss): the tier, and the recipient it loses. */
static void
remove_recipient_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  DiemWindow *self = DIEM_WINDOW (widget);
  const char *tier, *recipient;
  g_autoptr(JsonNode) payload = NULL;

  g_variant_get (parameter, "(&s&s)", &tier, &recipient);
  payload = _diem_window_list_payload ("recipients", _diem_window_listed_strings (self, "awards", tier, "recipients"), NULL, recipient);
  _diem_window_correct (self, "awards", "edit", tier, payload, NULL);
}

/* Undo and redo ------------------------------------------------------------------- */

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DiemWindow *self = DIEM_WINDOW (widget);
  GPtrArray *log = current_log (self);
  gboolean undo = g_str_equal (action_name, "win.undo");
  GPtrArray *from = undo ? log : self->redo;
  GPtrArray *to = undo ? self->redo : log;

  if (log == NULL || from->len == 0 || refuse_while_exporting (self))
    return;
  g_ptr_array_add (to, g_ptr_array_steal_index (from, from->len - 1));
  replay (self, NULL, NULL);
  diem_work_keeper_changed (self->keeper, DIEM_WORK_CHANGE_WORK);
}

/* Hooks --------------------------------------------------------------------------- */

/* The article whose work the keeper just opened (NULL: none): its log is replayed. */
void
_diem_window_corrections_set_article (DiemWindow  *self,
                                      DiemArticle *article)
{
  GPtrArray *log;

  g_ptr_array_set_size (self->redo, 0);
  g_clear_pointer (&self->corrected, diem_corrected_free);
  log = current_log (self);
  if (article != NULL && log != NULL && log->len > 0)
    replay (self, NULL, NULL);
  _diem_window_corrections_update_actions (self);
}

void
_diem_window_corrections_init (DiemWindow *self)
{
  self->redo = g_ptr_array_new_with_free_func ((GDestroyNotify) diem_desk_correction_free);
  _diem_window_selection_init (self);
  _diem_window_corrections_update_actions (self);
}

void
_diem_window_corrections_dispose (DiemWindow *self)
{
  _diem_window_selection_dispose (self);
  g_clear_pointer (&self->corrected, diem_corrected_free);
  g_clear_pointer (&self->redo, g_ptr_array_unref);
}

void
_diem_window_corrections_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.edit-entry", "(ss)", edit_entry_action);
  gtk_widget_class_install_action (widget_class, "win.remove-entry", "(ss)", remove_entry_action);
  gtk_widget_class_install_action (widget_class, "win.restore-entry", "(ss)", remove_entry_action);
  gtk_widget_class_install_action (widget_class, "win.merge-official", "(ss)", merge_official_action);
  gtk_widget_class_install_action (widget_class, "win.move-recipient", "(sss)", move_recipient_action);
  gtk_widget_class_install_action (widget_class, "win.remove-recipient", "(ss)", remove_recipient_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, undo_action);

  _diem_window_selection_class_init (widget_class);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
}
