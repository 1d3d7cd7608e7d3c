/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-page-pagination.c — text items placed on pages
 *
 * Whole items, or runs of their lines, go on pages in order: a paragraph splits with
 * at least DIEM_PAGE_MIN_SPLIT_LINES lines on either side, a caption box, a heading or
 * a table row stays whole, and a heading (a table's header row too) never ends a
 * page. A table that goes on to another page has its header row repeated there.
 */
#include "config.h"

#include "diem-page-renderer-private.h"

/* A caption's photo or placeholder and the gap under it; nothing for a caption alone. */
static double
photo_area (DiemPageItem *item)
{
  return item->photo_height > 0 ? item->photo_height + DIEM_PAGE_PHOTO_GAP : 0;
}

double
diem_page_item_height (DiemPageItem *item,
                       int           first_line,
                       int           end_line)
{
  double height = item->line_top[end_line] - item->line_top[first_line];

  if (item->kind == DIEM_PAGE_ITEM_CAPTION)
    height += 2 * DIEM_PAGE_BOX_PADDING + (first_line == 0 ? photo_area (item) : 0);
  else if (item->kind == DIEM_PAGE_ITEM_TABLE_ROW && first_line > 0)
    height += DIEM_PAGE_ROW_PADDING;
  if (end_line == item->n_lines)
    height += item->rule_below;
  return height;
}

/* From the top of a placement to the top of its first line: a caption box's padding,
 * and its photo above the caption's first line; the padding of a table row that goes
 * on from the page before (its first band holds its own). */
double
diem_page_item_text_top (DiemPageItem *item,
                         int           first_line)
{
  if (item->kind == DIEM_PAGE_ITEM_TABLE_ROW)
    return first_line > 0 ? DIEM_PAGE_ROW_PADDING : 0;
  if (item->kind != DIEM_PAGE_ITEM_CAPTION)
    return 0;
  return DIEM_PAGE_BOX_PADDING + (first_line == 0 ? photo_area (item) : 0);
}

typedef struct
{
  DiemPageRenderer *self;
  double            y;
  double            last_space_after;
} Paginator;

static GArray *
current_page (Paginator *p)
{
  return g_ptr_array_index (p->self->pages, p->self->pages->len - 1);
}

static void
start_page (Paginator *p)
{
  g_ptr_array_add (p->self->pages, g_array_new (FALSE, FALSE, sizeof (DiemPagePlacement)));
  p->y = p->self->margin;
  p->last_space_after = 0;
}

/* Nothing on the page yet, but perhaps the header row of the table going on there */
static gboolean
page_is_empty (Paginator *p)
{
  GArray *page = current_page (p);

  return page->len == 0 || (page->len == 1 && g_array_index (page, DiemPagePlacement, 0).repeated);
}

/* The room on an empty page for @item: under the repeated header, for a table row. */
static double
page_room_for (Paginator    *p,
               DiemPageItem *item)
{
  double room = diem_page_content_bottom (p->self) - p->self->margin;

  if (item->table_header != NULL)
    room -= diem_page_item_height (item->table_header, 0, item->table_header->n_lines);
  return room;
}

static int
lines_that_fit (DiemPageItem *item,
                int           first_line,
                double        room)
{
  int end = first_line;

  while (end < item->n_lines && diem_page_item_height (item, first_line, end + 1) <= room)
    end++;
  return end - first_line;
}

/* The least that must go on one page from the item at @index on: a heading with the
 * headings it is kept with, and the opening of what they head (the whole of it when
 * it is kept together, else its first lines). */
static double
opening_height (Paginator *p,
                guint      index)
{
  GPtrArray *items = p->self->items;
  double page_room = diem_page_content_bottom (p->self) - p->self->margin;
  double height = 0;

  for (guint i = index; i < items->len && height <= page_room; i++)
    {
      DiemPageItem *item = g_ptr_array_index (items, i);
      DiemPageItem *next = i + 1 < items->len ? g_ptr_array_index (items, i + 1) : NULL;
      double whole = diem_page_item_height (item, 0, item->n_lines);

      if (!item->keep_with_next || next == NULL)
        {
          if (item->keep_together && whole <= page_room)
            return height + whole;
          /* a paragraph too short to split goes whole */
          return height + diem_page_item_height (item, 0, item->n_lines < 2 * DIEM_PAGE_MIN_SPLIT_LINES
                                                            ? item->n_lines : DIEM_PAGE_MIN_SPLIT_LINES);
        }
      height += whole + MAX (item->space_after, next->space_before);
    }
  return height;
}

static void
place (Paginator    *p,
       DiemPageItem *item,
       int           first_line,
       int           end_line,
       double        gap)
{
  DiemPagePlacement placement = { item, first_line, end_line, p->y + gap, FALSE };

  g_array_append_val (current_page (p), placement);
  p->y += gap + diem_page_item_height (item, first_line, end_line);
  p->last_space_after = item->space_after;
}

/* A new page for (the rest of) @item: a table row goes on under its table's header. */
static void
start_page_for (Paginator    *p,
                DiemPageItem *item)
{
  start_page (p);
  if (item->table_header != NULL)
    {
      place (p, item->table_header, 0, item->table_header->n_lines, 0);
      g_array_index (current_page (p), DiemPagePlacement, 0).repeated = TRUE;
    }
}

static void
paginate_item (Paginator *p,
               guint      index)
{
  DiemPageItem *item = g_ptr_array_index (p->self->items, index);
  double page_room = page_room_for (p, item);
  int first = 0;

  if (item->page_break_before && !page_is_empty (p))
    start_page_for (p, item);

  for (;;)
    {
      double gap = page_is_empty (p) ? 0 : MAX (p->last_space_after, item->space_before);
      double room = diem_page_content_bottom (p->self) - p->y - gap;
      int remaining = item->n_lines - first;
      int fit = lines_that_fit (item, first, room);
      int take;

      if (fit == remaining)
        {
          if (item->keep_with_next && first == 0 && !page_is_empty (p))
            {
              double need = opening_height (p, index);

              if (need > room && need <= page_room)
                {
                  start_page_for (p, item);
                  continue;
                }
            }
          place (p, item, first, item->n_lines, gap);
          return;
        }

      if (item->keep_together && first == 0 && diem_page_item_height (item, 0, item->n_lines) <= page_room)
        {
          /* it fits on an empty page, so it cannot fail to fit here */
          g_assert (!page_is_empty (p));
          start_page_for (p, item);
          continue;
        }

      take = fit;
      if (remaining - take < DIEM_PAGE_MIN_SPLIT_LINES)
        take = remaining - DIEM_PAGE_MIN_SPLIT_LINES;
      if (take < DIEM_PAGE_MIN_SPLIT_LINES)
        {
          if (!page_is_empty (p))
            {
              start_page_for (p, item);
              continue;
            }
          /* taller than a page even line by line: take whatever fits, at least a line */
          take = MAX (fit, 1);
        }
      place (p, item, first, first + take, gap);
      first += take;
      start_page_for (p, item);
    }
}


/* Places every item on pages, the summary (from @summary_item, or G_MAXUINT) on a
 * page of its own. */
void
diem_page_place_items (DiemPageRenderer *self,
                       guint             summary_item)
{
  Paginator paginator = { self, 0, 0 };
  Paginator *p = &paginator;

  start_page (p);
  for (guint i = 0; i < self->items->len; i++)
    {
      if (i == summary_item)
        {
          if (!page_is_empty (p))
            start_page (p);
          self->summary_page = self->pages->len - 1;
        }
      paginate_item (p, i);
    }
}
