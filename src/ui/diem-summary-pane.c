/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-summary-pane.c — where the editor writes the article's summary
 *
 * It starts from a generated draft; from the first keystroke the text is the editor's,
 * and a new draft replaces it only when they say so. Copy puts both HTML and plain text
 * on the clipboard; Save writes Markdown, through a temporary file.
 */
#include "config.h"

#include "diem-summary-pane.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "diem-compat.h"
#include "diem-file-util.h"
#include "diem-summary-draft.h"
#include "diem-summary-format.h"

struct _DiemSummaryPane
{
  GtkWidget      parent_instance;

  /* template widgets */
  GtkLabel      *word_count_label;
  GtkSpinButton *target_spin;
  GtkTextView   *text_view;

  /* owned state */
  DiemArticle   *article;
  GPtrArray     *awards;    /* (nullable) corrected lists for drafts */
  GPtrArray     *documents; /* (nullable) */
  gboolean       edited;
  guint          setting;   /* > 0 while the pane itself writes the text */
  guint          word_count;
};

G_DEFINE_FINAL_TYPE (DiemSummaryPane, diem_summary_pane, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_EDITED,
  PROP_WORD_COUNT,
  PROP_TARGET_WORDS,
  N_PROPS
};

enum {
  CHANGED,
  MESSAGE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static GtkTextBuffer *
buffer_of (DiemSummaryPane *self)
{
  return gtk_text_view_get_buffer (self->text_view);
}

static void
set_edited (DiemSummaryPane *self,
            gboolean         edited)
{
  if (self->edited == edited)
    return;
  self->edited = edited;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITED]);
}

static void
update_word_count (DiemSummaryPane *self)
{
  g_autofree char *text = diem_summary_pane_dup_text (self);
  g_autofree char *label = NULL;

  self->word_count = diem_summary_count_words (text);
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u word", "%u words", self->word_count), self->word_count);
  gtk_label_set_label (self->word_count_label, label);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORD_COUNT]);
}

static void
set_text (DiemSummaryPane *self,
          const char      *text)
{
  self->setting++;
  gtk_text_buffer_set_text (buffer_of (self), text ? text : "", -1);
  self->setting--;
  update_word_count (self);
}

static void
update_actions (DiemSummaryPane *self)
{
  gboolean has_article = self->article != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "summary.regenerate", has_article);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "summary.copy", has_article);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "summary.save", has_article);
  gtk_text_view_set_editable (self->text_view, has_article);
}

static void
on_buffer_changed_cb (DiemSummaryPane *self,
                      GtkTextBuffer   *buffer)
{
  if (self->setting > 0)
    return;
  set_edited (self, TRUE);
  update_word_count (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
write_draft (DiemSummaryPane *self)
{
  g_autofree char *draft = diem_summary_draft (self->article, self->awards, self->documents,
                                               diem_summary_pane_get_target_words (self));

  set_text (self, draft);
  set_edited (self, FALSE);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_replace_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        DiemSummaryPane  *self)
{
  if (g_str_equal (response, "replace") && self->article != NULL)
    write_draft (self);
}

static void
regenerate_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  diem_summary_pane_regenerate (DIEM_SUMMARY_PANE (widget), FALSE);
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DiemSummaryPane *self = DIEM_SUMMARY_PANE (widget);
  g_autofree char *markdown = diem_summary_pane_dup_text (self);
  char *html = diem_summary_to_html (markdown);
  g_autofree char *plain = diem_summary_to_plain (markdown);
  g_autoptr(GBytes) html_bytes = g_bytes_new_take (html, strlen (html));
  GdkContentProvider *providers[] = {
    gdk_content_provider_new_for_bytes ("text/html", html_bytes),
    gdk_content_provider_new_typed (G_TYPE_STRING, plain),
  };
  g_autoptr(GdkContentProvider) content = gdk_content_provider_new_union (providers, G_N_ELEMENTS (providers));

  gdk_clipboard_set_content (gtk_widget_get_clipboard (widget), content);
  g_signal_emit (self, signals[MESSAGE], 0, _("Summary copied"));
}

static void
on_save_chosen_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(DiemSummaryPane) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = diem_compat_save_file_finish (result, &error);
  g_autofree char *path = NULL;
  g_autofree char *markdown = NULL;
  g_autofree char *message = NULL;

  if (file == NULL)
    return;
  path = g_file_get_path (file);
  markdown = diem_summary_pane_dup_text (self);
  if (path == NULL)
    message = g_strdup (_("The summary can only be saved to a local file"));
  else if (!diem_write_file_atomically (path, markdown, strlen (markdown), &error))
    message = g_strdup_printf (_("The summary was not saved: %s"), error->message);
  else
    message = g_strdup_printf (_("Summary saved as %s"), g_file_peek_path (file));
  g_signal_emit (self, signals[MESSAGE], 0, message);
}

static char *
suggested_file_name (DiemSummaryPane *self)
{
  const char *hint = diem_article_get_title_hint (self->article);
  g_autofree char *base = NULL;
  char *dot;

  base = g_path_get_basename (hint != NULL && *hint != '\0' ? hint : _("summary"));
  dot = strrchr (base, '.');
  if (dot != NULL && dot != base)
    *dot = '\0';
  /* TRANSLATORS: the file name of a saved summary; %s is the article's file name */
  return g_strdup_printf (_("%s summary.md"), base);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DiemSummaryPane *self = DIEM_SUMMARY_PANE (widget);
  g_autofree char *name = suggested_file_name (self);

  diem_compat_save_file_async (GTK_WINDOW (gtk_widget_get_root (widget)), _("Save Summary"), name, NULL,
                               on_save_chosen_cb, g_object_ref (self));
}

static void
diem_summary_pane_dispose (GObject *object)
{
  DiemSummaryPane *self = DIEM_SUMMARY_PANE (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), DIEM_TYPE_SUMMARY_PANE);
  /* the template's unnamed children are ours to unparent too */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->article);
  g_clear_pointer (&self->awards, g_ptr_array_unref);
  g_clear_pointer (&self->documents, g_ptr_array_unref);
  G_OBJECT_CLASS (diem_summary_pane_parent_class)->dispose (object);
}

static void
diem_summary_pane_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  DiemSummaryPane *self = DIEM_SUMMARY_PANE (object);

  switch (prop_id)
    {
    case PROP_EDITED:
      g_value_set_boolean (value, self->edited);
      break;
    case PROP_WORD_COUNT:
      g_value_set_uint (value, self->word_count);
      break;
    case PROP_TARGET_WORDS:
      g_value_set_uint (value, diem_summary_pane_get_target_words (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
diem_summary_pane_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  DiemSummaryPane *self = DIEM_SUMMARY_PANE (object);

  switch (prop_id)
    {
    case PROP_TARGET_WORDS:
      diem_summary_pane_set_target_words (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
on_target_changed_cb (DiemSummaryPane *self,
                      GtkSpinButton   *spin)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET_WORDS]);
}

static void
diem_summary_pane_class_init (DiemSummaryPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = diem_summary_pane_dispose;
  object_class->get_property = diem_summary_pane_get_property;
  object_class->set_property = diem_summary_pane_set_property;

  properties[PROP_EDITED] =
    g_param_spec_boolean ("edited", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WORD_COUNT] =
    g_param_spec_uint ("word-count", NULL, NULL, 0, G_MAXUINT, 0, G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TARGET_WORDS] =
    g_param_spec_uint ("target-words", NULL, NULL, 30, 1000, DIEM_SUMMARY_DEFAULT_WORDS,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* the text changed, by the editor or by a new draft: time to keep it */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
  /* something to tell the user, for the window's toast */
  signals[MESSAGE] = g_signal_new ("message", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/diem-summary-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, DiemSummaryPane, word_count_label);
  gtk_widget_class_bind_template_child (widget_class, DiemSummaryPane, target_spin);
  gtk_widget_class_bind_template_child (widget_class, DiemSummaryPane, text_view);
  gtk_widget_class_set_css_name (widget_class, "summarypane");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);

  gtk_widget_class_install_action (widget_class, "summary.regenerate", NULL, regenerate_action);
  gtk_widget_class_install_action (widget_class, "summary.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "summary.save", NULL, save_action);
}

static void
diem_summary_pane_init (DiemSummaryPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (buffer_of (self), "changed", G_CALLBACK (on_buffer_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->target_spin, "value-changed", G_CALLBACK (on_target_changed_cb), self, G_CONNECT_SWAPPED);
  update_word_count (self);
  update_actions (self);
}

GtkWidget *
diem_summary_pane_new (void)
{
  return g_object_new (DIEM_TYPE_SUMMARY_PANE, NULL);
}

/* kept_summary (nullable): the editor's kept text; without it a draft is written. */
void
diem_summary_pane_set_article (DiemSummaryPane *self,
                               DiemArticle     *article,
                               const char      *kept_summary,
                               gboolean         kept_edited)
{
  g_return_if_fail (DIEM_IS_SUMMARY_PANE (self));

  g_set_object (&self->article, article);
  g_clear_pointer (&self->awards, g_ptr_array_unref);
  g_clear_pointer (&self->documents, g_ptr_array_unref);
  update_actions (self);
  if (article == NULL)
    {
      set_text (self, NULL);
      set_edited (self, FALSE);
    }
  else if (kept_summary != NULL)
    {
      set_text (self, kept_summary);
      set_edited (self, kept_edited);
    }
  else
    {
      g_autofree char *draft = diem_summary_draft (article, NULL, NULL, diem_summary_pane_get_target_words (self));

      set_text (self, draft);
      set_edited (self, FALSE);
    }
}

/* The lists as corrected, for the next draft (NULL: the article's own). */
void
diem_summary_pane_set_lists (DiemSummaryPane *self,
                             GPtrArray       *awards,
                             GPtrArray       *documents)
{
  g_return_if_fail (DIEM_IS_SUMMARY_PANE (self));

  g_clear_pointer (&self->awards, g_ptr_array_unref);
  g_clear_pointer (&self->documents, g_ptr_array_unref);
  self->awards = awards ? g_ptr_array_ref (awards) : NULL;
  self->documents = documents ? g_ptr_array_ref (documents) : NULL;
}

char *
diem_summary_pane_dup_text (DiemSummaryPane *self)
{
  GtkTextIter start, end;

  g_return_val_if_fail (DIEM_IS_SUMMARY_PANE (self), NULL);
  gtk_text_buffer_get_bounds (buffer_of (self), &start, &end);
  return gtk_text_buffer_get_text (buffer_of (self), &start, &end, FALSE);
}

gboolean
diem_summary_pane_get_edited (DiemSummaryPane *self)
{
  g_return_val_if_fail (DIEM_IS_SUMMARY_PANE (self), FALSE);
  return self->edited;
}

guint
diem_summary_pane_get_word_count (DiemSummaryPane *self)
{
  g_return_val_if_fail (DIEM_IS_SUMMARY_PANE (self), 0);
  return self->word_count;
}

guint
diem_summary_pane_get_target_words (DiemSummaryPane *self)
{
  g_return_val_if_fail (DIEM_IS_SUMMARY_PANE (self), DIEM_SUMMARY_DEFAULT_WORDS);
  return (guint) gtk_spin_button_get_value_as_int (self->target_spin);
}

void
diem_summary_pane_set_target_words (DiemSummaryPane *self,
                                    guint            words)
{
  g_return_if_fail (DIEM_IS_SUMMARY_PANE (self));
  gtk_spin_button_set_value (self->target_spin, words);
}

void
diem_summary_pane_grab_text_focus (DiemSummaryPane *self)
{
  g_return_if_fail (DIEM_IS_SUMMARY_PANE (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

/* A new draft. Text the editor wrote is replaced only with replace_edited, or after
 * they confirm it in a dialog. */
void
diem_summary_pane_regenerate (DiemSummaryPane *self,
                              gboolean         replace_edited)
{
  GtkWidget *dialog;
  GtkRoot *root;

  g_return_if_fail (DIEM_IS_SUMMARY_PANE (self));
  if (self->article == NULL)
    return;
  if (!self->edited || replace_edited)
    {
      write_draft (self);
      return;
    }

  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Replace Your Summary?"),
                                   _("A new draft from the article replaces the text you wrote."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Keep My Summary"),
                                    "replace", _("_Replace"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "replace", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_replace_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
