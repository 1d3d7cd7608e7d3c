/* diem-page-renderer.h — the article and its summary laid out on pages
 *
 * Pagination runs once, on a device-independent Pango context (72 dpi, unhinted
 * metrics), so the same pages can be drawn onto any cairo_t whose units are points:
 * a PDF surface, or a print context.
 */
#pragma once

#include <cairo.h>

#include "diem-article.h"

G_BEGIN_DECLS

/* The body face, with fallbacks; a serif that covers Vietnamese comes first. */
#define DIEM_PAGE_BODY_FAMILIES "Noto Serif, DejaVu Serif, Liberation Serif, serif"

typedef struct _DiemPageRenderer DiemPageRenderer;

typedef enum
{
  DIEM_PAGE_CONTENTS_BOTH,    /* the article, then the summary sheet */
  DIEM_PAGE_CONTENTS_ARTICLE,
  DIEM_PAGE_CONTENTS_SUMMARY,
} DiemPageContents;

DiemPageRenderer *diem_page_renderer_new              (DiemArticle *article,
                                                       double       page_width,
                                                       double       page_height,
                                                       double       margin);
void              diem_page_renderer_free             (DiemPageRenderer *self);

void              diem_page_renderer_set_contents     (DiemPageRenderer *self,
                                                       DiemPageContents  contents);
guint             diem_page_renderer_paginate         (DiemPageRenderer *self);
guint             diem_page_renderer_get_n_pages      (DiemPageRenderer *self);
guint             diem_page_renderer_get_summary_page (DiemPageRenderer *self);

void              diem_page_renderer_draw_page        (DiemPageRenderer *self,
                                                       cairo_t          *cr,
                                                       guint             page_index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DiemPageRenderer, diem_page_renderer_free)

G_END_DECLS
