/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-cli-digest.c — diembao --digest: exit codes, the bad file named, nothing half
 * written, and the work kept on the desk used, by the digest and by the exports */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

#include <json-glib/json-glib.h>

#include "diem-desk-store.h"
#include "pdf-test-util.h"
#include "scratch-dir-test-util.h"

static const char first_article[] =
  "Tỉnh Hòa Bình khai trương trung tâm dữ liệu\n\n"
  "Sáng 5/3, UBND tỉnh Hòa Bình khai trương trung tâm dữ liệu dùng chung của tỉnh.\n\n"
  "Phát biểu tại buổi lễ, ông Đinh Công Sứ, Chủ tịch UBND tỉnh Hòa Bình, đề nghị các sở ngành "
  "khai thác tốt trung tâm.\n\n"
  "Bà Quách Thị Hương, Giám đốc Sở Thông tin và Truyền thông, cho biết trung tâm đã kết nối với "
  "20 đơn vị.\n";

static const char second_article[] =
  "Thành phố Hòa Bình chỉnh trang đô thị\n\n"
  "Chiều 20/5, UBND thành phố Hòa Bình họp bàn kế hoạch chỉnh trang đô thị.\n\n"
  "Ông Nguyễn Văn Toàn, Bí thư Thành ủy Hòa Bình, yêu cầu hoàn thành các hạng mục trước quý IV.\n";

/* Runs diembao with @args, its user data folder inside the fixture's; the exit status. */
static int
run_cli (Fixture           *fixture,
         const char *const *args,
         char             **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *data_dir = g_build_filename (fixture->dir, "data", NULL);
  g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "XDG_DATA_HOME", data_dir, TRUE);
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_ptr_array_add (argv, (gpointer) g_getenv ("DIEMBAO_BIN"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, env, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                               NULL, err, &status, &error));
  g_assert_no_error (error);
  return WIFEXITED (status) ? WEXITSTATUS (status) : 128;
}

static char *
write_file (Fixture    *fixture,
            const char *name,
            const char *contents,
            gssize      length)
{
  char *path = g_build_filename (fixture->dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  return path;
}

static guint
count_files (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

/* One line on stderr that names @name. */
static void
assert_error_names (const char *err,
                    const char *name)
{
  g_assert_true (g_str_has_prefix (err, "diembao: "));
  g_assert_nonnull (strstr (err, name));
  g_assert_nonnull (strchr (err, '\n'));
  g_assert_cmpstr (strchr (err, '\n') + 1, ==, "");
}

static void
test_cli_digest_writes_one_pdf (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autofree char *a = write_file (fixture, "a.txt", first_article, -1);
  g_autofree char *b = write_file (fixture, "b.txt", second_article, -1);
  g_autofree char *out = g_build_filename (fixture->dir, "digest.pdf", NULL);
  g_autofree char *option = g_strconcat ("--digest=", out, NULL);
  const char *args[] = { option, "--digest-title=Bản tin sáng", "--paper=letter", a, b, NULL };
  g_autofree char *err = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  gsize length = 0;

  g_assert_cmpint (run_cli (fixture, args, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  /* the two articles and the digest: no temporary file left, no desk created */
  g_assert_cmpuint (count_files (fixture->dir), ==, 3);
  g_assert_true (g_file_get_contents (out, &pdf, &length, NULL));
  /* cover, contents, two parts, index */
  g_assert_cmpuint (pdf_count_pages (pdf, length), ==, 5);
  text = pdf_text (out);
  if (text == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  g_assert_nonnull (strstr (text, "Bản tin sáng"));
  g_assert_nonnull (strstr (text, "Tỉnh Hòa Bình khai trương trung tâm dữ liệu"));
  g_assert_nonnull (strstr (text, "Nguyễn Văn Toàn"));
}

/* A missing file, a binary file, a folder: exit 1, the file named, no digest. */
static void
test_cli_digest_bad_article (Fixture       *fixture,
                             gconstpointer  data)
{
  static const char binary[] = { 'P', 'K', 3, 4, 0, 0, 0, 0, (char) 0xff, 0, 1, 2 };
  g_autofree char *a = write_file (fixture, "a.txt", first_article, -1);
  g_autofree char *bad = write_file (fixture, "hong.docx", binary, sizeof binary);
  g_autofree char *missing = g_build_filename (fixture->dir, "khong-co.txt", NULL);
  g_autofree char *out = g_build_filename (fixture->dir, "digest.pdf", NULL);
  g_autofree char *option = g_strconcat ("--digest=", out, NULL);
  const char *bad_files[] = { bad, missing, fixture->dir };
  const char *names[] = { "hong.docx", "khong-co.txt", fixture->dir };

  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      const char *args[] = { option, a, bad_files[i], NULL };
      g_autofree char *err = NULL;

      g_assert_cmpint (run_cli (fixture, args, &err), ==, 1);
      assert_error_names (err, names[i]);
      g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
      g_assert_cmpuint (count_files (fixture->dir), ==, 2);
    }
}

/* Usage: no article, the digest over an article, an unknown paper; an output that
 * cannot be written. Nothing is replaced or left behind. */
static void
test_cli_digest_usage (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *a = write_file (fixture, "a.txt", first_article, -1);
  g_autofree char *out = g_build_filename (fixture->dir, "digest.pdf", NULL);
  g_autofree char *option = g_strconcat ("--digest=", out, NULL);
  g_autofree char *over_article = g_strconcat ("--digest=", a, NULL);
  g_autofree char *nowhere = g_build_filename (fixture->dir, "no-folder", "digest.pdf", NULL);
  g_autofree char *to_nowhere = g_strconcat ("--digest=", nowhere, NULL);
  g_autofree char *err = NULL;
  g_autofree char *contents = NULL;
  const char *no_article[] = { option, NULL };
  const char *over[] = { over_article, a, NULL };
  const char *paper[] = { option, "--paper=a0", a, NULL };
  const char *unwritable[] = { to_nowhere, a, NULL };

  g_assert_cmpint (run_cli (fixture, no_article, &err), ==, 2);
  assert_error_names (err, "--digest");
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (fixture, over, &err), ==, 2);
  assert_error_names (err, "a.txt");
  g_clear_pointer (&err, g_free);
  g_assert_true (g_file_get_contents (a, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, first_article);

  g_assert_cmpint (run_cli (fixture, paper, &err), ==, 2);
  assert_error_names (err, "a0");
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (fixture, unwritable, &err), ==, 1);
  assert_error_names (err, "digest.pdf");
  g_assert_cmpuint (count_files (fixture->dir), ==, 1);
}

static void
remove_desk (Fixture *fixture)
{
  const char *names[] = { "desk.sqlite", "desk.sqlite-wal", "desk.sqlite-shm" };
  g_autofree char *folder = g_build_filename (fixture->dir, "data", "diembao", NULL);
  g_autofree char *data = g_build_filename (fixture->dir, "data", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (folder, names[i], NULL);
      g_remove (path);
    }
  g_rmdir (folder);
  g_rmdir (data);
}

/* The summary and corrections the editor kept for an article's text are in its part;
 * the summary printed alone opens with the kept summary too. */
static void
test_cli_digest_uses_kept_work (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autofree char *a = write_file (fixture, "a.txt", first_article, -1);
  g_autofree char *desk_path = g_build_filename (fixture->dir, "data", "diembao", "desk.sqlite", NULL);
  g_autofree char *out = g_build_filename (fixture->dir, "digest.pdf", NULL);
  g_autofree char *summary_out = g_build_filename (fixture->dir, "summary.pdf", NULL);
  g_autofree char *option = g_strconcat ("--digest=", out, NULL);
  g_autofree char *summary_option = g_strconcat ("--export-pdf=", summary_out, NULL);
  const char *args[] = { option, a, NULL };
  const char *summary_args[] = { summary_option, "--pdf-contents=summary", a, NULL };
  const char *raw_args[] = { "--no-desk", option, a, NULL };
  g_autoptr(GFile) file = g_file_new_for_path (a);
  g_autoptr(DiemArticle) article = NULL;
  g_autoptr(DiemDeskStore) store = NULL;
  g_autoptr(DiemDeskWork) work = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *err = NULL;
  g_autofree char *text = NULL;
  g_autofree char *summary_text = NULL;
  g_autofree char *raw_text = NULL;

  article = diem_article_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  hash = diem_desk_text_hash (diem_article_get_text (article), diem_article_get_text_length (article));
  store = diem_desk_store_open (desk_path, &error);
  g_assert_no_error (error);
  work = diem_desk_work_new (hash);
  work->summary = g_strdup ("Bản tóm tắt của biên tập viên về trung tâm dữ liệu.");
  work->summary_edited = TRUE;
  g_ptr_array_add (work->corrections, diem_desk_correction_new ("officials", "remove", "Quách Thị Hương", "{}"));
  g_assert_true (diem_desk_store_save (store, work, &error));
  g_assert_no_error (error);
  g_clear_pointer (&store, diem_desk_store_unref);

  g_assert_cmpint (run_cli (fixture, args, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (fixture, summary_args, &err), ==, 0);
  g_clear_pointer (&err, g_free);
  text = pdf_text (out);
  summary_text = pdf_text (summary_out);
  /* --no-desk: the extraction and a draft */
  g_assert_cmpint (run_cli (fixture, raw_args, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  raw_text = pdf_text (out);
  g_unlink (out);
  g_unlink (summary_out);
  remove_desk (fixture);
  if (text == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  g_assert_nonnull (strstr (text, "Bản tóm tắt của biên tập viên"));
  g_assert_nonnull (strstr (text, "Đinh Công Sứ"));
  g_assert_null (strstr (text, "Quách Thị Hương"));
  g_assert_nonnull (strstr (summary_text, "Bản tóm tắt của biên tập viên"));
  g_assert_null (strstr (raw_text, "Bản tóm tắt của biên tập viên"));
  g_assert_nonnull (strstr (raw_text, "Quách Thị Hương"));
}

/* Keeps on the desk, for the text of the article at @path, a summary and two
 * corrections: one official's titles edited, another removed. */
static void
keep_work_for (Fixture    *fixture,
               const char *path)
{
  g_autofree char *desk_path = g_build_filename (fixture->dir, "data", "diembao", "desk.sqlite", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DiemArticle) article = NULL;
  g_autoptr(DiemDeskStore) store = NULL;
  g_autoptr(DiemDeskWork) work = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *hash = NULL;

  article = diem_article_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  hash = diem_desk_text_hash (diem_article_get_text (article), diem_article_get_text_length (article));
  store = diem_desk_store_open (desk_path, &error);
  g_assert_no_error (error);
  work = diem_desk_work_new (hash);
  work->summary = g_strdup ("Bản tóm tắt của biên tập viên về trung tâm dữ liệu.");
  work->summary_edited = TRUE;
  g_ptr_array_add (work->corrections, diem_desk_correction_new ("officials", "edit", "Đinh Công Sứ",
                                                                "{\"titles\": [\"Trưởng ban chỉ đạo chuyển đổi số\"]}"));
  g_ptr_array_add (work->corrections, diem_desk_correction_new ("officials", "remove", "Quách Thị Hương", "{}"));
  g_assert_true (diem_desk_store_save (store, work, &error));
  g_assert_no_error (error);
}

/* The officials of a JSON export, as "NAME: TITLE; TITLE" lines. */
static char *
json_officials (const char *path)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  JsonArray *officials;

  g_assert_true (json_parser_load_from_file (parser, path, &error));
  g_assert_no_error (error);
  officials = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "officials");
  for (guint i = 0; i < json_array_get_length (officials); i++)
    {
      JsonObject *official = json_array_get_object_element (officials, i);
      JsonArray *titles = json_object_get_array_member (official, "titles");

      g_string_append_printf (out, "%s:", json_object_get_string_member (official, "name"));
      for (guint j = 0; j < json_array_get_length (titles); j++)
        g_string_append_printf (out, " %s;", json_array_get_string_element (titles, j));
      g_string_append_c (out, '\n');
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* --export-json and --export-pdf show the article as the editor corrected it on the
 * desk, the summary sheet with the editor's summary; --no-desk gives the extraction. */
static void
test_cli_exports_use_kept_work (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autofree char *a = write_file (fixture, "a.txt", first_article, -1);
  g_autofree char *json_out = g_build_filename (fixture->dir, "a.json", NULL);
  g_autofree char *pdf_out = g_build_filename (fixture->dir, "a.pdf", NULL);
  g_autofree char *json_option = g_strconcat ("--export-json=", json_out, NULL);
  g_autofree char *pdf_option = g_strconcat ("--export-pdf=", pdf_out, NULL);
  const char *args[] = { json_option, pdf_option, "--pdf-contents=summary", a, NULL };
  const char *raw_args[] = { "--no-desk", json_option, pdf_option, "--pdf-contents=summary", a, NULL };
  g_autofree char *err = NULL;
  g_autofree char *corrected = NULL;
  g_autofree char *extracted = NULL;
  g_autofree char *corrected_pdf = NULL;
  g_autofree char *extracted_pdf = NULL;

  /* without a desk, the exports are the extraction */
  g_assert_cmpint (run_cli (fixture, args, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_clear_pointer (&err, g_free);
  extracted = json_officials (json_out);
  g_assert_nonnull (strstr (extracted, "Quách Thị Hương:"));
  g_assert_nonnull (strstr (extracted, "Đinh Công Sứ: Chủ tịch UBND tỉnh Hòa Bình;"));

  keep_work_for (fixture, a);
  g_assert_cmpint (run_cli (fixture, args, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_clear_pointer (&err, g_free);
  corrected = json_officials (json_out);
  corrected_pdf = pdf_text (pdf_out);
  g_assert_cmpstr (corrected, ==, "Đinh Công Sứ: Trưởng ban chỉ đạo chuyển đổi số;\n");

  /* --no-desk: the extraction again, and a draft on the summary sheet */
  g_assert_cmpint (run_cli (fixture, raw_args, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_clear_pointer (&extracted, g_free);
  extracted = json_officials (json_out);
  extracted_pdf = pdf_text (pdf_out);
  g_assert_nonnull (strstr (extracted, "Quách Thị Hương:"));
  g_assert_nonnull (strstr (extracted, "Đinh Công Sứ: Chủ tịch UBND tỉnh Hòa Bình;"));
  g_unlink (json_out);
  g_unlink (pdf_out);
  remove_desk (fixture);
  if (corrected_pdf == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  g_assert_nonnull (strstr (corrected_pdf, "Bản tóm tắt của biên tập viên"));
  g_assert_nonnull (strstr (corrected_pdf, "Trưởng ban chỉ đạo chuyển đổi số"));
  g_assert_null (strstr (corrected_pdf, "Quách Thị Hương"));
  g_assert_null (strstr (extracted_pdf, "Bản tóm tắt của biên tập viên"));
  g_assert_null (strstr (extracted_pdf, "Trưởng ban chỉ đạo chuyển đổi số"));
  g_assert_nonnull (strstr (extracted_pdf, "Quách Thị Hương"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/cli-digest/writes-one-pdf", Fixture, NULL, fixture_set_up, test_cli_digest_writes_one_pdf,
              fixture_tear_down);
  g_test_add ("/cli-digest/bad-article", Fixture, NULL, fixture_set_up, test_cli_digest_bad_article,
              fixture_tear_down);
  g_test_add ("/cli-digest/usage", Fixture, NULL, fixture_set_up, test_cli_digest_usage, fixture_tear_down);
  g_test_add ("/cli-digest/kept-work", Fixture, NULL, fixture_set_up, test_cli_digest_uses_kept_work,
              fixture_tear_down);
  g_test_add ("/cli-digest/exports-use-kept-work", Fixture, NULL, fixture_set_up, test_cli_exports_use_kept_work,
              fixture_tear_down);
  return g_test_run ();
}
