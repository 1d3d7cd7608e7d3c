/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-sidebar.h — what the article names: a section per category of the registry */
#pragma once

#include <adwaita.h>

#include "diem-article.h"
#include "diem-corrections.h"
#include "diem-entity-section.h"

G_BEGIN_DECLS

#define DIEM_TYPE_SIDEBAR (diem_sidebar_get_type ())
G_DECLARE_FINAL_TYPE (DiemSidebar, diem_sidebar, DIEM, SIDEBAR, AdwBin)

void               diem_sidebar_set_article      (DiemSidebar *self,
                                                  DiemArticle *article);
void               diem_sidebar_set_corrected    (DiemSidebar   *self,
                                                  DiemArticle   *article,
                                                  DiemCorrected *corrected);
DiemEntry         *diem_sidebar_find_entry       (DiemSidebar *self,
                                                  const char  *category,
                                                  const char  *key);
DiemEntry         *diem_sidebar_get_active_entry (DiemSidebar *self);
void               diem_sidebar_set_active_entry (DiemSidebar *self,
                                                  DiemEntry   *entry);
DiemEntitySection *diem_sidebar_get_section      (DiemSidebar *self,
                                                  const char  *key);
GtkListBox        *diem_sidebar_get_list_box     (DiemSidebar *self,
                                                  const char  *key);
GListModel        *diem_sidebar_get_entries      (DiemSidebar *self,
                                                  const char  *key);
const char        *diem_sidebar_get_active_title (DiemSidebar *self);

G_END_DECLS
