/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-officials-verbs.h — offices given by a verb ("được bầu làm", "giữ chức") */
#pragma once

#include "diem-officials-reader.h"

G_BEGIN_DECLS

gboolean diem_officials_completes_verb_office (const DiemOfficialsReader *ctx,
                                               guint                      r,
                                               guint                      sentence_start,
                                               guint                      first_name);
void     diem_officials_read_office_verbs     (DiemOfficialsReader       *ctx,
                                               guint                      start,
                                               guint                      end,
                                               guint                      first_name);

G_END_DECLS
