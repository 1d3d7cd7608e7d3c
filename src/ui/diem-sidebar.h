/* diem-sidebar.h — what the article names: officials, award tiers, resolutions, other documents */
#pragma once

#include <adwaita.h>

#include "diem-article.h"
#include "diem-entity-section.h"

G_BEGIN_DECLS

typedef enum
{
  DIEM_SIDEBAR_OFFICIALS,
  DIEM_SIDEBAR_AWARDS,
  DIEM_SIDEBAR_RESOLUTIONS,
  DIEM_SIDEBAR_DOCUMENTS,
} DiemSidebarSection;

#define DIEM_TYPE_SIDEBAR (diem_sidebar_get_type ())
G_DECLARE_FINAL_TYPE (DiemSidebar, diem_sidebar, DIEM, SIDEBAR, AdwBin)

void        diem_sidebar_set_article   (DiemSidebar        *self,
                                        DiemArticle        *article);
GtkListBox *diem_sidebar_get_list_box  (DiemSidebar        *self,
                                        DiemSidebarSection  section);
DiemEntitySection *
            diem_sidebar_get_section   (DiemSidebar        *self,
                                        DiemSidebarSection  section);
char       *diem_sidebar_dup_row_text  (GtkListBoxRow      *row);
const char *diem_sidebar_get_active_title (DiemSidebar    *self);

G_END_DECLS
