/* diem-page-renderer.c — the article and its summary laid out on pages
 *
 * Every block gets its own PangoLayout (a single layout for a long article gets
 * slower per page as it grows). Pagination places whole layouts or runs of their
 * lines on pages; drawing replays those placements line by line.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "diem-page-renderer.h"

#define SERIF_FAMILIES DIEM_PAGE_BODY_FAMILIES
#define SANS_FAMILIES  "Noto Sans, DejaVu Sans, Liberation Sans, sans-serif"

/* A paragraph split across pages keeps at least this many lines on either side */
#define MIN_SPLIT_LINES 2

/* Pango lays out a very long paragraph slowly and, past a few hundred kilobytes,
 * wrongly (lines run off the page); longer text is cut into layouts of this size. */
#define MAX_LAYOUT_BYTES 8192

#define BOX_PADDING   9.0
#define PHOTO_HEIGHT  46.0
#define PHOTO_GAP     8.0
#define FOOTER_SIZE   8.0

typedef enum
{
  ITEM_TEXT,
  ITEM_CAPTION, /* a framed box: photo area, caption and credit */
} ItemKind;

typedef struct
{
  ItemKind     kind;
  PangoLayout *layout;
  guint32      color;          /* 0xRRGGBB */
  double       indent;         /* from the left margin, points */
  double       space_before;
  double       space_after;
  double       rule_below;     /* 0, or the room for a hairline under the last line */
  gboolean     keep_together;  /* only split when taller than a page */
  gboolean     keep_with_next; /* never the last thing on a page */
  gboolean     page_break_before;
  int          n_lines;
  double      *line_top;       /* n_lines + 1 entries; the last one is the layout's height */
  double      *baseline;       /* n_lines entries, from the layout's top */
  double      *line_x;         /* n_lines entries, alignment offset */
} Item;

typedef struct
{
  Item  *item;
  int    first_line;
  int    end_line;
  double y;
} Placement;

struct _DiemPageRenderer
{
  DiemArticle  *article;
  PangoContext *context;
  double        page_width;
  double        page_height;
  double        margin;
  GPtrArray    *items; /* (element-type Item) */
  GPtrArray    *pages; /* (element-type GArray<Placement>) */
  guint         summary_page;  /* G_MAXUINT without a summary */
  DiemPageContents contents;

  /* pagination state */
  double        y;
  double        last_space_after;
};

static void
item_free (Item *item)
{
  g_clear_object (&item->layout);
  g_free (item->line_top);
  g_free (item->baseline);
  g_free (item->line_x);
  g_free (item);
}

static double
content_width (DiemPageRenderer *self)
{
  return self->page_width - 2 * self->margin;
}

static double
content_bottom (DiemPageRenderer *self)
{
  return self->page_height - self->margin;
}

/* Runs of white space (line breaks of the source included) become one space. */
static char *
fold_white_space (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));
  gboolean pending_space = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* a no-break space is kept: the writer asked for it */
      if (g_unichar_isspace (c) && c != 0x00A0 && c != 0x202F)
        {
          pending_space = out->len > 0;
          continue;
        }
      if (pending_space)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static PangoFontDescription *
font_new (const char  *families,
          double       size,
          PangoWeight  weight,
          PangoStyle   style)
{
  PangoFontDescription *font = pango_font_description_new ();

  pango_font_description_set_family (font, families);
  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  pango_font_description_set_weight (font, weight);
  pango_font_description_set_style (font, style);
  return font;
}

static void
measure_lines (Item *item)
{
  PangoLayoutIter *iter = pango_layout_get_iter (item->layout);
  PangoRectangle logical;
  int i = 0;

  g_free (item->line_top);
  g_free (item->baseline);
  g_free (item->line_x);
  item->n_lines = pango_layout_get_line_count (item->layout);
  item->line_top = g_new0 (double, item->n_lines + 1);
  item->baseline = g_new0 (double, item->n_lines);
  item->line_x = g_new0 (double, item->n_lines);

  do
    {
      int y0, y1;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      item->line_top[i] = (double) y0 / PANGO_SCALE;
      item->baseline[i] = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      item->line_x[i] = (double) logical.x / PANGO_SCALE;
      i++;
    }
  while (i < item->n_lines && pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  pango_layout_get_extents (item->layout, NULL, &logical);
  item->line_top[item->n_lines] = MAX ((double) logical.height / PANGO_SCALE,
                                       item->line_top[item->n_lines - 1]);
}

/* Pango may break a line after a '/' or a '-' inside "98/2023/QH15" or "LĐTB-XH";
 * such a token is kept whole so it reads, and extracts, as written. Long tokens (web
 * addresses) may still break rather than run into the margin. */
static void
keep_compound_tokens_whole (PangoAttrList *attrs,
                            const char    *text)
{
  const char *p = text;

  while (*p != '\0')
    {
      const char *start, *end, *last;
      gboolean compound = FALSE;

      while (*p != '\0' && g_unichar_isspace (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      start = p;
      while (*p != '\0' && !g_unichar_isspace (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      end = p;
      if (start == end)
        break;

      last = g_utf8_find_prev_char (start, end);
      for (const char *q = g_utf8_next_char (start); q < last; q = g_utf8_next_char (q))
        if (!g_unichar_isalnum (g_utf8_get_char (q)) && !g_unichar_ismark (g_utf8_get_char (q)))
          compound = TRUE;

      if (compound && end - start <= 48)
        {
          PangoAttribute *attr = pango_attr_allow_breaks_new (FALSE);

          attr->start_index = (guint) (start - text);
          attr->end_index = (guint) (end - text);
          pango_attr_list_insert (attrs, attr);
        }
    }
}

/* Takes ownership of @font and @attrs (nullable). */
static Item *
add_text_item (DiemPageRenderer     *self,
               ItemKind              kind,
               const char           *text,
               PangoFontDescription *font,
               PangoAttrList        *attrs,
               double                indent,
               PangoAlignment        alignment,
               gboolean              justify,
               double                line_spacing)
{
  Item *item = g_new0 (Item, 1);
  double width = content_width (self) - indent - (kind == ITEM_CAPTION ? 2 * BOX_PADDING : 0);

  item->kind = kind;
  item->indent = indent;
  item->color = 0x1c1c1c;
  item->layout = pango_layout_new (self->context);
  pango_layout_set_font_description (item->layout, font);
  pango_layout_set_width (item->layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (item->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (item->layout, alignment);
  pango_layout_set_justify (item->layout, justify);
  pango_layout_set_line_spacing (item->layout, (float) line_spacing);
  pango_layout_set_text (item->layout, text, -1);
  if (attrs == NULL)
    attrs = pango_attr_list_new ();
  keep_compound_tokens_whole (attrs, text);
  pango_layout_set_attributes (item->layout, attrs);
  measure_lines (item);

  pango_font_description_free (font);
  g_clear_pointer (&attrs, pango_attr_list_unref);
  g_ptr_array_add (self->items, item);
  return item;
}

/* Article blocks ------------------------------------------------------------ */

/* A justified paragraph as as many layouts as it needs. Each part but the last ends
 * where one of its lines ended (line breaking is greedy, so dropping the last line
 * leaves the others as they were), and justifies that line like any other. */
static void
add_paragraph (DiemPageRenderer *self,
               const char       *text,
               const char       *families,
               double            size,
               PangoWeight       weight,
               double            line_spacing,
               double            space_before,
               double            space_after)
{
  const char *p = text;
  gsize left = strlen (text);
  gboolean first = TRUE;

  while (left > 0)
    {
      g_autofree char *part = NULL;
      gsize cut = left;
      Item *item;

      if (left > MAX_LAYOUT_BYTES)
        {
          for (cut = MAX_LAYOUT_BYTES; (p[cut] & 0xc0) == 0x80; cut--)
            ;
          part = g_strndup (p, cut);
          item = add_text_item (self, ITEM_TEXT, part,
                                font_new (families, size, weight, PANGO_STYLE_NORMAL),
                                NULL, 0, PANGO_ALIGN_LEFT, TRUE, line_spacing);
          if (item->n_lines > 1)
            {
              PangoLayoutLine *last = pango_layout_get_line_readonly (item->layout, item->n_lines - 1);
              cut = (gsize) last->start_index;
            }
          g_ptr_array_remove_index (self->items, self->items->len - 1);
          g_clear_pointer (&part, g_free);
        }

      part = g_strndup (p, cut);
      item = add_text_item (self, ITEM_TEXT, g_strchomp (part),
                            font_new (families, size, weight, PANGO_STYLE_NORMAL),
                            NULL, 0, PANGO_ALIGN_LEFT, TRUE, line_spacing);
      item->space_before = first ? space_before : 0;
      item->space_after = cut == left ? space_after : 0;
      if (cut < left)
        {
          pango_layout_set_justify_last_line (item->layout, TRUE);
          measure_lines (item);
        }

      p += cut;
      left -= cut;
      first = FALSE;
    }
}

static void
add_attribute (PangoAttrList  *attrs,
               PangoAttribute *attr,
               gsize           start,
               gsize           end)
{
  attr->start_index = (guint) start;
  attr->end_index = (guint) end;
  pango_attr_list_insert (attrs, attr);
}

static void
add_caption (DiemPageRenderer *self,
             DiemBlock        *block)
{
  g_autofree char *raw = diem_article_dup_span (self->article, block->text_span);
  g_autofree char *caption = fold_white_space (raw);
  gboolean has_credit = block->credit != NULL && *block->credit != '\0';
  g_autoptr(GString) text = g_string_new (caption);
  PangoAttrList *attrs;
  Item *item;

  /* the credit is part of the article, written in the article's language */
  if (text->len > MAX_LAYOUT_BYTES)
    {
      /* far too long for a box: it flows as a paragraph instead */
      if (has_credit)
        g_string_append_printf (text, " Ảnh: %s", block->credit);
      add_paragraph (self, text->str, SANS_FAMILIES, 9, PANGO_WEIGHT_NORMAL, 1.0, 10, 12);
      return;
    }

  attrs = pango_attr_list_new ();
  if (has_credit)
    {
      gsize start = text->len + (text->len > 0 ? 1 : 0);

      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, "Ảnh: %s", block->credit);
      add_attribute (attrs, pango_attr_style_new (PANGO_STYLE_ITALIC), start, text->len);
      add_attribute (attrs, pango_attr_scale_new (0.88), start, text->len);
      add_attribute (attrs, pango_attr_foreground_new (0x5a5a, 0x5a5a, 0x5a5a), start, text->len);
    }

  item = add_text_item (self, ITEM_CAPTION, text->str,
                        font_new (SANS_FAMILIES, 9, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL),
                        attrs, 0, PANGO_ALIGN_LEFT, FALSE, 1.0);
  item->color = 0x303030;
  item->space_before = 10;
  item->space_after = 12;
  item->keep_together = TRUE;
}

static void
add_block (DiemPageRenderer *self,
           DiemBlock        *block)
{
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;
  Item *item;

  if (block->kind == DIEM_BLOCK_CAPTION)
    {
      add_caption (self, block);
      return;
    }

  raw = diem_article_dup_span (self->article, block->span);
  text = fold_white_space (raw);
  if (*text == '\0')
    return;

  switch (block->kind)
    {
    case DIEM_BLOCK_HEADLINE:
      item = add_text_item (self, ITEM_TEXT, text,
                            font_new (SANS_FAMILIES, 22, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL),
                            NULL, 0, PANGO_ALIGN_LEFT, FALSE, 0.92);
      item->color = 0x111111;
      item->space_after = 10;
      item->rule_below = 10;
      item->keep_together = TRUE;
      item->keep_with_next = TRUE;
      break;

    case DIEM_BLOCK_LEAD:
      add_paragraph (self, text, SERIF_FAMILIES, 12, PANGO_WEIGHT_BOLD, 1.02, 4, 12);
      break;

    case DIEM_BLOCK_BYLINE:
      item = add_text_item (self, ITEM_TEXT, text,
                            font_new (SANS_FAMILIES, 10, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL),
                            NULL, 0, PANGO_ALIGN_RIGHT, FALSE, 1.0);
      item->space_before = 14;
      item->keep_together = TRUE;
      break;

    case DIEM_BLOCK_PARAGRAPH:
    case DIEM_BLOCK_CAPTION:
    default:
      add_paragraph (self, text, SERIF_FAMILIES, 11, PANGO_WEIGHT_NORMAL, 1.08, 0, 7);
      break;
    }
}

/* Summary ------------------------------------------------------------------- */

static Item *
add_section_heading (DiemPageRenderer *self,
                     const char       *title)
{
  Item *item = add_text_item (self, ITEM_TEXT, title,
                              font_new (SANS_FAMILIES, 12.5, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL),
                              NULL, 0, PANGO_ALIGN_LEFT, FALSE, 1.0);

  item->color = 0x7a2018;
  item->space_before = 18;
  item->space_after = 6;
  item->keep_together = TRUE;
  item->keep_with_next = TRUE;
  return item;
}

static void
add_none_found (DiemPageRenderer *self)
{
  Item *item = add_text_item (self, ITEM_TEXT, _("None found"),
                              font_new (SERIF_FAMILIES, 10.5, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC),
                              NULL, 0, PANGO_ALIGN_LEFT, FALSE, 1.0);
  item->color = 0x6a6a6a;
}

/* "LEAD — rest", with the lead in bold and a hanging indent for wrapped lines. */
static Item *
add_entry (DiemPageRenderer *self,
           const char       *lead,
           const char       *rest,
           double            indent)
{
  g_autofree char *text = NULL;
  PangoAttrList *attrs = pango_attr_list_new ();
  Item *item;

  text = rest != NULL && *rest != '\0' ? g_strdup_printf ("%s — %s", lead, rest) : g_strdup (lead);
  add_attribute (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD), 0, strlen (lead));
  item = add_text_item (self, ITEM_TEXT, text,
                        font_new (SERIF_FAMILIES, 10.5, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL),
                        attrs, indent, PANGO_ALIGN_LEFT, FALSE, 1.02);
  pango_layout_set_indent (item->layout, -14 * PANGO_SCALE);
  measure_lines (item);
  item->space_after = 4;
  return item;
}

static void
add_officials (DiemPageRenderer *self)
{
  GPtrArray *officials = diem_article_get_officials (self->article);

  add_section_heading (self, _("Officials"));
  if (officials == NULL || officials->len == 0)
    {
      add_none_found (self);
      return;
    }
  for (guint i = 0; i < officials->len; i++)
    {
      DiemOfficial *official = g_ptr_array_index (officials, i);
      g_autoptr(GString) titles = g_string_new (NULL);

      for (guint j = 0; official->titles != NULL && j < official->titles->len; j++)
        {
          if (j > 0)
            g_string_append (titles, "; ");
          g_string_append (titles, g_ptr_array_index (official->titles, j));
        }
      add_entry (self, official->name, titles->str, 0);
    }
}

static void
add_awards (DiemPageRenderer *self)
{
  GPtrArray *awards = diem_article_get_awards (self->article);

  add_section_heading (self, _("Awards"));
  if (awards == NULL || awards->len == 0)
    {
      add_none_found (self);
      return;
    }
  /* the extraction keeps the tiers in rank order */
  for (guint i = 0; i < awards->len; i++)
    {
      DiemAward *award = g_ptr_array_index (awards, i);
      Item *tier = add_text_item (self, ITEM_TEXT, award->award,
                                  font_new (SANS_FAMILIES, 10.5, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL),
                                  NULL, 0, PANGO_ALIGN_LEFT, FALSE, 1.0);

      tier->space_before = i > 0 ? 9 : 0;
      tier->space_after = 3;
      tier->keep_together = TRUE;
      tier->keep_with_next = award->recipients != NULL && award->recipients->len > 0;

      for (guint j = 0; award->recipients != NULL && j < award->recipients->len; j++)
        {
          g_autofree char *bullet = g_strdup_printf ("•  %s", (char *) g_ptr_array_index (award->recipients, j));
          Item *item = add_text_item (self, ITEM_TEXT, bullet,
                                      font_new (SERIF_FAMILIES, 10.5, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL),
                                      NULL, 12, PANGO_ALIGN_LEFT, FALSE, 1.0);

          pango_layout_set_indent (item->layout, -10 * PANGO_SCALE);
          measure_lines (item);
          item->space_after = 2;
        }

      if (award->presenter != NULL)
        {
          g_autofree char *line = g_strdup_printf (_("Presented by %s"), award->presenter);
          Item *item = add_text_item (self, ITEM_TEXT, line,
                                      font_new (SERIF_FAMILIES, 9.5, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC),
                                      NULL, 12, PANGO_ALIGN_LEFT, FALSE, 1.0);
          item->color = 0x5a5a5a;
          item->space_before = 2;
        }
    }
}

static const char *
document_kind_label (DiemDocumentKind kind)
{
  switch (kind)
    {
    case DIEM_DOCUMENT_RESOLUTION: return _("Resolution");
    case DIEM_DOCUMENT_DECREE:     return _("Decree");
    case DIEM_DOCUMENT_DECISION:   return _("Decision");
    case DIEM_DOCUMENT_DIRECTIVE:  return _("Directive");
    case DIEM_DOCUMENT_CONCLUSION: return _("Conclusion");
    case DIEM_DOCUMENT_CIRCULAR:   return _("Circular");
    case DIEM_DOCUMENT_LAW:        return _("Law");
    default:                       return _("Document");
    }
}

static void
add_document_list (DiemPageRenderer *self,
                   GPtrArray        *documents,
                   gboolean          with_kind)
{
  for (guint i = 0; documents != NULL && i < documents->len; i++)
    {
      DiemDocument *document = g_ptr_array_index (documents, i);
      g_autoptr(GString) rest = g_string_new (NULL);
      g_autofree char *lead = with_kind
        ? g_strdup_printf ("%s %s", document_kind_label (document->kind), document->id)
        : g_strdup (document->id);

      if (document->issuer != NULL)
        g_string_append (rest, document->issuer);
      if (document->subject != NULL)
        {
          if (rest->len > 0)
            g_string_append (rest, ", ");
          g_string_append (rest, document->subject);
        }
      add_entry (self, lead, rest->str, 0);
    }
}

static void
add_summary (DiemPageRenderer *self)
{
  GPtrArray *resolutions = diem_article_get_resolutions (self->article);
  GPtrArray *documents = diem_article_get_documents (self->article);
  Item *title = add_text_item (self, ITEM_TEXT, _("Summary"),
                               font_new (SANS_FAMILIES, 20, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL),
                               NULL, 0, PANGO_ALIGN_LEFT, FALSE, 1.0);

  title->page_break_before = TRUE;
  title->rule_below = 8;
  title->keep_with_next = TRUE;
  title->space_after = 0;

  add_officials (self);
  add_awards (self);

  add_section_heading (self, _("Resolutions"));
  if (resolutions == NULL || resolutions->len == 0)
    add_none_found (self);
  add_document_list (self, resolutions, FALSE);

  if (documents != NULL && documents->len > 0)
    {
      add_section_heading (self, _("Other documents"));
      add_document_list (self, documents, TRUE);
    }
}

/* Pagination ---------------------------------------------------------------- */

static double
item_height (Item *item,
             int   first_line,
             int   end_line)
{
  double height = item->line_top[end_line] - item->line_top[first_line];

  if (item->kind == ITEM_CAPTION)
    height += 2 * BOX_PADDING + (first_line == 0 ? PHOTO_HEIGHT + PHOTO_GAP : 0);
  if (end_line == item->n_lines)
    height += item->rule_below;
  return height;
}

static GArray *
current_page (DiemPageRenderer *self)
{
  return g_ptr_array_index (self->pages, self->pages->len - 1);
}

static void
start_page (DiemPageRenderer *self)
{
  g_ptr_array_add (self->pages, g_array_new (FALSE, FALSE, sizeof (Placement)));
  self->y = self->margin;
  self->last_space_after = 0;
}

static gboolean
page_is_empty (DiemPageRenderer *self)
{
  return current_page (self)->len == 0;
}

static int
lines_that_fit (Item   *item,
                int     first_line,
                double  room)
{
  int end = first_line;

  while (end < item->n_lines && item_height (item, first_line, end + 1) <= room)
    end++;
  return end - first_line;
}

/* The least of @item that must follow a keep-with-next item on the same page. */
static double
opening_height (DiemPageRenderer *self,
                Item             *item)
{
  double whole = item_height (item, 0, item->n_lines);

  if (item->keep_together && whole <= content_bottom (self) - self->margin)
    return whole;
  return item_height (item, 0, MIN (MIN_SPLIT_LINES, item->n_lines));
}

static void
place (DiemPageRenderer *self,
       Item             *item,
       int               first_line,
       int               end_line,
       double            gap)
{
  Placement placement = { item, first_line, end_line, self->y + gap };

  g_array_append_val (current_page (self), placement);
  self->y += gap + item_height (item, first_line, end_line);
  self->last_space_after = item->space_after;
}

static void
paginate_item (DiemPageRenderer *self,
               Item             *item,
               Item             *next)
{
  double page_room = content_bottom (self) - self->margin;
  int first = 0;

  if (item->page_break_before && !page_is_empty (self))
    start_page (self);

  for (;;)
    {
      double gap = page_is_empty (self) ? 0 : MAX (self->last_space_after, item->space_before);
      double room = content_bottom (self) - self->y - gap;
      int remaining = item->n_lines - first;
      int fit = lines_that_fit (item, first, room);
      int take;

      if (fit == remaining)
        {
          if (item->keep_with_next && next != NULL && first == 0 && !page_is_empty (self))
            {
              double need = item_height (item, 0, item->n_lines)
                            + MAX (item->space_after, next->space_before)
                            + opening_height (self, next);
              if (need > room && need <= page_room)
                {
                  start_page (self);
                  continue;
                }
            }
          place (self, item, first, item->n_lines, gap);
          return;
        }

      if (item->keep_together && first == 0 && item_height (item, 0, item->n_lines) <= page_room)
        {
          /* it fits on an empty page, so it cannot fail to fit here */
          g_assert (!page_is_empty (self));
          start_page (self);
          continue;
        }

      take = fit;
      if (remaining - take < MIN_SPLIT_LINES)
        take = remaining - MIN_SPLIT_LINES;
      if (take < MIN_SPLIT_LINES)
        {
          if (!page_is_empty (self))
            {
              start_page (self);
              continue;
            }
          /* taller than a page even line by line: take whatever fits, at least a line */
          take = MAX (fit, 1);
        }
      place (self, item, first, first + take, gap);
      first += take;
      start_page (self);
    }
}

/* Drawing ------------------------------------------------------------------- */

static void
set_color (cairo_t *cr,
           guint32  rgb)
{
  cairo_set_source_rgb (cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0, (rgb & 0xff) / 255.0);
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

  set_color (cr, 0xe4dfd3);
  cairo_rectangle (cr, x, y, width, height);
  cairo_fill (cr);

  set_color (cr, 0xb2aa98);
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

static void
draw_lines (cairo_t *cr,
            Item    *item,
            int      first_line,
            int      end_line,
            double   x,
            double   y)
{
  PangoLayoutIter *iter = pango_layout_get_iter (item->layout);

  for (int i = 0; i < first_line; i++)
    pango_layout_iter_next_line (iter);

  set_color (cr, item->color);
  for (int i = first_line; i < end_line; i++)
    {
      cairo_move_to (cr, x + item->line_x[i], y + item->baseline[i] - item->line_top[first_line]);
      pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
      pango_layout_iter_next_line (iter);
    }
  pango_layout_iter_free (iter);
}

static void
draw_placement (DiemPageRenderer *self,
                cairo_t          *cr,
                Placement        *placement)
{
  Item *item = placement->item;
  double x = self->margin + item->indent;
  double y = placement->y;
  double text_height = item->line_top[placement->end_line] - item->line_top[placement->first_line];

  if (item->kind == ITEM_CAPTION)
    {
      double height = item_height (item, placement->first_line, placement->end_line);

      cairo_rectangle (cr, x, y, content_width (self), height);
      set_color (cr, 0xf6f3ec);
      cairo_fill_preserve (cr);
      set_color (cr, 0xc8c0b0);
      cairo_set_line_width (cr, 0.6);
      cairo_stroke (cr);

      y += BOX_PADDING;
      if (placement->first_line == 0)
        {
          draw_photo_placeholder (cr, x + BOX_PADDING, y, content_width (self) - 2 * BOX_PADDING, PHOTO_HEIGHT);
          y += PHOTO_HEIGHT + PHOTO_GAP;
        }
      x += BOX_PADDING;
    }

  draw_lines (cr, item, placement->first_line, placement->end_line, x, y);

  if (item->rule_below > 0 && placement->end_line == item->n_lines)
    {
      double rule_y = y + text_height + item->rule_below * 0.55;

      set_color (cr, 0x9a9a9a);
      cairo_set_line_width (cr, 0.5);
      cairo_move_to (cr, self->margin, rule_y);
      cairo_line_to (cr, self->margin + content_width (self), rule_y);
      cairo_stroke (cr);
    }
}

static void
draw_footer (DiemPageRenderer *self,
             cairo_t          *cr,
             guint             page_index)
{
  g_autoptr(PangoLayout) layout = pango_layout_new (self->context);
  g_autofree char *text = g_strdup_printf (_("Page %u of %u"), page_index + 1, self->pages->len);
  PangoFontDescription *font = font_new (SANS_FAMILIES, FOOTER_SIZE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL);
  int width, height;

  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_size (layout, &width, &height);

  set_color (cr, 0x777777);
  cairo_move_to (cr, (self->page_width - (double) width / PANGO_SCALE) / 2,
                 self->page_height - self->margin / 2 - (double) height / PANGO_SCALE / 2);
  pango_cairo_show_layout (cr, layout);
}

/* From the second page on, the headline (or the file name) runs in the top margin,
 * shortened to one line. */
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
  title = diem_article_dup_headline (self->article);
  if (title == NULL)
    title = g_strdup (diem_article_get_title_hint (self->article));
  if (title == NULL)
    return;
  g_strdelimit (title, "\r\n\t", ' ');

  layout = pango_layout_new (self->context);
  font = font_new (SANS_FAMILIES, FOOTER_SIZE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, title, -1);
  pango_layout_set_width (layout, (int) (content_width (self) * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_get_size (layout, &width, &height);

  set_color (cr, 0x777777);
  cairo_move_to (cr, self->margin, self->margin / 2 - (double) height / PANGO_SCALE / 2);
  pango_cairo_show_layout (cr, layout);
}

/* Public API ---------------------------------------------------------------- */

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
  self->items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  /* Points at 72 dpi with unhinted metrics: the layout is the same whatever the
   * cairo_t it is finally drawn on. */
  self->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
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
  GPtrArray *blocks;
  guint summary_item;

  g_return_val_if_fail (self != NULL, 0);

  g_ptr_array_set_size (self->items, 0);
  g_ptr_array_set_size (self->pages, 0);

  self->summary_page = G_MAXUINT;
  blocks = diem_article_get_blocks (self->article);
  if (self->contents != DIEM_PAGE_CONTENTS_SUMMARY)
    for (guint i = 0; i < blocks->len; i++)
      add_block (self, g_ptr_array_index (blocks, i));
  summary_item = self->contents != DIEM_PAGE_CONTENTS_ARTICLE ? self->items->len : G_MAXUINT;
  if (self->contents != DIEM_PAGE_CONTENTS_ARTICLE)
    add_summary (self);

  start_page (self);
  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = g_ptr_array_index (self->items, i);
      Item *next = i + 1 < self->items->len ? g_ptr_array_index (self->items, i + 1) : NULL;

      if (i == summary_item)
        {
          if (!page_is_empty (self))
            start_page (self);
          self->summary_page = self->pages->len - 1;
        }
      paginate_item (self, item, next);
    }

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
  GArray *page;

  g_return_if_fail (self != NULL);
  g_return_if_fail (page_index < self->pages->len);

  page = g_ptr_array_index (self->pages, page_index);
  cairo_save (cr);
  for (guint i = 0; i < page->len; i++)
    draw_placement (self, cr, &g_array_index (page, Placement, i));
  draw_header (self, cr, page_index);
  draw_footer (self, cr, page_index);
  cairo_restore (cr);
}
