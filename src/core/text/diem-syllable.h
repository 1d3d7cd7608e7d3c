/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-syllable.h — is this word a well-formed Vietnamese syllable? */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean diem_syllable_is_valid (const char *word,
                                 gssize      length);

G_END_DECLS
