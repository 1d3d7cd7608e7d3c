/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-article-buffer.c — an article laid out as a GtkTextBuffer */
#include "config.h"

#include <glib/gi18n.h>
#include <pango/pango.h>

#include "diem-article-buffer.h"
#include "diem-text-tag.h"

/* the reading view's left and right margin, which caption tags add their padding to */
#define MARGIN 36

/* One run of article text copied into the buffer, character for character. */
typedef struct
{
  gsize byte_start;
  gsize byte_end;
  int   buffer_start;
} Segment;

typedef struct
{
  GtkTextChildAnchor *anchor; /* (nullable) only where the article names an image */
  const DiemBlock    *block;
  int                 start; /* buffer offset of the photo line */
  int                 end;   /* buffer offset after the caption's last line */
} Photo;

struct _DiemArticleBuffer
{
  GtkTextBuffer  parent_instance;

  DiemArticle   *article;
  GArray        *segments; /* (element-type Segment) sorted by byte_start */
  GArray        *photos;   /* (element-type Photo) */
  GtkTextTag    *highlight_tag;
  guint          next_block; /* the first block not yet in the buffer */
  guint          complete : 1;
};

G_DEFINE_FINAL_TYPE (DiemArticleBuffer, diem_article_buffer, GTK_TYPE_TEXT_BUFFER)

static void
clear_photo (gpointer data)
{
  Photo *photo = data;

  g_clear_object (&photo->anchor);
}

static void
create_tags (DiemArticleBuffer *self)
{
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (self);

  gtk_text_buffer_create_tag (buffer, "headline",
                              "weight", PANGO_WEIGHT_BOLD,
                              "scale", 1.85,
                              "line-height", 1.2f,
                              "pixels-below-lines", 20,
                              NULL);
  /* a web page's site and date, under the headline */
  diem_text_buffer_create_tag (buffer, "dateline",
                               "scale", 0.9,
                               "foreground-rgba", &(GdkRGBA) { 0.45f, 0.45f, 0.45f, 1.f },
                               "pixels-below-lines", 18,
                               NULL);
  gtk_text_buffer_create_tag (buffer, "lead",
                              "weight", PANGO_WEIGHT_SEMIBOLD,
                              "scale", 1.12,
                              "pixels-below-lines", 22,
                              NULL);
  gtk_text_buffer_create_tag (buffer, "paragraph",
                              "pixels-below-lines", 16,
                              NULL);
  /* margins are absolute: the view's margin plus the card's padding */
  gtk_text_buffer_create_tag (buffer, "photo",
                              "justification", GTK_JUSTIFY_CENTER,
                              "pixels-above-lines", DIEM_CAPTION_INSET,
                              "pixels-below-lines", 4,
                              NULL);
  gtk_text_buffer_create_tag (buffer, "caption",
                              "scale", 0.9,
                              "left-margin", MARGIN + DIEM_CAPTION_INSET,
                              "right-margin", MARGIN + DIEM_CAPTION_INSET,
                              "pixels-above-lines", 8,
                              "pixels-below-lines", 2,
                              NULL);
  /* a caption without a photo: its card starts with its text */
  gtk_text_buffer_create_tag (buffer, "caption-alone",
                              "pixels-above-lines", DIEM_CAPTION_INSET,
                              NULL);
  /* a caption without a credit line ends its card itself */
  gtk_text_buffer_create_tag (buffer, "caption-end",
                              "pixels-below-lines", DIEM_CAPTION_INSET - 4 + DIEM_CAPTION_SPACE_AFTER,
                              NULL);
  /* coloured text needs a DiemTextTag, or a screen reader crashes GTK 4.8 */
  diem_text_buffer_create_tag (buffer, "credit",
                               "scale", 0.82,
                               "style", PANGO_STYLE_ITALIC,
                               "justification", GTK_JUSTIFY_RIGHT,
                               "foreground-rgba", &(GdkRGBA) { 0.5f, 0.5f, 0.5f, 1.f },
                               "left-margin", MARGIN + DIEM_CAPTION_INSET,
                               "right-margin", MARGIN + DIEM_CAPTION_INSET,
                               "pixels-below-lines", DIEM_CAPTION_INSET - 4 + DIEM_CAPTION_SPACE_AFTER,
                               NULL);
  gtk_text_buffer_create_tag (buffer, "byline",
                              "style", PANGO_STYLE_ITALIC,
                              "weight", PANGO_WEIGHT_SEMIBOLD,
                              "justification", GTK_JUSTIFY_RIGHT,
                              "pixels-above-lines", 12,
                              NULL);
  /* GTK 4.8 reuses the last laid-out line's style for a line that starts without a tag
   * toggle: after a jump that may be a caption credit's. Alternating these empty tags
   * puts a toggle at the start of every segment. */
  gtk_text_buffer_create_tag (buffer, "segment-even", NULL);
  gtk_text_buffer_create_tag (buffer, "segment-odd", NULL);
  self->highlight_tag = gtk_text_buffer_create_tag (buffer, "highlight",
                                                    "background-rgba",
                                                    &(GdkRGBA) { 0.96f, 0.83f, 0.18f, 0.45f },
                                                    NULL);
}

/* The block's bytes without surrounding white space. */
static DiemSpan
trim_span (const char *text,
           DiemSpan    span)
{
  while (span.start < span.end && g_ascii_isspace (text[span.start]))
    span.start++;
  while (span.end > span.start && g_ascii_isspace (text[span.end - 1]))
    span.end--;
  return span;
}

static void
insert_segment (DiemArticleBuffer *self,
                GtkTextIter       *iter,
                DiemSpan           span,
                const char        *tag_name)
{
  const char *text = diem_article_get_text (self->article);
  g_autofree char *copy = NULL;
  const char *parity;
  Segment segment;

  span = trim_span (text, span);
  if (span.start >= span.end)
    return;

  /* a hard-wrapped line would start a new buffer paragraph; a space keeps the length */
  copy = g_strndup (text + span.start, span.end - span.start);
  for (char *p = copy; *p != '\0'; p++)
    if (*p == '\n' || *p == '\r' || *p == '\t')
      *p = ' ';

  segment.byte_start = span.start;
  segment.byte_end = span.end;
  segment.buffer_start = gtk_text_iter_get_offset (iter);
  g_array_append_val (self->segments, segment);

  parity = self->segments->len % 2 ? "segment-odd" : "segment-even";
  gtk_text_buffer_insert_with_tags_by_name (GTK_TEXT_BUFFER (self), iter, copy, -1, tag_name, parity, NULL);
  gtk_text_buffer_insert_with_tags_by_name (GTK_TEXT_BUFFER (self), iter, "\n", 1, tag_name, parity, NULL);
}

static void
insert_caption (DiemArticleBuffer *self,
                GtkTextIter       *iter,
                const DiemBlock   *block)
{
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (self);
  DiemSpan credit_span = { block->text_span.end, block->span.end };
  int photo_start = gtk_text_iter_get_offset (iter);
  GtkTextIter photo_iter;
  Photo photo;
  guint n_segments;

  photo.block = block;
  photo.start = photo_start;
  /* Only a caption that names an image has a photo line: one that names none (plain
   * text never does) is its text and credit alone, with nothing empty above them. */
  photo.anchor = block->image != NULL ? g_object_ref (gtk_text_buffer_create_child_anchor (buffer, iter)) : NULL;
  g_array_append_val (self->photos, photo);
  if (photo.anchor != NULL)
    {
      gtk_text_buffer_insert (buffer, iter, "\n", 1);
      gtk_text_buffer_get_iter_at_offset (buffer, &photo_iter, photo_start);
      gtk_text_buffer_apply_tag_by_name (buffer, "photo", &photo_iter, iter);
    }

  /* text before the caption proper (rare in structured sources) reads as caption too */
  if (block->text_span.start > block->span.start)
    insert_segment (self, iter, (DiemSpan) { block->span.start, block->text_span.start }, "caption");
  insert_segment (self, iter, block->text_span, "caption");
  if (photo.anchor == NULL)
    {
      gtk_text_buffer_get_iter_at_offset (buffer, &photo_iter, photo_start);
      gtk_text_buffer_apply_tag_by_name (buffer, "caption-alone", &photo_iter, iter);
    }

  n_segments = self->segments->len;
  if (credit_span.end > credit_span.start)
    insert_segment (self, iter, credit_span, "credit");
  if (self->segments->len == n_segments && block->credit != NULL)
    {
      g_autofree char *credit = g_strdup_printf (_("Photo: %s"), block->credit);

      gtk_text_buffer_insert_with_tags_by_name (buffer, iter, credit, -1, "credit", NULL);
      gtk_text_buffer_insert_with_tags_by_name (buffer, iter, "\n", 1, "credit", NULL);
    }
  if (self->segments->len == n_segments && block->credit == NULL)
    {
      GtkTextIter last_line = *iter;

      gtk_text_iter_backward_char (&last_line);
      gtk_text_iter_set_line_offset (&last_line, 0);
      gtk_text_buffer_apply_tag_by_name (buffer, "caption-end", &last_line, iter);
    }
  g_array_index (self->photos, Photo, self->photos->len - 1).end = gtk_text_iter_get_offset (iter);
}

static const char *
tag_for_block (DiemBlockKind kind)
{
  switch (kind)
    {
    case DIEM_BLOCK_HEADLINE:
      return "headline";
    case DIEM_BLOCK_LEAD:
      return "lead";
    case DIEM_BLOCK_BYLINE:
      return "byline";
    case DIEM_BLOCK_CAPTION:
      return "caption";
    case DIEM_BLOCK_PARAGRAPH:
    default:
      return "paragraph";
    }
}

/* "VnExpress · 04/11/2021 17:12": not article text, so no segment maps it. */
static void
insert_dateline (DiemArticleBuffer *self,
                 GtkTextIter       *iter)
{
  const char *source = diem_article_get_source (self->article);
  g_autofree char *published = diem_article_format_published (self->article);
  g_autofree char *line = NULL;

  if (source != NULL && published != NULL)
    line = g_strdup_printf ("%s · %s\n", source, published);
  else if (source != NULL || published != NULL)
    line = g_strdup_printf ("%s\n", source != NULL ? source : published);
  else
    return;
  gtk_text_buffer_insert_with_tags_by_name (GTK_TEXT_BUFFER (self), iter, line, -1, "dateline", NULL);
}

/* Appends up to @max_blocks more blocks; the last block gets no line after it. */
static gboolean
fill_more (DiemArticleBuffer *self,
           guint              max_blocks)
{
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (self);
  GPtrArray *blocks = diem_article_get_blocks (self->article);
  GtkTextIter iter, end;
  guint stop = self->next_block + MIN (max_blocks, blocks->len - self->next_block);

  gtk_text_buffer_get_end_iter (buffer, &iter);
  for (; self->next_block < stop; self->next_block++)
    {
      const DiemBlock *block = g_ptr_array_index (blocks, self->next_block);

      if (self->next_block == 0 && block->kind != DIEM_BLOCK_HEADLINE)
        insert_dateline (self, &iter);
      if (block->kind == DIEM_BLOCK_CAPTION)
        insert_caption (self, &iter, block);
      else
        insert_segment (self, &iter, block->span, tag_for_block (block->kind));
      if (block->kind == DIEM_BLOCK_HEADLINE)
        insert_dateline (self, &iter);
    }
  if (self->next_block < blocks->len)
    return TRUE;

  gtk_text_buffer_get_end_iter (buffer, &end);
  iter = end;
  if (gtk_text_iter_backward_char (&iter) && gtk_text_iter_get_char (&iter) == '\n')
    gtk_text_buffer_delete (buffer, &iter, &end);
  return FALSE;
}

/* Empties the buffer from its end, a part at a time. A long article's text carries a
 * tag toggle at every block; deleted in one piece, all of them gather at the start of
 * the range and GTK sorts them out one against another: 30 s for 20 MB, against a
 * tenth of a second in parts. */
#define CLEAR_STEP_CHARS 20000

static void
clear_text (DiemArticleBuffer *self)
{
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (self);
  GtkTextIter start, end;

  gtk_text_buffer_get_end_iter (buffer, &end);
  while (gtk_text_iter_get_offset (&end) > 0)
    {
      start = end;
      gtk_text_iter_backward_chars (&start, CLEAR_STEP_CHARS);
      gtk_text_buffer_delete (buffer, &start, &end);
      gtk_text_buffer_get_end_iter (buffer, &end);
    }
}

static void
diem_article_buffer_dispose (GObject *object)
{
  DiemArticleBuffer *self = DIEM_ARTICLE_BUFFER (object);

  g_clear_pointer (&self->photos, g_array_unref);
  g_clear_pointer (&self->segments, g_array_unref);
  g_clear_object (&self->article);

  G_OBJECT_CLASS (diem_article_buffer_parent_class)->dispose (object);
}

/* Tags are made once the tag table, a construct property, exists. */
static void
diem_article_buffer_constructed (GObject *object)
{
  G_OBJECT_CLASS (diem_article_buffer_parent_class)->constructed (object);
  create_tags (DIEM_ARTICLE_BUFFER (object));
}

static void
diem_article_buffer_class_init (DiemArticleBufferClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = diem_article_buffer_constructed;
  object_class->dispose = diem_article_buffer_dispose;
}

static void
diem_article_buffer_init (DiemArticleBuffer *self)
{
  self->segments = g_array_new (FALSE, FALSE, sizeof (Segment));
  self->photos = g_array_new (FALSE, FALSE, sizeof (Photo));
  g_array_set_clear_func (self->photos, clear_photo);
  self->complete = TRUE;
}

DiemArticleBuffer *
diem_article_buffer_new (void)
{
  return g_object_new (DIEM_TYPE_ARTICLE_BUFFER, "enable-undo", FALSE, NULL);
}

void
diem_article_buffer_set_article (DiemArticleBuffer *self,
                                 DiemArticle       *article)
{
  g_return_if_fail (DIEM_IS_ARTICLE_BUFFER (self));

  diem_article_buffer_begin_article (self, article);
  diem_article_buffer_fill_more (self, G_MAXUINT);
}

/**
 * diem_article_buffer_begin_article:
 *
 * Empties the buffer for @article; diem_article_buffer_fill_more() then brings its
 * blocks in, a part at a time, so that a long article reads before it is all there.
 */
void
diem_article_buffer_begin_article (DiemArticleBuffer *self,
                                   DiemArticle       *article)
{
  g_return_if_fail (DIEM_IS_ARTICLE_BUFFER (self));
  g_return_if_fail (article == NULL || DIEM_IS_ARTICLE (article));

  g_set_object (&self->article, article);
  g_array_set_size (self->segments, 0);
  g_array_set_size (self->photos, 0);
  clear_text (self);
  self->next_block = 0;
  self->complete = article == NULL;
}

/**
 * diem_article_buffer_fill_more:
 * @max_blocks: how many blocks to add at most
 *
 * Returns: whether blocks remain to be added
 */
gboolean
diem_article_buffer_fill_more (DiemArticleBuffer *self,
                               guint              max_blocks)
{
  g_return_val_if_fail (DIEM_IS_ARTICLE_BUFFER (self), FALSE);

  if (self->complete)
    return FALSE;
  self->complete = !fill_more (self, max_blocks);
  return !self->complete;
}

gboolean
diem_article_buffer_is_complete (DiemArticleBuffer *self)
{
  g_return_val_if_fail (DIEM_IS_ARTICLE_BUFFER (self), TRUE);
  return self->complete;
}

DiemArticle *
diem_article_buffer_get_article (DiemArticleBuffer *self)
{
  g_return_val_if_fail (DIEM_IS_ARTICLE_BUFFER (self), NULL);
  return self->article;
}

/**
 * diem_article_buffer_offset_for_byte:
 * @byte_offset: a UTF-8 byte offset into the article's text
 * @is_end: whether the offset ends a range (between blocks it then maps to the end of
 *   the block before, else to the start of the block after)
 *
 * Returns: the buffer's character offset for @byte_offset, or -1 without an article
 */
int
diem_article_buffer_offset_for_byte (DiemArticleBuffer *self,
                                     gsize              byte_offset,
                                     gboolean           is_end)
{
  const char *text;
  const Segment *segment;
  guint lo = 0, hi;

  g_return_val_if_fail (DIEM_IS_ARTICLE_BUFFER (self), -1);

  if (self->article == NULL || self->segments->len == 0)
    return -1;

  text = diem_article_get_text (self->article);

  /* the last segment starting at or before byte_offset */
  hi = self->segments->len;
  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (self->segments, Segment, mid).byte_start <= byte_offset)
        lo = mid;
      else
        hi = mid;
    }
  segment = &g_array_index (self->segments, Segment, lo);

  if (byte_offset < segment->byte_start)
    return segment->buffer_start;
  if (byte_offset > segment->byte_end)
    {
      if (!is_end && lo + 1 < self->segments->len)
        return g_array_index (self->segments, Segment, lo + 1).buffer_start;
      byte_offset = segment->byte_end;
    }
  return segment->buffer_start
         + (int) g_utf8_pointer_to_offset (text + segment->byte_start, text + byte_offset);
}

/**
 * diem_article_buffer_byte_for_offset:
 * @offset: a character offset into the buffer
 *
 * The inverse of diem_article_buffer_offset_for_byte(): outside the article's own text
 * (a dateline, a photo line) the start of the next segment of it.
 *
 * Returns: the article's byte offset for the buffer's @offset
 */
gsize
diem_article_buffer_byte_for_offset (DiemArticleBuffer *self,
                                     int                offset)
{
  const Segment *segment;
  const char *text;
  guint lo = 0, hi;

  g_return_val_if_fail (DIEM_IS_ARTICLE_BUFFER (self), 0);

  if (self->article == NULL || self->segments->len == 0)
    return 0;

  hi = self->segments->len;
  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (self->segments, Segment, mid).buffer_start <= offset)
        lo = mid;
      else
        hi = mid;
    }
  segment = &g_array_index (self->segments, Segment, lo);
  if (offset <= segment->buffer_start)
    return segment->byte_start;

  /* a segment is one block's text: counting its characters costs little */
  text = diem_article_get_text (self->article);
  {
    const char *p = text + segment->byte_start;
    const char *end = text + segment->byte_end;

    for (int left = offset - segment->buffer_start; left > 0 && p < end; left--)
      p = g_utf8_next_char (p);
    if (p < end)
      return p - text;
  }
  return lo + 1 < self->segments->len ? g_array_index (self->segments, Segment, lo + 1).byte_start
                                      : segment->byte_end;
}

/**
 * diem_article_buffer_get_filled_bytes:
 *
 * Returns: where in the article's text the blocks not yet in the buffer start
 *   (%G_MAXSIZE once all are in): every byte before it is in
 */
gsize
diem_article_buffer_get_filled_bytes (DiemArticleBuffer *self)
{
  GPtrArray *blocks;

  g_return_val_if_fail (DIEM_IS_ARTICLE_BUFFER (self), G_MAXSIZE);

  if (self->complete)
    return G_MAXSIZE;
  blocks = diem_article_get_blocks (self->article);
  return ((const DiemBlock *) g_ptr_array_index (blocks, self->next_block))->span.start;
}

/* Whether the block holding the article's @byte_offset is in the buffer yet. */
gboolean
diem_article_buffer_holds_byte (DiemArticleBuffer *self,
                                gsize              byte_offset)
{
  return byte_offset < diem_article_buffer_get_filled_bytes (self);
}

/**
 * diem_article_buffer_fill_to_byte:
 *
 * Brings in the blocks up to the one holding the article's @byte_offset.
 *
 * Returns: whether blocks remain to be added
 */
gboolean
diem_article_buffer_fill_to_byte (DiemArticleBuffer *self,
                                  gsize              byte_offset)
{
  GPtrArray *blocks;
  guint stop;

  g_return_val_if_fail (DIEM_IS_ARTICLE_BUFFER (self), FALSE);

  if (self->complete)
    return FALSE;
  blocks = diem_article_get_blocks (self->article);
  for (stop = self->next_block; stop < blocks->len; stop++)
    if (((const DiemBlock *) g_ptr_array_index (blocks, stop))->span.start > byte_offset)
      break;
  return diem_article_buffer_fill_more (self, stop - self->next_block);
}

guint
diem_article_buffer_get_n_photos (DiemArticleBuffer *self)
{
  g_return_val_if_fail (DIEM_IS_ARTICLE_BUFFER (self), 0);
  return self->photos->len;
}

/**
 * diem_article_buffer_get_photo_anchor:
 *
 * Returns: (transfer none) (nullable): the anchor for the photo of the @index-th
 *   caption, or %NULL when the article names no image for it and the view draws a
 *   placeholder instead
 */
GtkTextChildAnchor *
diem_article_buffer_get_photo_anchor (DiemArticleBuffer *self,
                                      guint              index)
{
  g_return_val_if_fail (DIEM_IS_ARTICLE_BUFFER (self), NULL);
  g_return_val_if_fail (index < self->photos->len, NULL);
  return g_array_index (self->photos, Photo, index).anchor;
}

const DiemBlock *
diem_article_buffer_get_photo_block (DiemArticleBuffer *self,
                                     guint              index)
{
  g_return_val_if_fail (DIEM_IS_ARTICLE_BUFFER (self), NULL);
  g_return_val_if_fail (index < self->photos->len, NULL);
  return g_array_index (self->photos, Photo, index).block;
}

/**
 * diem_article_buffer_get_caption_bounds:
 * @start: (out): the start of the caption's photo line, or of its text without one
 * @end: (out): the start of the caption's last line
 */
void
diem_article_buffer_get_caption_bounds (DiemArticleBuffer *self,
                                        guint              index,
                                        GtkTextIter       *start,
                                        GtkTextIter       *end)
{
  const Photo *photo;

  g_return_if_fail (DIEM_IS_ARTICLE_BUFFER (self));
  g_return_if_fail (index < self->photos->len);

  photo = &g_array_index (self->photos, Photo, index);
  gtk_text_buffer_get_iter_at_offset (GTK_TEXT_BUFFER (self), start, photo->start);
  gtk_text_buffer_get_iter_at_offset (GTK_TEXT_BUFFER (self), end, photo->end);
  /* the offset after the last line may be the next block's first line */
  gtk_text_iter_backward_char (end);
  gtk_text_iter_set_line_offset (end, 0);
}

/**
 * diem_article_buffer_get_highlight_tag:
 *
 * Returns: (transfer none): the tag over highlighted mentions
 */
GtkTextTag *
diem_article_buffer_get_highlight_tag (DiemArticleBuffer *self)
{
  g_return_val_if_fail (DIEM_IS_ARTICLE_BUFFER (self), NULL);
  return self->highlight_tag;
}
