/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-text-search.h — finding a query in a text a stretch at a time
 *
 * A search runs over the article's own text, not a copy of it: each stretch is folded
 * (or only lower-cased) on its own, so a long text is searched in parts that each take
 * little time and memory, and a search can stop between two of them. Line breaks and
 * tabs count as spaces, as the reading view shows them inside a paragraph.
 */
#pragma once

#include <glib.h>

#include "diem-span.h"

G_BEGIN_DECLS

typedef struct _DiemTextSearch DiemTextSearch;

DiemTextSearch *diem_text_search_new        (const char     *query,
                                             gboolean        match_diacritics);
void            diem_text_search_free       (DiemTextSearch *self);
gboolean        diem_text_search_is_empty   (DiemTextSearch *self);
void            diem_text_search_range      (DiemTextSearch *self,
                                             const char     *text,
                                             gsize           length,
                                             gsize           from,
                                             gsize           to,
                                             GArray         *matches);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DiemTextSearch, diem_text_search_free)

G_END_DECLS
