/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-text-index.h — a text searchable without regard to case or Vietnamese marks
 *
 * The text is folded once (see diem-fold.h), with a map from every folded byte back to
 * the character offset it came from, so each search is a plain substring scan. Exact
 * matching (marks kept, case ignored) uses a lower-cased copy built the first time.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  int start; /* character offsets into the indexed text */
  int end;
} DiemTextRange;

typedef struct _DiemTextIndex DiemTextIndex;

DiemTextIndex *diem_text_index_new    (const char    *text);
void           diem_text_index_free   (DiemTextIndex *self);
GArray        *diem_text_index_search (DiemTextIndex *self,
                                       const char    *query,
                                       gboolean       match_diacritics);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DiemTextIndex, diem_text_index_free)

G_END_DECLS
