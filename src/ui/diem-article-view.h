/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-article-view.h — a read-only text view that draws each photo caption as a card */
#pragma once

#include <gtk/gtk.h>

#include "diem-article-buffer.h"

G_BEGIN_DECLS

#define DIEM_TYPE_ARTICLE_VIEW (diem_article_view_get_type ())
G_DECLARE_FINAL_TYPE (DiemArticleView, diem_article_view, DIEM, ARTICLE_VIEW, GtkTextView)

int diem_article_view_get_photo_width (DiemArticleView *self);

void diem_article_view_queue_photo_width (DiemArticleView *self);

GtkPopover *diem_article_view_get_context_menu (DiemArticleView *self);

G_END_DECLS
