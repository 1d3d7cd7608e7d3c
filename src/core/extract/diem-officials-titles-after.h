/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-officials-titles-after.h — titles in apposition after a name */
#pragma once

#include "diem-officials-reader.h"

G_BEGIN_DECLS

gboolean diem_officials_has_apposition (const DiemTokens          *tokens,
                                        guint                      pos,
                                        guint                      sentence_end);
void     diem_officials_titles_after   (const DiemOfficialsReader *ctx,
                                        guint                      end,
                                        guint                      sentence_end,
                                        GPtrArray                 *titles,
                                        gboolean                  *for_all);

G_END_DECLS
