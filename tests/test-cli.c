/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-cli.c — the headless command line: exports, exit codes, no half-written files */
/* symlink (), link () */
#define _DEFAULT_SOURCE

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "pdf-test-util.h"
#include "scratch-dir-test-util.h"

static int
run_cli (const char *const *args,
         char              **out,
         char              **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_ptr_array_add (argv, (gpointer) g_getenv ("DIEMBAO_BIN"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               out, err, &status, &error));
  g_assert_no_error (error);
  return WIFEXITED (status) ? WEXITSTATUS (status) : 128;
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

static char *
sample_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "sample", "hcmc-2023-review.txt", NULL);
}

/* One clear line on stderr, a non-zero exit and nothing left in the output folder. */
static void
assert_fails_cleanly (Fixture    *fixture,
                      const char *article,
                      const char *option)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *args[] = { option, article, NULL };
  int code = run_cli (args, &out, &err);

  g_assert_cmpint (code, !=, 0);
  g_assert_true (g_str_has_prefix (err, "diembao: "));
  g_assert_nonnull (strchr (err, '\n'));
  g_assert_cmpstr (strchr (err, '\n') + 1, ==, "");
  g_assert_cmpuint (count_files (fixture->dir), ==, 0);
}

static void
test_cli_bad_inputs (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *json_opt = g_strdup_printf ("--export-json=%s/out.json", fixture->dir);
  g_autofree char *pdf_opt = g_strdup_printf ("--export-pdf=%s/out.pdf", fixture->dir);
  g_autofree char *inputs = g_dir_make_tmp ("diem-cli-in-XXXXXX", NULL);
  g_autofree char *binary = g_build_filename (inputs, "photo.jpg", NULL);
  g_autofree char *damaged = g_build_filename (inputs, "damaged.txt", NULL);
  g_autofree char *empty = g_build_filename (inputs, "empty.txt", NULL);
  g_autofree char *missing = g_build_filename (inputs, "missing.txt", NULL);
  const char *const bad[] = { binary, damaged, empty, missing, inputs };

  g_assert_true (g_file_set_contents (binary, "\xff\xd8\xff\xe0\x00\x10JFIF\x00", 11, NULL));
  g_assert_true (g_file_set_contents (damaged, "Tin m\xe1\xbb\x9bi \xff h\xc3\xb4m nay", -1, NULL));
  g_assert_true (g_file_set_contents (empty, "", 0, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      assert_fails_cleanly (fixture, bad[i], json_opt);
      assert_fails_cleanly (fixture, bad[i], pdf_opt);
    }

  g_remove (binary);
  g_remove (damaged);
  g_remove (empty);
  g_rmdir (inputs);
}

static void
test_cli_unwritable_output (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *sample = sample_path ();
  g_autofree char *missing_dir = g_strdup_printf ("--export-json=%s/no/such/folder/out.json", fixture->dir);
  g_autofree char *is_dir = g_strdup_printf ("--export-json=%s", fixture->dir);

  assert_fails_cleanly (fixture, sample, missing_dir);
  assert_fails_cleanly (fixture, sample, is_dir);
}

static void
test_cli_json_to_file_and_stdout (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autofree char *sample = sample_path ();
  g_autofree char *path = g_build_filename (fixture->dir, "sample.json", NULL);
  g_autofree char *opt = g_strdup_printf ("--export-json=%s", path);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *stdout_json = NULL;
  g_autofree char *file_json = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  const char *to_file[] = { opt, sample, NULL };
  const char *to_stdout[] = { "--export-json=-", sample, NULL };

  g_assert_cmpint (run_cli (to_file, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpuint (count_files (fixture->dir), ==, 1);
  g_assert_true (g_file_get_contents (path, &file_json, NULL, NULL));

  g_assert_cmpint (run_cli (to_stdout, &stdout_json, NULL), ==, 0);
  g_assert_true (json_parser_load_from_data (parser, stdout_json, -1, NULL));
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  g_assert_true (g_str_has_prefix (stdout_json, file_json));
}

static void
test_cli_pdf_export (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *sample = sample_path ();
  g_autofree char *path = g_build_filename (fixture->dir, "sample.pdf", NULL);
  g_autofree char *opt = g_strdup_printf ("--export-pdf=%s", path);
  g_autofree char *pdf = NULL;
  gsize length = 0;
  const char *args[] = { opt, sample, NULL };

  g_assert_cmpint (run_cli (args, NULL, NULL), ==, 0);
  g_assert_true (g_file_get_contents (path, &pdf, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (pdf, "%PDF-"));
  g_assert_cmpuint (count_files (fixture->dir), ==, 1);
}

/* A pipe stays a pipe: the export writes into it instead of renaming a file over it. */
static void
test_cli_json_into_fifo (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *sample = sample_path ();
  g_autofree char *fifo = g_build_filename (fixture->dir, "pipe", NULL);
  g_autofree char *opt = g_strdup_printf ("--export-json=%s", fifo);
  g_autofree char *received = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { g_getenv ("DIEMBAO_BIN"), opt, sample, NULL };
  GPid pid;
  int status = 0;
  GStatBuf st;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_true (g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid, &error));
  g_assert_true (g_file_get_contents (fifo, &received, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_spawn_close_pid (pid);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  g_assert_true (g_str_has_prefix (received, "{"));
  g_assert_cmpint (g_stat (fifo, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));
}

static void
test_cli_pdf_paper_and_contents (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autofree char *sample = sample_path ();
  g_autofree char *both_path = g_build_filename (fixture->dir, "both.pdf", NULL);
  g_autofree char *summary_path = g_build_filename (fixture->dir, "summary.pdf", NULL);
  g_autofree char *both_opt = g_strdup_printf ("--export-pdf=%s", both_path);
  g_autofree char *summary_opt = g_strdup_printf ("--export-pdf=%s", summary_path);
  g_autofree char *both = NULL;
  g_autofree char *summary = NULL;
  gsize both_length = 0, summary_length = 0;
  double width = 0, height = 0;
  const char *letter_args[] = { both_opt, "--paper=letter", sample, NULL };
  const char *summary_args[] = { summary_opt, "--pdf-contents=summary", sample, NULL };
  const char *bad_paper[] = { summary_opt, "--paper=a3", sample, NULL };
  const char *bad_contents[] = { summary_opt, "--pdf-contents=cover", sample, NULL };

  g_assert_cmpint (run_cli (letter_args, NULL, NULL), ==, 0);
  g_assert_true (g_file_get_contents (both_path, &both, &both_length, NULL));
  g_assert_true (pdf_first_page_size (both, both_length, &width, &height));
  g_assert_cmpfloat_with_epsilon (width, 612, 0.5);
  g_assert_cmpfloat_with_epsilon (height, 792, 0.5);

  g_assert_cmpint (run_cli (summary_args, NULL, NULL), ==, 0);
  g_assert_true (g_file_get_contents (summary_path, &summary, &summary_length, NULL));
  g_assert_cmpuint (pdf_count_pages (summary, summary_length), >=, 1);
  g_assert_cmpuint (pdf_count_pages (summary, summary_length), <, pdf_count_pages (both, both_length));
  g_remove (summary_path);

  /* a wrong value is refused before anything is written */
  g_assert_cmpint (run_cli (bad_paper, NULL, NULL), ==, 2);
  g_assert_cmpint (run_cli (bad_contents, NULL, NULL), ==, 2);
  g_assert_false (g_file_test (summary_path, G_FILE_TEST_EXISTS));
}

static void
test_cli_export_needs_one_article (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autofree char *err = NULL;
  const char *none[] = { "--export-json=-", NULL };

  g_assert_cmpint (run_cli (none, NULL, &err), !=, 0);
  g_assert_true (g_str_has_prefix (err, "diembao: "));
}

/* A copy of the sample in the fixture's folder, and its contents. */
static char *
copy_sample (Fixture    *fixture,
             const char *name,
             char      **contents)
{
  g_autofree char *sample = sample_path ();
  char *path = g_build_filename (fixture->dir, name, NULL);
  gsize length = 0;

  g_assert_true (g_file_get_contents (sample, contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, *contents, (gssize) length, NULL));
  return path;
}

static void
assert_one_line_error (const char *err)
{
  g_assert_true (g_str_has_prefix (err, "diembao: "));
  g_assert_nonnull (strchr (err, '\n'));
  g_assert_cmpstr (strchr (err, '\n') + 1, ==, "");
}

/* An export never replaces its own article: not through the same name, a symbolic
 * link or a hard link, for either format; nor does one export replace the other. */
static void
test_cli_output_is_the_input (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autofree char *original = NULL;
  g_autofree char *article = copy_sample (fixture, "article.txt", &original);
  g_autofree char *symlink_path = g_build_filename (fixture->dir, "link.txt", NULL);
  g_autofree char *hardlink_path = g_build_filename (fixture->dir, "hard.txt", NULL);
  g_autofree char *out_path = g_build_filename (fixture->dir, "out", NULL);
  g_autofree char *out_dotted = g_build_filename (fixture->dir, ".", "out", NULL);
  const char *targets[] = { article, symlink_path, hardlink_path };
  const char *formats[] = { "--export-json=", "--export-pdf=" };

  g_assert_cmpint (symlink ("article.txt", symlink_path), ==, 0);
  g_assert_cmpint (link (article, hardlink_path), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    for (guint j = 0; j < G_N_ELEMENTS (formats); j++)
      {
        g_autofree char *opt = g_strconcat (formats[j], targets[i], NULL);
        g_autofree char *err = NULL;
        g_autofree char *now = NULL;
        const char *args[] = { opt, article, NULL };

        g_assert_cmpint (run_cli (args, NULL, &err), ==, 2);
        assert_one_line_error (err);
        g_assert_true (g_file_get_contents (article, &now, NULL, NULL));
        g_assert_cmpstr (now, ==, original);
      }

  {
    g_autofree char *json_opt = g_strdup_printf ("--export-json=%s", out_path);
    g_autofree char *pdf_opt = g_strdup_printf ("--export-pdf=%s", out_dotted);
    g_autofree char *err = NULL;
    const char *args[] = { json_opt, pdf_opt, article, NULL };

    g_assert_cmpint (run_cli (args, NULL, &err), ==, 2);
    assert_one_line_error (err);
    g_assert_false (g_file_test (out_path, G_FILE_TEST_EXISTS));
  }
  g_assert_cmpuint (count_files (fixture->dir), ==, 3);
}

/* "-" is standard output for the PDF too, and a whole PDF comes out. */
static void
test_cli_pdf_to_stdout (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *sample = sample_path ();
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *args[] = { "--export-pdf=-", sample, NULL };
  const char *both[] = { "--export-pdf=-", "--export-json=-", sample, NULL };

  g_assert_cmpint (run_cli (args, &out, &err), ==, 0);
  g_assert_true (g_str_has_prefix (out, "%PDF-"));
  g_assert_false (g_file_test ("-", G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_files (fixture->dir), ==, 0);

  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (both, NULL, &err), ==, 2);
  assert_one_line_error (err);
}

/* Names with a newline, or bytes that are not UTF-8, still give one line. */
static void
test_cli_odd_names_one_line (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (fixture->dir, "hai\ndòng.txt", NULL);
  g_autofree char *bad_name = g_build_filename (fixture->dir, "b\xE1o.txt", NULL);
  g_autofree char *pdf_path = g_build_filename (fixture->dir, "out.pdf", NULL);
  g_autofree char *pdf_opt = g_strdup_printf ("--export-pdf=%s", pdf_path);
  g_autofree char *err = NULL;
  const char *missing_args[] = { "--export-json=-", missing, NULL };
  const char *bad_name_args[] = { pdf_opt, bad_name, NULL };
  const char *text = "Một đoạn văn không có tiêu đề, viết liền một dòng dài hơn một tiêu đề thường thấy, "
                     "kết thúc bằng dấu chấm và không có dòng trống nào ở giữa.";

  g_assert_cmpint (run_cli (missing_args, NULL, &err), ==, 1);
  assert_one_line_error (err);
  g_assert_nonnull (strstr (err, "hai\\ndòng.txt"));

  /* the name becomes the PDF's title when the article has no headline */
  g_assert_true (g_file_set_contents (bad_name, text, -1, NULL));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (bad_name_args, NULL, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_true (g_file_test (pdf_path, G_FILE_TEST_IS_REGULAR));
}

/* Both exports asked: when the PDF cannot be written, neither is. */
static void
test_cli_pdf_fails_no_json (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *sample = sample_path ();
  g_autofree char *json_opt = g_strdup_printf ("--export-json=%s/out.json", fixture->dir);
  g_autofree char *pdf_opt = g_strdup_printf ("--export-pdf=%s/no/such/folder/out.pdf", fixture->dir);
  g_autofree char *err = NULL;
  const char *args[] = { json_opt, pdf_opt, sample, NULL };

  g_assert_cmpint (run_cli (args, NULL, &err), ==, 1);
  assert_one_line_error (err);
  g_assert_cmpuint (count_files (fixture->dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/cli/bad-inputs", Fixture, NULL, fixture_set_up, test_cli_bad_inputs, fixture_tear_down);
  g_test_add ("/cli/unwritable-output", Fixture, NULL, fixture_set_up, test_cli_unwritable_output, fixture_tear_down);
  g_test_add ("/cli/json-to-file-and-stdout", Fixture, NULL, fixture_set_up, test_cli_json_to_file_and_stdout, fixture_tear_down);
  g_test_add ("/cli/pdf-export", Fixture, NULL, fixture_set_up, test_cli_pdf_export, fixture_tear_down);
  g_test_add ("/cli/json-into-fifo", Fixture, NULL, fixture_set_up, test_cli_json_into_fifo, fixture_tear_down);
  g_test_add ("/cli/pdf-paper-and-contents", Fixture, NULL, fixture_set_up, test_cli_pdf_paper_and_contents, fixture_tear_down);
  g_test_add ("/cli/export-needs-one-article", Fixture, NULL, fixture_set_up, test_cli_export_needs_one_article, fixture_tear_down);
  g_test_add ("/cli/output-is-the-input", Fixture, NULL, fixture_set_up, test_cli_output_is_the_input, fixture_tear_down);
  g_test_add ("/cli/pdf-to-stdout", Fixture, NULL, fixture_set_up, test_cli_pdf_to_stdout, fixture_tear_down);
  g_test_add ("/cli/odd-names-one-line", Fixture, NULL, fixture_set_up, test_cli_odd_names_one_line, fixture_tear_down);
  g_test_add ("/cli/pdf-fails-no-json", Fixture, NULL, fixture_set_up, test_cli_pdf_fails_no_json, fixture_tear_down);

  return g_test_run ();
}
