/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-mhtml.h — a web page saved as one file (.mhtml, MIME multipart), read with GMime */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean diem_mhtml_sniff   (const char  *data,
                             gsize        length,
                             const char  *name_hint);
GBytes  *diem_mhtml_extract (const char  *data,
                             gsize        length,
                             GHashTable **images,
                             GError     **error);

G_END_DECLS
