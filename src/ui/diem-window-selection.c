/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-window-selection.c — words selected in the article, added as an entry
 *
 * A selection becomes an official, a title of an official, an award recipient (of a
 * tier chosen, or a new one) or a document, from the reading view's context menu (a
 * section of its own) or from the popover Ctrl+Shift+E opens at the selection. Each is
 * one correction of the log (diem-window-corrections.c); the replay finds its mentions
 * as it does an extracted entry's, and the view highlights them.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "diem-correction-dialog.h"
#include "diem-window-private.h"

/* A selection longer than this is a passage, not a name. */
#define SELECTION_MAX_CHARS 200

static gboolean
is_edge_character (gunichar c)
{
  return g_unichar_isspace (c) || (g_unichar_ispunct (c) && c != ')' && c != '(');
}

/* The selected words, without the spaces and punctuation around them; NULL (with a
 * toast) when there are none, or too many to be a name. */
static char *
dup_selection (DiemWindow *self)
{
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (diem_reading_view_get_buffer (self->reading_view));
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  g_auto(GStrv) words = NULL;
  g_autofree char *joined = NULL;
  const char *first, *last;

  if (!gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    return NULL;
  if (gtk_text_iter_get_offset (&end) - gtk_text_iter_get_offset (&start) > SELECTION_MAX_CHARS)
    {
      _diem_window_show_toast (self, _("Select a name or a number, not a passage"));
      return NULL;
    }
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  words = g_strsplit_set (text, " \t\n\r\u00a0", -1);
  joined = g_strjoinv (" ", words);
  first = joined;
  while (*first != '\0' && is_edge_character (g_utf8_get_char (first)))
    first = g_utf8_next_char (first);
  last = first + strlen (first);
  while (last > first && is_edge_character (g_utf8_get_char (g_utf8_prev_char (last))))
    last = g_utf8_prev_char (last);
  if (last == first)
    return NULL;
  {
    g_autofree char *trimmed = g_strndup (first, last - first);
    g_auto(GStrv) parts = g_strsplit (trimmed, " ", -1);
    g_autoptr(GString) clean = g_string_new (NULL);

    /* runs of spaces become one */
    for (guint i = 0; parts[i] != NULL; i++)
      if (parts[i][0] != '\0')
        g_string_append_printf (clean, clean->len > 0 ? " %s" : "%s", parts[i]);
    return g_utf8_normalize (clean->str, -1, G_NORMALIZE_NFC);
  }
}

static void
add_official (DiemWindow *self,
              const char *name)
{
  g_autoptr(JsonNode) payload = _diem_window_member_payload ("name", name);

  if (_diem_window_correct (self, "officials", "add", name, payload, NULL))
    _diem_window_show_entry (self, "officials", name, NULL);
}

static void
on_add_title_response_cb (DiemCorrectionDialog *dialog,
                          const char           *response,
                          DiemWindow           *self)
{
  const char *official = _diem_window_dialog_chosen (dialog, "official");
  g_autofree char *title = NULL;
  g_autoptr(JsonNode) payload = NULL;

  if (!g_str_equal (response, "apply") || official == NULL)
    return;
  title = diem_correction_dialog_dup_text (dialog, "title");
  if (title == NULL)
    return;
  payload = _diem_window_list_payload ("titles", _diem_window_listed_strings (self, "officials", official, "titles"), title, NULL);
  _diem_window_correct (self, "officials", "edit", official, payload, NULL);
}

static void
on_add_recipient_response_cb (DiemCorrectionDialog *dialog,
                              const char           *response,
                              DiemWindow           *self)
{
  g_autofree char *recipient = NULL;
  g_autofree char *new_tier = NULL;
  const char *tier;
  g_autoptr(JsonNode) payload = NULL;

  if (!g_str_equal (response, "apply"))
    return;
  recipient = diem_correction_dialog_dup_text (dialog, "recipient");
  new_tier = diem_correction_dialog_dup_text (dialog, "new-tier");
  tier = new_tier != NULL ? new_tier : _diem_window_dialog_chosen (dialog, "tier");
  if (recipient == NULL || tier == NULL)
    return;
  if (new_tier != NULL && _diem_window_find_listed (self, diem_category_lookup ("awards"), new_tier) == NULL)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(GPtrArray) recipients = g_ptr_array_new ();

      g_ptr_array_add (recipients, recipient);
      json_builder_begin_object (builder);
      _diem_window_payload_add_string (builder, "award", new_tier);
      _diem_window_payload_add_strings (builder, "recipients", recipients);
      json_builder_end_object (builder);
      payload = json_builder_get_root (builder);
      _diem_window_correct (self, "awards", "add", new_tier, payload, NULL);
    }
  else
    {
      payload = _diem_window_list_payload ("recipients", _diem_window_listed_strings (self, "awards", tier, "recipients"), recipient, NULL);
      _diem_window_correct (self, "awards", "edit", tier, payload, NULL);
    }
  _diem_window_show_entry (self, "awards", recipient, tier);
}

static void
on_add_document_response_cb (DiemCorrectionDialog *dialog,
                             const char           *response,
                             DiemWindow           *self)
{
  DiemDocumentKind kind = diem_correction_dialog_get_choice (dialog, "kind");
  g_autofree char *id = NULL;
  g_autofree char *issuer = NULL;
  g_autofree char *subject = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) payload = NULL;
  const char *category = kind == DIEM_DOCUMENT_RESOLUTION ? "resolutions" : "documents";

  if (!g_str_equal (response, "apply"))
    return;
  id = diem_correction_dialog_dup_text (dialog, "id");
  if (id == NULL)
    return;
  issuer = diem_correction_dialog_dup_text (dialog, "issuer");
  subject = diem_correction_dialog_dup_text (dialog, "subject");
  json_builder_begin_object (builder);
  _diem_window_payload_add_string (builder, "id", id);
  _diem_window_payload_add_string (builder, "kind", diem_document_kind_name (kind));
  _diem_window_payload_add_string (builder, "issuer", issuer);
  _diem_window_payload_add_string (builder, "subject", subject);
  json_builder_end_object (builder);
  payload = json_builder_get_root (builder);
  if (_diem_window_correct (self, category, "add", id, payload, NULL))
    _diem_window_show_entry (self, category, id, NULL);
}

/* (s): "official", "title", "recipient" or "document". */
static void
add_selection_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  DiemWindow *self = DIEM_WINDOW (widget);
  const char *as = g_variant_get_string (parameter, NULL);
  g_autofree char *selection = dup_selection (self);
  DiemCorrectionDialog *dialog;

  if (selection == NULL || !_diem_window_can_correct (self))
    return;
  if (g_str_equal (as, "official"))
    {
      add_official (self, selection);
      return;
    }
  if (g_str_equal (as, "title"))
    {
      g_autoptr(GPtrArray) officials = _diem_window_listed_keys (self, "officials", NULL);

      if (officials->len == 0)
        {
          _diem_window_show_toast (self, _("There is no official to give a title to"));
          return;
        }
      dialog = _diem_window_new_correction_dialog (self, _("Add a Title"), NULL, _("_Add"), G_CALLBACK (on_add_title_response_cb));
      diem_correction_dialog_add_text (dialog, "title", _("Title"), selection);
      _diem_window_dialog_add_choice (dialog, "official", _("Of the official"), officials);
    }
  else if (g_str_equal (as, "recipient"))
    {
      g_autoptr(GPtrArray) tiers = _diem_window_listed_keys (self, "awards", NULL);

      dialog = _diem_window_new_correction_dialog (self, _("Add an Award Recipient"), NULL, _("_Add"), G_CALLBACK (on_add_recipient_response_cb));
      diem_correction_dialog_add_text (dialog, "recipient", _("Recipient"), selection);
      if (tiers->len > 0)
        _diem_window_dialog_add_choice (dialog, "tier", _("Award tier"), tiers);
      diem_correction_dialog_add_text (dialog, "new-tier", tiers->len > 0 ? _("Or a new tier") : _("Award tier"), NULL);
    }
  else if (g_str_equal (as, "document"))
    {
      g_autoptr(GPtrArray) kinds = g_ptr_array_new ();

      for (DiemDocumentKind kind = DIEM_DOCUMENT_RESOLUTION; kind <= DIEM_DOCUMENT_LAW; kind++)
        g_ptr_array_add (kinds, (gpointer) diem_document_kind_words (kind));
      dialog = _diem_window_new_correction_dialog (self, _("Add a Document"), NULL, _("_Add"), G_CALLBACK (on_add_document_response_cb));
      diem_correction_dialog_add_choice (dialog, "kind", _("Kind"), kinds);
      diem_correction_dialog_add_text (dialog, "id", _("Number"), selection);
      diem_correction_dialog_add_text (dialog, "issuer", _("Issuer"), NULL);
      diem_correction_dialog_add_text (dialog, "subject", _("Subject"), NULL);
    }
  else
    return;
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The "Add selection as…" items: a section of their own in the reading view's context
 * menu, and the popover of Ctrl+Shift+E. (transfer full) */
static GMenuModel *
create_selection_menu (void)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) section = g_menu_new ();

  g_menu_append (section, _("Add as _Official"), "win.add-selection::official");
  g_menu_append (section, _("Add as _Title of an Official…"), "win.add-selection::title");
  g_menu_append (section, _("Add as Award _Recipient…"), "win.add-selection::recipient");
  g_menu_append (section, _("Add as _Document…"), "win.add-selection::document");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
  return G_MENU_MODEL (menu);
}

/* The popover points at the selection's end, where the reader's eyes are. */
static void
add_selection_menu_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  DiemWindow *self = DIEM_WINDOW (widget);
  GtkTextView *view = diem_reading_view_get_text_view (self->reading_view);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;
  GdkRectangle location;
  graphene_point_t in_view, in_parent;

  if (!gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    return;
  gtk_text_view_get_iter_location (view, &end, &location);
  gtk_text_view_buffer_to_window_coords (view, GTK_TEXT_WINDOW_WIDGET, location.x, location.y, &location.x, &location.y);
  in_view = GRAPHENE_POINT_INIT (location.x, location.y);
  if (!gtk_widget_compute_point (GTK_WIDGET (view), GTK_WIDGET (self->reading_view), &in_view, &in_parent))
    in_parent = GRAPHENE_POINT_INIT (0, 0);
  location.x = (int) in_parent.x;
  location.y = (int) in_parent.y;
  location.width = 1;
  gtk_popover_set_pointing_to (GTK_POPOVER (self->selection_menu), &location);
  gtk_popover_popup (GTK_POPOVER (self->selection_menu));
}

static void
on_selection_changed_cb (GtkTextBuffer *buffer,
                         GParamSpec    *pspec,
                         DiemWindow    *self)
{
  _diem_window_corrections_update_actions (self);
}

void
_diem_window_selection_init (DiemWindow *self)
{
  GtkTextView *view = diem_reading_view_get_text_view (self->reading_view);
  g_autoptr(GMenuModel) menu = create_selection_menu ();

  gtk_text_view_set_extra_menu (view, menu);
  self->selection_menu = gtk_popover_menu_new_from_model (menu);
  gtk_widget_set_parent (self->selection_menu, GTK_WIDGET (self->reading_view));
  gtk_popover_set_position (GTK_POPOVER (self->selection_menu), GTK_POS_BOTTOM);
  g_signal_connect_object (gtk_text_view_get_buffer (view), "notify::has-selection",
                           G_CALLBACK (on_selection_changed_cb), self, 0);
}

void
_diem_window_selection_dispose (DiemWindow *self)
{
  if (self->selection_menu != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->selection_menu));
  g_clear_pointer (&self->selection_menu, gtk_widget_unparent);
}

void
_diem_window_selection_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.add-selection", "s", add_selection_action);
  gtk_widget_class_install_action (widget_class, "win.add-selection-menu", NULL, add_selection_menu_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.add-selection-menu", NULL);
}
