/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-plain-parser.c — blocks of plain-text articles */
#include <string.h>

#include "diem-plain-parser.h"

static GPtrArray *
parse (const char *text)
{
  GPtrArray *blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) diem_block_free);

  diem_plain_parse (text, strlen (text), blocks);
  return blocks;
}

static char *
span_text (const char *text,
           DiemSpan    span)
{
  return g_strndup (text + span.start, span.end - span.start);
}

#define BLOCK(blocks, i) ((DiemBlock *) g_ptr_array_index ((blocks), (i)))

static void
assert_block (const char    *text,
              DiemBlock     *block,
              DiemBlockKind  kind,
              const char    *expected)
{
  g_autofree char *got = span_text (text, block->text_span);

  g_assert_cmpstr (diem_block_kind_name (block->kind), ==, diem_block_kind_name (kind));
  g_assert_cmpstr (got, ==, expected);
}

static void
test_parser_headline_lead_body_byline (void)
{
  const char *text =
    "Đà Nẵng khánh thành cầu mới qua sông Hàn\n\n"
    "Sáng 2-9, thành phố Đà Nẵng khánh thành cây cầu thứ bảy bắc qua sông Hàn.\n\n"
    "Cây cầu dài 600 m, rộng 30 m, được xây dựng trong ba năm.\n\n"
    "TRẦN AN - LÊ HÒA\n";
  g_autoptr(GPtrArray) blocks = parse (text);

  g_assert_cmpuint (blocks->len, ==, 4);
  assert_block (text, BLOCK (blocks, 0), DIEM_BLOCK_HEADLINE, "Đà Nẵng khánh thành cầu mới qua sông Hàn");
  assert_block (text, BLOCK (blocks, 1), DIEM_BLOCK_LEAD,
                "Sáng 2-9, thành phố Đà Nẵng khánh thành cây cầu thứ bảy bắc qua sông Hàn.");
  assert_block (text, BLOCK (blocks, 2), DIEM_BLOCK_PARAGRAPH,
                "Cây cầu dài 600 m, rộng 30 m, được xây dựng trong ba năm.");
  g_assert_cmpint (BLOCK (blocks, 3)->kind, ==, DIEM_BLOCK_BYLINE);
  g_assert_cmpuint (BLOCK (blocks, 3)->names->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (BLOCK (blocks, 3)->names, 0), ==, "TRẦN AN");
  g_assert_cmpstr (g_ptr_array_index (BLOCK (blocks, 3)->names, 1), ==, "LÊ HÒA");
}

static void
test_parser_first_sentence_is_lead_not_headline (void)
{
  const char *text =
    "Chiều 5-3, hội nghị tổng kết công tác năm được tổ chức tại Huế.\n\n"
    "Các đại biểu đã thảo luận về kế hoạch năm mới.\n";
  g_autoptr(GPtrArray) blocks = parse (text);

  g_assert_cmpuint (blocks->len, ==, 2);
  g_assert_cmpint (BLOCK (blocks, 0)->kind, ==, DIEM_BLOCK_LEAD);
  g_assert_cmpint (BLOCK (blocks, 1)->kind, ==, DIEM_BLOCK_PARAGRAPH);
}

static void
test_parser_caption_paragraph (void)
{
  const char *text =
    "Hội nghị diễn ra trong hai ngày.\n\n"
    "Giám đốc Sở Y tế phát biểu tại hội nghị. Ảnh: Minh Khôi\n\n"
    "Khách mời tham quan khu trưng bày (Ảnh: T.Lan).\n";
  g_autoptr(GPtrArray) blocks = parse (text);

  g_assert_cmpuint (blocks->len, ==, 3);
  assert_block (text, BLOCK (blocks, 1), DIEM_BLOCK_CAPTION, "Giám đốc Sở Y tế phát biểu tại hội nghị.");
  g_assert_cmpstr (BLOCK (blocks, 1)->credit, ==, "Minh Khôi");
  assert_block (text, BLOCK (blocks, 2), DIEM_BLOCK_CAPTION, "Khách mời tham quan khu trưng bày");
  g_assert_cmpstr (BLOCK (blocks, 2)->credit, ==, "T.Lan");
}

static void
test_parser_caption_inside_paragraph_is_split_out (void)
{
  const char *text =
    "Mở đầu bài viết ngắn.\n\n"
    "Buổi lễ kết thúc lúc 11 giờ. Các em học sinh nhận học bổng. Ảnh: HOÀNG NAM Tiếp theo, "
    "ban tổ chức trao quà cho các gia đình khó khăn.\n";
  g_autoptr(GPtrArray) blocks = parse (text);
  DiemBlock *caption;

  g_assert_cmpuint (blocks->len, ==, 4);
  assert_block (text, BLOCK (blocks, 1), DIEM_BLOCK_PARAGRAPH, "Buổi lễ kết thúc lúc 11 giờ.");
  caption = BLOCK (blocks, 2);
  assert_block (text, caption, DIEM_BLOCK_CAPTION, "Các em học sinh nhận học bổng.");
  g_assert_cmpstr (caption->credit, ==, "HOÀNG NAM");
  assert_block (text, BLOCK (blocks, 3), DIEM_BLOCK_PARAGRAPH,
                "Tiếp theo, ban tổ chức trao quà cho các gia đình khó khăn.");
  /* the caption block's span covers its credit; the blocks tile the paragraph in order */
  g_assert_cmpuint (caption->span.end, >, caption->text_span.end);
  g_assert_cmpuint (BLOCK (blocks, 1)->span.end, <=, caption->span.start);
  g_assert_cmpuint (caption->span.end, <=, BLOCK (blocks, 3)->span.start);
}

static void
test_parser_abbreviation_does_not_end_caption_sentence (void)
{
  const char *text =
    "Bài viết có chú thích.\n\n"
    "Nhiều người tham dự. PGS. Trần Văn Hậu phát biểu. Ảnh: NHẬT MINH Sau đó, hội thảo tiếp tục.\n";
  g_autoptr(GPtrArray) blocks = parse (text);

  g_assert_cmpuint (blocks->len, ==, 4);
  assert_block (text, BLOCK (blocks, 2), DIEM_BLOCK_CAPTION, "PGS. Trần Văn Hậu phát biểu.");
}

/* Every byline block's names, in order, joined by "|". */
static char *
byline_names (GPtrArray *blocks)
{
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < blocks->len; i++)
    for (guint j = 0; BLOCK (blocks, i)->kind == DIEM_BLOCK_BYLINE && j < BLOCK (blocks, i)->names->len; j++)
      g_string_append_printf (names, "%s%s", names->len ? "|" : "", (char *) g_ptr_array_index (BLOCK (blocks, i)->names, j));
  return g_string_free (names, FALSE);
}

/* "Tin, ảnh: A - B": the names after what the authors did. */
static void
test_parser_byline_with_role_prefix (void)
{
  const char *text =
    "Hội An đón đoàn khách quốc tế\n\n"
    "Sáng 4-5, thành phố đón đoàn khách du lịch đầu tiên của mùa hè.\n\n"
    "Tin, ảnh: Ng. Bình - P. Lan\n";
  g_autoptr(GPtrArray) blocks = parse (text);
  g_autofree char *names = byline_names (blocks);

  g_assert_cmpstr (names, ==, "Ng. Bình|P. Lan");
}

/* An outlet or a role after the authors is no name; a photographer's label is dropped
 * and the name kept. */
static void
test_parser_byline_outlets_and_photo_credit (void)
{
  const char *outlet =
    "Hội An đón đoàn khách quốc tế\n\n"
    "Sáng 4-5, thành phố đón đoàn khách du lịch đầu tiên của mùa hè.\n\n"
    "MINH TÂM/Báo Quảng Nam\n";
  const char *photo =
    "Hội An đón đoàn khách quốc tế\n\n"
    "Sáng 4-5, thành phố đón đoàn khách du lịch đầu tiên của mùa hè.\n\n"
    "Thu Uyên - Ảnh: Đình Khôi\n";
  const char *role =
    "Hội An đón đoàn khách quốc tế\n\n"
    "Sáng 4-5, thành phố đón đoàn khách du lịch đầu tiên của mùa hè.\n\n"
    "Nhóm PV\n";
  g_autoptr(GPtrArray) outlet_blocks = parse (outlet);
  g_autoptr(GPtrArray) photo_blocks = parse (photo);
  g_autoptr(GPtrArray) role_blocks = parse (role);
  g_autofree char *outlet_names = byline_names (outlet_blocks);
  g_autofree char *photo_names = byline_names (photo_blocks);
  g_autofree char *role_names = byline_names (role_blocks);

  g_assert_cmpstr (outlet_names, ==, "MINH TÂM");
  g_assert_cmpstr (photo_names, ==, "Thu Uyên|Đình Khôi");
  g_assert_cmpstr (role_names, ==, "");
}

/* A sentence under the headline whose name has an aside in brackets is no byline: what
 * follows the aside is read too. A trailing aside still leaves the names. */
static void
test_parser_byline_aside_then_sentence (void)
{
  const char *sentence =
    "Trao huy hiệu cho thanh niên cứu người\n\n"
    "Ông Lò Văn Sáng (thứ hai từ trái) đã được trao bằng khen.\n\n"
    "Buổi lễ diễn ra tại hội trường của tỉnh đoàn.\n";
  const char *trailing =
    "Trao huy hiệu cho thanh niên cứu người\n\n"
    "Buổi lễ diễn ra tại hội trường của tỉnh đoàn.\n\n"
    "Hà Phương (Thực hiện)\n";
  g_autoptr(GPtrArray) sentence_blocks = parse (sentence);
  g_autoptr(GPtrArray) trailing_blocks = parse (trailing);
  g_autofree char *sentence_names = byline_names (sentence_blocks);
  g_autofree char *trailing_names = byline_names (trailing_blocks);

  g_assert_cmpstr (sentence_names, ==, "");
  g_assert_cmpstr (trailing_names, ==, "Hà Phương");
}

/* Two names in capitals joined by a bare dash are two names. */
static void
test_parser_byline_capitals_dash (void)
{
  const char *text =
    "Đại hội thi đua của tỉnh\n\n"
    "Sáng 2-11, tỉnh tổ chức đại hội thi đua yêu nước.\n\n"
    "Tin, ảnh: QUANG TÚ-HÀ MY\n";
  g_autoptr(GPtrArray) blocks = parse (text);
  g_autofree char *names = byline_names (blocks);

  g_assert_cmpstr (names, ==, "QUANG TÚ|HÀ MY");
}

/* "Ảnh:" glued to the caption by a joiner ("_Ảnh:Tên") still marks a credit; glued to a
 * word it does not. */
static void
test_parser_credit_after_joiner (void)
{
  const char *text =
    "Trao quyết định nhân sự\n\n"
    "Sáng 5-12, tỉnh công bố quyết định.\n\n"
    "Bí thư Tỉnh ủy trao quyết định cho cán bộ_Ảnh:Minh Đức.\n\n"
    "Bộ sưu tậpẢnh: Lan\n\n"
    "Hải Yến\n";
  g_autoptr(GPtrArray) blocks = parse (text);
  guint captions = 0;

  for (guint i = 0; i < blocks->len; i++)
    if (BLOCK (blocks, i)->kind == DIEM_BLOCK_CAPTION)
      {
        captions++;
        assert_block (text, BLOCK (blocks, i), DIEM_BLOCK_CAPTION, "Bí thư Tỉnh ủy trao quyết định cho cán bộ");
        g_assert_cmpstr (BLOCK (blocks, i)->credit, ==, "Minh Đức");
      }
  g_assert_cmpuint (captions, ==, 1);
}

/* Authors under the headline are a byline too; an agency line is not. */
static void
test_parser_byline_under_headline_and_agency (void)
{
  const char *text =
    "Cần Thơ mở tuyến xe buýt mới\n\n"
    "Minh Khôi\n\n"
    "Thành phố vừa đưa vào khai thác tuyến xe buýt nối hai quận.\n\n"
    "Theo TTXVN\n";
  g_autoptr(GPtrArray) blocks = parse (text);
  g_autofree char *names = byline_names (blocks);

  g_assert_cmpstr (names, ==, "Minh Khôi");
  g_assert_cmpint (BLOCK (blocks, 2)->kind, ==, DIEM_BLOCK_LEAD);
}

/* A round-up of stories, each closed by its authors before the next "*" opens; a short
 * line of names elsewhere in the body is not a byline. */
static void
test_parser_bylines_between_stories (void)
{
  const char *text =
    "Ngày hội ở các khu dân cư\n\n"
    "*Sáng 2-11, khu phố 3 tổ chức ngày hội đoàn kết.\n\n"
    "Trần Bảo - Lê Vy\n\n"
    "*Chiều 2-11, ấp Tân Lập tổ chức ngày hội.\n\n"
    "Hoàng Kim\n\n"
    "Người dân tham gia trò chơi dân gian.\n\n"
    "Đỗ Hạnh\n";
  g_autoptr(GPtrArray) blocks = parse (text);
  g_autofree char *names = byline_names (blocks);

  g_assert_cmpstr (names, ==, "Trần Bảo|Lê Vy|Đỗ Hạnh");
}

/* A credit without "Ảnh:" after a caption's last sentence; "Ảnh" inside a sentence is
 * not one. */
static void
test_parser_bare_credit (void)
{
  const char *text =
    "Lễ khánh thành cầu\n\n"
    "Sáng 1-3, tỉnh khánh thành cây cầu mới.\n\n"
    "Lãnh đạo tỉnh cắt băng khánh thành cầu Tân Mỹ. Ảnh Quốc Huy\n\n"
    "Ảnh chụp từ trên cao cho thấy Cây Cầu Mới\n\n"
    "Cây cầu rút ngắn đường đi. Ảnh và video được chia sẻ rộng rãi\n\n"
    "Thành Nam\n";
  g_autoptr(GPtrArray) blocks = parse (text);
  guint captions = 0;

  for (guint i = 0; i < blocks->len; i++)
    if (BLOCK (blocks, i)->kind == DIEM_BLOCK_CAPTION)
      {
        captions++;
        assert_block (text, BLOCK (blocks, i), DIEM_BLOCK_CAPTION, "Lãnh đạo tỉnh cắt băng khánh thành cầu Tân Mỹ.");
        g_assert_cmpstr (BLOCK (blocks, i)->credit, ==, "Quốc Huy");
      }
  g_assert_cmpuint (captions, ==, 1);
}

/* A first paragraph that ends with a photo credit is a caption, not the headline. */
static void
test_parser_credited_first_paragraph (void)
{
  const char *text =
    "Thủ tướng phát biểu tại phiên họp - Ảnh: VGP/Minh Anh\n\n"
    "Phiên họp diễn ra trực tuyến.\n";
  g_autoptr(GPtrArray) blocks = parse (text);

  g_assert_cmpint (BLOCK (blocks, 0)->kind, ==, DIEM_BLOCK_CAPTION);
  g_assert_cmpstr (BLOCK (blocks, 0)->credit, ==, "VGP/Minh Anh");
}

static void
test_parser_lowercase_last_line_is_not_byline (void)
{
  const char *text =
    "Tin vắn trong ngày\n\n"
    "Thời tiết hôm nay nắng nhẹ.\n\n"
    "Nguồn: báo địa phương\n";
  g_autoptr(GPtrArray) blocks = parse (text);

  for (guint i = 0; i < blocks->len; i++)
    g_assert_cmpint (BLOCK (blocks, i)->kind, !=, DIEM_BLOCK_BYLINE);
}

static void
test_parser_single_newlines_without_blank_lines (void)
{
  const char *text = "Dòng đầu tiên là một câu.\nDòng thứ hai cũng vậy.\nDòng thứ ba.";
  g_autoptr(GPtrArray) blocks = parse (text);

  g_assert_cmpuint (blocks->len, ==, 3);
  assert_block (text, BLOCK (blocks, 2), DIEM_BLOCK_PARAGRAPH, "Dòng thứ ba.");
}

static void
test_parser_sample_article (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "sample", "hcmc-2023-review.txt", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) blocks = NULL;
  guint captions = 0, bylines = 0;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  blocks = parse (text);
  for (guint i = 0; i < blocks->len; i++)
    {
      captions += BLOCK (blocks, i)->kind == DIEM_BLOCK_CAPTION;
      bylines += BLOCK (blocks, i)->kind == DIEM_BLOCK_BYLINE;
      if (BLOCK (blocks, i)->kind == DIEM_BLOCK_CAPTION)
        g_assert_cmpstr (BLOCK (blocks, i)->credit, ==, "VIỆT DŨNG");
    }
  g_assert_cmpuint (captions, ==, 5);
  g_assert_cmpuint (bylines, ==, 1);
  g_assert_cmpint (BLOCK (blocks, 0)->kind, ==, DIEM_BLOCK_LEAD);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plain-parser/headline-lead-body-byline", test_parser_headline_lead_body_byline);
  g_test_add_func ("/plain-parser/first-sentence-is-lead", test_parser_first_sentence_is_lead_not_headline);
  g_test_add_func ("/plain-parser/caption-paragraph", test_parser_caption_paragraph);
  g_test_add_func ("/plain-parser/caption-inside-paragraph", test_parser_caption_inside_paragraph_is_split_out);
  g_test_add_func ("/plain-parser/abbreviation-in-caption", test_parser_abbreviation_does_not_end_caption_sentence);
  g_test_add_func ("/plain-parser/lowercase-last-line", test_parser_lowercase_last_line_is_not_byline);
  g_test_add_func ("/plain-parser/single-newlines", test_parser_single_newlines_without_blank_lines);
  g_test_add_func ("/plain-parser/sample-article", test_parser_sample_article);
  g_test_add_func ("/plain-parser/byline-role-prefix", test_parser_byline_with_role_prefix);
  g_test_add_func ("/plain-parser/byline-aside-then-sentence", test_parser_byline_aside_then_sentence);
  g_test_add_func ("/plain-parser/byline-capitals-dash", test_parser_byline_capitals_dash);
  g_test_add_func ("/plain-parser/byline-outlets-and-photo-credit", test_parser_byline_outlets_and_photo_credit);
  g_test_add_func ("/plain-parser/credit-after-joiner", test_parser_credit_after_joiner);
  g_test_add_func ("/plain-parser/byline-under-headline", test_parser_byline_under_headline_and_agency);
  g_test_add_func ("/plain-parser/bylines-between-stories", test_parser_bylines_between_stories);
  g_test_add_func ("/plain-parser/bare-credit", test_parser_bare_credit);
  g_test_add_func ("/plain-parser/credited-first-paragraph", test_parser_credited_first_paragraph);

  return g_test_run ();
}
