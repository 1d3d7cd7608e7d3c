/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-compat.c — file choosers across GTK versions
 *
 * The one file allowed the API of the GTK it is built against: the project caps the
 * rest at GTK 4.8, and the newer branch below would warn on every newer runtime.
 */
#undef GDK_VERSION_MAX_ALLOWED

#include "config.h"

#include <glib/gi18n.h>

#include "diem-compat.h"

#if GTK_CHECK_VERSION(4, 10, 0)

static void
on_dialog_open_done_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  GFile *file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (source), result, &error);

  if (file == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, file, g_object_unref);
}

static void
on_dialog_save_done_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  GFile *file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, &error);

  if (file == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, file, g_object_unref);
}

void
diem_compat_open_file_async (GtkWindow           *parent,
                             const char          *title,
                             GListModel          *filters,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  GTask *task = g_task_new (parent, cancellable, callback, user_data);

  gtk_file_dialog_set_title (dialog, title);
  gtk_file_dialog_set_modal (dialog, TRUE);
  if (filters != NULL)
    gtk_file_dialog_set_filters (dialog, filters);
  gtk_file_dialog_open (dialog, parent, cancellable, on_dialog_open_done_cb, task);
}

void
diem_compat_save_file_async (GtkWindow           *parent,
                             const char          *title,
                             const char          *initial_name,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  GTask *task = g_task_new (parent, cancellable, callback, user_data);

  gtk_file_dialog_set_title (dialog, title);
  gtk_file_dialog_set_modal (dialog, TRUE);
  gtk_file_dialog_set_initial_name (dialog, initial_name);
  gtk_file_dialog_save (dialog, parent, cancellable, on_dialog_save_done_cb, task);
}

#else /* GTK 4.8: GtkFileChooserNative */

static void
on_native_response_cb (GtkNativeDialog *native,
                       int              response,
                       gpointer         user_data)
{
  g_autoptr(GTask) task = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    g_task_return_pointer (task, gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native)), g_object_unref);
  else
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "%s", _("No file was chosen"));
  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

static void
run_native (GtkFileChooserNative *native,
            GTask                *task)
{
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_signal_connect (native, "response", G_CALLBACK (on_native_response_cb), task);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

void
diem_compat_open_file_async (GtkWindow           *parent,
                             const char          *title,
                             GListModel          *filters,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (title, parent, GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  for (guint i = 0; filters != NULL && i < g_list_model_get_n_items (filters); i++)
    {
      g_autoptr(GtkFileFilter) filter = g_list_model_get_item (filters, i);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
    }
  run_native (native, g_task_new (parent, cancellable, callback, user_data));
}

void
diem_compat_save_file_async (GtkWindow           *parent,
                             const char          *title,
                             const char          *initial_name,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (title, parent, GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), initial_name);
  run_native (native, g_task_new (parent, cancellable, callback, user_data));
}

#endif

GFile *
diem_compat_open_file_finish (GAsyncResult  *result,
                              GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

GFile *
diem_compat_save_file_finish (GAsyncResult  *result,
                              GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}
