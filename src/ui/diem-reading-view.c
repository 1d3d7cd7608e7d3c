/* diem-reading-view.c — the article as calm, read-only text with framed photo captions
 *
 * The text lives in a DiemArticleBuffer; this view puts a photo frame, the picture or a
 * placeholder, at each caption's anchor. It also keeps the mentions or search matches
 * that F3 steps through, and marks the current one.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "diem-article-view.h"
#include "diem-image.h"
#include "diem-reading-view.h"
#include "diem-text-index.h"
#include "diem-text-tag.h"

#define PHOTO_PLACEHOLDER_HEIGHT 140
#define PHOTO_MAX_HEIGHT 420
/* Tagging is what costs in a long article: a one-letter search there can match a
 * hundred thousand times, so only the matches around the current one are marked. */
#define MAX_TAGGED_MATCHES 1000

struct _DiemReadingView
{
  AdwBin             parent_instance;

  GtkScrolledWindow *scroller;
  GtkTextView       *text_view;

  DiemArticleBuffer *buffer;
  GtkTextMark       *scroll_mark;
  GtkCssProvider    *zoom_provider;

  /* what F3 steps through: a sidebar item's mentions or the find bar's matches */
  DiemTargetKind     target_kind;
  GArray            *targets; /* (element-type DiemTextRange) in text order */
  guint              current;
  guint              tagged_from; /* matches in [tagged_from, tagged_to) carry match_tag */
  guint              tagged_to;
  GtkTextTag        *match_tag;
  GtkTextTag        *current_tag;
  DiemTextIndex     *index;   /* built on the first search in an article */
};

G_DEFINE_FINAL_TYPE (DiemReadingView, diem_reading_view, ADW_TYPE_BIN)

static GtkWidget *
create_photo_frame (DiemReadingView *self,
                    const DiemBlock *block)
{
  DiemArticle *article = diem_article_buffer_get_article (self->buffer);
  g_autoptr(GFile) image = NULL;
  GtkWidget *frame;

  g_return_val_if_fail (block->image != NULL, NULL);

  frame = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (frame, "photo-frame");
  gtk_widget_set_overflow (frame, GTK_OVERFLOW_HIDDEN);

  image = diem_article_resolve_image (article, block->image);
  /* a photo past the image limit (a small file may claim 30 000 × 30 000 pixels) is
   * never decoded: its frame shows the placeholder */
  if (image != NULL && !diem_image_is_within_limit (image))
    g_clear_object (&image);
  if (image != NULL)
    {
      GtkWidget *picture = gtk_picture_new_for_file (image);
      GdkPaintable *paintable = gtk_picture_get_paintable (GTK_PICTURE (picture));
      int height = paintable != NULL ? gdk_paintable_get_intrinsic_height (paintable) : 0;

      gtk_picture_set_can_shrink (GTK_PICTURE (picture), TRUE);
      gtk_picture_set_content_fit (GTK_PICTURE (picture), GTK_CONTENT_FIT_CONTAIN);
      gtk_picture_set_alternative_text (GTK_PICTURE (picture), block->image);
      /* large photos are scaled down to fit; small ones keep their own size, never blown up */
      gtk_widget_set_size_request (picture, -1, height > 0 ? MIN (height, PHOTO_MAX_HEIGHT) : PHOTO_MAX_HEIGHT);
      gtk_box_append (GTK_BOX (frame), picture);
      gtk_widget_add_css_class (frame, "has-photo");
    }
  else
    {
      /* named but not loaded (remote, or outside the article's folder): the placeholder
       * names it; captions naming no image have theirs drawn by the view */
      GtkWidget *icon = gtk_image_new_from_icon_name ("camera-photo-symbolic");
      g_autofree char *text = g_strdup_printf (_("Photo not loaded: %s"), block->image);
      GtkWidget *label = gtk_label_new (text);

      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_MIDDLE);
      gtk_widget_set_margin_start (label, 12);
      gtk_widget_set_margin_end (label, 12);
      gtk_widget_set_tooltip_text (label, block->image);

      gtk_image_set_pixel_size (GTK_IMAGE (icon), 40);
      gtk_widget_set_vexpand (icon, TRUE);
      gtk_widget_set_valign (icon, GTK_ALIGN_END);
      gtk_widget_set_valign (label, GTK_ALIGN_START);
      gtk_widget_set_vexpand (label, TRUE);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (icon, "dim-label");
      gtk_box_append (GTK_BOX (frame), icon);
      gtk_box_append (GTK_BOX (frame), label);
      gtk_widget_set_size_request (frame, -1, PHOTO_PLACEHOLDER_HEIGHT);
      gtk_accessible_update_property (GTK_ACCESSIBLE (frame),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                      -1);
    }

  return frame;
}

static void
diem_reading_view_dispose (GObject *object)
{
  DiemReadingView *self = DIEM_READING_VIEW (object);

  g_clear_object (&self->zoom_provider);
  g_clear_object (&self->buffer);
  g_clear_pointer (&self->targets, g_array_unref);
  g_clear_pointer (&self->index, diem_text_index_free);

  G_OBJECT_CLASS (diem_reading_view_parent_class)->dispose (object);
}

static void
diem_reading_view_class_init (DiemReadingViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = diem_reading_view_dispose;

  g_type_ensure (DIEM_TYPE_ARTICLE_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/diem-reading-view.ui");
  gtk_widget_class_bind_template_child (widget_class, DiemReadingView, scroller);
  gtk_widget_class_bind_template_child (widget_class, DiemReadingView, text_view);
}

static void
diem_reading_view_init (DiemReadingView *self)
{
  GtkTextIter start;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->buffer = diem_article_buffer_new ();
  gtk_text_view_set_buffer (self->text_view, GTK_TEXT_BUFFER (self->buffer));
  gtk_text_buffer_get_start_iter (GTK_TEXT_BUFFER (self->buffer), &start);
  self->scroll_mark = gtk_text_buffer_create_mark (GTK_TEXT_BUFFER (self->buffer), "scroll-target", &start, TRUE);

  /* created after the buffer's own tags, so these win over its mention highlight */
  self->match_tag = gtk_text_buffer_create_tag (GTK_TEXT_BUFFER (self->buffer), "search-match",
                                                "background-rgba",
                                                &(GdkRGBA) { 0.96f, 0.83f, 0.18f, 0.45f },
                                                NULL);
  self->current_tag = diem_text_buffer_create_tag (GTK_TEXT_BUFFER (self->buffer), "current-highlight",
                                                   "background-rgba",
                                                   &(GdkRGBA) { 0.96f, 0.47f, 0.0f, 0.85f },
                                                   "foreground-rgba",
                                                   &(GdkRGBA) { 0.0f, 0.0f, 0.0f, 1.0f },
                                                   NULL);
  self->targets = g_array_new (FALSE, FALSE, sizeof (DiemTextRange));
  /* the text's size is the view's own, whatever style sheet the application loads */
  diem_reading_view_set_zoom (self, 1.0);

  /* Body text is set unhinted, as the PDF is: its line breaks do not move between zoom
   * steps, and the glyphs' hinting programs no longer hold the first frame back. */
  {
    cairo_font_options_t *options = cairo_font_options_create ();

    cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
    gtk_widget_set_font_options (GTK_WIDGET (self->text_view), options);
    cairo_font_options_destroy (options);
  }
}

static void
remove_tag_everywhere (DiemReadingView *self,
                       GtkTextTag      *tag)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (GTK_TEXT_BUFFER (self->buffer), &start, &end);
  gtk_text_buffer_remove_tag (GTK_TEXT_BUFFER (self->buffer), tag, &start, &end);
}

static void
get_target_iters (DiemReadingView *self,
                  guint            index,
                  GtkTextIter     *start,
                  GtkTextIter     *end)
{
  const DiemTextRange *range = &g_array_index (self->targets, DiemTextRange, index);

  gtk_text_buffer_get_iter_at_offset (GTK_TEXT_BUFFER (self->buffer), start, range->start);
  gtk_text_buffer_get_iter_at_offset (GTK_TEXT_BUFFER (self->buffer), end, range->end);
}

static void
tag_matches_around (DiemReadingView *self,
                    guint            index)
{
  GtkTextIter start, end;

  if (self->tagged_from < self->tagged_to)
    remove_tag_everywhere (self, self->match_tag);
  self->tagged_from = index > MAX_TAGGED_MATCHES / 2 ? index - MAX_TAGGED_MATCHES / 2 : 0;
  self->tagged_to = MIN (self->tagged_from + MAX_TAGGED_MATCHES, self->targets->len);
  for (guint i = self->tagged_from; i < self->tagged_to; i++)
    {
      get_target_iters (self, i, &start, &end);
      gtk_text_buffer_apply_tag (GTK_TEXT_BUFFER (self->buffer), self->match_tag, &start, &end);
    }
}

/* Marks target @index as the current one, puts the caret on it and brings it into view. */
static void
set_current (DiemReadingView *self,
             guint            index)
{
  GtkTextIter start, end;

  if (self->target_kind == DIEM_TARGET_MATCHES && (index < self->tagged_from || index >= self->tagged_to))
    tag_matches_around (self, index);

  if (self->current < self->targets->len)
    {
      get_target_iters (self, self->current, &start, &end);
      gtk_text_buffer_remove_tag (GTK_TEXT_BUFFER (self->buffer), self->current_tag, &start, &end);
    }
  self->current = index;
  get_target_iters (self, index, &start, &end);
  gtk_text_buffer_apply_tag (GTK_TEXT_BUFFER (self->buffer), self->current_tag, &start, &end);
  /* the (hidden) caret follows, so a screen reader reads on from the current mention */
  gtk_text_buffer_place_cursor (GTK_TEXT_BUFFER (self->buffer), &start);
  gtk_text_buffer_move_mark (GTK_TEXT_BUFFER (self->buffer), self->scroll_mark, &start);
  gtk_text_view_scroll_to_mark (self->text_view, self->scroll_mark, 0.0, TRUE, 0.0, 0.3);
}

static int
compare_ranges (gconstpointer a,
                gconstpointer b)
{
  const DiemTextRange *range_a = a;
  const DiemTextRange *range_b = b;

  if (range_a->start != range_b->start)
    return range_a->start < range_b->start ? -1 : 1;
  return (range_a->end > range_b->end) - (range_a->end < range_b->end);
}

void
diem_reading_view_set_article (DiemReadingView *self,
                               DiemArticle     *article)
{
  GtkAdjustment *vadjustment;

  g_return_if_fail (DIEM_IS_READING_VIEW (self));

  diem_reading_view_clear_targets (self);
  g_clear_pointer (&self->index, diem_text_index_free);
  diem_article_buffer_set_article (self->buffer, article);

  for (guint i = 0; i < diem_article_buffer_get_n_photos (self->buffer); i++)
    {
      GtkTextChildAnchor *anchor = diem_article_buffer_get_photo_anchor (self->buffer, i);
      GtkWidget *frame;

      /* captions without an image have their placeholder drawn by the view */
      if (anchor == NULL)
        continue;
      frame = create_photo_frame (self, diem_article_buffer_get_photo_block (self->buffer, i));

      gtk_widget_set_size_request (frame, diem_article_view_get_photo_width (DIEM_ARTICLE_VIEW (self->text_view)), -1);
      gtk_text_view_add_child_at_anchor (self->text_view, frame, anchor);
    }
  /* a view not yet allocated (the article arrived before it was shown) measures later */
  diem_article_view_queue_photo_width (DIEM_ARTICLE_VIEW (self->text_view));

  vadjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  gtk_adjustment_set_value (vadjustment, 0);
}

/**
 * diem_reading_view_highlight:
 * @mentions: (element-type DiemSpan) (nullable): byte ranges in the article's text
 *
 * Highlights @mentions, replacing any earlier highlight or search, and makes the first
 * one current.
 *
 * Returns: whether anything was highlighted
 */
gboolean
diem_reading_view_highlight (DiemReadingView *self,
                             GArray          *mentions)
{
  g_return_val_if_fail (DIEM_IS_READING_VIEW (self), FALSE);

  diem_reading_view_clear_targets (self);
  if (!diem_article_buffer_highlight (self->buffer, mentions, NULL))
    return FALSE;

  for (guint i = 0; i < mentions->len; i++)
    {
      const DiemSpan *span = &g_array_index (mentions, DiemSpan, i);
      DiemTextRange range = { diem_article_buffer_offset_for_byte (self->buffer, span->start, FALSE),
                              diem_article_buffer_offset_for_byte (self->buffer, span->end, TRUE) };

      if (range.start >= 0 && range.end > range.start)
        g_array_append_val (self->targets, range);
    }
  g_array_sort (self->targets, compare_ranges);
  self->target_kind = DIEM_TARGET_MENTIONS;
  set_current (self, 0);
  return TRUE;
}

/**
 * diem_reading_view_find:
 * @query: the text to find; an empty one just clears
 * @match_diacritics: whether "nguyen" must not find "Nguyễn" (case never matters)
 *
 * Marks every match of @query, replacing any earlier highlight, and makes the first
 * one current.
 *
 * Returns: the number of matches
 */
guint
diem_reading_view_find (DiemReadingView *self,
                        const char      *query,
                        gboolean         match_diacritics)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (DIEM_IS_READING_VIEW (self), 0);

  buffer = GTK_TEXT_BUFFER (self->buffer);
  diem_reading_view_clear_targets (self);
  self->target_kind = DIEM_TARGET_MATCHES;
  if (query == NULL || *query == '\0')
    return 0;

  if (self->index == NULL)
    {
      /* a slice keeps one character per photo anchor, so offsets stay the buffer's */
      g_autofree char *text = NULL;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      text = gtk_text_buffer_get_slice (buffer, &start, &end, TRUE);
      self->index = diem_text_index_new (text);
    }

  g_array_unref (self->targets);
  self->targets = diem_text_index_search (self->index, query, match_diacritics);
  if (self->targets->len > 0)
    set_current (self, 0);
  return self->targets->len;
}

/**
 * diem_reading_view_move_current:
 * @forward: whether to go to the next target rather than the previous one
 *
 * Makes the next or previous mention or match current, wrapping around at the ends.
 *
 * Returns: whether there was anything to move to
 */
gboolean
diem_reading_view_move_current (DiemReadingView *self,
                                gboolean         forward)
{
  guint n;

  g_return_val_if_fail (DIEM_IS_READING_VIEW (self), FALSE);

  n = self->targets->len;
  if (n == 0)
    return FALSE;
  set_current (self, forward ? (self->current + 1) % n : (self->current + n - 1) % n);
  return TRUE;
}

/* Removes mention highlights, search matches and the current mark. */
void
diem_reading_view_clear_targets (DiemReadingView *self)
{
  g_return_if_fail (DIEM_IS_READING_VIEW (self));

  diem_article_buffer_clear_highlight (self->buffer);
  remove_tag_everywhere (self, self->match_tag);
  remove_tag_everywhere (self, self->current_tag);
  g_array_set_size (self->targets, 0);
  self->current = 0;
  self->tagged_from = self->tagged_to = 0;
  self->target_kind = DIEM_TARGET_NONE;
}

DiemTargetKind
diem_reading_view_get_target_kind (DiemReadingView *self)
{
  g_return_val_if_fail (DIEM_IS_READING_VIEW (self), DIEM_TARGET_NONE);
  return self->target_kind;
}

guint
diem_reading_view_get_n_targets (DiemReadingView *self)
{
  g_return_val_if_fail (DIEM_IS_READING_VIEW (self), 0);
  return self->targets->len;
}

/**
 * diem_reading_view_get_current:
 *
 * Returns: the index of the current mention or match, or -1 without any
 */
int
diem_reading_view_get_current (DiemReadingView *self)
{
  g_return_val_if_fail (DIEM_IS_READING_VIEW (self), -1);
  return self->targets->len > 0 ? (int) self->current : -1;
}

/**
 * diem_reading_view_get_current_tag:
 *
 * Returns: (transfer none): the tag over the current mention or match
 */
GtkTextTag *
diem_reading_view_get_current_tag (DiemReadingView *self)
{
  g_return_val_if_fail (DIEM_IS_READING_VIEW (self), NULL);
  return self->current_tag;
}

/**
 * diem_reading_view_get_match_tag:
 *
 * Returns: (transfer none): the tag over every search match
 */
GtkTextTag *
diem_reading_view_get_match_tag (DiemReadingView *self)
{
  g_return_val_if_fail (DIEM_IS_READING_VIEW (self), NULL);
  return self->match_tag;
}

/**
 * diem_reading_view_get_buffer:
 *
 * Returns: (transfer none): the buffer holding the article
 */
DiemArticleBuffer *
diem_reading_view_get_buffer (DiemReadingView *self)
{
  g_return_val_if_fail (DIEM_IS_READING_VIEW (self), NULL);
  return self->buffer;
}

/**
 * diem_reading_view_get_text_view:
 *
 * Returns: (transfer none): the text view
 */
GtkTextView *
diem_reading_view_get_text_view (DiemReadingView *self)
{
  g_return_val_if_fail (DIEM_IS_READING_VIEW (self), NULL);
  return self->text_view;
}

/* Zoom scales the body font of this view alone; the tags keep their ratios to it. */
void
diem_reading_view_set_zoom (DiemReadingView *self,
                            double           zoom)
{
  g_autofree char *css = NULL;
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_if_fail (DIEM_IS_READING_VIEW (self));

  zoom = CLAMP (zoom, 0.5, 3.0);
  if (self->zoom_provider == NULL)
    {
      self->zoom_provider = gtk_css_provider_new ();
      gtk_style_context_add_provider (gtk_widget_get_style_context (GTK_WIDGET (self->text_view)),
                                      GTK_STYLE_PROVIDER (self->zoom_provider),
                                      GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
    }
  g_ascii_formatd (number, sizeof number, "%.2f", 13.0 * zoom);
  css = g_strdup_printf ("textview.reading { font-size: %spt; }", number);
  gtk_css_provider_load_from_data (self->zoom_provider, css, -1);
}
