/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-fold.h — Vietnamese diacritic folding for search and matching
 *
 * "Nguyễn Đức" folds to "nguyen duc": marks dropped, đ → d, lower case. The byte map
 * lets a match in the folded string be shown at the right place in the original.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *diem_fold          (const char *text,
                          gssize      length);
char *diem_fold_with_map (const char *text,
                          gssize      length,
                          GArray    **byte_map);
char *diem_fold_case     (const char *text);

G_END_DECLS
