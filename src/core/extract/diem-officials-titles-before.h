/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-officials-titles-before.h — the chain of titles written before a name */
#pragma once

#include "diem-officials-reader.h"

G_BEGIN_DECLS

GPtrArray *diem_officials_titles_before (const DiemOfficialsReader *ctx,
                                         guint                      sentence_start,
                                         guint                      end,
                                         gboolean                   after_comma);

G_END_DECLS
