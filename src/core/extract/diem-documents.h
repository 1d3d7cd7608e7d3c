/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-documents.h — resolutions and other legal and party documents */
#pragma once

#include "diem-entities.h"
#include "diem-tokens.h"

G_BEGIN_DECLS

void diem_documents_extract (const DiemTokens *tokens,
                             GPtrArray        *resolutions,
                             GPtrArray        *documents);

G_END_DECLS
