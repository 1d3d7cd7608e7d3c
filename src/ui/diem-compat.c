/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-compat.c — file choosers, launching files and the sidebar's folding across GTK and libadwaita versions
 *
 * The one file allowed the API of the GTK and libadwaita it is built against: the project
 * caps the rest at GTK 4.8 and libadwaita 1.2, and the newer branches below would warn on
 * every newer runtime.
 */
#undef GDK_VERSION_MAX_ALLOWED
#undef ADW_VERSION_MAX_ALLOWED
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

static void
on_dialog_folder_done_cb (GObject      *source,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  GFile *folder = gtk_file_dialog_select_folder_finish (GTK_FILE_DIALOG (source), result, &error);

  if (folder == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, folder, g_object_unref);
}

void
diem_compat_select_folder_async (GtkWindow           *parent,
                                 const char          *title,
                                 GFile               *initial_folder,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  GTask *task = g_task_new (parent, cancellable, callback, user_data);

  gtk_file_dialog_set_title (dialog, title);
  gtk_file_dialog_set_modal (dialog, TRUE);
  if (initial_folder != NULL)
    gtk_file_dialog_set_initial_folder (dialog, initial_folder);
  gtk_file_dialog_select_folder (dialog, parent, cancellable, on_dialog_folder_done_cb, task);
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

/* In a sandbox the native chooser goes through the file chooser portal, which grants
 * the chosen folder to the application for good (the document portal keeps it). */
void
diem_compat_select_folder_async (GtkWindow           *parent,
                                 const char          *title,
                                 GFile               *initial_folder,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (title, parent, GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _("_Select"), _("_Cancel"));
  if (initial_folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), initial_folder, NULL);
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

GFile *
diem_compat_select_folder_finish (GAsyncResult  *result,
                                  GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Opening a file, or its folder with it selected ------------------------------- */

#if GTK_CHECK_VERSION(4, 10, 0)

static void
on_launcher_done_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  gboolean done;

  if (GPOINTER_TO_INT (g_task_get_task_data (task)))
    done = gtk_file_launcher_open_containing_folder_finish (GTK_FILE_LAUNCHER (source), result, &error);
  else
    done = gtk_file_launcher_launch_finish (GTK_FILE_LAUNCHER (source), result, &error);
  if (done)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
diem_compat_launch_file_async (GtkWindow           *parent,
                               GFile               *file,
                               gboolean             show_in_folder,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GtkFileLauncher) launcher = gtk_file_launcher_new (file);
  GTask *task = g_task_new (parent, cancellable, callback, user_data);

  g_task_set_task_data (task, GINT_TO_POINTER (show_in_folder), NULL);
  if (show_in_folder)
    gtk_file_launcher_open_containing_folder (launcher, parent, cancellable, on_launcher_done_cb, task);
  else
    gtk_file_launcher_launch (launcher, parent, cancellable, on_launcher_done_cb, task);
}

#else /* GTK 4.8: the default application for the file; the file manager's ShowItems */

static void
on_uri_launched_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (g_app_info_launch_default_for_uri_finish (result, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
launch_uri (GTask *task,
            GFile *file)
{
  GtkWindow *parent = g_task_get_source_object (task);
  g_autoptr(GdkAppLaunchContext) context = gdk_display_get_app_launch_context (gtk_widget_get_display (GTK_WIDGET (parent)));
  g_autofree char *uri = g_file_get_uri (file);

  g_app_info_launch_default_for_uri_async (uri, G_APP_LAUNCH_CONTEXT (context), g_task_get_cancellable (task),
                                           on_uri_launched_cb, task);
}

/* Without a file manager that shows items, the folder itself opens. */
static void
on_items_shown_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GVariant) reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, NULL);
  g_autoptr(GFile) folder = NULL;

  if (reply != NULL)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }
  folder = g_file_get_parent (g_task_get_task_data (task));
  launch_uri (g_steal_pointer (&task), folder);
}

static void
on_session_bus_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GDBusConnection) bus = g_bus_get_finish (result, NULL);
  g_autofree char *uri = g_file_get_uri (g_task_get_task_data (task));
  const char *uris[] = { uri, NULL };
  g_autoptr(GFile) folder = NULL;

  if (bus == NULL)
    {
      folder = g_file_get_parent (g_task_get_task_data (task));
      launch_uri (g_steal_pointer (&task), folder);
      return;
    }
  g_dbus_connection_call (bus, "org.freedesktop.FileManager1", "/org/freedesktop/FileManager1",
                          "org.freedesktop.FileManager1", "ShowItems",
                          g_variant_new ("(^ass)", uris, ""), NULL, G_DBUS_CALL_FLAGS_NONE, -1,
                          g_task_get_cancellable (task), on_items_shown_cb, g_steal_pointer (&task));
}

void
diem_compat_launch_file_async (GtkWindow           *parent,
                               GFile               *file,
                               gboolean             show_in_folder,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  GTask *task = g_task_new (parent, cancellable, callback, user_data);

  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  if (show_in_folder)
    g_bus_get (G_BUS_TYPE_SESSION, cancellable, on_session_bus_cb, task);
  else
    launch_uri (task, file);
}

#endif

gboolean
diem_compat_launch_file_finish (GAsyncResult  *result,
                                GError       **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Folds @flap (the sidebar over the article) when @window is narrower than @width_sp.
 * With libadwaita 1.4 a breakpoint decides, at a width that grows with the text size;
 * 1.2 has no breakpoints, and the flap folds itself when sidebar and article no longer
 * fit side by side (which the sidebar's width puts near the same place). */
void
diem_compat_fold_sidebar_below (AdwApplicationWindow *window,
                                AdwFlap              *flap,
                                double                width_sp)
{
#if ADW_CHECK_VERSION(1, 4, 0)
  AdwBreakpoint *breakpoint;
  GValue folded = G_VALUE_INIT;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  breakpoint = adw_breakpoint_new (adw_breakpoint_condition_new_length (ADW_BREAKPOINT_CONDITION_MAX_WIDTH,
                                                                        width_sp, ADW_LENGTH_UNIT_SP));
  adw_flap_set_fold_policy (flap, ADW_FLAP_FOLD_POLICY_NEVER);
  g_value_init (&folded, ADW_TYPE_FLAP_FOLD_POLICY);
  g_value_set_enum (&folded, ADW_FLAP_FOLD_POLICY_ALWAYS);
  G_GNUC_END_IGNORE_DEPRECATIONS
  adw_breakpoint_add_setter (breakpoint, G_OBJECT (flap), "fold-policy", &folded);
  adw_application_window_add_breakpoint (window, breakpoint);
  g_value_unset (&folded);
#else
  (void) window;
  (void) flap;
  (void) width_sp;
#endif
}
