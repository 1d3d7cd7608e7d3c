/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-officials-names.h — a personal name and the titles around it */
#pragma once

#include "diem-officials-reader.h"

G_BEGIN_DECLS

void  diem_officials_read_name            (DiemOfficialsReader   *ctx,
                                           const DiemNameMention *named,
                                           guint                  sentence_start,
                                           guint                  sentence_end);
guint diem_officials_read_short_reference (DiemOfficialsReader   *ctx,
                                           guint                  address,
                                           guint                  sentence_start,
                                           guint                  sentence_end);

G_END_DECLS
