/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-extract-title-ends.c — where an official's title ends: before the verb, the
 * demonstrative, the second predicate or the aside that follows it */
#include "extract-test-util.h"

/* The one title of NAME, which must be the only official's. */
static void
assert_only_title (const char *text,
                   const char *name,
                   const char *title)
{
  g_autoptr(DiemExtraction) out = extract_text (text);
  const DiemOfficial *official = find_official (out, name);

  g_assert_nonnull (official);
  g_assert_cmpuint (out->officials->len, ==, 1);
  g_assert_cmpuint (official->titles->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (official->titles, 0), ==, title);
}

static void
test_title_ends_before_reporting_verb (void)
{
  assert_only_title ("Bị cáo Lê Văn Tám, nguyên Giám đốc Công ty Cơ khí Hòa Phong kháng cáo toàn bộ bản án.",
                     "Lê Văn Tám", "nguyên Giám đốc Công ty Cơ khí Hòa Phong");
  assert_only_title ("Ông Đinh Công Lý, Chánh văn phòng Sở Xây dựng xác nhận sự việc.",
                     "Đinh Công Lý", "Chánh văn phòng Sở Xây dựng");
  assert_only_title ("Bà Vũ Thị Hạnh, Phó Giám đốc Sở Du lịch mang tới nhiều ý tưởng mới.",
                     "Vũ Thị Hạnh", "Phó Giám đốc Sở Du lịch");
  assert_only_title ("Năm ngoái, ông Hứa Văn Định - Phó tổng giám đốc đi công tác nước ngoài 40 ngày.",
                     "Hứa Văn Định", "Phó tổng giám đốc");
  /* bearing the blame is no part of the office */
  assert_only_title ("Ông Lục Văn Bảy, Chủ tịch UBND huyện chịu trách nhiệm người đứng đầu về sai phạm.",
                     "Lục Văn Bảy", "Chủ tịch UBND huyện");
  assert_only_title ("Ông Mông Văn Kha, Tổng giám đốc Tổng công ty phải chịu trách nhiệm trước pháp luật.",
                     "Mông Văn Kha", "Tổng giám đốc Tổng công ty");
}

static void
test_title_ends_at_demonstrative (void)
{
  assert_only_title ("Ông Lò Văn Pấng, Phó trưởng Công an xã này hành hung một người dân.",
                     "Lò Văn Pấng", "Phó trưởng Công an xã");
}

static void
test_title_ends_before_second_predicate (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Ông Trịnh Quốc An nguyên là Giám đốc Nhà hát Kịch Hải Phòng và là Phó Chủ tịch Hội Sân khấu thành phố.");
  const DiemOfficial *official = find_official (out, "Trịnh Quốc An");

  g_assert_nonnull (official);
  for (guint i = 0; i < official->titles->len; i++)
    g_assert_false (g_str_has_suffix (g_ptr_array_index (official->titles, i), " và"));
  assert_only_title ("Khi đó ông Mạc Văn Hiền là Chủ nhiệm Ủy ban Kiểm tra Thị ủy Sơn Tây và đến năm 2015 thì nghỉ hưu.",
                     "Mạc Văn Hiền", "Chủ nhiệm Ủy ban Kiểm tra Thị ủy Sơn Tây");
}

static void
test_title_dash_starts_aside (void)
{
  assert_only_title ("Ông Quan Đức Hậu, Tổng giám đốc Công ty Sông Đà – người từng điều hành nhiều dự án, vừa nghỉ hưu.",
                     "Quan Đức Hậu", "Tổng giám đốc Công ty Sông Đà");
  /* a dash between two domains of one body, or two proper names, stays */
  assert_only_title ("Ông Tạ Đình Phong, Bộ trưởng Bộ Văn hóa - thể thao và du lịch, dự lễ.",
                     "Tạ Đình Phong", "Bộ trưởng Bộ Văn hóa - thể thao và du lịch");
  assert_only_title ("Ông Mã Văn Lộc, Trưởng phòng Vật tư - Thiết bị, bị khởi tố.",
                     "Mã Văn Lộc", "Trưởng phòng Vật tư - Thiết bị");
}

static void
test_title_ending_with_its_holder (void)
{
  /* the office after the comma is the foreign minister's, not the writer's */
  g_autoptr(DiemExtraction) out = extract_text (
    "Theo cuốn sách của nhà văn Hồ Văn Khải, Bộ trưởng Ngoại giao Pháp Jean Martin từng nói vậy.");
  const DiemOfficial *writer = find_official (out, "Hồ Văn Khải");

  g_assert_true (writer == NULL || writer->titles->len == 0);
}

/* "A, Phó Thủ tướng, Bộ trưởng B": the offices chained by commas before B's name are B's */
static void
test_titles_chained_before_the_next_name (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Thủ tướng Đàm Văn Khiêm, Phó Thủ tướng, Bộ trưởng Lương Văn Hải và các bộ trưởng đã tiếp đoàn.");
  const DiemOfficial *first = find_official (out, "Đàm Văn Khiêm");
  const DiemOfficial *second = find_official (out, "Lương Văn Hải");

  g_assert_nonnull (first);
  g_assert_cmpuint (first->titles->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (first->titles, 0), ==, "Thủ tướng");
  g_assert_nonnull (second);
  g_assert_true (has_string (second->titles, "Bộ trưởng"));
}

static void
test_continent_is_no_name (void)
{
  /* "châu Âu": a continent, whose name is no family name */
  g_autoptr(DiemExtraction) out = extract_text ("Chủ tịch Ủy ban châu Âu Jean Marchal phát biểu tại hội nghị.");

  for (guint i = 0; i < out->officials->len; i++)
    g_assert_false (g_str_has_prefix (((DiemOfficial *) g_ptr_array_index (out->officials, i))->name, "Âu"));
}

static void
test_title_ends_yield_nothing (void)
{
  /* no name: a title alone, a verb after it, a demonstrative — nobody to list */
  g_autoptr(DiemExtraction) out = extract_text (
    "Phó trưởng Công an xã này xác nhận sự việc. Nguyên Giám đốc công ty kháng cáo toàn bộ bản án.\n\n"
    "Thủ tướng bắt tay thủ môn Đặng Văn Lâm. Chủ tịch nước khen ngợi cụ Phạm Thị Lụa.");

  /* the office's holder greets someone: neither is named with the office */
  g_assert_cmpuint (out->officials->len, ==, 0);
}

static void
test_former_post_and_a_second_office_after_va (void)
{
  assert_only_title ("Cựu đại sứ Trịnh Ngọc Bảo về thăm trường cũ.", "Trịnh Ngọc Bảo", "Cựu đại sứ");
  assert_only_title ("Theo báo chí, ông Somsak Chaiyaporn, cựu Bộ trưởng Thái Lan dường như vẫn còn ảnh hưởng.",
                     "Somsak Chaiyaporn", "cựu Bộ trưởng Thái Lan");
  /* "và Thư ký …" is a second office, not part of the first */
  assert_only_title ("Bà Phan Thị Mỹ, Phó Tổng thư ký Hội Nhà báo và Thư ký Hội đồng giải thưởng, phát biểu.",
                     "Phan Thị Mỹ", "Phó Tổng thư ký Hội Nhà báo");
}

static void
test_title_ends_before_these_verbs (void)
{
  assert_only_title ("Bà Tạ Thu Hằng, Trưởng ban Dân vận Tỉnh ủy trình đề án trước hội nghị.",
                     "Tạ Thu Hằng", "Trưởng ban Dân vận Tỉnh ủy");
  assert_only_title ("Ông Kiều Văn Lộc, Giám đốc Sở Nội vụ đọc Tờ trình của Ban Thường vụ.",
                     "Kiều Văn Lộc", "Giám đốc Sở Nội vụ");
  assert_only_title ("Ông Mai Đức Toàn - Chủ tịch Công ty Hòa Bình cam kết hoàn thành dự án trong năm.",
                     "Mai Đức Toàn", "Chủ tịch Công ty Hòa Bình");
  assert_only_title ("Ông Vương Văn Kha - Hiệu trưởng Trường THCS Tân Lập - hiện tại đang làm kiểm điểm.",
                     "Vương Văn Kha", "Hiệu trưởng Trường THCS Tân Lập");
  assert_only_title ("Sáng nay, Chủ tịch Tập đoàn Minh Long Ngô Đình Vũ xuất hiện tại hội chợ.",
                     "Ngô Đình Vũ", "Chủ tịch Tập đoàn Minh Long");
  assert_only_title ("Ông Lục Văn Hòa, Chủ tịch Hội Nông dân xã xin nghỉ phép 15 ngày.",
                     "Lục Văn Hòa", "Chủ tịch Hội Nông dân xã");
  /* an ampersand joins two abbreviations of one body */
  assert_only_title ("Ông Kha Văn Tám, Giám đốc Sở TN & MT tỉnh Bắc Kạn cho biết sẽ kiểm tra.",
                     "Kha Văn Tám", "Giám đốc Sở TN & MT tỉnh Bắc Kạn");
  /* also before the name, after another official in a list */
  {
    g_autoptr(DiemExtraction) out = extract_text (
      "Đoàn gồm Phó Chủ tịch UBND huyện Lò Văn Khiêm, Trưởng phòng GD & ĐT Sầm Văn Lịch cùng 3 cán bộ.");
    const DiemOfficial *head = find_official (out, "Sầm Văn Lịch");

    g_assert_nonnull (head);
    g_assert_cmpstr (g_ptr_array_index (head->titles, 0), ==, "Trưởng phòng GD & ĐT");
  }
  assert_only_title ("“Nước về nhanh quá”, ông Đàm Văn Sáu, Trưởng thôn Nà Phặc thở dài.",
                     "Đàm Văn Sáu", "Trưởng thôn Nà Phặc");
  /* what the official serves as is a title of its own */
  {
    g_autoptr(DiemExtraction) out = extract_text ("Đoàn do ông Lý Văn Chín - Phó Chủ tịch UBND tỉnh - làm trưởng đoàn.");
    const DiemOfficial *head = find_official (out, "Lý Văn Chín");

    g_assert_nonnull (head);
    g_assert_cmpuint (head->titles->len, ==, 2);
    g_assert_cmpstr (g_ptr_array_index (head->titles, 0), ==, "Phó Chủ tịch UBND tỉnh");
    g_assert_cmpstr (g_ptr_array_index (head->titles, 1), ==, "trưởng đoàn");
  }
  /* "ký" ends a title; inside "đăng ký" or "Thư ký" it does not */
  assert_only_title ("Ông Hầu Văn Mười, nguyên Giám đốc Văn phòng đăng ký đất đai huyện bị khởi tố.",
                     "Hầu Văn Mười", "nguyên Giám đốc Văn phòng đăng ký đất đai huyện");
  assert_only_title ("Tổng Thư ký Quốc hội Phan Văn Mười công bố kết quả.",
                     "Phan Văn Mười", "Tổng Thư ký Quốc hội");
  assert_only_title ("Ông Lò Văn Hai, Bí thư Huyện ủy đạt 96% phiếu bầu.",
                     "Lò Văn Hai", "Bí thư Huyện ủy");
  assert_only_title ("Ông Vi Văn Ba - Phó cục trưởng Cục Người có công nói với phóng viên.",
                     "Vi Văn Ba", "Phó cục trưởng Cục Người có công");
  /* a word of a compound is no verb: "công trình" belongs to the body's name */
  assert_only_title ("Ông Lã Văn Bằng, Giám đốc Ban Quản lý dự án công trình giao thông phát biểu.",
                     "Lã Văn Bằng", "Giám đốc Ban Quản lý dự án công trình giao thông");
}

/* A title that reaches a province or a country ends there, whatever verb follows;
 * a place below it, "học" or "của" go on */
static void
test_a_title_ends_on_its_province (void)
{
  assert_only_title ("Ông Ma Văn Năm, Phó Chủ tịch UBND tỉnh Tuyên Quang nhiệt liệt biểu dương các đội.",
                     "Ma Văn Năm", "Phó Chủ tịch UBND tỉnh Tuyên Quang");
  assert_only_title ("Bà Hà Thị Bảy, Chủ tịch Hội Nông dân Việt Nam thẳng thắn chỉ ra nguyên nhân.",
                     "Hà Thị Bảy", "Chủ tịch Hội Nông dân Việt Nam");
  assert_only_title ("Ông Mai Văn Tư, Viện trưởng Viện Việt Nam học phát biểu.",
                     "Mai Văn Tư", "Viện trưởng Viện Việt Nam học");
  assert_only_title ("Ông Trịnh Văn Sáu, Chủ tịch Hội Hữu nghị Việt Nam - Lào tỉnh Nghệ An phát biểu.",
                     "Trịnh Văn Sáu", "Chủ tịch Hội Hữu nghị Việt Nam - Lào tỉnh Nghệ An");
  /* a city named like a person is no one: "Uông", "Phan" are family names too */
  {
    g_autoptr(DiemExtraction) out = extract_text (
      "Ông từng giữ các chức vụ: Bí thư Thị ủy Uông Bí, Chủ tịch UBND thành phố Phan Thiết.");

    g_assert_null (find_official (out, "Uông Bí"));
    g_assert_null (find_official (out, "Phan Thiết"));
  }
}

/* "vào tháng 6-2007" says when, after the title: it ends it */
static void
test_a_time_after_vao_ends_a_title (void)
{
  assert_only_title ("Tin vắn trong ngày.\n\n"
                     "Ông Lê Quang Vinh được bổ nhiệm làm Phó Tổng giám đốc Vietcombank vào tháng 3-2015.",
                     "Lê Quang Vinh", "Phó Tổng giám đốc Vietcombank");
  assert_only_title ("Tin vắn trong ngày.\n\n"
                     "Bà Đỗ Thị Nga giữ chức Giám đốc Sở Tư pháp vào năm 2019.",
                     "Đỗ Thị Nga", "Giám đốc Sở Tư pháp");
  /* "vào danh sách", "vào chức vụ": where someone is put, not the office's words */
  assert_only_title ("Tin vắn trong ngày.\n\n"
                     "Tạp chí đưa ông Hà Minh Tú - Chủ tịch HĐQT Công ty Sao Mai vào danh sách người giàu nhất.",
                     "Hà Minh Tú", "Chủ tịch HĐQT Công ty Sao Mai");
  assert_only_title ("Tin vắn trong ngày.\n\n"
                     "HĐQT bổ nhiệm ông Lý Văn Sang, Phó Tổng giám đốc công ty vào chức vụ Tổng giám đốc.",
                     "Lý Văn Sang", "Phó Tổng giám đốc công ty");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/extract-title-ends/reporting-verb", test_title_ends_before_reporting_verb);
  g_test_add_func ("/extract-title-ends/demonstrative", test_title_ends_at_demonstrative);
  g_test_add_func ("/extract-title-ends/second-predicate", test_title_ends_before_second_predicate);
  g_test_add_func ("/extract-title-ends/dash-aside", test_title_dash_starts_aside);
  g_test_add_func ("/extract-title-ends/its-holder", test_title_ending_with_its_holder);
  g_test_add_func ("/extract-title-ends/titles-chained-before-the-next-name", test_titles_chained_before_the_next_name);
  g_test_add_func ("/extract-title-ends/continent", test_continent_is_no_name);
  g_test_add_func ("/extract-title-ends/yield-nothing", test_title_ends_yield_nothing);
  g_test_add_func ("/extract-title-ends/former-post-and-a-second-office-after-va",
                   test_former_post_and_a_second_office_after_va);
  g_test_add_func ("/extract-title-ends/before-these-verbs", test_title_ends_before_these_verbs);
  g_test_add_func ("/extract-title-ends/on-its-province", test_a_title_ends_on_its_province);
  g_test_add_func ("/extract-title-ends/vao-and-a-time-or-a-place-ends-a-title", test_a_time_after_vao_ends_a_title);
  return g_test_run ();
}
