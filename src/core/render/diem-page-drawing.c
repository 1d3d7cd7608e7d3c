/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-page-drawing.c — placements drawn line by line, with the header and footer */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "diem-page-renderer-private.h"

#define FOOTER_SIZE 8.0

void
diem_page_set_color (cairo_t *cr,
                     guint32  rgb)
{
  cairo_set_source_rgb (cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0, (rgb & 0xff) / 255.0);
}

/* The photo centred in its area, scaled to the area's height with its aspect kept. */
static void
draw_photo (cairo_t         *cr,
            cairo_surface_t *photo,
            double           x,
            double           y,
            double           width,
            double           height)
{
  double scale = height / cairo_image_surface_get_height (photo);
  double drawn_width = cairo_image_surface_get_width (photo) * scale;

  cairo_save (cr);
  cairo_translate (cr, x + (width - drawn_width) / 2, y);
  cairo_scale (cr, scale, scale);
  cairo_set_source_surface (cr, photo, 0, 0);
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_GOOD);
  cairo_paint (cr);
  cairo_restore (cr);
}

/* A quiet picture sign where the photo would be: a frame, a sun and two hills. */
static void
draw_photo_placeholder (cairo_t *cr,
                        double   x,
                        double   y,
                        double   width,
                        double   height)
{
  double cx = x + width / 2, cy = y + height / 2;
  double w = 30, h = 22;

  diem_page_set_color (cr, 0xe4dfd3);
  cairo_rectangle (cr, x, y, width, height);
  cairo_fill (cr);

  diem_page_set_color (cr, 0xb2aa98);
  cairo_set_line_width (cr, 0.9);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_rectangle (cr, cx - w / 2, cy - h / 2, w, h);
  cairo_stroke (cr);
  cairo_new_sub_path (cr);
  cairo_arc (cr, cx + w / 4, cy - h / 5, 2.6, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_move_to (cr, cx - w / 2, cy + h / 2);
  cairo_line_to (cr, cx - w / 8, cy - h / 8);
  cairo_line_to (cr, cx + w / 8, cy + h / 5);
  cairo_line_to (cr, cx + w / 4, cy + h / 20);
  cairo_line_to (cr, cx + w / 2, cy + h / 2);
  cairo_close_path (cr);
  cairo_fill (cr);
}

/* Named destinations for the summary's links, and for a digest's parts. */
static char *
dest_name (gsize target)
{
  if (DIEM_PAGE_IS_PART_TARGET (target))
    return g_strdup_printf ("part-%u", DIEM_PAGE_PART_OF_TARGET (target));
  return g_strdup_printf ("mention-%" G_GSIZE_FORMAT, target);
}

static void
begin_link (cairo_t *cr,
            gsize    target)
{
  g_autofree char *name = dest_name (target);
  g_autofree char *attributes = g_strdup_printf ("dest='%s'", name);

  cairo_tag_begin (cr, CAIRO_TAG_LINK, attributes);
}

/**
 * diem_page_draw_lines:
 * @line_targets: (nullable): the link target of each of the item's lines; NULL when
 *   all of them link to the item's
 *
 * Lines [@first_line, @end_line) of @item, the top of the first at @y; a run of lines
 * with one target is one link, or one per paragraph with @line_targets.
 */
void
diem_page_draw_lines (cairo_t      *cr,
                      DiemPageItem *item,
                      int           first_line,
                      int           end_line,
                      double        x,
                      double        y,
                      const gsize  *line_targets)
{
  PangoLayoutIter *iter = pango_layout_get_iter (item->layout);
  gsize linked = DIEM_PAGE_NO_TARGET;

  for (int i = 0; i < first_line; i++)
    pango_layout_iter_next_line (iter);

  diem_page_set_color (cr, item->color);
  for (int i = first_line; i < end_line; i++)
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      gsize target = line_targets != NULL ? line_targets[i] : item->link_target;

      /* two recipients that lead to one place are still two links */
      if (target != linked || (line_targets != NULL && line->is_paragraph_start && i > first_line))
        {
          if (linked != DIEM_PAGE_NO_TARGET)
            cairo_tag_end (cr, CAIRO_TAG_LINK);
          if (target != DIEM_PAGE_NO_TARGET)
            begin_link (cr, target);
          linked = target;
        }
      cairo_move_to (cr, x + item->line_x[i], y + item->baseline[i] - item->line_top[first_line]);
      pango_cairo_show_layout_line (cr, line);
      pango_layout_iter_next_line (iter);
    }
  if (linked != DIEM_PAGE_NO_TARGET)
    cairo_tag_end (cr, CAIRO_TAG_LINK);
  pango_layout_iter_free (iter);
}

/* A destination at the top of the line where each anchor's mention starts. Cairo
 * takes a destination's position in device units, whatever the context's matrix. */
static void
draw_anchors (cairo_t      *cr,
              DiemPageItem *item,
              int           first_line,
              int           end_line,
              double        x,
              double        y)
{
  for (guint i = 0; item->anchors != NULL && i < item->anchors->len; i++)
    {
      DiemPageAnchor *anchor = &g_array_index (item->anchors, DiemPageAnchor, i);
      char x_text[G_ASCII_DTOSTR_BUF_SIZE], y_text[G_ASCII_DTOSTR_BUF_SIZE];
      g_autofree char *name = NULL;
      g_autofree char *attributes = NULL;
      double dest_x, dest_y;

      if (anchor->line < first_line || anchor->line >= end_line)
        continue;
      dest_x = x + item->line_x[anchor->line] + anchor->x;
      dest_y = y + item->line_top[anchor->line] - item->line_top[first_line];
      cairo_user_to_device (cr, &dest_x, &dest_y);
      name = dest_name (anchor->target);
      attributes = g_strdup_printf ("name='%s' x=%s y=%s", name,
                                    g_ascii_formatd (x_text, sizeof x_text, "%.2f", dest_x),
                                    g_ascii_formatd (y_text, sizeof y_text, "%.2f", dest_y));
      cairo_tag_begin (cr, CAIRO_TAG_DEST, attributes);
      cairo_tag_end (cr, CAIRO_TAG_DEST);
    }
}

static void
draw_placement (DiemPageRenderer  *self,
                cairo_t           *cr,
                DiemPagePlacement *placement)
{
  DiemPageItem *item = placement->item;
  double x = self->margin + item->indent;
  double y = placement->y;
  double text_height;

  if (item->kind == DIEM_PAGE_ITEM_TABLE_ROW)
    {
      diem_page_row_draw (self, cr, placement);
      return;
    }
  text_height = item->line_top[placement->end_line] - item->line_top[placement->first_line];

  if (item->kind == DIEM_PAGE_ITEM_CAPTION)
    {
      double height = diem_page_item_height (item, placement->first_line, placement->end_line);

      cairo_rectangle (cr, x, y, diem_page_content_width (self), height);
      diem_page_set_color (cr, 0xf6f3ec);
      cairo_fill_preserve (cr);
      diem_page_set_color (cr, 0xc8c0b0);
      cairo_set_line_width (cr, 0.6);
      cairo_stroke (cr);

      if (placement->first_line == 0 && item->photo != NULL)
        draw_photo (cr, item->photo, x + DIEM_PAGE_BOX_PADDING, y + DIEM_PAGE_BOX_PADDING,
                    diem_page_content_width (self) - 2 * DIEM_PAGE_BOX_PADDING, item->photo_height);
      else if (placement->first_line == 0 && item->photo_height > 0)
        draw_photo_placeholder (cr, x + DIEM_PAGE_BOX_PADDING, y + DIEM_PAGE_BOX_PADDING,
                                diem_page_content_width (self) - 2 * DIEM_PAGE_BOX_PADDING,
                                item->photo_height);
      x += DIEM_PAGE_BOX_PADDING;
    }
  y += diem_page_item_text_top (item, placement->first_line);

  draw_anchors (cr, item, placement->first_line, placement->end_line, x, y);
  diem_page_draw_lines (cr, item, placement->first_line, placement->end_line, x, y, NULL);

  if (item->rule_below > 0 && placement->end_line == item->n_lines)
    {
      double rule_y = y + text_height + item->rule_below * 0.55;

      diem_page_set_color (cr, 0x9a9a9a);
      cairo_set_line_width (cr, 0.5);
      cairo_move_to (cr, self->margin, rule_y);
      cairo_line_to (cr, self->margin + diem_page_content_width (self), rule_y);
      cairo_stroke (cr);
    }
}

static void
draw_footer (DiemPageRenderer *self,
             cairo_t          *cr,
             guint             page_index)
{
  g_autoptr(PangoLayout) layout = pango_layout_new (self->context);
  guint total = self->total_pages > 0 ? self->total_pages : self->pages->len;
  g_autofree char *text = g_strdup_printf (_("Page %u of %u"), self->first_page + page_index + 1, total);
  PangoFontDescription *font = diem_page_font_new (DIEM_PAGE_SANS_FAMILIES, FOOTER_SIZE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL);
  int width, height;

  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_size (layout, &width, &height);

  diem_page_set_color (cr, 0x777777);
  cairo_move_to (cr, (self->page_width - (double) width / PANGO_SCALE) / 2,
                 self->page_height - self->margin / 2 - (double) height / PANGO_SCALE / 2);
  pango_cairo_show_layout (cr, layout);
}

/* From the second page on, the running title or the headline runs in the top margin,
 * shortened to one line; the file name only above the article's own text, never above
 * a summary that stands alone. */
static void
draw_header (DiemPageRenderer *self,
             cairo_t          *cr,
             guint             page_index)
{
  g_autoptr(PangoLayout) layout = NULL;
  g_autofree char *title = NULL;
  PangoFontDescription *font;
  int width, height;

  if (page_index == 0)
    return;
  if (self->running_title != NULL)
    title = g_strdup (self->running_title);
  else if (self->article != NULL)
    title = diem_article_dup_headline (self->article);
  if (title == NULL && self->article != NULL && self->contents != DIEM_PAGE_CONTENTS_SUMMARY)
    title = g_strdup (diem_article_get_title_hint (self->article));
  if (title == NULL)
    return;
  g_strdelimit (title, "\r\n\t", ' ');

  layout = pango_layout_new (self->context);
  font = diem_page_font_new (DIEM_PAGE_SANS_FAMILIES, FOOTER_SIZE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, title, -1);
  pango_layout_set_width (layout, (int) (diem_page_content_width (self) * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_get_size (layout, &width, &height);

  diem_page_set_color (cr, 0x777777);
  cairo_move_to (cr, self->margin, self->margin / 2 - (double) height / PANGO_SCALE / 2);
  pango_cairo_show_layout (cr, layout);
}


/* Everything on page @page_index: its placements, then the header and the footer. */
void
diem_page_draw_placements (DiemPageRenderer *self,
                           cairo_t          *cr,
                           guint             page_index)
{
  GArray *page = g_ptr_array_index (self->pages, page_index);

  /* Cairo 1.16 refers link annotations to a structure tree it only writes when some
   * structure element holds them: without one, a PDF with links is damaged. */
  cairo_tag_begin (cr, "Div", "");
  for (guint i = 0; i < page->len; i++)
    draw_placement (self, cr, &g_array_index (page, DiemPagePlacement, i));
  draw_header (self, cr, page_index);
  draw_footer (self, cr, page_index);
  cairo_tag_end (cr, "Div");
}
