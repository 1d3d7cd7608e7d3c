/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-window-export.c — Export PDF: the file, then the options, then the pages off the main thread
 *
 * The pages are drawn in a worker thread, so a 200-page article leaves the window
 * responsive; a bar under the header bar shows the pages done and can cancel. It appears
 * only when an export takes long enough to be noticed. The toast that ends a successful
 * export opens the PDF or shows it in its folder.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "diem-compat.h"
#include "diem-export-dialog.h"
#include "diem-window-private.h"

/* An export quicker than this never shows the progress bar. */
#define PROGRESS_DELAY_MS 300
#define PROGRESS_INTERVAL_MS 100
/* a toast with buttons stays long enough to reach them */
#define DONE_TOAST_TIMEOUT_S 10

enum {
  SIGNAL_LAUNCH_FILE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  DiemArticle    *article;
  char           *path;
  char           *name;
  DiemPdfOptions  options;
  char           *summary; /* (nullable) the editor's, for options.summary */
  /* written by the worker, read by the main thread's progress timer */
  guint           pages_done;
  guint           n_pages;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_object (&job->article);
  g_free (job->path);
  g_free (job->name);
  g_free (job->summary);
  g_free (job);
}

static char *
suggest_pdf_name (DiemArticle *article)
{
  GFile *file = diem_article_get_file (article);
  g_autofree char *basename = NULL;
  char *dot;

  if (file == NULL)
    return g_strdup_printf ("%s.pdf", _("article"));
  basename = g_file_get_basename (file);
  dot = strrchr (basename, '.');
  if (dot != NULL && dot != basename)
    *dot = '\0';
  return g_strdup_printf ("%s.pdf", basename);
}

/* Returns whether the options are an earlier export's, not the defaults. */
static gboolean
read_options (DiemWindow     *self,
              DiemPdfOptions *options)
{
  *options = (DiemPdfOptions) { DIEM_PAPER_A4, DIEM_PAGE_CONTENTS_BOTH };
  if (self->settings != NULL)
    {
      g_autoptr(GVariant) kept_paper = g_settings_get_user_value (self->settings, "paper-size");
      g_autoptr(GVariant) kept_contents = g_settings_get_user_value (self->settings, "export-contents");
      g_autofree char *paper = g_settings_get_string (self->settings, "paper-size");
      g_autofree char *contents = g_settings_get_string (self->settings, "export-contents");

      diem_paper_from_name (paper, &options->paper);
      diem_page_contents_from_name (contents, &options->contents);
      return kept_paper != NULL || kept_contents != NULL;
    }
  return FALSE;
}

static void
save_options (DiemWindow           *self,
              const DiemPdfOptions *options)
{
  if (self->settings == NULL)
    return;
  g_settings_set_string (self->settings, "paper-size", diem_paper_get_name (options->paper));
  g_settings_set_string (self->settings, "export-contents", diem_page_contents_get_name (options->contents));
}

/* Worker thread ------------------------------------------------------------- */

static void
on_page_done (guint    pages_done,
              guint    n_pages,
              gpointer user_data)
{
  ExportJob *job = user_data;

  g_atomic_int_set (&job->n_pages, n_pages);
  g_atomic_int_set (&job->pages_done, pages_done);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  GError *error = NULL;

  if (diem_pdf_export_to_file_with_progress (job->article, job->path, &job->options,
                                             on_page_done, job, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* Main thread --------------------------------------------------------------- */

static gboolean
update_progress_cb (gpointer user_data)
{
  GTask *task = user_data;
  DiemWindow *self = g_task_get_source_object (task);
  ExportJob *job = g_task_get_task_data (task);
  guint done = g_atomic_int_get (&job->pages_done);
  guint total = g_atomic_int_get (&job->n_pages);

  if (total == 0)
    {
      /* still laying the pages out: their number is not known yet */
      gtk_progress_bar_pulse (self->export_progress);
      return G_SOURCE_CONTINUE;
    }
  {
    /* TRANSLATORS: progress of a PDF export, e.g. "Exporting “a.pdf”: page 12 of 212" */
    g_autofree char *text = g_strdup_printf (_("Exporting “%s”: page %u of %u"), job->name, done, total);

    gtk_label_set_label (self->export_label, text);
    gtk_progress_bar_set_fraction (self->export_progress, (double) done / total);
  }
  return G_SOURCE_CONTINUE;
}

static gboolean
reveal_progress_cb (gpointer user_data)
{
  GTask *task = user_data;
  DiemWindow *self = g_task_get_source_object (task);
  ExportJob *job = g_task_get_task_data (task);
  g_autofree char *text = g_strdup_printf (_("Exporting “%s”…"), job->name);

  gtk_label_set_label (self->export_label, text);
  gtk_revealer_set_reveal_child (self->export_bar, TRUE);
  update_progress_cb (task);
  /* this one-shot source goes when it returns; the repeating one takes its place */
  self->export_progress_source =
    g_timeout_add_full (G_PRIORITY_DEFAULT, PROGRESS_INTERVAL_MS, update_progress_cb,
                        g_object_ref (task), g_object_unref);
  return G_SOURCE_REMOVE;
}

static void
stop_progress (DiemWindow *self)
{
  g_clear_handle_id (&self->export_progress_source, g_source_remove);
  gtk_revealer_set_reveal_child (self->export_bar, FALSE);
  gtk_progress_bar_set_fraction (self->export_progress, 0.0);
  gtk_label_set_label (self->export_label, "");
}

/* Opening what was exported ------------------------------------------------- */

static void
on_launched_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GFile) file = user_data;
  g_autoptr(GError) error = NULL;
  DiemWindow *self = DIEM_WINDOW (source);

  if (!diem_compat_launch_file_finish (result, &error) && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED)
      && !gtk_widget_in_destruction (GTK_WIDGET (self)))
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *message = g_strdup_printf (_("Could not open “%s”: %s"), name, error->message);

      _diem_window_show_toast (self, message);
    }
}

/* The launch-file signal may take it over (a test does); otherwise the desktop opens it. */
static void
launch_exported (DiemWindow *self,
                 GVariant   *uri,
                 gboolean    show_in_folder)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (uri, NULL));
  gboolean handled = FALSE;

  g_signal_emit (self, signals[SIGNAL_LAUNCH_FILE], 0, file, show_in_folder, &handled);
  if (!handled)
    diem_compat_launch_file_async (GTK_WINDOW (self), file, show_in_folder, NULL, on_launched_cb,
                                   g_object_ref (file));
}

static void
open_export_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  launch_exported (DIEM_WINDOW (widget), parameter, FALSE);
}

static void
show_export_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  launch_exported (DIEM_WINDOW (widget), parameter, TRUE);
}

/* "Exported …" with Open as the toast's button and Show in Folder beside the words. */
static void
show_exported_toast (DiemWindow *self,
                     const char *message,
                     const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  AdwToast *toast = adw_toast_new (message);
  GtkWidget *title = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (message);
  GtkWidget *show_button = gtk_button_new_with_mnemonic (_("Show in _Folder"));

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_valign (show_button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (show_button), "win.show-export");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (show_button), "s", uri);
  gtk_box_append (GTK_BOX (title), label);
  gtk_box_append (GTK_BOX (title), show_button);
  adw_toast_set_custom_title (toast, title);

  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_detailed_action_name (toast, "win.open-export");
  adw_toast_set_action_target (toast, "s", uri);
  adw_toast_set_timeout (toast, DONE_TOAST_TIMEOUT_S);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
on_export_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  DiemWindow *self = DIEM_WINDOW (source);
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  g_clear_object (&self->export_cancellable);
  /* a window closed during the export has nothing left to tell */
  if (gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;
  stop_progress (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-pdf", self->article != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-export", FALSE);

  if (g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_autofree char *warning = diem_pdf_coverage_warning (job->article);
      g_autofree char *held = diem_export_dialog_describe_options (&job->options);

      /* TRANSLATORS: the file's name, then what it holds, e.g. "Exported “a.pdf”: summary sheet only, A4" */
      message = warning != NULL ? g_strdup_printf (_("Exported “%s”: %s. %s"), job->name, held, warning)
                                : g_strdup_printf (_("Exported “%s”: %s"), job->name, held);
      show_exported_toast (self, message, job->path);
      return;
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    message = g_strdup_printf (_("The export of “%s” was cancelled; no file was written"), job->name);
  else
    message = g_strdup_printf (_("Could not export “%s”: %s"), job->name, error->message);
  _diem_window_show_toast (self, message);
}

static void
start_export (DiemWindow *self,
              ExportJob  *job)
{
  g_autoptr(GTask) task = NULL;

  self->export_cancellable = g_cancellable_new ();
  task = g_task_new (self, self->export_cancellable, on_export_done_cb, NULL);
  g_task_set_source_tag (task, start_export);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  /* a Cancel that comes after the file is complete changes nothing: say what happened */
  g_task_set_check_cancellable (task, FALSE);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-pdf", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-export", TRUE);
  self->export_progress_source =
    g_timeout_add_full (G_PRIORITY_DEFAULT, PROGRESS_DELAY_MS, reveal_progress_cb,
                        g_object_ref (task), g_object_unref);
  g_task_run_in_thread (task, export_thread);
}

static void
on_options_chosen_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  DiemWindow *self = DIEM_WINDOW (source);
  ExportJob *job = user_data;

  if (!diem_export_dialog_choose_finish (result, &job->options, NULL) || self->export_cancellable != NULL)
    {
      export_job_free (job);
      return;
    }
  save_options (self, &job->options);
  /* the summary printed alone opens with the editor's summary, as the pane holds it */
  if (job->options.contents == DIEM_PAGE_CONTENTS_SUMMARY)
    job->options.summary = job->summary = diem_summary_pane_dup_text (self->summary_pane);
  start_export (self, job);
}

static void
on_file_chosen_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GFile) file = diem_compat_save_file_finish (result, NULL);

  if (file != NULL)
    diem_window_export_to_file (DIEM_WINDOW (source), file);
}

/**
 * diem_window_export_to_file:
 * @file: the PDF to write
 *
 * What Export PDF does once its file is chosen: asks for the options, then writes
 * @file in a worker thread and says how it went in a toast.
 */
void
diem_window_export_to_file (DiemWindow *self,
                            GFile      *file)
{
  ExportJob *job;
  gboolean kept;

  g_return_if_fail (DIEM_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->article == NULL || self->export_cancellable != NULL)
    return;

  job = g_new0 (ExportJob, 1);
  job->name = g_file_get_basename (file);
  job->path = g_file_get_path (file);
  if (job->path == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not export “%s”: only local files can be written"), job->name);

      _diem_window_show_toast (self, message);
      export_job_free (job);
      return;
    }
  /* the article the editor saw when choosing, even if another is opened meanwhile */
  job->article = g_object_ref (self->article);
  kept = read_options (self, &job->options);
  diem_export_dialog_choose_async (GTK_WINDOW (self), job->name, &job->options, kept, NULL,
                                   on_options_chosen_cb, job);
}

void
_diem_window_export_pdf_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  DiemWindow *self = DIEM_WINDOW (widget);
  g_autofree char *name = NULL;

  if (self->article == NULL || self->export_cancellable != NULL)
    return;
  name = suggest_pdf_name (self->article);
  diem_compat_save_file_async (GTK_WINDOW (self), _("Export as PDF"), name, NULL,
                               on_file_chosen_cb, NULL);
}

void
_diem_window_cancel_export_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  _diem_window_cancel_export (DIEM_WINDOW (widget));
}

/* Stops a running export; it finishes by removing what it had written. */
void
_diem_window_cancel_export (DiemWindow *self)
{
  g_cancellable_cancel (self->export_cancellable);
  g_clear_handle_id (&self->export_progress_source, g_source_remove);
}

void
_diem_window_export_class_init (GtkWidgetClass *widget_class)
{
  /**
   * DiemWindow::launch-file:
   * @file: the exported PDF
   * @show_in_folder: whether to show it in its folder rather than open it
   *
   * Emitted when the export toast's Open or Show in Folder is used; a handler that
   * returns %TRUE opens it itself, else the desktop's default application does.
   */
  signals[SIGNAL_LAUNCH_FILE] = g_signal_new ("launch-file", G_TYPE_FROM_CLASS (widget_class), G_SIGNAL_RUN_LAST,
                                              0, g_signal_accumulator_true_handled, NULL, NULL,
                                              G_TYPE_BOOLEAN, 2, G_TYPE_FILE, G_TYPE_BOOLEAN);

  gtk_widget_class_install_action (widget_class, "win.open-export", "s", open_export_action);
  gtk_widget_class_install_action (widget_class, "win.show-export", "s", show_export_action);
}

/* Whether an export is running (its options are chosen and its pages being drawn). */
gboolean
diem_window_get_exporting (DiemWindow *self)
{
  g_return_val_if_fail (DIEM_IS_WINDOW (self), FALSE);

  return self->export_cancellable != NULL;
}
