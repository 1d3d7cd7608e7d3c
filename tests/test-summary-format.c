/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-summary-format.c — the summary as HTML and plain text for the clipboard */
#include <string.h>

#include "diem-summary-format.h"

static const char summary[] =
  "Tỉnh Bình An khởi công cầu Sông Xanh.\n"
  "\n"
  "- Vốn đầu tư **1.200 tỷ đồng**.\n"
  "- Cầu dài 900 mét.\n"
  "\n"
  "**Khen thưởng**\n"
  "\n"
  "- Bằng khen của Thủ tướng Chính phủ: Ban Quản lý dự án\n";

static void
test_summary_format_html (void)
{
  g_autofree char *html = diem_summary_to_html (summary);

  g_assert_nonnull (strstr (html, "<p>Tỉnh Bình An khởi công cầu Sông Xanh.</p>"));
  g_assert_nonnull (strstr (html, "<li>Vốn đầu tư <strong>1.200 tỷ đồng</strong>.</li>"));
  g_assert_nonnull (strstr (html, "<ul>"));
  g_assert_nonnull (strstr (html, "<p><strong>Khen thưởng</strong></p>"));
}

static void
test_summary_format_html_escapes_markup (void)
{
  g_autofree char *html = diem_summary_to_html ("Giá <b>tăng</b> & giảm <script>x</script>\n");

  g_assert_null (strstr (html, "<b>"));
  g_assert_null (strstr (html, "<script>"));
  g_assert_nonnull (strstr (html, "&lt;b&gt;"));
  g_assert_nonnull (strstr (html, "&amp;"));
}

static void
test_summary_format_plain (void)
{
  g_autofree char *plain = diem_summary_to_plain (summary);

  g_assert_cmpstr (plain, ==,
                   "Tỉnh Bình An khởi công cầu Sông Xanh.\n"
                   "\n"
                   "- Vốn đầu tư 1.200 tỷ đồng.\n"
                   "- Cầu dài 900 mét.\n"
                   "\n"
                   "Khen thưởng\n"
                   "\n"
                   "- Bằng khen của Thủ tướng Chính phủ: Ban Quản lý dự án\n");
}

static void
test_summary_format_plain_nested_and_empty (void)
{
  g_autofree char *empty = diem_summary_to_plain ("");
  g_autofree char *nested = diem_summary_to_plain ("- Một\n  - Hai\n- Ba\n");

  g_assert_cmpstr (empty, ==, "");
  g_assert_cmpstr (nested, ==, "- Một\n  - Hai\n- Ba\n");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/summary-format/html", test_summary_format_html);
  g_test_add_func ("/summary-format/html-escapes-markup", test_summary_format_html_escapes_markup);
  g_test_add_func ("/summary-format/plain", test_summary_format_plain);
  g_test_add_func ("/summary-format/plain-nested-and-empty", test_summary_format_plain_nested_and_empty);
  return g_test_run ();
}
