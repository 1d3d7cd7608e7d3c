/* diem-page-renderer.c — the article and its summary laid out on pages
 *
 * Pagination places whole layouts or runs of their lines on pages; drawing replays
 * those placements line by line. The parts live in diem-page-*.c.
 */
#include "config.h"

#include "diem-page-renderer-private.h"

DiemPageRenderer *
diem_page_renderer_new (DiemArticle *article,
                        double       page_width,
                        double       page_height,
                        double       margin)
{
  DiemPageRenderer *self;
  cairo_font_options_t *options;

  g_return_val_if_fail (DIEM_IS_ARTICLE (article), NULL);
  g_return_val_if_fail (page_width > 2 * margin + 72 && page_height > 2 * margin + 72, NULL);

  self = g_new0 (DiemPageRenderer, 1);
  self->article = g_object_ref (article);
  self->page_width = page_width;
  self->page_height = page_height;
  self->margin = margin;
  self->items = g_ptr_array_new_with_free_func ((GDestroyNotify) diem_page_item_free);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->summary_page = G_MAXUINT;

  /* A font map of its own rather than the thread's default: an export may run in a
   * worker thread, and that thread's default map would outlive the export. */
  self->font_map = pango_cairo_font_map_new ();

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

void
diem_page_renderer_free (DiemPageRenderer *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_object (&self->context);
  g_clear_object (&self->font_map);
  g_clear_object (&self->article);
  g_free (self);
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
  self->summary_page = G_MAXUINT;

  if (self->contents != DIEM_PAGE_CONTENTS_SUMMARY)
    diem_page_add_article (self);
  if (self->contents != DIEM_PAGE_CONTENTS_ARTICLE)
    {
      summary_item = self->items->len;
      diem_page_add_summary (self);
    }
  diem_page_place_items (self, summary_item);

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
}
