/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-desk-store.c — the editor's kept work: round trips, search, bad databases, kill -9 */
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <unistd.h>

#include "diem-desk-store.h"

#define WRITER_ARG "--keep-saving"
#define GENERATION_CORRECTIONS 40

static char *
temp_path (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("diem-desk-XXXXXX", &error);

  g_assert_no_error (error);
  return g_build_filename (folder, name, NULL);
}

static void
remove_store_files (const char *path)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (folder, name, NULL);

      g_chmod (file, 0600);
      g_unlink (file);
    }
  g_rmdir (folder);
}

static DiemDeskWork *
sample_work (const char *text,
             const char *headline)
{
  g_autofree char *hash = diem_desk_text_hash (text, strlen (text));
  DiemDeskWork *work = diem_desk_work_new (hash);

  work->headline = g_strdup (headline);
  work->source_uri = g_strdup ("file:///tmp/b%C3%A0i-vi%E1%BA%BFt.txt");
  work->summary = g_strdup ("Hội nghị tổng kết năm.\n\n- Ý chính thứ nhất");
  work->summary_edited = TRUE;
  work->reading_position = 1234;
  work->status = DIEM_DESK_STATUS_READY;
  g_ptr_array_add (work->corrections,
                   diem_desk_correction_new ("officials", "edit", "Trần Văn Bình", "{\"titles\":[\"Giám đốc Sở Y tế\"]}"));
  g_ptr_array_add (work->corrections, diem_desk_correction_new ("awards", "remove", "Bằng khen", NULL));
  g_ptr_array_add (work->corrections, diem_desk_correction_new ("officials", "add", NULL, "{\"name\":\"Lê Thị Hoa\"}"));
  return work;
}

static void
test_desk_store_round_trip (void)
{
  g_autofree char *path = temp_path ("desk.sqlite");
  g_autoptr(GError) error = NULL;
  g_autoptr(DiemDeskStore) store = diem_desk_store_open (path, &error);
  g_autoptr(DiemDeskWork) work = sample_work ("Bài một.", "Tổng kết năm");
  g_autoptr(DiemDeskWork) loaded = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  const DiemDeskCorrection *correction;

  g_assert_no_error (error);
  g_assert_cmpint (diem_desk_store_schema_version (store), ==, 1);
  g_assert_true (diem_desk_store_is_empty (store));
  g_assert_null (diem_desk_store_load (store, work->text_hash, &error));
  g_assert_no_error (error);

  g_assert_true (diem_desk_store_save (store, work, &error));
  g_assert_no_error (error);
  g_assert_false (diem_desk_store_is_empty (store));
  g_assert_cmpint (work->modified, >, 0);
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));

  loaded = diem_desk_store_load (store, work->text_hash, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  g_assert_cmpstr (loaded->headline, ==, "Tổng kết năm");
  g_assert_cmpstr (loaded->source_uri, ==, work->source_uri);
  g_assert_cmpstr (loaded->summary, ==, work->summary);
  g_assert_true (loaded->summary_edited);
  g_assert_cmpint (loaded->reading_position, ==, 1234);
  g_assert_cmpint (loaded->status, ==, DIEM_DESK_STATUS_READY);
  g_assert_cmpint (loaded->modified, ==, work->modified);
  g_assert_cmpuint (loaded->corrections->len, ==, 3);
  correction = g_ptr_array_index (loaded->corrections, 0);
  g_assert_cmpstr (correction->action, ==, "edit");
  g_assert_cmpstr (correction->entry, ==, "Trần Văn Bình");
  correction = g_ptr_array_index (loaded->corrections, 1);
  g_assert_cmpstr (correction->payload, ==, "{}");
  correction = g_ptr_array_index (loaded->corrections, 2);
  g_assert_null (correction->entry);
  g_assert_cmpstr (correction->category, ==, "officials");

  /* a second save replaces the log: an undone correction is gone from the database */
  g_ptr_array_remove_index (work->corrections, 2);
  work->status = DIEM_DESK_STATUS_DRAFT;
  g_assert_true (diem_desk_store_save (store, work, &error));
  g_clear_pointer (&loaded, diem_desk_work_free);
  loaded = diem_desk_store_load (store, work->text_hash, &error);
  g_assert_cmpuint (loaded->corrections->len, ==, 2);
  g_assert_cmpint (loaded->status, ==, DIEM_DESK_STATUS_DRAFT);

  g_clear_pointer (&store, diem_desk_store_unref);
  remove_store_files (path);
}

static void
test_desk_store_hash_follows_text (void)
{
  g_autofree char *a = diem_desk_text_hash ("Nghị quyết số 98", strlen ("Nghị quyết số 98"));
  g_autofree char *b = diem_desk_text_hash ("Nghị quyết số 98", strlen ("Nghị quyết số 98"));
  g_autofree char *c = diem_desk_text_hash ("Nghị quyết số 99", strlen ("Nghị quyết số 99"));

  g_assert_cmpstr (a, ==, b);
  g_assert_cmpstr (a, !=, c);
  g_assert_cmpuint (strlen (a), ==, 64);
}

static void
test_desk_store_list_and_search (void)
{
  g_autofree char *path = temp_path ("desk.sqlite");
  g_autoptr(GError) error = NULL;
  g_autoptr(DiemDeskStore) store = diem_desk_store_open (path, &error);
  const char *headlines[] = { "Triển khai Nghị quyết về kinh tế", "Trao Huân chương Lao động", "Đường sắt đô thị" };
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GPtrArray) by_file = NULL;

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (headlines); i++)
    {
      g_autoptr(DiemDeskWork) work = sample_work (headlines[i], headlines[i]);

      g_assert_true (diem_desk_store_save (store, work, &error));
      g_usleep (2000);
    }

  all = diem_desk_store_list (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 3);
  g_assert_cmpstr (((DiemDeskRow *) g_ptr_array_index (all, 0))->headline, ==, "Đường sắt đô thị");
  g_assert_cmpstr (((DiemDeskRow *) g_ptr_array_index (all, 2))->headline, ==, headlines[0]);

  found = diem_desk_store_list (store, "NGHI QUYET", &error);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpstr (((DiemDeskRow *) g_ptr_array_index (found, 0))->headline, ==, headlines[0]);
  g_clear_pointer (&found, g_ptr_array_unref);
  found = diem_desk_store_list (store, "đường", &error);
  g_assert_cmpuint (found->len, ==, 1);
  g_clear_pointer (&found, g_ptr_array_unref);
  found = diem_desk_store_list (store, "huân chương bạc", &error);
  g_assert_cmpuint (found->len, ==, 0);

  /* the file name counts too: "bài-viết.txt" */
  by_file = diem_desk_store_list (store, "bai-viet", &error);
  g_assert_cmpuint (by_file->len, ==, 3);

  g_assert_true (diem_desk_store_forget (store, ((DiemDeskRow *) g_ptr_array_index (all, 0))->text_hash, &error));
  g_clear_pointer (&all, g_ptr_array_unref);
  all = diem_desk_store_list (store, NULL, &error);
  g_assert_cmpuint (all->len, ==, 2);

  g_clear_pointer (&store, diem_desk_store_unref);
  remove_store_files (path);
}

static int
count_rows (const char *path,
            const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int count;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  count = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return count;
}

static void
test_desk_store_forget_cascades (void)
{
  g_autofree char *path = temp_path ("desk.sqlite");
  g_autoptr(GError) error = NULL;
  g_autoptr(DiemDeskStore) store = diem_desk_store_open (path, &error);
  g_autoptr(DiemDeskWork) work = sample_work ("Bài hai.", "Bài hai");

  g_assert_true (diem_desk_store_save (store, work, &error));
  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM correction"), ==, 3);
  g_assert_true (diem_desk_store_forget (store, work->text_hash, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM correction"), ==, 0);
  g_assert_true (diem_desk_store_is_empty (store));
  g_clear_pointer (&store, diem_desk_store_unref);
  remove_store_files (path);
}

static void
assert_refused_and_kept (const char   *path,
                         gint         code)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_len = 0, after_len = 0;
  g_autoptr(GError) error = NULL;
  DiemDeskStore *store;

  g_file_get_contents (path, &before, &before_len, NULL);
  store = diem_desk_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, DIEM_DESK_ERROR, code);
  g_assert_nonnull (strstr (error->message, path));
  /* never silently replaced */
  g_assert_true (g_file_get_contents (path, &after, &after_len, NULL));
  g_assert_cmpmem (before, before_len, after, after_len);
}

static void
test_desk_store_refuses_damaged_file (void)
{
  g_autofree char *path = temp_path ("desk.sqlite");
  g_autoptr(GString) junk = g_string_new (NULL);

  for (int i = 0; i < 600; i++)
    g_string_append (junk, "không phải cơ sở dữ liệu ");
  g_assert_true (g_file_set_contents (path, junk->str, junk->len, NULL));
  assert_refused_and_kept (path, DIEM_DESK_ERROR_CORRUPT);
  remove_store_files (path);
}

static void
test_desk_store_refuses_newer_schema (void)
{
  g_autofree char *path = temp_path ("desk.sqlite");
  g_autoptr(GError) error = NULL;
  DiemDeskStore *store = diem_desk_store_open (path, &error);
  sqlite3 *db = NULL;

  g_assert_no_error (error);
  diem_desk_store_unref (store);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 7", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  assert_refused_and_kept (path, DIEM_DESK_ERROR_NEWER);
  remove_store_files (path);
}

static void
test_desk_store_refuses_foreign_database (void)
{
  g_autofree char *path = temp_path ("desk.sqlite");
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE photos (id INTEGER)", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  assert_refused_and_kept (path, DIEM_DESK_ERROR_CORRUPT);
  remove_store_files (path);
}

static void
test_desk_store_refuses_unwritable_place (void)
{
  g_autoptr(GError) error = NULL;
  DiemDeskStore *store = diem_desk_store_open ("/dev/null/diembao/desk.sqlite", &error);

  g_assert_null (store);
  g_assert_error (error, DIEM_DESK_ERROR, DIEM_DESK_ERROR_READ_ONLY);

  /* root writes through file modes, so the mode check can only be seen by other users */
  if (geteuid () != 0)
    {
      g_autofree char *path = temp_path ("desk.sqlite");

      g_clear_error (&error);
      store = diem_desk_store_open (path, &error);
      g_assert_no_error (error);
      diem_desk_store_unref (store);
      g_assert_cmpint (g_chmod (path, 0444), ==, 0);
      assert_refused_and_kept (path, DIEM_DESK_ERROR_READ_ONLY);
      remove_store_files (path);
    }
}

static void
test_desk_store_reports_lock (void)
{
  g_autofree char *path = temp_path ("desk.sqlite");
  g_autoptr(GError) error = NULL;
  g_autoptr(DiemDeskStore) store = diem_desk_store_open (path, &error);
  g_autoptr(DiemDeskWork) work = sample_work ("Bài ba.", "Bài ba");
  sqlite3 *other = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open (path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN EXCLUSIVE", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_false (diem_desk_store_save (store, work, &error));
  g_assert_error (error, DIEM_DESK_ERROR, DIEM_DESK_ERROR_LOCKED);
  g_clear_error (&error);

  g_assert_cmpint (sqlite3_exec (other, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (other);
  g_assert_true (diem_desk_store_save (store, work, &error));
  g_assert_no_error (error);
  g_clear_pointer (&store, diem_desk_store_unref);
  remove_store_files (path);
}

/* Run as a child: save generation after generation until killed. Every save writes
 * GENERATION_CORRECTIONS corrections that all name the same generation. */
static int
keep_saving (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DiemDeskStore) store = diem_desk_store_open (path, &error);
  g_autoptr(DiemDeskWork) kept = NULL;
  guint first = 1;

  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  kept = diem_desk_store_load (store, "kill-test", NULL);
  if (kept != NULL)
    first = (guint) g_ascii_strtoull (kept->summary, NULL, 10) + 1;
  for (guint generation = first;; generation++)
    {
      g_autoptr(DiemDeskWork) work = diem_desk_work_new ("kill-test");
      g_autofree char *summary = g_strdup_printf ("%u", generation);

      work->summary = g_steal_pointer (&summary);
      for (guint i = 0; i < GENERATION_CORRECTIONS; i++)
        {
          g_autofree char *payload = g_strdup_printf ("{\"generation\":%u}", generation);

          g_ptr_array_add (work->corrections, diem_desk_correction_new ("officials", "edit", "X", payload));
        }
      if (!diem_desk_store_save (store, work, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      if (generation == first)
        {
          g_print ("ready\n");
          fflush (stdout);
        }
    }
  return 0;
}

static void
test_desk_store_survives_kill (gconstpointer data)
{
  const char *self_exe = data;
  g_autofree char *path = temp_path ("desk.sqlite");
  guint last_generation = 0;

  for (int round = 0; round < 6; round++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GSubprocess) child = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                                                       self_exe, WRITER_ARG, path, NULL);
      g_autoptr(GDataInputStream) out = NULL;
      g_autofree char *line = NULL;
      g_autoptr(DiemDeskStore) store = NULL;
      g_autoptr(DiemDeskWork) work = NULL;
      guint generation;

      g_assert_no_error (error);
      out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));
      line = g_data_input_stream_read_line (out, NULL, NULL, &error);
      g_assert_cmpstr (line, ==, "ready");
      g_usleep (g_random_int_range (1000, 60000));
      g_subprocess_send_signal (child, SIGKILL);
      g_subprocess_wait (child, NULL, NULL);

      store = diem_desk_store_open (path, &error);
      g_assert_no_error (error);
      work = diem_desk_store_load (store, "kill-test", &error);
      g_assert_no_error (error);
      g_assert_nonnull (work);
      generation = (guint) g_ascii_strtoull (work->summary, NULL, 10);
      g_assert_cmpuint (generation, >, last_generation);
      /* the kept work is one whole save, never a mixture of two */
      g_assert_cmpuint (work->corrections->len, ==, GENERATION_CORRECTIONS);
      for (guint i = 0; i < work->corrections->len; i++)
        {
          g_autofree char *expected = g_strdup_printf ("{\"generation\":%u}", generation);

          g_assert_cmpstr (((DiemDeskCorrection *) g_ptr_array_index (work->corrections, i))->payload, ==, expected);
        }
      last_generation = generation;
    }
  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'"), ==, 1);
  remove_store_files (path);
}

int
main (int argc, char *argv[])
{
  g_autofree char *self_exe = NULL;

  if (argc == 3 && g_str_equal (argv[1], WRITER_ARG))
    return keep_saving (argv[2]);

  self_exe = g_canonicalize_filename (argv[0], NULL);
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/desk-store/round-trip", test_desk_store_round_trip);
  g_test_add_func ("/desk-store/hash-follows-text", test_desk_store_hash_follows_text);
  g_test_add_func ("/desk-store/list-and-search", test_desk_store_list_and_search);
  g_test_add_func ("/desk-store/forget-cascades", test_desk_store_forget_cascades);
  g_test_add_func ("/desk-store/refuses-damaged-file", test_desk_store_refuses_damaged_file);
  g_test_add_func ("/desk-store/refuses-newer-schema", test_desk_store_refuses_newer_schema);
  g_test_add_func ("/desk-store/refuses-foreign-database", test_desk_store_refuses_foreign_database);
  g_test_add_func ("/desk-store/refuses-unwritable-place", test_desk_store_refuses_unwritable_place);
  g_test_add_func ("/desk-store/reports-lock", test_desk_store_reports_lock);
  g_test_add_data_func ("/desk-store/survives-kill", self_exe, test_desk_store_survives_kill);
  return g_test_run ();
}
