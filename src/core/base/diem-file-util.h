/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-file-util.h — writing output files without ever leaving half of one */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean diem_write_file_atomically (const char  *path,
                                     const char  *contents,
                                     gsize        length,
                                     GError     **error);

/* An output file written through a stream under a temporary name in its folder, and
 * renamed over @path only by diem_atomic_file_commit (); freed uncommitted, it leaves
 * nothing behind. A device or a pipe is written in place. */
typedef struct _DiemAtomicFile DiemAtomicFile;

DiemAtomicFile *diem_atomic_file_new        (const char      *path,
                                             GError         **error);
GOutputStream  *diem_atomic_file_get_stream (DiemAtomicFile  *self);
gboolean        diem_atomic_file_commit     (DiemAtomicFile  *self,
                                             GError         **error);
void            diem_atomic_file_free       (DiemAtomicFile  *self);

gboolean        diem_file_is_same           (const char      *path_a,
                                             const char      *path_b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DiemAtomicFile, diem_atomic_file_free)

G_END_DECLS
