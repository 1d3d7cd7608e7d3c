/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-officials-mentions.h — every mention of an official, once all are read */
#pragma once

#include "diem-officials-reader.h"

G_BEGIN_DECLS

void diem_officials_link_mentions (DiemOfficialsReader *ctx);

G_END_DECLS
