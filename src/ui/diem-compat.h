/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-compat.h — file choosers and the sidebar's folding across GTK and libadwaita versions
 *
 * GTK 4.10 replaced GtkFileChooserNative with GtkFileDialog; the window asks for files
 * only through these two calls, so the version check lives here and nowhere else.
 * GTK 4.10's GtkFileLauncher opens a file or shows it in its folder; 4.8 asks GIO and
 * the file manager's D-Bus interface.
 * libadwaita 1.4 folds a sidebar at a breakpoint; 1.2 folds the flap when it stops fitting.
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void   diem_compat_open_file_async   (GtkWindow           *parent,
                                      const char          *title,
                                      GListModel          *filters,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data);
GFile *diem_compat_open_file_finish  (GAsyncResult        *result,
                                      GError             **error);

void   diem_compat_save_file_async   (GtkWindow           *parent,
                                      const char          *title,
                                      const char          *initial_name,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data);
GFile *diem_compat_save_file_finish  (GAsyncResult        *result,
                                      GError             **error);

void   diem_compat_select_folder_async  (GtkWindow           *parent,
                                         const char          *title,
                                         GFile               *initial_folder,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data);
GFile *diem_compat_select_folder_finish (GAsyncResult        *result,
                                         GError             **error);

void     diem_compat_launch_file_async  (GtkWindow           *parent,
                                         GFile               *file,
                                         gboolean             show_in_folder,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data);
gboolean diem_compat_launch_file_finish (GAsyncResult        *result,
                                         GError             **error);

void   diem_compat_fold_sidebar_below (AdwApplicationWindow *window,
                                       AdwFlap              *flap,
                                       double                width_sp);

G_END_DECLS
