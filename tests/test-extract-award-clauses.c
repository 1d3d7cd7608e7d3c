/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-extract-award-clauses.c — who receives, read from the clause around the verb:
 * issuers written in a paper's own case, refusals, agents of a passive, predicates of the
 * sentence's subject, founding anniversaries */
#include <string.h>

#include "diem-article.h"
#include "extract-test-util.h"

static void
test_issuer_with_dash_and_lower_case_terms (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Thứ trưởng Lê Minh Quân trao Bằng khen của Bộ Lao động - Thương binh và Xã hội cho Hợp tác xã Tân Phú.\n\n"
    "Trường Tiểu học Hòa Bình nhận bằng khen của Bộ Giáo dục - đào tạo.\n\n"
    "Lữ đoàn 125 nhận bằng khen của Chủ nhiệm Tổng cục chính trị Quân đội nhân dân Việt Nam.\n\n"
    "Phòng Tư pháp huyện nhận bằng khen của Ban thường vụ Tỉnh ủy Gia Lai vì có thành tích xuất sắc.");

  assert_recipients (find_award (out, "Bằng khen của Bộ Lao động - Thương binh và Xã hội"), "Hợp tác xã Tân Phú", NULL);
  assert_recipients (find_award (out, "Bằng khen của Bộ Giáo dục - đào tạo"), "Trường Tiểu học Hòa Bình", NULL);
  assert_recipients (find_award (out, "Bằng khen của Chủ nhiệm Tổng cục chính trị Quân đội nhân dân Việt Nam"),
                     "Lữ đoàn 125", NULL);
  /* the reason clause is no part of the issuer */
  assert_recipients (find_award (out, "Bằng khen của Ban thường vụ Tỉnh ủy Gia Lai"), "Phòng Tư pháp huyện", NULL);
}

static void
test_issuer_without_the_office_holder (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Đại diện Sở Y tế trao bằng khen của Chủ tịch UBND tỉnh Khánh Hòa Trịnh Văn Bảy cho bác sĩ Mạc Văn Tiến.");

  /* the office gives it, not the person who holds it */
  assert_recipients (find_award (out, "Bằng khen của Chủ tịch UBND tỉnh Khánh Hòa"), "Mạc Văn Tiến", NULL);
}

static void
test_refusal_is_no_award (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Hội đồng Thi đua không trao Huân chương Lao động hạng Ba cho ông Phan Quốc Thịnh. "
    "Bà Đặng Thu Trang chưa được tặng Huân chương Kháng chiến hạng Nhì.");

  assert_no_recipients (out);
}

static void
test_negation_elsewhere_keeps_the_award (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Ông Đỗ Minh Tiến không chỉ được tặng Huân chương Lao động hạng Ba mà còn là tác giả của nhiều sáng kiến.");

  assert_recipients (find_award (out, "Huân chương Lao động hạng Ba"), "Đỗ Minh Tiến", NULL);
}

static void
test_passive_with_an_office_as_agent (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Bà Vi Thị Lan từng được chủ tịch nước trao tặng Huân chương Lao động hạng Nhì. "
    "Cô Trịnh Thu Hằng còn được tặng Kỷ niệm chương Vì sự nghiệp giáo dục.");
  const DiemAward *second = find_award (out, "Huân chương Lao động hạng Nhì");

  assert_recipients (second, "Vi Thị Lan", NULL);
  /* the one honoured does not give */
  g_assert_cmpstr (second->presenter, !=, "Vi Thị Lan");
  assert_recipients (find_award (out, "Kỷ niệm chương Vì sự nghiệp giáo dục"), "Trịnh Thu Hằng", NULL);
}

static void
test_predicate_of_the_opening_person (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Nhà giáo Lương Văn Tùng đã dạy học 35 năm ở vùng cao, được tặng Huân chương Lao động hạng Ba.");

  assert_recipients (find_award (out, "Huân chương Lao động hạng Ba"), "Lương Văn Tùng", NULL);
}

static void
test_predicate_after_another_actor_names_no_one (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Ông Mạc Văn Khoa trao học bổng cho em Hà Thu Trang, được tặng Bằng khen của tỉnh. "
    "Ông Mạc Văn Khoa cho biết, được tặng Huân chương Lao động hạng Nhì là niềm tự hào của đơn vị.");

  assert_no_recipients (out);
}

static void
test_founding_anniversary (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Sáng 9/4, Thủ tướng dự lễ kỷ niệm 60 năm ngày thành lập Tổng công ty Cảng hàng không Việt Nam "
    "và đón nhận Huân chương Độc lập hạng Nhì.\n\n"
    "Phó Thủ tướng phát biểu tại lễ kỷ niệm 25 năm thành lập Vinaphone và đón nhận Huân chương Lao động hạng Nhất.");

  assert_recipients (find_award (out, "Huân chương Độc lập hạng Nhì"), "Tổng công ty Cảng hàng không Việt Nam", NULL);
  assert_recipients (find_award (out, "Huân chương Lao động hạng Nhất"), "Vinaphone", NULL);
}

static void
test_one_word_that_is_no_vietnamese_word (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Bộ trưởng trao Huân chương Hữu nghị cho ông Wrightson. "
    "Ông Lâm trao Bằng khen cho Thắng.");

  assert_recipients (find_award (out, "Huân chương Hữu nghị"), "Wrightson", NULL);
  /* a Vietnamese word alone may be a place or a fragment */
  g_assert_true (find_award (out, "Bằng khen") == NULL || find_award (out, "Bằng khen")->recipients->len == 0);
}

static void
test_an_honour_before_the_verb_ends_the_subject (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Tại hội nghị, 8 đơn vị nhận Cờ thi đua và 35 tập thể nhận Bằng khen của Bộ Tư pháp.");

  assert_recipients (find_award (out, "Cờ thi đua"), "8 đơn vị", NULL);
  assert_recipients (find_award (out, "Bằng khen của Bộ Tư pháp"), "35 tập thể", NULL);
}

static void
test_relatives_of_the_one_honoured (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Đại diện Sở Nội vụ trao Bằng khen cho người thân của liệt sĩ Hồ Văn Lực.");

  assert_recipients (find_award (out, "Bằng khen"), "Hồ Văn Lực", NULL);
}

static void
test_given_name_refers_back (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Em Phạm Quốc Khánh đã cứu hai bạn nhỏ khỏi đuối nước. "
    "Trung ương Đoàn truy tặng Huy hiệu Tuổi trẻ dũng cảm cho Khánh. "
    "Huyện đoàn trao Bằng khen cho bố mẹ Khánh.\n\n"
    "Bà Hà Thị Nguyệt dạy bơi cho trẻ em trong xã. Bà Nguyệt được UBND tỉnh tặng Giấy khen.");

  assert_recipients (find_award (out, "Huy hiệu Tuổi trẻ dũng cảm"), "Phạm Quốc Khánh", NULL);
  assert_recipients (find_award (out, "Bằng khen"), "Phạm Quốc Khánh", NULL);
  assert_recipients (find_award (out, "Giấy khen"), "Hà Thị Nguyệt", NULL);
}

static void
test_given_name_with_no_full_name (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Ông Lâm trao Bằng khen cho Thắng. Ông Lâm trao Giấy khen cho chị Hằng.\n\n"
    "Công an xã tặng Kỷ niệm chương cho anh Tư. Anh Lê Văn Tư là người đã cứu ba em nhỏ.");

  /* a word alone may be anything */
  assert_recipients (find_award (out, "Bằng khen"), NULL);
  /* after a form of address it is her given name */
  assert_recipients (find_award (out, "Giấy khen"), "Hằng", NULL);
  /* the full name may come after */
  assert_recipients (find_award (out, "Kỷ niệm chương"), "Lê Văn Tư", NULL);
}

static void
test_deed_after_doi_voi_and_rank_below_officer (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Tỉnh tổ chức lễ truy tặng Huân chương Dũng cảm của Chủ tịch nước đối với hành động quả cảm "
    "cứu người của Hạ sĩ Đoàn Minh Trí. "
    "Đại tá Vũ Văn Hòa trao Huân chương Chiến công hạng Ba cho Trung sĩ Lạc Văn Sơn.");

  assert_recipients (find_award (out, "Huân chương Dũng cảm"), "Đoàn Minh Trí", NULL);
  assert_recipients (find_award (out, "Huân chương Chiến công hạng Ba"), "Lạc Văn Sơn", NULL);
}

static void
test_what_comes_with_the_honour (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Chủ tịch UBND tỉnh tặng Bằng khen kèm theo tiền thưởng 30 triệu đồng cho Đội Cảnh sát hình sự.");

  assert_recipients (find_award (out, "Bằng khen"), "Đội Cảnh sát hình sự", NULL);
}

static void
test_description_after_a_dash_is_no_name (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Lễ truy tặng Huân chương Dũng cảm cho Tuấn - người thợ lặn trẻ đã hy sinh khi cứu người.");

  assert_no_recipients (out);
}

static void
test_list_after_a_colon_shares_the_verb (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Nhạc sĩ Trịnh Văn Hòa được tặng thưởng nhiều danh hiệu cao quý: Nghệ sĩ Nhân dân năm 2001; "
    "Huân chương Lao động hạng Nhì năm 2009.\n\n"
    "Ông An trao cho các em những phần quà: Bằng khen, Giấy khen.");

  /* the profession is no part of the name */
  assert_recipients (find_award (out, "Nghệ sĩ Nhân dân"), "Trịnh Văn Hòa", NULL);
  assert_recipients (find_award (out, "Huân chương Lao động hạng Nhì"), "Trịnh Văn Hòa", NULL);
  /* the ones given to are no names */
  assert_recipients (find_award (out, "Giấy khen"), NULL);
}

static void
test_pronoun_in_a_second_predicate (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Ông Quách Văn Tư sinh năm 1931 tại Ninh Bình. "
    "Ông là đại biểu Quốc hội khóa V và được trao tặng Huy hiệu 75 năm tuổi Đảng.");

  assert_recipients (find_award (out, "Huy hiệu 75 năm tuổi Đảng"), "Quách Văn Tư", NULL);
}

static void
test_words_between_the_honour_and_cho (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "UBND tỉnh tặng Bằng khen đột xuất cho anh Vi Văn Mạnh. "
    "Chủ tịch nước trao Huân chương cao quý cho bà Lộc Thị Nga. "
    "Phó Chủ tịch tỉnh trao Giấy khen và số tiền 20 triệu đồng cho hai công dân.");

  assert_recipients (find_award (out, "Bằng khen"), "Vi Văn Mạnh", NULL);
  assert_recipients (find_award (out, "Huân chương"), "Lộc Thị Nga", NULL);
  assert_recipients (find_award (out, "Giấy khen"), "hai công dân", NULL);
}

static void
test_lower_case_head_and_a_year_before_the_name (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Phó Bí thư Thành ủy tặng Bằng khen cho báo Tiền Phong. "
    "Trước đó năm 2005 Công ty Cơ khí Hà Tây nhận danh hiệu Anh hùng Lao động.");

  assert_recipients (find_award (out, "Bằng khen"), "báo Tiền Phong", NULL);
  assert_recipients (find_award (out, "Anh hùng Lao động"), "Công ty Cơ khí Hà Tây", NULL);
}

static void
test_count_of_honours_then_their_recipients (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Hội Văn nghệ dân gian trao tặng 12 Bằng khen cho 12 câu lạc bộ. "
    "Tỉnh trao 6 Huân chương Hữu nghị và 4 Huy chương Hữu nghị cho 7 tập thể và 3 cá nhân.");

  assert_recipients (find_award (out, "Bằng khen"), "12 câu lạc bộ", NULL);
  /* shared by two honours, the list cannot be shared out: the counts stay */
  assert_recipients (find_award (out, "Huân chương Hữu nghị"), "6", NULL);
  assert_recipients (find_award (out, "Huy chương Hữu nghị"), "4", NULL);
}

static void
test_epithet_before_the_issuer_and_money_after (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Ban An toàn giao thông trao bằng khen đột xuất của Chủ tịch UBND tỉnh cho ông Thạch Văn Sang. "
    "Sở Y tế tặng Giấy khen cùng tiền thưởng 5 triệu đồng cho Trạm Y tế xã Long Hòa.");

  assert_recipients (find_award (out, "Bằng khen của Chủ tịch UBND tỉnh"), "Thạch Văn Sang", NULL);
  assert_recipients (find_award (out, "Giấy khen"), "Trạm Y tế xã Long Hòa", NULL);
}

static void
test_nothing_after_a_passive_honour (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Kỹ sư Hồ Quang Trung từng được trao Huân chương Lao động hạng Ba Hà Nội năm 2010.");

  assert_recipients (find_award (out, "Huân chương Lao động hạng Ba"), "Hồ Quang Trung", NULL);
}

static void
test_plural_of_a_family_word_in_passing (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Tỉnh tổ chức lễ trao các huân, huy chương cao quý của Nhà nước cho các tập thể và cá nhân của huyện Đồng Xuân. "
    "Đoàn thể thao mang về nhiều huy chương cho tỉnh Bình Định.");

  assert_no_recipients (out);
}

static void
test_relative_clause_names_the_one_before_it (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Anh Trương Văn Lực (30 tuổi, Phú Yên), người đã cùng hai bạn cứu ngư dân, cũng được trao Bằng khen. "
    "Tại buổi lễ, bà Ngô Thị Thanh Hà, người từng được tặng Huân chương Lao động hạng Nhì, phát biểu.");

  assert_recipients (find_award (out, "Bằng khen"), "Trương Văn Lực", NULL);
  /* the whole name, not its tail */
  assert_recipients (find_award (out, "Huân chương Lao động hạng Nhì"), "Ngô Thị Thanh Hà", NULL);
}

static void
test_description_after_a_person_ends_the_item (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Tỉnh đoàn trao Bằng khen cho em Lò Văn Tâm - học sinh lớp 11A2 Trường THPT Mường Ảng, huyện Mường Ảng, Điện Biên.");

  assert_recipients (find_award (out, "Bằng khen"), "Lò Văn Tâm", NULL);
}

static void
test_a_word_of_a_body_is_no_given_name (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Ông Đỗ Văn Thanh phát biểu tại hội nghị. "
    "Chính phủ tặng Cờ thi đua của Chính phủ cho Thanh tra tỉnh Bình Phước.");

  assert_recipients (find_award (out, "Cờ thi đua của Chính phủ"), "Thanh tra tỉnh Bình Phước", NULL);
}

static void
test_own_names_stop_at_va_and_keep_their_compounds (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Đại tá Carl Jensen được trao Huân chương Danh dự năm 1951. "
    "Ông Hugo Brandt được trao Huân chương Thập tự và 2 Huy chương Chiến thắng. "
    "EVNFinance được trao tặng Huân chương Lao động hạng 3 của Chủ tịch nước.");

  g_assert_nonnull (find_award (out, "Huân chương Danh dự"));
  assert_recipients (find_award (out, "Huân chương Thập tự"), "Hugo Brandt", NULL);
  /* the class as written, not a word of the issuer after it */
  assert_recipients (find_award (out, "Huân chương Lao động hạng 3"), "EVNFinance", NULL);
}

static void
test_ceremony_of_receiving_names_its_host_after_cua (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Sáng 4/5, lễ đón nhận Huân chương Lao động hạng Nhì của Trường Cao đẳng Y tế Lạng Sơn diễn ra trọng thể.\n\n"
    "Chiều qua, lễ đón nhận Huân chương Lao động hạng Ba của Chủ tịch nước đã diễn ra tại Hà Giang.");

  assert_recipients (find_award (out, "Huân chương Lao động hạng Nhì"), "Trường Cao đẳng Y tế Lạng Sơn", NULL);
  /* who gives it is no host */
  g_assert_true (find_award (out, "Huân chương Lao động hạng Ba") == NULL
                 || find_award (out, "Huân chương Lao động hạng Ba")->recipients->len == 0);
}

static void
test_leaders_receive_for_their_body (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Thứ trưởng trao Huân chương Lao động hạng Ba cho lãnh đạo Cục Quản lý dược.");

  assert_recipients (find_award (out, "Huân chương Lao động hạng Ba"), "Cục Quản lý dược", NULL);
}

static void
test_names_after_a_colon_replace_the_count (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Ba nghệ nhân được phong tặng danh hiệu Nghệ nhân Ưu tú: Lường Văn Pọm, Hà Thị Ún, Vì Văn Lả.");

  assert_recipients (find_award (out, "Nghệ nhân Ưu tú"), "Lường Văn Pọm", "Hà Thị Ún", "Vì Văn Lả", NULL);
}

static void
test_motto_in_lower_case (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Ông Khổng Văn Đức được trao Huy chương vì sự nghiệp Văn học Nghệ thuật.");

  assert_recipients (find_award (out, "Huy chương vì sự nghiệp Văn học Nghệ thuật"), "Khổng Văn Đức", NULL);
}

static void
test_main_clause_after_a_fronted_giving (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Trao Huân chương Chiến công hạng Nhì cho Hải đội 2, Chủ tịch tỉnh Đinh Văn Toàn nhấn mạnh vai trò của lực lượng. "
    "Bộ trưởng trao Bằng khen cho ông Lê Văn An, bà Trần Thị Bình cùng 3 cá nhân khác.");

  assert_recipients (find_award (out, "Huân chương Chiến công hạng Nhì"), "Hải đội 2", NULL);
  assert_recipients (find_award (out, "Bằng khen"), "Lê Văn An", "Trần Thị Bình", NULL);
}

static void
test_name_of_the_honour_before_cho (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Anh Trương Văn Lộc hy sinh khi cứu dân trong lũ. "
    "Tỉnh đoàn trao bằng khen Tuổi trẻ xung kích cho đại diện gia đình anh Trương Văn Lộc.");

  assert_recipients (find_award (out, "Bằng khen"), "Trương Văn Lộc", NULL);
}

static void
test_a_purpose_before_the_verb_is_no_giving (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Tỉnh đang hoàn thiện hồ sơ để tặng Huân chương Dũng cảm cho chiến sĩ Vàng A Lử.\n\n"
    "Nhân dịp này, để ghi nhận những đóng góp đó, Chủ tịch nước tặng Huân chương Lao động hạng Ba cho Công ty Chè Mộc Châu.");

  g_assert_true (find_award (out, "Huân chương Dũng cảm") == NULL
                 || find_award (out, "Huân chương Dũng cảm")->recipients->len == 0);
  assert_recipients (find_award (out, "Huân chương Lao động hạng Ba"), "Công ty Chè Mộc Châu", NULL);
}

static void
test_reason_and_credit_are_no_recipients (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Nhờ thành tích chiến đấu ngoan cường, Thượng úy Đặng Văn Hiếu được trao Huân chương Chiến công hạng Ba.\n\n"
    "Phó Chủ tịch nước trao Huân chương Hữu nghị cho lực lượng chuyên gia Cu Ba - Ảnh: TTXVN");

  assert_recipients (find_award (out, "Huân chương Chiến công hạng Ba"), "Đặng Văn Hiếu", NULL);
  assert_recipients (find_award (out, "Huân chương Hữu nghị"), "lực lượng chuyên gia Cu Ba", NULL);
}

static void
test_lower_case_agent_and_issuer (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Năm 1986, liệt sĩ Phùng Văn Khiêm được nhà nước truy tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân. "
    "Bà Mạc Thị Duyên trao tặng bằng khen của chủ tịch UBND tỉnh cho anh Hứa Văn Lộc.");
  const DiemAward *hero = find_award (out, "Anh hùng Lực lượng vũ trang nhân dân");

  assert_recipients (hero, "Phùng Văn Khiêm", NULL);
  /* the one honoured does not give */
  g_assert_cmpstr (hero->presenter, !=, "Phùng Văn Khiêm");
  assert_recipients (find_award (out, "Bằng khen của chủ tịch UBND tỉnh"), "Hứa Văn Lộc", NULL);
}

static void
test_description_in_lower_case_after_a_person (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Công an huyện trao Giấy khen cho em Nông Văn Tú, học sinh lớp 9 Trường THCS Cao Bình, và em Hoàng Thị Mai. "
    "Bộ trưởng trao Bằng khen cho ông Đàm Văn Hiển, cán bộ, chiến sĩ Đồn Biên phòng Trà Lĩnh.");

  assert_recipients (find_award (out, "Giấy khen"), "Nông Văn Tú", "Hoàng Thị Mai", NULL);
  /* collectives joined by a comma are a recipient of their own */
  assert_recipients (find_award (out, "Bằng khen"), "Đàm Văn Hiển", "cán bộ, chiến sĩ Đồn Biên phòng Trà Lĩnh", NULL);
}

/* "Nếu tôi được trao …": a clause that only supposes the giving gives nothing; the
 * clause after its comma does */
static void
test_a_supposed_giving_is_none (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Nếu tôi được trao danh hiệu Nghệ sĩ ưu tú, tôi sẽ tặng mẹ.\n\n"
    "Nếu như anh Vũ Đức Hạnh nhận Bằng khen thì cả xã sẽ mừng.\n\n"
    "Nếu trời mưa, lễ vẫn diễn ra và Chủ tịch tỉnh trao Giấy khen cho ông Lương Văn Tĩnh.");

  g_assert_null (find_award (out, "Nghệ sĩ ưu tú"));
  g_assert_null (find_award (out, "Bằng khen"));
  assert_recipients (find_award (out, "Giấy khen"), "Lương Văn Tĩnh", NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/extract-award-clauses/issuer-with-dash-and-lower-case-terms", test_issuer_with_dash_and_lower_case_terms);
  g_test_add_func ("/extract-award-clauses/issuer-without-the-office-holder", test_issuer_without_the_office_holder);
  g_test_add_func ("/extract-award-clauses/refusal-is-no-award", test_refusal_is_no_award);
  g_test_add_func ("/extract-award-clauses/negation-elsewhere-keeps-the-award", test_negation_elsewhere_keeps_the_award);
  g_test_add_func ("/extract-award-clauses/passive-with-an-office-as-agent", test_passive_with_an_office_as_agent);
  g_test_add_func ("/extract-award-clauses/predicate-of-the-opening-person", test_predicate_of_the_opening_person);
  g_test_add_func ("/extract-award-clauses/predicate-after-another-actor", test_predicate_after_another_actor_names_no_one);
  g_test_add_func ("/extract-award-clauses/founding-anniversary", test_founding_anniversary);
  g_test_add_func ("/extract-award-clauses/one-word-that-is-no-vietnamese-word", test_one_word_that_is_no_vietnamese_word);
  g_test_add_func ("/extract-award-clauses/honour-before-the-verb-ends-the-subject",
                   test_an_honour_before_the_verb_ends_the_subject);
  g_test_add_func ("/extract-award-clauses/relatives-of-the-one-honoured", test_relatives_of_the_one_honoured);
  g_test_add_func ("/extract-award-clauses/given-name-refers-back", test_given_name_refers_back);
  g_test_add_func ("/extract-award-clauses/given-name-with-no-full-name", test_given_name_with_no_full_name);
  g_test_add_func ("/extract-award-clauses/deed-after-doi-voi-and-rank-below-officer",
                   test_deed_after_doi_voi_and_rank_below_officer);
  g_test_add_func ("/extract-award-clauses/what-comes-with-the-honour", test_what_comes_with_the_honour);
  g_test_add_func ("/extract-award-clauses/description-after-a-dash", test_description_after_a_dash_is_no_name);
  g_test_add_func ("/extract-award-clauses/list-after-a-colon-shares-the-verb", test_list_after_a_colon_shares_the_verb);
  g_test_add_func ("/extract-award-clauses/pronoun-in-a-second-predicate", test_pronoun_in_a_second_predicate);
  g_test_add_func ("/extract-award-clauses/words-between-the-honour-and-cho", test_words_between_the_honour_and_cho);
  g_test_add_func ("/extract-award-clauses/lower-case-head-and-a-year-before-the-name",
                   test_lower_case_head_and_a_year_before_the_name);
  g_test_add_func ("/extract-award-clauses/count-of-honours-then-their-recipients",
                   test_count_of_honours_then_their_recipients);
  g_test_add_func ("/extract-award-clauses/epithet-before-the-issuer-and-money-after",
                   test_epithet_before_the_issuer_and_money_after);
  g_test_add_func ("/extract-award-clauses/nothing-after-a-passive-honour", test_nothing_after_a_passive_honour);
  g_test_add_func ("/extract-award-clauses/plural-of-a-family-word-in-passing", test_plural_of_a_family_word_in_passing);
  g_test_add_func ("/extract-award-clauses/relative-clause-names-the-one-before-it",
                   test_relative_clause_names_the_one_before_it);
  g_test_add_func ("/extract-award-clauses/description-after-a-person-ends-the-item",
                   test_description_after_a_person_ends_the_item);
  g_test_add_func ("/extract-award-clauses/a-word-of-a-body-is-no-given-name", test_a_word_of_a_body_is_no_given_name);
  g_test_add_func ("/extract-award-clauses/own-names-stop-at-va-and-keep-their-compounds",
                   test_own_names_stop_at_va_and_keep_their_compounds);
  g_test_add_func ("/extract-award-clauses/ceremony-of-receiving-names-its-host-after-cua",
                   test_ceremony_of_receiving_names_its_host_after_cua);
  g_test_add_func ("/extract-award-clauses/leaders-receive-for-their-body", test_leaders_receive_for_their_body);
  g_test_add_func ("/extract-award-clauses/names-after-a-colon-replace-the-count", test_names_after_a_colon_replace_the_count);
  g_test_add_func ("/extract-award-clauses/motto-in-lower-case", test_motto_in_lower_case);
  g_test_add_func ("/extract-award-clauses/main-clause-after-a-fronted-giving", test_main_clause_after_a_fronted_giving);
  g_test_add_func ("/extract-award-clauses/name-of-the-honour-before-cho", test_name_of_the_honour_before_cho);
  g_test_add_func ("/extract-award-clauses/a-purpose-before-the-verb-is-no-giving", test_a_purpose_before_the_verb_is_no_giving);
  g_test_add_func ("/extract-award-clauses/reason-and-credit-are-no-recipients", test_reason_and_credit_are_no_recipients);
  g_test_add_func ("/extract-award-clauses/lower-case-agent-and-issuer", test_lower_case_agent_and_issuer);
  g_test_add_func ("/extract-award-clauses/description-in-lower-case-after-a-person",
                   test_description_in_lower_case_after_a_person);
  g_test_add_func ("/extract-award-clauses/a-supposed-giving-is-none", test_a_supposed_giving_is_none);
  return g_test_run ();
}
