/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-photos.c — an HTML article's local photo is shown at most at its own size; others are named */
#include "config.h"

#include <adwaita.h>

#include <glib/gstdio.h>

#include "diem-window-private.h"
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
  /* its photos read: nothing to offer */
  g_assert_false (gtk_revealer_get_reveal_child (window->photos_banner));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A web address's query is not part of the photo's name. */
static void
test_remote_photo_named_without_query (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GPtrArray) views = g_ptr_array_new ();
  GtkTextBuffer *buffer;
  GtkTextTag *tag;
  GtkTextIter iter, end;
  g_autofree char *tagged = NULL;
  DiemWindow *window;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  path = g_test_build_filename (G_TEST_DIST, "fixtures", "web", "liberation-nepal.html", NULL);
  file = g_file_new_for_path (path);
  window = ui_new_window_with_file (file);
  ui_spin_briefly ();
  g_assert_nonnull (ui_find_label (GTK_WIDGET (window), "Photo not loaded: 755923-000_hkg10175905.jpg"));

  /* its caption has no credit line: the caption's own last line closes the card */
  collect_of_type (GTK_WIDGET (window), GTK_TYPE_TEXT_VIEW, views);
  g_assert_cmpuint (views->len, >=, 1);
  buffer = gtk_text_view_get_buffer (g_ptr_array_index (views, 0));
  tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "caption-end");
  g_assert_nonnull (tag);
  gtk_text_buffer_get_start_iter (buffer, &iter);
  g_assert_true (gtk_text_iter_forward_to_tag_toggle (&iter, tag));
  end = iter;
  g_assert_true (gtk_text_iter_forward_to_tag_toggle (&end, tag));
  tagged = gtk_text_iter_get_text (&iter, &end);
  g_assert_true (g_str_has_prefix (tagged, "Un Népalais prie à Katmandou"));
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

static void
copy_file (const char *from,
           const char *to)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (from, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (to, contents, length, NULL));
}

/* In a sandbox only the chosen page is visible: its photos cannot be read and the window
 * offers to open its folder. Once the folder is granted the photos show, the folder is
 * remembered and the offer is not made again; a folder that is gone is offered again. */
static void
test_photo_folder_grant (void)
{
  g_autofree char *fixture = NULL;
  g_autofree char *photo = NULL;
  g_autofree char *root = NULL;
  g_autofree char *page_dir = NULL;
  g_autofree char *granted_dir = NULL;
  g_autofree char *files_dir = NULL;
  g_autofree char *page = NULL;
  g_autofree char *photo_copy = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) granted = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_auto(GStrv) remembered = NULL;
  DiemWindow *window;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  fixture = g_test_build_filename (G_TEST_DIST, "fixtures", "web", "saved-complete", "Cầu mới.html", NULL);
  photo = g_test_build_filename (G_TEST_DIST, "fixtures", "web", "saved-complete", "Cầu mới_files", "ảnh 1.jpg", NULL);
  root = g_dir_make_tmp ("diembao-grant-XXXXXX", NULL);
  page_dir = g_build_filename (root, "page", NULL);
  granted_dir = g_build_filename (root, "Tải về", NULL);
  files_dir = g_build_filename (granted_dir, "Cầu mới_files", NULL);
  g_assert_cmpint (g_mkdir_with_parents (page_dir, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (files_dir, 0700), ==, 0);
  /* the page as the portal shows it, alone; its photos only in the folder to grant */
  page = g_build_filename (page_dir, "Cầu mới.html", NULL);
  photo_copy = g_build_filename (files_dir, "ảnh 1.jpg", NULL);
  copy_file (fixture, page);
  copy_file (photo, photo_copy);
  file = g_file_new_for_path (page);
  granted = g_file_new_for_path (granted_dir);
  settings = g_settings_new ("io.github.diembao.DiemBao");
  g_settings_reset (settings, "photo-folders");

  window = ui_new_window_with_file (file);
  ui_spin_briefly ();
  g_assert_cmpuint (ui_count_with_class (GTK_WIDGET (window), "has-photo"), ==, 0);
  g_assert_cmpuint (ui_count_with_class (GTK_WIDGET (window), "photo-missing"), ==, 1);
  g_assert_true (gtk_revealer_get_reveal_child (window->photos_banner));

  /* what the folder chooser's answer goes through */
  _diem_window_grant_photo_folder (window, granted);
  ui_spin_briefly ();
  g_assert_false (gtk_revealer_get_reveal_child (window->photos_banner));
  g_assert_cmpuint (ui_count_with_class (GTK_WIDGET (window), "has-photo"), ==, 1);
  g_assert_cmpuint (ui_count_with_class (GTK_WIDGET (window), "photo-missing"), ==, 0);
  remembered = g_settings_get_strv (settings, "photo-folders");
  g_assert_true (g_strv_contains ((const char *const *) remembered, granted_dir));
  gtk_window_destroy (GTK_WINDOW (window));

  /* the next time, the photos show at once and nothing is asked */
  window = ui_new_window_with_file (file);
  ui_spin_briefly ();
  g_assert_false (gtk_revealer_get_reveal_child (window->photos_banner));
  g_assert_cmpuint (ui_count_with_class (GTK_WIDGET (window), "has-photo"), ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));

  /* the grant is lost (the folder is gone): the folder is forgotten and offered again */
  g_assert_cmpint (g_remove (photo_copy), ==, 0);
  g_assert_cmpint (g_rmdir (files_dir), ==, 0);
  g_assert_cmpint (g_rmdir (granted_dir), ==, 0);
  window = ui_new_window_with_file (file);
  ui_spin_briefly ();
  g_assert_true (gtk_revealer_get_reveal_child (window->photos_banner));
  g_clear_pointer (&remembered, g_strfreev);
  remembered = g_settings_get_strv (settings, "photo-folders");
  g_assert_false (g_strv_contains ((const char *const *) remembered, granted_dir));
  gtk_window_destroy (GTK_WINDOW (window));

  g_assert_cmpint (g_remove (page), ==, 0);
  g_assert_cmpint (g_rmdir (page_dir), ==, 0);
  g_assert_cmpint (g_rmdir (root), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  char *private_dirs = ui_test_init (&argc, &argv, &have_display);

  g_test_add_func ("/photos/local-photo-and-remote-placeholder", test_local_photo_and_remote_placeholder);
  g_test_add_func ("/photos/saved-page-photo", test_saved_page_photo);
  g_test_add_func ("/photos/mhtml-photo", test_mhtml_photo);
  g_test_add_func ("/photos/remote-photo-named-without-query", test_remote_photo_named_without_query);
  g_test_add_func ("/photos/photo-folder-grant", test_photo_folder_grant);

  return ui_test_run (private_dirs);
}
