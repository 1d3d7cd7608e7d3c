/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-desk-window.c — the desk: newest first, search, Ready kept, rows open articles */
#include <glib/gstdio.h>
#include <string.h>

#include "diem-desk-item.h"
#include "diem-desk-window.h"
#include "pdf-test-util.h"
#include "ui-test-util.h"
#include "ui-window-util.h"

static char *folder;

static DiemDeskStore *
store_with (guint        n,
            const char **headlines)
{
  g_autofree char *path = g_build_filename (folder, "desk.sqlite", NULL);
  g_autoptr(GError) error = NULL;
  DiemDeskStore *store;

  g_unlink (path);
  store = diem_desk_store_open (path, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *hash = diem_desk_text_hash (headlines[i], strlen (headlines[i]));
      g_autoptr(DiemDeskWork) work = diem_desk_work_new (hash);

      work->headline = g_strdup (headlines[i]);
      work->source_uri = g_strdup_printf ("file:///tmp/bai-%u.txt", i);
      g_assert_true (diem_desk_store_save (store, work, &error));
      g_usleep (2000);
    }
  return store;
}

static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *into)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (into, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect (child, type, into);
}

static const char *headlines[] = { "Triển khai Nghị quyết về đất đai", "Trao Huân chương Lao động", "Khánh thành cầu mới" };

static void
test_desk_window_lists_and_searches (void)
{
  g_autoptr(DiemDeskStore) store = store_with (3, headlines);
  DiemDeskWindow *desk = diem_desk_window_new (store);
  GListModel *items = diem_desk_window_get_items (desk);
  g_autoptr(DiemDeskItem) newest = g_list_model_get_item (items, 0);

  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 3);
  g_assert_cmpstr (diem_desk_item_get_headline (newest), ==, "Khánh thành cầu mới");

  diem_desk_window_set_query (desk, "NGHI QUYET");
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 1);
  diem_desk_window_set_query (desk, "bai-1.txt");
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 1);
  diem_desk_window_set_query (desk, "không có");
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 0);
  diem_desk_window_set_query (desk, "");
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 3);
  gtk_window_destroy (GTK_WINDOW (desk));
}

static void
on_open_uri_cb (DiemDeskWindow *desk,
                const char     *uri,
                char          **opened)
{
  *opened = g_strdup (uri);
}

static void
test_desk_window_ready_and_open (void)
{
  g_autoptr(DiemDeskStore) store = store_with (3, headlines);
  DiemDeskWindow *desk = diem_desk_window_new (store);
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();
  g_autoptr(GPtrArray) lists = g_ptr_array_new ();
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *opened = NULL;

  gtk_window_present (GTK_WINDOW (desk));
  ui_wait_for_frames (GTK_WIDGET (desk), 3);
  collect (GTK_WIDGET (desk), GTK_TYPE_CHECK_BUTTON, checks);
  g_assert_cmpuint (checks->len, ==, 3);
  g_assert_false (gtk_check_button_get_active (g_ptr_array_index (checks, 0)));

  /* the newest article's box: ready, and so on the desk */
  gtk_check_button_set_active (g_ptr_array_index (checks, 0), TRUE);
  rows = diem_desk_store_list (store, NULL, NULL);
  g_assert_cmpint (((DiemDeskRow *) g_ptr_array_index (rows, 0))->status, ==, DIEM_DESK_STATUS_READY);
  g_assert_cmpint (((DiemDeskRow *) g_ptr_array_index (rows, 1))->status, ==, DIEM_DESK_STATUS_DRAFT);

  collect (GTK_WIDGET (desk), GTK_TYPE_LIST_VIEW, lists);
  g_assert_cmpuint (lists->len, ==, 1);
  g_signal_connect (desk, "open-uri", G_CALLBACK (on_open_uri_cb), &opened);
  g_signal_emit_by_name (g_ptr_array_index (lists, 0), "activate", 1);
  g_assert_cmpstr (opened, ==, "file:///tmp/bai-1.txt");
  gtk_window_destroy (GTK_WINDOW (desk));
}

static void
test_desk_window_empty (void)
{
  g_autoptr(DiemDeskStore) store = store_with (0, NULL);
  DiemDeskWindow *desk = diem_desk_window_new (store);
  g_autoptr(GPtrArray) pages = g_ptr_array_new ();

  g_assert_cmpuint (g_list_model_get_n_items (diem_desk_window_get_items (desk)), ==, 0);
  collect (GTK_WIDGET (desk), ADW_TYPE_STATUS_PAGE, pages);
  g_assert_cmpuint (pages->len, ==, 1);
  g_assert_true (gtk_widget_get_child_visible (g_ptr_array_index (pages, 0)));
  g_assert_cmpstr (adw_status_page_get_title (g_ptr_array_index (pages, 0)), ==, "Nothing on the Desk Yet");
  gtk_window_destroy (GTK_WINDOW (desk));
}

static gboolean
find_label_starting (GtkWidget  *widget,
                     const char *prefix)
{
  if (GTK_IS_LABEL (widget) && g_str_has_prefix (gtk_label_get_label (GTK_LABEL (widget)), prefix))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (find_label_starting (child, prefix))
      return TRUE;
  return FALSE;
}

/* Toasts are shown from the overlay's queue; the digest is written in a worker. */
static gboolean
shows_toast_starting (GtkWidget  *window,
                      const char *prefix)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (!find_label_starting (window, prefix) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  return find_label_starting (window, prefix);
}

static const char *const digest_texts[] = {
  "Tỉnh Hòa Bình khai trương trung tâm dữ liệu\n\n"
  "Sáng 5/3, UBND tỉnh Hòa Bình khai trương trung tâm dữ liệu dùng chung của tỉnh.\n\n"
  "Ông Đinh Công Sứ, Chủ tịch UBND tỉnh Hòa Bình, phát biểu tại buổi lễ.\n",
  "Thành phố Hòa Bình chỉnh trang đô thị\n\n"
  "Chiều 20/5, UBND thành phố Hòa Bình họp bàn kế hoạch chỉnh trang đô thị.\n\n"
  "Ông Nguyễn Văn Toàn, Bí thư Thành ủy Hòa Bình, yêu cầu hoàn thành các hạng mục.\n",
  "Huyện Lạc Sơn tổng kết công tác khuyến học\n\n"
  "Ngày 12/4, Huyện ủy Lạc Sơn tổ chức hội nghị tổng kết công tác khuyến học.\n",
};

/* The articles marked Ready, with their kept summary, become one PDF in a worker; a
 * toast says so. Without any Ready, a toast says what to do. */
static void
test_desk_window_exports_digest (void)
{
  g_autofree char *path = g_build_filename (folder, "desk.sqlite", NULL);
  g_autofree char *pdf_path = g_build_filename (folder, "digest.pdf", NULL);
  g_autoptr(GFile) pdf_file = g_file_new_for_path (pdf_path);
  g_autoptr(DiemDeskStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  DiemDeskWindow *desk;
  gsize length = 0;

  g_unlink (path);
  store = diem_desk_store_open (path, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (digest_texts); i++)
    {
      g_autofree char *name = g_strdup_printf ("bai-%u.txt", i);
      g_autofree char *article_path = g_build_filename (folder, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (article_path);
      g_autoptr(DiemArticle) article = NULL;
      g_autoptr(DiemDeskWork) work = NULL;
      g_autofree char *hash = NULL;

      g_assert_true (g_file_set_contents (article_path, digest_texts[i], -1, NULL));
      article = diem_article_new_from_file (file, NULL, &error);
      g_assert_no_error (error);
      hash = diem_desk_text_hash (diem_article_get_text (article), diem_article_get_text_length (article));
      work = diem_desk_work_new (hash);
      work->headline = diem_article_dup_headline (article);
      work->source_uri = g_file_get_uri (file);
      work->summary = i == 0 ? g_strdup ("Tóm tắt đã lưu của biên tập viên.") : NULL;
      g_assert_true (diem_desk_store_save (store, work, &error));
      g_assert_no_error (error);
    }

  desk = diem_desk_window_new (store);
  gtk_window_present (GTK_WINDOW (desk));
  diem_desk_window_export_digest (desk, pdf_file);
  g_assert_true (shows_toast_starting (GTK_WIDGET (desk), "Mark articles Ready"));
  g_assert_false (g_file_test (pdf_path, G_FILE_TEST_EXISTS));

  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *article_path = g_strdup_printf ("%s/bai-%u.txt", folder, i);
      g_autoptr(GFile) file = g_file_new_for_path (article_path);
      g_autoptr(DiemArticle) article = diem_article_new_from_file (file, NULL, NULL);
      g_autofree char *hash = diem_desk_text_hash (diem_article_get_text (article), diem_article_get_text_length (article));

      g_assert_true (diem_desk_store_set_status (store, hash, DIEM_DESK_STATUS_READY, &error));
    }
  diem_desk_window_export_digest (desk, pdf_file);
  g_assert_true (shows_toast_starting (GTK_WIDGET (desk), "Digest of 2 articles saved as “digest.pdf”"));
  g_assert_true (g_file_get_contents (pdf_path, &pdf, &length, NULL));
  /* cover, contents, the two parts, index */
  g_assert_cmpuint (pdf_count_pages (pdf, length), ==, 5);
  text = pdf_text (pdf_path);
  if (text != NULL)
    {
      g_assert_nonnull (strstr (text, "Tỉnh Hòa Bình khai trương trung tâm dữ liệu"));
      g_assert_nonnull (strstr (text, "Thành phố Hòa Bình chỉnh trang đô thị"));
      g_assert_null (strstr (text, "Huyện Lạc Sơn tổng kết"));
      g_assert_nonnull (strstr (text, "Tóm tắt đã lưu của biên tập viên."));
    }
  gtk_window_destroy (GTK_WINDOW (desk));
}

int
main (int argc, char *argv[])
{
  gboolean have_display;
  char *dirs = ui_test_init (&argc, &argv, &have_display);
  int status;

  if (!have_display)
    {
      g_test_skip ("no display");
      return ui_test_run (dirs);
    }
  folder = g_build_filename (dirs, "desk", NULL);
  g_mkdir_with_parents (folder, 0700);
  g_test_add_func ("/desk-window/lists-and-searches", test_desk_window_lists_and_searches);
  g_test_add_func ("/desk-window/ready-and-open", test_desk_window_ready_and_open);
  g_test_add_func ("/desk-window/empty", test_desk_window_empty);
  g_test_add_func ("/desk-window/exports-digest", test_desk_window_exports_digest);
  status = ui_test_run (dirs);
  g_free (folder);
  return status;
}
