/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-offline.c — exports never touch the network
 *
 * An HTML page full of remote references (images, style sheets, scripts, frames, an
 * external DTD, protocol-relative and file: addresses) is exported to JSON and PDF by
 * the real program inside a network namespace of its own (`unshare -n`), where any
 * attempt to connect fails: both exports must still succeed, and quickly.
 */
#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

static const char page[] =
  "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" "
  "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n"
  "<html><head><title>Tin ngoài mạng</title>"
  "<link rel=\"stylesheet\" href=\"https://cdn.example.com/site.css\">"
  "<script src=\"http://ads.example.net/track.js\"></script>"
  "<base href=\"http://example.org/\">"
  "<style>@import url(\"https://fonts.example.com/css\"); body { background: url(//img.example.com/bg.png) }</style>"
  "</head><body>"
  "<h1>Chủ tịch nước trao Huân chương Lao động hạng Nhất</h1>"
  "<p style=\"background:url(http://example.com/p.png)\">Chủ tịch UBND tỉnh Nguyễn Văn An dự lễ.</p>"
  "<figure><img src=\"http://example.com/photo.jpg\" srcset=\"https://example.com/2x.jpg 2x\">"
  "<figcaption>Quang cảnh buổi lễ. Ảnh: LÊ MINH</figcaption></figure>"
  "<figure><img src=\"//cdn.example.com/a.png\"><figcaption>Ảnh thứ hai. Ảnh: HOÀNG LAN</figcaption></figure>"
  "<figure><img src=\"file:///etc/hostname\"><figcaption>Ảnh thứ ba. Ảnh: TRẦN BÌNH</figcaption></figure>"
  "<iframe src=\"https://video.example.com/embed/1\"></iframe>"
  "<object data=\"http://example.com/flash.swf\"></object>"
  "<p>Theo Nghị quyết số 12/2023/NQ-HĐND, <a href=\"https://example.com/nq\">toàn văn</a>.</p>"
  "</body></html>\n";

static int
run (const char *const *argv,
     char              **err)
{
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                               NULL, NULL, NULL, err, &status, &error));
  g_assert_no_error (error);
  return WIFEXITED (status) ? WEXITSTATUS (status) : 128;
}

static void
test_offline_exports (void)
{
  g_autofree char *dir = g_dir_make_tmp ("diem-offline-XXXXXX", NULL);
  g_autofree char *html = g_build_filename (dir, "tin.html", NULL);
  g_autofree char *json = g_build_filename (dir, "tin.json", NULL);
  g_autofree char *pdf = g_build_filename (dir, "tin.pdf", NULL);
  g_autofree char *json_opt = g_strconcat ("--export-json=", json, NULL);
  g_autofree char *pdf_opt = g_strconcat ("--export-pdf=", pdf, NULL);
  g_autofree char *probe_err = NULL;
  g_autofree char *err = NULL;
  const char *probe[] = { "unshare", "-n", "-r", "true", NULL };
  const char *export[] = { "unshare", "-n", "-r", g_getenv ("DIEMBAO_BIN"), json_opt, pdf_opt, html, NULL };
  g_autofree char *contents = NULL;
  g_autofree char *unshare = g_find_program_in_path ("unshare");
  gint64 start;

  if (unshare == NULL)
    {
      g_test_skip ("unshare (util-linux) is not installed: cannot take the network away");
      return;
    }
  if (run (probe, &probe_err) != 0)
    {
      g_strchomp (probe_err);
      g_test_skip_printf ("unshare -n is not permitted here (%s): cannot take the network away", probe_err);
      return;
    }

  g_assert_true (g_file_set_contents (html, page, -1, NULL));
  start = g_get_monotonic_time ();
  g_assert_cmpint (run (export, &err), ==, 0);
  /* a lookup that waited for a timeout would show here */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 60 * G_USEC_PER_SEC);
  g_assert_cmpstr (err, ==, "");

  g_assert_true (g_file_get_contents (json, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "Nguyễn Văn An"));
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (pdf, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  g_remove (html);
  g_remove (json);
  g_remove (pdf);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/offline/exports", test_offline_exports);

  return g_test_run ();
}
