/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-window-private.h — what the window's own source files share */
#pragma once

#include "diem-corrections.h"
#include "diem-pdf-export.h"
#include "diem-summary-pane.h"
#include "diem-window.h"
#include "diem-work-keeper.h"

G_BEGIN_DECLS

struct _DiemWindow
{
  AdwApplicationWindow  parent_instance;

  AdwWindowTitle       *window_title;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  AdwFlap              *flap;
  GtkButton            *export_button;
  GtkButton            *open_button;
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
  DiemSummaryPane      *summary_pane;
  GtkToggleButton      *summary_button;
  GtkWidget            *spinner;

  GSettings            *settings;
  DiemArticle          *article;
  GCancellable         *load_cancellable; /* the open under way: reading, then extracting */
  guint                 progress_source;
  guint                 compact_source;
  AdwToast             *zoom_toast;     /* (nullable) the toast saying the text size, while shown */
  GtkWidget            *export_content; /* (owned) the export button's icon and label */
  GFileMonitor         *file_monitor;
  GtkRevealer          *export_bar;
  GtkLabel             *export_label;
  GtkProgressBar       *export_progress;
  GCancellable         *export_cancellable;
  guint                 export_progress_source;
  double                zoom;
  DiemWorkKeeper       *keeper;           /* (nullable) until an article opens */
  int                   desk_error_shown;  /* the desk error code + 1 last toasted */
  gint64                pending_position;  /* kept reading position to restore, or 0 */
  DiemCorrected        *corrected;        /* (nullable) the open article's log, replayed */
  GPtrArray            *redo;             /* (element-type DiemDeskCorrection) undone, the last first to redo */
  GtkWidget            *selection_menu;   /* "Add selection as…", on the reading view */
  guint                 restoring_work : 1;
  guint                 loading : 1;
  guint                 extracting : 1;   /* the extraction's result has not reached the sidebar yet */
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

/* diem-window-desk.c */
void _diem_window_desk_class_init   (GtkWidgetClass *widget_class);
void _diem_window_desk_init         (DiemWindow  *self);
void _diem_window_desk_set_article  (DiemWindow  *self,
                                     DiemArticle *article);
void _diem_window_desk_close        (DiemWindow  *self);
void _diem_window_desk_restore_position (DiemWindow *self);
void _diem_window_desk_dispose      (DiemWindow  *self);

/* diem-window-corrections.c */
void        _diem_window_corrections_class_init  (GtkWidgetClass *widget_class);
void        _diem_window_corrections_init        (DiemWindow     *self);
void        _diem_window_corrections_set_article (DiemWindow     *self,
                                                  DiemArticle    *article);
void        _diem_window_corrections_dispose     (DiemWindow     *self);
GMenuModel *_diem_window_corrections_create_selection_menu (void);

G_END_DECLS
