/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-page-digest.c — a digest's own pages: the cover, the contents, the index
 *
 * The contents and the index are tables (diem-page-table.c) whose cells link to the
 * first page of an article's part; the cover is one page drawn as it is.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "diem-fold.h"
#include "diem-page-digest.h"
#include "diem-page-renderer-private.h"

void
diem_digest_part_free (DiemDigestPart *part)
{
  g_free (part->headline);
  g_free (part);
}

void
diem_digest_name_free (DiemDigestName *name)
{
  g_free (name->name);
  g_free (name->sort_key);
  g_array_unref (name->parts);
  g_free (name);
}

/* Vietnamese indexes sort people by their given name, the last word, then by the whole
 * name; folded, so that case and marks never split one letter's run. */
static char *
dup_sort_key (const char *name)
{
  const char *given = strrchr (name, ' ');
  g_autofree char *folded_given = diem_fold (given != NULL ? given + 1 : name, -1);
  g_autofree char *folded = diem_fold (name, -1);

  return g_strdup_printf ("%s\x01%s\x01%s", folded_given, folded, name);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  const DiemDigestName *x = *(DiemDigestName * const *) a;
  const DiemDigestName *y = *(DiemDigestName * const *) b;

  return strcmp (x->sort_key, y->sort_key);
}

/* One space between words, as a name is compared across articles. */
static char *
dup_clean_name (const char *name)
{
  g_auto(GStrv) words = g_strsplit_set (name, " \t\r\n", -1);
  g_autoptr(GString) clean = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      {
        if (clean->len > 0)
          g_string_append_c (clean, ' ');
        g_string_append (clean, words[i]);
      }
  return g_string_free (g_steal_pointer (&clean), FALSE);
}

/**
 * diem_digest_index_names:
 * @officials_by_part: (element-type GPtrArray<utf8>): the officials' names of each part
 *
 * The people of the index: one entry per name (written alike but for case), with the
 * parts that name them, each once and in order.
 *
 * Returns: (transfer full) (element-type DiemDigestName): in index order
 */
GPtrArray *
diem_digest_index_names (GPtrArray *officials_by_part)
{
  GPtrArray *names = g_ptr_array_new_with_free_func ((GDestroyNotify) diem_digest_name_free);
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint p = 0; p < officials_by_part->len; p++)
    {
      GPtrArray *officials = g_ptr_array_index (officials_by_part, p);

      for (guint i = 0; officials != NULL && i < officials->len; i++)
        {
          g_autofree char *clean = dup_clean_name (g_ptr_array_index (officials, i));
          char *key = g_utf8_casefold (clean, -1);
          DiemDigestName *name;

          if (*clean == '\0')
            {
              g_free (key);
              continue;
            }
          name = g_hash_table_lookup (by_key, key);
          if (name == NULL)
            {
              name = g_new0 (DiemDigestName, 1);
              name->name = g_steal_pointer (&clean);
              name->sort_key = dup_sort_key (name->name);
              name->parts = g_array_new (FALSE, FALSE, sizeof (guint));
              g_hash_table_insert (by_key, key, name);
              g_ptr_array_add (names, name);
            }
          else
            g_free (key);
          if (name->parts->len == 0 || g_array_index (name->parts, guint, name->parts->len - 1) != p)
            g_array_append_val (name->parts, p);
        }
    }
  g_ptr_array_sort (names, compare_names);
  return names;
}

/* Part titles ---------------------------------------------------------------- */

static DiemPageItem *
add_part_title (DiemPageRenderer *self,
                const char       *title)
{
  DiemPageItem *item = diem_page_add_text_item (self, DIEM_PAGE_ITEM_TEXT, title,
                                                diem_page_font_new (DIEM_PAGE_SANS_FAMILIES, 20, PANGO_WEIGHT_BOLD,
                                                                    PANGO_STYLE_NORMAL),
                                                NULL, 0, PANGO_ALIGN_LEFT, FALSE, 1.0);

  item->rule_below = 8;
  item->keep_with_next = TRUE;
  item->keep_together = TRUE;
  diem_page_add_mark (self, g_strdup (title), 0, item);
  return item;
}

static void
release_all_lines (DiemPageRenderer *self)
{
  for (guint i = 0; i < self->items->len; i++)
    diem_page_item_release_lines (g_ptr_array_index (self->items, i));
}

/* The contents -------------------------------------------------------------- */

static void
build_contents (DiemPageRenderer *self,
                gpointer          data)
{
  GPtrArray *parts = data;
  const DiemPageColumn columns[] = {
    { C_("digest contents", "No."), 0.07, PANGO_ALIGN_RIGHT },
    { C_("digest contents", "Article"), 0.81, PANGO_ALIGN_LEFT },
    { C_("digest contents", "Page"), 0.12, PANGO_ALIGN_RIGHT },
  };
  const DiemPageCellStyle styles[] = { DIEM_PAGE_CELL_NUMBER, DIEM_PAGE_CELL_NAME, DIEM_PAGE_CELL_NUMBER };
  DiemPageTable table;

  add_part_title (self, _("Contents"));
  diem_page_table_begin (&table, self, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < parts->len; i++)
    {
      DiemDigestPart *part = g_ptr_array_index (parts, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      /* the page's width is known before its number: the same cells, whatever it is */
      g_autofree char *page = g_strdup_printf ("%u", part->first_page);
      const char *texts[] = { number, part->headline, page };
      gsize target = DIEM_PAGE_PART_TARGET (i);
      DiemPageItem *row = diem_page_table_add_row (&table, texts, styles);

      diem_page_table_link_cell (row, 1, &target, 1);
      diem_page_table_link_cell (row, 2, &target, 1);
    }
  diem_page_table_end (&table);
  release_all_lines (self);
}

/**
 * diem_page_contents_new:
 * @parts: (element-type DiemDigestPart): the articles; read at each pagination
 *
 * The digest's contents: a row per article, its headline and page leading to it.
 */
DiemPageRenderer *
diem_page_contents_new (double     page_width,
                        double     page_height,
                        double     margin,
                        GPtrArray *parts)
{
  DiemPageRenderer *self = diem_page_renderer_new_part (page_width, page_height, margin, build_contents, parts);

  diem_page_renderer_set_running_title (self, _("Contents"));
  return self;
}

/* The index ----------------------------------------------------------------- */

typedef struct
{
  GPtrArray *parts;
  GPtrArray *names;
} IndexData;

static void
build_index (DiemPageRenderer *self,
             gpointer          data)
{
  IndexData *index = data;
  const DiemPageColumn columns[] = {
    { C_("digest index", "Official"), 0.32, PANGO_ALIGN_LEFT },
    { C_("digest index", "Articles"), 0.68, PANGO_ALIGN_LEFT },
  };
  const DiemPageCellStyle styles[] = { DIEM_PAGE_CELL_NAME, DIEM_PAGE_CELL_PLAIN };
  DiemPageTable table;
  DiemPageItem *note;

  add_part_title (self, _("Index of Officials"));
  note = diem_page_add_text_item (self, DIEM_PAGE_ITEM_TEXT, _("By given name, the last word of a name, as Vietnamese names are sorted"),
                                  diem_page_font_new (DIEM_PAGE_SANS_FAMILIES, 9, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC),
                                  NULL, 0, PANGO_ALIGN_LEFT, FALSE, 1.0);
  note->color = 0x666666;
  note->space_before = 4;
  note->keep_with_next = TRUE;
  if (index->names->len == 0)
    {
      DiemPageItem *none = diem_page_add_text_item (self, DIEM_PAGE_ITEM_TEXT, _("None found"),
                                                    diem_page_font_new (DIEM_PAGE_SERIF_FAMILIES, 10.5,
                                                                        PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC),
                                                    NULL, 0, PANGO_ALIGN_LEFT, FALSE, 1.0);
      none->color = 0x6a6a6a;
      release_all_lines (self);
      return;
    }

  diem_page_table_begin (&table, self, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < index->names->len; i++)
    {
      DiemDigestName *name = g_ptr_array_index (index->names, i);
      g_autoptr(GString) articles = g_string_new (NULL);
      g_autofree gsize *targets = g_new (gsize, name->parts->len);
      const char *texts[2];
      DiemPageItem *row;

      /* a line per article, each its own link: "headline — p. 7", the page number kept
       * on the headline's last line by no-break spaces */
      for (guint k = 0; k < name->parts->len; k++)
        {
          guint p = g_array_index (name->parts, guint, k);
          DiemDigestPart *part = g_ptr_array_index (index->parts, p);

          if (k > 0)
            g_string_append_c (articles, '\n');
          g_string_append_printf (articles, _("%s — p. %u"), part->headline, part->first_page);
          targets[k] = DIEM_PAGE_PART_TARGET (p);
        }
      texts[0] = name->name;
      texts[1] = articles->str;
      row = diem_page_table_add_row (&table, texts, styles);
      diem_page_table_link_cell (row, 0, &targets[0], 1);
      diem_page_table_link_cell (row, 1, targets, name->parts->len);
    }
  diem_page_table_end (&table);
  release_all_lines (self);
}

/**
 * diem_page_index_new:
 * @parts: (element-type DiemDigestPart): the articles
 * @names: (element-type DiemDigestName): the people, from diem_digest_index_names ()
 *
 * The index of officials: each name, and the articles that name them, linked. Both
 * arrays must outlive the renderer.
 */
DiemPageRenderer *
diem_page_index_new (double     page_width,
                     double     page_height,
                     double     margin,
                     GPtrArray *parts,
                     GPtrArray *names)
{
  IndexData *data = g_new0 (IndexData, 1);
  DiemPageRenderer *self;

  data->parts = parts;
  data->names = names;
  self = diem_page_renderer_new_part (page_width, page_height, margin, build_index, data);
  self->build_data_free = g_free;
  diem_page_renderer_set_running_title (self, _("Index of Officials"));
  return self;
}

/* The cover ----------------------------------------------------------------- */

static double
draw_centred (DiemPageRenderer *self,
              cairo_t          *cr,
              const char       *text,
              double            size,
              PangoWeight       weight,
              guint32           color,
              double            y)
{
  g_autoptr(PangoLayout) layout = pango_layout_new (self->context);
  PangoFontDescription *font = diem_page_font_new (DIEM_PAGE_SANS_FAMILIES, size, weight, PANGO_STYLE_NORMAL);
  int width, height;

  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_width (layout, (int) (diem_page_content_width (self) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_size (layout, &width, &height);
  diem_page_set_color (cr, color);
  cairo_move_to (cr, self->margin, y);
  pango_cairo_show_layout (cr, layout);
  return y + (double) height / PANGO_SCALE;
}

/**
 * diem_page_draw_cover:
 * @renderer: a renderer of the same document, for its fonts and page size
 *
 * The digest's first page: its title, its date and how many articles it holds,
 * between two rules a third of the way down.
 */
void
diem_page_draw_cover (DiemPageRenderer *renderer,
                      cairo_t          *cr,
                      const char       *title,
                      const char       *date,
                      guint             n_articles)
{
  g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u article", "%u articles", n_articles),
                                            n_articles);
  double y = renderer->page_height / 3;

  cairo_save (cr);
  cairo_tag_begin (cr, "Div", "");
  diem_page_set_color (cr, 0x7a2018);
  cairo_rectangle (cr, renderer->margin, y - 24, diem_page_content_width (renderer), 2.5);
  cairo_fill (cr);
  y = draw_centred (renderer, cr, title, 32, PANGO_WEIGHT_BOLD, 0x111111, y);
  y = draw_centred (renderer, cr, date, 13, PANGO_WEIGHT_NORMAL, 0x444444, y + 14);
  y = draw_centred (renderer, cr, count, 11, PANGO_WEIGHT_NORMAL, 0x666666, y + 6);
  diem_page_set_color (cr, 0x7a2018);
  cairo_rectangle (cr, renderer->margin, y + 22, diem_page_content_width (renderer), 0.8);
  cairo_fill (cr);
  cairo_tag_end (cr, "Div");
  cairo_restore (cr);
}
