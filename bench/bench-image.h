/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-image.h — a hash of a window's pixels, read through shared memory when it can
 *
 * With DIEM_BENCH_DUMP set to a folder, every image read is also saved there as a
 * numbered PPM file, to see which frame is which.
 */
#pragma once

#include <X11/Xlib.h>
#include <glib.h>

G_BEGIN_DECLS

typedef struct _DiemImageReader DiemImageReader;

DiemImageReader *diem_image_reader_new  (Display         *display);
void             diem_image_reader_free (DiemImageReader *reader);
guint64          diem_image_reader_hash (DiemImageReader *reader,
                                         Window           window,
                                         int              width,
                                         int              height);

G_END_DECLS
