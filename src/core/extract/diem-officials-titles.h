/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-officials-titles.h — an official's titles compared and merged; the title key
 * they are compared by is public, in diem-officials.h */
#pragma once

#include "diem-entities.h"

G_BEGIN_DECLS

void     diem_official_merge_title             (DiemOfficial *official,
                                                const char   *title);
gboolean diem_official_titles_deputy_pair      (const char   *a,
                                                const char   *b);
void     diem_official_titles_join_ministerial (GPtrArray    *titles);

G_END_DECLS
