/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-extract-officials.c — officials: names, titles, mentions */
#include <string.h>

#include "extract-test-util.h"

static void
test_officials_title_before_name (void)
{
  g_autoptr(DiemExtraction) out = extract_text ("Sáng nay, Chủ tịch UBND tỉnh Lâm Đồng Trần Văn Hiệp phát biểu.");
  const DiemOfficial *official = find_official (out, "Trần Văn Hiệp");

  g_assert_nonnull (official);
  g_assert_cmpuint (out->officials->len, ==, 1);
  g_assert_cmpuint (official->titles->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (official->titles, 0), ==, "Chủ tịch UBND tỉnh Lâm Đồng");
}

static void
test_officials_place_before_name (void)
{
  g_autoptr(DiemExtraction) out = extract_text ("Bí thư Thành ủy Hà Nội Hoàng Văn Minh dự lễ.");

  g_assert_nonnull (find_official (out, "Hoàng Văn Minh"));
  g_assert_null (find_official (out, "Hà Nội Hoàng"));
  g_assert_true (has_string (find_official (out, "Hoàng Văn Minh")->titles, "Bí thư Thành ủy Hà Nội"));
}

static void
test_officials_apposition_list (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Dự có các đồng chí: Lý Văn Tài, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; "
    "Đỗ Minh Châu - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.");
  const DiemOfficial *tai = find_official (out, "Lý Văn Tài");
  const DiemOfficial *chau = find_official (out, "Đỗ Minh Châu");

  g_assert_nonnull (tai);
  g_assert_nonnull (chau);
  g_assert_cmpuint (tai->titles->len, ==, 3);
  g_assert_true (has_string (tai->titles, "Bí thư Tỉnh ủy"));
  g_assert_cmpuint (chau->titles->len, ==, 2);
  g_assert_true (has_string (chau->titles, "Chủ tịch UBND tỉnh"));
}

static void
test_officials_kiem_and_former (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Theo Bí thư Huyện ủy kiêm Chủ tịch UBND huyện Cần Giờ Lương Thế Vinh, huyện sẽ phát triển. "
    "Ông Phùng Quang Huy - nguyên Giám đốc Sở Y tế, cho biết như vậy.");
  const DiemOfficial *vinh = find_official (out, "Lương Thế Vinh");
  const DiemOfficial *huy = find_official (out, "Phùng Quang Huy");

  g_assert_nonnull (vinh);
  g_assert_true (has_string (vinh->titles, "Bí thư Huyện ủy"));
  g_assert_true (has_string (vinh->titles, "Chủ tịch UBND huyện Cần Giờ"));
  g_assert_nonnull (huy);
  g_assert_true (has_string (huy->titles, "nguyên Giám đốc Sở Y tế"));
}

static void
test_officials_rank_and_no_office (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Thiếu tướng Cao Văn Bình, Tư lệnh Quân khu 9, thăm đơn vị. Anh Nguyễn Văn Tèo, công nhân, kể lại. "
    "Đại tá Mạc Đình Long tham dự.");
  const DiemOfficial *binh = find_official (out, "Cao Văn Bình");

  g_assert_nonnull (binh);
  g_assert_cmpuint (binh->titles->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (binh->titles, 0), ==, "Tư lệnh Quân khu 9");
  g_assert_null (find_official (out, "Nguyễn Văn Tèo"));
  /* a military rank makes an official even without an office */
  g_assert_nonnull (find_official (out, "Mạc Đình Long"));
  g_assert_cmpuint (find_official (out, "Mạc Đình Long")->titles->len, ==, 0);
}

static void
test_officials_mentions (void)
{
  const char *text = "Giám đốc Sở Tài chính Võ Thị Hạnh phát biểu. Bà Hạnh nhấn mạnh kỷ cương. "
                     "Giám đốc Sở Tài chính yêu cầu các phòng báo cáo.";
  g_autoptr(DiemExtraction) out = extract_text (text);
  const DiemOfficial *official = find_official (out, "Võ Thị Hạnh");
  const DiemSpan *spans;

  g_assert_nonnull (official);
  g_assert_cmpuint (official->mentions->len, ==, 3);
  spans = (const DiemSpan *) official->mentions->data;
  g_assert_cmpint (strncmp (text + spans[0].start, "Võ Thị Hạnh", spans[0].end - spans[0].start), ==, 0);
  g_assert_cmpint (strncmp (text + spans[1].start, "Hạnh", spans[1].end - spans[1].start), ==, 0);
  g_assert_cmpint (strncmp (text + spans[2].start, "Giám đốc Sở Tài chính", spans[2].end - spans[2].start), ==, 0);
  g_assert_cmpuint (spans[0].start, <, spans[1].start);
}

static void
test_officials_title_merge (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Ông Đinh Văn Toàn - Chủ tịch Ủy ban nhân dân tỉnh Gia Lai phát biểu. "
    "Chủ tịch UBND tỉnh Gia Lai Đinh Văn Toàn cho biết. Chủ tịch UBND tỉnh Đinh Văn Toàn nói thêm.");
  const DiemOfficial *official = find_official (out, "Đinh Văn Toàn");

  g_assert_nonnull (official);
  g_assert_cmpuint (official->titles->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (official->titles, 0), ==, "Chủ tịch UBND tỉnh Gia Lai");
}

static void
test_officials_hostile_names (void)
{
  g_autoptr(GString) text = g_string_new ("Chủ tịch UBND tỉnh Lê Văn Sáu dự. ");
  g_autoptr(DiemExtraction) out = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append (text, i % 7 ? "Nguyễn Văn Sáu " : "ông Sáu, Chủ tịch UBND tỉnh, ");
  out = extract_text (text->str);
  g_assert_nonnull (find_official (out, "Lê Văn Sáu"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/extract-officials/title-before-name", test_officials_title_before_name);
  g_test_add_func ("/extract-officials/place-before-name", test_officials_place_before_name);
  g_test_add_func ("/extract-officials/apposition-list", test_officials_apposition_list);
  g_test_add_func ("/extract-officials/kiem-and-former", test_officials_kiem_and_former);
  g_test_add_func ("/extract-officials/rank-and-no-office", test_officials_rank_and_no_office);
  g_test_add_func ("/extract-officials/mentions", test_officials_mentions);
  g_test_add_func ("/extract-officials/title-merge", test_officials_title_merge);
  g_test_add_func ("/extract-officials/hostile-names", test_officials_hostile_names);
  return g_test_run ();
}
