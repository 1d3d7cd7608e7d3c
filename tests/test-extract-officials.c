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

static void
test_officials_old_tone_placement (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Dự lễ có ông Trịnh Quốc Khang – Uỷ viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh uỷ.");
  const DiemOfficial *khang = find_official (out, "Trịnh Quốc Khang");

  g_assert_nonnull (khang);
  g_assert_true (has_string (khang->titles, "Uỷ viên Ban Chấp hành Trung ương Đảng"));
  g_assert_true (has_string (khang->titles, "Bí thư Tỉnh uỷ"));
}

static void
test_officials_title_stops_at_verb (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Ông Lã Văn Tùng, Phó Bí thư Thường trực Huyện ủy đắc cử Chủ tịch HĐND huyện. "
    "Ông Mẫn Đức Phong, nguyên Hiệu trưởng nhà trường hết tuổi quản lý.");
  const DiemOfficial *tung = find_official (out, "Lã Văn Tùng");
  const DiemOfficial *phong = find_official (out, "Mẫn Đức Phong");

  g_assert_nonnull (tung);
  g_assert_cmpuint (tung->titles->len, ==, 2);
  g_assert_true (has_string (tung->titles, "Phó Bí thư Thường trực Huyện ủy"));
  g_assert_true (has_string (tung->titles, "Chủ tịch HĐND huyện"));
  g_assert_nonnull (phong);
  g_assert_cmpuint (phong->titles->len, ==, 1);
  g_assert_true (has_string (phong->titles, "nguyên Hiệu trưởng nhà trường"));
}

static void
test_officials_office_verbs (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Bộ trưởng Bộ Nội vụ quyết định bổ nhiệm ông Kiều Minh Sang giữ chức Phó Vụ trưởng Vụ Pháp chế. "
    "Các ông: Cù Văn Lợi, Tạ Đình Nam và Lò Văn Pọm được bầu làm Phó Chủ tịch UBND tỉnh. "
    "Đồng chí Tăng Hữu Phát (trái) giữ chức Phó trưởng Ban Dân vận Tỉnh ủy.");
  const DiemOfficial *sang = find_official (out, "Kiều Minh Sang");

  g_assert_nonnull (sang);
  g_assert_cmpuint (sang->titles->len, ==, 1);
  g_assert_true (has_string (sang->titles, "Phó Vụ trưởng Vụ Pháp chế"));
  /* the appointer's office is nobody's here */
  for (guint i = 0; i < out->officials->len; i++)
    {
      const DiemOfficial *official = g_ptr_array_index (out->officials, i);

      g_assert_false (has_string (official->titles, "Bộ trưởng Bộ Nội vụ"));
    }
  g_assert_true (has_string (find_official (out, "Cù Văn Lợi")->titles, "Phó Chủ tịch UBND tỉnh"));
  g_assert_true (has_string (find_official (out, "Tạ Đình Nam")->titles, "Phó Chủ tịch UBND tỉnh"));
  g_assert_true (has_string (find_official (out, "Lò Văn Pọm")->titles, "Phó Chủ tịch UBND tỉnh"));
  g_assert_true (has_string (find_official (out, "Tăng Hữu Phát")->titles, "Phó trưởng Ban Dân vận Tỉnh ủy"));
}

static void
test_officials_office_verb_other_clause (void)
{
  /* the verb's subject is in another clause: nobody gets the office */
  g_autoptr(DiemExtraction) out = extract_text (
    "Ông Quản Văn Tư cho biết, người được bổ nhiệm giữ chức Giám đốc Sở sẽ được công bố sau. "
    "Ông Kha Minh Luân nói: được bầu làm Chủ tịch là vinh dự. "
    "Công ty do bố chồng Lâm Thị Huyền làm chủ tịch vừa bị xử phạt.");

  /* "bố chồng A": the office is A's father-in-law's, and he is not named */
  g_assert_cmpuint (out->officials->len, ==, 0);
}

static void
test_officials_shared_title_list (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Dự lễ có các đồng chí Ủy viên Bộ Chính trị: Lục Văn Hòa, Bế Thị Xuân. "
    "Sở Xây dựng có 3 phó giám đốc nghỉ hưu gồm: Nông Văn Dũng, Hầu A Lềnh, Mạc Thị Huệ. "
    "Hai Phó Giám đốc Sở Y tế nghỉ hưu là bà Trình Thị Lan (SN 1970) và ông Lạc Văn Sỹ (SN 1966). "
    "Các Phó Chủ tịch tỉnh là thành viên Ban chỉ đạo do ông Tiết Văn Quý làm trưởng ban.");
  const DiemOfficial *quy;

  g_assert_true (has_string (find_official (out, "Lục Văn Hòa")->titles, "Ủy viên Bộ Chính trị"));
  g_assert_true (has_string (find_official (out, "Bế Thị Xuân")->titles, "Ủy viên Bộ Chính trị"));
  g_assert_true (has_string (find_official (out, "Nông Văn Dũng")->titles, "phó giám đốc Sở Xây dựng"));
  g_assert_true (has_string (find_official (out, "Mạc Thị Huệ")->titles, "phó giám đốc Sở Xây dựng"));
  g_assert_true (has_string (find_official (out, "Trình Thị Lan")->titles, "Phó Giám đốc Sở Y tế"));
  g_assert_true (has_string (find_official (out, "Lạc Văn Sỹ")->titles, "Phó Giám đốc Sở Y tế"));
  /* "là" not followed by names opens no list: Quý heads the committee, and only that */
  quy = find_official (out, "Tiết Văn Quý");
  g_assert_nonnull (quy);
  g_assert_cmpuint (quy->titles->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (quy->titles, 0), ==, "trưởng ban");
}

static void
test_officials_not_the_acting_for (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Thừa ủy quyền của Chủ tịch nước và Thủ tướng Chính phủ, Phó Chủ tịch UBND tỉnh Khúc Văn Bảo trao "
    "Huân chương. Dự có Thủ tướng Chính phủ, Phó Thủ tướng Chính phủ Thân Đức Vĩnh.");
  const DiemOfficial *bao = find_official (out, "Khúc Văn Bảo");
  const DiemOfficial *vinh = find_official (out, "Thân Đức Vĩnh");

  g_assert_nonnull (bao);
  g_assert_cmpuint (bao->titles->len, ==, 1);
  g_assert_true (has_string (bao->titles, "Phó Chủ tịch UBND tỉnh"));
  g_assert_nonnull (vinh);
  g_assert_cmpuint (vinh->titles->len, ==, 1);
  g_assert_true (has_string (vinh->titles, "Phó Thủ tướng Chính phủ"));
}

static void
test_officials_unit_after_comma (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Ông Đồng Văn Khải, Phó Cục trưởng Cục Quản trị, Văn phòng Chính phủ, đến dự. "
    "Phó Tư lệnh Quân khu 5, Bộ Quốc phòng Ninh Văn Lực phát biểu. "
    "Ông Âu Văn Hòa, Giám đốc Sở Y tế, cho biết thêm.");

  g_assert_true (has_string (find_official (out, "Đồng Văn Khải")->titles,
                             "Phó Cục trưởng Cục Quản trị, Văn phòng Chính phủ"));
  g_assert_true (has_string (find_official (out, "Ninh Văn Lực")->titles, "Phó Tư lệnh Quân khu 5, Bộ Quốc phòng"));
  g_assert_true (has_string (find_official (out, "Âu Văn Hòa")->titles, "Giám đốc Sở Y tế"));
}

static void
test_officials_aside_and_dash_inside (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Đồng chí Lường Văn Khoa, sinh năm 1970, dân tộc Thái, Phó Bí thư Tỉnh ủy, dự họp. "
    "Chủ tịch Hội đồng Thi đua – Khen thưởng tỉnh Vi Văn Hiển phát biểu. "
    "Phó Chủ tịch UBND tỉnh Ngô Vũ Thành dự.");

  g_assert_true (has_string (find_official (out, "Lường Văn Khoa")->titles, "Phó Bí thư Tỉnh ủy"));
  g_assert_true (has_string (find_official (out, "Vi Văn Hiển")->titles, "Chủ tịch Hội đồng Thi đua – Khen thưởng tỉnh"));
  g_assert_nonnull (find_official (out, "Ngô Vũ Thành"));
  g_assert_null (find_official (out, "Vũ Thành"));
}

static void
test_officials_short_form_merged (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Phó Thủ tướng thường trực Chính phủ Đàm Quang Vũ dự lễ. Phó Thủ tướng Chính phủ Đàm Quang Vũ phát biểu.");
  const DiemOfficial *vu = find_official (out, "Đàm Quang Vũ");

  g_assert_nonnull (vu);
  g_assert_cmpuint (vu->titles->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (vu->titles, 0), ==, "Phó Thủ tướng thường trực Chính phủ");
}

static void
test_officials_nested_shared_lists (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Dự lễ có các đồng chí Ủy viên Bộ Chính trị: Chủ tịch nước Tô Văn Hải; các Phó Thủ tướng: Doãn Minh Quý, "
    "Khổng Văn Tài. Dự còn có các đồng chí Ủy viên Trung ương Đảng: Lâm Văn Bé, Bộ trưởng Bộ Y tế; "
    "Thượng tướng Tôn Thất Hùng, Thứ trưởng Bộ Công an; cùng nhiều đại biểu.");
  const DiemOfficial *quy = find_official (out, "Doãn Minh Quý");
  const DiemOfficial *hung = find_official (out, "Tôn Thất Hùng");

  g_assert_true (has_string (find_official (out, "Tô Văn Hải")->titles, "Ủy viên Bộ Chính trị"));
  g_assert_nonnull (quy);
  g_assert_true (has_string (quy->titles, "Ủy viên Bộ Chính trị"));
  g_assert_true (has_string (quy->titles, "Phó Thủ tướng"));
  g_assert_true (has_string (find_official (out, "Khổng Văn Tài")->titles, "Phó Thủ tướng"));
  g_assert_true (has_string (find_official (out, "Lâm Văn Bé")->titles, "Ủy viên Trung ương Đảng"));
  g_assert_nonnull (hung);
  g_assert_true (has_string (hung->titles, "Ủy viên Trung ương Đảng"));
  g_assert_true (has_string (hung->titles, "Thứ trưởng Bộ Công an"));
  /* the second list does not carry the first list's title */
  g_assert_false (has_string (hung->titles, "Ủy viên Bộ Chính trị"));
}

static void
test_officials_apostrophe_names (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Các ông: K’Bróh và Nguyễn Văn Triệu được bầu làm Phó Chủ tịch HĐND tỉnh. "
    "Đồng chí Giàng Seo Phử và đồng chí Hà Văn Lập được bầu làm Phó Bí thư Tỉnh ủy. "
    "Ông Mùa A Páo, Chủ tịch UBND xã, dự lễ.");

  g_assert_true (has_string (find_official (out, "K’Bróh")->titles, "Phó Chủ tịch HĐND tỉnh"));
  g_assert_true (has_string (find_official (out, "Nguyễn Văn Triệu")->titles, "Phó Chủ tịch HĐND tỉnh"));
  g_assert_true (has_string (find_official (out, "Hà Văn Lập")->titles, "Phó Bí thư Tỉnh ủy"));
  g_assert_true (has_string (find_official (out, "Giàng Seo Phử")->titles, "Phó Bí thư Tỉnh ủy"));
  g_assert_true (has_string (find_official (out, "Mùa A Páo")->titles, "Chủ tịch UBND xã"));
}

static void
test_officials_ambiguous_apposition (void)
{
  /* "Giám đốc …" set off by commas before "TS Phí Văn Bình" is Phí's, not Lý's; in a list
   * each keeps its own */
  g_autoptr(DiemExtraction) out = extract_text (
    "Phó Chủ tịch UBND tỉnh Lý Văn An, Giám đốc Sở Tài chính, TS Phí Văn Bình đã tặng hoa. "
    "Có mặt ông Hồ Văn Cường – Trưởng Ban Dân vận Tỉnh ủy, ông Thái Văn Dũng – Bí thư Tỉnh đoàn.");
  const DiemOfficial *an = find_official (out, "Lý Văn An");

  g_assert_nonnull (an);
  g_assert_cmpuint (an->titles->len, ==, 1);
  g_assert_true (has_string (an->titles, "Phó Chủ tịch UBND tỉnh"));
  g_assert_true (has_string (find_official (out, "Phí Văn Bình")->titles, "Giám đốc Sở Tài chính"));
  g_assert_true (has_string (find_official (out, "Hồ Văn Cường")->titles, "Trưởng Ban Dân vận Tỉnh ủy"));
  g_assert_true (has_string (find_official (out, "Thái Văn Dũng")->titles, "Bí thư Tỉnh đoàn"));
}

static void
test_officials_chain_stops_at_clause (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Giám đốc Sở Nội vụ, ông Từ Văn Khoa đã tặng hoa chúc mừng tân Hiệu trưởng Nghiêm Thị Lan. "
    "Ông Cao Văn Mạnh được điều động, bổ nhiệm giữ chức vụ Phó trưởng Ban Kinh tế Trung ương. "
    "Bộ trưởng Ung Văn Nhàn bổ nhiệm giữ chức Vụ trưởng đối với ông Hứa Văn Oanh.");
  const DiemOfficial *lan = find_official (out, "Nghiêm Thị Lan");
  const DiemOfficial *nhan = find_official (out, "Ung Văn Nhàn");

  g_assert_nonnull (lan);
  g_assert_cmpuint (lan->titles->len, ==, 1);
  g_assert_true (has_string (lan->titles, "Hiệu trưởng"));
  g_assert_true (has_string (find_official (out, "Cao Văn Mạnh")->titles, "Phó trưởng Ban Kinh tế Trung ương"));
  /* the appointer does not take the post he appoints to */
  g_assert_nonnull (nhan);
  g_assert_cmpuint (nhan->titles->len, ==, 1);
  g_assert_true (has_string (nhan->titles, "Bộ trưởng"));
}

static void
test_officials_acting_and_trainee (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Phát biểu tại buổi lễ, ông Đậu Văn Tâm, Quyền Chủ tịch UBND tỉnh, đánh giá cao. "
    "Bà Thiều Thị Hoa, tập sự Phó Vụ trưởng Vụ Tổng hợp, dự họp. Ông Mạc Văn Hưng được giao quyền Giám đốc Sở Xây dựng.");

  g_assert_true (has_string (find_official (out, "Đậu Văn Tâm")->titles, "Quyền Chủ tịch UBND tỉnh"));
  g_assert_true (has_string (find_official (out, "Thiều Thị Hoa")->titles, "tập sự Phó Vụ trưởng Vụ Tổng hợp"));
  g_assert_true (has_string (find_official (out, "Mạc Văn Hưng")->titles, "quyền Giám đốc Sở Xây dựng"));
}

static void
test_officials_list_shares_trailing_titles (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Thủ tướng phê chuẩn kết quả bầu đối với: ông Lò Văn Khánh, ông Quàng Văn Bình, ông Cầm Bá Xuân, "
    "Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh. Ông Lò Văn Tiến, ông Cầm Văn Hạnh đã đến dự.");

  g_assert_true (has_string (find_official (out, "Lò Văn Khánh")->titles, "Tỉnh ủy viên"));
  g_assert_true (has_string (find_official (out, "Lò Văn Khánh")->titles, "Phó Chủ tịch UBND tỉnh"));
  g_assert_true (has_string (find_official (out, "Cầm Bá Xuân")->titles, "Phó Chủ tịch UBND tỉnh"));
  /* a list with no titles after it makes nobody an official */
  g_assert_null (find_official (out, "Lò Văn Tiến"));
  g_assert_null (find_official (out, "Cầm Văn Hạnh"));
}

static void
test_officials_title_set_off_by_comma (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Tại hội nghị, Chủ tịch HĐQT Tập đoàn Hòa Phát, Trần Đình Long, đề xuất nhiều giải pháp. "
    "Theo Giám đốc Sở Y tế, ông Lưu Văn Thành sẽ nghỉ. "
    "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Tạ Văn Hạ phát biểu. "
    "Ông Trịnh Văn Sơn, nguyên Chính trị viên Tiểu đoàn 3, Trung đoàn 8, Sư đoàn 31, kể lại.");

  g_assert_true (has_string (find_official (out, "Trần Đình Long")->titles, "Chủ tịch HĐQT Tập đoàn Hòa Phát"));
  /* "Theo …" makes the office the source of the news, not the name after it */
  g_assert_null (find_official (out, "Lưu Văn Thành"));
  g_assert_true (has_string (find_official (out, "Tạ Văn Hạ")->titles, "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch"));
  g_assert_true (has_string (find_official (out, "Trịnh Văn Sơn")->titles,
                             "nguyên Chính trị viên Tiểu đoàn 3, Trung đoàn 8, Sư đoàn 31"));
}

static void
test_officials_passive_office_verbs (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Ông Hầu Văn Lộc được Thủ tướng Chính phủ điều động làm Thứ trưởng Bộ Xây dựng. "
    "Hội đồng do ông Phùng Văn Mạnh chủ trì đã bầu làm Chủ tịch một người khác.");

  g_assert_true (has_string (find_official (out, "Hầu Văn Lộc")->titles, "Thứ trưởng Bộ Xây dựng"));
  g_assert_null (find_official (out, "Phùng Văn Mạnh"));
}

static void
test_officials_commune_is_a_place (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Chủ tịch UBND xã Đồng Tâm Lã Văn Kỳ phát biểu. Bí thư Đảng ủy phường Tân Mai, ông Mai Văn Luân dự. "
    "Phó Chủ tịch UBND tỉnh Huỳnh Mẫn dự lễ.");

  g_assert_null (find_official (out, "Đồng Tâm"));
  g_assert_null (find_official (out, "Tân Mai"));
  g_assert_true (has_string (find_official (out, "Lã Văn Kỳ")->titles, "Chủ tịch UBND xã Đồng Tâm"));
  g_assert_true (has_string (find_official (out, "Mai Văn Luân")->titles, "Bí thư Đảng ủy phường Tân Mai"));
  /* after "tỉnh" the place list decides: a two-word name is still a name */
  g_assert_nonnull (find_official (out, "Huỳnh Mẫn"));
}

static void
test_officials_no_list_after_possessive (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Người tiền nhiệm của bà Khổng Thị Hằng, ông Lục Văn Tâm, nguyên Vụ trưởng Vụ Pháp chế đã được điều động, "
    "bổ nhiệm giữ chức vụ Phó trưởng Ban Tổ chức. "
    "Có mặt ông Tô Văn Bảy – Trưởng Ban Đối ngoại, ông Lý Văn Cường – Bí thư Tỉnh đoàn.");
  const DiemOfficial *tam = find_official (out, "Lục Văn Tâm");
  const DiemOfficial *cuong = find_official (out, "Lý Văn Cường");

  g_assert_null (find_official (out, "Khổng Thị Hằng"));
  g_assert_nonnull (tam);
  g_assert_true (has_string (tam->titles, "nguyên Vụ trưởng Vụ Pháp chế"));
  g_assert_true (has_string (tam->titles, "Phó trưởng Ban Tổ chức"));
  g_assert_nonnull (cuong);
  g_assert_cmpuint (cuong->titles->len, ==, 1);
  g_assert_true (has_string (cuong->titles, "Bí thư Tỉnh đoàn"));
}

static void
test_officials_foreign_leaders (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Tổng thống Pháp Jean Dupont thăm Hà Nội. Thủ tướng Nhật Bản Sato Kenji phát biểu. "
    "Chủ tịch Quốc hội Lào Somsak Vongsa hội đàm. Đoàn đại biểu Hoa Kỳ Mark Lee đến. "
    "Bộ trưởng Bộ Y tế Hà Nội Sáng Tạo. Chủ tịch Cuba Pedro Ruiz-Alvarado Peña tiếp đoàn. "
    "Giải V-League Phạm Văn Tùng làm Chủ tịch.");

  g_assert_true (has_string (find_official (out, "Jean Dupont")->titles, "Tổng thống Pháp"));
  /* a hyphen with no space either side joins two parts of a name, but not an initial */
  g_assert_true (has_string (find_official (out, "Pedro Ruiz-Alvarado Peña")->titles, "Chủ tịch Cuba"));
  g_assert_nonnull (find_official (out, "Phạm Văn Tùng"));
  g_assert_true (has_string (find_official (out, "Sato Kenji")->titles, "Thủ tướng Nhật Bản"));
  g_assert_true (has_string (find_official (out, "Somsak Vongsa")->titles, "Chủ tịch Quốc hội Lào"));
  /* no office before the country: no official; no country: no foreign name */
  g_assert_null (find_official (out, "Mark Lee"));
  g_assert_null (find_official (out, "Sáng Tạo"));
}

static void
test_officials_a_list_of_foreign_offices (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Tổng thống Obrenko, Thủ tướng Pavel Dranov, Ủy viên Hội đồng An ninh, dự lễ.");
  const DiemOfficial *dranov = find_official (out, "Pavel Dranov");

  /* the office before the first comma holds its own foreign name */
  g_assert_nonnull (dranov);
  g_assert_cmpuint (dranov->titles->len, ==, 2);
  g_assert_true (has_string (dranov->titles, "Thủ tướng"));
  g_assert_true (has_string (dranov->titles, "Ủy viên Hội đồng An ninh"));
}

static void
test_officials_a_fund_named_after_someone (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Dự lễ có bà Đinh Thị Thu, Chủ tịch Quỹ Học bổng Lý Tự Trọng, và Thượng tá Vàng Seo Dín, "
    "Chính trị viên Đồn Biên phòng Lũng Cú.");
  const DiemOfficial *thu = find_official (out, "Đinh Thị Thu");

  /* the fund's name is no person, and its office is hers */
  g_assert_nonnull (thu);
  g_assert_true (has_string (thu->titles, "Chủ tịch Quỹ Học bổng Lý Tự Trọng"));
  g_assert_null (find_official (out, "Lý Tự Trọng"));
  /* a Hmong family name */
  g_assert_true (has_string (find_official (out, "Vàng Seo Dín")->titles, "Chính trị viên Đồn Biên phòng Lũng Cú"));
}

static void
test_officials_both_are (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Bà Tiêu Thị Nga (SN 1973) và ông Doãn Văn Huy, đều là Phó Giám đốc Sở Công Thương, nhận quyết định. "
    "Ông Ung Văn Tư và ông Lữ Văn Năm, Chủ tịch UBND huyện, cùng dự.");

  g_assert_true (has_string (find_official (out, "Tiêu Thị Nga")->titles, "Phó Giám đốc Sở Công Thương"));
  g_assert_true (has_string (find_official (out, "Doãn Văn Huy")->titles, "Phó Giám đốc Sở Công Thương"));
  /* without "đều là" the title after the last name is only that name's */
  g_assert_null (find_official (out, "Ung Văn Tư"));
  g_assert_true (has_string (find_official (out, "Lữ Văn Năm")->titles, "Chủ tịch UBND huyện"));
}

static void
test_officials_one_office_two_spellings (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Thứ trưởng Bộ Lao động - Thương binh và Xã hội Mạc Văn Toàn dự. Thứ trưởng Bộ LĐ-TB&XH Mạc Văn Toàn phát biểu. "
    "Ủy viên Trung ương Đảng Châu Văn Tín dự. Uỷ viên Trung ương Đảng Châu Văn Tín phát biểu.");

  g_assert_cmpuint (find_official (out, "Mạc Văn Toàn")->titles->len, ==, 1);
  g_assert_cmpuint (find_official (out, "Châu Văn Tín")->titles->len, ==, 1);
}

static void
test_officials_and_inside_organisation (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Dự có Thứ trưởng Bộ Lao động - Thương binh và Xã hội (LĐ-TB&XH) Đào Văn Mão. "
    "Bộ trưởng Bộ Kế hoạch và Đầu tư Lưu Văn Cảnh phát biểu. "
    "Chủ tịch nước và Thủ tướng Chính phủ Lạc Văn Bình dự. "
    "Gồm ông Thạch Văn Sang, Ủy viên Ban Thường vụ Tỉnh ủy và Danh Văn Sơn, Tỉnh ủy viên. "
    "Ông Kiều Văn Lâm với vai trò là Trưởng ban Tổ chức đã phát biểu.");
  const DiemOfficial *binh = find_official (out, "Lạc Văn Bình");

  g_assert_true (has_string (find_official (out, "Đào Văn Mão")->titles, "Thứ trưởng Bộ Lao động - Thương binh và Xã hội"));
  g_assert_true (has_string (find_official (out, "Lưu Văn Cảnh")->titles, "Bộ trưởng Bộ Kế hoạch và Đầu tư"));
  /* "và" before an office joins two people's offices */
  g_assert_nonnull (binh);
  g_assert_cmpuint (binh->titles->len, ==, 1);
  g_assert_true (has_string (binh->titles, "Thủ tướng Chính phủ"));
  g_assert_true (has_string (find_official (out, "Thạch Văn Sang")->titles, "Ủy viên Ban Thường vụ Tỉnh ủy"));
  g_assert_true (has_string (find_official (out, "Danh Văn Sơn")->titles, "Tỉnh ủy viên"));
  g_assert_true (has_string (find_official (out, "Kiều Văn Lâm")->titles, "Trưởng ban Tổ chức"));
}

static void
test_officials_place_after_office_verb (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Ông Đỗ Mạnh Hùng tái đắc cử Bí thư Huyện ủy Hoàng Su Lìn. Bí thư Huyện ủy Hoàng Văn Thái phát biểu.");
  const DiemOfficial *hung = find_official (out, "Đỗ Mạnh Hùng");

  g_assert_null (find_official (out, "Hoàng Su Lìn"));
  g_assert_nonnull (hung);
  g_assert_true (has_string (hung->titles, "Bí thư Huyện ủy Hoàng Su Lìn"));
  /* without an office verb and its subject, the name after the office is a person */
  g_assert_true (has_string (find_official (out, "Hoàng Văn Thái")->titles, "Bí thư Huyện ủy"));
}

static void
test_officials_counted_list_with_term (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Thủ tướng phê chuẩn kết quả bầu hai Phó Chủ tịch UBND tỉnh, nhiệm kỳ 2021-2026, gồm các ông: "
    "Tăng Văn Phú, Ủy viên Ban Thường vụ Tỉnh ủy và Mã Văn Quý, Tỉnh ủy viên.");
  const DiemOfficial *phu = find_official (out, "Tăng Văn Phú");
  const DiemOfficial *quy = find_official (out, "Mã Văn Quý");

  g_assert_nonnull (phu);
  g_assert_cmpuint (phu->titles->len, ==, 2);
  g_assert_true (has_string (phu->titles, "Phó Chủ tịch UBND tỉnh"));
  g_assert_true (has_string (phu->titles, "Ủy viên Ban Thường vụ Tỉnh ủy"));
  g_assert_nonnull (quy);
  g_assert_cmpuint (quy->titles->len, ==, 2);
  g_assert_true (has_string (quy->titles, "Tỉnh ủy viên"));
}

static void
test_officials_ministerial_title (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Dự có nguyên Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Đoàn Văn Giao. "
    "Ông Khúc Văn Tình, Bí thư, Tỉnh trưởng tỉnh Sê Kông, phát biểu.");
  const DiemOfficial *giao = find_official (out, "Đoàn Văn Giao");
  const DiemOfficial *tinh = find_official (out, "Khúc Văn Tình");

  g_assert_nonnull (giao);
  g_assert_cmpuint (giao->titles->len, ==, 1);
  g_assert_true (has_string (giao->titles, "nguyên Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ"));
  /* other bare offices stay titles of their own */
  g_assert_nonnull (tinh);
  g_assert_cmpuint (tinh->titles->len, ==, 2);
  g_assert_true (has_string (tinh->titles, "Bí thư"));
}

/* "dự" (attends) ends a title, while "dự án" inside one does not; an Ê Đê name of five
 * words is one name. */
static void
test_officials_attends_and_long_ede_name (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Bà Ksor H'Blơn, Phó Chủ tịch UBND huyện Krông Pa dự buổi lễ. "
    "Ông Y Wang Mlô Duân, Giám đốc Ban Quản lý dự án giao thông tỉnh phát biểu.");
  const DiemOfficial *vice = find_official (out, "Ksor H'Blơn");
  const DiemOfficial *director = find_official (out, "Y Wang Mlô Duân");

  g_assert_nonnull (vice);
  g_assert_cmpuint (vice->titles->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (vice->titles, 0), ==, "Phó Chủ tịch UBND huyện Krông Pa");
  g_assert_nonnull (director);
  g_assert_cmpuint (director->titles->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (director->titles, 0), ==, "Giám đốc Ban Quản lý dự án giao thông tỉnh");
}

/* A unit named by the kind of place it serves completes the title after a comma. */
static void
test_officials_unit_of_a_place_after_comma (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Trung tá Hoàng Văn Khải, Đội trưởng Đội Cảnh sát giao thông, Công an huyện phát biểu.");
  const DiemOfficial *officer = find_official (out, "Hoàng Văn Khải");

  g_assert_nonnull (officer);
  g_assert_cmpuint (officer->titles->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (officer->titles, 0), ==, "Đội trưởng Đội Cảnh sát giao thông, Công an huyện");
}

/* A capitalised office right after a name, without a comma, is the name's title; a
 * lower-case word after a name is not an office. */
static void
test_officials_title_after_name_without_comma (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Ông Đặng Quốc Thịnh Phó Chủ tịch UBND huyện Tuy An phát biểu tại buổi lễ. "
    "Bà Mai Thị Hạnh chủ trì cuộc họp.");
  const DiemOfficial *thinh = find_official (out, "Đặng Quốc Thịnh");

  g_assert_nonnull (thinh);
  g_assert_null (find_official (out, "Đặng Quốc Thịnh Phó"));
  g_assert_cmpuint (thinh->titles->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (thinh->titles, 0), ==, "Phó Chủ tịch UBND huyện Tuy An");
  g_assert_null (find_official (out, "Mai Thị Hạnh"));
}

/* Foreign names the family-name list cannot know: hyphenated syllables after an office
 * and its country, a post abroad ("Đại sứ X tại Y"), and a name after a form of address
 * with its office in apposition. */
static void
test_officials_foreign_names (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Thủ tướng Lào Bun-thoong Xỉ-xu-lít tiếp đoàn. "
    "Đại sứ Canada tại Việt Nam Peter Brown dự lễ. "
    "Bà Nguyễn Thu Lan, Đại sứ Việt Nam tại Nhật Bản, phát biểu. "
    "Đồng chí Xổm-phết Pha-lăn (Lò Văn Tả) - Phó Tỉnh trưởng tỉnh Sê Kông và đồng chí Bun Mi - "
    "Bí thư Huyện ủy dự lễ. "
    "Ông Bình, Chủ tịch UBND xã, nói. Ông Hà Nội Mới, Giám đốc công ty, nói. "
    "Giám đốc Sở Y tế tại Hà Nội Trương Văn Quý phát biểu. Ông John Smith đến thăm.");
  const DiemOfficial *official;

  g_assert_true (has_string (find_official (out, "Bun-thoong Xỉ-xu-lít")->titles, "Thủ tướng Lào"));
  g_assert_true (has_string (find_official (out, "Peter Brown")->titles, "Đại sứ Canada tại Việt Nam"));
  g_assert_true (has_string (find_official (out, "Nguyễn Thu Lan")->titles, "Đại sứ Việt Nam tại Nhật Bản"));
  official = find_official (out, "Xổm-phết Pha-lăn");
  g_assert_nonnull (official);
  g_assert_cmpuint (official->titles->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (official->titles, 0), ==, "Phó Tỉnh trưởng tỉnh Sê Kông");
  g_assert_true (has_string (find_official (out, "Bun Mi")->titles, "Bí thư Huyện ủy"));
  /* one word, a place, no office after the name: no official; "tại" ends other offices */
  g_assert_null (find_official (out, "Bình"));
  g_assert_null (find_official (out, "Hà Nội Mới"));
  g_assert_null (find_official (out, "John Smith"));
  for (guint i = 0; i < out->officials->len; i++)
    {
      official = g_ptr_array_index (out->officials, i);
      for (guint t = 0; t < official->titles->len; t++)
        g_assert_null (strstr (g_ptr_array_index (official->titles, t), "tại Hà Nội"));
    }
}

/* The copula states the subject's office ("A hiện là Giám đốc …"); an office after "là"
 * in another clause, or after "là con trai của", is not the subject's. */
static void
test_officials_copula (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Ông Tạ Quang Vinh hiện là Giám đốc Sở Nội vụ tỉnh Phú Yên. "
    "Bà Kha Thị Mến cũng đang là Phó Chủ tịch UBND huyện. "
    "Ông Tăng Văn Lực cho biết người chịu trách nhiệm là Chủ tịch UBND xã. "
    "Ông Mạc Văn Tư là con trai của Chủ tịch UBND xã. Người phát biểu là ông Thái Văn Hải.");

  g_assert_true (has_string (find_official (out, "Tạ Quang Vinh")->titles, "Giám đốc Sở Nội vụ tỉnh Phú Yên"));
  g_assert_true (has_string (find_official (out, "Kha Thị Mến")->titles, "Phó Chủ tịch UBND huyện"));
  g_assert_null (find_official (out, "Tăng Văn Lực"));
  g_assert_null (find_official (out, "Mạc Văn Tư"));
  g_assert_null (find_official (out, "Thái Văn Hải"));
}

/* A form of address and the last word of one full name read earlier ("ông Tùng") stand
 * for that person, whose office may then be given in another sentence; two people with
 * that last word, or a word that begins a term ("Thủ tướng Chính phủ"), give nothing. */
static void
test_officials_short_reference_titles (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Ông Đoàn Văn Tường cho biết dự án sắp xong. Ông Tường hiện là Giám đốc Sở Xây dựng. "
    "Bà Lương Thị Duyên dự. Theo bà Duyên, Phó Giám đốc Sở Tư pháp, hồ sơ đã đủ. "
    "Ông Phan Văn Lâm và ông Vũ Đức Lâm đến. Ông Lâm là Chủ tịch UBND xã. "
    "Bà Bùi Thị Chính phát biểu. Thủ tướng Chính phủ cùng các Phó Thủ tướng Chính phủ kiểm tra.");

  g_assert_true (has_string (find_official (out, "Đoàn Văn Tường")->titles, "Giám đốc Sở Xây dựng"));
  g_assert_true (has_string (find_official (out, "Lương Thị Duyên")->titles, "Phó Giám đốc Sở Tư pháp"));
  g_assert_null (find_official (out, "Phan Văn Lâm"));
  g_assert_null (find_official (out, "Vũ Đức Lâm"));
  g_assert_null (find_official (out, "Bùi Thị Chính"));
}

/* "Y" opens Ê Đê names, but after the term of a school it is the school's field, and
 * before a place it names no one. */
static void
test_officials_y_is_a_field_after_a_school (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "PGS.TS Đỗ Văn Năm, Hiệu trưởng Trường Đại học Y Hà Nội, phát biểu. "
    "Ông Y Khoa Niê, Phó Chủ tịch UBND huyện, dự.");
  const DiemOfficial *nam = find_official (out, "Đỗ Văn Năm");

  g_assert_nonnull (nam);
  g_assert_true (has_string (nam->titles, "Hiệu trưởng Trường Đại học Y Hà Nội"));
  g_assert_null (find_official (out, "Y Hà Nội"));
  g_assert_nonnull (find_official (out, "Y Khoa Niê"));
}

/* "trao quyết định bổ nhiệm chức vụ X cho bà A": the office is A's, not the presenter's;
 * "A bổ nhiệm X" makes A the one who appoints. */
static void
test_officials_appointed_after_cho (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Bộ trưởng Bộ Nội vụ Đàm Văn Kiên trao quyết định bổ nhiệm chức vụ Vụ trưởng Vụ Pháp chế cho bà "
    "Quách Thị Hoa. Ông Lạc Văn Một bổ nhiệm Phó Giám đốc Sở Y tế.");
  const DiemOfficial *kien = find_official (out, "Đàm Văn Kiên");
  const DiemOfficial *hoa = find_official (out, "Quách Thị Hoa");

  g_assert_nonnull (kien);
  g_assert_cmpuint (kien->titles->len, ==, 1);
  g_assert_nonnull (hoa);
  g_assert_cmpuint (hoa->titles->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (hoa->titles, 0), ==, "Vụ trưởng Vụ Pháp chế");
  g_assert_null (find_official (out, "Lạc Văn Một"));
}

/* ", kiêm" chains one more office in apposition, and an honour after it is no part of it. */
static void
test_officials_comma_kiem_and_honour_after (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Phó Thủ tướng trao tặng đồng chí Tạ Văn Bình, nguyên Thứ trưởng Bộ Ngoại giao, kiêm Chủ nhiệm "
    "Ủy ban Biên giới quốc gia Huân chương Lao động hạng Nhì.");
  const DiemOfficial *binh = find_official (out, "Tạ Văn Bình");

  g_assert_nonnull (binh);
  g_assert_cmpuint (binh->titles->len, ==, 2);
  g_assert_true (has_string (binh->titles, "nguyên Thứ trưởng Bộ Ngoại giao"));
  g_assert_true (has_string (binh->titles, "Chủ nhiệm Ủy ban Biên giới quốc gia"));
}

/* A head of state or government, or a foreign minister, written right before a name of
 * foreign spelling is that person's office, with no country between; a run of
 * Vietnamese syllables after such an office is a body, not a name. */
static void
test_officials_leader_without_country (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Tổng thống Jacques Moreau đã tiếp đoàn. Ngoại trưởng Hamid Karzouni phát biểu. "
    "Thủ tướng Chính phủ chủ trì cuộc họp. Tổng thống Zimbabwe Tendai Moyo dự lễ.");
  const DiemOfficial *moreau = find_official (out, "Jacques Moreau");
  const DiemOfficial *karzouni = find_official (out, "Hamid Karzouni");
  const DiemOfficial *moyo = find_official (out, "Tendai Moyo");

  g_assert_nonnull (moreau);
  g_assert_true (has_string (moreau->titles, "Tổng thống"));
  g_assert_nonnull (karzouni);
  g_assert_true (has_string (karzouni->titles, "Ngoại trưởng"));
  g_assert_nonnull (moyo);
  g_assert_true (has_string (moyo->titles, "Tổng thống Zimbabwe"));
  g_assert_null (find_official (out, "Chính phủ"));
  g_assert_null (find_official (out, "Zimbabwe Tendai Moyo"));
}

static void
test_officials_rare_family_name_before_thi (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Phó Chủ tịch UBND huyện Mường Khương Sần Thị Lự dự buổi lễ. "
    "Thị trấn Phong Thổ có thêm trường mới.");
  const DiemOfficial *official = find_official (out, "Sần Thị Lự");

  g_assert_nonnull (official);
  g_assert_cmpstr (g_ptr_array_index (official->titles, 0), ==, "Phó Chủ tịch UBND huyện Mường Khương");
  g_assert_cmpuint (out->officials->len, ==, 1);
}

static void
test_officials_family_names_uong_and_tong_and_a_city_after_tp (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Phó Chủ tịch Quốc hội Uông Văn Thịnh dự lễ. Giám đốc Sở Tư pháp Tống Thị Hằng báo cáo. "
    "Chủ tịch UBND TP. Uông Bí Lê Đình Phú phát biểu.");
  const DiemOfficial *uong = find_official (out, "Uông Văn Thịnh");
  const DiemOfficial *tong = find_official (out, "Tống Thị Hằng");
  const DiemOfficial *mayor = find_official (out, "Lê Đình Phú");

  g_assert_nonnull (uong);
  g_assert_cmpstr (g_ptr_array_index (uong->titles, 0), ==, "Phó Chủ tịch Quốc hội");
  g_assert_nonnull (tong);
  g_assert_cmpstr (g_ptr_array_index (tong->titles, 0), ==, "Giám đốc Sở Tư pháp");
  /* after "TP." a city opens the run: it is no person */
  g_assert_nonnull (mayor);
  g_assert_cmpstr (g_ptr_array_index (mayor->titles, 0), ==, "Chủ tịch UBND TP. Uông Bí");
  g_assert_null (find_official (out, "Uông Bí"));
}

/* a district between the office and the name is the office's; a family name then a
 * district's syllables is still a person ("Vũ Quang Hùng", not the district Vũ Quang) */
static void
test_officials_a_district_ends_the_title (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Bí thư Huyện ủy Gia Lâm Kha Văn Dậu phát biểu. Bí thư Thị ủy Cửa Lò Tạ Minh Khôi dự lễ. "
    "Giám đốc Sở Xây dựng Vũ Quang Hưng báo cáo.");
  const DiemOfficial *dau = find_official (out, "Kha Văn Dậu");
  const DiemOfficial *khoi = find_official (out, "Tạ Minh Khôi");
  const DiemOfficial *hung = find_official (out, "Vũ Quang Hưng");

  g_assert_nonnull (dau);
  g_assert_cmpstr (g_ptr_array_index (dau->titles, 0), ==, "Bí thư Huyện ủy Gia Lâm");
  g_assert_nonnull (khoi);
  g_assert_cmpstr (g_ptr_array_index (khoi->titles, 0), ==, "Bí thư Thị ủy Cửa Lò");
  g_assert_nonnull (hung);
  g_assert_cmpstr (g_ptr_array_index (hung->titles, 0), ==, "Giám đốc Sở Xây dựng");
}

static void
test_officials_a_leader_named_as_a_city_is_no_title (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Dâng hương tưởng niệm Chủ tịch Hồ Chí Minh, Bí thư Tỉnh ủy Đào Văn Lực bày tỏ lòng biết ơn. "
    "Chủ tịch UBND TP Hồ Chí Minh Lâm Quang Tâm cũng dự lễ.");
  const DiemOfficial *secretary = find_official (out, "Đào Văn Lực");
  const DiemOfficial *mayor = find_official (out, "Lâm Quang Tâm");

  g_assert_nonnull (secretary);
  g_assert_cmpuint (secretary->titles->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (secretary->titles, 0), ==, "Bí thư Tỉnh ủy");
  /* after its kind, the city */
  g_assert_nonnull (mayor);
  g_assert_cmpstr (g_ptr_array_index (mayor->titles, 0), ==, "Chủ tịch UBND TP Hồ Chí Minh");
}

/* One office named by its term and by its place is one title, the place's */
static void
test_officials_one_office_by_term_and_by_place (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Ông Hà Văn Lục tái đắc cử Bí thư Huyện ủy Mường Tè. Ông Hà Văn Lục, Bí thư Huyện ủy khóa XX, "
    "được bầu làm Bí thư XXI. Ông Vũ Tiến Năm, Chủ tịch VCCI, dự đại hội.");
  const DiemOfficial *luc = find_official (out, "Hà Văn Lục");
  const DiemOfficial *nam = find_official (out, "Vũ Tiến Năm");

  g_assert_nonnull (luc);
  g_assert_cmpuint (luc->titles->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (luc->titles, 0), ==, "Bí thư Huyện ủy Mường Tè");
  /* an acronym in Roman letters is no term */
  g_assert_nonnull (nam);
  g_assert_true (has_string (nam->titles, "Chủ tịch VCCI"));
}

/* "bổ nhiệm ông A làm B": B is A's office, not the appointer's */
static void
test_officials_appointed_to_serve_as (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "UBND tỉnh Lạng Sơn bổ nhiệm ông Hoàng Văn Nhất làm Phó Giám đốc Sở Tài chính.");
  const DiemOfficial *nhat = find_official (out, "Hoàng Văn Nhất");

  g_assert_nonnull (nhat);
  g_assert_cmpuint (nhat->titles->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (nhat->titles, 0), ==, "Phó Giám đốc Sở Tài chính");
}

static void
test_officials_an_aide_and_whose_aide (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Trợ lý Bộ trưởng Ngoại giao Phan Minh Tâm tiếp đoàn. Thủ tướng Chính phủ bổ nhiệm ông Lưu "
    "Quang Vinh, Thư ký đồng chí Hà Thế Duy, Ủy viên Trung ương Đảng, Phó Thủ tướng Chính phủ, giữ "
    "chức Trợ lý đồng chí Hà Thế Duy, Ủy viên Trung ương Đảng, Phó Thủ tướng Chính phủ. Ông Vi "
    "Văn Cường, Thư ký đồng chí Đinh Văn Hòa, được điều động.");
  const DiemOfficial *served = find_official (out, "Đinh Văn Hòa");
  const DiemOfficial *aide = find_official (out, "Phan Minh Tâm");
  const DiemOfficial *boss = find_official (out, "Hà Thế Duy");

  g_assert_nonnull (aide);
  g_assert_cmpstr (g_ptr_array_index (aide->titles, 0), ==, "Trợ lý Bộ trưởng Ngoại giao");
  /* a title never holds its holder's own name */
  for (guint i = 0; boss != NULL && i < boss->titles->len; i++)
    g_assert_null (strstr (g_ptr_array_index (boss->titles, i), "Hà Thế Duy"));
  /* nor is the aide's post the one served's */
  for (guint i = 0; served != NULL && i < served->titles->len; i++)
    g_assert_null (strstr (g_ptr_array_index (served->titles, i), "Thư ký"));
}

/* "Trung ương Đoàn" is the Youth Union's central committee: "Đoàn" before a whole name
 * is the body's word, not the family name; a middle name after it says it is one */
static void
test_officials_the_youth_unions_central_committee (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Bí thư thứ nhất Trung ương Đoàn Hà Minh Khôi dự lễ. Nguyên Bí thư Trung ương Đoàn Vũ Tân "
    "cũng có mặt. Ủy viên Trung ương Đoàn Văn Sỹ phát biểu.");
  const DiemOfficial *khoi = find_official (out, "Hà Minh Khôi");
  const DiemOfficial *tan = find_official (out, "Vũ Tân");
  const DiemOfficial *sy = find_official (out, "Đoàn Văn Sỹ");

  g_assert_nonnull (khoi);
  g_assert_true (has_string (khoi->titles, "Bí thư thứ nhất Trung ương Đoàn"));
  g_assert_null (find_official (out, "Đoàn Hà Minh Khôi"));
  g_assert_nonnull (tan);
  g_assert_true (has_string (tan->titles, "Nguyên Bí thư Trung ương Đoàn"));
  g_assert_nonnull (sy);
  g_assert_true (has_string (sy->titles, "Ủy viên Trung ương"));
}

/* "A, Title, B, Title2": a title between two names is the apposition of the one before
 * it, also behind a year of birth; it is no title of the name after it */
static void
test_officials_a_title_between_two_names_is_the_first_ones (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Các bị cáo gồm Đặng Văn Lợi, SN 1961, cựu Phó Giám đốc Sở Xây dựng, Vương Thị Nhàn, SN 1970, "
    "cựu Trưởng phòng Kế hoạch. Dự họp có ông Kha Minh Triết, Chủ tịch Hội đồng quản trị Tập đoàn Sông Lam, "
    "ông Hứa Văn Lạc, Tổng giám đốc Công ty Trà Xanh.");
  const DiemOfficial *loi = find_official (out, "Đặng Văn Lợi");
  const DiemOfficial *nhan = find_official (out, "Vương Thị Nhàn");
  const DiemOfficial *triet = find_official (out, "Kha Minh Triết");
  const DiemOfficial *lac = find_official (out, "Hứa Văn Lạc");

  g_assert_nonnull (loi);
  g_assert_true (has_string (loi->titles, "cựu Phó Giám đốc Sở Xây dựng"));
  g_assert_nonnull (nhan);
  g_assert_cmpuint (nhan->titles->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (nhan->titles, 0), ==, "cựu Trưởng phòng Kế hoạch");
  g_assert_nonnull (triet);
  g_assert_true (has_string (triet->titles, "Chủ tịch Hội đồng quản trị Tập đoàn Sông Lam"));
  g_assert_nonnull (lac);
  g_assert_cmpuint (lac->titles->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (lac->titles, 0), ==, "Tổng giám đốc Công ty Trà Xanh");
}

/* "tháp tùng" (accompanies) is a verb between two people, and "khác" (other) ends a
 * title shared by a list */
static void
test_officials_accompanying_and_the_other_deputies (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Thứ trưởng Ngoại giao Đinh Quang Vũ tháp tùng Chủ tịch nước Lạc Văn Thuận thăm nhà máy. "
    "Hai phó giám đốc Sở khác là ông Tạ Minh Hào và bà Lưu Thị Yến.");
  const DiemOfficial *thuan = find_official (out, "Lạc Văn Thuận");
  const DiemOfficial *hao = find_official (out, "Tạ Minh Hào");

  g_assert_nonnull (thuan);
  g_assert_cmpuint (thuan->titles->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (thuan->titles, 0), ==, "Chủ tịch nước");
  g_assert_nonnull (hao);
  g_assert_true (has_string (hao->titles, "phó giám đốc Sở"));
  g_assert_true (has_string (find_official (out, "Lưu Thị Yến")->titles, "phó giám đốc Sở"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/extract-officials/title-before-name", test_officials_title_before_name);
  g_test_add_func ("/extract-officials/appointed-to-serve-as", test_officials_appointed_to_serve_as);
  g_test_add_func ("/extract-officials/one-office-by-term-and-by-place", test_officials_one_office_by_term_and_by_place);
  g_test_add_func ("/extract-officials/place-before-name", test_officials_place_before_name);
  g_test_add_func ("/extract-officials/apposition-list", test_officials_apposition_list);
  g_test_add_func ("/extract-officials/kiem-and-former", test_officials_kiem_and_former);
  g_test_add_func ("/extract-officials/rank-and-no-office", test_officials_rank_and_no_office);
  g_test_add_func ("/extract-officials/mentions", test_officials_mentions);
  g_test_add_func ("/extract-officials/title-merge", test_officials_title_merge);
  g_test_add_func ("/extract-officials/hostile-names", test_officials_hostile_names);
  g_test_add_func ("/extract-officials/old-tone-placement", test_officials_old_tone_placement);
  g_test_add_func ("/extract-officials/title-stops-at-verb", test_officials_title_stops_at_verb);
  g_test_add_func ("/extract-officials/office-verbs", test_officials_office_verbs);
  g_test_add_func ("/extract-officials/office-verb-other-clause", test_officials_office_verb_other_clause);
  g_test_add_func ("/extract-officials/shared-title-list", test_officials_shared_title_list);
  g_test_add_func ("/extract-officials/not-the-acting-for", test_officials_not_the_acting_for);
  g_test_add_func ("/extract-officials/unit-after-comma", test_officials_unit_after_comma);
  g_test_add_func ("/extract-officials/aside-and-dash-inside", test_officials_aside_and_dash_inside);
  g_test_add_func ("/extract-officials/short-form-merged", test_officials_short_form_merged);
  g_test_add_func ("/extract-officials/nested-shared-lists", test_officials_nested_shared_lists);
  g_test_add_func ("/extract-officials/apostrophe-names", test_officials_apostrophe_names);
  g_test_add_func ("/extract-officials/ambiguous-apposition", test_officials_ambiguous_apposition);
  g_test_add_func ("/extract-officials/chain-stops-at-clause", test_officials_chain_stops_at_clause);
  g_test_add_func ("/extract-officials/acting-and-trainee", test_officials_acting_and_trainee);
  g_test_add_func ("/extract-officials/list-shares-trailing-titles", test_officials_list_shares_trailing_titles);
  g_test_add_func ("/extract-officials/title-set-off-by-comma", test_officials_title_set_off_by_comma);
  g_test_add_func ("/extract-officials/passive-office-verbs", test_officials_passive_office_verbs);
  g_test_add_func ("/extract-officials/commune-is-a-place", test_officials_commune_is_a_place);
  g_test_add_func ("/extract-officials/no-list-after-possessive", test_officials_no_list_after_possessive);
  g_test_add_func ("/extract-officials/foreign-leaders", test_officials_foreign_leaders);
  g_test_add_func ("/extract-officials/leader-without-country", test_officials_leader_without_country);
  g_test_add_func ("/extract-officials/a-list-of-foreign-offices", test_officials_a_list_of_foreign_offices);
  g_test_add_func ("/extract-officials/a-fund-named-after-someone", test_officials_a_fund_named_after_someone);
  g_test_add_func ("/extract-officials/both-are", test_officials_both_are);
  g_test_add_func ("/extract-officials/one-office-two-spellings", test_officials_one_office_two_spellings);
  g_test_add_func ("/extract-officials/and-inside-organisation", test_officials_and_inside_organisation);
  g_test_add_func ("/extract-officials/place-after-office-verb", test_officials_place_after_office_verb);
  g_test_add_func ("/extract-officials/counted-list-with-term", test_officials_counted_list_with_term);
  g_test_add_func ("/extract-officials/ministerial-title", test_officials_ministerial_title);
  g_test_add_func ("/extract-officials/attends-and-long-ede-name", test_officials_attends_and_long_ede_name);
  g_test_add_func ("/extract-officials/unit-of-a-place-after-comma", test_officials_unit_of_a_place_after_comma);
  g_test_add_func ("/extract-officials/title-after-name-without-comma", test_officials_title_after_name_without_comma);
  g_test_add_func ("/extract-officials/foreign-names", test_officials_foreign_names);
  g_test_add_func ("/extract-officials/copula", test_officials_copula);
  g_test_add_func ("/extract-officials/short-reference-titles", test_officials_short_reference_titles);
  g_test_add_func ("/extract-officials/y-is-a-field-after-a-school", test_officials_y_is_a_field_after_a_school);
  g_test_add_func ("/extract-officials/appointed-after-cho", test_officials_appointed_after_cho);
  g_test_add_func ("/extract-officials/comma-kiem-and-honour-after", test_officials_comma_kiem_and_honour_after);
  g_test_add_func ("/extract-officials/rare-family-name-before-thi", test_officials_rare_family_name_before_thi);
  g_test_add_func ("/extract-officials/a-district-ends-the-title", test_officials_a_district_ends_the_title);
  g_test_add_func ("/extract-officials/family-names-uong-and-tong-and-a-city-after-tp",
                   test_officials_family_names_uong_and_tong_and_a_city_after_tp);
  g_test_add_func ("/extract-officials/a-leader-named-as-a-city-is-no-title", test_officials_a_leader_named_as_a_city_is_no_title);
  g_test_add_func ("/extract-officials/an-aide-and-whose-aide", test_officials_an_aide_and_whose_aide);
  g_test_add_func ("/extract-officials/the-youth-unions-central-committee", test_officials_the_youth_unions_central_committee);
  g_test_add_func ("/extract-officials/accompanying-and-the-other-deputies", test_officials_accompanying_and_the_other_deputies);
  g_test_add_func ("/extract-officials/a-title-between-two-names-is-the-first-ones",
                   test_officials_a_title_between_two_names_is_the_first_ones);
  return g_test_run ();
}
