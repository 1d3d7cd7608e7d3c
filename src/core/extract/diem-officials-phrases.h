/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-officials-phrases.h — small phrase shapes the officials' readers share */
#pragma once

#include "diem-officials-reader.h"

G_BEGIN_DECLS

gboolean diem_officials_contains_name   (const DiemTokens          *tokens,
                                         guint                      start,
                                         guint                      end);
gboolean diem_officials_title_holds_foreign_name (const DiemTokens *tokens,
                                                  guint             head,
                                                  guint             end);
guint    diem_officials_aside_end       (const DiemTokens          *tokens,
                                         guint                      pos,
                                         guint                      limit,
                                         guint                      span);
guint    diem_officials_unit_end_at     (const DiemOfficialsReader *ctx,
                                         guint                      start,
                                         guint                      limit);
gboolean diem_officials_is_unit         (const DiemOfficialsReader *ctx,
                                         guint                      start,
                                         guint                      end);
guint    diem_officials_post_abroad_end (const DiemTokens          *tokens,
                                         guint                      head,
                                         guint                      i,
                                         guint                      limit);

G_END_DECLS
