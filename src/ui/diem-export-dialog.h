/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-export-dialog.h — what a PDF export holds and on which paper, asked after the file */
#pragma once

#include <gtk/gtk.h>

#include "diem-pdf-export.h"

G_BEGIN_DECLS

void     diem_export_dialog_choose_async   (GtkWindow             *parent,
                                            const char            *file_name,
                                            const DiemPdfOptions  *initial,
                                            gboolean               initial_is_last,
                                            GCancellable          *cancellable,
                                            GAsyncReadyCallback    callback,
                                            gpointer               user_data);
gboolean diem_export_dialog_choose_finish  (GAsyncResult          *result,
                                            DiemPdfOptions        *options,
                                            GError               **error);

char    *diem_export_dialog_describe_options (const DiemPdfOptions *options);

G_END_DECLS
