/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-entry-row-private.h — what the sidebar's section asks of its rows */
#pragma once

#include "diem-entry-row.h"

G_BEGIN_DECLS

void _diem_entry_row_update_active (DiemEntryRow *self);

G_END_DECLS
