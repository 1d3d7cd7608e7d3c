/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-window.c — the reading window on real articles: text, captions, sidebar, errors */
#include "config.h"

#include <adwaita.h>

#include "diem-article-buffer.h"
#include "diem-article-view.h"
#include "diem-reading-view.h"
#include "diem-sidebar.h"
#include "diem-window.h"
#include "ui-test-util.h"
#include "ui-window-util.h"

/* Sentences of our own: two officials, an honour and a resolution, a hard-wrapped
 * paragraph and a credited caption. What the extractors make of them is not assumed. */
static const char own_article[] =
  "Chiều 12-3, Bộ trưởng Bộ Tài chính Hồ Đức Phớc làm việc với tỉnh Lâm Đồng về\n"
  "kế hoạch đầu tư công năm 2024.\n"
  "\n"
  "Chủ tịch UBND tỉnh Lâm Đồng Trần Văn Hiệp trao Huân chương Lao động hạng Ba cho "
  "Sở Tài chính tỉnh Lâm Đồng. Ảnh: MINH ANH\n"
  "\n"
  "Tỉnh triển khai Nghị quyết số 12/2024/NQ-HĐND của HĐND tỉnh Lâm Đồng về phát triển "
  "du lịch. Bộ trưởng Hồ Đức Phớc đề nghị tỉnh giải ngân sớm.\n"
  "\n"
  "THANH TÂM\n";

static gboolean have_display;

static GFile *
write_temp_article (const char *name,
                    const char *contents)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("diembao-test-XXXXXX", &error);
  g_autofree char *path = NULL;

  g_assert_no_error (error);
  path = g_build_filename (dir, name, NULL);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

/* The article's text for @span as the buffer shows it: line breaks inside become spaces. */
static char *
dup_span_as_shown (DiemArticle *article,
                   DiemSpan     span)
{
  char *text = diem_article_dup_span (article, span);

  for (char *p = text; *p != '\0'; p++)
    if (*p == '\n' || *p == '\r' || *p == '\t')
      *p = ' ';
  return text;
}

static DiemArticleBuffer *
window_buffer (DiemWindow *window)
{
  return diem_reading_view_get_buffer (diem_window_get_reading_view (window));
}

static char *
dup_buffer_slice (GtkTextBuffer *buffer,
                  int            start,
                  int            end)
{
  GtkTextIter start_iter, end_iter;

  gtk_text_buffer_get_iter_at_offset (buffer, &start_iter, start);
  gtk_text_buffer_get_iter_at_offset (buffer, &end_iter, end);
  return gtk_text_buffer_get_slice (buffer, &start_iter, &end_iter, TRUE);
}

static gboolean
find_label_containing (GtkWidget  *widget,
                       const char *needle)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_label (GTK_LABEL (widget)), needle) != NULL)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (find_label_containing (child, needle))
      return TRUE;
  return FALSE;
}

/* The entries of a list: an award's recipients are rows of their own under it. */
static guint
count_rows (DiemWindow *window,
            const char *key)
{
  guint n = 0;
  GtkWidget *row;

  for (guint i = 0; (row = ui_sidebar_row (window, key, i)) != NULL; i++)
    if (!gtk_widget_has_css_class (row, "recipient-row"))
      n++;
  return n;
}

static void
test_sample_text_in_order (void)
{
  DiemWindow *window;
  DiemArticle *article;
  GPtrArray *blocks;
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  const char *cursor;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  window = ui_new_sample_window ();
  article = diem_window_get_article (window);
  blocks = diem_article_get_blocks (article);
  g_assert_cmpuint (blocks->len, >, 3);

  gtk_text_buffer_get_bounds (GTK_TEXT_BUFFER (window_buffer (window)), &start, &end);
  text = gtk_text_buffer_get_slice (GTK_TEXT_BUFFER (window_buffer (window)), &start, &end, TRUE);

  /* every block's text is in the buffer, in the article's order */
  cursor = text;
  for (guint i = 0; i < blocks->len; i++)
    {
      const DiemBlock *block = g_ptr_array_index (blocks, i);
      g_autofree char *shown = dup_span_as_shown (article, block->text_span);
      const char *found = strstr (cursor, g_strstrip (shown));

      g_assert_nonnull (found);
      cursor = found + strlen (shown);
    }
  /* the bundled sample's first paragraph, checked against the file itself */
  g_assert_nonnull (strstr (text, "Phát biểu kết luận hội nghị, Chủ tịch UBND TPHCM Phan Văn Mãi"));
  g_assert_nonnull (strstr (text, "Ảnh: VIỆT DŨNG"));
  g_assert_nonnull (strstr (text, "NGÔ BÌNH - VĂN MINH"));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), !=, NULL);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_sample_caption_frames (void)
{
  DiemWindow *window;
  GPtrArray *blocks;
  guint n_captions = 0, n_frames = 0;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  window = ui_new_sample_window ();
  blocks = diem_article_get_blocks (diem_window_get_article (window));
  for (guint i = 0; i < blocks->len; i++)
    if (((DiemBlock *) g_ptr_array_index (blocks, i))->kind == DIEM_BLOCK_CAPTION)
      n_captions++;

  n_frames = ui_count_with_class (GTK_WIDGET (window), "photo-frame");
  g_assert_cmpuint (n_captions, ==, 5);
  g_assert_cmpuint (diem_article_buffer_get_n_photos (window_buffer (window)), ==, n_captions);
  /* the sample names no image: each caption is its text and credit alone, with no
   * widget and no empty line for a photo above it */
  g_assert_cmpuint (n_frames, ==, 0);
  for (guint i = 0; i < n_captions; i++)
    {
      const DiemBlock *block = diem_article_buffer_get_photo_block (window_buffer (window), i);
      DiemArticle *article = diem_window_get_article (window);
      g_autofree char *caption = dup_span_as_shown (article, block->text_span);
      g_autofree char *first_line = NULL;
      GtkTextIter start, end;

      g_assert_null (diem_article_buffer_get_photo_anchor (window_buffer (window), i));
      diem_article_buffer_get_caption_bounds (window_buffer (window), i, &start, &end);
      end = start;
      gtk_text_iter_forward_to_line_end (&end);
      first_line = gtk_text_iter_get_slice (&start, &end);
      g_assert_cmpstr (first_line, ==, g_strstrip (caption));
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Every mention of every entity maps onto buffer text equal to the article's text. */
static void
assert_mentions_map_exactly (DiemArticleBuffer *buffer,
                             DiemArticle       *article,
                             GArray            *mentions)
{
  for (guint i = 0; mentions != NULL && i < mentions->len; i++)
    {
      DiemSpan span = g_array_index (mentions, DiemSpan, i);
      int start = diem_article_buffer_offset_for_byte (buffer, span.start, FALSE);
      int end = diem_article_buffer_offset_for_byte (buffer, span.end, TRUE);
      g_autofree char *expected = dup_span_as_shown (article, span);
      g_autofree char *shown = dup_buffer_slice (GTK_TEXT_BUFFER (buffer), start, end);

      g_assert_cmpstr (shown, ==, expected);
    }
}

static void
test_offsets_map_exactly (void)
{
  g_autoptr(DiemArticleBuffer) buffer = NULL;
  g_autoptr(DiemArticle) sample = NULL;
  g_autoptr(DiemArticle) own = NULL;
  DiemArticle *articles[2];
  g_autoptr(GError) error = NULL;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  sample = diem_article_new_sample (&error);
  g_assert_no_error (error);
  own = diem_article_new_from_data (own_article, strlen (own_article), "own.txt", &error);
  g_assert_no_error (error);
  articles[0] = sample;
  articles[1] = own;

  buffer = diem_article_buffer_new ();
  for (guint a = 0; a < G_N_ELEMENTS (articles); a++)
    {
      DiemArticle *article = articles[a];
      GPtrArray *blocks = diem_article_get_blocks (article);
      GPtrArray *lists[4];

      diem_article_buffer_set_article (buffer, article);

      /* every block boundary, and every character inside blocks, lands exactly */
      for (guint i = 0; i < blocks->len; i++)
        {
          const DiemBlock *block = g_ptr_array_index (blocks, i);
          g_autoptr(GArray) one = g_array_new (FALSE, FALSE, sizeof (DiemSpan));
          DiemSpan span = block->text_span;
          const char *text = diem_article_get_text (article);

          while (span.start < span.end && g_ascii_isspace (text[span.start]))
            span.start++;
          while (span.end > span.start && g_ascii_isspace (text[span.end - 1]))
            span.end--;
          g_array_append_val (one, span);
          assert_mentions_map_exactly (buffer, article, one);
        }

      lists[0] = diem_article_get_officials (article);
      lists[1] = diem_article_get_awards (article);
      lists[2] = diem_article_get_resolutions (article);
      lists[3] = diem_article_get_documents (article);
      for (guint i = 0; i < lists[0]->len; i++)
        assert_mentions_map_exactly (buffer, article, ((DiemOfficial *) g_ptr_array_index (lists[0], i))->mentions);
      for (guint i = 0; i < lists[1]->len; i++)
        assert_mentions_map_exactly (buffer, article, ((DiemAward *) g_ptr_array_index (lists[1], i))->mentions);
      for (guint l = 2; l < 4; l++)
        for (guint i = 0; i < lists[l]->len; i++)
          assert_mentions_map_exactly (buffer, article, ((DiemDocument *) g_ptr_array_index (lists[l], i))->mentions);
    }

  /* the hard-wrapped first paragraph reads as one line */
  {
    GtkTextIter start, end;
    g_autofree char *text = NULL;

    gtk_text_buffer_get_bounds (GTK_TEXT_BUFFER (buffer), &start, &end);
    text = gtk_text_buffer_get_text (GTK_TEXT_BUFFER (buffer), &start, &end, TRUE);
    g_assert_nonnull (strstr (text, "tỉnh Lâm Đồng về kế hoạch đầu tư công"));
  }
}

/* The tagged ranges of @tag as (start, end) offset pairs. */
static GArray *
collect_tag_ranges (GtkTextBuffer *buffer,
                    GtkTextTag    *tag)
{
  GArray *ranges = g_array_new (FALSE, FALSE, sizeof (int));
  GtkTextIter iter;

  gtk_text_buffer_get_start_iter (buffer, &iter);
  if (!gtk_text_iter_starts_tag (&iter, tag))
    gtk_text_iter_forward_to_tag_toggle (&iter, tag);
  while (!gtk_text_iter_is_end (&iter) && gtk_text_iter_starts_tag (&iter, tag))
    {
      int start = gtk_text_iter_get_offset (&iter), end;

      gtk_text_iter_forward_to_tag_toggle (&iter, tag);
      end = gtk_text_iter_get_offset (&iter);
      g_array_append_val (ranges, start);
      g_array_append_val (ranges, end);
      gtk_text_iter_forward_to_tag_toggle (&iter, tag);
    }
  return ranges;
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
assert_row_highlights (DiemWindow *window,
                       const char *key,
                       GArray     *mentions)
{
  DiemArticleBuffer *buffer = window_buffer (window);
  GtkTextTag *tag = diem_article_buffer_get_highlight_tag (buffer);
  g_autoptr(GArray) ranges = NULL;
  g_autoptr(GArray) expected = g_array_new (FALSE, FALSE, sizeof (Range));

  g_assert_cmpuint (mentions->len, >, 0);
  ui_activate_sidebar_row (window, key, 0);

  ranges = collect_tag_ranges (GTK_TEXT_BUFFER (buffer), tag);

  /* the mentions' buffer ranges, merged where they touch, as a tag merges them */
  for (guint i = 0; i < mentions->len; i++)
    {
      DiemSpan span = g_array_index (mentions, DiemSpan, i);
      Range range = { diem_article_buffer_offset_for_byte (buffer, span.start, FALSE),
                      diem_article_buffer_offset_for_byte (buffer, span.end, TRUE) };

      g_array_append_val (expected, range);
    }
  g_array_sort (expected, compare_ranges);
  for (guint i = 1; i < expected->len;)
    {
      Range *previous = &g_array_index (expected, Range, i - 1);
      Range *range = &g_array_index (expected, Range, i);

      if (range->start <= previous->end)
        {
          previous->end = MAX (previous->end, range->end);
          g_array_remove_index (expected, i);
        }
      else
        i++;
    }

  g_assert_cmpuint (ranges->len, ==, expected->len * 2);
  for (guint i = 0; i < expected->len; i++)
    {
      g_assert_cmpint (g_array_index (ranges, int, 2 * i), ==, g_array_index (expected, Range, i).start);
      g_assert_cmpint (g_array_index (ranges, int, 2 * i + 1), ==, g_array_index (expected, Range, i).end);
    }

  /* the highlighted characters are the article's own at each mention */
  assert_mentions_map_exactly (buffer, diem_window_get_article (window), mentions);
}

static void
check_sidebar_against_article (DiemWindow *window)
{
  DiemArticle *article = diem_window_get_article (window);
  DiemSidebar *sidebar = diem_window_get_sidebar (window);
  GPtrArray *officials = diem_article_get_officials (article);
  GPtrArray *awards = diem_article_get_awards (article);
  GPtrArray *resolutions = diem_article_get_resolutions (article);
  GPtrArray *documents = diem_article_get_documents (article);

  g_assert_cmpuint (count_rows (window, "officials"), ==, officials->len);
  g_assert_cmpuint (count_rows (window, "awards"), ==, awards->len);
  g_assert_cmpuint (count_rows (window, "resolutions"), ==, resolutions->len);
  g_assert_cmpuint (count_rows (window, "documents"), ==, documents->len);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (diem_sidebar_get_section (sidebar, "documents")))
                 == (documents->len > 0));

  if (officials->len > 0)
    {
      DiemOfficial *official = g_ptr_array_index (officials, 0);

      g_assert_true (find_label_containing (GTK_WIDGET (sidebar), official->name));
      assert_row_highlights (window, "officials", official->mentions);
    }
  if (awards->len > 0)
    assert_row_highlights (window, "awards", ((DiemAward *) g_ptr_array_index (awards, 0))->mentions);
  if (resolutions->len > 0)
    assert_row_highlights (window, "resolutions", ((DiemDocument *) g_ptr_array_index (resolutions, 0))->mentions);
}

static void
test_sidebar_own_article (void)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *headline = NULL;
  DiemWindow *window;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  file = write_temp_article ("lam-dong.txt", own_article);
  window = diem_window_new (NULL);
  diem_window_open_file (window, file);
  gtk_window_present (GTK_WINDOW (window));
  ui_wait_until_loaded (window);
  g_assert_nonnull (diem_window_get_article (window));

  /* title: the headline, or else the file's name */
  headline = diem_article_dup_headline (diem_window_get_article (window));
  basename = g_file_get_basename (file);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, headline ? g_strstrip (headline) : basename);

  check_sidebar_against_article (window);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_sidebar_sample (void)
{
  DiemWindow *window;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  window = ui_new_sample_window ();
  check_sidebar_against_article (window);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A browser's copy offers HTML and text: the HTML is read, chrome and all left out. */
static void
test_paste_clipboard_html_as_article (void)
{
  DiemWindow *window;
  DiemArticle *sample;
  DiemArticle *pasted;
  gint64 deadline;
  g_autoptr(GBytes) html = NULL;
  g_autoptr(GdkContentProvider) provider = NULL;
  g_autofree char *headline = NULL;
  const char *copied =
    "<meta charset=\"utf-8\"><nav><a href=\"/\">Trang nhất</a></nav>"
    "<h1>Cầu mới nối đôi bờ sông</h1><p>Sáng nay, cây cầu dài nhất tỉnh chính thức thông xe, "
    "rút ngắn quãng đường đi lại của người dân hai bờ.</p>"
    "<figure><img src=\"/etc/passwd\"><figcaption>Xe qua cầu. Ảnh: Minh Châu</figcaption></figure>";

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  window = ui_new_sample_window ();
  sample = diem_window_get_article (window);
  html = g_bytes_new_static (copied, strlen (copied));
  provider = gdk_content_provider_new_union ((GdkContentProvider *[]) {
      gdk_content_provider_new_for_bytes ("text/html", html),
      gdk_content_provider_new_typed (G_TYPE_STRING, "Chữ thường không được dùng"),
    }, 2);
  g_assert_true (gdk_clipboard_set_content (gtk_widget_get_clipboard (GTK_WIDGET (window)), provider));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.paste-article", NULL));

  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (diem_window_get_article (window) == sample && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  pasted = diem_window_get_article (window);
  g_assert_true (pasted != sample);
  headline = diem_article_dup_headline (pasted);
  g_assert_cmpstr (headline, ==, "Cầu mới nối đôi bờ sông");
  g_assert_null (strstr (diem_article_get_text (pasted), "Trang nhất"));
  g_assert_null (strstr (diem_article_get_text (pasted), "Chữ thường"));
  g_assert_nonnull (strstr (diem_article_get_text (pasted), "Xe qua cầu."));
  /* pasted, the article has no folder: no photo is ever read */
  g_assert_null (diem_article_get_file (pasted));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_paste_clipboard_as_article (void)
{
  DiemWindow *window;
  DiemArticle *sample;
  gint64 deadline;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  window = ui_new_sample_window ();
  sample = diem_window_get_article (window);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (window)), own_article);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.paste-article", NULL));

  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (diem_window_get_article (window) == sample && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (diem_window_get_article (window) != sample);
  g_assert_true (g_str_has_prefix (diem_article_get_text (diem_window_get_article (window)),
                                   "Chiều 12-3, Bộ trưởng Bộ Tài chính"));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_opened_file_is_recent (void)
{
  g_autoptr(GFile) file = write_temp_article ("tin-gan-day.txt", own_article);
  g_autofree char *uri = g_file_get_uri (file);
  DiemWindow *window;
  GMenuModel *recent;
  gint64 deadline;
  gboolean listed = FALSE;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  window = ui_new_sample_window ();
  diem_window_open_file (window, file);
  ui_wait_until_loaded (window);

  /* the recent manager saves and reports changes from an idle; the menu follows it */
  recent = diem_window_get_recent_menu (window);
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (!listed && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      for (int i = 0; i < g_menu_model_get_n_items (recent) && !listed; i++)
        {
          g_autoptr(GVariant) target = g_menu_model_get_item_attribute_value (recent, i, G_MENU_ATTRIBUTE_TARGET,
                                                                              G_VARIANT_TYPE_STRING);
          listed = target != NULL && g_str_equal (g_variant_get_string (target, NULL), uri);
        }
    }
  g_assert_true (listed);
  g_assert_true (gtk_recent_manager_has_item (gtk_recent_manager_get_default (), uri));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_missing_file_keeps_article (void)
{
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/diembao/gone-article.txt");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  DiemArticle *article;
  DiemWindow *window;
  GtkTextIter start, end;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  window = ui_new_sample_window ();
  article = diem_window_get_article (window);
  gtk_text_buffer_get_bounds (GTK_TEXT_BUFFER (window_buffer (window)), &start, &end);
  before = gtk_text_buffer_get_slice (GTK_TEXT_BUFFER (window_buffer (window)), &start, &end, TRUE);
  g_assert_false (find_label_containing (GTK_WIDGET (window), "gone-article.txt"));

  diem_window_open_file (window, missing);
  g_assert_true (diem_window_get_loading (window));
  ui_wait_until_loaded (window);
  ui_spin_briefly ();

  g_assert_true (diem_window_get_article (window) == article);
  gtk_text_buffer_get_bounds (GTK_TEXT_BUFFER (window_buffer (window)), &start, &end);
  after = gtk_text_buffer_get_slice (GTK_TEXT_BUFFER (window_buffer (window)), &start, &end, TRUE);
  g_assert_cmpstr (before, ==, after);
  /* the toast names the file */
  g_assert_true (find_label_containing (GTK_WIDGET (window), "gone-article.txt"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The stack that switches between no article, loading and the article */
static GtkStack *
find_page_stack (GtkWidget *widget)
{
  if (GTK_IS_STACK (widget) && gtk_stack_get_child_by_name (GTK_STACK (widget), "loading") != NULL)
    return GTK_STACK (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkStack *stack = find_page_stack (child);

      if (stack != NULL)
        return stack;
    }
  return NULL;
}

/* A window that opens with a file shows neither "No Article Open" while the file loads
 * nor a crossfade once it has: a small article is there before the window first shows,
 * a large one comes at once after a blank page. */
static void
test_opened_file_shows_at_once (void)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) large = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  DiemWindow *window;
  GtkStack *stack;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  file = write_temp_article ("mo-ngay.txt", own_article);
  window = diem_window_new (NULL);
  stack = find_page_stack (GTK_WIDGET (window));
  g_assert_nonnull (stack);
  diem_window_open_file (window, file);
  g_assert_false (diem_window_get_loading (window));
  g_assert_nonnull (diem_window_get_article (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "article");
  gtk_window_destroy (GTK_WINDOW (window));

  while (text->len <= 512 * 1024)
    g_string_append (text, own_article);
  large = write_temp_article ("dai.txt", text->str);
  window = diem_window_new (NULL);
  stack = find_page_stack (GTK_WIDGET (window));
  diem_window_open_file (window, large);
  g_assert_true (diem_window_get_loading (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "loading");

  gtk_window_present (GTK_WINDOW (window));
  ui_wait_until_loaded (window);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "article");
  g_assert_false (gtk_stack_get_transition_running (stack));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* With nothing to show after all, the window offers to open another file. */
static void
test_missing_file_at_start_shows_empty_page (void)
{
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/diembao/never-there.txt");
  DiemWindow *window;
  GtkStack *stack;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  window = diem_window_new (NULL);
  stack = find_page_stack (GTK_WIDGET (window));
  diem_window_open_file (window, missing);
  gtk_window_present (GTK_WINDOW (window));
  ui_wait_until_loaded (window);
  ui_spin_briefly ();
  g_assert_null (diem_window_get_article (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The photo frames are as wide as the view's column, and do not count in the width the
 * view asks for: if they did, the column would widen them, and they it, frame by frame. */
static void
test_photo_frames_follow_view (void)
{
  g_autoptr(GPtrArray) frames = g_ptr_array_new ();
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  DiemArticleView *view;
  DiemWindow *window;
  gint64 deadline;
  int minimum = 0, photo_width;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  /* the HTML fixture names two images: one in its folder, one remote */
  path = g_test_build_filename (G_TEST_DIST, "fixtures", "html-article", "article.html", NULL);
  file = g_file_new_for_path (path);
  window = ui_new_window_with_file (file);
  view = DIEM_ARTICLE_VIEW (diem_reading_view_get_text_view (diem_window_get_reading_view (window)));
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (gtk_widget_get_width (GTK_WIDGET (view)) == 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  ui_spin_briefly ();

  photo_width = diem_article_view_get_photo_width (view);
  g_assert_cmpint (photo_width, >, 120);
  ui_collect_with_class (GTK_WIDGET (view), "photo-frame", frames);
  g_assert_cmpuint (frames->len, ==, 2);
  for (guint i = 0; i < frames->len; i++)
    {
      int width = 0;

      gtk_widget_get_size_request (g_ptr_array_index (frames, i), &width, NULL);
      g_assert_cmpint (width, ==, photo_width);
    }
  gtk_widget_measure (GTK_WIDGET (view), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <, photo_width);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_settings_window_size (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = source ? g_settings_schema_source_lookup (source, APP_ID, TRUE) : NULL;
  g_autoptr(GSettings) settings = NULL;
  DiemWindow *window;
  int width = 0, height = 0;

  if (!have_display || schema == NULL)
    {
      g_test_skip (have_display ? "schema not compiled" : "no display");
      return;
    }

  settings = g_settings_new (APP_ID);
  g_settings_set_int (settings, "window-width", 913);
  g_settings_set_int (settings, "window-height", 611);

  window = diem_window_new (NULL);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 913);
  g_assert_cmpint (height, ==, 611);

  gtk_window_present (GTK_WINDOW (window));
  ui_spin_briefly ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1003, 707);
  gtk_window_close (GTK_WINDOW (window));
  ui_spin_briefly ();
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1003);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 707);
}

int
main (int   argc,
      char *argv[])
{
  char *private_dirs = ui_test_init (&argc, &argv, &have_display);

  g_test_add_func ("/window/sample-text-in-order", test_sample_text_in_order);
  g_test_add_func ("/window/paste-clipboard-as-article", test_paste_clipboard_as_article);
  g_test_add_func ("/window/paste-clipboard-html-as-article", test_paste_clipboard_html_as_article);
  g_test_add_func ("/window/opened-file-is-recent", test_opened_file_is_recent);
  g_test_add_func ("/window/sample-caption-frames", test_sample_caption_frames);
  g_test_add_func ("/window/offsets-map-exactly", test_offsets_map_exactly);
  g_test_add_func ("/window/sidebar-own-article", test_sidebar_own_article);
  g_test_add_func ("/window/sidebar-sample", test_sidebar_sample);
  g_test_add_func ("/window/missing-file-keeps-article", test_missing_file_keeps_article);
  g_test_add_func ("/window/settings-window-size", test_settings_window_size);
  g_test_add_func ("/window/opened-file-shows-at-once", test_opened_file_shows_at_once);
  g_test_add_func ("/window/missing-file-at-start-shows-empty-page", test_missing_file_at_start_shows_empty_page);
  g_test_add_func ("/window/photo-frames-follow-view", test_photo_frames_follow_view);

  return ui_test_run (private_dirs);
}
