/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-compat.h — file choosers across GTK versions
 *
 * GTK 4.10 replaced GtkFileChooserNative with GtkFileDialog; the window asks for files
 * only through these two calls, so the version check lives here and nowhere else.
 */
#pragma once

#include <gtk/gtk.h>

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

G_END_DECLS
