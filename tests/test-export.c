/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-export.c — Export PDF from the window: options asked and kept, pages in a thread, cancel */
#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "diem-pdf-export.h"
#include "diem-window.h"
#include "pdf-test-util.h"
#include "ui-test-util.h"
#include "ui-window-util.h"

static gboolean have_display;

static AdwMessageDialog *
wait_for_options_dialog (void)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < deadline)
    {
      GListModel *toplevels = gtk_window_get_toplevels ();

      for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
        {
          g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

          if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
            return ADW_MESSAGE_DIALOG (toplevel);
        }
      g_main_context_iteration (NULL, FALSE);
    }
  g_error ("the export options dialog did not appear");
}

/* Answers the dialog through its button, as a click does: the dialog answers, then closes. */
static void
click_response (AdwMessageDialog *dialog,
                const char       *response)
{
  const char *label = adw_message_dialog_get_response_label (dialog, response);
  GtkLabel *found = ui_find_label (GTK_WIDGET (dialog), label);
  GtkWidget *button = found != NULL ? gtk_widget_get_ancestor (GTK_WIDGET (found), GTK_TYPE_BUTTON) : NULL;

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
}

/* Answers the dialog and waits until it is gone, so that the next one found is new. */
static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  click_response (dialog, response);
  while (dialog != NULL && gtk_widget_get_visible (GTK_WIDGET (dialog)) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (dialog == NULL || !gtk_widget_get_visible (GTK_WIDGET (dialog)));
  if (dialog != NULL)
    g_object_remove_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
}

static void
choose (AdwMessageDialog *dialog,
        const char       *label)
{
  GtkLabel *found = ui_find_label (GTK_WIDGET (dialog), label);
  GtkWidget *button = found != NULL ? gtk_widget_get_ancestor (GTK_WIDGET (found), GTK_TYPE_CHECK_BUTTON) : NULL;

  g_assert_nonnull (button);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (button), TRUE);
}

static gboolean
is_active (AdwMessageDialog *dialog,
           const char       *label)
{
  GtkLabel *found = ui_find_label (GTK_WIDGET (dialog), label);

  g_assert_nonnull (found);
  return gtk_check_button_get_active (GTK_CHECK_BUTTON (gtk_widget_get_ancestor (GTK_WIDGET (found), GTK_TYPE_CHECK_BUTTON)));
}

static void
wait_until_exported (DiemWindow *window)
{
  gint64 deadline = g_get_monotonic_time () + 120 * G_USEC_PER_SEC;

  while (diem_window_get_exporting (window) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (diem_window_get_exporting (window));
  ui_spin_briefly ();
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

/* Toasts are shown from the overlay's queue, a moment after they are added. */
static gboolean
shows_toast_starting (DiemWindow *window,
                      const char *prefix)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (!find_label_starting (GTK_WIDGET (window), prefix) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  return find_label_starting (GTK_WIDGET (window), prefix);
}

static void
test_options_are_asked_and_kept (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = source ? g_settings_schema_source_lookup (source, APP_ID, TRUE) : NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *pdf = NULL;
  g_autoptr(GFile) file = NULL;
  AdwMessageDialog *dialog;
  DiemWindow *window;
  gsize length = 0;
  double width = 0, height = 0;

  if (!have_display || schema == NULL)
    {
      g_test_skip (have_display ? "schema not compiled" : "no display");
      return;
    }
  settings = g_settings_new (APP_ID);
  g_settings_reset (settings, "paper-size");
  g_settings_reset (settings, "export-contents");

  dir = g_dir_make_tmp ("diembao-export-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "tom-tat.pdf", NULL);
  file = g_file_new_for_path (path);
  window = ui_new_sample_window ();

  /* the dialog starts from the defaults, and Cancel writes nothing */
  diem_window_export_to_file (window, file);
  dialog = wait_for_options_dialog ();
  g_assert_true (is_active (dialog, "_Article and summary sheet"));
  g_assert_true (is_active (dialog, "A_4"));
  g_assert_null (strstr (adw_message_dialog_get_body (dialog), "last export"));
  respond (dialog, "cancel");
  ui_spin_briefly ();
  g_assert_false (diem_window_get_exporting (window));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  /* the summary alone on Letter paper: one short PDF, and the choice is kept */
  diem_window_export_to_file (window, file);
  dialog = wait_for_options_dialog ();
  choose (dialog, "_Summary sheet only");
  choose (dialog, "_Letter");
  respond (dialog, "export");
  wait_until_exported (window);
  /* the toast says what the PDF holds, so a choice kept from long ago is seen */
  g_assert_true (shows_toast_starting (window, "Exported “tom-tat.pdf”: summary sheet only, Letter"));

  g_assert_true (g_file_get_contents (path, &pdf, &length, NULL));
  g_assert_true (g_str_has_prefix (pdf, "%PDF-"));
  {
    /* the summary alone is shorter than the article with its summary */
    g_autofree char *both_path = g_build_filename (dir, "both.pdf", NULL);
    g_autofree char *both = NULL;
    DiemPdfOptions options = { DIEM_PAPER_LETTER, DIEM_PAGE_CONTENTS_BOTH };
    gsize both_length = 0;

    g_assert_true (diem_pdf_export_to_file_full (diem_window_get_article (window), both_path, &options, NULL));
    g_assert_true (g_file_get_contents (both_path, &both, &both_length, NULL));
    g_assert_cmpuint (pdf_count_pages (pdf, length), >=, 1);
    g_assert_cmpuint (pdf_count_pages (pdf, length), <, pdf_count_pages (both, both_length));
    g_remove (both_path);
  }
  g_assert_true (pdf_first_page_size (pdf, length, &width, &height));
  g_assert_cmpfloat_with_epsilon (width, 612, 0.5);
  g_assert_cmpfloat_with_epsilon (height, 792, 0.5);
  {
    g_autofree char *paper = g_settings_get_string (settings, "paper-size");
    g_autofree char *contents = g_settings_get_string (settings, "export-contents");

    g_assert_cmpstr (paper, ==, "letter");
    g_assert_cmpstr (contents, ==, "summary");
  }

  /* and the next export starts from it, and says so */
  diem_window_export_to_file (window, file);
  dialog = wait_for_options_dialog ();
  g_assert_true (is_active (dialog, "_Summary sheet only"));
  g_assert_true (is_active (dialog, "_Letter"));
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, "Chosen as for the last export: summary sheet only, Letter.");
  respond (dialog, "cancel");
  ui_spin_briefly ();

  gtk_window_destroy (GTK_WINDOW (window));
  g_remove (path);
  g_rmdir (dir);
}

/* A long article, from sentences of its own, so that the export takes many pages. */
static GFile *
write_long_article (const char *dir)
{
  g_autoptr(GString) text = g_string_new ("Báo cáo dài về chương trình nông thôn mới\n\n");
  g_autofree char *path = g_build_filename (dir, "dai.txt", NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 3000; i++)
    g_string_append_printf (text,
                            "Đoạn %u: Phó Chủ tịch UBND tỉnh Nguyễn Văn Bình kiểm tra tiến độ xây dựng "
                            "đường giao thông nông thôn tại các xã vùng sâu, vùng xa của huyện.\n\n", i);
  g_file_set_contents (path, text->str, text->len, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static void
test_cancel_leaves_no_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) article = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GDir) listing = NULL;
  g_autoptr(GSettingsSchema) schema = NULL;
  gint64 deadline;
  DiemWindow *window;
  const char *name;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  dir = g_dir_make_tmp ("diembao-export-XXXXXX", &error);
  g_assert_no_error (error);
  article = write_long_article (dir);
  path = g_build_filename (dir, "huy.pdf", NULL);
  file = g_file_new_for_path (path);

  schema = g_settings_schema_source_lookup (g_settings_schema_source_get_default (), APP_ID, TRUE);
  if (schema != NULL)
    {
      g_autoptr(GSettings) settings = g_settings_new (APP_ID);

      /* all the pages: the export must still be running when Cancel comes */
      g_settings_set_string (settings, "export-contents", "both");
    }

  window = ui_new_window_with_file (article);
  g_assert_nonnull (diem_window_get_article (window));

  diem_window_export_to_file (window, file);
  click_response (wait_for_options_dialog (), "export");
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (!diem_window_get_exporting (window) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (diem_window_get_exporting (window));
  /* the window stays responsive: Cancel is an action it runs while the pages are drawn */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.cancel-export", NULL));
  wait_until_exported (window);

  g_assert_true (shows_toast_starting (window, "The export of “huy.pdf” was cancelled"));
  listing = g_dir_open (dir, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (listing)) != NULL)
    g_assert_cmpstr (name, ==, "dai.txt");

  gtk_window_destroy (GTK_WINDOW (window));
  ui_spin_briefly ();
  ui_test_remove_tree (dir);
}

typedef struct
{
  GFile   *file;
  gboolean show_in_folder;
  guint    n_calls;
} LaunchCall;

/* Stands in for the desktop: records what would have been opened. */
static gboolean
on_launch_file_cb (DiemWindow *window,
                   GFile      *file,
                   gboolean    show_in_folder,
                   LaunchCall *call)
{
  g_set_object (&call->file, file);
  call->show_in_folder = show_in_folder;
  call->n_calls++;
  return TRUE;
}

/* The button under @widget whose label reads @label. */
static GtkWidget *
find_button_labelled (GtkWidget  *widget,
                      const char *label)
{
  GtkLabel *found = ui_find_label (widget, label);

  return found != NULL ? gtk_widget_get_ancestor (GTK_WIDGET (found), GTK_TYPE_BUTTON) : NULL;
}

static GtkWidget *
wait_for_button_labelled (GtkWidget  *widget,
                          const char *label)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (find_button_labelled (widget, label) == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  return find_button_labelled (widget, label);
}

/* The toast of a finished export opens the PDF, or shows it in its folder. */
static void
test_done_toast_opens_and_shows (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  LaunchCall call = { NULL, FALSE, 0 };
  GtkWidget *show_button, *toast, *open_button;
  DiemWindow *window;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  dir = g_dir_make_tmp ("diembao-export-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "mo-ra.pdf", NULL);
  file = g_file_new_for_path (path);
  window = ui_new_sample_window ();
  g_signal_connect (window, "launch-file", G_CALLBACK (on_launch_file_cb), &call);

  diem_window_export_to_file (window, file);
  respond (wait_for_options_dialog (), "export");
  wait_until_exported (window);
  g_assert_true (shows_toast_starting (window, "Exported “mo-ra.pdf”"));

  show_button = wait_for_button_labelled (GTK_WIDGET (window), "Show in _Folder");
  g_assert_nonnull (show_button);
  g_signal_emit_by_name (show_button, "clicked");
  ui_spin_briefly ();
  g_assert_cmpuint (call.n_calls, ==, 1);
  g_assert_true (call.show_in_folder);
  g_assert_true (g_file_equal (call.file, file));

  /* the toast's own button, beside the words */
  toast = gtk_widget_get_ancestor (show_button, g_type_from_name ("AdwToastWidget"));
  g_assert_nonnull (toast);
  open_button = find_button_labelled (toast, "_Open");
  g_assert_nonnull (open_button);
  g_signal_emit_by_name (open_button, "clicked");
  ui_spin_briefly ();
  g_assert_cmpuint (call.n_calls, ==, 2);
  g_assert_false (call.show_in_folder);
  g_assert_true (g_file_equal (call.file, file));

  g_clear_object (&call.file);
  gtk_window_destroy (GTK_WINDOW (window));
  ui_spin_briefly ();
  ui_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  char *private_dirs = ui_test_init (&argc, &argv, &have_display);

  g_test_add_func ("/export/options-are-asked-and-kept", test_options_are_asked_and_kept);
  g_test_add_func ("/export/cancel-leaves-no-file", test_cancel_leaves_no_file);
  g_test_add_func ("/export/done-toast-opens-and-shows", test_done_toast_opens_and_shows);

  return ui_test_run (private_dirs);
}
