/* diem-reading-view.h — the article as calm, read-only text with framed photo captions */
#pragma once

#include <adwaita.h>

#include "diem-article-buffer.h"

G_BEGIN_DECLS

#define DIEM_TYPE_READING_VIEW (diem_reading_view_get_type ())
G_DECLARE_FINAL_TYPE (DiemReadingView, diem_reading_view, DIEM, READING_VIEW, AdwBin)

void               diem_reading_view_set_article   (DiemReadingView *self,
                                                    DiemArticle     *article);
gboolean           diem_reading_view_highlight     (DiemReadingView *self,
                                                    GArray          *mentions);
DiemArticleBuffer *diem_reading_view_get_buffer    (DiemReadingView *self);
GtkTextView       *diem_reading_view_get_text_view (DiemReadingView *self);
void               diem_reading_view_set_zoom      (DiemReadingView *self,
                                                    double           zoom);

G_END_DECLS
