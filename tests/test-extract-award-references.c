/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-extract-award-references.c — an honour referred to again ("huy hiệu này"), a
 * second giving joined by "và", recipients named by a number or a brand, subjects
 * after "có", "nên" or "vinh dự được N lần", and mottos that end on a verb */
#include <string.h>

#include "diem-article.h"
#include "extract-test-util.h"

static void
test_family_word_with_nay_is_the_honour_named_last (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Tỉnh đoàn trao huy hiệu Tuổi trẻ sáng tạo cho chị Lường Thị Mai và truy tặng huy hiệu này "
    "cho anh Hà Văn Tỉnh.\n\n"
    "Huân chương Lao động hạng Nhì là phần thưởng cao quý. Huân chương này được trao cho Nhà máy "
    "Thủy điện Sơn La.");

  assert_recipients (find_award (out, "Huy hiệu Tuổi trẻ sáng tạo"), "Lường Thị Mai", "Hà Văn Tỉnh", NULL);
  assert_recipients (find_award (out, "Huân chương Lao động hạng Nhì"), "Nhà máy Thủy điện Sơn La", NULL);
  /* no tier of the bare family word is left behind */
  g_assert_null (find_award (out, "Huy hiệu"));
  g_assert_null (find_award (out, "Huân chương"));
}

static void
test_bare_family_word_with_nay_and_nothing_before (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Đây là lần đầu tiên nước này trao huân chương này cho một nhà khoa học nước ngoài.");

  /* nothing was named before: no honour to refer to, and no recipient for a vague one */
  assert_no_recipients (out);
}

static void
test_second_giving_after_va (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Thứ trưởng Lê Minh Đức trao bằng khen cho ông Phan Quốc Bảo và trao giấy khen cho bà Vi Thị Nhàn.\n\n"
    "Hội đồng trao kỷ niệm chương cho nhà giáo Đinh Công Lực và Phó Chủ tịch tỉnh Ngô Văn Tám trao "
    "giấy chứng nhận cho các học viên.");
  const DiemAward *merit = find_award (out, "Bằng khen");
  const DiemAward *certificate = find_award (out, "Giấy khen");

  /* the list of the first giving ends at "và"; the one it named presents nothing */
  assert_recipients (merit, "Phan Quốc Bảo", NULL);
  assert_recipients (certificate, "Vi Thị Nhàn", NULL);
  g_assert_cmpstr (merit->presenter, ==, "Lê Minh Đức");
  g_assert_null (certificate->presenter);
  assert_recipients (find_award (out, "Kỷ niệm chương"), "Đinh Công Lực", NULL);
}

static void
test_a_vessel_or_unit_named_by_its_number (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "UBND tỉnh tặng bằng khen cho tập thể tàu cá BĐ-90512TS và 3 cá nhân là ngư dân Võ Văn Lợi, "
    "Võ Văn Hên và Trần Út.\n\n"
    "Bộ Tư lệnh tặng Giấy khen cho tàu kiểm ngư 4031.");

  assert_recipients (find_award (out, "Bằng khen"), "tàu cá BĐ-90512TS", "Võ Văn Lợi", "Võ Văn Hên", "Trần Út", NULL);
  assert_recipients (find_award (out, "Giấy khen"), "tàu kiểm ngư 4031", NULL);
}

static void
test_a_count_of_prizes_is_no_recipient (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Ban tổ chức trao bằng khen cho 2 giải nhất của cuộc thi.\n\n"
    "Ban tổ chức trao giấy khen cho 30 suất quà Tết.");

  assert_no_recipients (out);
}

static void
test_counted_subject_after_co (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Có 17 giáo viên được tặng Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo trong năm học này.");

  assert_recipients (find_award (out, "Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo"), "17 giáo viên", NULL);
}

static void
test_subject_of_a_consequence_or_second_predicate (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Bà Lục Thị Hòa có nhiều đóng góp cho ngành y nên được tặng Huân chương Lao động hạng Ba.\n\n"
    "Ông Đàm Quang Vinh có đóng góp lớn và được tặng Bằng khen của Thủ tướng Chính phủ.");

  assert_recipients (find_award (out, "Huân chương Lao động hạng Ba"), "Lục Thị Hòa", NULL);
  assert_recipients (find_award (out, "Bằng khen của Thủ tướng Chính phủ"), "Đàm Quang Vinh", NULL);
}

static void
test_duoc_between_manner_and_times (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Thượng tá Hoàng Văn Thịnh vinh dự được 4 lần được nhận Bằng khen của Bộ trưởng Bộ Quốc phòng.");

  assert_recipients (find_award (out, "Bằng khen của Bộ trưởng Bộ Quốc phòng"), "Hoàng Văn Thịnh", NULL);
}

static void
test_epithet_of_trade_or_youth_before_a_name (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Nhà nghiên cứu, soạn giả Lưu Hữu Phước Lâm đã được tặng Huân chương Kháng chiến hạng Nhì.\n\n"
    "Bạn trẻ Quang Khải (đứng giữa) được trao Huy hiệu Tuổi trẻ dũng cảm.\n\n"
    "Hậu vệ Đoàn Văn Hậu được tặng Bằng khen của Bộ trưởng.\n\n"
    "Ngư dân Trần Văn Thời được truy tặng Huân chương Dũng cảm. Bệnh viện Nguyễn Trãi được tặng Cờ thi đua.");

  /* the trade opens the sentence, so it is capitalised; the body's head noun too */
  assert_recipients (find_award (out, "Huân chương Dũng cảm"), "Trần Văn Thời", NULL);
  assert_recipients (find_award (out, "Cờ thi đua"), "Bệnh viện Nguyễn Trãi", NULL);
  assert_recipients (find_award (out, "Huân chương Kháng chiến hạng Nhì"), "Lưu Hữu Phước Lâm", NULL);
  assert_recipients (find_award (out, "Huy hiệu Tuổi trẻ dũng cảm"), "Quang Khải", NULL);
  assert_recipients (find_award (out, "Bằng khen của Bộ trưởng"), "Đoàn Văn Hậu", NULL);
}

static void
test_an_honour_before_the_recipients_name_is_an_epithet (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Tin vắn trong ngày.\n\n"
    "Bí thư Thành ủy gắn Huy hiệu 65 năm tuổi Đảng tặng Anh hùng Lao động Hà Văn Khoát.\n\n"
    "Bí thư Tỉnh ủy trao Huy hiệu 75 năm tuổi Đảng cho Đại tá, Anh hùng LLVTND Lò Văn Púa.\n\n"
    "Chủ tịch nước truy tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân cho liệt sĩ Vi Đức Tâm.\n\n"
    "Chủ tịch UBND tỉnh gắn Huy hiệu 60 năm tuổi Đảng tặng Thượng tá, Anh hùng LLVTND Cầm Văn Khởi.");

  /* what the recipient is called is no second honour given */
  assert_recipients (find_award (out, "Huy hiệu 65 năm tuổi Đảng"), "Hà Văn Khoát", NULL);
  assert_recipients (find_award (out, "Huy hiệu 75 năm tuổi Đảng"), "Lò Văn Púa", NULL);
  /* after "tặng" too, behind a rank and a comma */
  assert_recipients (find_award (out, "Huy hiệu 60 năm tuổi Đảng"), "Cầm Văn Khởi", NULL);
  g_assert_null (find_award (out, "Anh hùng Lao động"));
  g_assert_null (find_award (out, "Anh hùng LLVTND"));
  /* given on its own, it is the honour */
  assert_recipients (find_award (out, "Anh hùng Lực lượng vũ trang nhân dân"), "Vi Đức Tâm", NULL);
}

static void
test_brand_whose_ceremony_it_is (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Tin được công bố tại lễ đón nhận Huân chương Lao động hạng Nhì của Vinamilk sáng qua.\n\n"
    "Lãnh đạo tỉnh dự lễ đón nhận Huân chương Độc lập hạng Ba của Chủ tịch nước.");

  assert_recipients (find_award (out, "Huân chương Lao động hạng Nhì"), "Vinamilk", NULL);
  /* an office after "của" gives the honour */
  assert_recipients (find_award (out, "Huân chương Độc lập hạng Ba"), NULL);
}

static void
test_founded_body_before_years_in_brackets (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Lễ kỷ niệm 120 năm ngày thành lập Trường Đại học Y Hà Nội (1902 - 2022) và đón nhận Huân "
    "chương Hồ Chí Minh đã diễn ra sáng nay.");

  assert_recipients (find_award (out, "Huân chương Hồ Chí Minh"), "Trường Đại học Y Hà Nội", NULL);
}

static void
test_motto_ending_on_a_domain_verb (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Ủy ban Kiểm tra Trung ương tặng Kỷ niệm chương Vì sự nghiệp kiểm tra của Đảng cho 12 cán bộ của Sở.\n\n"
    "Bộ trưởng trao Kỷ niệm chương Vì sự nghiệp giáo dục trả lời báo chí.");

  assert_recipients (find_award (out, "Kỷ niệm chương Vì sự nghiệp kiểm tra của Đảng"), "12 cán bộ của Sở", NULL);
  /* a verb with more after it opens a clause of its own */
  g_assert_nonnull (find_award (out, "Kỷ niệm chương Vì sự nghiệp giáo dục"));
}

static void
test_unit_word_alone_is_no_recipient (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Ban Tổ chức tặng Bằng khen cho Ủy ban kiểm tra các cấp của tỉnh.\n\n"
    "Chủ tịch nước trao Huân chương Bảo vệ Tổ quốc hạng Nhì cho Bộ đội Biên phòng.");

  g_assert_cmpuint (find_award (out, "Bằng khen")->recipients->len, ==, 0);
  /* a unit's word that is its whole name stays */
  assert_recipients (find_award (out, "Huân chương Bảo vệ Tổ quốc hạng Nhì"), "Bộ đội Biên phòng", NULL);
}

static void
test_a_form_of_address_after_cho_is_the_one_named_before (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Em Trịnh Minh Quân, học sinh lớp 9, đã trả lại chiếc ví nhặt được. Sáng nay, Sở Giáo dục "
    "tặng Giấy khen cho em.\n\n"
    "Ban tổ chức tặng Bằng khen cho ông vì nhiều đóng góp.");

  assert_recipients (find_award (out, "Giấy khen"), "Trịnh Minh Quân", NULL);
  /* no "ông" named before: no one */
  assert_recipients (find_award (out, "Bằng khen"), NULL);
}

static void
test_a_given_name_after_a_form_of_address (void)
{
  g_autoptr(GString) text = g_string_new (
    "Chị Võ Thị Hạnh và chị Lò Thị Mai đã cứu hai em nhỏ khỏi đám cháy ở xóm trọ.\n\n");
  g_autoptr(DiemExtraction) out = NULL;

  /* the full names are far back: a long report in between */
  for (guint k = 0; k < 60; k++)
    g_string_append (text, "Ngọn lửa bùng lên từ căn phòng cuối dãy trọ lúc nửa đêm khi mọi người đang ngủ.\n\n");
  g_string_append (text,
    "Công an quận trao Giấy khen cho chị Hạnh (trái) và chị Mai (phải).\n\n"
    "Hãng xe tặng Bằng khen cùng tiền thưởng cho tài xế Khoa, người đã trả lại tài sản.\n\n"
    "Giáo sư Việt được Nhật hoàng tặng Huân chương Mặt trời mọc.");
  out = extract_text (text->str);

  assert_recipients (find_award (out, "Giấy khen"), "Võ Thị Hạnh", "Lò Thị Mai", NULL);
  /* no fuller name anywhere: the given name alone */
  assert_recipients (find_award (out, "Bằng khen"), "Khoa", NULL);
  /* a rank before a word is no form of address: a Vietnamese professor */
  assert_recipients (find_award (out, "Huân chương Mặt trời mọc"), NULL);
}

static void
test_a_bare_pronoun_in_an_obituary_is_the_headline_person (void)
{
  g_autoptr(DiemExtraction) obituary = extract_text (
    "Thiếu tướng Lương Văn Khiêm từ trần ở tuổi 92\n\n"
    "Lễ viếng được tổ chức tại Nhà tang lễ Quốc gia. Gia đình và đồng đội đến tiễn biệt.\n\n"
    "Trong những năm tháng công tác, nhiều người đã đến thăm hỏi. Bạn bè vẫn nhớ giọng nói ấm áp. "
    "Đơn vị cũ gửi vòng hoa. Ông được tặng Huân chương Quân công hạng Nhì.");
  g_autoptr(DiemExtraction) comrade = extract_text (
    "Lễ tang đồng chí Đinh Công Thái\n\n"
    "Đồng chí Đinh Công Thái sinh năm 1931 tại Thái Bình. Đồng chí đã được tặng Huy hiệu 70 năm tuổi Đảng.");
  g_autoptr(DiemExtraction) quoted = extract_text (
    "Bộ trưởng Mai Thế Lâm: Nhớ mãi anh Ba Vinh\n\n"
    "Lễ viếng được tổ chức tại quê nhà. Gia đình và đồng đội đến tiễn biệt. Đơn vị cũ gửi vòng hoa. "
    "Đồng đội vẫn nhớ giọng nói ấm áp. Ông được tặng Huân chương Chiến công hạng Ba.");

  assert_recipients (find_award (obituary, "Huân chương Quân công hạng Nhì"), "Lương Văn Khiêm", NULL);
  assert_recipients (find_award (comrade, "Huy hiệu 70 năm tuổi Đảng"), "Đinh Công Thái", NULL);
  /* the headline quotes its speaker: the one it is about is another */
  assert_recipients (find_award (quoted, "Huân chương Chiến công hạng Ba"), NULL);
}

static void
test_a_bare_pronoun_is_the_subject_of_the_sentence_before (void)
{
  g_autoptr(DiemExtraction) subject = extract_text (
    "Giới phân tích nhắc lại mối quan hệ lâu năm.\n\n"
    "Ông Gerhard Lindqvist có quan hệ thân thiết với ông Viktor Horvath từ nhiều năm trước. "
    "Năm 2015, ông được Chính phủ Việt Nam trao Huân chương Hữu nghị.");
  g_autoptr(DiemExtraction) apposition = extract_text (
    "Thượng viện phê chuẩn đề cử của ông Horvath.\n\n"
    "Marcus Feldberg, 58 tuổi, từng điều hành một hãng vận tải biển. "
    "Ông được Chính phủ Việt Nam trao Huân chương Hữu nghị năm 2014.");
  g_autoptr(DiemExtraction) one_word = extract_text (
    "Đại sứ mãn nhiệm\n\n"
    "Trong nhiệm kỳ, ông Beaulieu đã thúc đẩy nhiều dự án giáo dục. "
    "Hồi tháng 5, ông được Chủ tịch nước trao Huân chương Hữu nghị.");
  g_autoptr(DiemExtraction) list = extract_text (
    "Lễ tưởng niệm\n\n"
    "Clara Whitmore, Jonas Abbott và Peter Lindgren đều là học viên của trường. "
    "Gia đình Abbott nhận huân chương cho em trong lễ tang.");

  /* the one who opens the sentence before, not the other "ông" after */
  assert_recipients (find_award (subject, "Huân chương Hữu nghị"), "Gerhard Lindqvist", NULL);
  /* a foreign name in apposition opens the sentence before */
  assert_recipients (find_award (apposition, "Huân chương Hữu nghị"), "Marcus Feldberg", NULL);
  /* one foreign word after "ông" is a name */
  assert_recipients (find_award (one_word, "Huân chương Hữu nghị"), "Beaulieu", NULL);
  /* "anh" stands for someone so addressed, not for an official named by title */
  {
    g_autoptr(DiemExtraction) younger = extract_text (
      "Thăm gia đình có công.\n\n"
      "Chủ tịch UBND tỉnh Hoàng Văn Đức đến thăm gia đình. Ông Vi Văn Bảy là người có công. Trước đó, Tỉnh đoàn đã tặng Bằng khen cho anh.");
    const DiemAward *award = find_award (younger, "Bằng khen");

    g_assert_true (award == NULL || !has_string (award->recipients, "Hoàng Văn Đức"));
  }
  /* the first of a list of names is not the subject of one */
  {
    const DiemAward *award = find_award (list, "Huân chương");

    g_assert_true (award == NULL || !has_string (award->recipients, "Clara Whitmore"));
  }
}

static void
test_a_bare_pronoun_in_a_profile_is_the_one_person_so_introduced (void)
{
  g_autoptr(DiemExtraction) profile = extract_text (
    "Người thợ cơ khí của làng.\n\n"
    "Mới học hết lớp 9, nhưng ông Đặng Quốc Lũy đã chế tạo hàng chục chiếc máy. "
    "Ông Lũy kể, chiếc máy đầu tiên mất hai năm mới xong. Người dân trong vùng đặt mua nhiều. "
    "Năm 2020, sản phẩm được xuất sang Nhật Bản. Đơn hàng ngày càng nhiều. Xưởng phải thuê thêm thợ. "
    "Giá mỗi chiếc máy khoảng 35 triệu đồng. Thợ trong xưởng đều là người làng.\n\n"
    "Với thành tích trên, ông được tặng Bằng khen của Bộ Công Thương.");
  g_autoptr(DiemExtraction) two = extract_text (
    "Những người thợ cơ khí của làng.\n\n"
    "Ông Đặng Quốc Lũy và ông Trịnh Văn Hòa đã chế tạo hàng chục chiếc máy. "
    "Chiếc máy đầu tiên mất hai năm mới xong. Người dân trong vùng đặt mua nhiều. "
    "Năm 2020, sản phẩm được xuất sang Nhật Bản. Đơn hàng ngày càng nhiều. Xưởng phải thuê thêm thợ. "
    "Với thành tích trên, ông được tặng Bằng khen của Bộ Công Thương.");

  /* named sentences before, and by his given name since */
  assert_recipients (find_award (profile, "Bằng khen của Bộ Công Thương"), "Đặng Quốc Lũy", NULL);
  /* two men so introduced: "ông" could be either */
  assert_recipients (find_award (two, "Bằng khen của Bộ Công Thương"), NULL);
}

static void
test_a_foreign_surname_is_the_full_name_written_before (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Chuyến thăm cuối cùng\n\n"
    "Nhà thám hiểm Anselm Kroeger đã nhiều lần đến Quảng Bình. "
    "Năm 2019, ông Kroeger được Chủ tịch nước trao Huân chương Hữu nghị.\n\n"
    "Ông Ngô Văn Thanh được tặng Bằng khen. Ông Thanh cũng được tặng Giấy khen của Sở.");

  assert_recipients (find_award (out, "Huân chương Hữu nghị"), "Anselm Kroeger", NULL);
  assert_recipients (find_award (out, "Bằng khen"), "Ngô Văn Thanh", NULL);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/extract-award-references/family-word-with-nay-is-the-honour-named-last",
                   test_family_word_with_nay_is_the_honour_named_last);
  g_test_add_func ("/extract-award-references/bare-family-word-with-nay-and-nothing-before",
                   test_bare_family_word_with_nay_and_nothing_before);
  g_test_add_func ("/extract-award-references/second-giving-after-va", test_second_giving_after_va);
  g_test_add_func ("/extract-award-references/a-vessel-or-unit-named-by-its-number", test_a_vessel_or_unit_named_by_its_number);
  g_test_add_func ("/extract-award-references/a-count-of-prizes-is-no-recipient", test_a_count_of_prizes_is_no_recipient);
  g_test_add_func ("/extract-award-references/counted-subject-after-co", test_counted_subject_after_co);
  g_test_add_func ("/extract-award-references/subject-of-a-consequence-or-second-predicate",
                   test_subject_of_a_consequence_or_second_predicate);
  g_test_add_func ("/extract-award-references/duoc-between-manner-and-times", test_duoc_between_manner_and_times);
  g_test_add_func ("/extract-award-references/epithet-of-trade-or-youth-before-a-name",
                   test_epithet_of_trade_or_youth_before_a_name);
  g_test_add_func ("/extract-award-references/an-honour-before-the-recipients-name-is-an-epithet",
                   test_an_honour_before_the_recipients_name_is_an_epithet);
  g_test_add_func ("/extract-award-references/brand-whose-ceremony-it-is", test_brand_whose_ceremony_it_is);
  g_test_add_func ("/extract-award-references/founded-body-before-years-in-brackets",
                   test_founded_body_before_years_in_brackets);
  g_test_add_func ("/extract-award-references/motto-ending-on-a-domain-verb", test_motto_ending_on_a_domain_verb);
  g_test_add_func ("/extract-award-references/unit-word-alone-is-no-recipient", test_unit_word_alone_is_no_recipient);
  g_test_add_func ("/extract-award-references/a-form-of-address-after-cho-is-the-one-named-before",
                   test_a_form_of_address_after_cho_is_the_one_named_before);
  g_test_add_func ("/extract-award-references/a-given-name-after-a-form-of-address", test_a_given_name_after_a_form_of_address);
  g_test_add_func ("/extract-award-references/a-bare-pronoun-in-an-obituary-is-the-headline-person",
                   test_a_bare_pronoun_in_an_obituary_is_the_headline_person);
  g_test_add_func ("/extract-award-references/a-bare-pronoun-in-a-profile-is-the-one-person-so-introduced",
                   test_a_bare_pronoun_in_a_profile_is_the_one_person_so_introduced);
  g_test_add_func ("/extract-award-references/a-bare-pronoun-is-the-subject-of-the-sentence-before",
                   test_a_bare_pronoun_is_the_subject_of_the_sentence_before);
  g_test_add_func ("/extract-award-references/a-foreign-surname-is-the-full-name-written-before",
                   test_a_foreign_surname_is_the_full_name_written_before);
  return g_test_run ();
}
