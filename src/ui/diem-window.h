/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-window.h — one article: header bar, extraction sidebar, reading view */
#pragma once

#include <adwaita.h>

#include "diem-article.h"
#include "diem-reading-view.h"
#include "diem-sidebar.h"

G_BEGIN_DECLS

#define DIEM_TYPE_WINDOW (diem_window_get_type ())
G_DECLARE_FINAL_TYPE (DiemWindow, diem_window, DIEM, WINDOW, AdwApplicationWindow)

DiemWindow      *diem_window_new              (GtkApplication *application);
void             diem_window_open_file        (DiemWindow     *self,
                                               GFile          *file);
void             diem_window_show_sample      (DiemWindow     *self);
void             diem_window_export_to_file   (DiemWindow     *self,
                                               GFile          *file);
DiemArticle     *diem_window_get_article      (DiemWindow     *self);
gboolean         diem_window_get_loading      (DiemWindow     *self);
gboolean         diem_window_get_exporting    (DiemWindow     *self);
DiemSidebar     *diem_window_get_sidebar      (DiemWindow     *self);
DiemReadingView *diem_window_get_reading_view (DiemWindow     *self);
GMenuModel      *diem_window_get_recent_menu  (DiemWindow     *self);

G_END_DECLS
