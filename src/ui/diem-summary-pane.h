/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-summary-pane.h — where the editor writes the article's summary */
#pragma once

#include <gtk/gtk.h>

#include "diem-article.h"

G_BEGIN_DECLS

#define DIEM_TYPE_SUMMARY_PANE (diem_summary_pane_get_type ())
G_DECLARE_FINAL_TYPE (DiemSummaryPane, diem_summary_pane, DIEM, SUMMARY_PANE, GtkWidget)

GtkWidget *diem_summary_pane_new            (void);
void       diem_summary_pane_set_article    (DiemSummaryPane *self,
                                             DiemArticle     *article,
                                             const char      *kept_summary,
                                             gboolean         kept_edited);
void       diem_summary_pane_set_lists      (DiemSummaryPane *self,
                                             GPtrArray       *awards,
                                             GPtrArray       *documents);
char      *diem_summary_pane_dup_text       (DiemSummaryPane *self);
gboolean   diem_summary_pane_get_edited     (DiemSummaryPane *self);
guint      diem_summary_pane_get_word_count (DiemSummaryPane *self);
guint      diem_summary_pane_get_target_words (DiemSummaryPane *self);
void       diem_summary_pane_set_target_words (DiemSummaryPane *self,
                                               guint            words);
void       diem_summary_pane_grab_text_focus (DiemSummaryPane *self);
void       diem_summary_pane_regenerate     (DiemSummaryPane *self,
                                             gboolean         replace_edited);

G_END_DECLS
