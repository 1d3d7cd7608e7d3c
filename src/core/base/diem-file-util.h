/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-file-util.h — writing output files without ever leaving half of one */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean diem_write_file_atomically (const char  *path,
                                     const char  *contents,
                                     gsize        length,
                                     GError     **error);

G_END_DECLS
