/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-desk-window.h — the articles the editor has worked on, newest first */
#pragma once

#include <adwaita.h>

#include "diem-desk-store.h"

G_BEGIN_DECLS

#define DIEM_TYPE_DESK_WINDOW (diem_desk_window_get_type ())
G_DECLARE_FINAL_TYPE (DiemDeskWindow, diem_desk_window, DIEM, DESK_WINDOW, AdwWindow)

DiemDeskWindow *diem_desk_window_new        (DiemDeskStore  *store);
void            diem_desk_window_reload     (DiemDeskWindow *self);
GListModel     *diem_desk_window_get_items  (DiemDeskWindow *self);
void            diem_desk_window_set_query  (DiemDeskWindow *self,
                                             const char     *query);
void            diem_desk_window_export_digest (DiemDeskWindow *self,
                                                GFile          *file);

G_END_DECLS
