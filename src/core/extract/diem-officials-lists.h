/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-officials-lists.h — names in lists, and a title over a list of names */
#pragma once

#include "diem-officials-reader.h"

G_BEGIN_DECLS

gboolean diem_officials_is_list_gap        (const DiemTokens    *tokens,
                                            guint                start,
                                            guint                end);
gboolean diem_officials_starts_list_item   (const DiemTokens    *tokens,
                                            guint                start,
                                            guint                sentence_start);
gboolean diem_officials_item_names_someone (const DiemTokens    *tokens,
                                            guint                pos,
                                            guint                end);
guint    diem_officials_shared_title_at    (DiemOfficialsReader *ctx,
                                            guint                i,
                                            guint                sentence_start,
                                            guint                end);
void     diem_officials_close_lists_at     (DiemOfficialsReader *ctx,
                                            guint                i,
                                            guint                end);
void     diem_officials_find_count_keys    (DiemOfficialsReader *ctx);

G_END_DECLS
