/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-page-renderer.c — the article and its summary laid out on pages
 *
 * Pagination places whole layouts or runs of their lines on pages; drawing replays
 * those placements line by line. The parts live in diem-page-*.c.
 */
#include "config.h"

#include "diem-page-renderer-private.h"

static void
clear_mark (gpointer data)
{
  g_free (((DiemPageMark *) data)->title);
}

/* An outline entry at @item; takes @title. */
void
diem_page_add_mark (DiemPageRenderer *self,
                    char             *title,
                    guint             depth,
                    DiemPageItem     *item)
{
  DiemPageMark mark = { title, depth, item };

  g_array_append_val (self->marks, mark);
}

/* Each mark's page and height, from its item's first placement. */
static void
build_outline (DiemPageRenderer *self)
{
  g_autoptr(GHashTable) marked = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < self->marks->len; i++)
    {
      DiemPageMark *mark = &g_array_index (self->marks, DiemPageMark, i);
      DiemPageOutlineEntry entry = { mark->title, mark->depth, 0, 0 };

      g_array_append_val (self->outline, entry);
      g_hash_table_insert (marked, mark->item, GUINT_TO_POINTER (i + 1));
    }
  for (guint page = self->pages->len; page-- > 0;)
    {
      GArray *placements = g_ptr_array_index (self->pages, page);

      for (guint i = placements->len; i-- > 0;)
        {
          DiemPagePlacement *placement = &g_array_index (placements, DiemPagePlacement, i);
          guint index = GPOINTER_TO_UINT (g_hash_table_lookup (marked, placement->item));

          /* backwards, so that the first placement is the one kept */
          if (index > 0)
            {
              DiemPageOutlineEntry *entry = &g_array_index (self->outline, DiemPageOutlineEntry, index - 1);

              entry->page_index = page;
              entry->y = placement->y;
            }
        }
    }
}

static DiemPageRenderer *
renderer_new (DiemArticle *article,
              double       page_width,
              double       page_height,
              double       margin)
{
  DiemPageRenderer *self;
  cairo_font_options_t *options;

  self = g_new0 (DiemPageRenderer, 1);
  self->article = article != NULL ? g_object_ref (article) : NULL;
  self->part_target = DIEM_PAGE_NO_TARGET;
  self->page_width = page_width;
  self->page_height = page_height;
  self->margin = margin;
  self->items = g_ptr_array_new_with_free_func ((GDestroyNotify) diem_page_item_free);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->marks = g_array_new (FALSE, FALSE, sizeof (DiemPageMark));
  g_array_set_clear_func (self->marks, clear_mark);
  self->outline = g_array_new (FALSE, FALSE, sizeof (DiemPageOutlineEntry));
  self->targets = g_hash_table_new (NULL, NULL);
  self->summary_page = G_MAXUINT;

  /* PangoCairo's default font map belongs to the calling thread, so a renderer used in
   * the thread that made it (an export in a worker, printing in the main thread) is
   * safe, and the fonts that thread loaded once serve every later export. */
  self->font_map = g_object_ref (pango_cairo_font_map_get_default ());

  /* Points at 72 dpi with unhinted metrics: the layout is the same whatever the
   * cairo_t it is finally drawn on. */
  self->context = pango_font_map_create_context (self->font_map);
  pango_cairo_context_set_resolution (self->context, 72);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (self->context, FALSE);
  pango_context_set_language (self->context, pango_language_from_string ("vi"));

  return self;
}

DiemPageRenderer *
diem_page_renderer_new (DiemArticle *article,
                        double       page_width,
                        double       page_height,
                        double       margin)
{
  g_return_val_if_fail (DIEM_IS_ARTICLE (article), NULL);
  g_return_val_if_fail (page_width > 2 * margin + 72 && page_height > 2 * margin + 72, NULL);

  return renderer_new (article, page_width, page_height, margin);
}

/* Pages that show no article: @build adds their items at each pagination. */
DiemPageRenderer *
diem_page_renderer_new_part (double            page_width,
                             double            page_height,
                             double            margin,
                             DiemPageBuildFunc build,
                             gpointer          data)
{
  DiemPageRenderer *self;

  g_return_val_if_fail (build != NULL, NULL);
  g_return_val_if_fail (page_width > 2 * margin + 72 && page_height > 2 * margin + 72, NULL);

  self = renderer_new (NULL, page_width, page_height, margin);
  self->build = build;
  self->build_data = data;
  return self;
}

void
diem_page_renderer_free (DiemPageRenderer *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->marks, g_array_unref);
  g_clear_pointer (&self->outline, g_array_unref);
  g_clear_pointer (&self->targets, g_hash_table_unref);
  g_clear_object (&self->context);
  g_clear_object (&self->font_map);
  g_clear_object (&self->article);
  g_free (self->summary_text);
  g_free (self->running_title);
  if (self->build_data_free != NULL)
    self->build_data_free (self->build_data);
  g_free (self);
}

/* Where the contents and the index of a digest lead: the top of the part's first item. */
static void
add_part_anchor (DiemPageRenderer *self)
{
  DiemPageItem *first;
  DiemPageAnchor anchor = { self->part_target, 0, 0, 0 };

  if (self->part_target == DIEM_PAGE_NO_TARGET || self->items->len == 0)
    return;
  first = g_ptr_array_index (self->items, 0);
  if (first->layout == NULL)
    return;
  if (first->anchors == NULL)
    first->anchors = g_array_new (FALSE, FALSE, sizeof (DiemPageAnchor));
  g_array_prepend_val (first->anchors, anchor);
  g_hash_table_add (self->targets, GSIZE_TO_POINTER (self->part_target));
}

/**
 * diem_page_renderer_paginate:
 *
 * Lays out every block and places it on pages: the article first, then the summary
 * on a page of its own. Call again after the article changed.
 *
 * Returns: the number of pages
 */
guint
diem_page_renderer_paginate (DiemPageRenderer *self)
{
  guint summary_item = G_MAXUINT;

  g_return_val_if_fail (self != NULL, 0);

  g_ptr_array_set_size (self->items, 0);
  g_ptr_array_set_size (self->pages, 0);
  g_array_set_size (self->marks, 0);
  g_array_set_size (self->outline, 0);
  g_hash_table_remove_all (self->targets);
  self->summary_page = G_MAXUINT;

  if (self->build != NULL)
    self->build (self, self->build_data);
  else if (self->contents != DIEM_PAGE_CONTENTS_SUMMARY)
    {
      g_autoptr(GArray) targets = NULL;

      /* the summary's entries link to anchors in the article: only with both parts */
      if (self->contents == DIEM_PAGE_CONTENTS_BOTH)
        targets = diem_page_summary_targets (self->article);
      else
        targets = g_array_new (FALSE, FALSE, sizeof (gsize));
      diem_page_add_article (self, targets);
    }
  if (self->build == NULL && self->contents == DIEM_PAGE_CONTENTS_SUMMARY)
    {
      /* the summary alone says which article it summarises */
      summary_item = self->items->len;
      diem_page_add_article_heading (self);
      diem_page_add_summary (self);
    }
  else if (self->build == NULL && self->contents != DIEM_PAGE_CONTENTS_ARTICLE)
    {
      summary_item = self->items->len;
      diem_page_add_summary (self);
    }
  add_part_anchor (self);
  diem_page_place_items (self, summary_item);
  build_outline (self);

  return self->pages->len;
}

/* Which parts the pages hold; takes effect at the next diem_page_renderer_paginate (). */
void
diem_page_renderer_set_contents (DiemPageRenderer *self,
                                 DiemPageContents  contents)
{
  g_return_if_fail (self != NULL);
  self->contents = contents;
}

/* For pages drawn once, in order, right after they are laid out (a digest's parts,
 * one at a time): each text is shaped once instead of twice, at the cost of the
 * lines of these pages staying in memory until the renderer is freed. */
void
diem_page_renderer_keep_lines (DiemPageRenderer *self)
{
  self->keep_lines = TRUE;
}

/**
 * diem_page_renderer_set_summary_text:
 * @markdown: (nullable): the editor's summary, in Markdown
 *
 * Shown on the summary sheet before the tables; takes effect at the next pagination.
 */
void
diem_page_renderer_set_summary_text (DiemPageRenderer *self,
                                     const char       *markdown)
{
  g_return_if_fail (self != NULL);
  g_free (self->summary_text);
  self->summary_text = markdown != NULL && *markdown != '\0' ? g_strdup (markdown) : NULL;
}

/**
 * diem_page_renderer_set_running_title:
 * @title: (nullable): the header of every page but the first; NULL for the headline
 */
void
diem_page_renderer_set_running_title (DiemPageRenderer *self,
                                      const char       *title)
{
  g_return_if_fail (self != NULL);
  g_free (self->running_title);
  self->running_title = g_strdup (title);
}

/**
 * diem_page_renderer_set_numbering:
 * @first_page: how many pages come before these in the document
 * @total_pages: the document's number of pages, or 0 when these pages are all of it
 *
 * The footers' page numbers, for pages that are part of a larger document.
 */
void
diem_page_renderer_set_numbering (DiemPageRenderer *self,
                                  guint             first_page,
                                  guint             total_pages)
{
  g_return_if_fail (self != NULL);
  self->first_page = first_page;
  self->total_pages = total_pages;
}

guint
diem_page_renderer_get_n_pages (DiemPageRenderer *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->pages->len;
}

/* The index of the page where the summary starts, or G_MAXUINT without one. */
guint
diem_page_renderer_get_summary_page (DiemPageRenderer *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->summary_page;
}

/**
 * diem_page_renderer_get_outline:
 * @n_entries: (out): how many entries
 *
 * The parts and sections of the last pagination, in order: the article under its
 * headline, then the summary and its sections.
 *
 * Returns: (transfer none) (array length=n_entries): valid until the next pagination
 */
const DiemPageOutlineEntry *
diem_page_renderer_get_outline (DiemPageRenderer *self,
                                guint            *n_entries)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n_entries != NULL, NULL);

  *n_entries = self->outline->len;
  return (const DiemPageOutlineEntry *) (gpointer) self->outline->data;
}

/* The lines of the items that end on this page are not needed again until the page is
 * drawn again: pages are usually drawn in order, so memory stays that of a few pages. */
static void
release_drawn_lines (DiemPageRenderer *self,
                     guint             page_index)
{
  GArray *placements = g_ptr_array_index (self->pages, page_index);

  for (guint i = 0; i < placements->len; i++)
    {
      DiemPagePlacement *placement = &g_array_index (placements, DiemPagePlacement, i);

      if (placement->end_line >= placement->item->n_lines)
        diem_page_item_release_lines (placement->item);
    }
}

/**
 * diem_page_renderer_draw_page:
 * @cr: a context whose user units are points, origin at the page's top left corner
 *
 * Draws one page of the last pagination, footer included.
 */
void
diem_page_renderer_draw_page (DiemPageRenderer *self,
                              cairo_t          *cr,
                              guint             page_index)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (page_index < self->pages->len);

  cairo_save (cr);
  diem_page_draw_placements (self, cr, page_index);
  cairo_restore (cr);
  release_drawn_lines (self, page_index);
}

/**
 * diem_page_renderer_get_box:
 * @box: (out caller-allocates): what the box holds and where
 *
 * One of the boxes pagination put on a page, for tests and debugging: layout checks
 * (a heading never ends a page, a caption box or a table row is never split, no
 * single line of a paragraph is left alone, a continued table repeats its header)
 * read the pages through it.
 *
 * Returns: FALSE past the last box of the page
 */
gboolean
diem_page_renderer_get_box (DiemPageRenderer *self,
                            guint             page_index,
                            guint             box_index,
                            DiemPageBox      *box)
{
  GArray *page;
  DiemPagePlacement *placement;
  DiemPageItem *item;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (page_index < self->pages->len, FALSE);
  g_return_val_if_fail (box != NULL, FALSE);

  page = g_ptr_array_index (self->pages, page_index);
  if (box_index >= page->len)
    return FALSE;
  placement = &g_array_index (page, DiemPagePlacement, box_index);
  item = placement->item;

  box->kind = item->kind == DIEM_PAGE_ITEM_CAPTION ? DIEM_PAGE_BOX_CAPTION
              : diem_page_row_is_header (item)    ? DIEM_PAGE_BOX_TABLE_HEADER
              : item->row != NULL                 ? DIEM_PAGE_BOX_TABLE_ROW
              : item->keep_with_next              ? DIEM_PAGE_BOX_HEADING
                                                  : DIEM_PAGE_BOX_TEXT;
  box->block = item->block;
  box->layout = item->index;
  box->first_line = placement->first_line;
  box->end_line = placement->end_line;
  box->n_lines = item->n_lines;
  box->top = placement->y;
  box->bottom = placement->y + diem_page_item_height (item, placement->first_line, placement->end_line);
  box->table = diem_page_row_is_header (item) ? item->index
               : item->table_header != NULL   ? item->table_header->index
                                              : G_MAXUINT;
  box->repeated = placement->repeated;
  return TRUE;
}
