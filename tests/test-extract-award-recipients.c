/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-extract-award-recipients.c — who receives, written between the verb and the
 * honour ("trao tặng X Huân chương …"), as "the school" after the school was named, in a
 * list whose items say where they are in brackets, or as a unit and its parent; the
 * classes of a series written without "hạng" */
#include <string.h>

#include "diem-article.h"
#include "extract-test-util.h"

static void
test_person_with_offices_after_commas (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Phó Thủ tướng Trần Quang Vinh trao tặng đồng chí Đoàn Minh Châu, Ủy viên Trung ương Đảng khóa IX, "
    "nguyên Thứ trưởng Bộ Tài chính, kiêm Chủ nhiệm Ủy ban về người Việt Nam ở nước ngoài "
    "Huân chương Độc lập hạng Nhì.\n\n"
    "Chủ tịch tỉnh trao tặng bà Hà Thị Liên, Phó Chủ tịch Hội Nông dân tỉnh Huân chương Lao động hạng Ba.\n\n"
    "Thủ tướng Na Uy Erna Solberg đến thăm. Chủ tịch nước đã trao tặng bà Solberg Huân chương Hữu nghị.");

  /* the offices are the person's, whatever words they hold */
  assert_recipients (find_award (out, "Huân chương Độc lập hạng Nhì"), "Đoàn Minh Châu", NULL);
  assert_recipients (find_award (out, "Huân chương Lao động hạng Ba"), "Hà Thị Liên", NULL);
  g_assert_cmpstr (((const DiemAward *) find_award (out, "Huân chương Độc lập hạng Nhì"))->presenter, ==, "Trần Quang Vinh");
  /* a foreign name known for one by its form of address, spelt out from where it was given in full */
  assert_recipients (find_award (out, "Huân chương Hữu nghị"), "Erna Solberg", NULL);
}

static void
test_what_follows_a_comma_must_be_an_office (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Giám đốc sở trao tặng bà Vũ Thanh Hương, người có nhiều đóng góp Bằng khen của Bộ trưởng.\n\n"
    "Thứ trưởng trao tặng Công ty Điện lực, Chi nhánh miền Trung Bằng khen của Bộ Công Thương.");

  /* a description or a second body after the comma leaves the clause unread */
  assert_no_recipients (out);
}

static void
test_count_with_offices_or_a_description (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Bộ trưởng tặng và truy tặng 9 cán bộ lão thành, nguyên Vụ trưởng Vụ Tổng hợp Huân chương Kháng chiến hạng Nhất.\n\n"
    "Bộ trưởng truy tặng 24 đồng chí nguyên là chuyên viên của Bộ Nội vụ Huân chương Lao động hạng Nhì.\n\n"
    "Hội đồng quyết định trao Kỷ niệm chương cho 12 cá nhân là người nước ngoài có nhiều đóng góp.\n\n"
    "Chủ tịch tỉnh tặng Giấy khen cho 2 cá nhân là ngư dân Phan Văn Lực và Đỗ Minh Tú.");

  assert_recipients (find_award (out, "Huân chương Kháng chiến hạng Nhất"), "9 cán bộ lão thành", NULL);
  /* "là" then what they are, in lower case: the count; "là" then names: the names */
  assert_recipients (find_award (out, "Kỷ niệm chương"), "12 cá nhân", NULL);
  assert_recipients (find_award (out, "Giấy khen"), "Phan Văn Lực", "Đỗ Minh Tú", NULL);
  /* what the counted are is the count's own description, kept whole */
  assert_recipients (find_award (out, "Huân chương Lao động hạng Nhì"), "24 đồng chí nguyên là chuyên viên của Bộ Nội vụ", NULL);
}

/* "và" between two names spelt in a foreign way parts two people; between the words of
 * one body's name it does not */
static void
test_foreign_names_joined_by_and (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Đại sứ quán trao Huân chương Hữu nghị cho Olga Ivanova và Sergei Petrov.\n\n"
    "Tỉnh tặng Bằng khen cho Hội Hữu nghị Việt Nam và Liên bang Nga.");

  assert_recipients (find_award (out, "Huân chương Hữu nghị"), "Olga Ivanova", "Sergei Petrov", NULL);
  assert_recipients (find_award (out, "Bằng khen"), "Hội Hữu nghị Việt Nam và Liên bang Nga", NULL);
}

/* a mission abroad is named by where it is; another body's "tại" says where it was */
static void
test_a_mission_abroad_keeps_its_place (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Phó Thủ tướng trao Huân chương Lao động hạng Nhì cho Đại sứ quán Việt Nam tại Campuchia.\n\n"
    "Bộ trưởng trao Bằng khen cho Trường THPT Lê Lợi tại Hà Nội.");

  assert_recipients (find_award (out, "Huân chương Lao động hạng Nhì"), "Đại sứ quán Việt Nam tại Campuchia", NULL);
  assert_recipients (find_award (out, "Bằng khen"), "Trường THPT Lê Lợi", NULL);
}

/* a count keeps what its members are, not what they did */
static void
test_count_without_its_deed (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Công an tỉnh trao Giấy khen cho 6 cá nhân đóng vai trò vô cùng quan trọng trong vụ cứu nạn.\n\n"
    "Thành đoàn tặng Bằng khen cho 12 gia đình trẻ tiêu biểu.");

  assert_recipients (find_award (out, "Giấy khen"), "6 cá nhân", NULL);
  assert_recipients (find_award (out, "Bằng khen"), "12 gia đình trẻ tiêu biểu", NULL);
}

static void
test_honour_given_alongside_is_no_recipient (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Tin vắn trong ngày.\n\n"
    "Ông Lại Văn Sơn trao 20 suất học bổng và Bằng khen cho học sinh nghèo vượt khó.\n\n"
    "Chủ tịch huyện trao tặng 15 phần quà cùng Giấy khen.\n\n"
    "Ban giám khảo trao tặng 48 giải thưởng cho các đề tài sáng tạo kèm Bằng khen của Sở.");

  assert_recipients (find_award (out, "Bằng khen"), "học sinh nghèo vượt khó", NULL);
  g_assert_true (find_award (out, "Giấy khen") == NULL
                 || ((const DiemAward *) find_award (out, "Giấy khen"))->recipients->len == 0);
  /* prizes are counted, not people: the count is a gift */
  g_assert_true (find_award (out, "Bằng khen của Sở") == NULL
                 || ((const DiemAward *) find_award (out, "Bằng khen của Sở"))->recipients->len == 0);
}

static void
test_a_prize_before_the_honour_shares_its_verb (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Tin vắn trong ngày.\n\n"
    "Giáo sư Đoàn Thế Vinh từng được trao Giải thưởng Nhà nước về khoa học, Huân chương Lao động hạng Nhì.");

  assert_recipients (find_award (out, "Huân chương Lao động hạng Nhì"), "Đoàn Thế Vinh", NULL);
}

static void
test_classes_of_a_series_without_hang (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Phó Chủ tịch nước trao Huân chương Lao động hạng Nhất, Nhì, Ba tặng 6 cá nhân.\n\n"
    "Bộ trưởng trao Huân chương Chiến công hạng Nhì và Ba cho hai đơn vị.");

  /* a count shared by the classes is each class's */
  assert_recipients (find_award (out, "Huân chương Lao động hạng Nhất"), "6 cá nhân", NULL);
  assert_recipients (find_award (out, "Huân chương Lao động hạng Nhì"), "6 cá nhân", NULL);
  assert_recipients (find_award (out, "Huân chương Lao động hạng Ba"), "6 cá nhân", NULL);
  assert_recipients (find_award (out, "Huân chương Chiến công hạng Nhì"), "hai đơn vị", NULL);
  assert_recipients (find_award (out, "Huân chương Chiến công hạng Ba"), "hai đơn vị", NULL);
}

static void
test_a_place_after_a_class_is_no_class (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Ông Đỗ Văn Lâm được tặng Huân chương Lao động hạng Nhất, Ba Vì là quê hương của ông.");

  assert_recipients (find_award (out, "Huân chương Lao động hạng Nhất"), "Đỗ Văn Lâm", NULL);
  g_assert_null (find_award (out, "Huân chương Lao động hạng Ba"));
}

static void
test_the_school_named_before (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Tại Trường THCS Nguyễn Du, phường Tân Định, lễ khai giảng có nhiều khách mời.\n\n"
    "Bà Lý Thu Hà trao Huân chương Lao động hạng Ba cho tập thể nhà trường.\n\n"
    "Ở Trường Tiểu học Hòa Hiệp, ông Phạm Đức Bảo trao Bằng khen của Bộ trưởng cho nhà trường.");

  /* the name ends before where the school is */
  assert_recipients (find_award (out, "Huân chương Lao động hạng Ba"), "Trường THCS Nguyễn Du", NULL);
  assert_recipients (find_award (out, "Bằng khen của Bộ trưởng"), "Trường Tiểu học Hòa Hiệp", NULL);
}

static void
test_the_school_with_no_school_named (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Ông Phạm Đức Bảo trao Bằng khen của Bộ trưởng cho nhà trường.");

  assert_no_recipients (out);
}

static void
test_aside_in_brackets_ends_no_list (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Chủ tịch nước trao danh hiệu Anh hùng Lao động cho 3 tập thể gồm: Hợp tác xã Tân Lập (tỉnh Bến Tre); "
    "Công ty cổ phần chè Mộc Châu (tỉnh Sơn La); Bệnh viện Đa khoa Trung ương Cần Thơ (Bộ Y tế).");

  /* a place in lower case is no part of the name; a body in brackets is */
  assert_recipients (find_award (out, "Anh hùng Lao động"), "Hợp tác xã Tân Lập", "Công ty cổ phần chè Mộc Châu",
                     "Bệnh viện Đa khoa Trung ương Cần Thơ (Bộ Y tế)", NULL);
}

static void
test_two_verbs_of_one_predicate (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Sau ngày thống nhất, 14 chiến sĩ quân báo được phong tặng, truy tặng danh hiệu Anh hùng lực lượng vũ trang nhân dân.\n\n"
    "Bà Trịnh Thị Lan được tặng và truy tặng Huân chương Kháng chiến hạng Nhì.");

  assert_recipients (find_award (out, "Anh hùng lực lượng vũ trang nhân dân"), "14 chiến sĩ quân báo", NULL);
  assert_recipients (find_award (out, "Huân chương Kháng chiến hạng Nhì"), "Trịnh Thị Lan", NULL);
}

static void
test_a_unit_and_its_parent (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Khoa Nhi, Bệnh viện Đa khoa tỉnh Bắc Giang nhận Bằng khen của Thủ tướng Chính phủ.\n\n"
    "Bộ trưởng trao Bằng khen của Bộ Công Thương cho Chi nhánh Vĩnh Long, Công ty Xăng dầu Cửu Long "
    "và Nhà máy Thủy điện Sơn La, Tập đoàn Điện lực Việt Nam.");

  /* a larger unit after the comma is the parent of the one before it */
  assert_recipients (find_award (out, "Bằng khen của Thủ tướng Chính phủ"), "Khoa Nhi, Bệnh viện Đa khoa tỉnh Bắc Giang", NULL);
  assert_recipients (find_award (out, "Bằng khen của Bộ Công Thương"), "Chi nhánh Vĩnh Long, Công ty Xăng dầu Cửu Long",
                     "Nhà máy Thủy điện Sơn La, Tập đoàn Điện lực Việt Nam", NULL);
}

static void
test_the_honour_as_subject (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Huân chương Lao động hạng Nhì do Chủ tịch nước trao tặng cho Công ty Cấp nước Bến Thành.\n\n"
    "Bằng khen của Thủ tướng Chính phủ đã được trao cho 16 tập thể.\n\n"
    "Trường THPT Phan Bội Châu vinh dự đón nhận Huân chương Lao động hạng Ba do Chủ tịch nước trao tặng.");

  assert_recipients (find_award (out, "Huân chương Lao động hạng Nhì"), "Công ty Cấp nước Bến Thành", NULL);
  assert_recipients (find_award (out, "Bằng khen của Thủ tướng Chính phủ"), "16 tập thể", NULL);
  /* "do …" with no "cho" after the verb: the one who receives came before */
  assert_recipients (find_award (out, "Huân chương Lao động hạng Ba"), "Trường THPT Phan Bội Châu", NULL);
}

static void
test_a_year_after_an_honour_of_a_chain (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Bà Đặng Thị Yến được tặng Bằng khen của Thủ tướng Chính phủ năm 2018 và Huân chương Lao động hạng Ba năm 2023.\n\n"
    "Ông Kiều Văn Sáu được tặng Huân chương Chiến công hạng Ba năm 1972, hạng Nhì năm 1975.");

  assert_recipients (find_award (out, "Bằng khen của Thủ tướng Chính phủ"), "Đặng Thị Yến", NULL);
  assert_recipients (find_award (out, "Huân chương Lao động hạng Ba"), "Đặng Thị Yến", NULL);
  assert_recipients (find_award (out, "Huân chương Chiến công hạng Ba"), "Kiều Văn Sáu", NULL);
  assert_recipients (find_award (out, "Huân chương Chiến công hạng Nhì"), "Kiều Văn Sáu", NULL);
}

static void
test_an_order_of_a_neighbour_state (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Thay mặt Nhà nước Lào, Đại sứ trao Huân chương Tự do hạng Nhì cho Bộ Chỉ huy Quân sự tỉnh Nghệ An.");

  /* "Tự do" is the order's name, "do" is no agent */
  assert_recipients (find_award (out, "Huân chương Tự do hạng Nhì"), "Bộ Chỉ huy Quân sự tỉnh Nghệ An", NULL);
}

static void
test_an_age_in_brackets_ends_the_list (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Bí thư Tỉnh đoàn Lò Văn Pó trao Bằng khen cho em Hà Minh Đức (12 tuổi), học sinh lớp 6B Trường THCS Nậm Ty, "
    "huyện Sông Mã vì đã dũng cảm cứu bạn.");

  assert_recipients (find_award (out, "Bằng khen"), "Hà Minh Đức", NULL);
}

static void
test_a_school_named_only_by_common_words (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Trường ĐH đầu tiên của vùng kỷ niệm 60 năm thành lập\n\n"
    "Phó Thủ tướng trao Huân chương Lao động hạng Nhất cho tập thể nhà trường.");

  /* "Trường ĐH" is "a university", no name */
  assert_no_recipients (out);
}

static void
test_a_subject_with_an_apposition (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Năm 2009, ông Phùng Quang Vũ, nguyên Bí thư Thị ủy Sơn Tây, được tặng danh hiệu Anh hùng Lao động.\n\n"
    "Bà Tạ Thị Nhung, Giám đốc Sở Tài chính được tặng Huân chương Lao động hạng Ba.\n\n"
    "Theo ông Lò Văn Inh, Chủ tịch UBND huyện, đơn vị được tặng Cờ thi đua của Chính phủ.");

  assert_recipients (find_award (out, "Anh hùng Lao động"), "Phùng Quang Vũ", NULL);
  assert_recipients (find_award (out, "Huân chương Lao động hạng Ba"), "Tạ Thị Nhung", NULL);
  /* the one who speaks is not the one who receives */
  g_assert_true (find_award (out, "Cờ thi đua của Chính phủ") == NULL
                 || !has_string (((const DiemAward *) find_award (out, "Cờ thi đua của Chính phủ"))->recipients, "Lò Văn Inh"));
}

static void
test_a_host_that_also_receives (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Sáng 12-9, Bệnh viện Đa khoa tỉnh Phú Thọ tổ chức lễ kỷ niệm 60 năm thành lập, đồng thời đón nhận "
    "Huân chương Lao động hạng Nhì.");

  assert_recipients (find_award (out, "Huân chương Lao động hạng Nhì"), "Bệnh viện Đa khoa tỉnh Phú Thọ", NULL);
}

static void
test_the_period_a_title_honours (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Chủ tịch nước trao danh hiệu Anh hùng lực lượng vũ trang nhân dân thời kỳ kháng chiến chống Mỹ, cứu nước "
    "cho Trung đoàn 24.");

  assert_recipients (find_award (out, "Anh hùng lực lượng vũ trang nhân dân"), "Trung đoàn 24", NULL);
}

static void
test_the_academy_named_before (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Ngày 15-6, Học viện An ninh nhân dân kỷ niệm 70 năm thành lập.\n\n"
    "Năm 2012, Học viện được tặng Huân chương Độc lập hạng Nhất.\n\n"
    "Trung tâm được tặng Bằng khen của Bộ trưởng.");

  /* the name goes on in lower case after its capitalised words */
  assert_recipients (find_award (out, "Huân chương Độc lập hạng Nhất"), "Học viện An ninh nhân dân", NULL);
  /* a head noun with no body named before is no one */
  g_assert_true (find_award (out, "Bằng khen của Bộ trưởng") == NULL
                 || ((const DiemAward *) find_award (out, "Bằng khen của Bộ trưởng"))->recipients->len == 0);
}

static void
test_the_company_that_gives (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Chị Lâm Thị Hoa là nhân viên Công ty Cấp nước Gia Định.\n\n"
    "Chị nhận bằng khen của công ty vì đã trả lại tiền cho người đánh rơi.");

  /* "của công ty" says who gives it, not who receives */
  g_assert_true (find_award (out, "Bằng khen") == NULL
                 || !has_string (((const DiemAward *) find_award (out, "Bằng khen"))->recipients, "Công ty Cấp nước Gia Định"));
}

static void
test_the_body_whose_ceremony_it_is (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Tại lễ đón nhận Huân chương Lao động hạng Ba của cục Văn thư, NSƯT Kim Oanh đã phát biểu.");

  /* a head in lower case with its name receives; the name ends at the comma */
  assert_recipients (find_award (out, "Huân chương Lao động hạng Ba"), "cục Văn thư", NULL);
}

static void
test_one_who_receives_for_a_body (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Ông Đỗ Xuân Trường, Phó Tổng giám đốc Công ty Sông Đà đại diện công ty nhận Bằng khen của Bộ Xây dựng.");

  g_assert_true (find_award (out, "Bằng khen của Bộ Xây dựng") == NULL
                 || !has_string (((const DiemAward *) find_award (out, "Bằng khen của Bộ Xây dựng"))->recipients, "Đỗ Xuân Trường"));
}

static void
test_an_adverb_before_the_subject (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Ngoài ra, Hợp tác xã Thành Công được tặng Bằng khen của Bộ trưởng.\n\n"
    "Đồng thời, bà Lưu Thị Cúc được tặng Giấy khen.");

  /* the adverb that opens the sentence is no one */
  assert_recipients (find_award (out, "Bằng khen của Bộ trưởng"), "Hợp tác xã Thành Công", NULL);
  assert_recipients (find_award (out, "Giấy khen"), "Lưu Thị Cúc", NULL);
}

static void
test_an_abbreviation_period_inside_the_subject (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Trường THPT Nguyễn Thị Minh Khai TP. HCM đón nhận Huân chương Lao động hạng Nhì.");

  assert_recipients (find_award (out, "Huân chương Lao động hạng Nhì"), "Trường THPT Nguyễn Thị Minh Khai TP. HCM", NULL);
}

static void
test_a_proposal_word_inside_a_compound (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Tại chương trình, Chủ tịch tỉnh trao Bằng khen cho Hội Chữ thập đỏ huyện.\n\n"
    "Sau quá trình công tác, bà Viên Thị Hạnh được tặng Huân chương Lao động hạng Ba.\n\n"
    "Sở Nội vụ trình Chủ tịch nước tặng Huân chương Lao động hạng Nhì cho Công ty Sông Hồng.");

  /* "chương trình", "quá trình" hold no "trình" that proposes */
  assert_recipients (find_award (out, "Bằng khen"), "Hội Chữ thập đỏ huyện", NULL);
  assert_recipients (find_award (out, "Huân chương Lao động hạng Ba"), "Viên Thị Hạnh", NULL);
  /* "trình" alone still does */
  g_assert_true (find_award (out, "Huân chương Lao động hạng Nhì") == NULL
                 || ((const DiemAward *) find_award (out, "Huân chương Lao động hạng Nhì"))->recipients->len == 0);
}

static void
test_a_profession_before_the_name (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Bộ trưởng trao Bằng khen cho Hoa hậu Đỗ Mỹ Linh và nhà báo Trần Quang Vinh.\n\n"
    "Nhạc sĩ Hồ Văn Lý nhận Huy chương Vì sự nghiệp văn hóa.\n\n"
    "Bộ Hải quân Anh truy tặng Huân chương Chữ thập cho hai thủy thủ Oliver Grant và Harry Bell.\n\n"
    "Liên đoàn trao Huân chương Thể thao cho đội tuyển bóng đá U23 Việt Nam.\n\n"
    "Bộ Ngoại giao Nhật trao Huân chương Mặt trời mọc cho GS ĐH Keio Đoàn Văn Sáu.\n\n"
    "Trung ương Đoàn trao Huy hiệu Tuổi trẻ dũng cảm cho anh Thào Văn Sềnh.");

  /* the profession is an epithet, not part of the name */
  assert_recipients (find_award (out, "Bằng khen"), "Đỗ Mỹ Linh", "Trần Quang Vinh", NULL);
  assert_recipients (find_award (out, "Huy chương Vì sự nghiệp văn hóa"), "Hồ Văn Lý", NULL);
  /* a count and a trade before names spelt in a foreign way; a team is named whole */
  assert_recipients (find_award (out, "Huân chương Chữ thập"), "Oliver Grant", "Harry Bell", NULL);
  assert_recipients (find_award (out, "Huân chương Thể thao"), "đội tuyển bóng đá U23 Việt Nam", NULL);
  /* after a rank, the body the person is of, then the name; a name the family-name list
   * does not know stays whole */
  assert_recipients (find_award (out, "Huân chương Mặt trời mọc"), "Đoàn Văn Sáu", NULL);
  assert_recipients (find_award (out, "Huy hiệu Tuổi trẻ dũng cảm"), "Thào Văn Sềnh", NULL);
}

static void
test_a_clause_after_the_list (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Tổng biên tập Hà Minh Đạo tặng Kỷ niệm chương cho ông Lục Văn Sơn, trong chương trình gặp mặt tại "
    "trụ sở báo (12 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội) ngày 5-6.");

  /* the places in the clause after the list are no recipients */
  assert_recipients (find_award (out, "Kỷ niệm chương"), "Lục Văn Sơn", NULL);
}

static void
test_a_plural_of_a_country (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Nhà vua trao Huân chương Hữu nghị cho một số cá nhân Hàn Quốc.\n\n"
    "Bộ trưởng trao Kỷ niệm chương cho các cán bộ của Sở Tư pháp.");

  /* a country makes no plural definite; a body does */
  g_assert_true (find_award (out, "Huân chương Hữu nghị") == NULL
                 || ((const DiemAward *) find_award (out, "Huân chương Hữu nghị"))->recipients->len == 0);
  assert_recipients (find_award (out, "Kỷ niệm chương"), "các cán bộ của Sở Tư pháp", NULL);
}

static void
test_a_subject_that_receives_several (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Thượng tá Lò Văn Khánh đã được tặng 3 Huân chương Chiến công và 12 Bằng khen.\n\n"
    "Hợp tác xã Thành Công 4 lần nhận Cờ thi đua của UBND tỉnh.\n\n"
    "Sở đã trao 7 Huân chương Lao động hạng Ba.");

  /* the number says how many the subject received, not who */
  assert_recipients (find_award (out, "Huân chương Chiến công"), "Lò Văn Khánh", NULL);
  assert_recipients (find_award (out, "Bằng khen"), "Lò Văn Khánh", NULL);
  g_assert_null (((const DiemAward *) find_award (out, "Huân chương Chiến công"))->presenter);
  /* "4 lần" is how often */
  assert_recipients (find_award (out, "Cờ thi đua của UBND tỉnh"), "Hợp tác xã Thành Công", NULL);
  /* with no one named, the number is what the text says */
  assert_recipients (find_award (out, "Huân chương Lao động hạng Ba"), "7", NULL);
}

static void
test_counts_each_with_its_own_list (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Hội nghị trao 6 Huân chương Lao động hạng Nhì cho 6 tập thể và 15 Bằng khen của Bộ trưởng cho "
    "15 cá nhân tiêu biểu.");

  /* "và" joins two givings, each with its own "cho" */
  assert_recipients (find_award (out, "Huân chương Lao động hạng Nhì"), "6 tập thể", NULL);
  assert_recipients (find_award (out, "Bằng khen của Bộ trưởng"), "15 cá nhân tiêu biểu", NULL);
}

static void
test_a_new_holder_of_an_office (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Tân Giám đốc Sở Tài chính từng được tặng Huân chương Lao động hạng Ba.\n\n"
    "Tân Chủ tịch UBND huyện Phan Minh Tâm từng được tặng Bằng khen của Thủ tướng Chính phủ.");

  /* an office with no name is no one; with a name, the name */
  g_assert_true (find_award (out, "Huân chương Lao động hạng Ba") == NULL
                 || ((const DiemAward *) find_award (out, "Huân chương Lao động hạng Ba"))->recipients->len == 0);
  assert_recipients (find_award (out, "Bằng khen của Thủ tướng Chính phủ"), "Phan Minh Tâm", NULL);
}

static void
test_counted_honours_for_one_named_body (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Nhà nước đã tặng 1 Huân chương Lao động hạng Nhì và 2 Huân chương Lao động hạng Ba cho "
    "Nhà máy Cơ khí Hòa Bình.\n\n"
    "Bộ trưởng trao 5 Huân chương Chiến công và 9 Huy chương Quân kỳ quyết thắng cho 4 tập thể và 10 cá nhân.");

  /* one list that names, not counts: every honour of the chain is the body's */
  assert_recipients (find_award (out, "Huân chương Lao động hạng Nhì"), "Nhà máy Cơ khí Hòa Bình", NULL);
  assert_recipients (find_award (out, "Huân chương Lao động hạng Ba"), "Nhà máy Cơ khí Hòa Bình", NULL);
  /* counts after "cho" cannot be shared out: each honour keeps its number */
  assert_recipients (find_award (out, "Huân chương Chiến công"), "5", NULL);
  assert_recipients (find_award (out, "Huy chương Quân kỳ quyết thắng"), "9", NULL);
}

static void
test_a_ground_or_a_season_after_the_recipient (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Việc tặng danh hiệu Anh hùng Lao động cho Tổng công ty Sông Đà dựa trên các thành tích đã đạt được.\n\n"
    "Bộ Ngoại giao trao Kỷ niệm chương cho Hội hữu nghị Việt - Lào mùa thu năm 2019.");

  assert_recipients (find_award (out, "Anh hùng Lao động"), "Tổng công ty Sông Đà", NULL);
  assert_recipients (find_award (out, "Kỷ niệm chương"), "Hội hữu nghị Việt - Lào", NULL);
}

static void
test_a_second_giving_after_va (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Giám đốc sở trao Bằng khen cho 5 tập thể của Sở Y tế và thư cảm ơn cho 3 nhà tài trợ.");

  /* "và thư cảm ơn cho …" gives something else to others */
  assert_recipients (find_award (out, "Bằng khen"), "5 tập thể của Sở Y tế", NULL);
}

static void
test_an_age_after_the_name_ends_the_list (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Huyện đoàn tặng Giấy khen cho anh Vi Văn Tuấn, 31 tuổi, thợ xây ở xã Tân Lập vì đã cứu người.");

  assert_recipients (find_award (out, "Giấy khen"), "Vi Văn Tuấn", NULL);
}

static void
test_who_a_person_is_before_the_name (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Bí thư Thành ủy tặng Bằng khen cho người con hiếu thảo Lý Thị Mận.\n\n"
    "Sở trao Giấy khen cho trường Lê Quý Đôn và đội Kim Đồng.");

  /* a description, then a name: the person */
  assert_recipients (find_award (out, "Bằng khen"), "Lý Thị Mận", NULL);
  /* a head noun, then a name: a body named after someone */
  assert_recipients (find_award (out, "Giấy khen"), "trường Lê Quý Đôn", "đội Kim Đồng", NULL);
}

static void
test_an_honour_taken_away (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Chủ tịch nước ký quyết định thu hồi Huân chương Lao động hạng Nhì của ông Đỗ Văn Khải.\n\n"
    "Ông Lưu Văn Tài, người từng bị hủy danh hiệu Anh hùng Lao động, đã nộp lại tiền thưởng.\n\n"
    "Bộ trưởng ký quyết định hủy bỏ quyết định tặng Bằng khen đối với ông Phan Văn Sáu.");
  const DiemAward *praise;

  /* revoked honours are no awards */
  g_assert_null (find_award (out, "Huân chương Lao động hạng Nhì"));
  g_assert_null (find_award (out, "Anh hùng Lao động"));
  praise = find_award (out, "Bằng khen");
  g_assert_true (praise == NULL || praise->recipients->len == 0);
}

/* a sentence that opens on "Và" */
static void
test_and_opening_a_sentence (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Và Đinh Thị Hoa (lớp 9A, Trường THCS Lý Tự Trọng) nhận Giấy khen.");

  assert_recipients (find_award (out, "Giấy khen"), "Đinh Thị Hoa", NULL);
}

static void
test_a_religious_title_before_the_name (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Chủ tịch tỉnh trao Bằng khen cho Thượng tọa Thích Minh Tâm.\n\n"
    "Hòa thượng đã được Nhà nước tặng Huân chương Đại đoàn kết dân tộc.");

  assert_recipients (find_award (out, "Bằng khen"), "Thích Minh Tâm", NULL);
  /* the title alone is no one */
  g_assert_cmpuint (((const DiemAward *) find_award (out, "Huân chương Đại đoàn kết dân tộc"))->recipients->len, ==, 0);
}

static void
test_the_person_before_la (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Thầy Phan Văn Lực (41 tuổi) là giáo viên duy nhất của huyện được Bộ trưởng tặng Bằng khen.");

  assert_recipients (find_award (out, "Bằng khen của Bộ trưởng"), "Phan Văn Lực", NULL);
}

static void
test_an_age_is_no_count (void)
{
  g_autoptr(DiemExtraction) out = extract_text ("Cụ bà 98 tuổi nhận Huy hiệu 70 năm tuổi Đảng.");

  g_assert_cmpuint (((const DiemAward *) find_award (out, "Huy hiệu 70 năm tuổi Đảng"))->recipients->len, ==, 0);
}

static void
test_given_names_joined_by_va (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Hai em Lò Văn Sáng và Vì Thị Hiền đã cứu bạn khỏi đuối nước. "
    "Sáng và Hiền được Huyện đoàn tặng Giấy khen.");

  /* each given name is the person the article named in full */
  assert_recipients (find_award (out, "Giấy khen"), "Lò Văn Sáng", "Vì Thị Hiền", NULL);
}

static void
test_offices_joined_by_commas_before_a_name (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Đồng chí Mai Văn Tường trao Huân chương Lao động hạng Nhì cho Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh "
    "Đoàn Văn Khiêm và Phó Chủ tịch HĐND tỉnh, Trưởng ban Pháp chế Lục Thị Nga.");

  /* the offices are the names', and "và" joins two people */
  assert_recipients (find_award (out, "Huân chương Lao động hạng Nhì"), "Đoàn Văn Khiêm", "Lục Thị Nga", NULL);
}

static void
test_offices_after_a_name_then_another_name (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Đại sứ trao Kỷ niệm chương cho các dịch giả: Lâm Văn Hào, Ngô Thị Lý và ông Kiều Văn Mạnh, Tổng thư ký "
    "Hội hữu nghị, ông Quách Văn Tú, nguyên Đại sứ tại Séc vì những đóng góp cho tình hữu nghị.");

  /* an office after a name is that person's; the next name is another recipient */
  assert_recipients (find_award (out, "Kỷ niệm chương"), "Lâm Văn Hào", "Ngô Thị Lý", "Kiều Văn Mạnh", "Quách Văn Tú", NULL);
}

static void
test_a_subject_list_across_a_semicolon (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Các tập thể Công ty Xi măng Hoàng Thạch, Trường THCS Tân Dân và Thượng tá Bùi Văn Khoa, Trưởng Công an "
    "huyện; Đại úy Trịnh Văn Lộc, Phó Đội trưởng Đội Cảnh sát giao thông đón nhận Huân chương Chiến công hạng Ba.");

  assert_recipients (find_award (out, "Huân chương Chiến công hạng Ba"), "Công ty Xi măng Hoàng Thạch", "Trường THCS Tân Dân",
                     "Bùi Văn Khoa", "Trịnh Văn Lộc", NULL);
}

static void
test_cho_before_the_one_honoured_and_the_honour (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Thứ trưởng trao cho thân nhân Thiếu tá Vàng A Sử Bằng khen của Bộ trưởng Bộ Quốc phòng.");

  /* relatives receive for the one honoured */
  assert_recipients (find_award (out, "Bằng khen của Bộ trưởng Bộ Quốc phòng"), "Vàng A Sử", NULL);
}

static void
test_classes_given_in_order_by_a_passive (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Huân chương Lao động hạng Nhì, hạng Ba lần lượt được trao cho Công ty Dệt Nam Định và Công ty May Việt Tiến.\n\n"
    "Huân chương Chiến công hạng Nhất, hạng Nhì được trao tương ứng cho Đồn Biên phòng Lũng Cú và Đồn Biên phòng Săm Pun.\n\n"
    "Ông Phí Văn Lâm đã 4 lần được tặng Cờ thi đua của Bộ Quốc phòng.");

  assert_recipients (find_award (out, "Huân chương Lao động hạng Nhì"), "Công ty Dệt Nam Định", NULL);
  assert_recipients (find_award (out, "Huân chương Lao động hạng Ba"), "Công ty May Việt Tiến", NULL);
  assert_recipients (find_award (out, "Huân chương Chiến công hạng Nhất"), "Đồn Biên phòng Lũng Cú", NULL);
  assert_recipients (find_award (out, "Huân chương Chiến công hạng Nhì"), "Đồn Biên phòng Săm Pun", NULL);
  assert_recipients (find_award (out, "Cờ thi đua của Bộ Quốc phòng"), "Phí Văn Lâm", NULL);
}

static void
test_a_second_verb_or_gift_before_the_recipients (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Huyện đoàn trao tặng Giấy khen, phần thưởng cho em Lưu Văn Đạt.\n\n"
    "Nhà trường tặng Bằng khen và biểu dương hai em Hồ Thị Loan và Kha Văn Tín vì đã trả lại của rơi.\n\n"
    "Thành phố tặng Huy hiệu Tuổi trẻ dũng cảm và trao thưởng 20 triệu đồng cho anh Mạc Văn Lợi.");

  assert_recipients (find_award (out, "Giấy khen"), "Lưu Văn Đạt", NULL);
  /* "vì" after a name opens the reason, not a clause of its own */
  assert_recipients (find_award (out, "Bằng khen"), "Hồ Thị Loan", "Kha Văn Tín", NULL);
  /* the money is what the second verb gives */
  assert_recipients (find_award (out, "Huy hiệu Tuổi trẻ dũng cảm"), "Mạc Văn Lợi", NULL);
}

static void
test_a_place_alone_is_no_recipient (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Bộ trưởng trao Bằng khen cho em Tạ Văn Khôi, học sinh lớp 8 Trường THCS Kim Liên, huyện Nam Đàn, Nghệ An.");

  assert_recipients (find_award (out, "Bằng khen"), "Tạ Văn Khôi", NULL);
}

static void
test_a_subject_list_after_a_plural_form_of_address (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Các đồng chí Vi Văn Sơn, Lê Thị Hạnh, Đàm Văn Lộc được trao Huy hiệu 50 năm tuổi Đảng.\n\n"
    "Đồng chí Hầu A Lềnh, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy trao Huy hiệu 60 năm tuổi Đảng cho 7 đảng viên.");

  assert_recipients (find_award (out, "Huy hiệu 50 năm tuổi Đảng"), "Vi Văn Sơn", "Lê Thị Hạnh", "Đàm Văn Lộc", NULL);
  /* the presenter is the name before the offices */
  g_assert_cmpstr (((const DiemAward *) find_award (out, "Huy hiệu 60 năm tuổi Đảng"))->presenter, ==, "Hầu A Lềnh");
}

static void
test_a_form_of_address_for_the_person_named_before (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Cô Hứa Thị Lan dạy học ở điểm trường vùng cao. Năm 2021, cô được Bộ trưởng tặng Bằng khen.\n\n"
    "Anh Giàng A Páo đã cứu hai em nhỏ. Anh được Tỉnh đoàn tặng Giấy khen.");

  assert_recipients (find_award (out, "Bằng khen của Bộ trưởng"), "Hứa Thị Lan", NULL);
  assert_recipients (find_award (out, "Giấy khen"), "Giàng A Páo", NULL);
}

static void
test_a_description_after_a_dash_or_a_place_after_the_name (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Chị Đinh Thị Mơ - Việt kiều Úc vừa nhận Bằng khen của Bộ Ngoại giao.\n\n"
    "Ông Hồ Văn Dư trao Kỷ niệm chương cho bà Lục Thị Vân bên ngoài hội trường.\n\n"
    "Nhiều người kêu gọi tỉnh tặng Giấy khen cho anh Vũ Văn Nhất.");

  assert_recipients (find_award (out, "Bằng khen của Bộ Ngoại giao"), "Đinh Thị Mơ", NULL);
  assert_recipients (find_award (out, "Kỷ niệm chương"), "Lục Thị Vân", NULL);
  /* a call to give is a proposal */
  g_assert_null (find_award (out, "Giấy khen"));
}

static void
test_one_count_of_two_kinds_of_place (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Thủ tướng tặng Cờ thi đua của Chính phủ cho 9 tỉnh, thành phố dẫn đầu phong trào thi đua.\n\n"
    "Bộ trưởng tặng Bằng khen cho 4 huyện, 11 xã.");

  assert_recipients (find_award (out, "Cờ thi đua của Chính phủ"), "9 tỉnh, thành phố", NULL);
  /* two counts stay two */
  assert_recipients (find_award (out, "Bằng khen"), "4 huyện", "11 xã", NULL);
}

static void
test_who_gives_it_written_after_the_honour (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Ông Đào Văn Lâm tặng bằng khen UBND TP. HCM cho Công ty Cấp nước Chợ Lớn.");

  /* the abbreviation's period does not end what the honour is called */
  assert_recipients (find_award (out, "Bằng khen"), "Công ty Cấp nước Chợ Lớn", NULL);
}

static void
test_an_honour_received_for_a_relative (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Bà Lò Thị Phấn nhận Bằng khen của cha mình sau 40 năm.\n\n"
    "Chị Hà Thị Nguyệt nhận Huân chương Chiến công hạng Ba thay cho chồng là liệt sĩ Lương Văn Tiến.\n\n"
    "Ông Vũ Đình Khoa nhận Kỷ niệm chương và Giấy khen thay con gái.");

  /* the one who receives is not the one honoured */
  g_assert_cmpuint (((const DiemAward *) find_award (out, "Bằng khen"))->recipients->len, ==, 0);
  assert_recipients (find_award (out, "Huân chương Chiến công hạng Ba"), "Lương Văn Tiến", NULL);
  g_assert_cmpuint (((const DiemAward *) find_award (out, "Kỷ niệm chương"))->recipients->len, ==, 0);
  g_assert_cmpuint (((const DiemAward *) find_award (out, "Giấy khen"))->recipients->len, ==, 0);
}

static void
test_a_plural_after_va_is_another_item (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Bộ trưởng trao Bằng khen cho Viện Pasteur Nha Trang và các chuyên gia Pháp.\n\n"
    "Thủ tướng trao Giấy khen cho ông Kim Sang Woo và các trợ lý.");

  /* the body is one recipient; the vague plural names no one */
  assert_recipients (find_award (out, "Bằng khen"), "Viện Pasteur Nha Trang", NULL);
  /* nor after a person the grammar reads by his form of address */
  assert_recipients (find_award (out, "Giấy khen"), "Kim Sang Woo", NULL);
}

static void
test_a_count_written_with_thousands (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Sư đoàn 308 được tặng 12 Huân chương Quân công và 1.500 Huân chương Chiến công.");

  /* "1.500" counts the second honour; the subject received both */
  assert_recipients (find_award (out, "Huân chương Quân công"), "Sư đoàn 308", NULL);
  assert_recipients (find_award (out, "Huân chương Chiến công"), "Sư đoàn 308", NULL);
}

static void
test_a_list_word_before_the_recipients (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Danh sách 12 doanh nhân nhận Bằng khen của Bộ Công Thương được công bố hôm qua.");

  /* "Danh sách" names the list, not who is in it */
  assert_recipients (find_award (out, "Bằng khen của Bộ Công Thương"), "12 doanh nhân", NULL);
}

static void
test_a_leader_abroad_after_the_office (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Tổng thống Mỹ trao tặng phó tổng thống Kamala Harris Huân chương Tự do tại Nhà Trắng.\n\n"
    "Chủ tịch nước trao Huân chương Hữu nghị cho Thủ tướng Jacinda Ardern.");

  assert_recipients (find_award (out, "Huân chương Tự do"), "Kamala Harris", NULL);
  assert_recipients (find_award (out, "Huân chương Hữu nghị"), "Jacinda Ardern", NULL);
}

static void
test_who_the_person_is_and_where_after_commas (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Tỉnh đoàn trao Huy hiệu Tuổi trẻ dũng cảm cho em Vi Văn Thắng, học sinh lớp 11, Trường THPT Con Cuông, "
    "người đã cứu hai bạn khỏi lũ.\n\n"
    "Hội Điện ảnh trao 12 Bằng khen cho 12 đoàn phim, 1 Giấy khen cho phim Mùa lúa chín (hãng phim Sao Mai).\n\n"
    "Sở Tư pháp tặng 30 Kỷ niệm chương cho các luật gia lâu năm của tỉnh.");

  assert_recipients (find_award (out, "Huy hiệu Tuổi trẻ dũng cảm"), "Vi Văn Thắng", NULL);
  assert_recipients (find_award (out, "Bằng khen"), "12 đoàn phim", NULL);
  /* the text names who, in words not read: not the number */
  assert_recipients (find_award (out, "Giấy khen"), NULL);
  /* a vague plural after "cho": the number is what the text says */
  assert_recipients (find_award (out, "Kỷ niệm chương"), "30", NULL);
}

static void
test_a_group_named_only_by_what_it_did (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Sở Y tế tặng Giấy khen cho các điều dưỡng tiêu biểu.\n\n"
    "Ban tổ chức trao Bằng khen cho các vận động viên có thành tích cao tại giải đấu năm nay.\n\n"
    "Hội Nông dân trao Kỷ niệm chương cho những hội viên đã có nhiều đóng góp cho phong trào trong thời gian qua.\n\n"
    "Ban giám hiệu trao Huy hiệu cho các cá nhân.\n\n"
    "Bộ trưởng trao tặng 15 Cờ thi đua cho các đơn vị có nhiều đóng góp.\n\n"
    "Tỉnh trao Giấy khen của Chủ tịch tỉnh cho các tập thể, cá nhân có thành tích trong phòng chống bão lũ.");

  assert_recipients (find_award (out, "Giấy khen"), "các điều dưỡng tiêu biểu", NULL);
  /* two collectives joined by a comma are one group */
  assert_recipients (find_award (out, "Giấy khen của Chủ tịch tỉnh"),
                     "các tập thể, cá nhân có thành tích trong phòng chống bão lũ", NULL);
  /* the description ends before where, when or why */
  assert_recipients (find_award (out, "Bằng khen"), "các vận động viên có thành tích cao", NULL);
  assert_recipients (find_award (out, "Kỷ niệm chương"), "những hội viên đã có nhiều đóng góp cho phong trào", NULL);
  /* a plural with nothing said of it names no one */
  assert_recipients (find_award (out, "Huy hiệu"), NULL);
  /* a number of honours says more than a group described */
  assert_recipients (find_award (out, "Cờ thi đua"), "15", NULL);
}

static void
test_a_foreign_name_after_a_form_of_address (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Bà Ingrid Halvorsen sang Việt Nam lần đầu năm 1990. Hội Hữu nghị trao Kỷ niệm chương cho bà.\n\n"
    "UBND huyện trao Bằng khen và thưởng 20 triệu đồng (tiền của quỹ khuyến học) cho ông Hà Văn Lộc.");

  assert_recipients (find_award (out, "Kỷ niệm chương"), "Ingrid Halvorsen", NULL);
  /* an aside on the sum between the gift and "cho" */
  assert_recipients (find_award (out, "Bằng khen"), "Hà Văn Lộc", NULL);
}

static void
test_what_comes_with_the_honour_after_a_comma (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Ông Lò Văn Pó trao Bằng khen, kèm tiền thưởng ba triệu đồng cho Đội Cứu hộ Sông Mã.\n\n"
    "Chủ tịch nước tặng Huân chương Lao động hạng Ba tặng thưởng cán bộ, công nhân Xí nghiệp Gạch Đồng Nai.\n\n"
    "Công an tỉnh trao Giấy khen cùng 5 triệu đồng cho Tổ tuần tra số 3.");

  assert_recipients (find_award (out, "Bằng khen"), "Đội Cứu hộ Sông Mã", NULL);
  assert_recipients (find_award (out, "Huân chương Lao động hạng Ba"), "cán bộ, công nhân Xí nghiệp Gạch Đồng Nai", NULL);
  assert_recipients (find_award (out, "Giấy khen"), "Tổ tuần tra số 3", NULL);
}

static void
test_a_proposal_carries_over_a_semicolon (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Bộ trưởng trình Chủ tịch nước tặng Huân chương Lao động hạng Nhì cho Viện Hải dương học; "
    "tặng Huân chương Lao động hạng Ba cho ông Đào Văn Lượng.\n\n"
    "Chủ tịch tỉnh tặng Bằng khen cho Trạm Y tế xã Hòa Phú; tặng Giấy khen cho bà Mai Thị Nụ.");

  /* proposed, not given: no tier at all */
  g_assert_null (find_award (out, "Huân chương Lao động hạng Nhì"));
  g_assert_null (find_award (out, "Huân chương Lao động hạng Ba"));
  /* a giving after a giving is given */
  assert_recipients (find_award (out, "Giấy khen"), "Mai Thị Nụ", NULL);
}

static void
test_a_year_and_what_followed_is_no_one (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Chiến dịch thắng lợi năm 1972 giúp ông ta được tặng Huân chương Quân công hạng Ba.");

  assert_recipients (find_award (out, "Huân chương Quân công hạng Ba"), NULL);
}

static void
test_a_place_an_apposition_or_cung_before_the_recipients (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Phó Thủ tướng trao tặng Huân chương Độc lập hạng Ba cho tỉnh Hà Giang.\n\n"
    "Tổng thống trao danh hiệu \"Anh hùng Lao động\", phần thưởng cao quý nhất của nước này, cho "
    "ông Phùng Văn Khởi.\n\n"
    "Đoàn trưởng trao Kỷ niệm chương, vinh dự lớn nhất của ngành, cho bà Mạc Thị Lụa.\n\n"
    "Bí thư Tỉnh đoàn trao Bằng khen cho anh Lò Văn Sáng cùng chị Quàng Thị Mai vì đã cứu người.");

  /* a place named with its kind, after "cho" */
  assert_recipients (find_award (out, "Huân chương Độc lập hạng Ba"), "tỉnh Hà Giang", NULL);
  /* what the honour is, between commas, before "cho" */
  assert_recipients (find_award (out, "Anh hùng Lao động"), "Phùng Văn Khởi", NULL);
  assert_recipients (find_award (out, "Kỷ niệm chương"), "Mạc Thị Lụa", NULL);
  /* "cùng" joins two people */
  assert_recipients (find_award (out, "Bằng khen"), "Lò Văn Sáng", "Quàng Thị Mai", NULL);
}

static void
test_a_description_an_ordinal_or_the_school (void)
{
  g_autoptr(DiemExtraction) headline = extract_text (
    "Chàng trai quên mình cứu người trên sông nhận Bằng khen của Chủ tịch tỉnh.");
  g_autoptr(DiemExtraction) school = extract_text (
    "Học viện Nông nghiệp Việt Nam kỷ niệm 60 năm thành lập. Phó Thủ tướng trao Huân chương Lao "
    "động hạng Nhất lần thứ hai cho tập thể nhà trường.");

  /* a description that opens the sentence names no one */
  assert_no_recipients (headline);
  /* "lần thứ hai" says which time; "nhà trường" is the academy named before */
  assert_recipients (find_award (school, "Huân chương Lao động hạng Nhất"), "Học viện Nông nghiệp Việt Nam", NULL);
}

static void
test_a_long_aside_or_two_trades_before_the_name (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Nhật hoàng trao Huân chương Mặt trời mọc (còn gọi là Húc nhật chương - The Order of the Rising Sun) "
    "cho 12 người nước ngoài.\n\n"
    "Bộ trưởng trao Huân chương Lao động hạng Ba cho nhà văn, dịch giả Vương Trí Nhàn năm 2019.");

  assert_recipients (find_award (out, "Huân chương Mặt trời mọc"), "12 người nước ngoài", NULL);
  assert_recipients (find_award (out, "Huân chương Lao động hạng Ba"), "Vương Trí Nhàn", NULL);
}

static void
test_a_description_then_a_dash_and_the_name (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Bí thư Tỉnh ủy trao Huân chương Độc lập hạng Ba cho người tiền nhiệm - ông Ninh Văn Quý "
    "(đã nghỉ hưu).\n\n"
    "Phó Chủ tịch nước trao Huân chương Lao động hạng Nhì cho ngôi trường có bề dày truyền thống - "
    "Trường THPT Lam Sơn.");

  assert_recipients (find_award (out, "Huân chương Độc lập hạng Ba"), "Ninh Văn Quý", NULL);
  assert_recipients (find_award (out, "Huân chương Lao động hạng Nhì"), "Trường THPT Lam Sơn", NULL);
}

/* "HLV" is a coach's trade, written before the name as "huấn luyện viên" is */
static void
test_a_coach_by_abbreviation (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Tin vắn trong ngày.\n\n"
    "Thủ tướng trao Huân chương Lao động hạng Ba cho HLV Kim Sang-sik và thủ môn Đặng Văn Lâm.");

  assert_recipients (find_award (out, "Huân chương Lao động hạng Ba"), "Kim Sang-sik", "Đặng Văn Lâm", NULL);
}

static void
test_a_name_in_quotes_after_the_noun (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Bà Lê Thị Hoa trao Giấy khen cho các hội viên tiêu biểu “Người tốt, việc tốt”.\n\n"
    "Ông Trần Văn Nam trao Bằng khen cho tập thể Trường Mầm non “Họa Mi” và nhiều cá nhân.\n\n"
    "Chủ tịch xã trao Cờ thi đua cho Hợp tác xã Phú Lâm và nhiều hộ gia đình.\n\n"
    "Đoàn viên hát bài “Tiến quân ca” Tại buổi lễ, 12 đoàn viên đã được Tỉnh đoàn tặng Huy hiệu Tuổi trẻ sáng tạo.");

  /* the quoted name goes with the noun before it, comma and all */
  assert_recipients (find_award (out, "Giấy khen"), "các hội viên tiêu biểu “Người tốt, việc tốt”", NULL);
  assert_recipients (find_award (out, "Bằng khen"), "Trường Mầm non “Họa Mi”", NULL);
  /* a vague plural after "và" names no one, and leaves no "và" behind */
  assert_recipients (find_award (out, "Cờ thi đua"), "Hợp tác xã Phú Lâm", NULL);
  /* a quote where the subject would be, run on from a line without a full stop, is a
   * clause of its own */
  assert_recipients (find_award (out, "Huy hiệu Tuổi trẻ sáng tạo"), "12 đoàn viên", NULL);
}

static void
test_names_from_among_the_counted_after_a_comma (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Chủ tịch UBND tỉnh vừa tặng Bằng khen cho 6 cá nhân, trong đó có bác sĩ Trịnh Văn Lực.\n\n"
    "Dịp này, huyện trao Giấy khen cho 12 cá nhân, trong năm học vừa qua.");

  /* the names are given: the count is not a recipient of its own */
  assert_recipients (find_award (out, "Bằng khen"), "Trịnh Văn Lực", NULL);
  /* a time after the comma names no one: the count stays */
  assert_recipients (find_award (out, "Giấy khen"), "12 cá nhân", NULL);
}

/* A time after the last name ("… và Lò Văn Chiến tối 12-4") says when the giving was:
 * it opens no clause of that person, so the list keeps every name. */
static void
test_a_time_after_the_last_name (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Thành đoàn trao Giấy khen cho đoàn viên Hà Minh Quý và Lò Văn Chiến tối 12-4.\n\n"
    "Hội Chữ thập đỏ tặng Bằng khen cho chị Vi Thị Nga và anh Đặng Công Lý vào sáng hôm qua.\n\n"
    "Bộ trưởng trao Kỷ niệm chương cho ông Tạ Quang Minh và Phó Giám đốc Sở Ngô Thanh Hà phát biểu cảm ơn.");

  assert_recipients (find_award (out, "Giấy khen"), "Hà Minh Quý", "Lò Văn Chiến", NULL);
  assert_recipients (find_award (out, "Bằng khen"), "Vi Thị Nga", "Đặng Công Lý", NULL);
  /* a verb after the name does open a clause: the second person speaks */
  assert_recipients (find_award (out, "Kỷ niệm chương"), "Tạ Quang Minh", NULL);
}

/* "Huân chương Sao vàng, huân chương cao quý nhất của Nhà nước …, cho X": the
 * apposition praises the honour, it is no second one, and "cho" after it still names
 * who receives; two trades each before a foreign name are two people */
static void
test_an_apposition_praising_the_honour (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Chủ tịch nước trao Huân chương Hồ Chí Minh, huân chương cao quý nhất của Nhà nước Cộng hòa "
    "Xã hội Chủ nghĩa Việt Nam, cho Tổng thống Luis Alberto Mendes.\n\n"
    "Nhà vua trao Huân chương Dũng cảm cho thuyền trưởng Oskar Lindqvist và thủy thủ Henrik Dahl.");

  assert_recipients (find_award (out, "Huân chương Hồ Chí Minh"), "Luis Alberto Mendes", NULL);
  g_assert_cmpuint (out->awards->len, ==, 2);
  assert_recipients (find_award (out, "Huân chương Dũng cảm"), "Oskar Lindqvist", "Henrik Dahl", NULL);
}

/* "cho ông A (42 tuổi) và bà B (Giám đốc …)": an aside in brackets after each person
 * says who they are and ends no list; after the last name a place ends it */
static void
test_an_aside_after_each_person (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Chủ tịch UBND tỉnh trao Bằng khen cho ông Đinh Công Bảo (Giám đốc Sở Xây dựng) và bà Vương Thu Hà "
    "(Phó Giám đốc Sở Nội vụ).\n\n"
    "Hội Chữ thập đỏ tặng Giấy khen cho anh Lục Văn Thành (31 tuổi), Tống Minh Quý (28 tuổi) và chị Hà Thị Nụ.\n\n"
    "Tỉnh đoàn trao Huy hiệu Tuổi trẻ dũng cảm cho em Phan Đức Huy (12 tuổi), học sinh lớp 6A, TX. Cửa Lò, tỉnh Nghệ An.");

  assert_recipients (find_award (out, "Bằng khen"), "Đinh Công Bảo", "Vương Thu Hà", NULL);
  assert_recipients (find_award (out, "Giấy khen"), "Lục Văn Thành", "Tống Minh Quý", "Hà Thị Nụ", NULL);
  assert_recipients (find_award (out, "Huy hiệu Tuổi trẻ dũng cảm"), "Phan Đức Huy", NULL);
}

/* A counted honour given to a trade and a name ("1 Huân chương … cho chiến sĩ A"): the
 * name is who, not the number; "khác" after the honour is another of the same */
static void
test_a_counted_honour_for_a_trade_and_a_name (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Bộ trưởng trao 1 Huân chương Chiến công hạng Ba cho chiến sĩ Mạc Đình Khôi.\n\n"
    "Một Huân chương Dũng cảm khác được trao tặng cho chiến sĩ Ivan Petrenko.");

  assert_recipients (find_award (out, "Huân chương Chiến công hạng Ba"), "Mạc Đình Khôi", NULL);
  assert_recipients (find_award (out, "Huân chương Dũng cảm"), "Ivan Petrenko", NULL);
}

/* "danh hiệu cao quý nhất “Anh hùng Lao động”": praise in lower case between "danh
 * hiệu" and the quoted name */
static void
test_praise_before_a_quoted_title (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Nhà nước truy tặng cho 3 ngư dân danh hiệu cao quý nhất của ngành “Ngư dân tiêu biểu”.");

  assert_recipients (find_award (out, "Ngư dân tiêu biểu"), "3 ngư dân", NULL);
}

/* "chị Anh": a capitalised form of address after another is the given name, so a list
 * that ends on it is not read as one name with "và" inside */
static void
test_a_given_name_spelt_as_a_form_of_address (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Giám đốc tặng Giấy khen cho anh Tuấn Anh và chị Anh.");
  g_autoptr(DiemExtraction) named = extract_text (
    "Chị Mai Thị Anh làm kế toán ở công ty. Giám đốc tặng Bằng khen cho chị Anh.");
  g_autoptr(DiemExtraction) earlier = extract_text (
    "Tin vắn trong ngày.\n\nEm Nhơng đã cứu hai bạn khỏi đuối nước. Huyện đoàn tặng Giấy khen cho Nhơng.");
  const DiemAward *award = find_award (out, "Giấy khen");

  g_assert_nonnull (award);
  g_assert_true (has_string (award->recipients, "Tuấn Anh"));
  for (guint i = 0; i < award->recipients->len; i++)
    g_assert_null (strstr (g_ptr_array_index (award->recipients, i), " và "));
  /* alone after the form of address, the given name of the one named in full before */
  assert_recipients (find_award (named, "Bằng khen"), "Mai Thị Anh", NULL);
  /* a given name alone that a form of address introduced earlier is a person's */
  assert_recipients (find_award (earlier, "Giấy khen"), "Nhơng", NULL);
}

/* "Ba ngư dân … được tặng Bằng khen" in the headline and the three named in the body:
 * a count in words spelt out by as many names is no recipient of its own; one that
 * more names than it counts may be of another kind, and stays */
static void
test_a_count_in_words_spelt_out_by_the_names (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Ba ngư dân cứu người được tặng Bằng khen\n\n"
    "UBND tỉnh tặng Bằng khen cho anh Hồ Văn Lực, Kiều Văn Mẫn và Tạ Văn Ninh.\n\n"
    "Hai tập thể tàu cá được tặng Giấy khen. Huyện cũng tặng Giấy khen cho anh Âu Văn Phúc, Lữ Văn Quế và Mạc Văn Sâm.");

  assert_recipients (find_award (out, "Bằng khen"), "Hồ Văn Lực", "Kiều Văn Mẫn", "Tạ Văn Ninh", NULL);
  g_assert_true (has_string (find_award (out, "Giấy khen")->recipients, "Hai tập thể tàu cá"));
}

/* "Công an huyện A, Công an thành phố B": a city of a province sits beside a district,
 * so the two are two recipients; a city run by the central government is the parent
 * of the unit before it */
static void
test_a_provincial_city_beside_a_district (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Các tập thể được tặng Cờ thi đua gồm: Công an huyện Văn Bàn, Công an thành phố Lai Châu, Phòng Hậu cần.\n\n"
    "Bộ trưởng tặng Giấy khen cho Đội Cảnh sát cơ động, Công an thành phố Cần Thơ.");

  assert_recipients (find_award (out, "Cờ thi đua"), "Công an huyện Văn Bàn", "Công an thành phố Lai Châu", "Phòng Hậu cần", NULL);
  assert_recipients (find_award (out, "Giấy khen"), "Đội Cảnh sát cơ động, Công an thành phố Cần Thơ", NULL);
}

/* "10 tổ chức cơ sở đảng", "12 chi bộ": a count of party bodies, though "tổ chức" is
 * also the verb "to organise" */
static void
test_a_count_of_party_bodies (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Ban Thường vụ Huyện ủy tặng Giấy khen cho 14 tổ chức cơ sở đảng và 9 chi bộ trong sạch, vững mạnh.");

  assert_recipients (find_award (out, "Giấy khen"), "14 tổ chức cơ sở đảng", "9 chi bộ", NULL);
}

/* A period after an acronym ends the sentence, though the acronym reads as an
 * abbreviation the lexicon writes in mixed case ("Th."); "TP." stays inside a name. */
static void
test_a_period_after_an_acronym_ends_the_recipient (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Thủ tướng trao Huân chương Lao động hạng Nhì cho tập đoàn TH. Dịp này, tập đoàn khánh thành nhà máy mới.\n\n"
    "Chủ tịch nước trao Huân chương Độc lập hạng Ba cho Trường Đại học Y khoa TP. HCM.");

  assert_recipients (find_award (out, "Huân chương Lao động hạng Nhì"), "tập đoàn TH", NULL);
  assert_recipients (find_award (out, "Huân chương Độc lập hạng Ba"), "Trường Đại học Y khoa TP. HCM", NULL);
}

/* "cho thanh niên xả thân cứu 2 nữ sinh": who, by the brave act they did, names no
 * one; a rescue team by its name is a body */
static void
test_who_by_the_brave_act_is_no_one (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Truy tặng Huy hiệu Tuổi trẻ dũng cảm cho thanh niên xả thân cứu 2 nữ sinh.\n\n"
    "Bộ trao Bằng khen cho học sinh quên mình cứu bạn.\n\n"
    "Tỉnh trao Giấy khen cho Đội cứu nạn cứu hộ Công an tỉnh.\n\n"
    "Huyện tặng Kỷ niệm chương cho học sinh trả lại ví tiền cho du khách.");

  assert_recipients (find_award (out, "Huy hiệu Tuổi trẻ dũng cảm"), NULL);
  assert_recipients (find_award (out, "Bằng khen"), NULL);
  assert_recipients (find_award (out, "Kỷ niệm chương"), NULL);
  assert_recipients (find_award (out, "Giấy khen"), "Đội cứu nạn cứu hộ Công an tỉnh", NULL);
}

/* A headline says who by what happened to them ("cho cán bộ giao thông tử vong"); the
 * article names them after it. The same words in the body stay a group. */
static void
test_a_description_in_the_headline_is_no_one (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Truy tặng Bằng khen cho cán bộ giao thông tử vong khi khắc phục bão\n\n"
    "Chiều 16/8, Phó Chủ tịch tỉnh trao Bằng khen cho thân nhân ông Thái Văn Hào.\n\n"
    "Huyện cũng trao Giấy khen cho các hội viên tiêu biểu.");

  assert_recipients (find_award (out, "Bằng khen"), "Thái Văn Hào", NULL);
  assert_recipients (find_award (out, "Giấy khen"), "các hội viên tiêu biểu", NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/extract-award-recipients/person-with-offices-after-commas", test_person_with_offices_after_commas);
  g_test_add_func ("/extract-award-recipients/what-follows-a-comma-must-be-an-office", test_what_follows_a_comma_must_be_an_office);
  g_test_add_func ("/extract-award-recipients/count-with-offices-or-a-description", test_count_with_offices_or_a_description);
  g_test_add_func ("/extract-award-recipients/count-without-its-deed", test_count_without_its_deed);
  g_test_add_func ("/extract-award-recipients/a-mission-abroad-keeps-its-place", test_a_mission_abroad_keeps_its_place);
  g_test_add_func ("/extract-award-recipients/foreign-names-joined-by-and", test_foreign_names_joined_by_and);
  g_test_add_func ("/extract-award-recipients/honour-given-alongside-is-no-recipient", test_honour_given_alongside_is_no_recipient);
  g_test_add_func ("/extract-award-recipients/classes-of-a-series-without-hang", test_classes_of_a_series_without_hang);
  g_test_add_func ("/extract-award-recipients/a-place-after-a-class-is-no-class", test_a_place_after_a_class_is_no_class);
  g_test_add_func ("/extract-award-recipients/the-school-named-before", test_the_school_named_before);
  g_test_add_func ("/extract-award-recipients/the-school-with-no-school-named", test_the_school_with_no_school_named);
  g_test_add_func ("/extract-award-recipients/aside-in-brackets-ends-no-list", test_aside_in_brackets_ends_no_list);
  g_test_add_func ("/extract-award-recipients/two-verbs-of-one-predicate", test_two_verbs_of_one_predicate);
  g_test_add_func ("/extract-award-recipients/a-unit-and-its-parent", test_a_unit_and_its_parent);
  g_test_add_func ("/extract-award-recipients/the-honour-as-subject", test_the_honour_as_subject);
  g_test_add_func ("/extract-award-recipients/a-year-after-an-honour-of-a-chain", test_a_year_after_an_honour_of_a_chain);
  g_test_add_func ("/extract-award-recipients/an-order-of-a-neighbour-state", test_an_order_of_a_neighbour_state);
  g_test_add_func ("/extract-award-recipients/an-age-in-brackets-ends-the-list", test_an_age_in_brackets_ends_the_list);
  g_test_add_func ("/extract-award-recipients/a-school-named-only-by-common-words", test_a_school_named_only_by_common_words);
  g_test_add_func ("/extract-award-recipients/a-subject-with-an-apposition", test_a_subject_with_an_apposition);
  g_test_add_func ("/extract-award-recipients/a-host-that-also-receives", test_a_host_that_also_receives);
  g_test_add_func ("/extract-award-recipients/the-period-a-title-honours", test_the_period_a_title_honours);
  g_test_add_func ("/extract-award-recipients/the-academy-named-before", test_the_academy_named_before);
  g_test_add_func ("/extract-award-recipients/the-company-that-gives", test_the_company_that_gives);
  g_test_add_func ("/extract-award-recipients/the-body-whose-ceremony-it-is", test_the_body_whose_ceremony_it_is);
  g_test_add_func ("/extract-award-recipients/one-who-receives-for-a-body", test_one_who_receives_for_a_body);
  g_test_add_func ("/extract-award-recipients/an-adverb-before-the-subject", test_an_adverb_before_the_subject);
  g_test_add_func ("/extract-award-recipients/an-abbreviation-period-inside-the-subject",
                   test_an_abbreviation_period_inside_the_subject);
  g_test_add_func ("/extract-award-recipients/a-proposal-word-inside-a-compound", test_a_proposal_word_inside_a_compound);
  g_test_add_func ("/extract-award-recipients/a-profession-before-the-name", test_a_profession_before_the_name);
  g_test_add_func ("/extract-award-recipients/a-clause-after-the-list", test_a_clause_after_the_list);
  g_test_add_func ("/extract-award-recipients/a-plural-of-a-country", test_a_plural_of_a_country);
  g_test_add_func ("/extract-award-recipients/a-subject-that-receives-several", test_a_subject_that_receives_several);
  g_test_add_func ("/extract-award-recipients/counts-each-with-its-own-list", test_counts_each_with_its_own_list);
  g_test_add_func ("/extract-award-recipients/a-new-holder-of-an-office", test_a_new_holder_of_an_office);
  g_test_add_func ("/extract-award-recipients/counted-honours-for-one-named-body", test_counted_honours_for_one_named_body);
  g_test_add_func ("/extract-award-recipients/a-ground-or-a-season-after-the-recipient",
                   test_a_ground_or_a_season_after_the_recipient);
  g_test_add_func ("/extract-award-recipients/a-second-giving-after-va", test_a_second_giving_after_va);
  g_test_add_func ("/extract-award-recipients/an-age-after-the-name-ends-the-list", test_an_age_after_the_name_ends_the_list);
  g_test_add_func ("/extract-award-recipients/who-a-person-is-before-the-name", test_who_a_person_is_before_the_name);
  g_test_add_func ("/extract-award-recipients/an-honour-taken-away", test_an_honour_taken_away);
  g_test_add_func ("/extract-award-recipients/and-opening-a-sentence", test_and_opening_a_sentence);
  g_test_add_func ("/extract-award-recipients/a-religious-title-before-the-name", test_a_religious_title_before_the_name);
  g_test_add_func ("/extract-award-recipients/the-person-before-la", test_the_person_before_la);
  g_test_add_func ("/extract-award-recipients/given-names-joined-by-va", test_given_names_joined_by_va);
  g_test_add_func ("/extract-award-recipients/an-age-is-no-count", test_an_age_is_no_count);
  g_test_add_func ("/extract-award-recipients/offices-joined-by-commas-before-a-name",
                   test_offices_joined_by_commas_before_a_name);
  g_test_add_func ("/extract-award-recipients/offices-after-a-name-then-another-name",
                   test_offices_after_a_name_then_another_name);
  g_test_add_func ("/extract-award-recipients/a-subject-list-across-a-semicolon", test_a_subject_list_across_a_semicolon);
  g_test_add_func ("/extract-award-recipients/cho-before-the-one-honoured-and-the-honour",
                   test_cho_before_the_one_honoured_and_the_honour);
  g_test_add_func ("/extract-award-recipients/classes-given-in-order-by-a-passive", test_classes_given_in_order_by_a_passive);
  g_test_add_func ("/extract-award-recipients/a-second-verb-or-gift-before-the-recipients",
                   test_a_second_verb_or_gift_before_the_recipients);
  g_test_add_func ("/extract-award-recipients/a-place-alone-is-no-recipient", test_a_place_alone_is_no_recipient);
  g_test_add_func ("/extract-award-recipients/a-subject-list-after-a-plural-form-of-address",
                   test_a_subject_list_after_a_plural_form_of_address);
  g_test_add_func ("/extract-award-recipients/a-form-of-address-for-the-person-named-before",
                   test_a_form_of_address_for_the_person_named_before);
  g_test_add_func ("/extract-award-recipients/a-description-after-a-dash-or-a-place-after-the-name",
                   test_a_description_after_a_dash_or_a_place_after_the_name);
  g_test_add_func ("/extract-award-recipients/one-count-of-two-kinds-of-place", test_one_count_of_two_kinds_of_place);
  g_test_add_func ("/extract-award-recipients/who-gives-it-written-after-the-honour", test_who_gives_it_written_after_the_honour);
  g_test_add_func ("/extract-award-recipients/a-prize-before-the-honour-shares-its-verb",
                   test_a_prize_before_the_honour_shares_its_verb);
  g_test_add_func ("/extract-award-recipients/an-honour-received-for-a-relative", test_an_honour_received_for_a_relative);
  g_test_add_func ("/extract-award-recipients/a-plural-after-va-is-another-item", test_a_plural_after_va_is_another_item);
  g_test_add_func ("/extract-award-recipients/a-count-written-with-thousands", test_a_count_written_with_thousands);
  g_test_add_func ("/extract-award-recipients/a-list-word-before-the-recipients", test_a_list_word_before_the_recipients);
  g_test_add_func ("/extract-award-recipients/a-leader-abroad-after-the-office", test_a_leader_abroad_after_the_office);
  g_test_add_func ("/extract-award-recipients/a-group-named-only-by-what-it-did", test_a_group_named_only_by_what_it_did);
  g_test_add_func ("/extract-award-recipients/a-year-and-what-followed-is-no-one", test_a_year_and_what_followed_is_no_one);
  g_test_add_func ("/extract-award-recipients/a-proposal-carries-over-a-semicolon", test_a_proposal_carries_over_a_semicolon);
  g_test_add_func ("/extract-award-recipients/what-comes-with-the-honour-after-a-comma",
                   test_what_comes_with_the_honour_after_a_comma);
  g_test_add_func ("/extract-award-recipients/a-foreign-name-after-a-form-of-address",
                   test_a_foreign_name_after_a_form_of_address);
  g_test_add_func ("/extract-award-recipients/who-the-person-is-and-where-after-commas",
                   test_who_the_person_is_and_where_after_commas);
  g_test_add_func ("/extract-award-recipients/a-place-an-apposition-or-cung-before-the-recipients",
                   test_a_place_an_apposition_or_cung_before_the_recipients);
  g_test_add_func ("/extract-award-recipients/a-description-an-ordinal-or-the-school", test_a_description_an_ordinal_or_the_school);
  g_test_add_func ("/extract-award-recipients/a-long-aside-or-two-trades-before-the-name",
                   test_a_long_aside_or_two_trades_before_the_name);
  g_test_add_func ("/extract-award-recipients/a-description-then-a-dash-and-the-name",
                   test_a_description_then_a_dash_and_the_name);
  g_test_add_func ("/extract-award-recipients/a-coach-by-abbreviation", test_a_coach_by_abbreviation);
  g_test_add_func ("/extract-award-recipients/a-period-after-an-acronym-ends-the-recipient",
                   test_a_period_after_an_acronym_ends_the_recipient);
  g_test_add_func ("/extract-award-recipients/a-description-in-the-headline-is-no-one",
                   test_a_description_in_the_headline_is_no_one);
  g_test_add_func ("/extract-award-recipients/who-by-the-brave-act-is-no-one", test_who_by_the_brave_act_is_no_one);
  g_test_add_func ("/extract-award-recipients/a-name-in-quotes-after-the-noun", test_a_name_in_quotes_after_the_noun);
  g_test_add_func ("/extract-award-recipients/names-from-among-the-counted-after-a-comma",
                   test_names_from_among_the_counted_after_a_comma);
  g_test_add_func ("/extract-award-recipients/a-time-after-the-last-name", test_a_time_after_the_last_name);
  g_test_add_func ("/extract-award-recipients/an-apposition-praising-the-honour", test_an_apposition_praising_the_honour);
  g_test_add_func ("/extract-award-recipients/an-aside-after-each-person", test_an_aside_after_each_person);
  g_test_add_func ("/extract-award-recipients/praise-before-a-quoted-title", test_praise_before_a_quoted_title);
  g_test_add_func ("/extract-award-recipients/a-count-of-party-bodies", test_a_count_of_party_bodies);
  g_test_add_func ("/extract-award-recipients/a-provincial-city-beside-a-district", test_a_provincial_city_beside_a_district);
  g_test_add_func ("/extract-award-recipients/a-count-in-words-spelt-out-by-the-names",
                   test_a_count_in_words_spelt_out_by_the_names);
  g_test_add_func ("/extract-award-recipients/a-given-name-spelt-as-a-form-of-address",
                   test_a_given_name_spelt_as_a_form_of_address);
  g_test_add_func ("/extract-award-recipients/a-counted-honour-for-a-trade-and-a-name",
                   test_a_counted_honour_for_a_trade_and_a_name);
  return g_test_run ();
}
