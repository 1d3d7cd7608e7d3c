/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-loading.c — opening articles while the window stays in use: a later open wins,
 * nothing of the old article's place carries over, the current mention stays on screen,
 * choosing a sidebar entry does not wait for the rest of a long text, a jump far down it
 * says it is on its way, and pasting twice leaves the article shown */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "diem-reading-view.h"
#include "diem-sidebar.h"
#include "diem-window.h"
#include "ui-test-util.h"
#include "ui-window-util.h"

/* Sentences of our own, with an official named in each repetition. */
static const char own_paragraph[] =
  "Sáng 5-4, Chủ tịch UBND tỉnh Quảng Trị Võ Văn Hưng kiểm tra tiến độ dự án đường ven "
  "biển và yêu cầu các sở hoàn thành giải phóng mặt bằng trong quý II.\n\n"
  "Người dân trong vùng dự án cho biết đã nhận đủ tiền bồi thường và sẵn sàng bàn giao đất.\n\n";

/* A paragraph that names nobody. */
static const char plain_paragraph[] =
  "Người dân trong vùng dự án cho biết đã nhận đủ tiền bồi thường và sẵn sàng bàn giao đất.\n\n";

static gboolean have_display;

/* An article of @min_bytes at least: @paragraph repeated, then @last_paragraph. */
static GFile *
write_temp_article_of (const char *name,
                       gsize       min_bytes,
                       const char *headline,
                       const char *paragraph,
                       const char *last_paragraph)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("diembao-test-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(GString) text = g_string_new (headline);

  g_assert_no_error (error);
  g_string_append (text, "\n\n");
  do
    g_string_append (text, paragraph);
  while (text->len < min_bytes);
  g_string_append (text, last_paragraph);
  path = g_build_filename (dir, name, NULL);
  g_file_set_contents (path, text->str, text->len, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static GFile *
write_temp_article (const char *name,
                    gsize       min_bytes,
                    const char *headline)
{
  return write_temp_article_of (name, min_bytes, headline, own_paragraph, "");
}

static GtkAdjustment *
reading_vadjustment (DiemWindow *window)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (diem_reading_view_get_text_view (diem_window_get_reading_view (window))),
                                                 GTK_TYPE_SCROLLED_WINDOW);

  return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
}

static GtkAdjustment *
sidebar_vadjustment (DiemWindow *window)
{
  GtkWidget *scroller = ui_find_widget_of_type (GTK_WIDGET (diem_window_get_sidebar (window)), GTK_TYPE_SCROLLED_WINDOW);

  g_assert_nonnull (scroller);
  return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
}

static void
scroll_to_bottom (GtkAdjustment *adjustment)
{
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment));
}

/* A second open before the first is done: only the second article ever ends up shown. */
/* Appends to @mentions a span for each place @needle stands in @text. */
static void
find_mentions (const char *text,
               const char *needle,
               GArray     *mentions)
{
  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    {
      DiemSpan span = { p - text, p - text + strlen (needle) };

      g_array_append_val (mentions, span);
    }
}

static void
test_later_open_wins (void)
{
  g_autoptr(GFile) first = NULL;
  g_autoptr(GFile) second = NULL;
  DiemWindow *window;
  DiemArticle *article;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  first = write_temp_article ("dau.txt", 2 * 1024 * 1024, "Bài thứ nhất");
  second = write_temp_article ("sau.txt", 4 * 1024, "Bài thứ hai");
  window = diem_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));
  ui_spin_briefly ();

  diem_window_open_file (window, first);
  g_assert_true (diem_window_get_loading (window));
  diem_window_open_file (window, second);
  ui_wait_until_loaded (window);
  /* what the first load's workers still return must change nothing */
  for (guint i = 0; i < 20; i++)
    {
      g_usleep (20000);
      ui_spin_briefly ();
    }

  article = diem_window_get_article (window);
  g_assert_nonnull (article);
  g_assert_true (g_file_equal (diem_article_get_file (article), second));
  g_assert_true (diem_article_buffer_get_article (diem_reading_view_get_buffer (diem_window_get_reading_view (window))) == article);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Bài thứ hai");
  g_assert_false (diem_window_get_loading (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Scrolling the old article while the new one loads does not move the new one, in the
 * reading view or in the sidebar; the caret starts at the top too. */
static void
test_scroll_during_load_stays_behind (void)
{
  g_autoptr(GFile) file = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter caret;
  DiemWindow *window;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  file = write_temp_article ("moi.txt", 600 * 1024, "Bài mới");
  window = ui_new_sample_window ();
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 500);
  ui_wait_for_frames (GTK_WIDGET (window), 3);
  buffer = GTK_TEXT_BUFFER (diem_reading_view_get_buffer (diem_window_get_reading_view (window)));
  gtk_text_buffer_get_end_iter (buffer, &caret);
  gtk_text_buffer_place_cursor (buffer, &caret);

  diem_window_open_file (window, file);
  g_assert_true (diem_window_get_loading (window));
  scroll_to_bottom (reading_vadjustment (window));
  scroll_to_bottom (sidebar_vadjustment (window));
  g_assert_cmpfloat (gtk_adjustment_get_value (reading_vadjustment (window)), >, 0);
  ui_wait_until_loaded (window);
  ui_wait_for_frames (GTK_WIDGET (window), 3);

  g_assert_cmpfloat (gtk_adjustment_get_value (reading_vadjustment (window)), ==, 0);
  g_assert_cmpfloat (gtk_adjustment_get_value (sidebar_vadjustment (window)), ==, 0);
  gtk_text_buffer_get_iter_at_mark (buffer, &caret, gtk_text_buffer_get_insert (buffer));
  g_assert_cmpint (gtk_text_iter_get_offset (&caret), ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A long article shows its start before it is all in, and the window answers
 * meanwhile: the main loop turns many times while the text comes in. */
static void
test_long_article_comes_in_parts (void)
{
  g_autoptr(GFile) file = NULL;
  DiemReadingView *view;
  DiemWindow *window;
  guint turns_while_filling = 0;
  gboolean shown_early = FALSE;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  file = write_temp_article ("dai.txt", 4 * 1024 * 1024, "Bài rất dài");
  window = diem_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));
  ui_spin_briefly ();
  view = diem_window_get_reading_view (window);

  diem_window_open_file (window, file);
  while (diem_window_get_loading (window))
    {
      DiemArticleBuffer *buffer = diem_reading_view_get_buffer (view);

      g_main_context_iteration (NULL, TRUE);
      if (diem_article_buffer_get_article (buffer) != NULL && !diem_reading_view_is_filled (view))
        {
          turns_while_filling++;
          shown_early = shown_early || gtk_text_buffer_get_char_count (GTK_TEXT_BUFFER (buffer)) > 0;
        }
    }

  g_assert_true (shown_early);
  g_assert_cmpuint (turns_while_filling, >, 10);
  g_assert_nonnull (diem_window_get_article (window));
  g_assert_true (diem_reading_view_is_filled (view));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Is the current mention or match on screen? */
static gboolean
current_in_view (DiemReadingView *view)
{
  GtkTextView *text_view = diem_reading_view_get_text_view (view);
  GdkRectangle visible, location;
  GtkTextIter start;

  gtk_text_buffer_get_start_iter (gtk_text_view_get_buffer (text_view), &start);
  if (!gtk_text_iter_starts_tag (&start, diem_reading_view_get_current_tag (view)))
    g_assert_true (gtk_text_iter_forward_to_tag_toggle (&start, diem_reading_view_get_current_tag (view)));
  gtk_text_view_get_visible_rect (text_view, &visible);
  gtk_text_view_get_iter_location (text_view, &start, &location);
  return location.y >= visible.y && location.y + location.height <= visible.y + visible.height;
}

/* The current mention or match comes on screen: GTK measures the lines above it in
 * idle time, and the view follows it while it does, longer on a loaded machine. */
static void
assert_current_in_view (DiemReadingView *view)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!current_in_view (view) && g_get_monotonic_time () < deadline)
    ui_wait_for_frames (GTK_WIDGET (diem_reading_view_get_text_view (view)), 1);
  g_assert_true (current_in_view (view));
}

/* How many ranges of the text carry the mention highlight. */
static guint
count_highlighted (DiemReadingView *view)
{
  GtkTextTag *tag = diem_article_buffer_get_highlight_tag (diem_reading_view_get_buffer (view));
  GtkTextIter iter;
  guint n = 0;

  gtk_text_buffer_get_start_iter (GTK_TEXT_BUFFER (diem_reading_view_get_buffer (view)), &iter);
  while (gtk_text_iter_forward_to_tag_toggle (&iter, tag))
    if (gtk_text_iter_starts_tag (&iter, tag))
      n++;
  return n;
}

/* The current mention is on screen, also the last of many in a long article. */
static void
test_mention_in_view (void)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GArray) mentions = g_array_new (FALSE, FALSE, sizeof (DiemSpan));
  DiemReadingView *view;
  DiemWindow *window;
  DiemArticle *article;
  const char *text;
  const char *needle = "Võ Văn Hưng";

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  file = write_temp_article ("nhac-ten.txt", 400 * 1024, "Bài nhắc tên");
  window = diem_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 600);
  gtk_window_present (GTK_WINDOW (window));
  diem_window_open_file (window, file);
  ui_wait_until_loaded (window);
  article = diem_window_get_article (window);
  view = diem_window_get_reading_view (window);

  text = diem_article_get_text (article);
  find_mentions (text, needle, mentions);
  g_assert_cmpuint (mentions->len, >, 1000);
  g_assert_true (diem_reading_view_highlight (view, mentions));
  /* back from the first wraps to the last */
  g_assert_true (diem_reading_view_move_current (view, FALSE));
  g_assert_cmpint (diem_reading_view_get_current (view), ==, (int) mentions->len - 1);
  ui_wait_for_frames (GTK_WIDGET (window), 30);
  assert_current_in_view (view);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The official's row of the sidebar, once the sidebar lists it. Not through
 * ui_sidebar_row (), which spins the main loop until it is idle: until the text is all in. */
static GtkWidget *
wait_for_official_row (DiemWindow *window)
{
  gint64 deadline = g_get_monotonic_time () + 120 * G_USEC_PER_SEC;
  GListModel *officials;

  /* the sidebar has no list before the first article */
  while (((officials = diem_sidebar_get_entries (diem_window_get_sidebar (window), "officials")) == NULL
          || g_list_model_get_n_items (officials) == 0)
         && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (officials);
  g_assert_cmpuint (g_list_model_get_n_items (officials), ==, 1);
  return gtk_widget_get_first_child (GTK_WIDGET (diem_sidebar_get_list_box (diem_window_get_sidebar (window), "officials")));
}

/* Whether the highlight covers the text of the current mention. */
static gboolean
current_is_highlighted (DiemReadingView *view)
{
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (diem_reading_view_get_buffer (view));
  GtkTextIter start;

  gtk_text_buffer_get_start_iter (buffer, &start);
  if (!gtk_text_iter_starts_tag (&start, diem_reading_view_get_current_tag (view))
      && !gtk_text_iter_forward_to_tag_toggle (&start, diem_reading_view_get_current_tag (view)))
    return FALSE;
  return gtk_text_iter_has_tag (&start, diem_article_buffer_get_highlight_tag (diem_reading_view_get_buffer (view)));
}

/* Chooses the article's one official while the text is still coming in, and spins the
 * main loop until its current mention is marked; returns how many turns that took. */
static guint
choose_official_while_filling (DiemWindow *window)
{
  DiemReadingView *view = diem_window_get_reading_view (window);
  GtkWidget *row = wait_for_official_row (window);
  gint64 deadline = g_get_monotonic_time () + 120 * G_USEC_PER_SEC;
  guint turns = 0;

  g_assert_nonnull (row);
  g_assert_false (diem_reading_view_is_filled (view));
  g_assert_true (gtk_widget_activate (row));
  g_assert_cmpint (diem_reading_view_get_current (view), ==, 0);
  /* the rest of the text is not brought in at once for the highlight */
  g_assert_false (diem_reading_view_is_filled (view));
  while (!current_is_highlighted (view) && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, TRUE);
      turns++;
    }
  g_assert_true (current_is_highlighted (view));
  /* the view follows the mention while the lines above it are measured */
  ui_wait_for_frames (GTK_WIDGET (window), 30);
  assert_current_in_view (view);
  return turns;
}

/* Choosing an entry of a long article whose text is still coming in marks its first
 * mention and brings it on screen at once; the rest of the text keeps coming in a part
 * at a time, and only the mentions near the view are marked. */
static void
test_choose_entry_while_text_comes_in (void)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GString) paragraphs = g_string_new (own_paragraph);
  DiemReadingView *view;
  DiemWindow *window;
  guint turns_while_filling = 0;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  /* the official in one paragraph of ten: the sidebar lists him long before the text is all in */
  for (guint i = 0; i < 9; i++)
    g_string_append (paragraphs, plain_paragraph);
  file = write_temp_article_of ("chon.txt", 4 * 1024 * 1024, "Bài chọn mục", paragraphs->str, "");
  window = diem_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 600);
  gtk_window_present (GTK_WINDOW (window));
  ui_spin_briefly ();
  view = diem_window_get_reading_view (window);
  diem_window_open_file (window, file);

  choose_official_while_filling (window);
  while (!diem_reading_view_is_filled (view))
    {
      g_main_context_iteration (NULL, TRUE);
      turns_while_filling++;
    }
  g_assert_cmpuint (turns_while_filling, >, 10);
  ui_wait_until_loaded (window);
  /* thousands of mentions; those of a screen or two marked */
  g_assert_cmpuint (diem_reading_view_get_n_targets (view), >, 2000);
  g_assert_cmpuint (count_highlighted (view), <, 1000);
  g_assert_cmpint (diem_reading_view_get_current (view), ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* An entry first named near the end of a long article whose text is still coming in:
 * the main loop keeps turning while the text up to it comes in, and then the mention
 * is marked and on screen. */
static void
test_choose_entry_named_late (void)
{
  g_autoptr(GFile) file = NULL;
  DiemWindow *window;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  file = write_temp_article_of ("muon.txt", 4 * 1024 * 1024, "Bài nhắc tên muộn", plain_paragraph, own_paragraph);
  window = diem_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 600);
  gtk_window_present (GTK_WINDOW (window));
  ui_spin_briefly ();
  diem_window_open_file (window, file);

  g_assert_cmpuint (choose_official_while_filling (window), >, 10);
  ui_wait_until_loaded (window);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The first widget at or under @widget that @matches, or NULL. */
static GtkWidget *
find_widget (GtkWidget  *widget,
             gboolean  (*matches) (GtkWidget *widget, const char *text),
             const char *text)
{
  if (matches (widget, text))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, matches, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_label_reading (GtkWidget  *widget,
                  const char *text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget)
         && g_str_equal (gtk_label_get_label (GTK_LABEL (widget)), text);
}

/* The label under @widget that reads @text, or NULL. */
static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  return find_widget (widget, is_label_reading, text);
}

/* Whether the pointer over the text says the view is busy. */
static gboolean
has_busy_pointer (DiemReadingView *view)
{
  GdkCursor *cursor = gtk_widget_get_cursor (GTK_WIDGET (diem_reading_view_get_text_view (view)));

  return cursor != NULL && g_strcmp0 (gdk_cursor_get_name (cursor), "progress") == 0;
}

/* Stepping to a mention far down a long article whose text is still coming in: the
 * mention's count ends in an ellipsis and the pointer over the text says "busy" at
 * once, and both go once the mention is on screen. */
static void
test_far_mention_shows_busy (void)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GArray) mentions = g_array_new (FALSE, FALSE, sizeof (DiemSpan));
  DiemArticleBuffer *buffer;
  DiemReadingView *view;
  DiemWindow *window;
  DiemArticle *article;
  g_autofree char *on_its_way = NULL;
  g_autofree char *there = NULL;
  const char *text;
  const char *needle = "Võ Văn Hưng";
  gint64 deadline;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  file = write_temp_article ("xa.txt", 1024 * 1024, "Bài nhắc tên đến cuối");
  window = diem_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 600);
  gtk_window_present (GTK_WINDOW (window));
  ui_spin_briefly ();
  view = diem_window_get_reading_view (window);
  buffer = diem_reading_view_get_buffer (view);
  diem_window_open_file (window, file);

  /* the start of the text is in, the rest still coming */
  deadline = g_get_monotonic_time () + 120 * G_USEC_PER_SEC;
  while (diem_article_buffer_get_article (buffer) == NULL && g_get_monotonic_time () < deadline)
    ui_iterate ();
  article = diem_article_buffer_get_article (buffer);
  g_assert_nonnull (article);
  g_assert_false (diem_reading_view_is_filled (view));
  g_assert_false (diem_reading_view_is_seeking (view));

  text = diem_article_get_text (article);
  find_mentions (text, needle, mentions);
  g_assert_cmpuint (mentions->len, >, 1000);
  g_assert_true (diem_reading_view_highlight (view, mentions));
  /* back from the first wraps to the last, whose text is not in yet */
  g_assert_true (diem_reading_view_move_current (view, FALSE));
  g_assert_true (diem_reading_view_is_current_pending (view));
  g_assert_true (diem_reading_view_is_seeking (view));
  on_its_way = g_strdup_printf ("%u of %u…", mentions->len, mentions->len);
  g_assert_nonnull (find_label (GTK_WIDGET (window), on_its_way));
  g_assert_true (has_busy_pointer (view));

  deadline = g_get_monotonic_time () + 120 * G_USEC_PER_SEC;
  while (diem_reading_view_is_seeking (view) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (diem_reading_view_is_seeking (view));
  g_assert_cmpint (diem_reading_view_get_current (view), ==, (int) mentions->len - 1);
  assert_current_in_view (view);
  there = g_strdup_printf ("%u of %u", mentions->len, mentions->len);
  g_assert_nonnull (find_label (GTK_WIDGET (window), there));
  g_assert_false (has_busy_pointer (view));
  ui_wait_until_loaded (window);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Pasting twice shows the second paste, laid out: the view is not left blank. The
 * test runs with fatal warnings, so a warning about drawing unallocated widgets fails it. */
static void
test_paste_twice (void)
{
  GdkClipboard *clipboard;
  DiemWindow *window;
  GtkWidget *text_view;
  /* held, so that a new article cannot take the old one's address */
  g_autoptr(DiemArticle) sample = NULL;
  g_autoptr(DiemArticle) first = NULL;
  gint64 deadline;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  window = ui_new_sample_window ();
  clipboard = gtk_widget_get_clipboard (GTK_WIDGET (window));
  text_view = GTK_WIDGET (diem_reading_view_get_text_view (diem_window_get_reading_view (window)));
  ui_wait_for_frames (GTK_WIDGET (window), 3);

  gdk_clipboard_set_text (clipboard, own_paragraph);
  sample = g_object_ref (diem_window_get_article (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.paste-article", NULL));
  deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  while (diem_window_get_article (window) == sample && g_get_monotonic_time () < deadline)
    ui_iterate ();
  first = g_object_ref (diem_window_get_article (window));
  g_assert_true (first != sample);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.paste-article", NULL));
  /* each paste has its own time: on a loaded machine the first may take most of one */
  deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  while (diem_window_get_article (window) == first && g_get_monotonic_time () < deadline)
    ui_iterate ();
  g_assert_true (diem_window_get_article (window) != first);
  ui_wait_for_frames (GTK_WIDGET (window), 5);

  g_assert_true (gtk_widget_get_mapped (text_view));
  g_assert_cmpint (gtk_widget_get_height (text_view), >, 0);
  g_assert_true (g_str_has_prefix (diem_article_get_text (diem_window_get_article (window)), "Sáng 5-4"));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_button_for (GtkWidget  *widget,
               const char *action_name)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_name) == 0;
}

/* The header bar's button for @action_name. */
static GtkWidget *
find_action_button (GtkWidget  *widget,
                    const char *action_name)
{
  return find_widget (widget, is_button_for, action_name);
}

/* A long article can be exported and searched once it is read and extracted, before its
 * text is all in the view; a search finds what is at its very end. */
static void
test_find_and_export_before_all_in (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("diembao-test-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "cuoi.txt", NULL);
  g_autoptr(GString) text = g_string_new ("Bài dài có đoạn cuối\n\n");
  g_autoptr(GFile) file = NULL;
  GtkWidget *export_button;
  GtkSearchEntry *entry;
  DiemReadingView *view;
  DiemWindow *window;
  gint64 deadline;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  while (text->len < 4 * 1024 * 1024)
    g_string_append (text, own_paragraph);
  g_string_append (text, "Đoạn cuối cùng nhắc tới làng Khe Sanh một lần duy nhất.\n");
  g_file_set_contents (path, text->str, text->len, &error);
  g_assert_no_error (error);
  file = g_file_new_for_path (path);

  window = diem_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));
  ui_spin_briefly ();
  view = diem_window_get_reading_view (window);
  export_button = find_action_button (GTK_WIDGET (window), "win.export-pdf");
  g_assert_nonnull (export_button);

  diem_window_open_file (window, file);
  deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  while (!gtk_widget_is_sensitive (export_button) && diem_window_get_loading (window)
         && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (gtk_widget_is_sensitive (export_button));
  g_assert_nonnull (diem_window_get_article (window));
  /* while the view is still taking the text in, a part at a time */
  g_assert_false (diem_reading_view_is_filled (view));
  g_assert_true (diem_window_get_loading (window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL));
  ui_spin_briefly ();
  entry = GTK_SEARCH_ENTRY (ui_find_widget_of_type (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY));
  g_assert_nonnull (entry);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (entry)));
  gtk_editable_set_text (GTK_EDITABLE (entry), "khe sanh");
  deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  while (diem_reading_view_get_n_targets (view) == 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (diem_reading_view_get_n_targets (view), ==, 1);
  /* the match is current, and brought on screen though its part of the text was not in */
  g_assert_cmpint (diem_reading_view_get_current (view), ==, 0);
  ui_wait_for_frames (GTK_WIDGET (window), 30);
  assert_current_in_view (view);

  gtk_window_destroy (GTK_WINDOW (window));
  ui_spin_briefly ();
  g_remove (path);
  g_rmdir (dir);
}

/* When the window says the load is over, the sidebar shows what was extracted. */
static void
on_loading_notify_cb (DiemWindow *window,
                      GParamSpec *pspec,
                      guint      *n_checked)
{
  DiemArticle *article = diem_window_get_article (window);
  GListModel *shown = diem_sidebar_get_entries (diem_window_get_sidebar (window), "officials");

  if (diem_window_get_loading (window) || article == NULL)
    return;
  g_assert_true (diem_article_is_extracted (article));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, diem_article_get_officials (article)->len);
  g_assert_cmpuint (g_list_model_get_n_items (shown), >, 0);
  (*n_checked)++;
}

/* Articles short and long, whose text fills the view before or after the extraction is
 * done: the load ends with the sidebar filled, never a turn of the main loop before. */
static void
test_load_ends_with_sidebar_filled (void)
{
  const gsize sizes[] = { 1024, 16 * 1024, 64 * 1024 };
  DiemWindow *window;
  guint n_checked = 0;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  window = diem_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));
  ui_spin_briefly ();
  g_signal_connect (window, "notify::loading", G_CALLBACK (on_loading_notify_cb), &n_checked);
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(GFile) file = write_temp_article ("bai.txt", sizes[i], "Bài về đường ven biển");

      diem_window_open_file (window, file);
      ui_wait_until_loaded (window);
    }
  g_assert_cmpuint (n_checked, ==, G_N_ELEMENTS (sizes));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  char *private_dirs = ui_test_init (&argc, &argv, &have_display);

  g_set_application_name ("test-loading");
  g_test_add_func ("/loading/later-open-wins", test_later_open_wins);
  g_test_add_func ("/loading/scroll-during-load-stays-behind", test_scroll_during_load_stays_behind);
  g_test_add_func ("/loading/long-article-comes-in-parts", test_long_article_comes_in_parts);
  g_test_add_func ("/loading/mention-in-view", test_mention_in_view);
  g_test_add_func ("/loading/choose-entry-while-text-comes-in", test_choose_entry_while_text_comes_in);
  g_test_add_func ("/loading/choose-entry-named-late", test_choose_entry_named_late);
  g_test_add_func ("/loading/far-mention-shows-busy", test_far_mention_shows_busy);
  g_test_add_func ("/loading/paste-twice", test_paste_twice);
  g_test_add_func ("/loading/find-and-export-before-all-in", test_find_and_export_before_all_in);
  g_test_add_func ("/loading/load-ends-with-sidebar-filled", test_load_ends_with_sidebar_filled);
  return ui_test_run (private_dirs);
}
