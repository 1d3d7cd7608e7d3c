/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-reading-view.h — the article as calm, read-only text with framed photo captions */
#pragma once

#include <adwaita.h>

#include "diem-article-buffer.h"

G_BEGIN_DECLS

/* What moving to the next or previous target steps through */
typedef enum {
  DIEM_TARGET_NONE,
  DIEM_TARGET_MENTIONS,
  DIEM_TARGET_MATCHES,
} DiemTargetKind;

#define DIEM_TYPE_READING_VIEW (diem_reading_view_get_type ())
G_DECLARE_FINAL_TYPE (DiemReadingView, diem_reading_view, DIEM, READING_VIEW, AdwBin)

void               diem_reading_view_set_article   (DiemReadingView *self,
                                                    DiemArticle     *article);
void               diem_reading_view_load_article  (DiemReadingView *self,
                                                    DiemArticle     *article);
gboolean           diem_reading_view_is_filled     (DiemReadingView *self);
gboolean           diem_reading_view_highlight     (DiemReadingView *self,
                                                    GArray          *mentions);
void               diem_reading_view_find          (DiemReadingView *self,
                                                    const char      *query,
                                                    gboolean         match_diacritics);
gboolean           diem_reading_view_is_searching  (DiemReadingView *self);
gboolean           diem_reading_view_move_current  (DiemReadingView *self,
                                                    gboolean         forward);
gboolean           diem_reading_view_is_seeking    (DiemReadingView *self);
gboolean           diem_reading_view_is_current_pending (DiemReadingView *self);
void               diem_reading_view_clear_targets (DiemReadingView *self);
DiemTargetKind     diem_reading_view_get_target_kind (DiemReadingView *self);
guint              diem_reading_view_get_n_targets (DiemReadingView *self);
int                diem_reading_view_get_current   (DiemReadingView *self);
GtkTextTag        *diem_reading_view_get_current_tag (DiemReadingView *self);
GtkTextTag        *diem_reading_view_get_match_tag (DiemReadingView *self);
DiemArticleBuffer *diem_reading_view_get_buffer    (DiemReadingView *self);
GtkTextView       *diem_reading_view_get_text_view (DiemReadingView *self);
void               diem_reading_view_set_zoom      (DiemReadingView *self,
                                                    double           zoom);
int                diem_reading_view_get_position  (DiemReadingView *self);
void               diem_reading_view_set_position  (DiemReadingView *self,
                                                    int              offset);

G_END_DECLS
