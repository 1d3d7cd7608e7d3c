/* SPDX-License-Identifier: GPL-3.0-or-later */
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

/* An entry of the document outline (a PDF's bookmarks) */
typedef struct
{
  const char *title;
  guint       depth;      /* 0: a part (the article, the summary); 1: a section of the part above */
  guint       page_index;
  double      y;          /* points from the top of the page */
} DiemPageOutlineEntry;

DiemPageRenderer *diem_page_renderer_new              (DiemArticle *article,
                                                       double       page_width,
                                                       double       page_height,
                                                       double       margin);
void              diem_page_renderer_free             (DiemPageRenderer *self);

void              diem_page_renderer_set_contents     (DiemPageRenderer *self,
                                                       DiemPageContents  contents);
void              diem_page_renderer_set_summary_text (DiemPageRenderer *self,
                                                       const char       *markdown);
void              diem_page_renderer_set_running_title (DiemPageRenderer *self,
                                                        const char       *title);
void              diem_page_renderer_set_numbering    (DiemPageRenderer *self,
                                                       guint             first_page,
                                                       guint             total_pages);
guint             diem_page_renderer_paginate         (DiemPageRenderer *self);
guint             diem_page_renderer_get_n_pages      (DiemPageRenderer *self);
guint             diem_page_renderer_get_summary_page (DiemPageRenderer *self);
const DiemPageOutlineEntry *
                  diem_page_renderer_get_outline      (DiemPageRenderer *self,
                                                       guint            *n_entries);

void              diem_page_renderer_draw_page        (DiemPageRenderer *self,
                                                       cairo_t          *cr,
                                                       guint             page_index);

/* For tests and debugging: what pagination put on a page, from top to bottom. */
typedef enum
{
  DIEM_PAGE_BOX_TEXT,
  DIEM_PAGE_BOX_HEADING, /* kept with what follows */
  DIEM_PAGE_BOX_CAPTION, /* a framed photo and caption */
  DIEM_PAGE_BOX_TABLE_HEADER, /* a table's header row, kept with the row under it */
  DIEM_PAGE_BOX_TABLE_ROW,
} DiemPageBoxKind;

typedef struct
{
  DiemPageBoxKind kind;
  guint           block;      /* index of the article block it shows, or G_MAXUINT (summary) */
  guint           layout;     /* which layout: one on two pages is split there */
  int             first_line; /* the layout's lines shown here: [first_line, end_line) */
  int             end_line;
  int             n_lines;
  double          top;        /* points from the top of the page */
  double          bottom;
  guint           table;      /* a table's header or row: the header's layout, else G_MAXUINT */
  gboolean        repeated;   /* a table's header again, on a page the table goes on to */
} DiemPageBox;

gboolean          diem_page_renderer_get_box          (DiemPageRenderer *self,
                                                       guint             page_index,
                                                       guint             box_index,
                                                       DiemPageBox      *box);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DiemPageRenderer, diem_page_renderer_free)

G_END_DECLS
