/* diem-reading-view.c — the article as calm, read-only text with framed photo captions
 *
 * The text lives in a DiemArticleBuffer; this view puts a photo frame, the picture or a
 * placeholder, at each caption's anchor.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "diem-article-view.h"
#include "diem-reading-view.h"

#define PHOTO_PLACEHOLDER_HEIGHT 140
#define PHOTO_MAX_HEIGHT 420

struct _DiemReadingView
{
  AdwBin             parent_instance;

  GtkScrolledWindow *scroller;
  GtkTextView       *text_view;

  DiemArticleBuffer *buffer;
  GtkTextMark       *scroll_mark;
  GtkCssProvider    *zoom_provider;
};

G_DEFINE_FINAL_TYPE (DiemReadingView, diem_reading_view, ADW_TYPE_BIN)

static GtkWidget *
create_photo_frame (DiemReadingView *self,
                    const DiemBlock *block)
{
  DiemArticle *article = diem_article_buffer_get_article (self->buffer);
  g_autoptr(GFile) image = NULL;
  GtkWidget *frame;

  frame = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (frame, "photo-frame");
  gtk_widget_set_overflow (frame, GTK_OVERFLOW_HIDDEN);

  if (block->image != NULL)
    image = diem_article_resolve_image (article, block->image);

  if (image != NULL)
    {
      GtkWidget *picture = gtk_picture_new_for_file (image);

      gtk_picture_set_can_shrink (GTK_PICTURE (picture), TRUE);
      gtk_picture_set_content_fit (GTK_PICTURE (picture), GTK_CONTENT_FIT_CONTAIN);
      gtk_picture_set_alternative_text (GTK_PICTURE (picture), block->image);
      gtk_widget_set_size_request (picture, -1, PHOTO_MAX_HEIGHT);
      gtk_box_append (GTK_BOX (frame), picture);
      gtk_widget_add_css_class (frame, "has-photo");
    }
  else
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("camera-photo-symbolic");
      GtkWidget *label = gtk_label_new (_("No photo available"));

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
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("No photo available"),
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
}

void
diem_reading_view_set_article (DiemReadingView *self,
                               DiemArticle     *article)
{
  GtkAdjustment *vadjustment;

  g_return_if_fail (DIEM_IS_READING_VIEW (self));

  diem_article_buffer_set_article (self->buffer, article);

  for (guint i = 0; i < diem_article_buffer_get_n_photos (self->buffer); i++)
    {
      GtkTextChildAnchor *anchor = diem_article_buffer_get_photo_anchor (self->buffer, i);
      GtkWidget *frame = create_photo_frame (self, diem_article_buffer_get_photo_block (self->buffer, i));

      gtk_widget_set_size_request (frame, diem_article_view_get_photo_width (DIEM_ARTICLE_VIEW (self->text_view)), -1);
      gtk_text_view_add_child_at_anchor (self->text_view, frame, anchor);
    }

  vadjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  gtk_adjustment_set_value (vadjustment, 0);
}

/**
 * diem_reading_view_highlight:
 * @mentions: (element-type DiemSpan) (nullable): byte ranges in the article's text
 *
 * Highlights @mentions, replacing any earlier highlight, and scrolls to the first.
 *
 * Returns: whether anything was highlighted
 */
gboolean
diem_reading_view_highlight (DiemReadingView *self,
                             GArray          *mentions)
{
  GtkTextIter first;

  g_return_val_if_fail (DIEM_IS_READING_VIEW (self), FALSE);

  if (!diem_article_buffer_highlight (self->buffer, mentions, &first))
    return FALSE;
  gtk_text_buffer_move_mark (GTK_TEXT_BUFFER (self->buffer), self->scroll_mark, &first);
  gtk_text_view_scroll_to_mark (self->text_view, self->scroll_mark, 0.0, TRUE, 0.0, 0.3);
  return TRUE;
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
