/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-article-view.c — a read-only text view that draws each photo caption as a card
 *
 * A caption is a photo line, its text and its credit in the buffer; the card is drawn
 * under those lines so that the caption text stays selectable and highlightable. The
 * widgets at the photo anchors are kept as wide as the card's inside; a caption without
 * an image is a card of its text and credit alone.
 *
 * The text is read, never edited: its context menu (right click, Shift+F10, the Menu
 * key) offers what reading can do, Copy and Select All, and the view's extra menu,
 * instead of the text view's own with Cut, Paste, Delete, Undo and Redo.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "diem-article-view.h"

#define CARD_RADIUS 10.f
#define PHOTO_MIN_WIDTH 120

struct _DiemArticleView
{
  GtkTextView parent_instance;

  int         photo_width;
  GtkWidget  *context_menu; /* (nullable) a child popover, made on first use */
};

G_DEFINE_FINAL_TYPE (DiemArticleView, diem_article_view, GTK_TYPE_TEXT_VIEW)

static void
append_card (GtkSnapshot           *snapshot,
             const graphene_rect_t *bounds,
             const GdkRGBA         *fill,
             const GdkRGBA         *border)
{
  GskRoundedRect card;
  const float widths[4] = { 1, 1, 1, 1 };
  const GdkRGBA borders[4] = { *border, *border, *border, *border };

  gsk_rounded_rect_init_from_rect (&card, bounds, CARD_RADIUS);
  gtk_snapshot_push_rounded_clip (snapshot, &card);
  gtk_snapshot_append_color (snapshot, fill, bounds);
  gtk_snapshot_pop (snapshot);
  gtk_snapshot_append_border (snapshot, &card, widths, borders);
}

static void
diem_article_view_snapshot_layer (GtkTextView      *text_view,
                                  GtkTextViewLayer  layer,
                                  GtkSnapshot      *snapshot)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (text_view);
  DiemArticleBuffer *article_buffer;
  GdkRectangle visible;
  GdkRGBA fill, border;
  float left, width;

  if (layer != GTK_TEXT_VIEW_LAYER_BELOW_TEXT || !DIEM_IS_ARTICLE_BUFFER (buffer))
    return;
  article_buffer = DIEM_ARTICLE_BUFFER (buffer);

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (text_view)), &fill);
  G_GNUC_END_IGNORE_DEPRECATIONS
  border = fill;
  fill.alpha = 0.05f;
  border.alpha = 0.12f;

  gtk_text_view_get_visible_rect (text_view, &visible);
  left = (float) gtk_text_view_get_left_margin (text_view);
  width = (float) (gtk_widget_get_width (GTK_WIDGET (text_view))
                   - gtk_text_view_get_left_margin (text_view)
                   - gtk_text_view_get_right_margin (text_view));
  if (width <= 0)
    return;

  for (guint i = 0; i < diem_article_buffer_get_n_photos (article_buffer); i++)
    {
      GtkTextIter start, end;
      int top, bottom, line_y, line_height;

      diem_article_buffer_get_caption_bounds (article_buffer, i, &start, &end);
      gtk_text_view_get_line_yrange (text_view, &start, &top, &line_height);
      gtk_text_view_get_line_yrange (text_view, &end, &line_y, &line_height);
      bottom = line_y + line_height - DIEM_CAPTION_SPACE_AFTER;

      if (bottom < visible.y || top > visible.y + visible.height)
        continue;
      append_card (snapshot,
                   &GRAPHENE_RECT_INIT (left, (float) top, width, (float) (bottom - top)),
                   &fill, &border);
    }
}

static int
photo_width_for (DiemArticleView *self,
                 int              view_width)
{
  GtkTextView *text_view = GTK_TEXT_VIEW (self);
  int width = view_width
              - gtk_text_view_get_left_margin (text_view)
              - gtk_text_view_get_right_margin (text_view)
              - 2 * DIEM_CAPTION_INSET;

  return MAX (width, PHOTO_MIN_WIDTH);
}

static void
apply_photo_width (DiemArticleView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  DiemArticleBuffer *article_buffer;

  if (!DIEM_IS_ARTICLE_BUFFER (buffer))
    return;
  article_buffer = DIEM_ARTICLE_BUFFER (buffer);

  for (guint i = 0; i < diem_article_buffer_get_n_photos (article_buffer); i++)
    {
      GtkTextChildAnchor *anchor = diem_article_buffer_get_photo_anchor (article_buffer, i);
      guint n_widgets = 0;
      g_autofree GtkWidget **widgets = anchor != NULL ? gtk_text_child_anchor_get_widgets (anchor, &n_widgets) : NULL;

      for (guint j = 0; j < n_widgets; j++)
        gtk_widget_set_size_request (widgets[j], self->photo_width, -1);
    }
}

/* The photo frames follow the view's width, so they must not hold it up: counted in its
 * minimum, they would widen the column they are sized from, through the clamp around
 * the view, one frame after another until it settles. */
static void
diem_article_view_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  GtkTextView *text_view = GTK_TEXT_VIEW (widget);

  GTK_WIDGET_CLASS (diem_article_view_parent_class)->measure (widget, orientation, for_size, minimum, natural,
                                                              minimum_baseline, natural_baseline);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = MIN (*minimum, gtk_text_view_get_left_margin (text_view) + gtk_text_view_get_right_margin (text_view)
                                + 2 * DIEM_CAPTION_INSET + PHOTO_MIN_WIDTH);
}

/* With the width not depending on the frames, they can follow it before the text view
 * lays them out, so that the first frame at a new width shows them right. */
static void
diem_article_view_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  DiemArticleView *self = DIEM_ARTICLE_VIEW (widget);

  if (photo_width_for (self, width) != self->photo_width)
    {
      self->photo_width = photo_width_for (self, width);
      apply_photo_width (self);
    }
  GTK_WIDGET_CLASS (diem_article_view_parent_class)->size_allocate (widget, width, height, baseline);
  if (self->context_menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->context_menu));
}

/* The context menu ------------------------------------------------------------ */

static GMenuModel *
create_context_menu_model (DiemArticleView *self)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) section = g_menu_new ();
  GMenuModel *extra = gtk_text_view_get_extra_menu (GTK_TEXT_VIEW (self));

  /* the text view's own actions, which follow the selection */
  g_menu_append (section, _("_Copy"), "clipboard.copy");
  g_menu_append (section, _("Select _All"), "selection.select-all");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
  if (extra != NULL)
    g_menu_append_section (menu, NULL, extra);
  return G_MENU_MODEL (menu);
}

/* Where a menu asked for from the keyboard points: the selection or the caret when in
 * view, else the top of what is shown. */
static void
get_keyboard_menu_point (DiemArticleView *self,
                         GdkRectangle    *point)
{
  GtkTextView *text_view = GTK_TEXT_VIEW (self);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (text_view);
  GdkRectangle visible, location;
  GtkTextIter start, end;

  gtk_text_buffer_get_selection_bounds (buffer, &start, &end);
  gtk_text_view_get_visible_rect (text_view, &visible);
  gtk_text_view_get_iter_location (text_view, &start, &location);
  if (!gdk_rectangle_intersect (&visible, &location, NULL))
    location = (GdkRectangle) { visible.x + visible.width / 2, visible.y, 1, 1 };
  gtk_text_view_buffer_to_window_coords (text_view, GTK_TEXT_WINDOW_WIDGET, location.x, location.y + location.height,
                                         &point->x, &point->y);
  point->width = point->height = 1;
}

static void
popup_context_menu (DiemArticleView    *self,
                    const GdkRectangle *point)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  g_autoptr(GMenuModel) model = create_context_menu_model (self);
  GtkTextIter start, end;

  if (self->context_menu == NULL)
    {
      self->context_menu = gtk_popover_menu_new_from_model (NULL);
      gtk_widget_set_parent (self->context_menu, GTK_WIDGET (self));
      gtk_popover_set_position (GTK_POPOVER (self->context_menu), GTK_POS_BOTTOM);
      gtk_popover_set_has_arrow (GTK_POPOVER (self->context_menu), FALSE);
      gtk_widget_set_halign (self->context_menu, GTK_ALIGN_START);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "clipboard.copy",
                                 gtk_text_buffer_get_selection_bounds (buffer, &start, &end));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "selection.select-all", !gtk_text_iter_equal (&start, &end));
  gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (self->context_menu), model);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->context_menu), point);
  gtk_popover_popup (GTK_POPOVER (self->context_menu));
}

/* Shift+F10 and the Menu key, which the text view binds to this action. */
static void
popup_menu_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  DiemArticleView *self = DIEM_ARTICLE_VIEW (widget);
  GdkRectangle point;

  get_keyboard_menu_point (self, &point);
  popup_context_menu (self, &point);
}

/* Claimed before the text view's own click handling sees the press. */
static void
on_secondary_pressed_cb (GtkGestureClick *gesture,
                         int              n_press,
                         double           x,
                         double           y,
                         DiemArticleView *self)
{
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  if (n_press != 1)
    return;
  popup_context_menu (self, &(GdkRectangle) { (int) x, (int) y, 1, 1 });
}

/**
 * diem_article_view_get_context_menu:
 *
 * Returns: (transfer none) (nullable): the context menu's popover, once it has been shown
 */
GtkPopover *
diem_article_view_get_context_menu (DiemArticleView *self)
{
  g_return_val_if_fail (DIEM_IS_ARTICLE_VIEW (self), NULL);
  return self->context_menu != NULL ? GTK_POPOVER (self->context_menu) : NULL;
}

static void
diem_article_view_dispose (GObject *object)
{
  DiemArticleView *self = DIEM_ARTICLE_VIEW (object);

  g_clear_pointer (&self->context_menu, gtk_widget_unparent);

  G_OBJECT_CLASS (diem_article_view_parent_class)->dispose (object);
}

static void
diem_article_view_class_init (DiemArticleViewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = diem_article_view_dispose;
  GTK_WIDGET_CLASS (klass)->measure = diem_article_view_measure;
  GTK_WIDGET_CLASS (klass)->size_allocate = diem_article_view_size_allocate;
  GTK_TEXT_VIEW_CLASS (klass)->snapshot_layer = diem_article_view_snapshot_layer;

  /* found before the text view's own action of the same name */
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "menu.popup", NULL, popup_menu_action);
}

static void
diem_article_view_init (DiemArticleView *self)
{
  GtkGesture *secondary = gtk_gesture_click_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (secondary), GDK_BUTTON_SECONDARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (secondary), GTK_PHASE_CAPTURE);
  g_signal_connect (secondary, "pressed", G_CALLBACK (on_secondary_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (secondary));
}

/* The width photo frames get: the card's inside, as last laid out. */
int
diem_article_view_get_photo_width (DiemArticleView *self)
{
  g_return_val_if_fail (DIEM_IS_ARTICLE_VIEW (self), 0);
  return photo_width_for (self, gtk_widget_get_width (GTK_WIDGET (self)));
}

/* New photo frames take the view's width at its next allocation, even an unchanged one. */
void
diem_article_view_queue_photo_width (DiemArticleView *self)
{
  g_return_if_fail (DIEM_IS_ARTICLE_VIEW (self));

  self->photo_width = -1;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}
