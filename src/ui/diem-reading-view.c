/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-reading-view.c — the article as calm, read-only text with framed photo captions
 *
 * The text lives in a DiemArticleBuffer; this view puts a photo frame, the picture or a
 * line saying it is not loaded, at the anchor of each caption that names one. It also keeps the mentions or search matches
 * that F3 steps through, and marks the current one.
 *
 * A search runs in a worker over the article's own text (see diem-find-task.h): its
 * matches come in while the count grows, and the first one from where the reader is
 * becomes current as soon as it is found. Targets are kept as byte ranges of the
 * article, so a match in a part of a long article not yet in the view needs nothing
 * of the view until it is stepped to. Only the matches on and near the screen are
 * marked: a one-letter search in a long article matches a hundred thousand times.
 * A sidebar entry's mentions are kept and marked the same way, so choosing one on a
 * long article waits neither for the rest of its text nor for every mention's tag.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "diem-article-view.h"
#include "diem-find-task.h"
#include "diem-image.h"
#include "diem-reading-view.h"
#include "diem-text-tag.h"

#define PHOTO_MAX_HEIGHT 420
/* Up to this many targets in a text up to this long are all marked; past either, those
 * within a screen of the view: a tag far off screen still has the view measure its
 * line again, and a long article's matches, marked and then unmarked, held the window
 * a quarter of a second. */
#define MAX_TAGGED_MATCHES 1000
#define MAX_BYTES_TAGGED_WHOLE (512 * 1024)
#define MATCHES_AROUND_CURRENT 200

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
  GArray            *targets; /* (element-type DiemSpan) byte ranges of the article, in text order */
  guint              current;
  guint              has_current : 1;
  guint              tags_stale : 1;  /* the tagged targets moved in targets: mark afresh */
  guint              current_pending : 1; /* the current target's text is still coming in */
  guint              tagged_from; /* targets in [tagged_from, tagged_to) carry targets_tag () */
  guint              tagged_to;
  int                tagged_start; /* the buffer range they span, to untag */
  int                tagged_end;
  int                current_start; /* the buffer range of current_tag */
  int                current_end;
  GtkTextTag        *match_tag;
  GtkTextTag        *current_tag;
  DiemFindTask      *find_task;      /* the search under way, or done */
  guint              n_before_from;  /* matches from the part searched last, before where it began */
  guint              retag_source;

  guint              fill_source;     /* brings a long article's blocks in, in parts */
  guint              n_framed_photos; /* photos whose frames are in the view */
  guint              keep_in_view_tick;
  guint              frames_to_watch; /* frames left in which the current target is kept in view */
  gboolean           seeking;         /* the current target is not on screen yet */
};

enum {
  PROP_0,
  PROP_SEEKING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_FILLED,
  SIGNAL_TARGETS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* A part of a long article takes this long at most in one main-loop turn; while the
 * reader waits for a target further on, parts come in faster. */
#define FILL_BUDGET_US 8000
#define HURRIED_FILL_BUDGET_US 50000
#define FILL_STEP_BLOCKS 16
/* The frames after a jump in which a layout still settling may push the target away. */
#define KEEP_IN_VIEW_FRAMES 90

G_DEFINE_FINAL_TYPE (DiemReadingView, diem_reading_view, ADW_TYPE_BIN)

static void queue_retag (DiemReadingView *self);

static void
set_seeking (DiemReadingView *self,
             gboolean         seeking)
{
  if (self->seeking == !!seeking)
    return;
  self->seeking = !!seeking;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEEKING]);
}

static GtkWidget *
create_photo_frame (DiemReadingView *self,
                    const DiemBlock *block)
{
  DiemArticle *article = diem_article_buffer_get_article (self->buffer);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkWidget *frame;

  g_return_val_if_fail (block->image != NULL, NULL);

  frame = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (frame, "photo-frame");
  gtk_widget_set_overflow (frame, GTK_OVERFLOW_HIDDEN);

  /* from the article's folder, or carried by a single-file page; never the network. A
   * photo past the image limit (a small file may claim 30 000 × 30 000 pixels) is never
   * decoded: its frame says it is not loaded */
  bytes = diem_article_load_image (article, block->image);
  if (bytes != NULL && diem_image_bytes_are_within_limit (bytes))
    texture = gdk_texture_new_from_bytes (bytes, NULL);
  if (texture != NULL)
    {
      GtkWidget *picture = gtk_picture_new_for_paintable (GDK_PAINTABLE (texture));
      int height = gdk_texture_get_height (texture);

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
      /* named but not loaded (remote, or outside the article's folder): one small line
       * says so, with the file's own name; the whole reference is in its tooltip */
      GtkWidget *icon = gtk_image_new_from_icon_name ("camera-photo-symbolic");
      /* a web address's query ("?width=750") says nothing about the photo */
      g_autofree char *path = g_strndup (block->image, strcspn (block->image, "?#"));
      g_autofree char *name = g_path_get_basename (*path != '\0' ? path : block->image);
      g_autofree char *text = g_strdup_printf (_("Photo not loaded: %s"), name);
      GtkWidget *label = gtk_label_new (text);

      gtk_orientable_set_orientation (GTK_ORIENTABLE (frame), GTK_ORIENTATION_HORIZONTAL);
      gtk_widget_add_css_class (frame, "photo-missing");
      gtk_widget_set_halign (frame, GTK_ALIGN_START);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_MIDDLE);
      gtk_widget_set_tooltip_text (label, block->image);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "caption");
      gtk_widget_add_css_class (icon, "dim-label");
      gtk_box_append (GTK_BOX (frame), icon);
      gtk_box_append (GTK_BOX (frame), label);
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

  g_clear_handle_id (&self->fill_source, g_source_remove);
  g_clear_handle_id (&self->retag_source, g_source_remove);
  g_clear_pointer (&self->find_task, diem_find_task_cancel);
  if (self->keep_in_view_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->text_view), self->keep_in_view_tick);
  self->keep_in_view_tick = 0;
  g_clear_object (&self->zoom_provider);
  g_clear_object (&self->buffer);
  g_clear_pointer (&self->targets, g_array_unref);

  G_OBJECT_CLASS (diem_reading_view_parent_class)->dispose (object);
}

static void
diem_reading_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  DiemReadingView *self = DIEM_READING_VIEW (object);

  switch (prop_id)
    {
    case PROP_SEEKING:
      g_value_set_boolean (value, self->seeking);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
diem_reading_view_class_init (DiemReadingViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = diem_reading_view_dispose;
  object_class->get_property = diem_reading_view_get_property;

  /**
   * DiemReadingView:seeking:
   *
   * Whether the view is on its way to the current mention or match: its text is still
   * coming in, or the lines above it are still being measured, so it is not on screen
   * yet. Far down a long article that takes a while.
   */
  properties[PROP_SEEKING] =
    g_param_spec_boolean ("seeking", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DiemReadingView::filled:
   *
   * The whole article is in the view (a long one comes in parts).
   */
  signals[SIGNAL_FILLED] = g_signal_new ("filled", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * DiemReadingView::targets-changed:
   *
   * A search found more matches or ended, so the count or the current match changed.
   */
  signals[SIGNAL_TARGETS_CHANGED] = g_signal_new ("targets-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

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
  self->targets = g_array_new (FALSE, FALSE, sizeof (DiemSpan));
  self->tagged_start = self->current_start = -1;
  g_signal_connect_swapped (gtk_scrolled_window_get_vadjustment (self->scroller), "value-changed",
                            G_CALLBACK (queue_retag), self);
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
remove_tag_between (DiemReadingView *self,
                    GtkTextTag      *tag,
                    int              start_offset,
                    int              end_offset)
{
  GtkTextIter start, end;

  if (start_offset < 0)
    return;
  gtk_text_buffer_get_iter_at_offset (GTK_TEXT_BUFFER (self->buffer), &start, start_offset);
  gtk_text_buffer_get_iter_at_offset (GTK_TEXT_BUFFER (self->buffer), &end, end_offset);
  gtk_text_buffer_remove_tag (GTK_TEXT_BUFFER (self->buffer), tag, &start, &end);
}

static gboolean fill_cb (gpointer user_data);
static void     frame_new_photos (DiemReadingView *self);

/* Brings in the blocks up to @byte, if they are not in yet. */
static void
fill_to (DiemReadingView *self,
         gsize            byte)
{
  if (self->fill_source == 0 || diem_article_buffer_holds_byte (self->buffer, byte))
    return;
  if (!diem_article_buffer_fill_to_byte (self->buffer, byte))
    {
      g_clear_handle_id (&self->fill_source, g_source_remove);
      frame_new_photos (self);
      g_signal_emit (self, signals[SIGNAL_FILLED], 0);
      return;
    }
  frame_new_photos (self);
}

/* Where target @index is in the buffer, its blocks brought in first if need be. */
static void
get_target_iters (DiemReadingView *self,
                  guint            index,
                  GtkTextIter     *start,
                  GtkTextIter     *end)
{
  const DiemSpan *span = &g_array_index (self->targets, DiemSpan, index);

  fill_to (self, span->end);
  gtk_text_buffer_get_iter_at_offset (GTK_TEXT_BUFFER (self->buffer), start,
                                      diem_article_buffer_offset_for_byte (self->buffer, span->start, FALSE));
  gtk_text_buffer_get_iter_at_offset (GTK_TEXT_BUFFER (self->buffer), end,
                                      diem_article_buffer_offset_for_byte (self->buffer, span->end, TRUE));
}

/* The first target starting at or after @byte. */
static guint
first_target_from (DiemReadingView *self,
                   gsize            byte)
{
  guint lo = 0, hi = self->targets->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (self->targets, DiemSpan, mid).start < byte)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* The article's byte offset of the start, or the end, of the line at height @y of the
 * view (in buffer coordinates). */
static gsize
byte_at_y (DiemReadingView *self,
           int              y,
           gboolean         line_end)
{
  GtkTextIter iter;

  gtk_text_view_get_line_at_y (self->text_view, &iter, MAX (y, 0), NULL);
  if (line_end && !gtk_text_iter_ends_line (&iter))
    gtk_text_iter_forward_to_line_end (&iter);
  return diem_article_buffer_byte_for_offset (self->buffer, gtk_text_iter_get_offset (&iter));
}

/* The targets to mark: all while they are few in a short text, else those within a
 * screen of the view; either way only those already in the buffer. */
static void
get_matches_to_tag (DiemReadingView *self,
                    guint           *from,
                    guint           *to)
{
  DiemArticle *article = diem_article_buffer_get_article (self->buffer);
  guint n = self->targets->len;
  guint lo = 0, hi = n;
  gboolean near_view_only = n > MAX_TAGGED_MATCHES
                            || (article != NULL && diem_article_get_text_length (article) > MAX_BYTES_TAGGED_WHOLE);

  if (near_view_only && self->has_current && self->frames_to_watch > 0)
    {
      /* after a jump, the view is on its way to the current match */
      lo = self->current > MATCHES_AROUND_CURRENT ? self->current - MATCHES_AROUND_CURRENT : 0;
      hi = MIN (n, self->current + MATCHES_AROUND_CURRENT);
    }
  else if (near_view_only)
    {
      GdkRectangle visible;

      gtk_text_view_get_visible_rect (self->text_view, &visible);
      lo = first_target_from (self, byte_at_y (self, visible.y - visible.height, FALSE));
      hi = first_target_from (self, byte_at_y (self, visible.y + 2 * visible.height, TRUE));
      hi = MIN (MAX (hi, lo), lo + MAX_TAGGED_MATCHES);
    }
  if (!diem_article_buffer_is_complete (self->buffer))
    hi = MAX (lo, MIN (hi, first_target_from (self, diem_article_buffer_get_filled_bytes (self->buffer))));
  *from = lo;
  *to = hi;
}

/* A sidebar entry's mentions carry the buffer's highlight, a search's matches their own. */
static GtkTextTag *
targets_tag (DiemReadingView *self)
{
  if (self->target_kind == DIEM_TARGET_MENTIONS)
    return diem_article_buffer_get_highlight_tag (self->buffer);
  return self->match_tag;
}

static void
tag_match (DiemReadingView *self,
           guint            index)
{
  GtkTextIter start, end;

  get_target_iters (self, index, &start, &end);
  gtk_text_buffer_apply_tag (GTK_TEXT_BUFFER (self->buffer), targets_tag (self), &start, &end);
  if (self->tagged_start < 0 || gtk_text_iter_get_offset (&start) < self->tagged_start)
    self->tagged_start = gtk_text_iter_get_offset (&start);
  self->tagged_end = MAX (self->tagged_end, gtk_text_iter_get_offset (&end));
}

/* Marks the targets that should be, unmarking those that should not any more. */
static void
retag_matches (DiemReadingView *self)
{
  guint from, to;

  if (self->target_kind == DIEM_TARGET_NONE)
    return;
  get_matches_to_tag (self, &from, &to);
  if (!self->tags_stale && from == self->tagged_from && to >= self->tagged_to && self->tagged_to > from)
    {
      /* more of the same: only the new ones */
      for (guint i = self->tagged_to; i < to; i++)
        tag_match (self, i);
      self->tagged_to = to;
      return;
    }
  if (!self->tags_stale && from == self->tagged_from && to == self->tagged_to)
    return;
  remove_tag_between (self, targets_tag (self), self->tagged_start, self->tagged_end);
  self->tagged_start = self->tagged_end = -1;
  for (guint i = from; i < to; i++)
    tag_match (self, i);
  self->tagged_from = from;
  self->tagged_to = to;
  self->tags_stale = FALSE;
}

static gboolean
retag_cb (gpointer user_data)
{
  DiemReadingView *self = user_data;

  self->retag_source = 0;
  retag_matches (self);
  return G_SOURCE_REMOVE;
}

/* After a scroll, or when more matches or more text came in. */
static void
queue_retag (DiemReadingView *self)
{
  if (self->target_kind != DIEM_TARGET_NONE && self->targets->len > 0 && self->retag_source == 0)
    self->retag_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 20, retag_cb, self, NULL);
}

static gboolean
target_is_in_view (DiemReadingView *self)
{
  GdkRectangle visible, location;
  GtkTextIter start, end;

  get_target_iters (self, self->current, &start, &end);
  gtk_text_view_get_visible_rect (self->text_view, &visible);
  gtk_text_view_get_iter_location (self->text_view, &start, &location);
  return visible.height > 0 && location.y >= visible.y && location.y + location.height <= visible.y + visible.height;
}

/* In a long article the lines above the target are still being measured after the
 * jump: their heights change, and with them the target's place. Until they settle the
 * view follows the target. */
static gboolean
keep_in_view_cb (GtkWidget     *widget,
                 GdkFrameClock *clock,
                 gpointer       user_data)
{
  DiemReadingView *self = user_data;

  if (!self->has_current || self->current_pending || self->frames_to_watch == 0)
    {
      self->keep_in_view_tick = 0;
      if (!self->current_pending)
        set_seeking (self, FALSE);
      /* from now on the matches marked are those near the view */
      queue_retag (self);
      return G_SOURCE_REMOVE;
    }
  self->frames_to_watch--;
  if (!target_is_in_view (self))
    gtk_text_view_scroll_to_mark (self->text_view, self->scroll_mark, 0.0, TRUE, 0.0, 0.3);
  else
    set_seeking (self, FALSE);
  return G_SOURCE_CONTINUE;
}

/* Whether the text of target @index is in the buffer. */
static gboolean
target_is_filled (DiemReadingView *self,
                  guint            index)
{
  return self->fill_source == 0
         || diem_article_buffer_holds_byte (self->buffer, g_array_index (self->targets, DiemSpan, index).end);
}

/* Marks the current target, puts the caret on it and brings it into view. */
static void
show_current (DiemReadingView *self)
{
  GtkTextIter start, end;

  self->current_pending = FALSE;
  get_target_iters (self, self->current, &start, &end);
  self->current_start = gtk_text_iter_get_offset (&start);
  self->current_end = gtk_text_iter_get_offset (&end);
  gtk_text_buffer_apply_tag (GTK_TEXT_BUFFER (self->buffer), self->current_tag, &start, &end);
  /* the (hidden) caret follows, so a screen reader reads on from the current mention */
  gtk_text_buffer_place_cursor (GTK_TEXT_BUFFER (self->buffer), &start);
  gtk_text_buffer_move_mark (GTK_TEXT_BUFFER (self->buffer), self->scroll_mark, &start);
  gtk_text_view_scroll_to_mark (self->text_view, self->scroll_mark, 0.0, TRUE, 0.0, 0.3);
  self->frames_to_watch = KEEP_IN_VIEW_FRAMES;
  if (self->keep_in_view_tick == 0)
    self->keep_in_view_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->text_view), keep_in_view_cb, self, NULL);
  queue_retag (self);
}

/* Makes target @index the current one. One whose text is still coming in is shown when
 * it arrives, the parts before it brought in faster meanwhile: bringing them all in at
 * once held a 20 MB article's window for seconds. */
static void
set_current (DiemReadingView *self,
             guint            index)
{
  remove_tag_between (self, self->current_tag, self->current_start, self->current_end);
  self->current_start = self->current_end = -1;
  self->current = index;
  self->has_current = TRUE;
  self->frames_to_watch = 0;
  if (target_is_filled (self, index))
    show_current (self);
  else
    self->current_pending = TRUE;
  /* on screen once a frame has shown it there; each jump is news, even while the last
   * one is still on its way: this one may wait for its text */
  self->seeking = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEEKING]);
}

static int
compare_ranges (gconstpointer a,
                gconstpointer b)
{
  const DiemSpan *range_a = a;
  const DiemSpan *range_b = b;

  if (range_a->start != range_b->start)
    return range_a->start < range_b->start ? -1 : 1;
  return (range_a->end > range_b->end) - (range_a->end < range_b->end);
}

/* Frames the photos of the blocks that came in since the last call. */
static void
frame_new_photos (DiemReadingView *self)
{
  guint n = diem_article_buffer_get_n_photos (self->buffer);

  for (; self->n_framed_photos < n; self->n_framed_photos++)
    {
      GtkTextChildAnchor *anchor = diem_article_buffer_get_photo_anchor (self->buffer, self->n_framed_photos);
      GtkWidget *frame;

      /* captions without an image have no frame */
      if (anchor == NULL)
        continue;
      frame = create_photo_frame (self, diem_article_buffer_get_photo_block (self->buffer, self->n_framed_photos));

      gtk_widget_set_size_request (frame, diem_article_view_get_photo_width (DIEM_ARTICLE_VIEW (self->text_view)), -1);
      gtk_text_view_add_child_at_anchor (self->text_view, frame, anchor);
    }
  /* a view not yet allocated (the article arrived before it was shown) measures later */
  diem_article_view_queue_photo_width (DIEM_ARTICLE_VIEW (self->text_view));
}

/* Adds blocks for at most FILL_BUDGET_US (or HURRIED_FILL_BUDGET_US while the current
 * target waits for its text); returns whether any remain. */
static gboolean
fill_for_a_while (DiemReadingView *self)
{
  gint64 deadline = g_get_monotonic_time () + (self->current_pending ? HURRIED_FILL_BUDGET_US : FILL_BUDGET_US);
  gboolean more;

  do
    more = diem_article_buffer_fill_more (self->buffer, FILL_STEP_BLOCKS);
  while (more && g_get_monotonic_time () < deadline);
  frame_new_photos (self);
  return more;
}

static gboolean
fill_cb (gpointer user_data)
{
  DiemReadingView *self = user_data;

  gboolean more = fill_for_a_while (self);

  if (!more)
    self->fill_source = 0;
  if (self->current_pending && target_is_filled (self, self->current))
    show_current (self);
  /* while they are few, every target is marked as its text comes in */
  if (self->target_kind != DIEM_TARGET_NONE && self->tagged_to < self->targets->len)
    queue_retag (self);
  if (more)
    return G_SOURCE_CONTINUE;
  g_signal_emit (self, signals[SIGNAL_FILLED], 0);
  return G_SOURCE_REMOVE;
}

static void
begin_article (DiemReadingView *self,
               DiemArticle     *article)
{
  g_clear_handle_id (&self->fill_source, g_source_remove);
  diem_reading_view_clear_targets (self);
  diem_article_buffer_begin_article (self->buffer, article);
  self->n_framed_photos = 0;

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

/* Nothing of the last article's place carries over: the caret, which the first part's
 * text pushed along, goes back to the start; what comes later is added after it. */
static void
put_caret_at_start (DiemReadingView *self)
{
  GtkTextIter start;

  gtk_text_buffer_get_start_iter (GTK_TEXT_BUFFER (self->buffer), &start);
  gtk_text_buffer_place_cursor (GTK_TEXT_BUFFER (self->buffer), &start);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

/* Shows @article whole before returning. */
void
diem_reading_view_set_article (DiemReadingView *self,
                               DiemArticle     *article)
{
  g_return_if_fail (DIEM_IS_READING_VIEW (self));

  begin_article (self, article);
  diem_article_buffer_fill_more (self->buffer, G_MAXUINT);
  put_caret_at_start (self);
  frame_new_photos (self);
  g_signal_emit (self, signals[SIGNAL_FILLED], 0);
}

/**
 * diem_reading_view_load_article:
 *
 * Shows the start of @article at once and brings in the rest a part at a time, in
 * turns of the main loop, so that the window answers meanwhile; emits
 * DiemReadingView::filled when all is in.
 */
void
diem_reading_view_load_article (DiemReadingView *self,
                                DiemArticle     *article)
{
  gboolean more;

  g_return_if_fail (DIEM_IS_READING_VIEW (self));

  begin_article (self, article);
  more = fill_for_a_while (self);
  put_caret_at_start (self);
  if (more)
    /* after the text view's own measuring of lines: a part that comes in before the
     * view has measured the last one leaves GTK 4.8 drawing it without an allocation */
    self->fill_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, fill_cb, self, NULL);
  else
    g_signal_emit (self, signals[SIGNAL_FILLED], 0);
}

gboolean
diem_reading_view_is_filled (DiemReadingView *self)
{
  g_return_val_if_fail (DIEM_IS_READING_VIEW (self), TRUE);
  return self->fill_source == 0;
}

/**
 * diem_reading_view_highlight:
 * @mentions: (element-type DiemSpan) (nullable): byte ranges in the article's text
 *
 * Highlights @mentions, replacing any earlier highlight or search, and makes the first
 * one current. As with a search's matches, only those on and near the screen are
 * marked in a long article, and the rest of its text keeps coming in a part at a time.
 *
 * Returns: whether anything was highlighted
 */
gboolean
diem_reading_view_highlight (DiemReadingView *self,
                             GArray          *mentions)
{
  g_return_val_if_fail (DIEM_IS_READING_VIEW (self), FALSE);

  diem_reading_view_clear_targets (self);
  if (mentions == NULL || diem_article_buffer_get_article (self->buffer) == NULL)
    return FALSE;

  for (guint i = 0; i < mentions->len; i++)
    {
      const DiemSpan *span = &g_array_index (mentions, DiemSpan, i);

      if (span->end > span->start)
        g_array_append_val (self->targets, *span);
    }
  if (self->targets->len == 0)
    return FALSE;
  g_array_sort (self->targets, compare_ranges);
  self->target_kind = DIEM_TARGET_MENTIONS;
  set_current (self, 0);
  /* those in the buffer are marked before returning, as few as a screen holds */
  g_clear_handle_id (&self->retag_source, g_source_remove);
  retag_matches (self);
  return TRUE;
}

/* A batch of the search's matches: those after where it began go at the end, those
 * before it (searched last) after the ones of that part already in. The first match
 * found is current, unless one already is. */
static void
on_matches_found (GArray   *matches,
                  gboolean  before_from,
                  gboolean  done,
                  gpointer  user_data)
{
  DiemReadingView *self = user_data;

  if (matches->len > 0)
    {
      guint at = before_from ? self->n_before_from : self->targets->len;

      g_array_insert_vals (self->targets, at, matches->data, matches->len);
      if (before_from)
        {
          self->n_before_from += matches->len;
          if (self->has_current)
            self->current += matches->len;
          if (at < self->tagged_to)
            self->tags_stale = TRUE;
        }
      if (!self->has_current)
        set_current (self, at);
      queue_retag (self);
    }
  if (done)
    g_clear_pointer (&self->find_task, diem_find_task_cancel);
  g_signal_emit (self, signals[SIGNAL_TARGETS_CHANGED], 0);
}

/**
 * diem_reading_view_find:
 * @query: the text to find; an empty one just clears
 * @match_diacritics: whether "nguyen" must not find "Nguyễn" (case never matters)
 *
 * Starts a search for @query, replacing any earlier highlight or search. Matches come
 * in while it runs, each batch announced by DiemReadingView::targets-changed, the last
 * once diem_reading_view_is_searching() is %FALSE; the first from the top of the view
 * on becomes current as soon as it is found.
 */
void
diem_reading_view_find (DiemReadingView *self,
                        const char      *query,
                        gboolean         match_diacritics)
{
  DiemArticle *article;
  GdkRectangle visible;
  GtkTextIter top;
  gsize from;

  g_return_if_fail (DIEM_IS_READING_VIEW (self));

  diem_reading_view_clear_targets (self);
  self->target_kind = DIEM_TARGET_MATCHES;
  article = diem_article_buffer_get_article (self->buffer);
  if (query == NULL || *query == '\0' || article == NULL)
    return;

  /* from the top of what is on screen: a search goes on from where the reader is */
  gtk_text_view_get_visible_rect (self->text_view, &visible);
  gtk_text_view_get_iter_at_location (self->text_view, &top, visible.x, visible.y);
  from = diem_article_buffer_byte_for_offset (self->buffer, gtk_text_iter_get_offset (&top));
  self->find_task = diem_find_task_start (article, query, match_diacritics, from, on_matches_found, self);
}

/**
 * diem_reading_view_is_seeking:
 *
 * Returns: whether the view is on its way to the current mention or match (see
 *   DiemReadingView:seeking)
 */
gboolean
diem_reading_view_is_seeking (DiemReadingView *self)
{
  g_return_val_if_fail (DIEM_IS_READING_VIEW (self), FALSE);
  return self->seeking;
}

/**
 * diem_reading_view_is_current_pending:
 *
 * Returns: whether the current mention or match waits for its text, which a long
 *   article brings in a part at a time
 */
gboolean
diem_reading_view_is_current_pending (DiemReadingView *self)
{
  g_return_val_if_fail (DIEM_IS_READING_VIEW (self), FALSE);
  return self->has_current && self->current_pending;
}

/* Whether a search is still finding matches. */
gboolean
diem_reading_view_is_searching (DiemReadingView *self)
{
  g_return_val_if_fail (DIEM_IS_READING_VIEW (self), FALSE);
  return self->find_task != NULL;
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
  if (n == 0 || !self->has_current)
    return FALSE;
  set_current (self, forward ? (self->current + 1) % n : (self->current + n - 1) % n);
  return TRUE;
}

/* Removes mention highlights, search matches and the current mark. */
void
diem_reading_view_clear_targets (DiemReadingView *self)
{
  g_return_if_fail (DIEM_IS_READING_VIEW (self));

  g_clear_pointer (&self->find_task, diem_find_task_cancel);
  g_clear_handle_id (&self->retag_source, g_source_remove);
  remove_tag_between (self, targets_tag (self), self->tagged_start, self->tagged_end);
  remove_tag_between (self, self->current_tag, self->current_start, self->current_end);
  g_array_set_size (self->targets, 0);
  self->current = 0;
  self->has_current = FALSE;
  self->current_pending = FALSE;
  self->tags_stale = FALSE;
  self->n_before_from = 0;
  self->tagged_from = self->tagged_to = 0;
  self->tagged_start = self->tagged_end = -1;
  self->current_start = self->current_end = -1;
  self->target_kind = DIEM_TARGET_NONE;
  set_seeking (self, FALSE);
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
  return self->has_current ? (int) self->current : -1;
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

/* Where the reader is: the character offset of the first line in view. */
int
diem_reading_view_get_position (DiemReadingView *self)
{
  GdkRectangle visible;
  GtkTextIter iter;

  g_return_val_if_fail (DIEM_IS_READING_VIEW (self), 0);
  gtk_text_view_get_visible_rect (self->text_view, &visible);
  gtk_text_view_get_line_at_y (self->text_view, &iter, visible.y, NULL);
  return gtk_text_iter_get_offset (&iter);
}

/* Brings the line holding @offset to the top of the view, once it is laid out. */
void
diem_reading_view_set_position (DiemReadingView *self,
                                int              offset)
{
  GtkTextIter iter;

  g_return_if_fail (DIEM_IS_READING_VIEW (self));
  gtk_text_buffer_get_iter_at_offset (GTK_TEXT_BUFFER (self->buffer), &iter, MAX (offset, 0));
  gtk_text_iter_set_line_offset (&iter, 0);
  gtk_text_buffer_move_mark (GTK_TEXT_BUFFER (self->buffer), self->scroll_mark, &iter);
  gtk_text_view_scroll_to_mark (self->text_view, self->scroll_mark, 0.0, TRUE, 0.0, 0.0);
}
