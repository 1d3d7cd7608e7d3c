/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-text.h — turning bytes into the article's one NFC string */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *diem_text_decode (const char  *data,
                        gsize        length,
                        const char  *encoding,
                        const char **detected,
                        gsize       *out_length,
                        GError     **error);

char *diem_text_normalize (const char *text,
                           gsize       length);

gboolean diem_text_is_noncharacter (gunichar c);

G_END_DECLS
