/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-page-table.c — the summary's tables: a header row, then a row per entry
 *
 * A row is one item for pagination, kept whole on a page unless it is taller than a
 * page. Its cells are layouts of their own, each wrapping inside its column, their
 * first baselines on one line so that a row reads (and extracts) across. Where a
 * table goes on to another page, pagination repeats its header row.
 */
#include "config.h"

#include <string.h>

#include "diem-page-renderer-private.h"

#define CELL_GUTTER    9.0  /* white space between columns */
#define HEADER_PADDING 4.0
#define BODY_SIZE      10.0
#define HEADER_SIZE    8.5
#define HANGING_INDENT 8.0  /* for a cell's wrapped lines: each entry of a list reads as one */

#define HEAVY_RULE     0.8  /* above the header and under the last row */
#define HEADER_RULE    0.45
#define HAIRLINE       0.35 /* between body rows */
#define RULE_COLOR     0x3a3a3a
#define HAIRLINE_COLOR 0xd2d2d2

/* Heights closer than this are the same */
#define EPSILON 0.01

typedef struct
{
  DiemPageItem *text;         /* its layout and lines; not one of the renderer's items */
  double        x;            /* from the left margin */
  double        top;          /* from the top of the row's text */
  gsize        *line_targets; /* (nullable) a link target per line */
} Cell;

struct _DiemPageRow
{
  Cell    *cells;
  guint    n_cells;
  double   padding;
  gboolean header;
  gboolean closes_table; /* the last row: the heavy rule goes under it */
};

void
diem_page_row_free (DiemPageRow *row)
{
  for (guint i = 0; i < row->n_cells; i++)
    {
      diem_page_item_free (row->cells[i].text);
      g_free (row->cells[i].line_targets);
    }
  g_free (row->cells);
  g_free (row);
}

void
diem_page_row_release_lines (DiemPageRow *row)
{
  for (guint i = 0; i < row->n_cells; i++)
    diem_page_item_release_lines (row->cells[i].text);
}

gboolean
diem_page_row_is_header (DiemPageItem *item)
{
  return item->row != NULL && item->row->header;
}

static DiemPageItem *
new_cell_text (DiemPageRenderer     *self,
               const char           *text,
               const DiemPageColumn *column,
               double                width,
               gboolean              header,
               DiemPageCellStyle     style)
{
  PangoAttrList *attrs = pango_attr_list_new ();
  PangoFontDescription *font;
  DiemPageItem *cell;

  if (header)
    {
      font = diem_page_font_new (DIEM_PAGE_SANS_FAMILIES, HEADER_SIZE, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL);
      pango_attr_list_insert (attrs, pango_attr_variant_new (PANGO_VARIANT_SMALL_CAPS));
      pango_attr_list_insert (attrs, pango_attr_letter_spacing_new ((int) (0.5 * PANGO_SCALE)));
    }
  else
    {
      font = diem_page_font_new (DIEM_PAGE_SERIF_FAMILIES, BODY_SIZE,
                                 style == DIEM_PAGE_CELL_NAME ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL,
                                 PANGO_STYLE_NORMAL);
      /* counts in a column line up digit under digit */
      if (style == DIEM_PAGE_CELL_NUMBER)
        pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum 1, lnum 1"));
    }

  cell = diem_page_text_item_new (self, text, font, attrs, MAX (width, 1), column->alignment, FALSE, 1.0);
  if (!header && column->alignment == PANGO_ALIGN_LEFT && cell->n_lines > 1)
    {
      pango_layout_set_indent (cell->layout, (int) (-HANGING_INDENT * PANGO_SCALE));
      diem_page_item_measure_lines (cell);
    }
  cell->color = header                        ? 0x3a3a3a
                : style == DIEM_PAGE_CELL_NOTE ? 0x555555
                                               : 0x1c1c1c;
  return cell;
}

/* Whether a cut at @y (from the top of the row's text) leaves every line of every
 * cell whole. */
static gboolean
cuts_no_line (DiemPageRow *row,
              double       y)
{
  for (guint i = 0; i < row->n_cells; i++)
    {
      Cell *cell = &row->cells[i];

      for (int k = 0; k < cell->text->n_lines; k++)
        if (cell->top + cell->text->line_top[k] < y - EPSILON
            && cell->top + cell->text->line_top[k + 1] > y + EPSILON)
          return FALSE;
    }
  return TRUE;
}

static int
compare_heights (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* The row's height, in bands that pagination may only cut between: a row taller
 * than a page goes on at a line start that splits no cell's line. */
static void
measure_bands (DiemPageItem *item,
               double        text_height)
{
  DiemPageRow *row = item->row;
  g_autoptr(GArray) cuts = g_array_new (FALSE, FALSE, sizeof (double));
  guint kept = 0;

  for (guint i = 0; i < row->n_cells; i++)
    for (int k = 1; k < row->cells[i].text->n_lines; k++)
      {
        double y = row->cells[i].top + row->cells[i].text->line_top[k];

        if (y > EPSILON && y < text_height - EPSILON && cuts_no_line (row, y))
          g_array_append_val (cuts, y);
      }
  g_array_sort (cuts, compare_heights);
  for (guint i = 0; i < cuts->len; i++)
    if (kept == 0 || g_array_index (cuts, double, i) > g_array_index (cuts, double, kept - 1) + EPSILON)
      g_array_index (cuts, double, kept++) = g_array_index (cuts, double, i);

  item->n_lines = (int) kept + 1;
  item->line_top = g_new0 (double, item->n_lines + 1);
  item->baseline = g_new0 (double, item->n_lines);
  item->line_x = g_new0 (double, item->n_lines);
  for (guint i = 0; i < kept; i++)
    item->line_top[i + 1] = row->padding + g_array_index (cuts, double, i);
  item->line_top[item->n_lines] = 2 * row->padding + text_height;
}

static DiemPageItem *
add_row (DiemPageTable           *table,
         const char *const       *texts,
         const DiemPageCellStyle *styles,
         gboolean                 header)
{
  DiemPageRenderer *self = table->renderer;
  double text_width = diem_page_content_width (self);
  DiemPageItem *item = g_new0 (DiemPageItem, 1);
  DiemPageRow *row = g_new0 (DiemPageRow, 1);
  double x = 0, first_baseline = 0, text_height = 0;

  row->n_cells = table->n_columns;
  row->cells = g_new0 (Cell, row->n_cells);
  row->header = header;
  row->padding = header ? HEADER_PADDING : DIEM_PAGE_ROW_PADDING;
  for (guint i = 0; i < row->n_cells; i++)
    {
      const DiemPageColumn *column = &table->columns[i];
      double column_width = column->width * text_width;
      /* the last column ends at the margin: a right-aligned count sits flush with it */
      double width = column_width - (i + 1 < row->n_cells ? CELL_GUTTER : 0);
      const char *text = texts[i] != NULL ? texts[i] : "";

      row->cells[i].x = x;
      row->cells[i].text = new_cell_text (self, text, column, width, header,
                                          styles != NULL ? styles[i] : DIEM_PAGE_CELL_PLAIN);
      first_baseline = MAX (first_baseline, row->cells[i].text->baseline[0]);
      x += column_width;
    }
  for (guint i = 0; i < row->n_cells; i++)
    {
      Cell *cell = &row->cells[i];

      cell->top = first_baseline - cell->text->baseline[0];
      text_height = MAX (text_height, cell->top + cell->text->line_top[cell->text->n_lines]);
    }

  item->kind = DIEM_PAGE_ITEM_TABLE_ROW;
  item->row = row;
  item->index = self->items->len;
  item->block = G_MAXUINT;
  item->link_target = DIEM_PAGE_NO_TARGET;
  item->keep_lines = self->keep_lines;
  item->keep_together = TRUE;
  /* a header never ends a page: it goes on with the first row */
  item->keep_with_next = header;
  item->space_before = header ? 4 : 0;
  item->table_header = header ? NULL : table->header;
  measure_bands (item, text_height);
  g_ptr_array_add (self->items, item);
  return item;
}

/* Starts a table: its header row, from the columns' titles. */
void
diem_page_table_begin (DiemPageTable        *table,
                       DiemPageRenderer     *self,
                       const DiemPageColumn *columns,
                       guint                 n_columns)
{
  g_autofree const char **titles = g_new0 (const char *, n_columns);

  table->renderer = self;
  table->columns = columns;
  table->n_columns = n_columns;
  table->header = NULL;
  table->row_before_last = NULL;
  table->last_row = NULL;
  for (guint i = 0; i < n_columns; i++)
    titles[i] = columns[i].title;
  table->header = add_row (table, titles, NULL, TRUE);
}

/**
 * diem_page_table_add_row:
 * @texts: (array): a text per column; a line break starts a line of its own
 * @styles: (array) (nullable): how each cell is set, or NULL for plain text
 *
 * Returns: (transfer none): the row, one of the renderer's items
 */
DiemPageItem *
diem_page_table_add_row (DiemPageTable           *table,
                         const char *const       *texts,
                         const DiemPageCellStyle *styles)
{
  table->row_before_last = table->last_row;
  table->last_row = add_row (table, texts, styles, FALSE);
  return table->last_row;
}

/**
 * diem_page_table_link_cell:
 * @targets: (array length=n_targets): the link target of each paragraph of the
 *   cell's text, or DIEM_PAGE_NO_TARGET
 *
 * Makes each paragraph of a cell (one per line break) a link to its target; with a
 * single target, the whole cell.
 */
void
diem_page_table_link_cell (DiemPageItem *row,
                           guint         column,
                           const gsize  *targets,
                           guint         n_targets)
{
  DiemPageItem *text;
  const char *chars;

  g_return_if_fail (row->row != NULL && column < row->row->n_cells);

  text = row->row->cells[column].text;
  if (n_targets == 1)
    {
      text->link_target = targets[0];
      return;
    }
  chars = pango_layout_get_text (text->layout);
  g_free (row->row->cells[column].line_targets);
  row->row->cells[column].line_targets = g_new (gsize, text->n_lines);
  for (int i = 0; i < text->n_lines; i++)
    {
      PangoLayoutLine *line = pango_layout_get_line_readonly (text->layout, i);
      guint paragraph = 0;

      for (int k = 0; k < line->start_index; k++)
        paragraph += chars[k] == '\n';
      row->row->cells[column].line_targets[i] = paragraph < n_targets ? targets[paragraph] : DIEM_PAGE_NO_TARGET;
    }
}

/* Ends a table: its last row closes it with the heavy rule, and never goes on to a
 * page alone, under a repeated header (a table's widow). */
void
diem_page_table_end (DiemPageTable *table)
{
  if (table->last_row != NULL)
    table->last_row->row->closes_table = TRUE;
  if (table->row_before_last != NULL)
    table->row_before_last->keep_with_next = TRUE;
}

static void
draw_rule (DiemPageRenderer *self,
           cairo_t          *cr,
           double            y,
           double            width,
           guint32           color)
{
  diem_page_set_color (cr, color);
  cairo_set_line_width (cr, width);
  cairo_move_to (cr, self->margin, y);
  cairo_line_to (cr, self->margin + diem_page_content_width (self), y);
  cairo_stroke (cr);
}

/* The cells' lines that fall in the placement's bands, left to right (the reading
 * order of text extraction), then the rules. */
void
diem_page_row_draw (DiemPageRenderer  *self,
                    cairo_t           *cr,
                    DiemPagePlacement *placement)
{
  DiemPageItem *item = placement->item;
  DiemPageRow *row = item->row;
  double band_top = item->line_top[placement->first_line];
  double band_bottom = item->line_top[placement->end_line];
  double y = placement->y + diem_page_item_text_top (item, placement->first_line);

  if (row->header)
    draw_rule (self, cr, y, HEAVY_RULE, RULE_COLOR);

  for (guint i = 0; i < row->n_cells; i++)
    {
      Cell *cell = &row->cells[i];
      int first = -1, end = -1;

      for (int k = 0; k < cell->text->n_lines; k++)
        {
          double line_y = row->padding + cell->top + cell->text->line_top[k];

          if (line_y >= band_top - EPSILON && line_y < band_bottom - EPSILON)
            {
              if (first < 0)
                first = k;
              end = k + 1;
            }
        }
      if (first < 0)
        continue;
      diem_page_draw_lines (cr, cell->text, first, end, self->margin + cell->x,
                            y + row->padding + cell->top + cell->text->line_top[first] - band_top,
                            cell->line_targets);
    }

  if (placement->end_line == item->n_lines)
    {
      double bottom = y + band_bottom - band_top;

      if (row->header)
        draw_rule (self, cr, bottom, HEADER_RULE, RULE_COLOR);
      else if (row->closes_table)
        draw_rule (self, cr, bottom, HEAVY_RULE, RULE_COLOR);
      else
        draw_rule (self, cr, bottom, HAIRLINE, HAIRLINE_COLOR);
    }
}
