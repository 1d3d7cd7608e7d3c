/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-extract-awards.c — honours, classes, recipients */
#include <string.h>

#include "extract-test-util.h"

static void
test_awards_list_and_class (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Dịp này, UBND tỉnh trao Huân chương Lao động hạng ba cho Sở Xây dựng, Sở Nội vụ; "
    "Huân chương Lao động hạng nhì cho ông Hà Văn Thạch, Giám đốc Sở Y tế.");
  const DiemAward *third = find_award (out, "Huân chương Lao động hạng Ba");
  const DiemAward *second = find_award (out, "Huân chương Lao động hạng Nhì");

  g_assert_nonnull (third);
  g_assert_nonnull (second);
  g_assert_cmpuint (third->recipients->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (third->recipients, 1), ==, "Sở Nội vụ");
  g_assert_cmpuint (second->recipients->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (second->recipients, 0), ==, "Hà Văn Thạch");
  /* sorted by precedence: Nhì before Ba */
  g_assert_true (g_ptr_array_index (out->awards, 0) == second);
  g_assert_cmpuint (second->rank, <, third->rank);
}

static void
test_awards_respective_listing (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Phó Chủ tịch nước Đặng Thị Hòa trao Huân chương Lao động hạng Nhất, hạng Nhì và hạng Ba "
    "cho Trường Đại học Vinh, Bệnh viện Đa khoa tỉnh và bà Lò Thị Mai.");
  const DiemAward *first = find_award (out, "Huân chương Lao động hạng Nhất");
  const DiemAward *second = find_award (out, "Huân chương Lao động hạng Nhì");
  const DiemAward *third = find_award (out, "Huân chương Lao động hạng Ba");

  g_assert_nonnull (first);
  g_assert_nonnull (second);
  g_assert_nonnull (third);
  g_assert_cmpuint (first->recipients->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (first->recipients, 0), ==, "Trường Đại học Vinh");
  g_assert_cmpuint (second->recipients->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (second->recipients, 0), ==, "Bệnh viện Đa khoa tỉnh");
  g_assert_cmpuint (third->recipients->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (third->recipients, 0), ==, "Lò Thị Mai");
  g_assert_cmpuint (first->rank, <, second->rank);
  g_assert_cmpuint (second->rank, <, third->rank);
}

static void
test_awards_family_name_folds_into_the_one_honour (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Tỉnh Quảng Trị trao Huân chương cho ngành y tế.\n\n"
    "Bộ trưởng Bộ Y tế Đào Hồng Lan trao Huân chương Lao động hạng Nhì cho Sở Y tế tỉnh.\n\n"
    "Chủ tịch nước trao Huân chương Chiến công hạng Nhất cho Công an tỉnh. "
    "Thứ trưởng Bộ Quốc phòng trao Huân chương Chiến công cho Đồn Biên phòng Cửa Việt.");
  const DiemAward *labour = find_award (out, "Huân chương Lao động hạng Nhì");
  const DiemAward *feat = find_award (out, "Huân chương Chiến công");

  /* "Huân chương" alone could be either order: it stays apart */
  g_assert_nonnull (find_award (out, "Huân chương"));
  g_assert_nonnull (labour);
  g_assert_nonnull (feat);
  g_assert_nonnull (find_award (out, "Huân chương Chiến công hạng Nhất"));
}

static void
test_awards_family_name_with_one_candidate (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Tỉnh Quảng Trị trao Huân chương cho ngành y tế.\n\n"
    "Bộ trưởng Bộ Y tế Đào Hồng Lan trao Huân chương Lao động hạng Nhì cho Sở Y tế tỉnh.");
  const DiemAward *labour = find_award (out, "Huân chương Lao động hạng Nhì");

  g_assert_null (find_award (out, "Huân chương"));
  g_assert_nonnull (labour);
  g_assert_true (has_string (labour->recipients, "Sở Y tế tỉnh"));
  g_assert_true (has_string (labour->recipients, "ngành y tế"));
  g_assert_cmpuint (labour->mentions->len, ==, 2);
}

static void
test_awards_semicolon_list_keeps_names_whole (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Trao Cờ thi đua của Chính phủ tặng Nhân dân và cán bộ huyện Cần Giờ; Hội Nông dân tỉnh, Chi hội 3; "
    "Công ty Điện lực.");
  const DiemAward *flag = find_award (out, "Cờ thi đua của Chính phủ");

  g_assert_nonnull (flag);
  g_assert_cmpuint (flag->recipients->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (flag->recipients, 0), ==, "Nhân dân và cán bộ huyện Cần Giờ");
}

static void
test_awards_merged_and_presenter (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Chủ tịch UBND tỉnh Ngô Văn Cường trao Huân chương Độc lập hạng Nhất cho Bệnh viện tỉnh.\n\n"
    "Bệnh viện tỉnh vinh dự đón nhận Huân chương Độc lập hạng nhất.");
  const DiemAward *award = find_award (out, "Huân chương Độc lập hạng Nhất");

  g_assert_cmpuint (out->awards->len, ==, 1);
  g_assert_nonnull (award);
  g_assert_cmpuint (award->recipients->len, ==, 1);
  g_assert_cmpstr (award->presenter, ==, "Ngô Văn Cường");
  g_assert_cmpuint (award->mentions->len, ==, 2);
}

static void
test_awards_passive_and_count (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Năm nay, Trường Tiểu học Kim Đồng được tặng Cờ thi đua của UBND tỉnh. "
    "Chủ tịch UBND tỉnh Lò Văn Pá tặng Bằng khen cho 25 cá nhân.");
  const DiemAward *flag = find_award (out, "Cờ thi đua của UBND tỉnh");
  const DiemAward *merit = find_award (out, "Bằng khen");

  g_assert_nonnull (flag);
  g_assert_cmpstr (g_ptr_array_index (flag->recipients, 0), ==, "Trường Tiểu học Kim Đồng");
  g_assert_nonnull (merit);
  g_assert_cmpstr (g_ptr_array_index (merit->recipients, 0), ==, "25 cá nhân");
}

static void
test_awards_hostile_recipients (void)
{
  g_autoptr(GString) text = g_string_new ("Trao Bằng khen cho ");
  g_autoptr(DiemExtraction) out = NULL;

  for (guint i = 0; i < 50000; i++)
    g_string_append_printf (text, "%sTrường Tiểu học số %u", i ? "; " : "", i + 1);
  g_string_append (text, ".");
  out = extract_text (text->str);
  g_assert_cmpuint (out->awards->len, ==, 1);
  g_assert_cmpuint (((DiemAward *) g_ptr_array_index (out->awards, 0))->recipients->len, ==, 50000);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/extract-awards/list-and-class", test_awards_list_and_class);
  g_test_add_func ("/extract-awards/respective-listing", test_awards_respective_listing);
  g_test_add_func ("/extract-awards/family-name-ambiguous", test_awards_family_name_folds_into_the_one_honour);
  g_test_add_func ("/extract-awards/family-name-one-candidate", test_awards_family_name_with_one_candidate);
  g_test_add_func ("/extract-awards/semicolon-list", test_awards_semicolon_list_keeps_names_whole);
  g_test_add_func ("/extract-awards/merged-and-presenter", test_awards_merged_and_presenter);
  g_test_add_func ("/extract-awards/passive-and-count", test_awards_passive_and_count);
  g_test_add_func ("/extract-awards/hostile-recipients", test_awards_hostile_recipients);
  return g_test_run ();
}
