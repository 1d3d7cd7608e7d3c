/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-awards.h — honours, their classes, recipients and presenters */
#pragma once

#include "diem-entities.h"
#include "diem-tokens.h"

G_BEGIN_DECLS

void diem_awards_extract (const DiemTokens *tokens,
                          GPtrArray        *officials,
                          GPtrArray        *awards);

G_END_DECLS
