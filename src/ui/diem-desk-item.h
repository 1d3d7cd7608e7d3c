/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-desk-item.h — one article on the editor's desk, for the desk's list */
#pragma once

#include <glib-object.h>

#include "diem-desk-store.h"

G_BEGIN_DECLS

#define DIEM_TYPE_DESK_ITEM (diem_desk_item_get_type ())
G_DECLARE_FINAL_TYPE (DiemDeskItem, diem_desk_item, DIEM, DESK_ITEM, GObject)

DiemDeskItem *diem_desk_item_new          (const DiemDeskRow *row);
const char   *diem_desk_item_get_hash     (DiemDeskItem *self);
const char   *diem_desk_item_get_headline (DiemDeskItem *self);
const char   *diem_desk_item_get_source_uri (DiemDeskItem *self);
char         *diem_desk_item_dup_details  (DiemDeskItem *self);
gboolean      diem_desk_item_get_ready    (DiemDeskItem *self);
void          diem_desk_item_set_ready    (DiemDeskItem *self,
                                           gboolean      ready);

G_END_DECLS
