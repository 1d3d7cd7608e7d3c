/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-summary-pane.c — the editor's summary: draft, edits kept, regenerate, copy */
#include <string.h>

#include "diem-summary-format.h"
#include "diem-summary-pane.h"
#include "ui-test-util.h"

static const char article_text[] =
  "Tỉnh Bình An khởi công cầu Sông Xanh nối hai huyện sau nhiều năm chuẩn bị.\n"
  "\n"
  "Ủy ban nhân dân tỉnh Bình An công bố kế hoạch xây dựng cầu Sông Xanh với tổng vốn đầu tư 1.200 tỷ đồng. "
  "Cầu Sông Xanh dài 900 mét và được thiết kế cho bốn làn xe ô tô và hai làn xe máy.\n"
  "\n"
  "Khi hoàn thành, cầu Sông Xanh rút ngắn thời gian đi lại giữa hai huyện từ một giờ xuống mười lăm phút.\n";

typedef struct
{
  GtkWindow       *window;
  DiemSummaryPane *pane;
  DiemArticle     *article;
  guint            changed;
} Fixture;

static void
on_changed_cb (DiemSummaryPane *pane,
               Fixture         *fixture)
{
  fixture->changed++;
}

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  fixture->article = diem_article_new_from_data (article_text, strlen (article_text), "cau-song-xanh.txt", &error);
  g_assert_no_error (error);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->pane = DIEM_SUMMARY_PANE (diem_summary_pane_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->pane));
  g_signal_connect (fixture->pane, "changed", G_CALLBACK (on_changed_cb), fixture);
  gtk_window_present (fixture->window);
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  gtk_window_destroy (fixture->window);
  /* what the window's end left for the main loop is done before the next test */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&fixture->article);
}

static gboolean
text_starts_with (DiemSummaryPane *pane,
                  const char      *prefix)
{
  g_autofree char *text = diem_summary_pane_dup_text (pane);

  return g_str_has_prefix (text, prefix);
}

static GtkTextView *
text_view_of (DiemSummaryPane *pane)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (pane)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_SCROLLED_WINDOW (child))
      return GTK_TEXT_VIEW (gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (child)));
  g_assert_not_reached ();
}

static void
type_text (DiemSummaryPane *pane,
           const char      *text)
{
  GtkTextView *view = text_view_of (pane);

  g_assert_true (gtk_text_view_get_editable (view));
  gtk_text_buffer_insert_at_cursor (gtk_text_view_get_buffer (view), text, -1);
}

static void
test_summary_pane_draft_then_edits (Fixture      *fixture,
                                    gconstpointer data)
{
  g_autofree char *typed = NULL;

  g_assert_false (gtk_text_view_get_editable (text_view_of (fixture->pane)));
  diem_summary_pane_set_article (fixture->pane, fixture->article, NULL, FALSE);
  g_assert_true (text_starts_with (fixture->pane, "Tỉnh Bình An khởi công cầu Sông Xanh"));
  g_assert_false (diem_summary_pane_get_edited (fixture->pane));
  g_assert_cmpuint (diem_summary_pane_get_word_count (fixture->pane), >, 10);
  g_assert_cmpuint (fixture->changed, ==, 0);

  type_text (fixture->pane, "Ghi chú của biên tập viên. ");
  g_assert_true (diem_summary_pane_get_edited (fixture->pane));
  g_assert_cmpuint (fixture->changed, ==, 1);
  typed = diem_summary_pane_dup_text (fixture->pane);
  g_assert_nonnull (strstr (typed, "Ghi chú của biên tập viên."));
}

static GtkWindow *
find_dialog (GtkWindow *except)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (window != except && ADW_IS_MESSAGE_DIALOG (window))
        return window;
    }
  return NULL;
}

static void
test_summary_pane_regenerate_asks_first (Fixture      *fixture,
                                         gconstpointer data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GtkWindow *dialog;

  diem_summary_pane_set_article (fixture->pane, fixture->article, "Bản tóm tắt của tôi.", TRUE);
  g_assert_true (diem_summary_pane_get_edited (fixture->pane));
  before = diem_summary_pane_dup_text (fixture->pane);
  g_assert_cmpstr (before, ==, "Bản tóm tắt của tôi.");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->pane), "summary.regenerate", NULL));
  dialog = find_dialog (fixture->window);
  g_assert_nonnull (dialog);
  /* as its buttons do: the response, then the dialog closes */
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_window_destroy (dialog);
  after = diem_summary_pane_dup_text (fixture->pane);
  g_assert_cmpstr (after, ==, before);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->pane), "summary.regenerate", NULL));
  dialog = find_dialog (fixture->window);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "replace");
  gtk_window_destroy (dialog);
  g_assert_true (text_starts_with (fixture->pane, "Tỉnh Bình An khởi công"));
  g_assert_false (diem_summary_pane_get_edited (fixture->pane));

  /* an untouched draft is replaced without asking */
  diem_summary_pane_set_target_words (fixture->pane, 30);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->pane), "summary.regenerate", NULL));
  g_assert_null (find_dialog (fixture->window));
  g_assert_cmpuint (diem_summary_pane_get_word_count (fixture->pane), <=, 30);
}

static void
on_text_read_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      data)
{
  char **out = data;

  *out = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
  if (*out == NULL)
    *out = g_strdup ("");
}

static void
test_summary_pane_copy_gives_html_and_text (Fixture      *fixture,
                                            gconstpointer data)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (fixture->pane));
  g_autofree char *text = NULL;
  g_autofree char *markdown = NULL;
  g_autofree char *plain = NULL;
  GdkContentFormats *formats;

  diem_summary_pane_set_article (fixture->pane, fixture->article, "Ý chính:\n\n- **Cầu** dài 900 mét\n", TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->pane), "summary.copy", NULL));
  formats = gdk_clipboard_get_formats (clipboard);
  g_assert_true (gdk_content_formats_contain_mime_type (formats, "text/html"));
  g_assert_true (gdk_content_formats_contain_gtype (formats, G_TYPE_STRING));

  gdk_clipboard_read_text_async (clipboard, NULL, on_text_read_cb, &text);
  while (text == NULL)
    g_main_context_iteration (NULL, TRUE);
  markdown = diem_summary_pane_dup_text (fixture->pane);
  plain = diem_summary_to_plain (markdown);
  g_assert_cmpstr (text, ==, plain);
  g_assert_null (strstr (text, "**"));
}

static void
test_summary_pane_without_article (Fixture      *fixture,
                                   gconstpointer data)
{
  g_autofree char *text = NULL;

  diem_summary_pane_set_article (fixture->pane, fixture->article, NULL, FALSE);
  diem_summary_pane_set_article (fixture->pane, NULL, NULL, FALSE);
  g_assert_cmpuint (diem_summary_pane_get_word_count (fixture->pane), ==, 0);
  text = diem_summary_pane_dup_text (fixture->pane);
  g_assert_cmpstr (text, ==, "");
  g_assert_false (gtk_text_view_get_editable (text_view_of (fixture->pane)));
}

int
main (int argc, char *argv[])
{
  gboolean have_display;
  char *dirs = ui_test_init (&argc, &argv, &have_display);

  if (!have_display)
    {
      g_test_skip ("no display");
      return ui_test_run (dirs);
    }
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/summary-pane/draft-then-edits", test_summary_pane_draft_then_edits);
  ADD ("/summary-pane/regenerate-asks-first", test_summary_pane_regenerate_asks_first);
  ADD ("/summary-pane/copy-gives-html-and-text", test_summary_pane_copy_gives_html_and_text);
  ADD ("/summary-pane/without-article", test_summary_pane_without_article);
#undef ADD
  return ui_test_run (dirs);
}
