/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-extract-awards.c — honours, classes, recipients */
#include <string.h>

#include "diem-article.h"
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
    "Tin vắn trong ngày.\n\n"
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
test_awards_plural_summing_up_the_classes (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Trao Huân chương Lao động cho các cán bộ của Trường Đại học Y Dược\n\n"
    "Phó Chủ tịch nước trao Huân chương Lao động hạng Nhì, Huân chương Lao động hạng Ba cho 4 cá nhân "
    "của Trường Đại học Y Dược.\n\n"
    "Bộ trưởng trao Huân chương Chiến công cho các chiến sĩ của Đồn Biên phòng Hòn Khoai.");

  /* the plural in the headline only sums up the classes the body names */
  g_assert_null (find_award (out, "Huân chương Lao động"));
  assert_recipients (find_award (out, "Huân chương Lao động hạng Nhì"), "4 cá nhân của Trường Đại học Y Dược", NULL);
  /* with no class named, the plural made definite by its body is who receives */
  assert_recipients (find_award (out, "Huân chương Chiến công"), "các chiến sĩ của Đồn Biên phòng Hòn Khoai", NULL);
}

static void
test_awards_family_name_with_one_candidate (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Tin vắn trong ngày.\n\n"
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

static const DiemAward *
only_award (DiemExtraction *out)
{
  g_assert_cmpuint (out->awards->len, ==, 1);
  return g_ptr_array_index (out->awards, 0);
}

static void
test_awards_titles_before_a_name (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Thủ tướng trao Bằng khen cho Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hoàng Minh Đức; "
    "nguyên Giám đốc Sở Tài chính Vũ Thị Loan; Đại tá Đinh Quang Hưng.");

  assert_recipients (only_award (out), "Hoàng Minh Đức", "Vũ Thị Loan", "Đinh Quang Hưng", NULL);
}

static void
test_awards_title_without_name (void)
{
  g_autoptr(DiemExtraction) out = extract_text ("Bộ trưởng trao Huân chương Hữu nghị tặng Đại sứ Cộng hòa Séc tại Việt Nam.");

  assert_no_recipients (out);
}

static void
test_awards_purpose_clause_ends_the_list (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Ông Trịnh Văn Lâm trao Bằng khen cho Công ty Sách Bình Minh vì những đóng góp trong việc in, "
    "phát hành sách, góp phần giáo dục đạo đức, nhân cách cho thiếu nhi.");

  assert_recipients (only_award (out), "Công ty Sách Bình Minh", NULL);
}

static void
test_awards_purpose_clause_only (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Chủ tịch nước tặng Huân chương Lao động hạng Ba vì đã có thành tích xuất sắc trong công tác, "
    "góp phần vào sự nghiệp xây dựng chủ nghĩa xã hội.");

  assert_no_recipients (out);
}

static void
test_awards_fillers_are_no_one (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Giám đốc Công an tỉnh trao Bằng khen, Cờ thi đua và Giấy khen cho các tập thể và cá nhân. "
    "Ban tổ chức trao Giấy khen cho tập thể, cá nhân. "
    "Chủ tịch nước gắn Huân chương Độc lập hạng Nhì lên lá cờ truyền thống của tỉnh.");

  assert_no_recipients (out);
}

static void
test_awards_honours_in_passing (void)
{
  g_autoptr(DiemExtraction) out = extract_text ("Ông Lò Văn Tám từng được tặng nhiều huân chương các loại.");

  g_assert_cmpuint (out->awards->len, ==, 0);
}

static void
test_awards_collective_shares_the_place (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Đồng chí Trần Quang Vinh trao Huân chương Độc lập hạng Ba cho Đảng bộ, chính quyền và nhân dân "
    "huyện Sơn Tây về thành tích đặc biệt xuất sắc.");

  assert_recipients (only_award (out), "Đảng bộ, chính quyền và nhân dân huyện Sơn Tây", NULL);
}

static void
test_awards_coordinated_recipients_split (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Bộ trưởng trao Bằng khen cho Sở Tư pháp và Sở Nội vụ, Văn phòng Đoàn ĐBQH và HĐND tỉnh "
    "và ông Phùng Văn Kiên.");

  assert_recipients (only_award (out), "Sở Tư pháp", "Sở Nội vụ", "Văn phòng Đoàn ĐBQH và HĐND tỉnh",
                     "Phùng Văn Kiên", NULL);
}

static void
test_awards_count_then_names (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Thủ tướng tặng Bằng khen cho 2 cá nhân là bà Lê Thị Hằng, Phó Giám đốc Sở Y tế và ông Đỗ Văn Quý.");

  assert_recipients (only_award (out), "Lê Thị Hằng", "Đỗ Văn Quý", NULL);
}

static void
test_awards_count_then_dashed_lines (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Chủ tịch nước phong tặng danh hiệu Chiến sĩ thi đua toàn quốc cho 2 cá nhân là:\n\n"
    "- Ông Lê Văn Cường, Giám đốc Sở Nội vụ;\n\n"
    "- Bà Phan Thị Mai, Hiệu trưởng Trường THPT Lê Lợi;\n\n"
    "vì đã có thành tích xuất sắc.");

  assert_recipients (only_award (out), "Lê Văn Cường", "Phan Thị Mai", NULL);
}

static void
test_awards_count_of_honours (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Dịp này, Chủ tịch tỉnh trao 12 Huân chương Hữu nghị và 7 Huy chương Hữu nghị cho 10 tập thể và 9 cá nhân.");

  assert_recipients (find_award (out, "Huân chương Hữu nghị"), "12", NULL);
  assert_recipients (find_award (out, "Huy chương Hữu nghị"), "7", NULL);
}

static void
test_awards_party_badge_years (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Bí thư Thành ủy trao Huy hiệu 55 năm tuổi Đảng cho 14 đảng viên. "
    "Ông Hà Văn Lộc nhận Huy hiệu 40 năm và 45 năm tuổi Đảng.");

  assert_recipients (find_award (out, "Huy hiệu 55 năm tuổi Đảng"), "14 đảng viên", NULL);
  assert_recipients (find_award (out, "Huy hiệu 40 năm tuổi Đảng"), "Hà Văn Lộc", NULL);
  assert_recipients (find_award (out, "Huy hiệu 45 năm tuổi Đảng"), "Hà Văn Lộc", NULL);
}

static void
test_awards_medal_with_motto (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Bộ trưởng trao Kỷ niệm chương “Vì sự nghiệp Tư pháp” của Bộ Tư pháp cho 05 đồng chí của tỉnh Yên Bái.");

  assert_recipients (find_award (out, "Kỷ niệm chương “Vì sự nghiệp Tư pháp”"), "05 đồng chí của tỉnh Yên Bái", NULL);
}

/* a motto in single quotes, spaced apart from them as some sites write it */
static void
test_awards_motto_in_single_quotes (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Tỉnh đoàn trao huy hiệu ' Tuổi trẻ dũng cảm ' cho anh Lò Văn Páo.\n\n"
    "Hội tặng bằng khen ‘Thanh niên sống đẹp’ cho chị Hà Thị Nga.");

  assert_recipients (find_award (out, "Huy hiệu 'Tuổi trẻ dũng cảm'"), "Lò Văn Páo", NULL);
  assert_recipients (find_award (out, "Bằng khen ‘Thanh niên sống đẹp’"), "Hà Thị Nga", NULL);
}

static void
test_awards_posthumous_and_relatives (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Chủ tịch nước truy tặng Huân chương Dũng cảm cho liệt sĩ Võ Văn Tần. "
    "Ông Lưu Quang Hà trao danh hiệu Anh hùng Lao động cho đại diện gia đình Trung tá Nguyễn Văn Chương.");

  assert_recipients (find_award (out, "Huân chương Dũng cảm"), "Võ Văn Tần", NULL);
  assert_recipients (find_award (out, "Anh hùng Lao động"), "Nguyễn Văn Chương", NULL);
}

static void
test_awards_subjects (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Dịp này, tỉnh Hòa Bình được Đảng, Nhà nước tặng thưởng Huân chương Lao động hạng Nhì; "
    "36 tập thể được tặng Cờ thi đua của Chính phủ. "
    "Công ty Điện lực Nam Sơn (Nam Son Power) vừa nhận bằng khen Thủ tướng Chính phủ. "
    "Trường THCS Lê Quý Đôn tổ chức lễ kỷ niệm 40 năm thành lập và đón nhận Huân chương Lao động hạng Ba.");

  assert_recipients (find_award (out, "Huân chương Lao động hạng Nhì"), "tỉnh Hòa Bình", NULL);
  assert_recipients (find_award (out, "Cờ thi đua của Chính phủ"), "36 tập thể", NULL);
  assert_recipients (find_award (out, "Bằng khen Thủ tướng Chính phủ"), "Công ty Điện lực Nam Sơn", NULL);
  /* coordinated with "tổ chức": the school hosts the ceremony and receives the honour */
  assert_recipients (find_award (out, "Huân chương Lao động hạng Ba"), "Trường THCS Lê Quý Đôn", NULL);
}

static void
test_awards_every_class (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "7 cá nhân được tặng thưởng Huân chương Lao động các hạng; 9 tập thể được nhận Bằng khen của UBND tỉnh.");

  assert_recipients (find_award (out, "Huân chương Lao động các hạng"), "7 cá nhân", NULL);
  assert_recipients (find_award (out, "Bằng khen của UBND tỉnh"), "9 tập thể", NULL);
}

static void
test_awards_issuer_then_verb (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Thành ủy tổ chức Lễ đón nhận danh hiệu Anh hùng Lực lượng vũ trang nhân dân của Chủ tịch nước "
    "phong tặng Công an tỉnh Lạng Sơn.");

  assert_recipients (only_award (out), "Công an tỉnh Lạng Sơn", NULL);
}

static void
test_awards_proposal_is_no_award (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "UBND tỉnh đề nghị Chủ tịch nước tặng Huân chương Lao động hạng Ba cho Sở Giáo dục và Đào tạo.\n\n"
    "Hội đồng thi đua sẽ xem xét trao tặng Bằng khen cho anh Đinh Quốc Bảo.\n\n"
    "Cơ quan này bị phê bình vì đã đề nghị tặng thưởng Huân chương Lao động hạng Nhì hai năm liền "
    "(năm 2009 và năm 2010) và phong tặng danh hiệu Anh hùng Lao động cho Công ty Xây lắp Hòa Bình.\n\n"
    "Theo ông Vũ, việc tặng Huân chương Độc lập hạng Ba cho ông Mai Văn Lực đang được xem xét lại.\n\n"
    "Bộ trình Chủ tịch nước tặng Huân chương Lao động hạng Nhì cho Đội tuyển bóng chuyền nữ, "
    "2 Huân chương Lao động hạng Ba cho HLV Nguyễn Tuấn Kiệt và chủ công Trần Thị Thanh Thúy.\n\n"
    "Hội đồng xét phong tặng danh hiệu Nghệ nhân Ưu tú cho bà Hà Thị Lún.\n\n"
    "Sở đã gửi hồ sơ phong danh hiệu Anh hùng Lao động cho bà Lò Thị Mai.\n\n"
    "Huyện đang hoàn tất thủ tục tặng Bằng khen cho anh Vi Văn Kiên.\n\n"
    "Theo đề nghị của Bộ trưởng, Chủ tịch nước sẽ xem xét tặng Huân chương Chiến công hạng Nhì cho anh Lù Văn Sử.");

  assert_no_recipients (out);
}

/* "Theo đề nghị của A, B tặng …": the giving answers a proposal, and is done */
static void
test_awards_given_on_a_proposal (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Theo đề nghị của Bộ trưởng Bộ Công an, Chủ tịch nước tặng Huân chương Chiến công hạng Ba "
    "cho Thượng úy Hoàng Văn Tỉnh.\n\n"
    "UBND tỉnh tặng danh hiệu “Công dân ưu tú” cho 6 cá nhân, trong đó có cô giáo Lương Thị Mến.\n\n"
    "Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 45, UBND tỉnh quyết định tặng danh hiệu "
    "“Công dân ưu tú” cho 6 cá nhân.");

  assert_recipients (find_award (out, "Huân chương Chiến công hạng Ba"), "Hoàng Văn Tỉnh", NULL);
  /* the count is told by the name from among it */
  assert_recipients (find_award (out, "Công dân ưu tú"), "Lương Thị Mến", NULL);
}

/* "phong" alone confers a title; inside "phong trào", "xung phong" or a name it does not */
static void
test_awards_phong_confers_a_title (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Năm 1972, ông Đàm Văn Ngụy được phong Anh hùng Lực lượng vũ trang nhân dân.");
  g_autoptr(DiemExtraction) named = extract_text (
    "Bộ trưởng Nguyễn Phong Lâm trao Bằng khen cho Đội Thanh niên xung phong số 5.");

  assert_recipients (only_award (out), "Đàm Văn Ngụy", NULL);
  g_assert_cmpstr (only_award (named)->presenter, ==, "Nguyễn Phong Lâm");
  assert_recipients (only_award (named), "Đội Thanh niên xung phong số 5", NULL);
}

static void
test_awards_several_presenters (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Phó Chủ tịch nước Võ Thị Hạnh và Bộ trưởng Bộ Nội vụ Lê Minh Tâm trao Huân chương Lao động hạng Nhất "
    "cho Trường Đại học Huế.");
  const DiemAward *award = only_award (out);

  assert_recipients (award, "Trường Đại học Huế", NULL);
  g_assert_cmpstr (award->presenter, ==, "Võ Thị Hạnh và Lê Minh Tâm");
}

static void
test_awards_presenters_with_offices_after_commas (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Đồng chí Hồ Văn Niên, Giám đốc Sở Nội vụ đã trao Bằng khen của UBND tỉnh cho Trường THCS Kim Đồng.\n\n"
    "Ông Đinh Quang Huy, Chủ tịch UBND tỉnh và bà Mai Thu Thủy, Phó Chủ tịch HĐND tỉnh trao Cờ thi đua "
    "của UBND tỉnh cho Công an huyện Krông Pắc.");

  /* the office's capitalised words are no presenter */
  g_assert_cmpstr (((const DiemAward *) find_award (out, "Bằng khen của UBND tỉnh"))->presenter, ==, "Hồ Văn Niên");
  g_assert_cmpstr (((const DiemAward *) find_award (out, "Cờ thi đua của UBND tỉnh"))->presenter, ==,
                   "Đinh Quang Huy và Mai Thu Thủy");
}

static void
test_awards_what_follows_the_office_is_no_apposition (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Phó Thủ tướng Lại Quốc Bình, Bí thư Thành ủy Châu Minh Khoa trao Bằng khen cho 12 công nhân.\n\n"
    "Ông Mạc Văn Lâm, Bí thư Huyện đoàn cho biết vừa tổ chức lễ trao Giấy khen cho em Tô Thị Mến.");

  /* an office followed by a name is a second person; one followed by a verb, a clause */
  g_assert_cmpstr (((const DiemAward *) find_award (out, "Bằng khen"))->presenter, !=, "Lại Quốc Bình");
  g_assert_null (((const DiemAward *) find_award (out, "Giấy khen"))->presenter);
}

static void
test_awards_list_ends_at_next_giving (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Hai đồng chí nhận Huy hiệu 70 năm tuổi Đảng gồm ông Lại Văn Sơn; ông Ngô Văn Bảy ; "
    "nguyên Phó Chủ tịch tỉnh Đào Văn Hiếu nhận Huy hiệu 60 năm tuổi Đảng.");

  assert_recipients (find_award (out, "Huy hiệu 70 năm tuổi Đảng"), "Lại Văn Sơn", "Ngô Văn Bảy", NULL);
  assert_recipients (find_award (out, "Huy hiệu 60 năm tuổi Đảng"), "Đào Văn Hiếu", NULL);
}

static void
test_awards_passive_with_two_word_verb (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Với những thành tích đó, lực lượng Kiểm lâm tỉnh đã được Nhà nước trao tặng Huân chương Lao động hạng Ba.");

  assert_recipients (only_award (out), "lực lượng Kiểm lâm tỉnh", NULL);
}

static void
test_awards_collectives_joined_by_comma (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Năm 2022, một số tập thể, cá nhân thuộc Cục Thuế được tặng Bằng khen của Bộ trưởng Bộ Tài chính. "
    "Tại hội nghị, nhiều tập thể, cá nhân được tặng Giấy khen của Giám đốc Sở. "
    "Vinh dự của các hội viên được tặng Cờ thi đua cũng là niềm vui chung.");

  /* a plural is someone only when the body it belongs to is named */
  assert_recipients (find_award (out, "Bằng khen của Bộ trưởng Bộ Tài chính"),
                     "một số tập thể, cá nhân thuộc Cục Thuế", NULL);
  g_assert_cmpuint (find_award (out, "Giấy khen của Giám đốc Sở")->recipients->len, ==, 0);
  g_assert_cmpuint (find_award (out, "Cờ thi đua")->recipients->len, ==, 0);
}

static void
test_awards_count_spelled_out_by_names (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Trao Bằng khen cho 2 cá nhân.\n\n"
    "Bộ trưởng trao Bằng khen cho ông Trịnh Văn Nam và bà Mai Thị Xuân. "
    "Bí thư trao Huy hiệu 30 năm tuổi Đảng cho ông Tạ Văn Hòa và 6 đảng viên.");

  assert_recipients (find_award (out, "Bằng khen"), "Trịnh Văn Nam", "Mai Thị Xuân", NULL);
  assert_recipients (find_award (out, "Huy hiệu 30 năm tuổi Đảng"), "Tạ Văn Hòa", "6 đảng viên", NULL);
}

static void
test_awards_less_specific_name (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Bí thư Thành ủy trao Huy hiệu Đảng cho ông Lê Văn Tịnh; ông Hồ Văn Sáu. "
    "Ông Lê Văn Tịnh nhận Huy hiệu 60 năm tuổi Đảng.");

  assert_recipients (find_award (out, "Huy hiệu Đảng"), "Hồ Văn Sáu", NULL);
  assert_recipients (find_award (out, "Huy hiệu 60 năm tuổi Đảng"), "Lê Văn Tịnh", NULL);
}

static void
test_awards_description_before_titles (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Thủ tướng trao Huy hiệu 70 năm tuổi Đảng tặng cán bộ lão thành cách mạng, nguyên Bộ trưởng Bộ Y tế "
    "Phạm Văn Tư; nguyên Phó Chủ tịch nước Đinh Thị Ngọc.");

  assert_recipients (only_award (out), "Phạm Văn Tư", "Đinh Thị Ngọc", NULL);
}

static void
test_awards_coordinated_predicate (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Đồng chí Lương Văn Đạt là thương binh hạng 2/4 và đã được tặng Huy hiệu 50 năm tuổi Đảng. "
    "Trường Mầm non Hoa Sen long trọng tổ chức lễ kỷ niệm và được tặng Bằng khen của UBND tỉnh. "
    "Ban tổ chức cho biết nhiều đơn vị đã gửi hồ sơ và được tặng Giấy khen.");

  assert_recipients (find_award (out, "Huy hiệu 50 năm tuổi Đảng"), "Lương Văn Đạt", NULL);
  /* the body that opens the clause, named in full, is the subject of both predicates */
  assert_recipients (find_award (out, "Bằng khen của UBND tỉnh"), "Trường Mầm non Hoa Sen", NULL);
  /* a subject that names no one, or the subject of another verb, gives nothing */
  g_assert_true (find_award (out, "Giấy khen") == NULL || find_award (out, "Giấy khen")->recipients->len == 0);
}

static void
test_awards_recipients_before_the_verb (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Các tập thể Phòng Cảnh sát giao thông, Công an huyện Đông Anh và Đại tá Trần Văn Thắng, Phó Giám đốc "
    "Công an tỉnh; Thiếu tá Lê Quang Huy vinh dự đón nhận Huân chương Bảo vệ Tổ quốc hạng Ba. "
    "Tại buổi lễ, Sở Công Thương và Sở Xây dựng đón nhận Bằng khen của UBND tỉnh. "
    "Dịp này, 163 tập thể, 419 cá nhân được nhận Giấy khen.");

  assert_recipients (find_award (out, "Huân chương Bảo vệ Tổ quốc hạng Ba"), "Phòng Cảnh sát giao thông",
                     "Công an huyện Đông Anh", "Trần Văn Thắng", "Lê Quang Huy", NULL);
  assert_recipients (find_award (out, "Bằng khen của UBND tỉnh"), "Sở Công Thương", "Sở Xây dựng", NULL);
  assert_recipients (find_award (out, "Giấy khen"), "163 tập thể", "419 cá nhân", NULL);
}

static void
test_awards_respectively (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Chủ tịch nước trao Huân chương Lao động hạng Nhì, hạng Ba lần lượt cho Công ty Xăng dầu Hà Tĩnh và "
    "ông Trần Văn Sơn. Bộ trưởng trao Huân chương Chiến công hạng Nhất, hạng Nhì cho Đồn Biên phòng Lao Bảo "
    "và Trung tá Vũ Đức Mạnh tương ứng.");

  assert_recipients (find_award (out, "Huân chương Lao động hạng Nhì"), "Công ty Xăng dầu Hà Tĩnh", NULL);
  assert_recipients (find_award (out, "Huân chương Lao động hạng Ba"), "Trần Văn Sơn", NULL);
  assert_recipients (find_award (out, "Huân chương Chiến công hạng Nhất"), "Đồn Biên phòng Lao Bảo", NULL);
  assert_recipients (find_award (out, "Huân chương Chiến công hạng Nhì"), "Vũ Đức Mạnh", NULL);
}

static void
test_awards_state_title_and_epithet (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Chủ tịch nước phong tặng danh hiệu Nhà giáo Ưu tú cho bà Lê Thị Hoa, Hiệu trưởng Trường THCS Quang Trung. "
    "Nhà giáo Ưu tú Trần Văn Bình phát biểu. Mẹ Việt Nam Anh hùng Lê Thị Bé đã 98 tuổi.");

  assert_recipients (only_award (out), "Lê Thị Hoa", NULL);
}

static void
test_awards_recipient_between_verb_and_honour (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Chủ tịch nước tặng đồng chí Nguyễn Đình Lộc, nguyên Ủy viên Trung ương Đảng khóa VIII, nguyên Thứ trưởng "
    "Bộ Ngoại giao Huân chương Độc lập hạng Nhì. "
    "Thủ tướng trao tặng Học viện Kỹ thuật Quân sự Huân chương Bảo vệ Tổ quốc hạng Nhất. "
    "Sau khi hội nghị bế mạc, Giám đốc Sở Nội vụ, Thường trực Hội đồng Thi đua khen thưởng tỉnh, Cờ thi đua.");

  assert_recipients (find_award (out, "Huân chương Độc lập hạng Nhì"), "Nguyễn Đình Lộc", NULL);
  assert_recipients (find_award (out, "Huân chương Bảo vệ Tổ quốc hạng Nhất"), "Học viện Kỹ thuật Quân sự", NULL);
  g_assert_null (find_award (out, "Cờ thi đua"));
}

/* A sentence that chains many honours is read in one pass; timing is in bench/. */
static void
test_awards_long_chain (void)
{
  g_autoptr(GString) text = g_string_new ("Chủ tịch nước trao ");
  g_autoptr(DiemExtraction) out = NULL;
  const char *names[] = { "Huân chương Lao động hạng Nhất", "Bằng khen", "Cờ thi đua" };

  for (guint i = 0; i < 40000; i++)
    g_string_append_printf (text, "%s%s", i ? ", " : "", names[i % 3]);
  g_string_append (text, " cho Sở Y tế.");
  out = extract_text (text->str);
  g_assert_cmpuint (out->awards->len, ==, 3);
  assert_recipients (find_award (out, "Cờ thi đua"), "Sở Y tế", NULL);
}

/* Thousands of honours before thousands of names: the list is not copied to each. */
static void
test_awards_hostile_chain_and_list (void)
{
  g_autoptr(GString) text = g_string_new ("Trao ");
  g_autoptr(DiemExtraction) out = NULL;
  const DiemAward *last;

  for (guint i = 0; i < 3000; i++)
    g_string_append_printf (text, "%sBằng khen của Sở Số %u", i ? ", " : "", i);
  g_string_append (text, " cho ");
  for (guint i = 0; i < 100; i++)
    g_string_append_printf (text, "%sTrường Tiểu học Số %u", i ? "; " : "", i);
  g_string_append (text, ".");
  out = extract_text (text->str);
  last = find_award (out, "Bằng khen của Sở Số 2999");
  g_assert_nonnull (last);
  g_assert_cmpuint (last->recipients->len, ==, 100);
  g_assert_cmpuint (((DiemAward *) find_award (out, "Bằng khen của Sở Số 0"))->recipients->len, ==, 0);
}

static void
test_awards_to_after_a_verb (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Giám đốc Sở Nội vụ Hồ Văn Tâm trao Giấy khen tới 6 tập thể và bà Lê Thị Ngân.\n\n"
    "Cả hội trường gửi Cờ thi đua tới nhà văn hóa thôn.");
  const DiemAward *paper = find_award (out, "Giấy khen");
  const DiemAward *flag = find_award (out, "Cờ thi đua");

  g_assert_nonnull (paper);
  g_assert_cmpuint (paper->recipients->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (paper->recipients, 0), ==, "6 tập thể");
  g_assert_cmpstr (g_ptr_array_index (paper->recipients, 1), ==, "Lê Thị Ngân");
  /* "tới" with no give verb before the honour names where it went, not who won it */
  g_assert_true (flag == NULL || flag->recipients->len == 0);
}

static void
test_awards_post_held_abroad (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Phó Chủ tịch nước trao Huân chương Lao động hạng Nhì tặng Đại sứ Việt Nam tại Nhật Bản Phạm Quang Hiệu.\n\n"
    "Phó Chủ tịch nước trao Huân chương Lao động hạng Ba cho Đại sứ Việt Nam tại Lào.");
  const DiemAward *second = find_award (out, "Huân chương Lao động hạng Nhì");
  const DiemAward *third = find_award (out, "Huân chương Lao động hạng Ba");

  g_assert_nonnull (second);
  g_assert_cmpuint (second->recipients->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (second->recipients, 0), ==, "Phạm Quang Hiệu");
  /* a post with no name after it is no recipient */
  g_assert_true (third == NULL || third->recipients->len == 0);
}

static void
test_awards_collective_within_a_body (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Ông Đỗ Văn Chiến và 12 đảng viên trong Đảng bộ được nhận Huy hiệu 40 năm tuổi Đảng.\n\n"
    "Sở Nội vụ tặng Giấy khen cho 9 cá nhân trong Lễ sơ kết.\n\n"
    "Huyện đoàn tặng Bằng khen cho đoàn viên trong Chi đoàn.");
  const DiemAward *badge = find_award (out, "Huy hiệu 40 năm tuổi Đảng");
  const DiemAward *paper = find_award (out, "Giấy khen");
  const DiemAward *merit = find_award (out, "Bằng khen");

  g_assert_nonnull (badge);
  g_assert_cmpuint (badge->recipients->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (badge->recipients, 0), ==, "Đỗ Văn Chiến");
  g_assert_cmpstr (g_ptr_array_index (badge->recipients, 1), ==, "12 đảng viên trong Đảng bộ");
  /* an occasion is not a body: the count stands alone */
  g_assert_nonnull (paper);
  g_assert_cmpuint (paper->recipients->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (paper->recipients, 0), ==, "9 cá nhân");
  /* collectives of a collective name no one */
  g_assert_true (merit == NULL || merit->recipients->len == 0);
}

static void
test_awards_count_between_verb_and_honour (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Chủ tịch nước truy tặng 14 cán bộ lão thành Huân chương Kháng chiến hạng Nhất.\n\n"
    "Trong năm qua, 2 đơn vị được đề nghị tặng Huân chương Chiến công hạng Ba.");
  const DiemAward *resistance = find_award (out, "Huân chương Kháng chiến hạng Nhất");
  const DiemAward *feat = find_award (out, "Huân chương Chiến công hạng Ba");

  g_assert_nonnull (resistance);
  g_assert_cmpuint (resistance->recipients->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (resistance->recipients, 0), ==, "14 cán bộ lão thành");
  /* a proposal is no award */
  g_assert_true (feat == NULL || feat->recipients->len == 0);
}

static void
test_awards_count_subject_then_names (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Năm nay, 9 đảng viên được trao Huy hiệu Đảng, trong đó có đồng chí Lê Văn Khôi.\n\n"
    "Dịp này, 6 hội viên được tặng Giấy khen, tại hội trường xã.");
  const DiemAward *badge = find_award (out, "Huy hiệu Đảng");
  const DiemAward *paper = find_award (out, "Giấy khen");

  /* names follow: the count is not a recipient of its own */
  g_assert_nonnull (badge);
  for (guint i = 0; i < badge->recipients->len; i++)
    g_assert_cmpstr (g_ptr_array_index (badge->recipients, i), !=, "9 đảng viên");
  /* no names: the count is what the text says of them */
  g_assert_nonnull (paper);
  g_assert_cmpuint (paper->recipients->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (paper->recipients, 0), ==, "6 hội viên");
}

static void
test_awards_colon_then_dashed_lines (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Tặng Giấy khen cho:\n\n"
    "- Trạm Y tế xã Tân Phú;\n\n"
    "- Bà Đinh Thị Hường, Trưởng Trạm Y tế xã.\n\n"
    "Ngày mai, huyện trao Cờ thi đua cho:");
  const DiemAward *flag = find_award (out, "Cờ thi đua");

  assert_recipients (find_award (out, "Giấy khen"), "Trạm Y tế xã Tân Phú", "Đinh Thị Hường", NULL);
  /* a colon with no lines after it names no one */
  g_assert_true (flag == NULL || flag->recipients->len == 0);
}

static void
test_awards_honour_as_heading (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Huân chương Chiến công hạng Ba: Đồn Biên phòng Sa Huỳnh; Thiếu tá Võ Văn Lực, Đồn trưởng.\n\n"
    "Cờ thi đua: đây là phần thưởng dành cho đơn vị dẫn đầu.");
  const DiemAward *flag = find_award (out, "Cờ thi đua");

  assert_recipients (find_award (out, "Huân chương Chiến công hạng Ba"), "Đồn Biên phòng Sa Huỳnh", "Võ Văn Lực", NULL);
  /* what follows the colon is a gloss, not a list of recipients */
  g_assert_true (flag == NULL || flag->recipients->len == 0);
}

/* "(Bộ Quốc phòng)" names the parent of a unit: part of the recipient, and the comma
 * after it ends the item even in a list split on semicolons. */
static void
test_awards_parent_in_brackets (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Chủ tịch nước trao danh hiệu Anh hùng Lực lượng vũ trang nhân dân cho 4 tập thể, gồm: "
    "Lữ đoàn 125 (Quân chủng Hải quân), Trung đoàn 921 (Quân chủng Phòng không - Không quân); "
    "Phòng Cảnh sát giao thông (Công an tỉnh Hòa Bình); Đồn Biên phòng Cà Ná.");

  assert_recipients (only_award (out), "Lữ đoàn 125 (Quân chủng Hải quân)",
                     "Trung đoàn 921 (Quân chủng Phòng không - Không quân)",
                     "Phòng Cảnh sát giao thông (Công an tỉnh Hòa Bình)", "Đồn Biên phòng Cà Ná", NULL);
}

/* A unit followed by larger ones is one recipient; units of one size are several. */
static void
test_awards_chain_of_parent_units (void)
{
  g_autoptr(DiemExtraction) chain = extract_text (
    "Đại đội 2, Tiểu đoàn 8, Lữ đoàn 147 vinh dự được Chủ tịch nước tặng Huân chương Chiến công hạng Ba.");
  g_autoptr(DiemExtraction) siblings = extract_text (
    "Giám đốc Công an tỉnh tặng Giấy khen cho Đội Cảnh sát giao thông, Đội Cảnh sát cơ động và "
    "Phòng Hậu cần.");

  assert_recipients (only_award (chain), "Đại đội 2, Tiểu đoàn 8, Lữ đoàn 147", NULL);
  assert_recipients (only_award (siblings), "Đội Cảnh sát giao thông", "Đội Cảnh sát cơ động", "Phòng Hậu cần", NULL);
}

/* "và" before a unit named in full starts another recipient; inside a name it does not. */
static void
test_awards_and_before_a_unit (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Bộ trưởng trao Bằng khen cho Trung tâm Kiểm soát bệnh tật và Bệnh viện Phổi tỉnh, "
    "Sở Văn hóa, Thể thao và Du lịch và Văn phòng Đoàn ĐBQH và HĐND tỉnh.");

  assert_recipients (only_award (out), "Trung tâm Kiểm soát bệnh tật", "Bệnh viện Phổi tỉnh",
                     "Sở Văn hóa, Thể thao và Du lịch", "Văn phòng Đoàn ĐBQH và HĐND tỉnh", NULL);
}

/* A plural or a count before "gồm"/"là" is no recipient when the names follow. */
static void
test_awards_plural_then_names (void)
{
  g_autoptr(DiemExtraction) plural = extract_text (
    "UBND huyện tặng Giấy khen cho các tập thể, cá nhân gồm: Trường Mầm non Hoa Sen; "
    "Hội Nông dân xã Đông Hòa; ông Trịnh Văn Lực.");
  g_autoptr(DiemExtraction) counted = extract_text (
    "Bộ trưởng trao Bằng khen cho tập thể Cục Thuế tỉnh và hai cá nhân là Lý Thị Nga, Hồ Sĩ Dũng.");
  g_autoptr(DiemExtraction) words = extract_text (
    "Thủ tướng tặng Bằng khen cho bảy đơn vị, cá nhân có thành tích xuất sắc.");

  assert_recipients (only_award (plural), "Trường Mầm non Hoa Sen", "Hội Nông dân xã Đông Hòa", "Trịnh Văn Lực", NULL);
  assert_recipients (only_award (counted), "Cục Thuế tỉnh", "Lý Thị Nga", "Hồ Sĩ Dũng", NULL);
  assert_recipients (only_award (words), "bảy đơn vị, cá nhân", NULL);
}

/* The subject is the person before an apposition, and an honour can be the subject of
 * a passive giving. */
static void
test_awards_subject_apposition_and_passive_honour (void)
{
  g_autoptr(DiemExtraction) apposition = extract_text (
    "Bà Quách Thị Nhung, nguyên Phó Chủ tịch Hội Phụ nữ tỉnh, được tặng Huy hiệu 30 năm tuổi Đảng.");
  g_autoptr(DiemExtraction) passive = extract_text (
    "Huân chương Lao động hạng Nhì được trao cho Công ty Cấp nước Thủ Đức.");

  assert_recipients (only_award (apposition), "Quách Thị Nhung", NULL);
  assert_recipients (only_award (passive), "Công ty Cấp nước Thủ Đức", NULL);
}

/* "hàng không" holds the word "không" but does not end the name. */
static void
test_awards_compound_with_a_stop_word (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Phó Thủ tướng trao Cờ thi đua của Chính phủ cho Cảng hàng không quốc tế Đà Nẵng và "
    "Trường Sĩ quan Không quân.");

  assert_recipients (only_award (out), "Cảng hàng không quốc tế Đà Nẵng", "Trường Sĩ quan Không quân", NULL);
}

/* "cho các đồng chí: A, B và C": the names after the colon. */
static void
test_awards_names_after_a_colon (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Bí thư Huyện ủy trao Huy hiệu 40 năm tuổi Đảng cho các đồng chí: Ngô Văn Tư, Lục Thị Hiền và Bế Văn Tài.");

  assert_recipients (only_award (out), "Ngô Văn Tư", "Lục Thị Hiền", "Bế Văn Tài", NULL);
}

/* Two honours given in one sentence, each with its own list. */
static void
test_awards_two_givings_joined_by_and (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Chủ tịch nước trao Huân chương Lao động hạng Nhì cho Viện Vệ sinh dịch tễ Tây Nguyên và "
    "Huân chương Lao động hạng Ba cho Bệnh viện Y học cổ truyền tỉnh.");

  assert_recipients (find_award (out, "Huân chương Lao động hạng Nhì"), "Viện Vệ sinh dịch tễ Tây Nguyên", NULL);
  assert_recipients (find_award (out, "Huân chương Lao động hạng Ba"), "Bệnh viện Y học cổ truyền tỉnh", NULL);
}

/* The body that hosts the ceremony and receives the honour, after a setting of time;
 * the government of a place hosts for its people and receives nothing itself. */
static void
test_awards_ceremony_host (void)
{
  g_autoptr(DiemExtraction) host = extract_text (
    "Chiều 12/3, Bệnh viện Đa khoa Xanh Pôn tổ chức lễ kỷ niệm 110 năm thành lập và đón nhận "
    "Huân chương Lao động hạng Nhất.");
  g_autoptr(DiemExtraction) authority = extract_text (
    "Sáng 2/9, UBND huyện Tam Nông tổ chức lễ kỷ niệm 30 năm tái lập huyện và đón nhận "
    "Huân chương Lao động hạng Ba.");
  g_autoptr(DiemExtraction) issuer = extract_text (
    "Sáng 5/9, Trường Tiểu học Lê Văn Tám tổ chức lễ khai giảng và đón nhận Bằng khen của Bộ trưởng "
    "Bộ Giáo dục và Đào tạo.");

  assert_recipients (only_award (host), "Bệnh viện Đa khoa Xanh Pôn", NULL);
  assert_no_recipients (authority);
  assert_recipients (find_award (issuer, "Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo"),
                     "Trường Tiểu học Lê Văn Tám", NULL);
}

/* A given name that is also a grammar word ("Được") is no passive, and a place after a
 * preposition is not the subject. */
static void
test_awards_name_like_a_verb_and_place_after_preposition (void)
{
  g_autoptr(DiemExtraction) name = extract_text (
    "Chủ tịch UBND tỉnh Lê Văn Được trao Bằng khen cho Hội Cựu chiến binh tỉnh.");
  g_autoptr(DiemExtraction) place = extract_text (
    "Ba bệnh viện ở Đà Nẵng vinh dự đón nhận Huân chương Lao động hạng Nhì.");

  assert_recipients (only_award (name), "Hội Cựu chiến binh tỉnh", NULL);
  assert_no_recipients (place);
}

/* A foreign recipient after an office and a country. */
static void
test_awards_foreign_name_after_country (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Phó Chủ tịch nước trao Huân chương Hữu nghị cho Đại sứ Australia Andrew Goledzinowski và "
    "Trường Đại học Việt Đức.");

  assert_recipients (only_award (out), "Andrew Goledzinowski", "Trường Đại học Việt Đức", NULL);
}

/* A verb after an organisation's name ends it; a head noun alone names no one; an
 * emulation flag keeps its "xuất sắc". */
static void
test_awards_name_ends_and_bare_heads (void)
{
  g_autoptr(DiemExtraction) verb = extract_text (
    "Lễ trao Huân chương Lao động hạng Nhì cho Tổng công ty Đường sắt Việt Nam diễn ra chiều qua.");
  g_autoptr(DiemExtraction) head = extract_text (
    "Trường đã được UBND tỉnh tặng Bằng khen trong nhiều năm liền.");
  g_autoptr(DiemExtraction) flag = extract_text (
    "Bệnh viện Mắt tỉnh được nhận Cờ thi đua xuất sắc của Bộ Y tế.");

  assert_recipients (only_award (verb), "Tổng công ty Đường sắt Việt Nam", NULL);
  assert_no_recipients (head);
  assert_recipients (find_award (flag, "Cờ thi đua xuất sắc của Bộ Y tế"), "Bệnh viện Mắt tỉnh", NULL);
}

/* A colon after a plural opens the names; counts in a list split on semicolons stay
 * apart; "được công nhận danh hiệu" confers the title. */
static void
test_awards_colon_counts_and_recognition (void)
{
  g_autoptr(DiemExtraction) colon = extract_text (
    "Chủ tịch UBND tỉnh trao Bằng khen cho các tập thể: Hội Chữ thập đỏ huyện Yên Thế, Đoàn Thanh niên xã Tân Sỏi.");
  g_autoptr(DiemExtraction) counts = extract_text (
    "Bộ trưởng tặng Bằng khen cho 8 tập thể, 15 cá nhân; Cục trưởng tặng Giấy khen cho 22 cá nhân.");
  g_autoptr(DiemExtraction) recognised = extract_text (
    "Thượng úy Hà Minh Tuấn được công nhận danh hiệu Chiến sĩ thi đua toàn quốc.");

  assert_recipients (only_award (colon), "Hội Chữ thập đỏ huyện Yên Thế", "Đoàn Thanh niên xã Tân Sỏi", NULL);
  assert_recipients (find_award (counts, "Bằng khen"), "8 tập thể", "15 cá nhân", NULL);
  assert_recipients (find_award (counts, "Giấy khen"), "22 cá nhân", NULL);
  assert_recipients (only_award (recognised), "Hà Minh Tuấn", NULL);
}

/* A sentence that opens on receiving names the receiver after the comma; a count of
 * honours "các loại" is a family mentioned in passing. */
static void
test_awards_fronted_receiving_and_family_count (void)
{
  g_autoptr(DiemExtraction) fronted = extract_text (
    "Đón nhận Huân chương Lao động hạng Ba, Công ty Thủy điện Hòa Bình hứa tiếp tục phấn đấu. "
    "Vinh dự đón nhận Cờ thi đua của Chính phủ, ông Mạc Văn Lợi bày tỏ niềm tự hào. "
    "Nhận Kỷ niệm chương Vì sự nghiệp giáo dục, bà Tatiana Sokolova nói sẽ trở lại Huế.");
  g_autoptr(DiemExtraction) family = extract_text (
    "Trong 5 năm, huyện có 120 Huân chương các loại được trao.");
  g_autoptr(DiemExtraction) years = extract_text (
    "Bệnh viện Mắt Trung ương được tặng Huân chương Lao động hạng Ba (năm 2005), hạng Nhì (năm 2012).");

  assert_recipients (find_award (fronted, "Huân chương Lao động hạng Ba"), "Công ty Thủy điện Hòa Bình", NULL);
  assert_recipients (find_award (fronted, "Cờ thi đua của Chính phủ"), "Mạc Văn Lợi", NULL);
  assert_recipients (find_award (fronted, "Kỷ niệm chương Vì sự nghiệp giáo dục"), "Tatiana Sokolova", NULL);
  g_assert_cmpuint (family->awards->len, ==, 0);
  assert_recipients (find_award (years, "Huân chương Lao động hạng Nhì"), "Bệnh viện Mắt Trung ương", NULL);
  assert_recipients (find_award (years, "Huân chương Lao động hạng Ba"), "Bệnh viện Mắt Trung ương", NULL);
}

/* A list of recipients may go on in the next paragraphs: "Các cá nhân gồm: …", then
 * paragraphs that are only a person and what they are; a paragraph with a verb ends it. */
static void
test_awards_list_goes_on_in_paragraphs (void)
{
  static const char text[] =
    "Chủ tịch nước trao danh hiệu Anh hùng Lao động cho 4 tập thể, cá nhân gồm: Công ty Dệt may Thành Công; "
    "Trường THPT chuyên Lam Sơn.\n\n"
    "Các cá nhân gồm: Ông Vi Văn Thắng, Giám đốc Hợp tác xã Chè Tân Cương.\n\n"
    "Bà Đinh Thị Ngân, Hiệu trưởng Trường Mầm non Sao Mai.\n\n"
    "Bà Hà Thị Liên, Phó Chủ tịch UBND tỉnh phát biểu chúc mừng.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(DiemArticle) article = diem_article_new_from_data (text, strlen (text), "t", &error);
  GPtrArray *awards;

  g_assert_no_error (error);
  awards = diem_article_get_awards (article);
  g_assert_cmpuint (awards->len, ==, 1);
  assert_recipients (g_ptr_array_index (awards, 0), "Công ty Dệt may Thành Công", "Trường THPT chuyên Lam Sơn",
                     "Vi Văn Thắng", "Đinh Thị Ngân", NULL);
}

/* The agent of a passive giving is the issuer of a certificate named by who gives it,
 * when it is an office and not a person. */
static void
test_awards_issuer_from_passive_agent (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Năm nay, 37 cá nhân được Bộ trưởng Bộ Tư pháp tặng Bằng khen. "
    "Ông Hứa Văn Nam được Chủ tịch UBND huyện Lê Minh Đức tặng Giấy khen.");
  const DiemAward *certificate = find_award (out, "Bằng khen của Bộ trưởng Bộ Tư pháp");

  assert_recipients (certificate, "37 cá nhân", NULL);
  assert_recipients (find_award (out, "Giấy khen"), "Hứa Văn Nam", NULL);
}

static void
test_awards_own_name_of_a_family (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Năm 1951, Karl Brenner được tặng Huân chương Thập tự cao quý. "
    "Các bạn đạt giải được Tỉnh đoàn trao Huy hiệu Tuổi trẻ sáng tạo. "
    "Chiều 4/3, Nhà nước Ba Lan trao Huân chương Công trạng của Nhà nước Ba Lan và Kỷ niệm chương "
    "của Cơ quan Liên bang về giáo dục quốc phòng tặng Thiếu tướng Đào Văn Quý. "
    "Nhà máy từng 5 lần được tặng Huy chương Vàng hội chợ hàng công nghiệp. "
    "Ba học sinh của trường nhận huy chương bạch kim kỳ thi toán quốc tế. "
    "Trung ương Đoàn đã trao, truy tặng huy hiệu tuổi trẻ dũng cảm cho 3 thanh niên ở huyện Mường Tè.");

  assert_recipients (find_award (out, "Huân chương Thập tự"), "Karl Brenner", NULL);
  g_assert_nonnull (find_award (out, "Huy hiệu Tuổi trẻ sáng tạo"));
  g_assert_null (find_award (out, "Huy hiệu"));
  assert_recipients (find_award (out, "Huân chương Công trạng"), "Đào Văn Quý", NULL);
  assert_recipients (find_award (out, "Kỷ niệm chương của Cơ quan Liên bang"), "Đào Văn Quý", NULL);
  /* a contest's gold or platinum medal is no honour, and "5 lần" counts times, not
   * people */
  g_assert_null (find_award (out, "Huy chương Vàng"));
  g_assert_null (find_award (out, "Huy chương"));
  /* a badge known by its motto, in lower case too */
  assert_recipients (find_award (out, "Huy hiệu tuổi trẻ dũng cảm"), "3 thanh niên", NULL);
}

static void
test_awards_body_names_and_merit_clauses (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Dịp này, bà Trịnh Thu Hà và 9 đảng viên đạt tiêu chuẩn “trong sạch, vững mạnh” 4 năm liền "
    "(2020-2023) đã được tặng Bằng khen của Đảng ủy Khối các cơ quan Trung ương. "
    "Ông Vũ Hải thay mặt Hội Nhà văn Việt Nam trao Bằng khen của Chủ tịch Hội Nhà văn Việt Nam "
    "cho 14 hội viên. Ông Lâm Văn Tư, thợ hàn, 3 lần được tặng Giấy khen.");
  const DiemAward *bloc = find_award (out, "Bằng khen của Đảng ủy Khối các cơ quan Trung ương");

  assert_recipients (bloc, "Trịnh Thu Hà", "9 đảng viên", NULL);
  assert_recipients (find_award (out, "Bằng khen của Chủ tịch Hội Nhà văn Việt Nam"), "14 hội viên", NULL);
  g_assert_null (find_award (out, "Bằng khen của Đảng ủy Khối"));
  if (find_award (out, "Giấy khen") != NULL)
    for (guint i = 0; i < find_award (out, "Giấy khen")->recipients->len; i++)
      g_assert_cmpstr (g_ptr_array_index (find_award (out, "Giấy khen")->recipients, i), !=, "3 lần");
}

static void
test_awards_deed_flag_and_party_years (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Hành động dũng cảm của anh Lương Văn Khải được Chủ tịch UBND huyện tặng Giấy khen. "
    "Hành động của ba em học sinh trên được Huyện đoàn tặng Bằng khen. "
    "Thứ trưởng Phan Thanh Bình gắn Huân chương Lao động hạng Nhì lên lá cờ truyền thống "
    "của Trường Cao đẳng Nghề Yên Bái. "
    "Ông Hoàng Văn Lũy được tặng Huân chương Kháng chiến hạng Nhất, Huy hiệu 60 tuổi Đảng. "
    "Bà con trong xóm nói hai cụ xứng đáng được tặng Giấy khen của UBND xã từ lâu.");

  assert_recipients (find_award (out, "Giấy khen của Chủ tịch UBND huyện"), "Lương Văn Khải", NULL);
  /* "ba em học sinh trên" points back: no one is named */
  g_assert_true (find_award (out, "Bằng khen của Huyện đoàn") == NULL
                 || find_award (out, "Bằng khen của Huyện đoàn")->recipients->len == 0);
  assert_recipients (find_award (out, "Huân chương Lao động hạng Nhì"), "Trường Cao đẳng Nghề Yên Bái", NULL);
  assert_recipients (find_award (out, "Huy hiệu 60 tuổi Đảng"), "Hoàng Văn Lũy", NULL);
  /* deserving an honour is not receiving it */
  g_assert_null (find_award (out, "Giấy khen của UBND xã"));
}

static void
test_awards_host_of_a_receiving_ceremony (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Cục Quản lý đê điều Việt Nam được thành lập năm 1995.\n\n"
    "Nhân dịp kỷ niệm 25 năm thành lập, Cục QLĐĐVN long trọng tổ chức lễ đón nhận "
    "Huân chương Độc lập hạng Ba. Sáng 2/4, Trường THCS Hòa Bình tổ chức Lễ đón nhận Cờ thi đua "
    "của Chính phủ. Chiều 9/4, Sở Tài chính tổ chức lễ trao Bằng khen cho 6 cá nhân.");

  /* the abbreviation is named in full, as the article first wrote it */
  assert_recipients (find_award (out, "Huân chương Độc lập hạng Ba"), "Cục Quản lý đê điều Việt Nam", NULL);
  assert_recipients (find_award (out, "Cờ thi đua của Chính phủ"), "Trường THCS Hòa Bình", NULL);
  /* a ceremony of giving: its host gives, the recipients follow */
  assert_recipients (find_award (out, "Bằng khen"), "6 cá nhân", NULL);
}

static void
test_awards_embassy_place_and_relative_clause (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Thứ trưởng Hà Kim Ngọc trao Bằng khen của Bộ trưởng Bộ Ngoại giao tặng Đại sứ quán Việt Nam "
    "tại Chile và ông Lưu Văn Tám - Bí thư thứ nhất. "
    "Chủ tịch tỉnh trao Giấy khen cho Trường Tiểu học Kim Đồng tại Đông Hà và bà Hồ Thị Lan. "
    "Bà Mai Thị Nhàn, người từng được phong tặng danh hiệu Anh hùng Lao động, đã về dự lễ.");

  /* an embassy is named by its host country; a school's "tại" says where it is */
  assert_recipients (find_award (out, "Bằng khen của Bộ trưởng Bộ Ngoại giao"), "Đại sứ quán Việt Nam tại Chile",
                     "Lưu Văn Tám", NULL);
  assert_recipients (find_award (out, "Giấy khen"), "Trường Tiểu học Kim Đồng", "Hồ Thị Lan", NULL);
  assert_recipients (find_award (out, "Anh hùng Lao động"), "Mai Thị Nhàn", NULL);
}

static void
test_awards_anniversary_host_and_names_written_two_ways (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "NXB Giáo dục Việt Nam nhận Huân chương Độc lập hạng Nhì\n\n"
    "Sáng 8/6, Nhà xuất bản Giáo dục Việt Nam kỷ niệm 65 năm thành lập và đón nhận Huân chương "
    "Độc lập hạng Nhì. Chiều 9/6, tại Hà Nội, Cục Cảnh sát giao thông Bộ Công an tổ chức lễ kỷ "
    "niệm 75 năm Ngày truyền thống và đón nhận Huân chương Chiến công hạng Nhất.");
  const DiemAward *order = find_award (out, "Huân chương Độc lập hạng Nhì");

  /* one publisher written two ways is one recipient, as the article first wrote it */
  assert_recipients (order, "NXB Giáo dục Việt Nam", NULL);
  assert_recipients (find_award (out, "Huân chương Chiến công hạng Nhất"),
                     "Cục Cảnh sát giao thông Bộ Công an", NULL);
}

static void
test_awards_pronoun_and_plural_address (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Bà Hà Thị Xuyến sinh năm 1941 tại Nam Định. Ông Lý Văn Đạt, chồng bà, là giáo viên. "
    "Năm 1998, bà được tặng Huân chương Kháng chiến hạng Nhì.\n\n"
    "UBND huyện tặng Giấy khen cho các em: Đinh Thị Vân, Lục Văn Sơn và Mã Thị Hằng.\n\n"
    "Ông được tặng Bằng khen của Bộ trưởng Bộ Tài chính.");
  const DiemAward *certificate = find_award (out, "Bằng khen của Bộ trưởng Bộ Tài chính");

  /* the last person introduced as "bà", not the "ông" in between */
  assert_recipients (find_award (out, "Huân chương Kháng chiến hạng Nhì"), "Hà Thị Xuyến", NULL);
  assert_recipients (find_award (out, "Giấy khen"), "Đinh Thị Vân", "Lục Văn Sơn", "Mã Thị Hằng", NULL);
  /* a bare "Ông" a few sentences after the one man introduced so */
  g_assert_nonnull (certificate);
  assert_recipients (certificate, "Lý Văn Đạt", NULL);
}

static void
test_awards_fronted_passive_and_names_after_la (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Được Chủ tịch nước tặng Huân chương Lao động hạng Nhì, nhà giáo Đoàn Văn Khoa xúc động phát biểu. "
    "Hai tập thể được tặng Cờ thi đua của UBND tỉnh là Phòng Tư pháp và Phòng Nội vụ. "
    "Ba học sinh được tặng Giấy khen gồm: Tô Văn Vũ, Kha Thị Nga và Lã Văn Tình. "
    "15 cá nhân được tặng Bằng khen là những người có nhiều đóng góp.");

  assert_recipients (find_award (out, "Huân chương Lao động hạng Nhì"), "Đoàn Văn Khoa", NULL);
  /* the names after "là" or "gồm", not the count that announces them */
  assert_recipients (find_award (out, "Cờ thi đua của UBND tỉnh"), "Phòng Tư pháp", "Phòng Nội vụ", NULL);
  assert_recipients (find_award (out, "Giấy khen"), "Tô Văn Vũ", "Kha Thị Nga", "Lã Văn Tình", NULL);
  /* "là" and a description: the count stays */
  assert_recipients (find_award (out, "Bằng khen"), "15 cá nhân", NULL);
}

static void
test_awards_one_among_the_counted_and_hero_citations (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Bà Vi Thị Tuyết, Hiệu trưởng Trường THCS Tân Hưng, vinh dự là 1 trong 8 nhà giáo được tặng "
    "Kỷ niệm chương. Năm nay, Trường Tiểu học Phú Lâm là một trong 6 trường được tặng Cờ thi đua. "
    "Năm 1979, Tiểu đoàn 4 được tuyên dương Anh hùng Lực lượng vũ trang nhân dân.");

  assert_recipients (find_award (out, "Kỷ niệm chương"), "Vi Thị Tuyết", NULL);
  assert_recipients (find_award (out, "Cờ thi đua"), "Trường Tiểu học Phú Lâm", NULL);
  assert_recipients (find_award (out, "Anh hùng Lực lượng vũ trang nhân dân"), "Tiểu đoàn 4", NULL);
}

static void
test_awards_dashes_and_counted_names_after_colon (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Sở Lao động - Thương binh và Xã hội tỉnh Hòa Bình được tặng Cờ thi đua của Chính phủ. "
    "Ông Bế Văn Lâm - Giám đốc Sở Xây dựng được tặng Huân chương Lao động hạng Ba. "
    "Chủ tịch nước truy tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân cho 2 liệt sĩ: "
    "Ma Văn Kháng và Nông Thị Xuân.");

  assert_recipients (find_award (out, "Cờ thi đua của Chính phủ"),
                     "Sở Lao động - Thương binh và Xã hội tỉnh Hòa Bình", NULL);
  assert_recipients (find_award (out, "Huân chương Lao động hạng Ba"), "Bế Văn Lâm", NULL);
  assert_recipients (find_award (out, "Anh hùng Lực lượng vũ trang nhân dân"), "Ma Văn Kháng", "Nông Thị Xuân", NULL);
}

static void
test_awards_flag_received_for_a_unit (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Công ty Cổ phần Cơ khí Đông Anh được tặng Cờ thi đua của Chính phủ. "
    "Ông Trương Văn Lực - Tổng giám đốc Công ty Cổ phần Cơ khí Đông Anh nhận Cờ thi đua của Chính phủ.");

  /* a flag goes to collectives: the director receives it for the company */
  assert_recipients (find_award (out, "Cờ thi đua của Chính phủ"), "Công ty Cổ phần Cơ khí Đông Anh", NULL);
}

static void
test_awards_head_noun_refers_back (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Công ty Cổ phần Mía đường Lam Sơn thành lập năm 1980.\n\n"
    "Năm 2005, Công ty được Nhà nước phong tặng danh hiệu Anh hùng Lao động.\n\n"
    "Năm 2015, Bệnh viện được tặng Huân chương Lao động hạng Ba.");

  assert_recipients (find_award (out, "Anh hùng Lao động"), "Công ty Cổ phần Mía đường Lam Sơn", NULL);
  /* no hospital was named: no one */
  g_assert_true (find_award (out, "Huân chương Lao động hạng Ba") == NULL
                 || find_award (out, "Huân chương Lao động hạng Ba")->recipients->len == 0);
}

static void
test_awards_issuer_in_lower_case_or_by_level (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Tổng kết năm học, 12 tập thể được tặng Bằng khen của Thủ tướng Chính phủ; 40 giáo viên được "
    "tặng Bằng khen tỉnh; 35 học sinh nhận Bằng khen của sở GD & ĐT và 9 cá nhân đạt danh hiệu "
    "Chiến sỹ thi đua cấp cơ sở.");

  assert_recipients (find_award (out, "Bằng khen của Thủ tướng Chính phủ"), "12 tập thể", NULL);
  /* each certificate keeps its own issuer: none is taken for the Prime Minister's */
  assert_recipients (find_award (out, "Bằng khen tỉnh"), "40 giáo viên", NULL);
  assert_recipients (find_award (out, "Bằng khen của sở GD & ĐT"), "35 học sinh", NULL);
  assert_recipients (find_award (out, "Chiến sỹ thi đua cấp cơ sở"), "9 cá nhân", NULL);
}

static void
test_awards_flag_of_a_place_and_whose_merit_it_records (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Phó Chủ tịch nước gắn Huân chương Lao động hạng Nhất lên lá cờ truyền thống của huyện Mường "
    "Khương, ghi nhận những thành tích xuất sắc của Đảng bộ, chính quyền và nhân dân huyện Mường "
    "Khương trong công cuộc đổi mới.");

  assert_recipients (find_award (out, "Huân chương Lao động hạng Nhất"),
                     "Đảng bộ, chính quyền và nhân dân huyện Mường Khương", NULL);
}

static void
test_awards_one_motto_with_or_without_quotes (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Hội trao Kỷ niệm chương “Vì sự nghiệp Khuyến học” cho bà Lê Thị Hoa. Ông Trần Văn Nam cũng "
    "nhận Kỷ niệm chương Vì sự nghiệp khuyến học.");
  guint tiers = 0;

  for (guint i = 0; i < out->awards->len; i++)
    tiers += g_str_has_prefix (((DiemAward *) g_ptr_array_index (out->awards, i))->award, "Kỷ niệm chương");
  g_assert_cmpuint (tiers, ==, 1);
  assert_recipients (find_award (out, "Kỷ niệm chương “Vì sự nghiệp Khuyến học”"), "Lê Thị Hoa", "Trần Văn Nam", NULL);
}

static void
test_awards_family_and_class_is_the_one_honour_of_that_class (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Phó Thủ tướng trao Huân chương hạng Nhì cho Trường Sĩ quan Lục quân 2.\n\n"
    "Chiều 12/9, Trường Sĩ quan Lục quân 2 đón nhận Huân chương Chiến công hạng Nhì. Dịp này, "
    "ông Khổng Minh Đạt được tặng Huân chương Lao động hạng Ba.");

  /* the headline's honour is the body's one honour of that class */
  g_assert_null (find_award (out, "Huân chương hạng Nhì"));
  assert_recipients (find_award (out, "Huân chương Chiến công hạng Nhì"), "Trường Sĩ quan Lục quân 2", NULL);
  assert_recipients (find_award (out, "Huân chương Lao động hạng Ba"), "Khổng Minh Đạt", NULL);
}

/* "Huân chương Kháng chiến chống Mỹ cứu nước hạng Nhất": the older name keeps its war
 * and its class, apart from the plain "Huân chương Kháng chiến" */
static void
test_awards_older_name_with_its_war (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Tin vắn trong ngày.\n\n"
    "Cụ Đặng Văn Lục được tặng Huân chương Kháng chiến chống Pháp hạng Nhì, Huy chương Kháng chiến "
    "chống Mỹ, cứu nước hạng Nhất và Huân chương Kháng chiến hạng Ba.\n\n"
    "Bà Lâm Thị Sen được tặng Huân chương kháng chiến chống Mỹ hạng Nhì năm 1985.");

  assert_recipients (find_award (out, "Huân chương Kháng chiến chống Pháp hạng Nhì"), "Đặng Văn Lục", NULL);
  assert_recipients (find_award (out, "Huân chương kháng chiến chống Mỹ hạng Nhì"), "Lâm Thị Sen", NULL);
  assert_recipients (find_award (out, "Huy chương Kháng chiến chống Mỹ, cứu nước hạng Nhất"), "Đặng Văn Lục", NULL);
  assert_recipients (find_award (out, "Huân chương Kháng chiến hạng Ba"), "Đặng Văn Lục", NULL);
}

/* Hero titles of other states, the medal of one, and a badge's years with or without
 * "năm" */
static void
test_awards_foreign_hero_titles_and_badge_years (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Tin vắn trong ngày.\n\n"
    "Trung úy Pavel Sorokin được truy tặng danh hiệu Anh hùng Liên bang Nga.\n\n"
    "Tổng thống trao huân chương Anh hùng Liên Xô cho phi công Arkady Belov hi sinh năm 1943.\n\n"
    "Bà Lương Thị Quế được tặng Huy hiệu 60 năm tuổi Đảng. Bà nhận huy hiệu 60 tuổi Đảng tại nhà riêng.");

  assert_recipients (find_award (out, "Anh hùng Liên bang Nga"), "Pavel Sorokin", NULL);
  /* the medal of the title; who died is still who it is for, without his death */
  assert_recipients (find_award (out, "Huân chương Anh hùng Liên Xô"), "Arkady Belov", NULL);
  /* one badge, written two ways */
  assert_recipients (find_award (out, "Huy hiệu 60 năm tuổi Đảng"), "Lương Thị Quế", NULL);
  g_assert_null (find_award (out, "Huy hiệu 60 tuổi Đảng"));
}

/* "Huân chương A năm 2015; Bằng khen B năm 2016", "A vào năm 1982 và B vào năm 1989":
 * the year after each honour does not end the list the verb gave */
static void
test_awards_list_with_a_year_after_each_honour (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Tin vắn trong ngày.\n\n"
    "Ông Tô Hữu Phước được nhận Huân chương Lao động hạng Ba năm 2015; Bằng khen của Bộ Tài chính năm 2016; "
    "Giấy khen của Cục Thuế năm 2018.\n\n"
    "Bà Keiko Tanaka đã được trao tặng Huân chương Hữu nghị vào năm 2009 và Kỷ niệm chương vào năm 2012.");

  assert_recipients (find_award (out, "Huân chương Lao động hạng Ba"), "Tô Hữu Phước", NULL);
  assert_recipients (find_award (out, "Bằng khen của Bộ Tài chính"), "Tô Hữu Phước", NULL);
  assert_recipients (find_award (out, "Giấy khen của Cục Thuế"), "Tô Hữu Phước", NULL);
  assert_recipients (find_award (out, "Huân chương Hữu nghị"), "Keiko Tanaka", NULL);
  assert_recipients (find_award (out, "Kỷ niệm chương"), "Keiko Tanaka", NULL);
}

/* "Nghệ sỹ" is the older spelling of "Nghệ sĩ"; the capital's title for its citizens
 * and "Anh hùng nước Nga" are honours without quotes */
static void
test_awards_titles_spelt_the_old_way_and_the_capitals (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Tin vắn trong ngày.\n\n"
    "Diễn viên Quang Tèo được phong tặng danh hiệu Nghệ sỹ Ưu tú.\n\n"
    "Chủ tịch UBND thành phố tặng danh hiệu Công dân Thủ đô ưu tú cho 10 cá nhân.\n\n"
    "Phi công Sergei Volkov được truy tặng danh hiệu Anh hùng nước Nga.");

  assert_recipients (find_award (out, "Nghệ sỹ Ưu tú"), "Quang Tèo", NULL);
  assert_recipients (find_award (out, "Công dân Thủ đô ưu tú"), "10 cá nhân", NULL);
  assert_recipients (find_award (out, "Anh hùng nước Nga"), "Sergei Volkov", NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/extract-awards/list-and-class", test_awards_list_and_class);
  g_test_add_func ("/extract-awards/list-with-a-year-after-each-honour", test_awards_list_with_a_year_after_each_honour);
  g_test_add_func ("/extract-awards/foreign-hero-titles-and-badge-years", test_awards_foreign_hero_titles_and_badge_years);
  g_test_add_func ("/extract-awards/respective-listing", test_awards_respective_listing);
  g_test_add_func ("/extract-awards/family-name-ambiguous", test_awards_family_name_folds_into_the_one_honour);
  g_test_add_func ("/extract-awards/plural-summing-up-the-classes", test_awards_plural_summing_up_the_classes);
  g_test_add_func ("/extract-awards/family-name-one-candidate", test_awards_family_name_with_one_candidate);
  g_test_add_func ("/extract-awards/semicolon-list", test_awards_semicolon_list_keeps_names_whole);
  g_test_add_func ("/extract-awards/merged-and-presenter", test_awards_merged_and_presenter);
  g_test_add_func ("/extract-awards/presenters-with-offices-after-commas", test_awards_presenters_with_offices_after_commas);
  g_test_add_func ("/extract-awards/what-follows-the-office-is-no-apposition",
                   test_awards_what_follows_the_office_is_no_apposition);
  g_test_add_func ("/extract-awards/passive-and-count", test_awards_passive_and_count);
  g_test_add_func ("/extract-awards/hostile-recipients", test_awards_hostile_recipients);
  g_test_add_func ("/extract-awards/titles-before-a-name", test_awards_titles_before_a_name);
  g_test_add_func ("/extract-awards/title-without-name", test_awards_title_without_name);
  g_test_add_func ("/extract-awards/purpose-clause-ends-the-list", test_awards_purpose_clause_ends_the_list);
  g_test_add_func ("/extract-awards/purpose-clause-only", test_awards_purpose_clause_only);
  g_test_add_func ("/extract-awards/fillers-are-no-one", test_awards_fillers_are_no_one);
  g_test_add_func ("/extract-awards/honours-in-passing", test_awards_honours_in_passing);
  g_test_add_func ("/extract-awards/collective-shares-the-place", test_awards_collective_shares_the_place);
  g_test_add_func ("/extract-awards/coordinated-recipients-split", test_awards_coordinated_recipients_split);
  g_test_add_func ("/extract-awards/count-then-names", test_awards_count_then_names);
  g_test_add_func ("/extract-awards/count-then-dashed-lines", test_awards_count_then_dashed_lines);
  g_test_add_func ("/extract-awards/count-of-honours", test_awards_count_of_honours);
  g_test_add_func ("/extract-awards/party-badge-years", test_awards_party_badge_years);
  g_test_add_func ("/extract-awards/medal-with-motto", test_awards_medal_with_motto);
  g_test_add_func ("/extract-awards/motto-in-single-quotes", test_awards_motto_in_single_quotes);
  g_test_add_func ("/extract-awards/posthumous-and-relatives", test_awards_posthumous_and_relatives);
  g_test_add_func ("/extract-awards/subjects", test_awards_subjects);
  g_test_add_func ("/extract-awards/every-class", test_awards_every_class);
  g_test_add_func ("/extract-awards/issuer-then-verb", test_awards_issuer_then_verb);
  g_test_add_func ("/extract-awards/proposal-is-no-award", test_awards_proposal_is_no_award);
  g_test_add_func ("/extract-awards/given-on-a-proposal", test_awards_given_on_a_proposal);
  g_test_add_func ("/extract-awards/older-name-with-its-war", test_awards_older_name_with_its_war);
  g_test_add_func ("/extract-awards/phong-confers-a-title", test_awards_phong_confers_a_title);
  g_test_add_func ("/extract-awards/several-presenters", test_awards_several_presenters);
  g_test_add_func ("/extract-awards/list-ends-at-next-giving", test_awards_list_ends_at_next_giving);
  g_test_add_func ("/extract-awards/passive-with-two-word-verb", test_awards_passive_with_two_word_verb);
  g_test_add_func ("/extract-awards/collectives-joined-by-comma", test_awards_collectives_joined_by_comma);
  g_test_add_func ("/extract-awards/count-spelled-out-by-names", test_awards_count_spelled_out_by_names);
  g_test_add_func ("/extract-awards/less-specific-name", test_awards_less_specific_name);
  g_test_add_func ("/extract-awards/description-before-titles", test_awards_description_before_titles);
  g_test_add_func ("/extract-awards/coordinated-predicate", test_awards_coordinated_predicate);
  g_test_add_func ("/extract-awards/recipients-before-the-verb", test_awards_recipients_before_the_verb);
  g_test_add_func ("/extract-awards/respectively", test_awards_respectively);
  g_test_add_func ("/extract-awards/state-title-and-epithet", test_awards_state_title_and_epithet);
  g_test_add_func ("/extract-awards/recipient-between-verb-and-honour", test_awards_recipient_between_verb_and_honour);
  g_test_add_func ("/extract-awards/long-chain", test_awards_long_chain);
  g_test_add_func ("/extract-awards/hostile-chain-and-list", test_awards_hostile_chain_and_list);
  g_test_add_func ("/extract-awards/to-after-a-verb", test_awards_to_after_a_verb);
  g_test_add_func ("/extract-awards/post-held-abroad", test_awards_post_held_abroad);
  g_test_add_func ("/extract-awards/collective-within-a-body", test_awards_collective_within_a_body);
  g_test_add_func ("/extract-awards/count-between-verb-and-honour", test_awards_count_between_verb_and_honour);
  g_test_add_func ("/extract-awards/count-subject-then-names", test_awards_count_subject_then_names);
  g_test_add_func ("/extract-awards/colon-then-dashed-lines", test_awards_colon_then_dashed_lines);
  g_test_add_func ("/extract-awards/honour-as-heading", test_awards_honour_as_heading);
  g_test_add_func ("/extract-awards/parent-in-brackets", test_awards_parent_in_brackets);
  g_test_add_func ("/extract-awards/chain-of-parent-units", test_awards_chain_of_parent_units);
  g_test_add_func ("/extract-awards/and-before-a-unit", test_awards_and_before_a_unit);
  g_test_add_func ("/extract-awards/plural-then-names", test_awards_plural_then_names);
  g_test_add_func ("/extract-awards/subject-apposition-and-passive-honour", test_awards_subject_apposition_and_passive_honour);
  g_test_add_func ("/extract-awards/compound-with-a-stop-word", test_awards_compound_with_a_stop_word);
  g_test_add_func ("/extract-awards/names-after-a-colon", test_awards_names_after_a_colon);
  g_test_add_func ("/extract-awards/two-givings-joined-by-and", test_awards_two_givings_joined_by_and);
  g_test_add_func ("/extract-awards/ceremony-host", test_awards_ceremony_host);
  g_test_add_func ("/extract-awards/foreign-name-after-country", test_awards_foreign_name_after_country);
  g_test_add_func ("/extract-awards/name-ends-and-bare-heads", test_awards_name_ends_and_bare_heads);
  g_test_add_func ("/extract-awards/colon-counts-and-recognition", test_awards_colon_counts_and_recognition);
  g_test_add_func ("/extract-awards/fronted-receiving-and-family-count", test_awards_fronted_receiving_and_family_count);
  g_test_add_func ("/extract-awards/list-goes-on-in-paragraphs", test_awards_list_goes_on_in_paragraphs);
  g_test_add_func ("/extract-awards/issuer-from-passive-agent", test_awards_issuer_from_passive_agent);
  g_test_add_func ("/extract-awards/name-like-a-verb-and-place-after-preposition",
                   test_awards_name_like_a_verb_and_place_after_preposition);
  g_test_add_func ("/extract-awards/own-name-of-a-family", test_awards_own_name_of_a_family);
  g_test_add_func ("/extract-awards/body-names-and-merit-clauses", test_awards_body_names_and_merit_clauses);
  g_test_add_func ("/extract-awards/deed-flag-and-party-years", test_awards_deed_flag_and_party_years);
  g_test_add_func ("/extract-awards/host-of-a-receiving-ceremony", test_awards_host_of_a_receiving_ceremony);
  g_test_add_func ("/extract-awards/embassy-place-and-relative-clause", test_awards_embassy_place_and_relative_clause);
  g_test_add_func ("/extract-awards/anniversary-host-and-names-written-two-ways",
                   test_awards_anniversary_host_and_names_written_two_ways);
  g_test_add_func ("/extract-awards/pronoun-and-plural-address", test_awards_pronoun_and_plural_address);
  g_test_add_func ("/extract-awards/fronted-passive-and-names-after-la", test_awards_fronted_passive_and_names_after_la);
  g_test_add_func ("/extract-awards/one-among-the-counted-and-hero-citations",
                   test_awards_one_among_the_counted_and_hero_citations);
  g_test_add_func ("/extract-awards/dashes-and-counted-names-after-colon",
                   test_awards_dashes_and_counted_names_after_colon);
  g_test_add_func ("/extract-awards/flag-received-for-a-unit", test_awards_flag_received_for_a_unit);
  g_test_add_func ("/extract-awards/head-noun-refers-back", test_awards_head_noun_refers_back);
  g_test_add_func ("/extract-awards/issuer-in-lower-case-or-by-level", test_awards_issuer_in_lower_case_or_by_level);
  g_test_add_func ("/extract-awards/one-motto-with-or-without-quotes", test_awards_one_motto_with_or_without_quotes);
  g_test_add_func ("/extract-awards/family-and-class-is-the-one-honour-of-that-class",
                   test_awards_family_and_class_is_the_one_honour_of_that_class);
  g_test_add_func ("/extract-awards/flag-of-a-place-and-whose-merit-it-records",
                   test_awards_flag_of_a_place_and_whose_merit_it_records);
  g_test_add_func ("/extract-awards/titles-spelt-the-old-way-and-the-capitals",
                   test_awards_titles_spelt_the_old_way_and_the_capitals);
  return g_test_run ();
}
