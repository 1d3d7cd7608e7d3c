/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-officials.h — named people who hold an office, with every mention of them */
#pragma once

#include "diem-entities.h"
#include "diem-tokens.h"

G_BEGIN_DECLS

void                diem_officials_extract    (const DiemTokens *tokens,
                                               GPtrArray        *officials);
const DiemOfficial *diem_officials_find_given (GPtrArray        *officials,
                                               const char       *given_key);
char               *diem_official_title_key   (const char       *title);

G_END_DECLS
