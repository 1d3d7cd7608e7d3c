/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-window-desk.c — the window's part of the editor's desk
 *
 * The summary pane under the article, and the work kept for the open article: when an
 * article opens, its kept summary and reading position come back; each change is
 * saved within a second by the work keeper; closing the window saves what is pending.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "diem-desk-window.h"
#include "diem-window-private.h"

static void
on_summary_changed_cb (DiemSummaryPane *pane,
                       DiemWindow      *self)
{
  if (self->keeper != NULL && !self->restoring_work)
    diem_work_keeper_changed (self->keeper, DIEM_WORK_CHANGE_WORK);
}

static void
on_summary_message_cb (DiemSummaryPane *pane,
                       const char      *message,
                       DiemWindow      *self)
{
  _diem_window_show_toast (self, message);
}

static void
on_scrolled_cb (GtkAdjustment *adjustment,
                DiemWindow    *self)
{
  if (self->keeper != NULL && !self->restoring_work)
    diem_work_keeper_changed (self->keeper, DIEM_WORK_CHANGE_POSITION);
}

static void
on_collect_cb (DiemWorkKeeper *keeper,
               DiemDeskWork   *work,
               DiemWindow     *self)
{
  g_free (work->summary);
  work->summary = diem_summary_pane_dup_text (self->summary_pane);
  work->summary_edited = diem_summary_pane_get_edited (self->summary_pane);
  work->reading_position = diem_reading_view_get_position (self->reading_view);
}

static void
on_save_failed_cb (DiemWorkKeeper *keeper,
                   const GError   *error,
                   DiemWindow     *self)
{
  g_autofree char *message = NULL;

  /* one toast per kind of trouble, not one a second */
  if (self->desk_error_shown == error->code + 1)
    return;
  self->desk_error_shown = error->code + 1;
  message = g_strdup_printf (_("Your work is not kept: %s"), error->message);
  _diem_window_show_toast (self, message);
}

static DiemWorkKeeper *
ensure_keeper (DiemWindow *self)
{
  DiemDeskStore *store;
  g_autoptr(GError) error = NULL;

  if (self->keeper != NULL)
    return self->keeper;
  store = diem_desk_store_get_default (&error);
  if (error != NULL)
    on_save_failed_cb (NULL, error, self);
  self->keeper = diem_work_keeper_new (store);
  g_signal_connect_object (self->keeper, "collect", G_CALLBACK (on_collect_cb), self, 0);
  g_signal_connect_object (self->keeper, "save-failed", G_CALLBACK (on_save_failed_cb), self, 0);
  return self->keeper;
}

static char *
dup_source_uri (DiemArticle *article)
{
  GFile *file = diem_article_get_file (article);

  return file != NULL ? g_file_get_uri (file) : NULL;
}

/* Called whenever the window shows another article (or none). */
void
_diem_window_desk_set_article (DiemWindow  *self,
                               DiemArticle *article)
{
  DiemWorkKeeper *keeper = ensure_keeper (self);
  g_autofree char *headline = NULL;
  g_autofree char *source = NULL;
  DiemDeskWork *work;
  gboolean was_kept = FALSE;

  self->pending_position = 0;
  if (article == NULL)
    {
      diem_work_keeper_close (keeper);
      _diem_window_corrections_set_article (self, NULL);
      diem_summary_pane_set_article (self->summary_pane, NULL, NULL, FALSE);
      return;
    }

  headline = diem_article_dup_headline (article);
  if (headline == NULL)
    headline = g_strdup (diem_article_get_title_hint (article));
  source = dup_source_uri (article);
  /* the extraction worker has hashed the text already */
  work = diem_work_keeper_open_hashed (keeper, diem_article_get_text_hash (article), headline, source, &was_kept);
  /* the corrections first: the summary's draft reads the corrected lists */
  _diem_window_corrections_set_article (self, article);
  self->restoring_work = TRUE;
  diem_summary_pane_set_article (self->summary_pane, article, was_kept ? work->summary : NULL,
                                 was_kept && work->summary_edited);
  self->restoring_work = FALSE;
  self->pending_position = was_kept ? work->reading_position : 0;
  _diem_window_desk_restore_position (self);
}

/* Back where the editor was reading; again once a long article's text is all in. */
void
_diem_window_desk_restore_position (DiemWindow *self)
{
  if (self->pending_position <= 0)
    return;
  self->restoring_work = TRUE;
  diem_reading_view_set_position (self->reading_view, (int) MIN (self->pending_position, G_MAXINT));
  self->restoring_work = FALSE;
}

/* Saves what is pending; the window is closing. */
void
_diem_window_desk_close (DiemWindow *self)
{
  if (self->keeper != NULL)
    diem_work_keeper_close (self->keeper);
}

void
_diem_window_desk_init (DiemWindow *self)
{
  GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (diem_reading_view_get_text_view (self->reading_view)));

  g_signal_connect_object (self->summary_pane, "changed", G_CALLBACK (on_summary_changed_cb), self, 0);
  g_signal_connect_object (self->summary_pane, "message", G_CALLBACK (on_summary_message_cb), self, 0);
  g_signal_connect_object (vadjustment, "value-changed", G_CALLBACK (on_scrolled_cb), self, 0);
  if (self->settings != NULL)
    {
      g_settings_bind (self->settings, "summary-visible", self->summary_button, "active", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "summary-words", self->summary_pane, "target-words", G_SETTINGS_BIND_DEFAULT);
    }
}

void
_diem_window_desk_dispose (DiemWindow *self)
{
  _diem_window_desk_close (self);
  g_clear_object (&self->keeper);
}

static void
toggle_summary_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  DiemWindow *self = DIEM_WINDOW (widget);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  gboolean shown = gtk_toggle_button_get_active (self->summary_button);
  gboolean focused = focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->summary_pane));

  /* Ctrl+M goes to the summary; pressed there, it puts the summary away */
  if (shown && focused)
    {
      gtk_toggle_button_set_active (self->summary_button, FALSE);
      if (self->article != NULL)
        gtk_widget_grab_focus (GTK_WIDGET (diem_reading_view_get_text_view (self->reading_view)));
      return;
    }
  /* the pane follows the button (a binding in the template) */
  gtk_toggle_button_set_active (self->summary_button, TRUE);
  diem_summary_pane_grab_text_focus (self->summary_pane);
}

static void
on_desk_open_uri_cb (DiemDeskWindow *desk,
                     const char     *uri,
                     DiemWindow     *self)
{
  g_autoptr(GFile) file = g_file_new_for_uri (uri);

  if (!g_file_query_exists (file, NULL))
    {
      g_autofree char *name = g_file_get_parse_name (file);
      g_autofree char *message = g_strdup_printf (_("The article is no longer at %s"), name);

      _diem_window_show_toast (self, message);
      gtk_window_present (GTK_WINDOW (self));
      return;
    }
  diem_window_open_file (self, file);
  gtk_window_present (GTK_WINDOW (self));
}

static void
show_desk_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  DiemWindow *self = DIEM_WINDOW (widget);
  DiemDeskWindow *desk;

  /* what is pending is on the desk before the desk is read */
  if (self->keeper != NULL)
    diem_work_keeper_flush (self->keeper, NULL);
  desk = diem_desk_window_new (self->keeper != NULL ? diem_work_keeper_get_store (self->keeper) : NULL);
  gtk_window_set_transient_for (GTK_WINDOW (desk), GTK_WINDOW (self));
  g_signal_connect_object (desk, "open-uri", G_CALLBACK (on_desk_open_uri_cb), self, 0);
  gtk_window_present (GTK_WINDOW (desk));
}

void
_diem_window_desk_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.show-desk", NULL, show_desk_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK, "win.show-desk", NULL);
  gtk_widget_class_install_action (widget_class, "win.toggle-summary", NULL, toggle_summary_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, GDK_CONTROL_MASK, "win.toggle-summary", NULL);
}
