/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-encoding.h — reading Vietnamese text in the encodings newsroom archives still hold */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Names accepted by diem_encoding_to_utf8 () and by the CLI's --encoding. */
extern const char *const diem_encoding_names[];

gboolean diem_encoding_is_known (const char *name);

char    *diem_encoding_to_utf8  (const char  *data,
                                 gsize        length,
                                 const char  *encoding,
                                 const char **detected,
                                 gsize       *out_length,
                                 GError     **error);

G_END_DECLS
