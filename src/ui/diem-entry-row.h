/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-entry-row.h — a sidebar row: an entry's name, mention count, detail and note */
#pragma once

#include <gtk/gtk.h>

#include "diem-entry.h"

G_BEGIN_DECLS

#define DIEM_TYPE_ENTRY_ROW (diem_entry_row_get_type ())
G_DECLARE_FINAL_TYPE (DiemEntryRow, diem_entry_row, DIEM, ENTRY_ROW, GtkWidget)

DiemEntry *diem_entry_row_get_entry (DiemEntryRow *self);
void       diem_entry_row_set_entry (DiemEntryRow *self,
                                     DiemEntry    *entry);

G_END_DECLS
