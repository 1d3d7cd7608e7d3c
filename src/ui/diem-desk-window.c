/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-desk-window.c — the articles the editor has worked on, newest first
 *
 * A list view over the desk's rows; the search matches headlines and file names as Find
 * does (case and diacritics ignored). Activating a row asks for the article to be
 * opened ("open-uri"); a row's Ready box is written to the desk at once. Export Digest
 * writes the Ready articles as one PDF, in a worker thread, and says so in a toast.
 */
#include "config.h"

#include "diem-desk-window.h"

#include <glib/gi18n.h>

#include "diem-compat.h"
#include "diem-desk-item.h"
#include "diem-digest-job.h"

struct _DiemDeskWindow
{
  AdwWindow       parent_instance;

  /* template widgets */
  AdwToastOverlay *toast_overlay;
  AdwWindowTitle *window_title;
  GtkSearchEntry *search_entry;
  GtkStack       *stack;
  GtkListView    *list_view;
  AdwStatusPage  *empty_page;

  /* owned state */
  DiemDeskStore  *store; /* (nullable) */
  GListStore     *items; /* (element-type DiemDeskItem) */
  GCancellable   *digest_cancellable; /* (nullable) while a digest is written */
};

G_DEFINE_FINAL_TYPE (DiemDeskWindow, diem_desk_window, ADW_TYPE_WINDOW)

enum {
  OPEN_URI,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (DiemDeskWindow *self,
            const GError   *error)
{
  adw_status_page_set_title (self->empty_page, _("The Desk Cannot Be Read"));
  adw_status_page_set_description (self->empty_page, error->message);
  adw_status_page_set_icon_name (self->empty_page, "dialog-warning-symbolic");
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
update_subtitle (DiemDeskWindow *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  g_autofree char *subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u article", "%u articles", n), n);

  adw_window_title_set_subtitle (self->window_title, subtitle);
}

static void
on_ready_toggled_cb (GtkCheckButton *button,
                     GtkListItem    *list_item)
{
  DiemDeskItem *item = gtk_list_item_get_item (list_item);
  DiemDeskWindow *self = DIEM_DESK_WINDOW (gtk_widget_get_root (GTK_WIDGET (button)));
  gboolean ready = gtk_check_button_get_active (button);
  g_autoptr(GError) error = NULL;

  /* the binding sets the box when a row is bound: only the user's toggles count */
  if (item == NULL || diem_desk_item_get_ready (item) == ready)
    return;
  diem_desk_item_set_ready (item, ready);
  if (self->store != NULL
      && !diem_desk_store_set_status (self->store, diem_desk_item_get_hash (item),
                                      ready ? DIEM_DESK_STATUS_READY : DIEM_DESK_STATUS_DRAFT, &error))
    show_error (self, error);
}

static void
on_search_changed_cb (DiemDeskWindow *self,
                      GtkSearchEntry *entry)
{
  diem_desk_window_reload (self);
}

static void
on_row_activated_cb (DiemDeskWindow *self,
                     guint           position,
                     GtkListView    *list_view)
{
  g_autoptr(DiemDeskItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), position);

  if (item != NULL && diem_desk_item_get_source_uri (item) != NULL)
    g_signal_emit (self, signals[OPEN_URI], 0, diem_desk_item_get_source_uri (item));
}

static void
show_toast (DiemDeskWindow *self,
            const char     *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 6);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* The digest ------------------------------------------------------------------ */

typedef struct
{
  GPtrArray     *files; /* (element-type GFile) */
  DiemDeskStore *store; /* (nullable) */
  char          *path;
} DigestJob;

static void
digest_job_free (DigestJob *job)
{
  g_ptr_array_unref (job->files);
  g_clear_pointer (&job->store, diem_desk_store_unref);
  g_free (job->path);
  g_free (job);
}

/* In a worker: reading and extracting the articles and the PDF take seconds. */
static void
write_digest_in_thread (GTask        *task,
                        gpointer      source_object,
                        gpointer      task_data,
                        GCancellable *cancellable)
{
  DigestJob *job = task_data;
  const DiemDigestOptions options = { DIEM_PAPER_A4, NULL };
  g_autoptr(GError) error = NULL;

  if (diem_digest_job_run (job->files, job->store, &options, job->path, NULL, NULL, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
on_digest_written_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  DiemDeskWindow *self = DIEM_DESK_WINDOW (source);
  DigestJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *name = g_filename_display_basename (job->path);

  /* the window was closed meanwhile: nothing to tell */
  if (self->digest_cancellable == NULL)
    return;
  g_clear_object (&self->digest_cancellable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "desk.export-digest", TRUE);
  if (g_task_propagate_boolean (G_TASK (result), &error))
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Digest of %u article saved as “%s”",
                                            "Digest of %u articles saved as “%s”", job->files->len),
                               job->files->len, name);
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  else
    message = g_strdup_printf (_("The digest was not written: %s"), error->message);
  show_toast (self, message);
}

/* The articles marked Ready, newest first as the desk lists them; NULL without any. */
static GPtrArray *
dup_ready_files (DiemDeskWindow *self,
                 GError        **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);

  if (self->store == NULL)
    return NULL;
  rows = diem_desk_store_list (self->store, NULL, error);
  if (rows == NULL)
    return NULL;
  for (guint i = 0; i < rows->len; i++)
    {
      DiemDeskRow *row = g_ptr_array_index (rows, i);

      if (row->status == DIEM_DESK_STATUS_READY && row->source_uri != NULL)
        g_ptr_array_add (files, g_file_new_for_uri (row->source_uri));
    }
  return files->len > 0 ? g_steal_pointer (&files) : NULL;
}

/**
 * diem_desk_window_export_digest:
 * @file: the PDF to write
 *
 * Writes the articles marked Ready, with their kept work, as one digest, off the main
 * thread; a toast says when it is done or why it failed.
 */
void
diem_desk_window_export_digest (DiemDeskWindow *self,
                                GFile          *file)
{
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTask) task = NULL;
  DigestJob *job;

  g_return_if_fail (DIEM_IS_DESK_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  files = dup_ready_files (self, &error);
  if (files == NULL)
    {
      show_toast (self, error != NULL ? error->message : _("Mark articles Ready to put them in a digest"));
      return;
    }
  job = g_new0 (DigestJob, 1);
  job->files = g_steal_pointer (&files);
  job->store = diem_desk_store_ref (self->store);
  job->path = g_file_get_path (file);
  if (job->path == NULL)
    {
      digest_job_free (job);
      show_toast (self, _("The digest can only be written to a local file"));
      return;
    }

  self->digest_cancellable = g_cancellable_new ();
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "desk.export-digest", FALSE);
  task = g_task_new (self, self->digest_cancellable, on_digest_written_cb, NULL);
  g_task_set_source_tag (task, diem_desk_window_export_digest);
  g_task_set_task_data (task, job, (GDestroyNotify) digest_job_free);
  g_task_run_in_thread (task, write_digest_in_thread);
}

static void
on_digest_file_chosen_cb (GObject      *source,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  g_autoptr(DiemDeskWindow) self = user_data;
  g_autoptr(GFile) file = diem_compat_save_file_finish (result, NULL);

  if (file != NULL)
    diem_desk_window_export_digest (self, file);
}

static void
export_digest_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  DiemDeskWindow *self = DIEM_DESK_WINDOW (widget);
  g_autoptr(GPtrArray) files = dup_ready_files (self, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *name = NULL;

  if (files == NULL)
    {
      show_toast (self, _("Mark articles Ready to put them in a digest"));
      return;
    }
  /* TRANSLATORS: the digest's file name, from today's date */
  name = g_date_time_format (now, _("digest-%Y-%m-%d.pdf"));
  diem_compat_save_file_async (GTK_WINDOW (self), _("Export Digest"), name, NULL, on_digest_file_chosen_cb,
                               g_object_ref (self));
}

static void
diem_desk_window_dispose (GObject *object)
{
  DiemDeskWindow *self = DIEM_DESK_WINDOW (object);

  /* the worker keeps its own references; its file is left unwritten */
  if (self->digest_cancellable != NULL)
    g_cancellable_cancel (self->digest_cancellable);
  g_clear_object (&self->digest_cancellable);
  g_clear_pointer (&self->store, diem_desk_store_unref);
  g_clear_object (&self->items);
  G_OBJECT_CLASS (diem_desk_window_parent_class)->dispose (object);
}

static void
diem_desk_window_class_init (DiemDeskWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = diem_desk_window_dispose;

  /* the user asks for the article at this URI */
  signals[OPEN_URI] = g_signal_new ("open-uri", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                    G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/diem-desk-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DiemDeskWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DiemDeskWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, DiemDeskWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DiemDeskWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, DiemDeskWindow, list_view);
  gtk_widget_class_bind_template_child (widget_class, DiemDeskWindow, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_install_action (widget_class, "desk.export-digest", NULL, export_digest_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "desk.export-digest", NULL);
}

static void
diem_desk_window_init (DiemDeskWindow *self)
{
  g_autoptr(GtkBuilderScope) scope = gtk_builder_cscope_new ();
  g_autoptr(GtkListItemFactory) factory = NULL;
  g_autoptr(GtkSelectionModel) selection = NULL;

  g_type_ensure (DIEM_TYPE_DESK_ITEM);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->items = g_list_store_new (DIEM_TYPE_DESK_ITEM);
  gtk_builder_cscope_add_callback_symbol (GTK_BUILDER_CSCOPE (scope), "on_ready_toggled_cb", G_CALLBACK (on_ready_toggled_cb));
  factory = gtk_builder_list_item_factory_new_from_resource (scope, RESOURCE_PREFIX "/diem-desk-row.ui");
  selection = GTK_SELECTION_MODEL (gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->items))));
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, selection);
}

/* store (nullable): without a desk the window says why. */
DiemDeskWindow *
diem_desk_window_new (DiemDeskStore *store)
{
  DiemDeskWindow *self = g_object_new (DIEM_TYPE_DESK_WINDOW, NULL);

  self->store = store ? diem_desk_store_ref (store) : NULL;
  diem_desk_window_reload (self);
  return self;
}

void
diem_desk_window_reload (DiemDeskWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) items = NULL;
  const char *query;

  g_return_if_fail (DIEM_IS_DESK_WINDOW (self));

  if (self->store == NULL)
    {
      DiemDeskStore *store = diem_desk_store_get_default (&error);

      if (store == NULL)
        {
          show_error (self, error);
          return;
        }
      self->store = diem_desk_store_ref (store);
    }
  query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  rows = diem_desk_store_list (self->store, query, &error);
  if (rows == NULL)
    {
      show_error (self, error);
      return;
    }
  items = g_ptr_array_new_full (rows->len, g_object_unref);
  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (items, diem_desk_item_new (g_ptr_array_index (rows, i)));
  /* one splice: the list view sees one change, not thousands */
  g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)), items->pdata, items->len);
  update_subtitle (self);
  if (items->len == 0 && *query != '\0')
    {
      adw_status_page_set_title (self->empty_page, _("No Article Matches"));
      adw_status_page_set_description (self->empty_page, _("Try another word of the headline or the file name"));
      adw_status_page_set_icon_name (self->empty_page, "edit-find-symbolic");
    }
  else if (items->len == 0)
    {
      adw_status_page_set_title (self->empty_page, _("Nothing on the Desk Yet"));
      adw_status_page_set_description (self->empty_page, _("Articles you correct or summarise are kept here"));
      adw_status_page_set_icon_name (self->empty_page, "document-edit-symbolic");
    }
  gtk_stack_set_visible_child_name (self->stack, items->len > 0 ? "list" : "empty");
}

GListModel *
diem_desk_window_get_items (DiemDeskWindow *self)
{
  g_return_val_if_fail (DIEM_IS_DESK_WINDOW (self), NULL);
  return G_LIST_MODEL (self->items);
}

void
diem_desk_window_set_query (DiemDeskWindow *self,
                            const char     *query)
{
  g_return_if_fail (DIEM_IS_DESK_WINDOW (self));
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), query);
  /* search-changed waits a moment; the caller wants the list now */
  diem_desk_window_reload (self);
}
