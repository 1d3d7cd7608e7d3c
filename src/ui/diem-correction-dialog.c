/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-correction-dialog.c — a small form in a message dialog, for one correction
 *
 * The form is a boxed list under the dialog's text: entry rows for single values, a
 * combo row for a choice, and a framed text view for a list, one value a line, since
 * titles and names may themselves hold commas.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "diem-correction-dialog.h"

struct _DiemCorrectionDialog
{
  AdwMessageDialog parent_instance;

  GtkWidget       *form;   /* GtkBox: the list of rows, then the lists of lines */
  GtkWidget       *rows;   /* GtkListBox of entry and combo rows */
  GHashTable      *fields; /* id → its widget (borrowed: the form holds them) */
};

G_DEFINE_FINAL_TYPE (DiemCorrectionDialog, diem_correction_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
diem_correction_dialog_finalize (GObject *object)
{
  DiemCorrectionDialog *self = DIEM_CORRECTION_DIALOG (object);

  g_clear_pointer (&self->fields, g_hash_table_unref);
  G_OBJECT_CLASS (diem_correction_dialog_parent_class)->finalize (object);
}

static void
diem_correction_dialog_class_init (DiemCorrectionDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = diem_correction_dialog_finalize;
}

static void
diem_correction_dialog_init (DiemCorrectionDialog *self)
{
  self->fields = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->form = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  self->rows = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->rows), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->rows, "boxed-list");
  gtk_widget_set_visible (self->rows, FALSE);
  gtk_box_append (GTK_BOX (self->form), self->rows);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), self->form);
}

/**
 * diem_correction_dialog_new:
 * @body: (nullable): a sentence under the heading
 *
 * Returns: (transfer none): the dialog, modal over @parent, not yet shown; it destroys
 *   itself once answered
 */
DiemCorrectionDialog *
diem_correction_dialog_new (GtkWindow  *parent,
                            const char *heading,
                            const char *body,
                            const char *apply_label)
{
  DiemCorrectionDialog *self = g_object_new (DIEM_TYPE_CORRECTION_DIALOG,
                                             "transient-for", parent,
                                             "modal", TRUE,
                                             "heading", heading,
                                             "default-width", 420,
                                             NULL);

  if (body != NULL)
    adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self),
                                    "cancel", _("_Cancel"),
                                    "apply", apply_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "apply", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self), "apply");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self), "cancel");
  return self;
}

static void
add_row (DiemCorrectionDialog *self,
         const char           *id,
         GtkWidget            *row)
{
  gtk_list_box_append (GTK_LIST_BOX (self->rows), row);
  gtk_widget_set_visible (self->rows, TRUE);
  g_hash_table_insert (self->fields, g_strdup (id), row);
}

/* Enter in a field answers the dialog, as its default response. */
static void
on_entry_activated_cb (AdwEntryRow          *row,
                       DiemCorrectionDialog *self)
{
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (self), "apply");
}

void
diem_correction_dialog_add_text (DiemCorrectionDialog *self,
                                 const char           *id,
                                 const char           *title,
                                 const char           *value)
{
  GtkWidget *row = adw_entry_row_new ();

  g_return_if_fail (DIEM_IS_CORRECTION_DIALOG (self));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), value != NULL ? value : "");
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), FALSE);
  g_signal_connect (row, "entry-activated", G_CALLBACK (on_entry_activated_cb), self);
  add_row (self, id, row);
}

/* @values (nullable) (element-type utf8): shown one a line. */
void
diem_correction_dialog_add_lines (DiemCorrectionDialog *self,
                                  const char           *id,
                                  const char           *title,
                                  GPtrArray            *values)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *view = gtk_text_view_new ();
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_if_fail (DIEM_IS_CORRECTION_DIALOG (self));

  for (guint i = 0; values != NULL && i < values->len; i++)
    g_string_append_printf (text, i > 0 ? "\n%s" : "%s", (const char *) g_ptr_array_index (values, i));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text->str, -1);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), view);
  gtk_widget_add_css_class (label, "heading");
  gtk_accessible_update_relation (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 90);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 200);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
  gtk_frame_set_child (GTK_FRAME (frame), scroller);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), frame);
  gtk_box_append (GTK_BOX (self->form), box);
  g_hash_table_insert (self->fields, g_strdup (id), view);
}

/* @choices (element-type utf8): the names offered, the first chosen. */
void
diem_correction_dialog_add_choice (DiemCorrectionDialog *self,
                                   const char           *id,
                                   const char           *title,
                                   GPtrArray            *choices)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);

  g_return_if_fail (DIEM_IS_CORRECTION_DIALOG (self));

  for (guint i = 0; i < choices->len; i++)
    gtk_string_list_append (model, g_ptr_array_index (choices, i));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  add_row (self, id, row);
}

/**
 * diem_correction_dialog_get_field:
 *
 * Returns: (transfer none) (nullable): the widget of field @id: an AdwEntryRow, a
 *   GtkTextView or an AdwComboRow
 */
GtkWidget *
diem_correction_dialog_get_field (DiemCorrectionDialog *self,
                                  const char           *id)
{
  g_return_val_if_fail (DIEM_IS_CORRECTION_DIALOG (self), NULL);
  return g_hash_table_lookup (self->fields, id);
}

/* White space collapsed: a value copied from the article may carry a line break. */
static char *
dup_clean (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \t\n\r", -1);
  g_autoptr(GString) clean = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      g_string_append_printf (clean, clean->len > 0 ? " %s" : "%s", words[i]);
  return clean->len > 0 ? g_utf8_normalize (clean->str, -1, G_NORMALIZE_NFC) : NULL;
}

/* Returns: (transfer full) (nullable): the field's text, or NULL when it is empty */
char *
diem_correction_dialog_dup_text (DiemCorrectionDialog *self,
                                 const char           *id)
{
  GtkWidget *field = diem_correction_dialog_get_field (self, id);

  g_return_val_if_fail (field != NULL && GTK_IS_EDITABLE (field), NULL);
  return dup_clean (gtk_editable_get_text (GTK_EDITABLE (field)));
}

/* Returns: (transfer full) (element-type utf8): the field's lines that are not blank */
GPtrArray *
diem_correction_dialog_dup_lines (DiemCorrectionDialog *self,
                                  const char           *id)
{
  GtkWidget *field = diem_correction_dialog_get_field (self, id);
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  g_auto(GStrv) parts = NULL;

  g_return_val_if_fail (field != NULL && GTK_IS_TEXT_VIEW (field), lines);

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (field));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  parts = g_strsplit (text, "\n", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *line = dup_clean (parts[i]);

      if (line != NULL)
        g_ptr_array_add (lines, line);
    }
  return lines;
}

guint
diem_correction_dialog_get_choice (DiemCorrectionDialog *self,
                                   const char           *id)
{
  GtkWidget *field = diem_correction_dialog_get_field (self, id);

  g_return_val_if_fail (field != NULL && ADW_IS_COMBO_ROW (field), 0);
  return adw_combo_row_get_selected (ADW_COMBO_ROW (field));
}
