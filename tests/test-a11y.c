/* test-a11y.c — what the reading view gives screen readers
 *
 * These hold without an accessibility bus what a screen reader relies on.
 */
#include "config.h"

#include <adwaita.h>

#include "diem-reading-view.h"
#include "diem-text-tag.h"
#include "ui-test-util.h"

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

int
main (int   argc,
      char *argv[])
{
  g_autofree char *private_dirs = ui_test_use_private_dirs ();
  int status;

  g_test_init (&argc, &argv, NULL);

  have_display = gtk_init_check ();
  if (have_display)
    adw_init ();

  g_test_add_func ("/a11y/coloured-tags-are-readable", test_coloured_tags_are_readable);

  status = g_test_run ();
  ui_test_remove_tree (private_dirs);
  return status;
}
