/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-window-private.h — what the window's own source files share */
#pragma once

#include <json-glib/json-glib.h>

#include "diem-correction-dialog.h"
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
  DiemSidebar          *sidebar;
  DiemReadingView      *reading_view;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  GtkToggleButton      *diacritics_button;
  GtkLabel             *match_label;
  GtkLabel             *match_short_label;
  GtkWidget            *mention_pill;
  GtkLabel             *mention_title;
  GtkLabel             *mention_label;
  GMenu                *recent_menu;
  GtkRevealer          *file_banner;
  GtkRevealer          *photos_banner;
  GtkLabel             *file_banner_label;
  GtkWidget            *reload_button;
  DiemSummaryPane      *summary_pane;
  GtkToggleButton      *summary_button;
  GtkWidget            *spinner;

  GSettings            *settings;
  DiemArticle          *article;
  GCancellable         *load_cancellable; /* the open under way: reading, then extracting */
  guint                 progress_source;
  guint                 seek_source;     /* shows a jump is under way once it takes a moment */
  gboolean              seek_shown;      /* the view says it is on its way to a target */
  guint                 compact_source;
  guint                 refocus_source;  /* brings the focus back out of a closed menu */
  AdwToast             *zoom_toast;     /* (nullable) the toast saying the text size, while shown */
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
  char                 *photos_offered;   /* (nullable) the page whose folder was last offered */
  guint                 restoring_work : 1;
  guint                 loading : 1;
  guint                 extraction_shown : 1; /* the sidebar shows the article's extraction */
  guint                 sidebar_visible : 1;
};

/* Shared between the window's files only, hence the leading underscore. */
void _diem_window_show_toast           (DiemWindow *self,
                                        const char *message);

/* diem-window-export.c */
void _diem_window_export_class_init    (GtkWidgetClass *widget_class);
void _diem_window_export_pdf_action    (GtkWidget  *widget,
                                        const char *action_name,
                                        GVariant   *parameter);
void _diem_window_cancel_export_action (GtkWidget  *widget,
                                        const char *action_name,
                                        GVariant   *parameter);
void _diem_window_cancel_export        (DiemWindow *self);

/* diem-window-photos.c */
void _diem_window_photos_class_init (GtkWidgetClass *widget_class);
void _diem_window_photos_check      (DiemWindow     *self);
void _diem_window_grant_photo_folder (DiemWindow    *self,
                                      GFile         *folder);
void _diem_window_photos_dispose    (DiemWindow     *self);

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
void        _diem_window_corrections_update_actions (DiemWindow  *self);
gboolean    _diem_window_can_correct             (DiemWindow     *self);
void        _diem_window_show_entry              (DiemWindow     *self,
                                                  const char     *category,
                                                  const char     *key,
                                                  const char     *parent_key);
gboolean    _diem_window_correct                 (DiemWindow     *self,
                                                  const char     *category,
                                                  const char     *action,
                                                  const char     *entry,
                                                  JsonNode       *payload,
                                                  const char     *renamed_to);
void        _diem_window_payload_add_string      (JsonBuilder    *builder,
                                                  const char     *member,
                                                  const char     *value);
void        _diem_window_payload_add_strings     (JsonBuilder    *builder,
                                                  const char     *member,
                                                  GPtrArray      *values);
JsonNode   *_diem_window_list_payload            (const char     *member,
                                                  GPtrArray      *values,
                                                  const char     *extra,
                                                  const char     *without);
JsonNode   *_diem_window_member_payload          (const char     *member,
                                                  const char     *value);
gconstpointer _diem_window_find_listed           (DiemWindow         *self,
                                                  const DiemCategory *category,
                                                  const char         *key);
GPtrArray  *_diem_window_listed_keys             (DiemWindow     *self,
                                                  const char     *category_key,
                                                  const char     *except);
GPtrArray  *_diem_window_listed_strings          (DiemWindow     *self,
                                                  const char     *category_key,
                                                  const char     *key,
                                                  const char     *field);
DiemCorrectionDialog *_diem_window_new_correction_dialog (DiemWindow *self,
                                                          const char *heading,
                                                          const char *body,
                                                          const char *apply_label,
                                                          GCallback   on_response);
void        _diem_window_dialog_add_choice       (DiemCorrectionDialog *dialog,
                                                  const char           *id,
                                                  const char           *title,
                                                  GPtrArray            *choices);
const char *_diem_window_dialog_chosen           (DiemCorrectionDialog *dialog,
                                                  const char           *id);

/* diem-window-selection.c */
void        _diem_window_selection_class_init    (GtkWidgetClass *widget_class);
void        _diem_window_selection_init          (DiemWindow     *self);
void        _diem_window_selection_dispose       (DiemWindow     *self);

G_END_DECLS
