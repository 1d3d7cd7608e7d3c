/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-page-summary.c — the summary sheet: a table for each category of the registry
 *
 * Each section is a table (diem-page-table.c) whose rows link to their entry's first
 * mention in the article pages.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "diem-page-renderer-private.h"

/* Link targets ----------------------------------------------------------- */

static gsize
first_mention (const DiemCategory *category,
               gconstpointer       entry)
{
  gsize start = diem_category_first_mention (category, entry);

  return start != DIEM_CATEGORY_NO_MENTION ? start : DIEM_PAGE_NO_TARGET;
}

/* A part (an award's recipient) has no span of its own: where its name first appears as
 * written, or else its entry's first mention. */
static gsize
part_target (DiemArticle        *article,
             const DiemCategory *category,
             gconstpointer       entry,
             const char         *part)
{
  const char *text = diem_article_get_text (article);
  const char *found = *part != '\0'
                        ? g_strstr_len (text, (gssize) diem_article_get_text_length (article), part)
                        : NULL;

  return found != NULL ? (gsize) (found - text) : first_mention (category, entry);
}

static void
add_target (GArray *targets,
            gsize   target)
{
  if (target != DIEM_PAGE_NO_TARGET)
    g_array_append_val (targets, target);
}

static int
compare_offsets (gconstpointer a,
                 gconstpointer b)
{
  gsize x = *(const gsize *) a, y = *(const gsize *) b;

  return x < y ? -1 : x > y;
}

/**
 * diem_page_summary_targets:
 *
 * Returns: (transfer full) (element-type gsize): the article offsets the summary's
 *   entries link to, sorted, each once
 */
GArray *
diem_page_summary_targets (DiemArticle *article)
{
  GArray *targets = g_array_new (FALSE, FALSE, sizeof (gsize));
  const DiemCategory * const *categories;
  guint n_categories, kept = 0;

  categories = diem_categories (&n_categories);
  for (guint c = 0; c < n_categories; c++)
    {
      GPtrArray *entries = diem_article_get_entries (article, categories[c]);

      for (guint i = 0; i < entries->len; i++)
        {
          gconstpointer entry = g_ptr_array_index (entries, i);
          GPtrArray *parts = diem_category_get_parts (categories[c], entry);

          add_target (targets, first_mention (categories[c], entry));
          for (guint j = 0; parts != NULL && j < parts->len; j++)
            add_target (targets, part_target (article, categories[c], entry, g_ptr_array_index (parts, j)));
        }
    }

  g_array_sort (targets, compare_offsets);
  for (guint i = 0; i < targets->len; i++)
    if (kept == 0 || g_array_index (targets, gsize, i) != g_array_index (targets, gsize, kept - 1))
      g_array_index (targets, gsize, kept++) = g_array_index (targets, gsize, i);
  g_array_set_size (targets, kept);
  return targets;
}

/* An entry links to its mention only when the mention is on one of the pages (not
 * when the summary is printed alone). */
static gsize
linkable (DiemPageRenderer *self,
          gsize             target)
{
  return target != DIEM_PAGE_NO_TARGET && g_hash_table_contains (self->targets, GSIZE_TO_POINTER (target))
           ? target
           : DIEM_PAGE_NO_TARGET;
}

/* A row leads to its entry's first mention from its first cell. */
static void
link_row (DiemPageRenderer *self,
          DiemPageItem     *row,
          gsize             target)
{
  gsize linked = linkable (self, target);

  diem_page_table_link_cell (row, 0, &linked, 1);
}

/* Sections ----------------------------------------------------------------- */

DiemPageItem *
diem_page_add_section_heading (DiemPageRenderer *self,
                               const char       *title)
{
  DiemPageItem *item = diem_page_add_text_item (self, DIEM_PAGE_ITEM_TEXT, title,
                                                diem_page_font_new (DIEM_PAGE_SANS_FAMILIES, 12.5,
                                                                    PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL),
                                                NULL, 0, PANGO_ALIGN_LEFT, FALSE, 1.0);

  item->color = 0x7a2018;
  item->space_before = 18;
  item->space_after = 6;
  item->keep_together = TRUE;
  item->keep_with_next = TRUE;
  diem_page_add_mark (self, g_strdup (title), 1, item);
  return item;
}

static void
add_none_found (DiemPageRenderer *self)
{
  DiemPageItem *item = diem_page_add_text_item (self, DIEM_PAGE_ITEM_TEXT, _("None found"),
                                                diem_page_font_new (DIEM_PAGE_SERIF_FAMILIES, 10.5,
                                                                    PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC),
                                                NULL, 0, PANGO_ALIGN_LEFT, FALSE, 1.0);
  item->color = 0x6a6a6a;
}

/* Each part (recipient), on lines of its own, leads to where the article names it. */
static void
link_parts (DiemPageRenderer   *self,
            DiemPageItem       *row,
            guint               column,
            const DiemCategory *category,
            gconstpointer       entry)
{
  GPtrArray *parts = diem_category_get_parts (category, entry);
  guint n = parts != NULL ? parts->len : 0;
  g_autofree gsize *targets = g_new (gsize, MAX (n, 1));

  for (guint j = 0; j < n; j++)
    targets[j] = linkable (self, part_target (self->article, category, entry, g_ptr_array_index (parts, j)));
  if (n > 0)
    diem_page_table_link_cell (row, column, targets, n);
}

static char *
dup_cell_text (const DiemCategory *category,
               const DiemColumn   *column,
               gconstpointer       entry)
{
  switch (column->source)
    {
    case DIEM_COLUMN_TITLE:
      return category->dup_title (entry);
    case DIEM_COLUMN_FIELD:
      return diem_category_dup_text (category, entry, column->field);
    case DIEM_COLUMN_MENTIONS:
      {
        GArray *mentions = category->get_mentions (entry);

        return g_strdup_printf ("%u", mentions != NULL ? mentions->len : 0);
      }
    default:
      g_return_val_if_reached (NULL);
    }
}

static DiemPageCellStyle
page_cell_style (DiemCellStyle style)
{
  switch (style)
    {
    case DIEM_CELL_NAME:   return DIEM_PAGE_CELL_NAME;
    case DIEM_CELL_NUMBER: return DIEM_PAGE_CELL_NUMBER;
    case DIEM_CELL_NOTE:   return DIEM_PAGE_CELL_NOTE;
    case DIEM_CELL_PLAIN:
    default:               return DIEM_PAGE_CELL_PLAIN;
    }
}

/* A category's heading and table, as its descriptor lays it out; a row leads to the
 * entry's first mention, and a list of parts to each part's. */
static void
add_category (DiemPageRenderer   *self,
              const DiemCategory *category)
{
  GPtrArray *entries = diem_article_get_entries (self->article, category);
  guint n = category->n_columns;
  g_autofree DiemPageColumn *columns = g_new0 (DiemPageColumn, n);
  g_autofree DiemPageCellStyle *styles = g_new0 (DiemPageCellStyle, n);
  g_autofree const char **texts = g_new0 (const char *, n);
  DiemPageTable table;

  if (category->hide_when_empty && entries->len == 0)
    return;
  diem_page_add_section_heading (self, _(category->title));
  if (entries->len == 0)
    {
      add_none_found (self);
      return;
    }

  for (guint j = 0; j < n; j++)
    {
      const DiemColumn *column = &category->columns[j];

      columns[j] = (DiemPageColumn) { _(column->label), column->width,
                                      column->style == DIEM_CELL_NUMBER ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT };
      styles[j] = page_cell_style (column->style);
    }
  diem_page_table_begin (&table, self, columns, n);
  for (guint i = 0; i < entries->len; i++)
    {
      gconstpointer entry = g_ptr_array_index (entries, i);
      g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
      DiemPageItem *row;

      for (guint j = 0; j < n; j++)
        g_ptr_array_add (cells, dup_cell_text (category, &category->columns[j], entry));
      for (guint j = 0; j < n; j++)
        texts[j] = g_ptr_array_index (cells, j);
      row = diem_page_table_add_row (&table, texts, styles);
      link_row (self, row, first_mention (category, entry));
      for (guint j = 0; j < n; j++)
        if (category->parts_field != NULL && category->columns[j].source == DIEM_COLUMN_FIELD
            && g_str_equal (category->columns[j].field, category->parts_field))
          link_parts (self, row, j, category, entry);
    }
  diem_page_table_end (&table);
}

/* The article's heading block ------------------------------------------------ */

/* Where the article comes from and when: the site, the date, the file's name. */
static char *
dup_dateline (DiemArticle *article)
{
  const char *source = diem_article_get_source (article);
  g_autofree char *published = diem_article_format_published (article);
  GFile *file = diem_article_get_file (article);
  g_autofree char *file_name = file != NULL ? g_file_get_basename (file) : NULL;
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();

  if (source != NULL && *source != '\0')
    g_ptr_array_add (parts, (gpointer) source);
  if (published != NULL)
    g_ptr_array_add (parts, published);
  if (file_name != NULL)
    g_ptr_array_add (parts, file_name);
  g_ptr_array_add (parts, NULL);
  return parts->len > 1 ? g_strjoinv (" · ", (char **) parts->pdata) : NULL;
}

static char *
dup_byline (DiemArticle *article)
{
  GPtrArray *byline = diem_article_get_byline (article);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; byline != NULL && i < byline->len; i++)
    {
      if (i > 0)
        g_string_append (names, ", ");
      g_string_append (names, g_ptr_array_index (byline, i));
    }
  return names->len > 0 ? g_string_free (g_steal_pointer (&names), FALSE) : NULL;
}

static DiemPageItem *
add_heading_line (DiemPageRenderer *self,
                  const char       *text,
                  PangoStyle        style)
{
  DiemPageItem *item = diem_page_add_text_item (self, DIEM_PAGE_ITEM_TEXT, text,
                                                diem_page_font_new (DIEM_PAGE_SANS_FAMILIES, 9.5,
                                                                    PANGO_WEIGHT_NORMAL, style),
                                                NULL, 0, PANGO_ALIGN_LEFT, FALSE, 1.0);

  item->color = 0x555555;
  item->space_after = 2;
  item->keep_together = TRUE;
  item->keep_with_next = TRUE;
  return item;
}

/**
 * diem_page_add_article_heading:
 *
 * What a summary printed without its article says of it: the headline, where it comes
 * from and when, and who wrote it, above a rule. The headline is the part's outline
 * entry.
 */
void
diem_page_add_article_heading (DiemPageRenderer *self)
{
  g_autofree char *title = diem_page_dup_article_title (self->article);
  g_autofree char *dateline = dup_dateline (self->article);
  g_autofree char *byline = dup_byline (self->article);
  DiemPageItem *headline, *last;

  headline = diem_page_add_text_item (self, DIEM_PAGE_ITEM_TEXT, title,
                                      diem_page_font_new (DIEM_PAGE_SANS_FAMILIES, 20, PANGO_WEIGHT_BOLD,
                                                          PANGO_STYLE_NORMAL),
                                      NULL, 0, PANGO_ALIGN_LEFT, FALSE, 0.92);
  headline->color = 0x111111;
  headline->space_after = 6;
  headline->keep_together = TRUE;
  headline->keep_with_next = TRUE;
  last = headline;
  diem_page_add_mark (self, g_strdup (title), 0, headline);
  if (dateline != NULL)
    last = add_heading_line (self, dateline, PANGO_STYLE_NORMAL);
  if (byline != NULL)
    last = add_heading_line (self, byline, PANGO_STYLE_ITALIC);
  last->rule_below = 10;
  last->space_after = 4;
  for (guint i = headline->index; i < self->items->len; i++)
    diem_page_item_release_lines (g_ptr_array_index (self->items, i));
}

/* The summary sheet ------------------------------------------------------------ */

/* The editor's summary, first: what the tables support. Under a heading of its own
 * when the sheet's title is the article's. */
static void
add_editor_summary (DiemPageRenderer *self,
                    gboolean          with_heading)
{
  if (self->summary_text == NULL)
    return;
  if (with_heading)
    diem_page_add_section_heading (self, _("Summary"));
  diem_page_add_markdown (self, self->summary_text);
}

void
diem_page_add_summary (DiemPageRenderer *self)
{
  const DiemCategory * const *categories;
  guint n_categories;
  guint first_item = self->items->len;
  DiemPageItem *title;

  if (self->contents == DIEM_PAGE_CONTENTS_SUMMARY)
    {
      /* under the article's heading block, which is the part's title */
      add_editor_summary (self, TRUE);
      categories = diem_categories (&n_categories);
      for (guint i = 0; i < n_categories; i++)
        add_category (self, categories[i]);
      for (guint i = first_item; i < self->items->len; i++)
        diem_page_item_release_lines (g_ptr_array_index (self->items, i));
      return;
    }

  title = diem_page_add_text_item (self, DIEM_PAGE_ITEM_TEXT, _("Summary"),
                                   diem_page_font_new (DIEM_PAGE_SANS_FAMILIES, 20, PANGO_WEIGHT_BOLD,
                                                       PANGO_STYLE_NORMAL),
                                   NULL, 0, PANGO_ALIGN_LEFT, FALSE, 1.0);

  diem_page_add_mark (self, g_strdup (_("Summary")), 0, title);
  title->page_break_before = TRUE;
  title->rule_below = 8;
  title->keep_with_next = TRUE;
  title->space_after = 0;

  add_editor_summary (self, FALSE);
  categories = diem_categories (&n_categories);
  for (guint i = 0; i < n_categories; i++)
    add_category (self, categories[i]);

  /* measured: the lines go until the page is drawn, so memory stays flat */
  for (guint i = first_item; i < self->items->len; i++)
    diem_page_item_release_lines (g_ptr_array_index (self->items, i));
}
