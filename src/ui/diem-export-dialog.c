/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-export-dialog.c — what a PDF export holds and on which paper, asked after the file
 *
 * A message dialog with two radio groups: Enter exports with what is chosen, which
 * starts as the last export's choice, so the common case is one key press. The dialog
 * says when it starts from the last export, so a summary-only choice made days ago
 * does not pass unnoticed.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "diem-export-dialog.h"

typedef struct
{
  GtkCheckButton *contents[3];   /* by DiemPageContents */
  GtkCheckButton *paper[2];      /* by DiemPaper */
} Choices;

static GtkWidget *
add_heading (GtkBox     *box,
             const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (box, label);
  return label;
}

/* A radio button in the group of @group (NULL for the first), labelled for screen readers too. */
static GtkCheckButton *
add_choice (GtkBox         *box,
            GtkCheckButton *group,
            const char     *label,
            gboolean        active)
{
  GtkWidget *button = gtk_check_button_new_with_mnemonic (label);

  if (group != NULL)
    gtk_check_button_set_group (GTK_CHECK_BUTTON (button), group);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (button), active);
  gtk_box_append (box, button);
  return GTK_CHECK_BUTTON (button);
}

static GtkWidget *
create_choices (Choices              *choices,
                const DiemPdfOptions *initial)
{
  GtkBox *box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 4));
  GtkWidget *contents_heading, *paper_heading;

  contents_heading = add_heading (box, _("Contents"));
  choices->contents[DIEM_PAGE_CONTENTS_BOTH] =
    add_choice (box, NULL, _("_Article and summary sheet"), initial->contents == DIEM_PAGE_CONTENTS_BOTH);
  choices->contents[DIEM_PAGE_CONTENTS_ARTICLE] =
    add_choice (box, choices->contents[0], _("Article _only"), initial->contents == DIEM_PAGE_CONTENTS_ARTICLE);
  choices->contents[DIEM_PAGE_CONTENTS_SUMMARY] =
    add_choice (box, choices->contents[0], _("_Summary sheet only"), initial->contents == DIEM_PAGE_CONTENTS_SUMMARY);

  paper_heading = add_heading (box, _("Paper Size"));
  gtk_widget_set_margin_top (paper_heading, 12);
  choices->paper[DIEM_PAPER_A4] =
    add_choice (box, NULL, _("A_4"), initial->paper == DIEM_PAPER_A4);
  choices->paper[DIEM_PAPER_LETTER] =
    add_choice (box, choices->paper[0], _("_Letter"), initial->paper == DIEM_PAPER_LETTER);

  for (guint i = 0; i < G_N_ELEMENTS (choices->contents); i++)
    gtk_accessible_update_relation (GTK_ACCESSIBLE (choices->contents[i]),
                                    GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, contents_heading, NULL,
                                    -1);
  for (guint i = 0; i < G_N_ELEMENTS (choices->paper); i++)
    gtk_accessible_update_relation (GTK_ACCESSIBLE (choices->paper[i]),
                                    GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, paper_heading, NULL,
                                    -1);
  return GTK_WIDGET (box);
}

static void
on_response_cb (AdwMessageDialog *dialog,
                const char       *response,
                GTask            *task)
{
  Choices *choices = g_task_get_task_data (task);
  DiemPdfOptions *options;

  /* closing after a response would answer a second time */
  g_signal_handlers_disconnect_by_func (dialog, on_response_cb, task);

  if (!g_str_equal (response, "export"))
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "%s", _("The export was cancelled"));
      g_object_unref (task);
      return;
    }

  options = g_new0 (DiemPdfOptions, 1);
  for (guint i = 0; i < G_N_ELEMENTS (choices->contents); i++)
    if (gtk_check_button_get_active (choices->contents[i]))
      options->contents = (DiemPageContents) i;
  for (guint i = 0; i < G_N_ELEMENTS (choices->paper); i++)
    if (gtk_check_button_get_active (choices->paper[i]))
      options->paper = (DiemPaper) i;
  g_task_return_pointer (task, options, g_free);
  g_object_unref (task);
}

/* Enter on a radio button exports, as Enter does everywhere else in the dialog. */
static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   AdwMessageDialog      *dialog)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (dialog));

  if ((keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_ISO_Enter)
      || !GTK_IS_CHECK_BUTTON (focus))
    return FALSE;
  adw_message_dialog_response (dialog, "export");
  gtk_window_close (GTK_WINDOW (dialog));
  return TRUE;
}

/**
 * diem_export_dialog_describe_options:
 *
 * Returns: (transfer full): what a PDF with @options holds and its paper, in words, e.g.
 *   "summary sheet only, Letter"
 */
char *
diem_export_dialog_describe_options (const DiemPdfOptions *options)
{
  const char *contents, *paper;

  g_return_val_if_fail (options != NULL, NULL);

  switch (options->contents)
    {
    case DIEM_PAGE_CONTENTS_ARTICLE:
      contents = _("article only");
      break;
    case DIEM_PAGE_CONTENTS_SUMMARY:
      contents = _("summary sheet only");
      break;
    case DIEM_PAGE_CONTENTS_BOTH:
    default:
      contents = _("article and summary sheet");
      break;
    }
  paper = options->paper == DIEM_PAPER_LETTER ? C_("paper", "Letter") : C_("paper", "A4");
  /* TRANSLATORS: what a PDF holds and its paper, e.g. "summary sheet only, Letter" */
  return g_strdup_printf (_("%s, %s"), contents, paper);
}

/**
 * diem_export_dialog_choose_async:
 * @file_name: the name of the PDF about to be written, to remind the editor
 * @initial: the choices the dialog starts with
 * @initial_is_last: whether @initial is what the last export used, which the dialog
 *   then says
 *
 * Asks for the export's options. The result is an error (%G_IO_ERROR_CANCELLED) when
 * the editor cancels.
 */
void
diem_export_dialog_choose_async (GtkWindow             *parent,
                                 const char            *file_name,
                                 const DiemPdfOptions  *initial,
                                 gboolean               initial_is_last,
                                 GCancellable          *cancellable,
                                 GAsyncReadyCallback    callback,
                                 gpointer               user_data)
{
  g_autofree char *heading = g_strdup_printf (_("Export “%s”"), file_name);
  g_autofree char *body = NULL;
  Choices *choices = g_new0 (Choices, 1);
  GtkEventController *key_controller;
  GtkWidget *dialog;
  GTask *task;

  g_return_if_fail (initial != NULL);

  task = g_task_new (parent, cancellable, callback, user_data);
  g_task_set_source_tag (task, diem_export_dialog_choose_async);
  g_task_set_task_data (task, choices, g_free);

  if (initial_is_last)
    {
      g_autofree char *last = diem_export_dialog_describe_options (initial);

      /* TRANSLATORS: %s is what the last PDF held and its paper, e.g. "summary sheet only, Letter" */
      body = g_strdup_printf (_("Chosen as for the last export: %s."), last);
    }
  else
    body = g_strdup (_("Choose what the PDF holds and its paper size."));
  dialog = adw_message_dialog_new (parent, heading, body);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), create_choices (choices, initial));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "export", _("_Export"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "export", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "export");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_response_cb), task);
  key_controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (key_controller, GTK_PHASE_CAPTURE);
  g_signal_connect (key_controller, "key-pressed", G_CALLBACK (on_key_pressed_cb), dialog);
  gtk_widget_add_controller (dialog, key_controller);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * diem_export_dialog_choose_finish:
 * @options: (out): what the editor chose
 *
 * Returns: whether the editor chose to export
 */
gboolean
diem_export_dialog_choose_finish (GAsyncResult    *result,
                                  DiemPdfOptions  *options,
                                  GError         **error)
{
  g_autofree DiemPdfOptions *chosen = NULL;

  g_return_val_if_fail (G_IS_TASK (result), FALSE);

  chosen = g_task_propagate_pointer (G_TASK (result), error);
  if (chosen == NULL)
    return FALSE;
  *options = *chosen;
  return TRUE;
}
