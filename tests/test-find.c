/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-find.c — stepping through a sidebar item's mentions, and the find bar */
#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "diem-article-buffer.h"
#include "diem-reading-view.h"
#include "diem-sidebar.h"
#include "diem-window.h"
#include "ui-test-util.h"
#include "ui-window-util.h"

static gboolean have_display;

/* Counts @tag's ranges; the range number @want goes to @want_start and @want_end. */
static guint
tag_ranges (GtkTextBuffer *buffer,
            GtkTextTag    *tag,
            guint          want,
            int           *want_start,
            int           *want_end)
{
  GtkTextIter iter;
  guint n = 0;

  gtk_text_buffer_get_start_iter (buffer, &iter);
  if (!gtk_text_iter_starts_tag (&iter, tag))
    gtk_text_iter_forward_to_tag_toggle (&iter, tag);
  while (!gtk_text_iter_is_end (&iter) && gtk_text_iter_starts_tag (&iter, tag))
    {
      if (n == want && want_start != NULL)
        *want_start = gtk_text_iter_get_offset (&iter);
      gtk_text_iter_forward_to_tag_toggle (&iter, tag);
      if (n == want && want_end != NULL)
        *want_end = gtk_text_iter_get_offset (&iter);
      n++;
      gtk_text_iter_forward_to_tag_toggle (&iter, tag);
    }
  return n;
}

static guint
count_tag_ranges (GtkTextBuffer *buffer,
                  GtkTextTag    *tag,
                  int           *first_start,
                  int           *first_end)
{
  return tag_ranges (buffer, tag, 0, first_start, first_end);
}

static gboolean
shows_label (DiemWindow *window,
             const char *text)
{
  GtkLabel *label = ui_find_label (GTK_WIDGET (window), text);

  return label != NULL && gtk_widget_is_visible (GTK_WIDGET (label));
}

static void
assert_current_is (DiemWindow *window,
                   int         start,
                   int         end)
{
  DiemReadingView *view = diem_window_get_reading_view (window);
  int current_start = -1, current_end = -1;

  g_assert_cmpuint (count_tag_ranges (GTK_TEXT_BUFFER (diem_reading_view_get_buffer (view)),
                                      diem_reading_view_get_current_tag (view),
                                      &current_start, &current_end), ==, 1);
  g_assert_cmpint (current_start, ==, start);
  g_assert_cmpint (current_end, ==, end);
}

typedef struct
{
  int start;
  int end;
} Range;

static int
compare_ranges (gconstpointer a,
                gconstpointer b)
{
  return ((const Range *) a)->start - ((const Range *) b)->start;
}

static void
test_mention_navigation (void)
{
  DiemWindow *window;
  DiemArticle *article;
  DiemArticleBuffer *buffer;
  GPtrArray *officials;
  DiemOfficial *official = NULL;
  g_autoptr(GArray) ranges = g_array_new (FALSE, FALSE, sizeof (Range));
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *last = NULL;
  guint index;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  window = ui_new_sample_window ();
  article = diem_window_get_article (window);
  buffer = diem_reading_view_get_buffer (diem_window_get_reading_view (window));
  officials = diem_article_get_officials (article);
  for (index = 0; index < officials->len; index++)
    if (((DiemOfficial *) g_ptr_array_index (officials, index))->mentions->len >= 2)
      {
        official = g_ptr_array_index (officials, index);
        break;
      }
  g_assert_nonnull (official);

  for (guint i = 0; i < official->mentions->len; i++)
    {
      DiemSpan span = g_array_index (official->mentions, DiemSpan, i);
      Range range = { diem_article_buffer_offset_for_byte (buffer, span.start, FALSE),
                      diem_article_buffer_offset_for_byte (buffer, span.end, TRUE) };

      g_array_append_val (ranges, range);
    }
  g_array_sort (ranges, compare_ranges);

  ui_activate_sidebar_row (window, "officials", index);

  assert_current_is (window, g_array_index (ranges, Range, 0).start, g_array_index (ranges, Range, 0).end);

  ui_press_shortcut (GTK_WIDGET (window), "F3");
  assert_current_is (window, g_array_index (ranges, Range, 1).start, g_array_index (ranges, Range, 1).end);
  second = g_strdup_printf ("2 of %u", ranges->len);
  g_assert_true (shows_label (window, second));

  /* back to the first, then round to the last */
  ui_press_shortcut (GTK_WIDGET (window), "<Shift>F3");
  ui_press_shortcut (GTK_WIDGET (window), "<Shift>F3");
  assert_current_is (window, g_array_index (ranges, Range, ranges->len - 1).start,
                     g_array_index (ranges, Range, ranges->len - 1).end);
  last = g_strdup_printf ("%u of %u", ranges->len, ranges->len);
  g_assert_true (shows_label (window, last));
  ui_press_shortcut (GTK_WIDGET (window), "F3");
  assert_current_is (window, g_array_index (ranges, Range, 0).start, g_array_index (ranges, Range, 0).end);
  first = g_strdup_printf ("1 of %u", ranges->len);
  g_assert_true (shows_label (window, first));

  ui_press_shortcut (GTK_WIDGET (window), "Escape");
  g_assert_cmpuint (count_tag_ranges (GTK_TEXT_BUFFER (buffer), diem_article_buffer_get_highlight_tag (buffer), NULL, NULL), ==, 0);
  g_assert_cmpuint (count_tag_ranges (GTK_TEXT_BUFFER (buffer),
                                      diem_reading_view_get_current_tag (diem_window_get_reading_view (window)),
                                      NULL, NULL), ==, 0);
  g_assert_false (shows_label (window, first));
  g_assert_cmpint (diem_reading_view_get_current (diem_window_get_reading_view (window)), ==, -1);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
wait_for_search (DiemReadingView *view)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (diem_reading_view_is_searching (view) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (diem_reading_view_is_searching (view));
  ui_spin_briefly ();
}

static void
on_search_changed_cb (GtkSearchEntry *entry,
                      char          **searched)
{
  g_free (*searched);
  *searched = g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry)));
}

/* Types @query into the find bar and waits for the search of exactly that text. */
static guint
find_in_window (DiemWindow *window,
                const char *query)
{
  DiemReadingView *view = diem_window_get_reading_view (window);
  GtkWidget *entry = ui_find_widget_of_type (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY);
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  g_autofree char *searched = NULL;
  gulong handler;

  /* connected after the window's handler, so the search has run when it is called */
  handler = g_signal_connect_after (entry, "search-changed", G_CALLBACK (on_search_changed_cb), &searched);
  gtk_editable_set_text (GTK_EDITABLE (entry), query);
  while ((g_strcmp0 (searched, query) != 0 || diem_reading_view_is_searching (view))
         && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (entry, handler);
  g_assert_cmpint (diem_reading_view_get_target_kind (view), ==, DIEM_TARGET_MATCHES);
  ui_spin_briefly ();
  return diem_reading_view_get_n_targets (view);
}

static void
test_find_bar (void)
{
  DiemWindow *window;
  DiemReadingView *view;
  GtkTextBuffer *buffer;
  GtkSearchBar *bar;
  GtkToggleButton *diacritics;
  g_autofree char *label = NULL;
  guint expected, n;
  int first_start = -1, first_end = -1;
  GtkTextIter start, end;
  g_autofree char *shown = NULL;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  window = ui_new_sample_window ();
  view = diem_window_get_reading_view (window);
  buffer = GTK_TEXT_BUFFER (diem_reading_view_get_buffer (view));
  bar = GTK_SEARCH_BAR (ui_find_widget_of_type (GTK_WIDGET (window), GTK_TYPE_SEARCH_BAR));
  diacritics = GTK_TOGGLE_BUTTON (ui_find_widget_of_type (GTK_WIDGET (bar), GTK_TYPE_TOGGLE_BUTTON));

  g_assert_false (gtk_search_bar_get_search_mode (bar));
  ui_press_shortcut (GTK_WIDGET (window), "<Control>f");
  g_assert_true (gtk_search_bar_get_search_mode (bar));

  expected = ui_count_occurrences (diem_article_get_text (diem_window_get_article (window)), "Nguyễn Văn Nên");
  g_assert_cmpuint (expected, >, 0);
  n = find_in_window (window, "nguyen van nen");
  g_assert_cmpuint (n, ==, expected);
  g_assert_cmpuint (count_tag_ranges (buffer, diem_reading_view_get_match_tag (view), &first_start, &first_end), ==, expected);
  gtk_text_buffer_get_iter_at_offset (buffer, &start, first_start);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, first_end);
  shown = gtk_text_buffer_get_slice (buffer, &start, &end, TRUE);
  g_assert_cmpstr (shown, ==, "Nguyễn Văn Nên");
  label = g_strdup_printf (expected == 1 ? "1 of %u match" : "1 of %u matches", expected);
  g_assert_true (shows_label (window, label));

  /* exact matching keeps the marks; case still does not matter */
  gtk_toggle_button_set_active (diacritics, TRUE);
  ui_spin_briefly ();
  g_assert_cmpuint (find_in_window (window, "nguyen"), ==, 0);
  g_assert_true (shows_label (window, "No matches"));
  g_assert_cmpuint (count_tag_ranges (buffer, diem_reading_view_get_match_tag (view), NULL, NULL), ==, 0);
  g_assert_cmpuint (find_in_window (window, "NGUYỄN VĂN NÊN"), ==, expected);
  gtk_toggle_button_set_active (diacritics, FALSE);
  ui_spin_briefly ();

  /* Ctrl+G steps through the matches and wraps; a search starts at the view's top */
  gtk_adjustment_set_value (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (diem_reading_view_get_text_view (view))), 0);
  ui_wait_for_frames (GTK_WIDGET (window), 2);
  n = find_in_window (window, "tphcm");
  g_assert_cmpuint (n, >=, 2);
  g_assert_cmpint (diem_reading_view_get_current (view), ==, 0);
  count_tag_ranges (buffer, diem_reading_view_get_match_tag (view), &first_start, &first_end);
  assert_current_is (window, first_start, first_end);
  ui_press_shortcut (GTK_WIDGET (window), "<Control>g");
  g_assert_cmpint (diem_reading_view_get_current (view), ==, 1);
  g_free (label);
  label = g_strdup_printf ("2 of %u matches", n);
  g_assert_true (shows_label (window, label));
  tag_ranges (buffer, diem_reading_view_get_match_tag (view), 1, &first_start, &first_end);
  assert_current_is (window, first_start, first_end);
  ui_press_shortcut (GTK_WIDGET (window), "<Shift><Control>g");
  ui_press_shortcut (GTK_WIDGET (window), "<Shift><Control>g");
  g_assert_cmpint (diem_reading_view_get_current (view), ==, (int) n - 1);
  tag_ranges (buffer, diem_reading_view_get_match_tag (view), n - 1, &first_start, &first_end);
  assert_current_is (window, first_start, first_end);

  /* Escape in the bar closes it and clears the matches */
  gtk_widget_grab_focus (ui_find_widget_of_type (GTK_WIDGET (bar), GTK_TYPE_SEARCH_ENTRY));
  g_signal_emit_by_name (ui_find_widget_of_type (GTK_WIDGET (bar), GTK_TYPE_SEARCH_ENTRY), "stop-search");
  ui_spin_briefly ();
  g_assert_false (gtk_search_bar_get_search_mode (bar));
  g_assert_cmpuint (count_tag_ranges (buffer, diem_reading_view_get_match_tag (view), NULL, NULL), ==, 0);
  g_assert_cmpuint (count_tag_ranges (buffer, diem_reading_view_get_current_tag (view), NULL, NULL), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A long article: the sample's paragraphs many times over, about 2 MB. */
static void
test_large_article (void)
{
  g_autofree char *sample_path = g_test_build_filename (G_TEST_DIST, "..", "data", "sample", "hcmc-2023-review.txt", NULL);
  g_autofree char *sample = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  DiemWindow *window;
  DiemReadingView *view;
  guint copies = 0, per_copy;
  gint64 started, first, again;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  g_file_get_contents (sample_path, &sample, NULL, &error);
  g_assert_no_error (error);
  per_copy = ui_count_occurrences (sample, "TPHCM");
  while (text->len < 2 * 1024 * 1024)
    {
      g_string_append (text, sample);
      g_string_append (text, "\n\n");
      copies++;
    }
  dir = g_dir_make_tmp ("diembao-find-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "long.txt", NULL);
  g_file_set_contents (path, text->str, text->len, &error);
  g_assert_no_error (error);

  window = diem_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));
  file = g_file_new_for_path (path);
  diem_window_open_file (window, file);
  ui_wait_until_loaded (window);
  g_assert_nonnull (diem_window_get_article (window));
  view = diem_window_get_reading_view (window);

  /* a plain-text article's captions have no image: their placeholders are drawn, not
   * hundreds of widgets for the text view to lay out */
  g_assert_cmpuint (diem_article_buffer_get_n_photos (diem_reading_view_get_buffer (view)), >=, 5 * copies);
  g_assert_null (ui_find_widget_of_type (GTK_WIDGET (diem_reading_view_get_text_view (view)), GTK_TYPE_BOX));

  started = g_get_monotonic_time ();
  g_assert_cmpuint (ui_find_all (view, "tphcm", FALSE), >=, per_copy * copies);
  first = g_get_monotonic_time () - started;
  started = g_get_monotonic_time ();
  g_assert_cmpuint (ui_find_all (view, "nguyen van nen", FALSE), >=, copies);
  again = g_get_monotonic_time () - started;
  ui_spin_briefly ();
  /* in a long article only the matches near the view are marked, the current one too */
  {
    guint tagged = count_tag_ranges (GTK_TEXT_BUFFER (diem_reading_view_get_buffer (view)),
                                     diem_reading_view_get_match_tag (view), NULL, NULL);

    g_assert_cmpuint (tagged, >, 0);
    g_assert_cmpuint (tagged, <, copies);
  }

  /* a search matching everywhere marks only the matches around the view */
  g_assert_cmpuint (ui_find_all (view, "n", FALSE), >, 10000);
  ui_spin_briefly ();
  g_assert_cmpuint (count_tag_ranges (GTK_TEXT_BUFFER (diem_reading_view_get_buffer (view)),
                                      diem_reading_view_get_match_tag (view), NULL, NULL), <=, 1000);
  g_assert_true (diem_reading_view_move_current (view, FALSE));
  ui_wait_for_frames (GTK_WIDGET (window), 3);
  ui_spin_briefly ();
  g_assert_cmpint (diem_reading_view_get_current (view), ==, (int) diem_reading_view_get_n_targets (view) - 1);
  {
    GtkTextBuffer *buffer = GTK_TEXT_BUFFER (diem_reading_view_get_buffer (view));
    int current_start = -1;
    GtkTextIter iter;

    g_assert_cmpuint (count_tag_ranges (buffer, diem_reading_view_get_current_tag (view), &current_start, NULL), ==, 1);
    gtk_text_buffer_get_iter_at_offset (buffer, &iter, current_start);
    g_assert_true (gtk_text_iter_has_tag (&iter, diem_reading_view_get_match_tag (view)));
  }
  g_test_message ("2 MB: a search %.1f ms, the next %.1f ms", first / 1000.0, again / 1000.0);

  gtk_window_destroy (GTK_WINDOW (window));
  g_remove (path);
  g_rmdir (dir);
}

/* A search starts at what is on screen, not at the top; finding nothing marks the
 * entry as an error. */
static void
test_find_from_visible_position (void)
{
  g_autoptr(GString) text = g_string_new ("Tin dài\n\n");
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  GtkSearchEntry *entry;
  GtkTextView *text_view;
  GtkAdjustment *adjustment;
  GdkRectangle visible;
  GtkTextIter top;
  DiemReadingView *view;
  DiemWindow *window;
  int current;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  for (guint i = 0; i < 300; i++)
    g_string_append_printf (text, "Đoạn %u: Giám đốc Sở Xây dựng Lê Minh Tâm kiểm tra công trình.\n\n", i);
  dir = g_dir_make_tmp ("diembao-test-XXXXXX", NULL);
  path = g_build_filename (dir, "tim.txt", NULL);
  g_assert_true (g_file_set_contents (path, text->str, -1, NULL));
  file = g_file_new_for_path (path);
  window = diem_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 600);
  gtk_window_present (GTK_WINDOW (window));
  diem_window_open_file (window, file);
  ui_wait_until_loaded (window);
  view = diem_window_get_reading_view (window);
  text_view = diem_reading_view_get_text_view (view);
  ui_wait_for_frames (GTK_WIDGET (window), 3);

  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (text_view));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) / 2);
  ui_wait_for_frames (GTK_WIDGET (window), 3);
  gtk_text_view_get_visible_rect (text_view, &visible);
  gtk_text_view_get_iter_at_location (text_view, &top, visible.x, visible.y);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL));
  entry = GTK_SEARCH_ENTRY (ui_find_widget_of_type (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY));
  g_assert_cmpuint (find_in_window (window, "Lê Minh Tâm"), ==, 300);
  current = diem_reading_view_get_current (view);
  g_assert_cmpint (current, >, 10);
  {
    int start, end;

    tag_ranges (GTK_TEXT_BUFFER (diem_reading_view_get_buffer (view)), diem_reading_view_get_current_tag (view), 0, &start, &end);
    g_assert_cmpint (start, >=, gtk_text_iter_get_offset (&top));
  }
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (entry), "error"));

  g_assert_cmpuint (find_in_window (window, "Không có đâu"), ==, 0);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (entry), "error"));
  gtk_window_destroy (GTK_WINDOW (window));
}

typedef struct
{
  DiemWindow *window;
  guint       n_changes;
  guint       n_while_searching; /* announcements with a current match before the count was final */
  gboolean    label_was_growing; /* the find bar then said "1 of N…" */
} Progress;

static void
on_targets_changed_cb (DiemReadingView *view,
                       Progress        *progress)
{
  progress->n_changes++;
  if (diem_reading_view_is_searching (view) && diem_reading_view_get_current (view) >= 0)
    {
      g_autofree char *growing = g_strdup_printf ("%d of %u…", diem_reading_view_get_current (view) + 1,
                                                  diem_reading_view_get_n_targets (view));

      progress->n_while_searching++;
      progress->label_was_growing = progress->label_was_growing || shows_label (progress->window, growing);
    }
}

/* In a long article the first match is current, and counted in the find bar, before the
 * search is over; a new query cancels the search under way, whose matches never mix
 * with the new ones. */
static void
test_incremental_find (void)
{
  g_autoptr(GString) text = g_string_new ("Báo cáo dài\n\n");
  g_autoptr(GFile) file = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  Progress progress = { 0 };
  DiemReadingView *view;
  DiemWindow *window;
  guint paragraphs = 0;
  gulong handler;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  while (text->len < 3 * 1024 * 1024)
    {
      g_string_append_printf (text, "Đoạn %u: đoàn kiểm tra của Sở Giao thông vận tải làm việc tại huyện Cần Giờ "
                                    "về tiến độ xây dựng cầu, đường và bến phà.\n\n", paragraphs);
      paragraphs++;
    }
  dir = g_dir_make_tmp ("diembao-test-XXXXXX", NULL);
  path = g_build_filename (dir, "dai.txt", NULL);
  g_assert_true (g_file_set_contents (path, text->str, -1, NULL));
  file = g_file_new_for_path (path);
  window = diem_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  diem_window_open_file (window, file);
  ui_wait_until_loaded (window);
  view = diem_window_get_reading_view (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL));

  progress.window = window;
  handler = g_signal_connect_after (view, "targets-changed", G_CALLBACK (on_targets_changed_cb), &progress);
  g_assert_cmpuint (find_in_window (window, "can gio"), ==, paragraphs);
  g_assert_cmpuint (progress.n_while_searching, >, 0);
  g_assert_true (progress.label_was_growing);
  g_assert_cmpuint (progress.n_changes, >, progress.n_while_searching);

  /* a query that matches everywhere, replaced at once by a rare one */
  diem_reading_view_find (view, "d", FALSE);
  g_assert_true (diem_reading_view_is_searching (view));
  diem_reading_view_find (view, "Đoạn 7:", FALSE);
  wait_for_search (view);
  g_assert_cmpuint (diem_reading_view_get_n_targets (view), ==, 1);
  {
    GtkTextBuffer *buffer = GTK_TEXT_BUFFER (diem_reading_view_get_buffer (view));
    int start = -1, end = -1;
    GtkTextIter start_iter, end_iter;
    g_autofree char *current = NULL;

    g_assert_cmpuint (count_tag_ranges (buffer, diem_reading_view_get_current_tag (view), &start, &end), ==, 1);
    gtk_text_buffer_get_iter_at_offset (buffer, &start_iter, start);
    gtk_text_buffer_get_iter_at_offset (buffer, &end_iter, end);
    current = gtk_text_buffer_get_slice (buffer, &start_iter, &end_iter, TRUE);
    g_assert_cmpstr (current, ==, "Đoạn 7:");
  }

  g_signal_handler_disconnect (view, handler);
  gtk_window_destroy (GTK_WINDOW (window));
  g_remove (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  char *private_dirs = ui_test_init (&argc, &argv, &have_display);

  g_test_add_func ("/find/mention-navigation", test_mention_navigation);
  g_test_add_func ("/find/find-bar", test_find_bar);
  g_test_add_func ("/find/large-article", test_large_article);
  g_test_add_func ("/find/from-visible-position", test_find_from_visible_position);
  g_test_add_func ("/find/incremental", test_incremental_find);

  return ui_test_run (private_dirs);
}
