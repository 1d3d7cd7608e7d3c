/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-officials-foreign-names.h — names the family-name list cannot know */
#pragma once

#include "diem-officials-reader.h"

G_BEGIN_DECLS

void     diem_officials_read_foreign_name           (DiemOfficialsReader *ctx,
                                                     guint                run_start,
                                                     guint                run_end,
                                                     guint                sentence_end);
guint    diem_officials_read_addressed_foreign_name (DiemOfficialsReader *ctx,
                                                     guint                address,
                                                     guint                sentence_start,
                                                     guint                sentence_end);

G_END_DECLS
