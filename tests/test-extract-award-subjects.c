/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-extract-award-subjects.c — who receives when the sentence says it in a roundabout
 * way: "nhận được", a giver named after the honour, an aside between dashes, "là một
 * trong", a fronted phrase before the subject, an agent with where it serves, lists
 * whose people are described in lower case, and bodies named after a few lower-case
 * words */
#include <string.h>

#include "diem-article.h"
#include "extract-test-util.h"

static void
test_nhan_duoc_and_the_giver_after_the_honour (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Sau 15 năm xây dựng, Vinaconex đã vinh dự nhận được Huân chương Lao động hạng Nhì của Nhà "
    "nước trao tặng tại lễ kỷ niệm thành lập.\n\n"
    "Danh hiệu Anh hùng Lao động của Chủ tịch nước phong tặng cho Tổng công ty Lắp máy.");

  assert_recipients (find_award (out, "Huân chương Lao động hạng Nhì"), "Vinaconex", NULL);
  assert_recipients (find_award (out, "Anh hùng Lao động"), "Tổng công ty Lắp máy", NULL);
}

static void
test_do_giver_verb_then_the_person (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Bộ trưởng Lê Thành Long trao Huân chương Chiến công hạng Nhì do Chủ tịch nước truy tặng "
    "trung úy Hồ Văn Tín.\n\n"
    "Phó Thủ tướng trao Huân chương Độc lập hạng Ba do Chủ tịch nước trao tặng Học viện Nông nghiệp Việt Nam.\n\n"
    "Các đơn vị đón nhận Huân chương Chiến công hạng Ba do Chủ tịch nước tặng.");

  assert_recipients (find_award (out, "Huân chương Chiến công hạng Nhì"), "Hồ Văn Tín", NULL);
  assert_recipients (find_award (out, "Huân chương Độc lập hạng Ba"), "Học viện Nông nghiệp Việt Nam", NULL);
  /* no one after the verb: the receivers are before the honour, here a plural */
  assert_recipients (find_award (out, "Huân chương Chiến công hạng Ba"), NULL);
}

static void
test_an_aside_between_dashes_then_the_giving (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Chủ tịch nước trao Huân chương Hồ Chí Minh - phần thưởng cao quý nhất của Đảng, Nhà nước - "
    "dành tặng Đại học Huế để ghi nhận những đóng góp to lớn.\n\n"
    "Thứ trưởng trao bằng khen dành cho Trường THCS Lê Lợi.");

  assert_recipients (find_award (out, "Huân chương Hồ Chí Minh"), "Đại học Huế", NULL);
  assert_recipients (find_award (out, "Bằng khen"), "Trường THCS Lê Lợi", NULL);
}

static void
test_one_among_the_counted_after_a_fronted_phrase (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Trong đó, hậu vệ Đỗ Duy Mạnh là một trong 3 cầu thủ nhận được Huân chương Lao động hạng Ba.\n\n"
    "Công ty Viglacera vinh dự là 1 trong 12 đơn vị được nhận Cờ thi đua của Chính phủ.");

  assert_recipients (find_award (out, "Huân chương Lao động hạng Ba"), "Đỗ Duy Mạnh", NULL);
  assert_recipients (find_award (out, "Cờ thi đua của Chính phủ"), "Công ty Viglacera", NULL);
}

static void
test_a_count_after_la_is_no_subject (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Riêng Lương Xuân Trường và Vũ Văn Thanh là hai cầu thủ của câu lạc bộ được nhận Bằng khen "
    "của Chủ tịch tỉnh.");

  /* what the two are is said by the count; it does not receive */
  assert_no_recipients (out);
}

static void
test_person_after_a_fronted_phrase_then_a_predicate (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Hơn 50 năm công tác, nguyên Bộ trưởng Trần Đức Lương đã có nhiều đóng góp cho ngành, được "
    "Đảng, Nhà nước tặng thưởng Huân chương Độc lập hạng Nhất.");

  assert_recipients (find_award (out, "Huân chương Độc lập hạng Nhất"), "Trần Đức Lương", NULL);
}

static void
test_agent_with_where_it_serves (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Năm 2015, Okamoto được Đại sứ Việt Nam tại Nhật Bản trao Huân chương Hữu nghị.");

  assert_recipients (find_award (out, "Huân chương Hữu nghị"), "Okamoto", NULL);
}

static void
test_people_each_described_in_lower_case (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Thủ tướng trao Huân chương Lao động hạng Nhất cho đội tuyển bóng chuyền nữ Việt Nam; Huân "
    "chương Lao động hạng Ba cho huấn luyện viên Nguyễn Tuấn Kiệt, chủ công Trần Thị Thanh Thúy "
    "và phụ công Đinh Thị Trà Giang; tặng Bằng khen cho 14 vận động viên.");

  assert_recipients (find_award (out, "Huân chương Lao động hạng Nhất"), "đội tuyển bóng chuyền nữ Việt Nam", NULL);
  assert_recipients (find_award (out, "Huân chương Lao động hạng Ba"), "Nguyễn Tuấn Kiệt", "Trần Thị Thanh Thúy",
                     "Đinh Thị Trà Giang", NULL);
  assert_recipients (find_award (out, "Bằng khen"), "14 vận động viên", NULL);
}

/* before the verb, each person then who they are in lower case, the last up to the comma
 * before the verb; a count with "cựu" ("former") before its noun is still a count */
static void
test_subject_list_of_people_each_described (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Anh Lò Văn Phấn, chủ tàu cá Hải Đăng, ông Tòng Văn Mạnh, thủy thủ tàu kéo số 3 và bà "
    "Quàng Thị Dương, thuyền viên tàu cá Hải Đăng, được Bộ trưởng tặng Bằng khen.\n\n"
    "Năm nay, ba cựu chiến binh của xã được tặng Kỷ niệm chương Vì sự nghiệp xây dựng quân đội.");

  assert_recipients (find_award (out, "Bằng khen của Bộ trưởng"), "Lò Văn Phấn", "Tòng Văn Mạnh", "Quàng Thị Dương", NULL);
  assert_recipients (find_award (out, "Kỷ niệm chương Vì sự nghiệp xây dựng quân đội"), "ba cựu chiến binh của xã", NULL);
}

static void
test_body_after_a_few_lower_case_words (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "UBND tỉnh tặng bằng khen cho công ty cổ phần Đường Quảng Ngãi.\n\n"
    "UBND tỉnh tặng giấy khen cho đội ngũ y bác sĩ của tỉnh.");

  assert_recipients (find_award (out, "Bằng khen"), "công ty cổ phần Đường Quảng Ngãi", NULL);
  assert_recipients (find_award (out, "Giấy khen"), NULL);
}

static void
test_a_verb_inside_a_compound_gives_nothing (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Năm 2019, Công ty Acecook Việt Nam đón nhận Huân chương Lao động hạng Nhì cho nhà máy Vĩnh "
    "Long nhân dịp kỷ niệm 20 năm gắn kết với người tiêu dùng.");

  assert_recipients (find_award (out, "Huân chương Lao động hạng Nhì"), "nhà máy Vĩnh Long", NULL);
}

static void
test_adverb_and_honorific_before_the_subject (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Em Nguyễn Minh Khôi học rất giỏi. Khôi liên tiếp nhận được Giấy khen của Hiệu trưởng.\n\n"
    "Hoa hậu Quý bà Lê Thanh Thúy đã nhận được Bằng khen của Bộ Ngoại giao.");

  assert_recipients (find_award (out, "Giấy khen của Hiệu trưởng"), "Nguyễn Minh Khôi", NULL);
  assert_recipients (find_award (out, "Bằng khen của Bộ Ngoại giao"), "Lê Thanh Thúy", NULL);
}

static void
test_epithet_in_quotes_before_the_name (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Tỉnh đoàn trao huy hiệu Tuổi trẻ dũng cảm cho “hiệp sĩ” Lò Văn Pấng và Hà Thị Dung.");

  assert_recipients (find_award (out, "Huy hiệu Tuổi trẻ dũng cảm"), "Lò Văn Pấng", "Hà Thị Dung", NULL);
}

static void
test_host_with_its_short_name_in_brackets (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Sáng 12/3, Công ty Cổ phần Cảng Sài Gòn (SGP) đã long trọng tổ chức lễ kỷ niệm 20 năm thành "
    "lập (2004 – 2024) và đón nhận Huân chương Lao động hạng Nhì.");

  assert_recipients (find_award (out, "Huân chương Lao động hạng Nhì"), "Công ty Cổ phần Cảng Sài Gòn", NULL);
}

static void
test_cho_saying_what_for_leaves_the_subject (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Công ty Cổ phần Địa ốc Hưng Thịnh – Corp vinh dự đón nhận Bằng khen của Thủ tướng Chính phủ "
    "cho những đóng góp trong công tác an sinh xã hội.\n\n"
    "NSƯT Thu Hà xúc động nhận Huy chương Vì sự nghiệp văn hóa.");

  assert_recipients (find_award (out, "Bằng khen của Thủ tướng Chính phủ"), "Công ty Cổ phần Địa ốc Hưng Thịnh – Corp", NULL);
  /* how the receiver feels is no part of the name */
  assert_recipients (find_award (out, "Huy chương Vì sự nghiệp văn hóa"), "Thu Hà", NULL);
}

static void
test_agents_and_subjects_named_by_address_or_office (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Khi sang thăm Hà Nội, bà Merkel được ông Trần Đức Lương trao Huân chương Hữu nghị.\n\n"
    "Ngoại trưởng Lavrov từng được Chủ tịch nước trao Huân chương Độc lập hạng Nhất.\n\n"
    "Nhà nước Pháp trao Huân chương Bắc đẩu bội tinh cho Tổng thống Syria năm 2001.\n\n"
    "Năm ngoái, Công ty Sữa Mộc Lan được tạp chí Asia Money đồng loạt trao danh hiệu “Doanh nghiệp minh bạch”.");
  g_autoptr(DiemExtraction) holder = extract_text (
    "Tổng thống Chile Ana Reyes Castillo thăm Việt Nam. Chủ tịch nước trao Huân chương Hữu nghị "
    "cho Tổng thống Chile.\n\n"
    "Thủ tướng Trần Văn Hòa dự lễ. “Công ty phải vươn xa”, Thủ tướng nhấn mạnh tại lễ kỷ niệm và "
    "đón nhận Huân chương Độc lập hạng Ba.\n\n"
    "Tổng Bí thư trao Huân chương Sao vàng cho Chủ tịch Mateo Ruiz Vargas.\n\n"
    "Bộ trưởng trao Bằng khen cho Chủ tịch Vinatex.");

  assert_recipients (find_award (out, "Huân chương Hữu nghị"), "Merkel", NULL);
  assert_recipients (find_award (out, "Huân chương Độc lập hạng Nhất"), "Lavrov", NULL);
  /* a country after the office is no name */
  assert_recipients (find_award (out, "Huân chương Bắc đẩu bội tinh"), NULL);
  /* a body's head noun in lower case before its name is an agent */
  assert_recipients (find_award (out, "Doanh nghiệp minh bạch"), "Công ty Sữa Mộc Lan", NULL);
  /* given to an office the article names the holder of: the holder; an office alone
   * before the verb is who speaks, not who receives */
  assert_recipients (find_award (holder, "Huân chương Hữu nghị"), "Ana Reyes Castillo", NULL);
  /* an office, then a foreign name of several words */
  assert_recipients (find_award (holder, "Huân chương Sao vàng"), "Mateo Ruiz Vargas", NULL);
  /* the chairman of a company is not the company */
  assert_recipients (find_award (holder, "Bằng khen"), NULL);
  if (find_award (holder, "Huân chương Độc lập hạng Ba") != NULL)
    assert_recipients (find_award (holder, "Huân chương Độc lập hạng Ba"), NULL);
}

static void
test_a_second_passive_after_a_semicolon_shares_the_subject (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Với nhiều năm cống hiến cho ngành giáo dục của tỉnh nhà, cô Lê Thị Hằng đã được Chủ tịch UBND tỉnh tặng 4 "
    "bằng khen; 2 lần được Bộ trưởng Bộ Giáo dục và Đào tạo tặng Bằng khen.\n\n"
    "Ông Hoàng Văn Phú được tặng Bằng khen của Bộ Quốc phòng; ông Vũ Đình Khoa được tặng Giấy khen.");

  assert_recipients (find_award (out, "Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo"), "Lê Thị Hằng", NULL);
  /* a clause with its own subject keeps it */
  assert_recipients (find_award (out, "Bằng khen của Bộ Quốc phòng"), "Hoàng Văn Phú", NULL);
  assert_recipients (find_award (out, "Giấy khen"), "Vũ Đình Khoa", NULL);
}

static void
test_an_opening_adverb_is_no_recipient (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Đặc biệt, 5 học sinh đoạt giải nhất sẽ được Trung ương Đoàn tặng Bằng khen.");

  assert_recipients (find_award (out, "Bằng khen"), "5 học sinh đoạt giải nhất", NULL);
}

static void
test_cho_naming_an_achievement_or_a_second_office (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Đoàn Trường đại học Bách khoa đón nhận Huân chương Lao động hạng Ba do Chủ tịch nước trao cho "
    "thành quả xuất sắc nhiều năm liền.\n\n"
    "Ban chỉ đạo truy tặng Bằng khen của Bộ trưởng Bộ Tài nguyên và Môi trường - Trưởng ban chỉ đạo "
    "cho kỹ sư Hà Minh Đức vì đã hy sinh khi làm nhiệm vụ.");

  /* "Đoàn trường" is a body's term, not the family name Đoàn */
  assert_recipients (find_award (out, "Huân chương Lao động hạng Ba"), "Đoàn Trường đại học Bách khoa", NULL);
  assert_recipients (find_award (out, "Bằng khen của Bộ trưởng Bộ Tài nguyên và Môi trường"), "Hà Minh Đức", NULL);
}

static void
test_passive_opening_then_la (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Cùng được trao tặng Huy hiệu Tuổi trẻ sáng tạo là kỹ sư Lê Quang Vinh và Trần Thu Trang.\n\n"
    "Được tặng Giấy khen lần này là Trường Mầm non Hoa Sen.\n\n"
    "Bà Vũ Thị Lan được tặng Bằng khen là phần thưởng xứng đáng.");

  assert_recipients (find_award (out, "Huy hiệu Tuổi trẻ sáng tạo"), "Lê Quang Vinh", "Trần Thu Trang", NULL);
  assert_recipients (find_award (out, "Giấy khen"), "Trường Mầm non Hoa Sen", NULL);
  /* with a subject, what follows "là" says what the honour is */
  assert_recipients (find_award (out, "Bằng khen"), "Vũ Thị Lan", NULL);
}

static void
test_description_then_body_then_name (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Bộ trưởng truy tặng Bằng khen cho phóng viên Đài Truyền hình Việt Nam Phạm Quốc Bảo.\n\n"
    "Sở tặng Giấy khen cho học sinh Trường THPT Lê Quý Đôn.\n\n"
    "Ông Hà nhận Kỷ niệm chương trao tặng của Chủ tịch UBND tỉnh Lạng Sơn Hồ Tiến Thiệu.");

  assert_recipients (find_award (out, "Bằng khen"), "Phạm Quốc Bảo", NULL);
  /* a school named after a person: the name is the school's */
  g_assert_false (has_string (find_award (out, "Giấy khen")->recipients, "Lê Quý Đôn"));
  /* after "của", the one who gives it */
  g_assert_false (has_string (find_award (out, "Kỷ niệm chương")->recipients, "Hồ Tiến Thiệu"));
}

static void
test_the_office_held_then_and_a_gift_before_the_honour (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Bà Hồ Thị Nguyệt khi còn là Giám đốc Sở Tài chính đã được nhận Bằng khen của Bộ Tài chính.\n\n"
    "Ông Lý Văn Sáu nhận hoa cùng Giấy khen của Công an huyện sau khi bắt giữ kẻ trộm.");

  assert_recipients (find_award (out, "Bằng khen của Bộ Tài chính"), "Hồ Thị Nguyệt", NULL);
  assert_recipients (find_award (out, "Giấy khen của Công an huyện"), "Lý Văn Sáu", NULL);
}

static void
test_a_contest_medal_is_no_honour_before_the_giving (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Em Đoàn Minh Khôi (Trường THPT chuyên Lê Quý Đôn), đã hai lần đoạt huy chương vàng Olympic "
    "Vật lý quốc tế, vinh dự được Chủ tịch nước tặng Huân chương Lao động hạng Nhì.");

  g_assert_null (find_award (out, "Huy chương"));
  assert_recipients (find_award (out, "Huân chương Lao động hạng Nhì"), "Đoàn Minh Khôi", NULL);
}

static void
test_a_count_and_what_the_counted_did (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Tại hội nghị, 14 đơn vị có thành tích trong công tác cải cách hành chính đã được trao Bằng khen.\n\n"
    "9 học sinh tiêu biểu được tặng Giấy khen.\n\n"
    "Sở trao Kỷ niệm chương Vì sự nghiệp giáo dục (đợt 2) cho 40 nhà giáo.");

  /* the count, not what they did */
  assert_recipients (find_award (out, "Bằng khen"), "14 đơn vị", NULL);
  /* an adjective stays with the count */
  assert_recipients (find_award (out, "Giấy khen"), "9 học sinh tiêu biểu", NULL);
  /* an aside in brackets between the honour and "cho" */
  assert_recipients (find_award (out, "Kỷ niệm chương Vì sự nghiệp giáo dục"), "40 nhà giáo", NULL);
}

static void
test_a_subject_list_with_asides_in_brackets (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Hai thợ lặn Đinh Văn Khải (36 tuổi, ngụ Cần Giờ) và Lâm Văn Út (41 tuổi) được tặng Bằng khen.\n\n"
    "Chị Hồ Thị Diệp (bìa trái) và anh Võ Văn Lành (giữa) nhận Giấy khen của Công an huyện.");

  assert_recipients (find_award (out, "Bằng khen"), "Đinh Văn Khải", "Lâm Văn Út", NULL);
  assert_recipients (find_award (out, "Giấy khen của Công an huyện"), "Hồ Thị Diệp", "Võ Văn Lành", NULL);
}

static void
test_an_ordinal_year_before_the_verb (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Bà Hoàng Thị Nguyệt, Giám đốc Hợp tác xã Tân Tiến năm thứ ba liên tiếp được tặng Giấy khen "
    "của UBND tỉnh. Anh Đỗ Minh Quân lần thứ 2 nhận Bằng khen của Bộ trưởng.");

  assert_recipients (find_award (out, "Giấy khen của UBND tỉnh"), "Hoàng Thị Nguyệt", NULL);
  assert_recipients (find_award (out, "Bằng khen của Bộ trưởng"), "Đỗ Minh Quân", NULL);
}

static void
test_an_aside_in_brackets_before_the_apposition (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "PGS Lưu Đình Khoa (72 tuổi), thành viên Hội đồng khoa học của Bộ được tặng Huân chương "
    "Lao động hạng Ba vì những đóng góp cho ngành.");

  assert_recipients (find_award (out, "Huân chương Lao động hạng Ba"), "Lưu Đình Khoa", NULL);
}

static void
test_a_fronted_phrase_without_a_comma (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Suốt 30 năm giảng dạy bà Tạ Thị Hiền có nhiều sáng kiến nên được tặng Huân chương Lao động "
    "hạng Nhì.\n\n"
    "Trong buổi lễ Bộ trưởng trao quà cho ông Lò Văn Piểng và được tặng Bằng khen.");

  assert_recipients (find_award (out, "Huân chương Lao động hạng Nhì"), "Tạ Thị Hiền", NULL);
  /* a giving before the person: the person is its object, not the subject */
  {
    const DiemAward *award = find_award (out, "Bằng khen");

    g_assert_true (award == NULL || !has_string (award->recipients, "Lò Văn Piểng"));
  }
}

static void
test_a_fronted_phrase_is_no_item_of_a_subject_list (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Sau trận đánh ấy, cả Đinh Văn Tường và Lò Thị Mây đều được truy tặng Huân chương Chiến công "
    "hạng Ba.\n\n"
    "Ông Vũ Trọng Hải là Phó Giám đốc Sở Xây dựng. Kết quả điều tra xác định, ông Hải đã kê khai "
    "từng đạt danh hiệu Chiến sĩ thi đua nhiều năm liền.");

  assert_recipients (find_award (out, "Huân chương Chiến công hạng Ba"), "Đinh Văn Tường", "Lò Thị Mây", NULL);
  /* the phrase before the comma is no recipient */
  {
    const DiemAward *award = find_award (out, "Chiến sĩ thi đua");

    g_assert_true (award == NULL || !has_string (award->recipients, "Kết quả điều tra xác định"));
  }
}

static void
test_a_body_then_a_dash_and_what_it_is (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Tạp chí Văn nghệ Quân đội - cơ quan của Tổng cục Chính trị được tặng Huân chương Lao động "
    "hạng Nhì dịp kỷ niệm 60 năm.");

  assert_recipients (find_award (out, "Huân chương Lao động hạng Nhì"), "Tạp chí Văn nghệ Quân đội", NULL);
}

/* A ship's captain or a pilot is named by trade, as a colonel is by rank; after either
 * comes a name, which may be a foreign one, and never a figure. */
static void
test_a_trade_or_rank_then_the_name (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Tin vắn trong ngày.\n\n"
    "Thuyền trưởng Đỗ Văn Lành là một trong 9 thủy thủ của tàu hy sinh trong trận bão. "
    "Ông được truy tặng Huân chương Chiến công hạng Nhì.\n\n"
    "Đại úy Kowalski trở về căn cứ sau chuyến bay và được trao tặng Huân chương Dũng cảm.\n\n"
    "Bộ Quốc phòng truy tặng Huy chương Chiến sĩ vẻ vang cho phi công Su30 gặp nạn.");

  assert_recipients (find_award (out, "Huân chương Chiến công hạng Nhì"), "Đỗ Văn Lành", NULL);
  assert_recipients (find_award (out, "Huân chương Dũng cảm"), "Kowalski", NULL);
  assert_recipients (find_award (out, "Huy chương Chiến sĩ vẻ vang"), NULL);
}

/* "… và được tuyên dương …": a second passive joined by "và" to the honour before it
 * shares that honour's subject, a body as well as a person; "hạng Hai" is an older
 * writing of the second class. */
static void
test_a_second_passive_after_va_shares_the_subject (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Tin vắn trong ngày.\n\n"
    "Tiểu đoàn Pháo binh 14 đã được tặng thưởng Huân chương Chiến công hạng Hai và được tuyên dương "
    "Anh hùng lực lượng vũ trang nhân dân.\n\n"
    "Chị Lò Thị Mai được Tỉnh đoàn tặng Huy hiệu Tuổi trẻ dũng cảm và được Hội Liên hiệp Phụ nữ tỉnh "
    "trao tặng Bằng khen.");

  assert_recipients (find_award (out, "Huân chương Chiến công hạng Hai"), "Tiểu đoàn Pháo binh 14", NULL);
  assert_recipients (find_award (out, "Anh hùng lực lượng vũ trang nhân dân"), "Tiểu đoàn Pháo binh 14", NULL);
  assert_recipients (find_award (out, "Huy hiệu Tuổi trẻ dũng cảm"), "Lò Thị Mai", NULL);
  assert_recipients (find_award (out, "Bằng khen"), "Lò Thị Mai", NULL);
}

/* "A và B, hai người …, vừa được tặng": after the people named, how many they are
 * and what they did; a count that is the list's own item stays one. */
static void
test_names_then_how_many_they_are (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Tin vắn trong ngày.\n\n"
    "Anh Vàng A Sử và anh Giàng Seo Páo, hai thanh niên đã lao xuống suối cứu người, vừa được tặng "
    "Huy hiệu Tuổi trẻ dũng cảm.\n\n"
    "Trường THCS Lê Lợi, Trường THCS Kim Đồng và 12 cá nhân được tặng Bằng khen của Bộ trưởng.");

  assert_recipients (find_award (out, "Huy hiệu Tuổi trẻ dũng cảm"), "Vàng A Sử", "Giàng Seo Páo", NULL);
  assert_recipients (find_award (out, "Bằng khen của Bộ trưởng"), "Trường THCS Lê Lợi", "Trường THCS Kim Đồng",
                     "12 cá nhân", NULL);
}

/* A headline that says who by what they did, from a collective noun on ("Thanh niên …"),
 * names no recipient; the body does. */
static void
test_a_description_from_a_collective_noun_is_no_one (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Thanh niên lao vào đám cháy cứu hai cháu nhỏ nhận Huân chương Dũng cảm\n\n"
    "Chủ tịch nước tặng Huân chương Dũng cảm cho anh Trần Văn Lực.");

  assert_recipients (find_award (out, "Huân chương Dũng cảm"), "Trần Văn Lực", NULL);
}

/* "Người …" then what the person did, names in it or not, is no one; "Người lao động
 * …" is a collective and stays */
static void
test_the_one_who_did_it_is_no_one (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Người tìm ra mỏ khí Lan Tây được tặng Huân chương Lao động hạng Ba.\n\n"
    "Người lao động Nhà máy Thủy điện Sơn La nhận Cờ thi đua của Chính phủ.");

  const DiemAward *found = find_award (out, "Huân chương Lao động hạng Ba");

  g_assert_true (found == NULL || found->recipients->len == 0);
  assert_recipients (find_award (out, "Cờ thi đua của Chính phủ"), "Người lao động Nhà máy Thủy điện Sơn La", NULL);
}

/* "việc X đón nhận …": the matter of X receiving it; X is the recipient */
static void
test_the_matter_of_receiving (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Niềm vui lớn nhất năm là việc Công ty Bia Sài Gòn đón nhận Huân chương Lao động hạng Nhì.\n\n"
    "Cùng với việc Hợp tác xã Tân Phú được tặng Cờ thi đua, ông Lê Văn Tư cũng được nhận Bằng khen.");

  assert_recipients (find_award (out, "Huân chương Lao động hạng Nhì"), "Công ty Bia Sài Gòn", NULL);
  assert_recipients (find_award (out, "Cờ thi đua"), "Hợp tác xã Tân Phú", NULL);
  assert_recipients (find_award (out, "Bằng khen"), "Lê Văn Tư", NULL);
}

/* A second passive after "," or ";" shares a body's subject as it shares a person's,
 * also past how many years running and an aside that close the honour before. */
static void
test_a_second_passive_shares_a_body_subject (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Tin vắn trong ngày.\n\n"
    "Công ty Cổ phần Đường sắt Nghệ Tĩnh đã được tặng Huân chương Lao động hạng Nhì (năm 2015), được "
    "Thủ tướng tặng Bằng khen.\n\n"
    "Bệnh viện Đa khoa tỉnh Hà Giang được tặng Cờ thi đua của Chính phủ; được phong tặng danh hiệu Anh "
    "hùng Lao động.\n\n"
    "Theo báo cáo, HTX Tân Lập được tặng Giấy khen của UBND huyện 3 năm liền (2018, 2019 và 2020); được "
    "tặng Huân chương Lao động hạng Ba năm 2021.");

  assert_recipients (find_award (out, "Bằng khen của Thủ tướng"), "Công ty Cổ phần Đường sắt Nghệ Tĩnh", NULL);
  assert_recipients (find_award (out, "Anh hùng Lao động"), "Bệnh viện Đa khoa tỉnh Hà Giang", NULL);
  /* how many years running, then the aside, close the honour before; the number of
   * years is not the district's */
  assert_recipients (find_award (out, "Huân chương Lao động hạng Ba"), "HTX Tân Lập", NULL);
  assert_recipients (find_award (out, "Giấy khen của UBND huyện"), "HTX Tân Lập", NULL);
}

/* "Ông là …, được tặng …": a pronoun that opens the sentence, what the person is, then
 * the passive; the one it stands for receives */
static void
test_a_pronoun_then_what_they_are_then_the_passive (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Tin vắn trong ngày.\n\n"
    "Nhạc sĩ Đỗ Văn Nhuận sinh năm 1922 tại Hải Dương. Ông là hội viên sáng lập Hội Nhạc sĩ Việt Nam, "
    "được tặng Huân chương Độc lập hạng Nhì năm 1995.\n\n"
    "Bà Trần Thị Lựu sinh năm 1950. Bà dạy ở Trường THCS Thanh Xuân nhiều năm, được tặng danh hiệu Nhà giáo "
    "ưu tú.");

  assert_recipients (find_award (out, "Huân chương Độc lập hạng Nhì"), "Đỗ Văn Nhuận", NULL);
  assert_recipients (find_award (out, "Nhà giáo ưu tú"), "Trần Thị Lựu", NULL);
}

/* "Đồng chí được tặng …" in an official's obituary: the official who opens the sentence
 * before, named by rank or office and no form of address */
static void
test_dong_chi_for_the_official_named_before (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Tin buồn.\n\n"
    "Thượng tướng Hoàng Minh Khiêm sinh năm 1931 tại Nghệ An. "
    "Đồng chí đã được Đảng, Nhà nước trao tặng Huân chương Quân công hạng Nhất.\n\n"
    "Anh Lưu Văn Trọng về hưu năm 2010. Chị được tặng Huy chương Chiến sĩ vẻ vang.");

  assert_recipients (find_award (out, "Huân chương Quân công hạng Nhất"), "Hoàng Minh Khiêm", NULL);
  /* "chị" stands for no one "anh" introduced */
  assert_recipients (find_award (out, "Huy chương Chiến sĩ vẻ vang"), NULL);
}

/* "A cùng B được tặng …": both receive; "A cùng vợ": the one named */
static void
test_a_person_cung_someone_before_the_passive (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Tin vắn trong ngày.\n\n"
    "Ông Hà Văn Thắm cùng ông Lò Văn Pọm được tặng Bằng khen của Bộ trưởng.\n\n"
    "Chị Vi Thị Nhàn cùng chồng được tặng Giấy khen vì đã cứu hai em nhỏ.");

  assert_recipients (find_award (out, "Bằng khen của Bộ trưởng"), "Hà Văn Thắm", "Lò Văn Pọm", NULL);
  assert_recipients (find_award (out, "Giấy khen"), "Vi Thị Nhàn", NULL);
}

/* "Ông A, lái tàu Đội 1 (…) đã được tặng": one person, then what they are, with no comma
 * before the verb; a clause after the comma ("cho biết … không có người được nhận")
 * is no description, and a person inside it is no apposition */
static void
test_one_person_described_before_the_passive (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Ông Mạc Văn Toản, thợ hàn Tổ 3 (Xưởng Cơ khí Hòa Bình) đã được Chủ tịch nước tặng Huân chương Dũng cảm.\n\n"
    "Ông Khúc Đình Hợp, nguyên Giám đốc Sở Nội vụ, cho biết nhiều năm qua tỉnh không có ai được nhận danh hiệu Anh hùng Lao động.\n\n"
    "Bà Lò Thị Miên, Phó Chủ tịch Hội Nông dân, kể về việc nông dân Hầu A Sử được tặng Bằng khen.");

  assert_recipients (find_award (out, "Huân chương Dũng cảm"), "Mạc Văn Toản", NULL);
  assert_recipients (find_award (out, "Anh hùng Lao động"), NULL);
  assert_recipients (find_award (out, "Bằng khen"), "Hầu A Sử", NULL);
}

/* "Năm 2019, các NSƯT A, B, C… được phong tặng": after a phrase set before the subject,
 * the plural with its form of address heads the list; an ellipsis ends it */
static void
test_a_list_after_a_fronted_phrase_and_an_ellipsis (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Theo quyết định ký ngày 2-9, các NSƯT Lan Hương, Quốc Trị, Bảo Ngọc… được phong tặng danh hiệu Nghệ sĩ nhân dân.");

  assert_recipients (find_award (out, "Nghệ sĩ nhân dân"), "Lan Hương", "Quốc Trị", "Bảo Ngọc", NULL);
}

/* "Hai ‘hiệp sĩ’ A (42 tuổi, …) và B được trao": how many, who they are in quotes, then
 * the names */
static void
test_a_count_and_a_quoted_trade_before_the_names (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Hai ‘hiệp sĩ’ Lâm Văn Phát (42 tuổi, ngụ Gò Vấp) và Đỗ Minh Sang (47 tuổi) cũng được trao Giấy khen của Thành đoàn.");

  assert_recipients (find_award (out, "Giấy khen của Thành đoàn"), "Lâm Văn Phát", "Đỗ Minh Sang", NULL);
}

/* "người duy nhất trong ngành chăn nuôi được phong …": the field after "trong" qualifies
 * the one honoured and is not who */
static void
test_a_field_after_trong_is_no_subject (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Tin vắn trong ngày.\n\nÔng Lã Văn Giáp - người duy nhất trong ngành thủy sản được Nhà nước 2 lần phong danh hiệu Anh hùng Lao động - đã qua đời.\n");
  const DiemAward *award = find_award (out, "Anh hùng Lao động");

  g_assert_true (award == NULL || !has_string (award->recipients, "ngành thủy sản"));
}

/* "Ted Osius là đại sứ Mỹ đầu tiên được tặng …": a foreign name alone before "là"
 * is the person the clause is about; a place is not */
static void
test_a_foreign_name_before_la (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Tin vắn trong ngày.\n\n"
    "Mark Lippert là đại sứ đầu tiên được Nhà nước trao tặng Huân chương Hữu nghị.\n\n"
    "Hải Phòng là địa phương đầu tiên được Nhà nước trao tặng Huân chương Sao vàng.");

  assert_recipients (find_award (out, "Huân chương Hữu nghị"), "Mark Lippert", NULL);
  assert_recipients (find_award (out, "Huân chương Sao vàng"), NULL);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/extract-award-subjects/nhan-duoc-and-the-giver-after-the-honour",
                   test_nhan_duoc_and_the_giver_after_the_honour);
  g_test_add_func ("/extract-award-subjects/do-giver-verb-then-the-person", test_do_giver_verb_then_the_person);
  g_test_add_func ("/extract-award-subjects/an-aside-between-dashes-then-the-giving", test_an_aside_between_dashes_then_the_giving);
  g_test_add_func ("/extract-award-subjects/one-among-the-counted-after-a-fronted-phrase",
                   test_one_among_the_counted_after_a_fronted_phrase);
  g_test_add_func ("/extract-award-subjects/a-count-after-la-is-no-subject", test_a_count_after_la_is_no_subject);
  g_test_add_func ("/extract-award-subjects/person-after-a-fronted-phrase-then-a-predicate",
                   test_person_after_a_fronted_phrase_then_a_predicate);
  g_test_add_func ("/extract-award-subjects/agent-with-where-it-serves", test_agent_with_where_it_serves);
  g_test_add_func ("/extract-award-subjects/people-each-described-in-lower-case", test_people_each_described_in_lower_case);
  g_test_add_func ("/extract-award-subjects/the-one-who-did-it-is-no-one", test_the_one_who_did_it_is_no_one);
  g_test_add_func ("/extract-award-subjects/the-matter-of-receiving", test_the_matter_of_receiving);
  g_test_add_func ("/extract-award-subjects/body-after-a-few-lower-case-words", test_body_after_a_few_lower_case_words);
  g_test_add_func ("/extract-award-subjects/subject-list-of-people-each-described", test_subject_list_of_people_each_described);
  g_test_add_func ("/extract-award-subjects/a-verb-inside-a-compound-gives-nothing", test_a_verb_inside_a_compound_gives_nothing);
  g_test_add_func ("/extract-award-subjects/adverb-and-honorific-before-the-subject", test_adverb_and_honorific_before_the_subject);
  g_test_add_func ("/extract-award-subjects/epithet-in-quotes-before-the-name", test_epithet_in_quotes_before_the_name);
  g_test_add_func ("/extract-award-subjects/host-with-its-short-name-in-brackets", test_host_with_its_short_name_in_brackets);
  g_test_add_func ("/extract-award-subjects/cho-saying-what-for-leaves-the-subject", test_cho_saying_what_for_leaves_the_subject);
  g_test_add_func ("/extract-award-subjects/agents-and-subjects-named-by-address-or-office",
                   test_agents_and_subjects_named_by_address_or_office);
  g_test_add_func ("/extract-award-subjects/a-second-passive-after-a-semicolon-shares-the-subject",
                   test_a_second_passive_after_a_semicolon_shares_the_subject);
  g_test_add_func ("/extract-award-subjects/an-opening-adverb-is-no-recipient", test_an_opening_adverb_is_no_recipient);
  g_test_add_func ("/extract-award-subjects/cho-naming-an-achievement-or-a-second-office",
                   test_cho_naming_an_achievement_or_a_second_office);
  g_test_add_func ("/extract-award-subjects/passive-opening-then-la", test_passive_opening_then_la);
  g_test_add_func ("/extract-award-subjects/description-then-body-then-name", test_description_then_body_then_name);
  g_test_add_func ("/extract-award-subjects/the-office-held-then-and-a-gift-before-the-honour",
                   test_the_office_held_then_and_a_gift_before_the_honour);
  g_test_add_func ("/extract-award-subjects/a-contest-medal-is-no-honour-before-the-giving",
                   test_a_contest_medal_is_no_honour_before_the_giving);
  g_test_add_func ("/extract-award-subjects/a-count-and-what-the-counted-did", test_a_count_and_what_the_counted_did);
  g_test_add_func ("/extract-award-subjects/a-subject-list-with-asides-in-brackets", test_a_subject_list_with_asides_in_brackets);
  g_test_add_func ("/extract-award-subjects/an-ordinal-year-before-the-verb", test_an_ordinal_year_before_the_verb);
  g_test_add_func ("/extract-award-subjects/an-aside-in-brackets-before-the-apposition",
                   test_an_aside_in_brackets_before_the_apposition);
  g_test_add_func ("/extract-award-subjects/a-fronted-phrase-without-a-comma", test_a_fronted_phrase_without_a_comma);
  g_test_add_func ("/extract-award-subjects/a-body-then-a-dash-and-what-it-is", test_a_body_then_a_dash_and_what_it_is);
  g_test_add_func ("/extract-award-subjects/a-fronted-phrase-is-no-item-of-a-subject-list",
                   test_a_fronted_phrase_is_no_item_of_a_subject_list);
  g_test_add_func ("/extract-award-subjects/a-trade-or-rank-then-the-name", test_a_trade_or_rank_then_the_name);
  g_test_add_func ("/extract-award-subjects/a-second-passive-after-va-shares-the-subject",
                   test_a_second_passive_after_va_shares_the_subject);
  g_test_add_func ("/extract-award-subjects/names-then-how-many-they-are", test_names_then_how_many_they_are);
  g_test_add_func ("/extract-award-subjects/a-description-from-a-collective-noun-is-no-one",
                   test_a_description_from_a_collective_noun_is_no_one);
  g_test_add_func ("/extract-award-subjects/a-second-passive-shares-a-body-subject",
                   test_a_second_passive_shares_a_body_subject);
  g_test_add_func ("/extract-award-subjects/a-person-cung-someone-before-the-passive",
                   test_a_person_cung_someone_before_the_passive);
  g_test_add_func ("/extract-award-subjects/dong-chi-for-the-official-named-before", test_dong_chi_for_the_official_named_before);
  g_test_add_func ("/extract-award-subjects/a-pronoun-then-what-they-are-then-the-passive",
                   test_a_pronoun_then_what_they_are_then_the_passive);
  g_test_add_func ("/extract-award-subjects/one-person-described-before-the-passive",
                   test_one_person_described_before_the_passive);
  g_test_add_func ("/extract-award-subjects/a-list-after-a-fronted-phrase-and-an-ellipsis",
                   test_a_list_after_a_fronted_phrase_and_an_ellipsis);
  g_test_add_func ("/extract-award-subjects/a-count-and-a-quoted-trade-before-the-names",
                   test_a_count_and_a_quoted_trade_before_the_names);
  g_test_add_func ("/extract-award-subjects/a-field-after-trong-is-no-subject", test_a_field_after_trong_is_no_subject);
  g_test_add_func ("/extract-award-subjects/a-foreign-name-before-la", test_a_foreign_name_before_la);
  return g_test_run ();
}
