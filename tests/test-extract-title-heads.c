/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-extract-title-heads.c — where an official's title before the name begins: a
 * lower-case office opening its clause, a board named after its officers */
#include "extract-test-util.h"

static void
test_lower_case_head_after_comma (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Dự lễ có Tổng Bí thư Hà Minh Tâm, trưởng ban Tổ chức trung ương Phạm Minh Châu, "
    "trưởng ban Dân vận trung ương Đỗ Thị Lan.");
  const DiemOfficial *chau = find_official (out, "Phạm Minh Châu");
  const DiemOfficial *lan = find_official (out, "Đỗ Thị Lan");

  g_assert_nonnull (chau);
  g_assert_true (has_string (chau->titles, "trưởng ban Tổ chức trung ương"));
  g_assert_nonnull (lan);
  g_assert_true (has_string (lan->titles, "trưởng ban Dân vận trung ương"));
}

static void
test_lower_case_second_office (void)
{
  g_autoptr(DiemExtraction) out = extract_text ("Bộ trưởng, chủ nhiệm Văn phòng Chính phủ Mai Tiến Đạt cho biết như vậy.");
  const DiemOfficial *official = find_official (out, "Mai Tiến Đạt");

  g_assert_nonnull (official);
  g_assert_cmpuint (official->titles->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (official->titles, 0), ==, "Bộ trưởng, chủ nhiệm Văn phòng Chính phủ");
}

static void
test_lower_case_inside_clause_yields_nothing (void)
{
  /* inside a clause a lower-case "chủ tịch" is not read as an office before a name */
  g_autoptr(DiemExtraction) out = extract_text ("Đoàn đã đến thăm chủ tịch xã và gia đình bà Lê Thị Hoa.");

  g_assert_cmpuint (out->officials->len, ==, 0);
}

static void
test_lower_case_head_only_before_name (void)
{
  /* the minister answered is someone else: only the office right before the name is
   * read in lower case */
  g_autoptr(DiemExtraction) out = extract_text (
    "Đáp lời Bộ trưởng, chủ nhiệm Văn phòng Chính phủ, phó cục trưởng Cục Thuế Lưu Văn Toàn thừa nhận sai sót.");
  const DiemOfficial *official = find_official (out, "Lưu Văn Toàn");

  g_assert_nonnull (official);
  g_assert_cmpuint (official->titles->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (official->titles, 0), ==, "phó cục trưởng Cục Thuế");
}

static void
test_building_is_no_name (void)
{
  g_autoptr(DiemExtraction) out = extract_text ("Đại tá Joe Miller, người phát ngôn Lầu Năm Góc, cho biết cuộc gặp kéo dài.");

  g_assert_null (find_official (out, "Lầu Năm Góc"));
}

static void
test_former_post_named_once (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Ông Đào Văn Hiển, nguyên Tư lệnh Quân khu 9, bị kỷ luật. "
    "Trong thời gian làm tư lệnh Quân khu 9 Đào Văn Hiển đã để xảy ra vi phạm.");
  const DiemOfficial *official = find_official (out, "Đào Văn Hiển");

  g_assert_nonnull (official);
  g_assert_cmpuint (official->titles->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (official->titles, 0), ==, "nguyên Tư lệnh Quân khu 9");
}

static void
test_board_named_after_officers (void)
{
  g_autoptr(DiemExtraction) out = extract_text ("Dự hội nghị có đại diện Ban Giám đốc Sở Y tế Trần Văn Tuấn.");
  const DiemOfficial *official = find_official (out, "Trần Văn Tuấn");

  /* "Ban Giám đốc" is a board: its member is not given the office "Giám đốc" */
  g_assert_true (official == NULL || official->titles->len == 0);
}

static void
test_short_name_in_brackets (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Chủ tịch Liên đoàn Bóng đá châu Á (AFC) Hà Quang Vinh dự lễ bốc thăm.");
  const DiemOfficial *official = find_official (out, "Hà Quang Vinh");

  g_assert_nonnull (official);
  g_assert_true (has_string (official->titles, "Chủ tịch Liên đoàn Bóng đá châu Á"));
}

static void
test_short_name_in_brackets_mixed_case (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Tổng giám đốc Ngân hàng Thương mại cổ phần Sài Gòn (Sacombank) Lý Văn Hòa từ chức.");
  const DiemOfficial *official = find_official (out, "Lý Văn Hòa");

  g_assert_nonnull (official);
  g_assert_true (has_string (official->titles, "Tổng giám đốc Ngân hàng Thương mại cổ phần Sài Gòn"));
}

static void
test_abbreviation_with_a_period_inside_a_title (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Chủ tịch UBND Q. Gò Vấp Trương Minh Đạt phát biểu. Giám đốc Sở Xây dựng TP. HCM Lưu Văn Khải dự lễ.");
  const DiemOfficial *district = find_official (out, "Trương Minh Đạt");
  const DiemOfficial *city = find_official (out, "Lưu Văn Khải");

  g_assert_nonnull (district);
  g_assert_cmpstr (g_ptr_array_index (district->titles, 0), ==, "Chủ tịch UBND Q. Gò Vấp");
  g_assert_nonnull (city);
  g_assert_cmpstr (g_ptr_array_index (city->titles, 0), ==, "Giám đốc Sở Xây dựng TP. HCM");
}

/* "Thành Đoàn", "tỉnh Đoàn": the family name "Đoàn" ends the term of a youth union, so
 * no person "Đoàn Đà Nẵng"; a dash between a title and the name is no part of it. */
static void
test_union_term_and_dash_before_the_name (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Bí thư Thành Đoàn Hải Phòng - anh Vũ Quang Huy đến thăm gia đình.\n\n"
    "Anh Lò Văn Thắm, phó bí thư tỉnh Đoàn Sơn La cho biết như vậy.");
  const DiemOfficial *huy = find_official (out, "Vũ Quang Huy");
  const DiemOfficial *tham = find_official (out, "Lò Văn Thắm");

  g_assert_null (find_official (out, "Đoàn Hải Phòng"));
  g_assert_null (find_official (out, "Đoàn Sơn La"));
  g_assert_nonnull (huy);
  g_assert_cmpstr (g_ptr_array_index (huy->titles, 0), ==, "Bí thư Thành Đoàn Hải Phòng");
  g_assert_nonnull (tham);
  g_assert_true (has_string (tham->titles, "phó bí thư tỉnh Đoàn Sơn La"));
}

/* "Bộ Tư lệnh", "Bộ Chỉ huy": a command is a body, and its name holds no office for
 * the official named after it */
static void
test_a_command_is_a_body (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Thăm cán bộ, chiến sĩ Bộ Tư lệnh Quân khu 9, Chủ tịch UBND tỉnh Trần Văn Lâu chúc Tết đơn vị.");
  const DiemOfficial *official = find_official (out, "Trần Văn Lâu");

  g_assert_nonnull (official);
  g_assert_cmpuint (official->titles->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (official->titles, 0), ==, "Chủ tịch UBND tỉnh");
}

/* "trên cương vị Chủ tịch HĐQT của ông A": the post is A's, and "của" is no part of it */
static void
test_the_post_of_someone (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Đây là năm thứ ba trên cương vị Tổng giám đốc, Chủ tịch HĐQT của ông Lâm Quang Vũ.");
  const DiemOfficial *official = find_official (out, "Lâm Quang Vũ");

  g_assert_nonnull (official);
  g_assert_true (has_string (official->titles, "Chủ tịch HĐQT"));
  for (guint i = 0; i < official->titles->len; i++)
    g_assert_false (g_str_has_suffix (g_ptr_array_index (official->titles, i), "của"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/extract-title-heads/lower-case-after-comma", test_lower_case_head_after_comma);
  g_test_add_func ("/extract-title-heads/lower-case-second-office", test_lower_case_second_office);
  g_test_add_func ("/extract-title-heads/lower-case-inside-clause", test_lower_case_inside_clause_yields_nothing);
  g_test_add_func ("/extract-title-heads/lower-case-only-before-name", test_lower_case_head_only_before_name);
  g_test_add_func ("/extract-title-heads/building", test_building_is_no_name);
  g_test_add_func ("/extract-title-heads/a-command-is-a-body", test_a_command_is_a_body);
  g_test_add_func ("/extract-title-heads/the-post-of-someone", test_the_post_of_someone);
  g_test_add_func ("/extract-title-heads/former-post-once", test_former_post_named_once);
  g_test_add_func ("/extract-title-heads/board", test_board_named_after_officers);
  g_test_add_func ("/extract-title-heads/union-term-and-dash-before-the-name", test_union_term_and_dash_before_the_name);
  g_test_add_func ("/extract-title-heads/acronym-in-brackets", test_short_name_in_brackets);
  g_test_add_func ("/extract-title-heads/short-name-in-brackets", test_short_name_in_brackets_mixed_case);
  g_test_add_func ("/extract-title-heads/abbreviation-with-a-period-inside-a-title",
                   test_abbreviation_with_a_period_inside_a_title);
  return g_test_run ();
}
