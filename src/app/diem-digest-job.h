/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-digest-job.h — a digest of article files, with the editor's kept work */
#pragma once

#include <gio/gio.h>

#include "diem-desk-store.h"
#include "diem-pdf-digest.h"

G_BEGIN_DECLS

gboolean diem_digest_job_run (GPtrArray               *files,
                              DiemDeskStore           *store,
                              const DiemDigestOptions *options,
                              const char              *path,
                              DiemPdfProgressFunc      progress,
                              gpointer                 user_data,
                              GCancellable            *cancellable,
                              GError                 **error);

G_END_DECLS
