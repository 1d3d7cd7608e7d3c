/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-photos.c — an HTML article's local photo is shown at most at its own size; others are named */
#include "config.h"

#include <adwaita.h>

#include "diem-window.h"
#include "ui-test-util.h"
#include "ui-window-util.h"

static gboolean have_display;

static void
collect_of_type (GtkWidget *widget,
                 GType      type,
                 GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_of_type (child, type, found);
}

static void
test_local_photo_and_remote_placeholder (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GPtrArray) pictures = g_ptr_array_new ();
  GdkPaintable *paintable;
  DiemWindow *window;
  int height = 0;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  path = g_test_build_filename (G_TEST_DIST, "fixtures", "html-article", "article.html", NULL);
  file = g_file_new_for_path (path);
  window = ui_new_window_with_file (file);
  g_assert_nonnull (diem_window_get_article (window));
  ui_spin_briefly ();

  /* two caption blocks: one with the photo from the article's folder, one for the remote image */
  g_assert_cmpuint (ui_count_with_class (GTK_WIDGET (window), "photo-frame"), ==, 2);
  g_assert_cmpuint (ui_count_with_class (GTK_WIDGET (window), "has-photo"), ==, 1);
  collect_of_type (GTK_WIDGET (window), GTK_TYPE_PICTURE, pictures);
  g_assert_cmpuint (pictures->len, ==, 1);

  /* the 64×48 photo is not blown up to the card's width */
  paintable = gtk_picture_get_paintable (g_ptr_array_index (pictures, 0));
  g_assert_nonnull (paintable);
  g_assert_cmpint (gdk_paintable_get_intrinsic_width (paintable), ==, 64);
  g_assert_cmpint (gdk_paintable_get_intrinsic_height (paintable), ==, 48);
  gtk_widget_get_size_request (g_ptr_array_index (pictures, 0), NULL, &height);
  g_assert_cmpint (height, ==, 48);

  /* the remote one is never fetched: one small line names its file, not the whole address */
  g_assert_nonnull (ui_find_label (GTK_WIDGET (window), "Photo not loaded: remote.jpg"));
  g_assert_null (ui_find_label (GTK_WIDGET (window), "Photo not loaded: https://example.invalid/remote.jpg"));
  g_assert_cmpuint (ui_count_with_class (GTK_WIDGET (window), "photo-missing"), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A page saved with "Web page, complete" shows the photo from its NAME_files folder;
 * the logo outside the article gives no photo box at all. */
static void
test_saved_page_photo (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  DiemWindow *window;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  path = g_test_build_filename (G_TEST_DIST, "fixtures", "web", "saved-complete", "Cầu mới.html", NULL);
  file = g_file_new_for_path (path);
  window = ui_new_window_with_file (file);
  g_assert_nonnull (diem_window_get_article (window));
  ui_spin_briefly ();

  g_assert_cmpuint (ui_count_with_class (GTK_WIDGET (window), "photo-frame"), ==, 1);
  g_assert_cmpuint (ui_count_with_class (GTK_WIDGET (window), "has-photo"), ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A single-file save (.mhtml) shows the photo it carries; the one it does not is named. */
static void
test_mhtml_photo (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  DiemWindow *window;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  path = g_test_build_filename (G_TEST_DIST, "fixtures", "web", "cau-moi.mhtml", NULL);
  file = g_file_new_for_path (path);
  window = ui_new_window_with_file (file);
  g_assert_nonnull (diem_window_get_article (window));
  ui_spin_briefly ();

  g_assert_cmpuint (ui_count_with_class (GTK_WIDGET (window), "photo-frame"), ==, 2);
  g_assert_cmpuint (ui_count_with_class (GTK_WIDGET (window), "has-photo"), ==, 1);
  /* named by its file, not its whole address */
  g_assert_nonnull (ui_find_label (GTK_WIDGET (window), "Photo not loaded: khong-luu.jpg"));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  char *private_dirs = ui_test_init (&argc, &argv, &have_display);

  g_test_add_func ("/photos/local-photo-and-remote-placeholder", test_local_photo_and_remote_placeholder);
  g_test_add_func ("/photos/saved-page-photo", test_saved_page_photo);
  g_test_add_func ("/photos/mhtml-photo", test_mhtml_photo);

  return ui_test_run (private_dirs);
}
