/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-window-private.h — what the window's own source files share */
#pragma once

#include "diem-pdf-export.h"
#include "diem-window.h"

G_BEGIN_DECLS

struct _DiemWindow
{
  AdwApplicationWindow  parent_instance;

  AdwWindowTitle       *window_title;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  GtkPaned             *paned;
  DiemSidebar          *sidebar;
  DiemReadingView      *reading_view;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  GtkToggleButton      *diacritics_button;
  GtkLabel             *match_label;
  GtkWidget            *mention_pill;
  GtkLabel             *mention_title;
  GtkLabel             *mention_label;
  GMenu                *recent_menu;
  GtkRevealer          *file_banner;
  GtkLabel             *file_banner_label;
  GtkWidget            *reload_button;

  GSettings            *settings;
  DiemArticle          *article;
  GCancellable         *load_cancellable;
  GFileMonitor         *file_monitor;
  GtkRevealer          *export_bar;
  GtkLabel             *export_label;
  GtkProgressBar       *export_progress;
  GCancellable         *export_cancellable;
  guint                 export_progress_source;
  double                zoom;
  guint                 loading : 1;
  guint                 sidebar_visible : 1;
};

/* Shared between the window's files only, hence the leading underscore. */
void _diem_window_show_toast           (DiemWindow *self,
                                        const char *message);

/* diem-window-export.c */
void _diem_window_export_pdf_action    (GtkWidget  *widget,
                                        const char *action_name,
                                        GVariant   *parameter);
void _diem_window_cancel_export_action (GtkWidget  *widget,
                                        const char *action_name,
                                        GVariant   *parameter);
void _diem_window_cancel_export        (DiemWindow *self);

G_END_DECLS
