/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-page-items.c — the article's blocks as text items, one PangoLayout each
 *
 * Every block gets its own PangoLayout (a single layout for a long article gets
 * slower per page as it grows); a paragraph too long for one layout gets several.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "diem-image.h"
#include "diem-page-renderer-private.h"

/* Pango lays out a very long paragraph slowly and, past a few hundred kilobytes,
 * wrongly (lines run off the page); longer text is cut into layouts of this size. */
#define MAX_LAYOUT_BYTES 8192

void
diem_page_item_free (DiemPageItem *item)
{
  g_clear_object (&item->layout);
  g_free (item->line_top);
  g_free (item->baseline);
  g_free (item->line_x);
  g_clear_pointer (&item->anchors, g_array_unref);
  g_clear_pointer (&item->row, diem_page_row_free);
  g_clear_pointer (&item->photo, cairo_surface_destroy);
  g_free (item);
}

/* Runs of white space (line breaks of the source included) become one space. Each of
 * the @n_targets sorted article offsets (@text starts at @base) becomes an anchor in
 * @anchors, its index the byte of the folded text where that character went. */
static char *
fold_white_space (const char  *text,
                  gsize        base,
                  const gsize *targets,
                  guint        n_targets,
                  GArray      *anchors)
{
  GString *out = g_string_sized_new (strlen (text));
  gboolean pending_space = FALSE;
  guint k = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      for (; k < n_targets && targets[k] <= base + (gsize) (p - text); k++)
        {
          DiemPageAnchor anchor = { targets[k], (int) (out->len + (pending_space ? 1 : 0)), 0, 0 };
          g_array_append_val (anchors, anchor);
        }

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
  for (; k < n_targets; k++)
    {
      DiemPageAnchor anchor = { targets[k], (int) out->len, 0, 0 };
      g_array_append_val (anchors, anchor);
    }
  return g_string_free (out, FALSE);
}

PangoFontDescription *
diem_page_font_new (const char  *families,
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

/* Drops the item's laid-out lines, keeping its text, attributes and measures: Pango
 * lays the text out again when it is next drawn. Pages hold only the measures, so a
 * long article's layouts never all live at once. */
void
diem_page_item_release_lines (DiemPageItem *item)
{
  if (item->keep_lines)
    return;
  if (item->layout != NULL)
    pango_layout_context_changed (item->layout);
  if (item->row != NULL)
    diem_page_row_release_lines (item->row);
}

void
diem_page_item_measure_lines (DiemPageItem *item)
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
      else if (end - start > 48)
        {
          PangoAttribute *attr = pango_attr_insert_hyphens_new (FALSE);

          attr->start_index = (guint) (start - text);
          attr->end_index = (guint) (end - text);
          pango_attr_list_insert (attrs, attr);
        }
    }
}

/* A text item @width points wide that is not (yet) one of the renderer's items: a
 * table cell, or the body of diem_page_add_text_item (). Takes ownership of @font
 * and @attrs (nullable). */
DiemPageItem *
diem_page_text_item_new (DiemPageRenderer     *self,
                         const char           *text,
                         PangoFontDescription *font,
                         PangoAttrList        *attrs,
                         double                width,
                         PangoAlignment        alignment,
                         gboolean              justify,
                         double                line_spacing)
{
  DiemPageItem *item = g_new0 (DiemPageItem, 1);

  item->kind = DIEM_PAGE_ITEM_TEXT;
  item->index = G_MAXUINT;
  item->block = G_MAXUINT;
  item->color = 0x1c1c1c;
  item->link_target = DIEM_PAGE_NO_TARGET;
  item->keep_lines = self->keep_lines;
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
  diem_page_item_measure_lines (item);

  pango_font_description_free (font);
  pango_attr_list_unref (attrs);
  return item;
}

/* Takes ownership of @font and @attrs (nullable). */
DiemPageItem *
diem_page_add_text_item (DiemPageRenderer     *self,
                         DiemPageItemKind      kind,
                         const char           *text,
                         PangoFontDescription *font,
                         PangoAttrList        *attrs,
                         double                indent,
                         PangoAlignment        alignment,
                         gboolean              justify,
                         double                line_spacing)
{
  double width = diem_page_content_width (self) - indent - (kind == DIEM_PAGE_ITEM_CAPTION ? 2 * DIEM_PAGE_BOX_PADDING : 0);
  DiemPageItem *item = diem_page_text_item_new (self, text, font, attrs, width, alignment, justify, line_spacing);

  item->kind = kind;
  item->index = self->items->len;
  item->indent = indent;
  g_ptr_array_add (self->items, item);
  return item;
}

/* Gives @item the anchors of @anchors whose index falls in [@start, @end) of the
 * text it was cut from (every remaining one when @last). */
static void
take_anchors (DiemPageItem *item,
              GArray       *anchors,
              gsize         start,
              gsize         end,
              gboolean      last)
{
  int length = (int) strlen (pango_layout_get_text (item->layout));

  for (guint i = 0; anchors != NULL && i < anchors->len; i++)
    {
      DiemPageAnchor anchor = g_array_index (anchors, DiemPageAnchor, i);

      if ((gsize) anchor.index < start || (!last && (gsize) anchor.index >= end))
        continue;
      anchor.index = MIN (anchor.index - (int) start, length);
      if (item->anchors == NULL)
        item->anchors = g_array_new (FALSE, FALSE, sizeof (DiemPageAnchor));
      g_array_append_val (item->anchors, anchor);
    }
}

/* A justified paragraph as as many layouts as it needs. Each part but the last ends
 * where one of its lines ended (line breaking is greedy, so dropping the last line
 * leaves the others as they were), and justifies that line like any other. */
static void
add_paragraph (DiemPageRenderer *self,
               const char       *text,
               GArray           *anchors,
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
      DiemPageItem *item;

      if (left > MAX_LAYOUT_BYTES)
        {
          /* a last part of a few words would make a line alone at a page top when
           * the part before it ends a page: the last part gets a quarter at least */
          cut = left < MAX_LAYOUT_BYTES + MAX_LAYOUT_BYTES / 4 ? left - MAX_LAYOUT_BYTES / 4
                                                               : MAX_LAYOUT_BYTES;
          for (; (p[cut] & 0xc0) == 0x80; cut--)
            ;
          part = g_strndup (p, cut);
          item = diem_page_add_text_item (self, DIEM_PAGE_ITEM_TEXT, part,
                                          diem_page_font_new (families, size, weight, PANGO_STYLE_NORMAL),
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
      item = diem_page_add_text_item (self, DIEM_PAGE_ITEM_TEXT, g_strchomp (part),
                                      diem_page_font_new (families, size, weight, PANGO_STYLE_NORMAL),
                                      NULL, 0, PANGO_ALIGN_LEFT, TRUE, line_spacing);
      item->space_before = first ? space_before : 0;
      item->space_after = cut == left ? space_after : 0;
      if (cut < left)
        {
          pango_layout_set_justify_last_line (item->layout, TRUE);
          diem_page_item_measure_lines (item);
        }
      take_anchors (item, anchors, (gsize) (p - text), (gsize) (p - text) + cut, cut == left);

      p += cut;
      left -= cut;
      first = FALSE;
    }
}

void
diem_page_add_attribute (PangoAttrList  *attrs,
                         PangoAttribute *attr,
                         gsize           start,
                         gsize           end)
{
  attr->start_index = (guint) start;
  attr->end_index = (guint) end;
  pango_attr_list_insert (attrs, attr);
}

/* A caption's photo, when the article names one inside its own folder or carries it (a
 * single-file page): as wide as the box allows, never taller than DIEM_PAGE_PHOTO_MAX_HEIGHT, never larger than it is
 * (a pixel taken as 0.75 pt, as at 96 dpi). A photo named but not loaded keeps a
 * placeholder; a caption that names none (plain text never does) has no photo area. */
static void
add_photo (DiemPageRenderer *self,
           DiemPageItem     *item,
           const DiemBlock  *block)
{
  g_autoptr(GBytes) bytes = diem_article_load_image (self->article, block->image);
  double room = diem_page_content_width (self) - 2 * DIEM_PAGE_BOX_PADDING;
  double width, height, scale;
  int pixels_across = 0, pixels_down = 0;

  item->photo_height = block->image != NULL ? DIEM_PAGE_PHOTO_HEIGHT : 0;
  /* decoded at most at twice the box's size in pixels: sharp when printed */
  if (bytes == NULL
      || (item->photo = diem_image_load_bytes (bytes, (int) (2 * room / 0.75), (int) (2 * DIEM_PAGE_PHOTO_MAX_HEIGHT / 0.75),
                                               &pixels_across, &pixels_down, NULL)) == NULL)
    return;
  width = pixels_across * 0.75;
  height = pixels_down * 0.75;
  scale = MIN (1.0, MIN (room / width, DIEM_PAGE_PHOTO_MAX_HEIGHT / height));
  item->photo_height = height * scale;
}

static void
add_caption (DiemPageRenderer *self,
             DiemBlock        *block,
             const char       *caption,
             GArray           *anchors)
{
  gboolean has_credit = block->credit != NULL && *block->credit != '\0';
  g_autoptr(GString) text = g_string_new (caption);
  PangoAttrList *attrs;
  DiemPageItem *item;

  /* the credit is part of the article, written in the article's language */
  if (text->len > MAX_LAYOUT_BYTES)
    {
      /* far too long for a box: it flows as a paragraph instead */
      if (has_credit)
        g_string_append_printf (text, " Ảnh: %s", block->credit);
      add_paragraph (self, text->str, anchors, DIEM_PAGE_SANS_FAMILIES, 9, PANGO_WEIGHT_NORMAL, 1.0, 10, 12);
      return;
    }

  attrs = pango_attr_list_new ();
  if (has_credit)
    {
      gsize start = text->len + (text->len > 0 ? 1 : 0);

      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, "Ảnh: %s", block->credit);
      diem_page_add_attribute (attrs, pango_attr_style_new (PANGO_STYLE_ITALIC), start, text->len);
      diem_page_add_attribute (attrs, pango_attr_scale_new (0.88), start, text->len);
      diem_page_add_attribute (attrs, pango_attr_foreground_new (0x5a5a, 0x5a5a, 0x5a5a), start, text->len);
    }

  item = diem_page_add_text_item (self, DIEM_PAGE_ITEM_CAPTION, text->str,
                                  diem_page_font_new (DIEM_PAGE_SANS_FAMILIES, 9, PANGO_WEIGHT_NORMAL,
                                                      PANGO_STYLE_NORMAL),
                                  attrs, 0, PANGO_ALIGN_LEFT, FALSE, 1.0);
  item->color = 0x303030;
  item->space_before = 10;
  item->space_after = 12;
  item->keep_together = TRUE;
  take_anchors (item, anchors, 0, text->len, TRUE);
  add_photo (self, item, block);
}

/* The link targets that fall inside @span: a run of the sorted @targets. */
static const gsize *
targets_in (GArray   *targets,
            DiemSpan  span,
            guint    *n_targets)
{
  guint lo = 0, hi = targets->len, end;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (targets, gsize, mid) < span.start)
        lo = mid + 1;
      else
        hi = mid;
    }
  for (end = lo; end < targets->len && g_array_index (targets, gsize, end) < span.end; end++)
    ;
  *n_targets = end - lo;
  return lo < targets->len ? &g_array_index (targets, gsize, lo) : NULL;
}

/* A web page's site and date under the headline, above its rule. */
static void
add_dateline (DiemPageRenderer *self,
              DiemPageItem     *headline)
{
  const char *source = diem_article_get_source (self->article);
  g_autofree char *published = diem_article_format_published (self->article);
  g_autofree char *line = NULL;
  DiemPageItem *item;

  if (source != NULL && published != NULL)
    line = g_strdup_printf ("%s · %s", source, published);
  else if (source != NULL || published != NULL)
    line = g_strdup (source != NULL ? source : published);
  else
    return;
  item = diem_page_add_text_item (self, DIEM_PAGE_ITEM_TEXT, line,
                                  diem_page_font_new (DIEM_PAGE_SANS_FAMILIES, 9.5, PANGO_WEIGHT_NORMAL,
                                                      PANGO_STYLE_NORMAL),
                                  NULL, 0, PANGO_ALIGN_LEFT, FALSE, 1.0);
  item->color = 0x666666;
  item->space_after = headline->space_after;
  item->rule_below = headline->rule_below;
  item->keep_together = TRUE;
  item->keep_with_next = TRUE;
  headline->space_after = 4;
  headline->rule_below = 0;
}

static void
add_block (DiemPageRenderer *self,
           DiemBlock        *block,
           GArray           *targets)
{
  DiemSpan span = block->kind == DIEM_BLOCK_CAPTION ? block->text_span : block->span;
  g_autofree char *raw = diem_article_dup_span (self->article, span);
  g_autoptr(GArray) anchors = g_array_new (FALSE, FALSE, sizeof (DiemPageAnchor));
  g_autofree char *text = NULL;
  const gsize *block_targets;
  guint n_targets;
  DiemPageItem *item = NULL;

  block_targets = targets_in (targets, span, &n_targets);
  text = fold_white_space (raw, span.start, block_targets, n_targets, anchors);

  if (block->kind == DIEM_BLOCK_CAPTION)
    {
      add_caption (self, block, text, anchors);
      return;
    }
  if (*text == '\0')
    return;

  switch (block->kind)
    {
    case DIEM_BLOCK_HEADLINE:
      item = diem_page_add_text_item (self, DIEM_PAGE_ITEM_TEXT, text,
                                      diem_page_font_new (DIEM_PAGE_SANS_FAMILIES, 22, PANGO_WEIGHT_BOLD,
                                                          PANGO_STYLE_NORMAL),
                                      NULL, 0, PANGO_ALIGN_LEFT, FALSE, 0.92);
      item->color = 0x111111;
      item->space_after = 10;
      item->rule_below = 10;
      item->keep_together = TRUE;
      item->keep_with_next = TRUE;
      take_anchors (item, anchors, 0, strlen (text), TRUE);
      add_dateline (self, item);
      return;

    case DIEM_BLOCK_LEAD:
      add_paragraph (self, text, anchors, DIEM_PAGE_SERIF_FAMILIES, 12, PANGO_WEIGHT_BOLD, 1.02, 4, 12);
      break;

    case DIEM_BLOCK_BYLINE:
      item = diem_page_add_text_item (self, DIEM_PAGE_ITEM_TEXT, text,
                                      diem_page_font_new (DIEM_PAGE_SANS_FAMILIES, 10, PANGO_WEIGHT_BOLD,
                                                          PANGO_STYLE_NORMAL),
                                      NULL, 0, PANGO_ALIGN_RIGHT, FALSE, 1.0);
      item->space_before = 14;
      item->keep_together = TRUE;
      break;

    case DIEM_BLOCK_PARAGRAPH:
    case DIEM_BLOCK_CAPTION:
    default:
      add_paragraph (self, text, anchors, DIEM_PAGE_SERIF_FAMILIES, 11, PANGO_WEIGHT_NORMAL, 1.08, 0, 7);
      break;
    }
  if (item != NULL)
    take_anchors (item, anchors, 0, strlen (text), TRUE);
}

/* Each anchor's line and its position along it, now that the layouts are final; the
 * anchored targets are the ones the summary may link to. */
static void
locate_anchors (DiemPageRenderer *self,
                guint             first_item)
{
  for (guint i = first_item; i < self->items->len; i++)
    {
      DiemPageItem *item = g_ptr_array_index (self->items, i);

      for (guint k = 0; item->anchors != NULL && k < item->anchors->len; k++)
        {
          DiemPageAnchor *anchor = &g_array_index (item->anchors, DiemPageAnchor, k);
          int x = 0;

          pango_layout_index_to_line_x (item->layout, anchor->index, FALSE, &anchor->line, &x);
          anchor->line = CLAMP (anchor->line, 0, item->n_lines - 1);
          anchor->x = (double) x / PANGO_SCALE;
          g_hash_table_add (self->targets, GSIZE_TO_POINTER (anchor->target));
        }
    }
}

/* A title made of an article's opening: its first sentence when that is short, else
 * its first words and an ellipsis. */
#define OPENING_MIN_CHARS 20
#define OPENING_MAX_CHARS 80

static char *
shorten_to_title (const char *text)
{
  const char *last_space = NULL;
  guint n = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);

      if (n >= OPENING_MAX_CHARS)
        {
          g_autofree char *words = g_strndup (text, (gsize) ((last_space != NULL ? last_space : p) - text));

          return g_strconcat (words, "…", NULL);
        }
      /* a sentence ends at '.', '?', '!' or '…' before a space; the full stop is dropped */
      if (n >= OPENING_MIN_CHARS && (c == '.' || c == '?' || c == '!' || c == 0x2026) && (*next == ' ' || *next == '\0'))
        return g_strndup (text, (gsize) ((c == '.' ? p : next) - text));
      if (c == ' ')
        last_space = p;
    }
  return g_strdup (text);
}

/* For want of a headline, the article is named by its opening, never by its file. */
static char *
dup_opening (DiemArticle *article)
{
  GPtrArray *blocks = diem_article_get_blocks (article);

  for (guint i = 0; i < blocks->len; i++)
    {
      const DiemBlock *block = g_ptr_array_index (blocks, i);
      g_autofree char *text = NULL;
      g_autofree char *folded = NULL;
      g_autoptr(GArray) none = NULL;

      if (block->kind != DIEM_BLOCK_LEAD && block->kind != DIEM_BLOCK_PARAGRAPH)
        continue;
      text = diem_article_dup_span (article, block->span);
      none = g_array_new (FALSE, FALSE, sizeof (DiemPageAnchor));
      folded = fold_white_space (text, 0, NULL, 0, none);
      if (*folded != '\0')
        return shorten_to_title (folded);
    }
  return NULL;
}

/* The title of the article's part in the outline: the headline on one line, else the
 * article's opening; "Untitled article" when it has no text to name it by. */
char *
diem_page_dup_article_title (DiemArticle *article)
{
  g_autofree char *headline = diem_article_dup_headline (article);
  char *opening;

  if (headline != NULL)
    {
      g_autofree char *folded = NULL;
      g_autoptr(GArray) none = g_array_new (FALSE, FALSE, sizeof (DiemPageAnchor));

      folded = fold_white_space (headline, 0, NULL, 0, none);
      if (*folded != '\0')
        return g_steal_pointer (&folded);
    }
  opening = dup_opening (article);
  return opening != NULL ? opening : g_strdup (_("Untitled article"));
}

/**
 * diem_page_add_article:
 * @targets: (element-type gsize): sorted article offsets the summary wants to link to
 *
 * The article's blocks as items, with an anchor wherever one of @targets falls.
 */
void
diem_page_add_article (DiemPageRenderer *self,
                       GArray           *targets)
{
  GPtrArray *blocks = diem_article_get_blocks (self->article);
  guint first_item = self->items->len;

  for (guint i = 0; i < blocks->len; i++)
    {
      guint first_of_block = self->items->len;

      add_block (self, g_ptr_array_index (blocks, i), targets);
      locate_anchors (self, first_of_block);
      for (guint k = first_of_block; k < self->items->len; k++)
        {
          DiemPageItem *item = g_ptr_array_index (self->items, k);

          item->block = i;
          diem_page_item_release_lines (item);
        }
    }
  if (self->items->len > first_item)
    diem_page_add_mark (self, diem_page_dup_article_title (self->article), 0,
                        g_ptr_array_index (self->items, first_item));
}
