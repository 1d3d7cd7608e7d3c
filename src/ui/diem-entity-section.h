/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-entity-section.h — one collapsible sidebar section: a header with a count, a list */
#pragma once

#include <gtk/gtk.h>

#include "diem-entry.h"

G_BEGIN_DECLS

#define DIEM_TYPE_ENTITY_SECTION (diem_entity_section_get_type ())
G_DECLARE_FINAL_TYPE (DiemEntitySection, diem_entity_section, DIEM, ENTITY_SECTION, GtkWidget)

GtkListBox *diem_entity_section_get_list_box  (DiemEntitySection *self);
GListModel *diem_entity_section_get_entries   (DiemEntitySection *self);
void        diem_entity_section_set_entries   (DiemEntitySection *self,
                                               GListModel        *entries);
DiemEntry  *diem_entity_section_get_active    (DiemEntitySection *self);
void        diem_entity_section_set_active    (DiemEntitySection *self,
                                               DiemEntry         *entry);
void        diem_entity_section_clear_active  (DiemEntitySection *self);
void        diem_entity_section_set_count     (DiemEntitySection *self,
                                               guint              count);
gboolean    diem_entity_section_get_expanded  (DiemEntitySection *self);
void        diem_entity_section_set_expanded  (DiemEntitySection *self,
                                               gboolean           expanded);

G_END_DECLS
