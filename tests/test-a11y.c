/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-a11y.c — what the reading view gives screen readers
 *
 * The end-to-end test (tests/e2e) reads these through AT-SPI; these tests keep them
 * without an accessibility bus.
 */
#include "config.h"

#include <adwaita.h>

#include "diem-reading-view.h"
#include "diem-text-tag.h"
#include "ui-test-util.h"
#include "ui-window-util.h"

static gboolean have_display;

static DiemReadingView *
new_view_with_sample (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DiemArticle) article = diem_article_new_sample (&error);
  DiemReadingView *view;

  g_assert_no_error (error);
  view = g_object_ref_sink (g_object_new (DIEM_TYPE_READING_VIEW, NULL));
  diem_reading_view_set_article (view, article);
  return view;
}

static void
check_coloured_tag (GtkTextTag *tag,
                    gpointer    user_data)
{
  g_autoptr(GdkRGBA) foreground = NULL;
  g_autoptr(GdkRGBA) rgba = NULL;
  gboolean coloured;
  guint *n_coloured = user_data;

  g_object_get (tag, "foreground-set", &coloured, NULL);
  if (!coloured)
    return;
  (*n_coloured)++;
  /* GTK 4.8 reads "foreground" when a screen reader asks for the text's attributes */
  g_assert_true (DIEM_IS_TEXT_TAG (tag));
  g_object_get (tag, "foreground", &foreground, "foreground-rgba", &rgba, NULL);
  g_assert_nonnull (foreground);
  g_assert_true (gdk_rgba_equal (foreground, rgba));
}

static void
test_coloured_tags_are_readable (void)
{
  g_autoptr(DiemReadingView) view = NULL;
  GtkTextBuffer *buffer;
  guint n_coloured = 0;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  view = new_view_with_sample ();
  buffer = GTK_TEXT_BUFFER (diem_reading_view_get_buffer (view));
  gtk_text_tag_table_foreach (gtk_text_buffer_get_tag_table (buffer), check_coloured_tag, &n_coloured);
  /* the photo credit and the current mention */
  g_assert_cmpuint (n_coloured, >=, 2);
}

static int
caret_offset (DiemReadingView *view)
{
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (diem_reading_view_get_buffer (view));
  GtkTextIter caret;

  gtk_text_buffer_get_iter_at_mark (buffer, &caret, gtk_text_buffer_get_insert (buffer));
  return gtk_text_iter_get_offset (&caret);
}

/* Where the current mention or match starts: the one range of the current tag. */
static int
current_start (DiemReadingView *view)
{
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (diem_reading_view_get_buffer (view));
  GtkTextTag *tag = diem_reading_view_get_current_tag (view);
  GtkTextIter iter;

  gtk_text_buffer_get_start_iter (buffer, &iter);
  if (!gtk_text_iter_starts_tag (&iter, tag))
    g_assert_true (gtk_text_iter_forward_to_tag_toggle (&iter, tag));
  return gtk_text_iter_get_offset (&iter);
}

static void
test_caret_follows_current (void)
{
  g_autoptr(DiemReadingView) view = NULL;
  DiemArticle *article;
  GPtrArray *officials;
  GArray *mentions = NULL;
  int first;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  view = new_view_with_sample ();
  article = diem_article_buffer_get_article (diem_reading_view_get_buffer (view));
  officials = diem_article_get_officials (article);
  for (guint i = 0; i < officials->len && mentions == NULL; i++)
    if (((DiemOfficial *) g_ptr_array_index (officials, i))->mentions->len >= 2)
      mentions = ((DiemOfficial *) g_ptr_array_index (officials, i))->mentions;
  g_assert_nonnull (mentions);

  g_assert_true (diem_reading_view_highlight (view, mentions));
  first = current_start (view);
  g_assert_cmpint (caret_offset (view), ==, first);

  g_assert_true (diem_reading_view_move_current (view, TRUE));
  g_assert_cmpint (current_start (view), >, first);
  g_assert_cmpint (caret_offset (view), ==, current_start (view));

  g_assert_cmpuint (ui_find_all (view, "TPHCM", FALSE), >, 1);
  g_assert_cmpint (caret_offset (view), ==, current_start (view));
  g_assert_true (diem_reading_view_move_current (view, FALSE));
  g_assert_cmpint (caret_offset (view), ==, current_start (view));
}

int
main (int   argc,
      char *argv[])
{
  char *private_dirs = ui_test_init (&argc, &argv, &have_display);

  g_test_add_func ("/a11y/coloured-tags-are-readable", test_coloured_tags_are_readable);
  g_test_add_func ("/a11y/caret-follows-current", test_caret_follows_current);

  return ui_test_run (private_dirs);
}
