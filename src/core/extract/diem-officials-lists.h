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
guint    diem_officials_shared_title_from  (DiemOfficialsReader *ctx,
                                            guint                i,
                                            guint                sentence_start,
                                            guint                end);
void     diem_officials_close_lists_at     (DiemOfficialsReader *ctx,
                                            guint                i,
                                            guint                end);
void     diem_officials_find_count_keys    (DiemOfficialsReader *ctx);

/* Does a count or "các" stand at i ("các", "4", "hai")? */
static inline gboolean
diem_officials_is_count (const DiemOfficialsReader *ctx,
                         guint                      i)
{
  const DiemTokens *tokens = ctx->tokens;

  if (i >= tokens->tokens->len)
    return FALSE;
  return diem_tokens_has (tokens, i, DIEM_TOKEN_DIGIT) || ctx->count_keys[diem_tokens_get (tokens, i)->key];
}

/* "các đồng chí Ủy viên Bộ Chính trị: A, B", "Sở X có 4 phó giám đốc nghỉ hưu gồm: A, B",
 * "Hai Phó Giám đốc Sở Y tế là bà A và ông B": a title over a list of names; returns the
 * token where the list begins, or 0 when i starts no such list. Asked at every token,
 * and only a count starts one: that answer is inline. */
static inline guint
diem_officials_shared_title_at (DiemOfficialsReader *ctx,
                                guint                i,
                                guint                sentence_start,
                                guint                end)
{
  if (!diem_officials_is_count (ctx, i))
    return 0;
  return diem_officials_shared_title_from (ctx, i, sentence_start, end);
}

G_END_DECLS
