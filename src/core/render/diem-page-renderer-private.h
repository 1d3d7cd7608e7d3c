/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-page-renderer-private.h — what the page renderer's parts share
 *
 * The renderer is built in four steps, one file each: blocks become text items
 * (diem-page-items.c), the summary sheet adds its own (diem-page-summary.c), as table
 * rows (diem-page-table.c), items are placed on pages (diem-page-pagination.c), and
 * placements are drawn (diem-page-drawing.c). diem-page-renderer.c holds the public API.
 */
#pragma once

#include <pango/pangocairo.h>

#include "diem-page-renderer.h"

G_BEGIN_DECLS

#define DIEM_PAGE_SERIF_FAMILIES DIEM_PAGE_BODY_FAMILIES
#define DIEM_PAGE_SANS_FAMILIES  "Noto Sans, DejaVu Sans, Liberation Sans, sans-serif"

/* A paragraph split across pages keeps at least this many lines on either side */
#define DIEM_PAGE_MIN_SPLIT_LINES 2

#define DIEM_PAGE_BOX_PADDING  9.0
#define DIEM_PAGE_PHOTO_HEIGHT 46.0  /* the placeholder's, where a named photo is not loaded */
#define DIEM_PAGE_PHOTO_MAX_HEIGHT 260.0
#define DIEM_PAGE_PHOTO_GAP    8.0
#define DIEM_PAGE_ROW_PADDING  3.5 /* above and below a table row's text, and above its continuation */

/* No link target */
#define DIEM_PAGE_NO_TARGET G_MAXSIZE

/* A link target is a mention's byte offset in the article, or one of the topmost
 * values, which name the parts of a digest (an article's pages, found from the
 * contents and the index): no article is that long. */
#define DIEM_PAGE_PART_TARGET(n)   (G_MAXSIZE - 1 - (gsize) (n))
#define DIEM_PAGE_IS_PART_TARGET(t) ((t) != DIEM_PAGE_NO_TARGET && (t) >= G_MAXSIZE - 1 - G_MAXUINT)
#define DIEM_PAGE_PART_OF_TARGET(t) ((guint) (G_MAXSIZE - 1 - (t)))

typedef enum
{
  DIEM_PAGE_ITEM_TEXT,
  DIEM_PAGE_ITEM_CAPTION,   /* a framed box: photo area, caption and credit */
  DIEM_PAGE_ITEM_TABLE_ROW, /* cells side by side; no layout of its own */
} DiemPageItemKind;

/* A table row's cells and rules, private to diem-page-table.c */
typedef struct _DiemPageRow DiemPageRow;

/* A link destination inside an item: where a mention of the article starts. */
typedef struct
{
  gsize  target; /* the mention's byte offset in the article; names the destination */
  int    index;  /* byte index in the item's text */
  int    line;   /* its line, and its position along that line in points */
  double x;
} DiemPageAnchor;

typedef struct _DiemPageItem
{
  DiemPageItemKind kind;
  PangoLayout     *layout;         /* NULL for a table row */
  guint            index;          /* in the renderer's items */
  guint            block;          /* index of the article block, or G_MAXUINT */
  guint32          color;          /* 0xRRGGBB */
  double           indent;         /* from the left margin, points */
  double           space_before;
  double           space_after;
  double           rule_below;     /* 0, or the room for a hairline under the last line */
  gboolean         keep_together;  /* only split when taller than a page */
  gboolean         keep_with_next; /* never the last thing on a page */
  gboolean         page_break_before;
  gboolean         keep_lines;     /* its renderer draws each page once, right after pagination */
  gsize            link_target;    /* a summary entry: the mention it links to, or DIEM_PAGE_NO_TARGET */
  GArray          *anchors;        /* (nullable) (element-type DiemPageAnchor) */
  DiemPageRow     *row;            /* (nullable) a table row's cells */
  struct _DiemPageItem *table_header; /* a table's body row: the header row to repeat where the table goes on */
  int              n_lines;        /* a table row: the bands it may split into, when taller than a page */
  double          *line_top;       /* n_lines + 1 entries; the last one is the layout's height */
  double          *baseline;       /* n_lines entries, from the layout's top */
  double          *line_x;         /* n_lines entries, alignment offset */
  cairo_surface_t *photo;          /* (nullable) a caption's photo, from the article's folder */
  double           photo_height;   /* a caption's photo area: the photo's, or the placeholder's */
} DiemPageItem;

typedef struct
{
  DiemPageItem *item;
  int           first_line;
  int           end_line;
  double        y;
  gboolean      repeated; /* a table's header row again, on a page the table goes on to */
} DiemPagePlacement;

/* An outline entry until pagination finds its page: the item it points at. */
typedef struct
{
  char         *title;
  guint         depth;
  DiemPageItem *item;
} DiemPageMark;

/* Adds the items of a part that shows no article (a digest's cover, contents, index). */
typedef void (*DiemPageBuildFunc) (DiemPageRenderer *self,
                                   gpointer          data);

struct _DiemPageRenderer
{
  DiemArticle     *article; /* (nullable) for a part built by @build */
  PangoFontMap    *font_map; /* the creating thread's: use a renderer in that thread */
  PangoContext    *context;
  double           page_width;
  double           page_height;
  double           margin;
  DiemPageContents contents;

  GPtrArray       *items;   /* (element-type DiemPageItem) */
  GPtrArray       *pages;   /* (element-type GArray<DiemPagePlacement>) */
  GArray          *marks;   /* (element-type DiemPageMark) in order */
  GArray          *outline; /* (element-type DiemPageOutlineEntry) from the marks, once placed */
  GHashTable      *targets; /* the link targets anchored in the pages */
  guint            summary_page; /* G_MAXUINT without a summary */

  char            *summary_text;  /* (nullable) the editor's summary, Markdown */
  char            *running_title; /* (nullable) the header, instead of the headline */
  guint            first_page;    /* the number of pages before these in the document */
  guint            total_pages;   /* the document's pages, or 0: these pages alone */
  gsize            part_target;   /* a destination at the first item, or DIEM_PAGE_NO_TARGET */
  DiemPageBuildFunc build;
  gpointer         build_data;
  GDestroyNotify   build_data_free;
  gboolean         keep_lines;    /* the items' lines stay until the renderer goes */
};

static inline double
diem_page_content_width (DiemPageRenderer *self)
{
  return self->page_width - 2 * self->margin;
}

static inline double
diem_page_content_bottom (DiemPageRenderer *self)
{
  return self->page_height - self->margin;
}

/* diem-page-items.c */
PangoFontDescription *diem_page_font_new              (const char  *families,
                                                       double       size,
                                                       PangoWeight  weight,
                                                       PangoStyle   style);
DiemPageItem         *diem_page_text_item_new         (DiemPageRenderer     *self,
                                                       const char           *text,
                                                       PangoFontDescription *font,
                                                       PangoAttrList        *attrs,
                                                       double                width,
                                                       PangoAlignment        alignment,
                                                       gboolean              justify,
                                                       double                line_spacing);
void                  diem_page_add_attribute         (PangoAttrList  *attrs,
                                                       PangoAttribute *attr,
                                                       gsize           start,
                                                       gsize           end);
DiemPageItem         *diem_page_add_text_item         (DiemPageRenderer     *self,
                                                       DiemPageItemKind      kind,
                                                       const char           *text,
                                                       PangoFontDescription *font,
                                                       PangoAttrList        *attrs,
                                                       double                indent,
                                                       PangoAlignment        alignment,
                                                       gboolean              justify,
                                                       double                line_spacing);
void                  diem_page_item_measure_lines    (DiemPageItem *item);
void                  diem_page_item_release_lines    (DiemPageItem *item);
void                  diem_page_item_free             (DiemPageItem *item);
void                  diem_page_add_article           (DiemPageRenderer *self,
                                                       GArray           *targets);
char                 *diem_page_dup_article_title     (DiemArticle      *article);

/* diem-page-summary.c */
GArray               *diem_page_summary_targets       (DiemArticle *article);
void                  diem_page_add_summary           (DiemPageRenderer *self);

/* diem-page-table.c */
typedef struct
{
  const char    *title;
  double         width;     /* a fraction of the text width */
  PangoAlignment alignment;
} DiemPageColumn;

/* A table being added to the renderer's items, row after row. */
typedef struct
{
  DiemPageRenderer     *renderer;
  const DiemPageColumn *columns;
  guint                 n_columns;
  DiemPageItem         *header;
  DiemPageItem         *row_before_last;
  DiemPageItem         *last_row;
} DiemPageTable;

/* How a body cell is set: its face, and whether it is the row's name. */
typedef enum
{
  DIEM_PAGE_CELL_PLAIN,
  DIEM_PAGE_CELL_NAME,   /* bold */
  DIEM_PAGE_CELL_NUMBER, /* figures of one width */
  DIEM_PAGE_CELL_NOTE,   /* secondary: grey */
} DiemPageCellStyle;

void                  diem_page_table_begin           (DiemPageTable        *table,
                                                       DiemPageRenderer     *self,
                                                       const DiemPageColumn *columns,
                                                       guint                 n_columns);
DiemPageItem         *diem_page_table_add_row         (DiemPageTable            *table,
                                                       const char *const        *texts,
                                                       const DiemPageCellStyle  *styles);
void                  diem_page_table_link_cell       (DiemPageItem *row,
                                                       guint         column,
                                                       const gsize  *targets,
                                                       guint         n_targets);
void                  diem_page_table_end             (DiemPageTable *table);
gboolean              diem_page_row_is_header         (DiemPageItem *item);
void                  diem_page_row_draw              (DiemPageRenderer  *self,
                                                       cairo_t           *cr,
                                                       DiemPagePlacement *placement);
void                  diem_page_row_free              (DiemPageRow *row);
void                  diem_page_row_release_lines     (DiemPageRow *row);

/* diem-page-markdown.c */
void                  diem_page_add_markdown          (DiemPageRenderer *self,
                                                       const char       *markdown);

/* diem-page-summary.c */
void                  diem_page_add_article_heading   (DiemPageRenderer *self);
DiemPageItem         *diem_page_add_section_heading   (DiemPageRenderer *self,
                                                       const char       *title);

/* diem-page-renderer.c */
DiemPageRenderer     *diem_page_renderer_new_part     (double            page_width,
                                                       double            page_height,
                                                       double            margin,
                                                       DiemPageBuildFunc build,
                                                       gpointer          data);
void                  diem_page_renderer_keep_lines   (DiemPageRenderer *self);
void                  diem_page_add_mark              (DiemPageRenderer *self,
                                                       char             *title,
                                                       guint             depth,
                                                       DiemPageItem     *item);

/* diem-page-pagination.c */
double                diem_page_item_height           (DiemPageItem *item,
                                                       int           first_line,
                                                       int           end_line);
double                diem_page_item_text_top         (DiemPageItem *item,
                                                       int           first_line);
void                  diem_page_place_items           (DiemPageRenderer *self,
                                                       guint             summary_item);

/* diem-page-drawing.c */
void                  diem_page_draw_placements       (DiemPageRenderer *self,
                                                       cairo_t          *cr,
                                                       guint             page_index);
void                  diem_page_set_color             (cairo_t *cr,
                                                       guint32  rgb);
void                  diem_page_draw_lines            (cairo_t      *cr,
                                                       DiemPageItem *item,
                                                       int           first_line,
                                                       int           end_line,
                                                       double        x,
                                                       double        y,
                                                       const gsize  *line_targets);

G_END_DECLS
