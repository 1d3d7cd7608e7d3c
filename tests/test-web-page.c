/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-web-page.c — a saved web page read as an article: only the article, its
 * headline, standfirst, byline, site, date and figures; hostile pages read calmly */
#include <glib/gstdio.h>
#include <string.h>

#include "diem-article.h"
#include "diem-json-export.h"

static DiemArticle *
read_page (const char *html)
{
  g_autoptr(GError) error = NULL;
  DiemArticle *article = diem_article_new_from_data (html, strlen (html), "trang.html", &error);

  g_assert_no_error (error);
  g_assert_nonnull (article);
  return article;
}

static char *
first_block (DiemArticle   *article,
             DiemBlockKind  kind)
{
  GPtrArray *blocks = diem_article_get_blocks (article);

  for (guint i = 0; i < blocks->len; i++)
    {
      DiemBlock *block = g_ptr_array_index (blocks, i);
      if (block->kind == kind)
        return diem_article_dup_span (article, block->span);
    }
  return NULL;
}

static guint
count_blocks (DiemArticle   *article,
              DiemBlockKind  kind)
{
  GPtrArray *blocks = diem_article_get_blocks (article);
  guint n = 0;

  for (guint i = 0; i < blocks->len; i++)
    n += ((DiemBlock *) g_ptr_array_index (blocks, i))->kind == kind;
  return n;
}

static DiemBlock *
caption (DiemArticle *article,
         guint        nth)
{
  GPtrArray *blocks = diem_article_get_blocks (article);

  for (guint i = 0; i < blocks->len; i++)
    {
      DiemBlock *block = g_ptr_array_index (blocks, i);
      if (block->kind == DIEM_BLOCK_CAPTION && nth-- == 0)
        return block;
    }
  g_assert_not_reached ();
}

#define BODY_PARAGRAPHS \
  "<p>Chiều 3-5, hội nghị tổng kết công tác phòng chống thiên tai của tỉnh diễn ra tại hội trường lớn, " \
  "với sự tham dự của đại diện các sở, ngành và địa phương trong tỉnh.</p>" \
  "<p>Báo cáo tại hội nghị cho biết, trong năm qua các địa phương đã chủ động di dời người dân, " \
  "gia cố đê điều, khơi thông kênh mương và chuẩn bị lương thực dự phòng.</p>" \
  "<p>Năm tới, tỉnh tiếp tục đầu tư hệ thống cảnh báo sớm, tập huấn kỹ năng cho lực lượng xung kích, " \
  "và rà soát các khu dân cư ven sông, ven biển có nguy cơ sạt lở.</p>"

static void
test_chrome_is_left_out (void)
{
  const char *html =
    "<!doctype html><html><head><title>Tỉnh tổng kết phòng chống thiên tai | Báo Thử</title>"
    "<meta property=\"og:site_name\" content=\"Báo Thử\">"
    "<meta property=\"article:published_time\" content=\"2024-05-03T15:30:00+07:00\"></head><body>"
    "<header class=\"site-header\"><a class=\"logo\" href=\"/\"><img src=\"https://example.invalid/logo.png\" alt=\"Báo Thử trang chủ\"></a>"
    "<a href=\"/dang-nhap\">Đăng nhập tài khoản</a></header>"
    "<nav><a href=\"/\">Trang nhất</a> <a href=\"/xa-hoi\">Xã hội</a></nav>"
    "<div class=\"main-column\"><ul class=\"breadcrumb\"><li><a href=\"/xa-hoi\">Xã hội</a></li></ul>"
    "<span class=\"date\">Thứ sáu, 3/5/2024</span>"
    "<h1 class=\"article-title\">Tỉnh tổng kết phòng chống thiên tai</h1>"
    "<h2 class=\"detail-sapo\">Hội nghị đánh giá một năm chủ động ứng phó mưa lũ và đặt ra nhiệm vụ mới.</h2>"
    "<div class=\"share-bar\"><a href=\"#\">Chia sẻ Facebook</a></div>"
    "<div class=\"article-body\">" BODY_PARAGRAPHS
    "<div class=\"box-related\"><a href=\"/a\">Mưa lớn kéo dài ở miền núi</a><a href=\"/b\">Sạt lở bờ sông</a></div>"
    "<div style=\"display: none\">Đoạn văn ẩn không được đọc.</div>"
    "<p>Hội nghị cũng khen thưởng các tập thể có thành tích xuất sắc, trong đó có lực lượng cứu hộ cứu nạn của huyện ven biển.</p>"
    "<div class=\"author\">Tác giả: Minh Anh</div>"
    "</div></div>"
    "<aside><p>Tin đọc nhiều nhất trong tuần qua ở các tỉnh miền Trung và Tây Nguyên.</p></aside>"
    "<div class=\"comments\"><p>Bạn đọc Lan viết: cảm ơn báo đã đưa tin kịp thời, rất hữu ích cho người dân vùng lũ.</p></div>"
    "<footer>Bản quyền Báo Thử</footer></body></html>";
  g_autoptr(DiemArticle) article = read_page (html);
  const char *text = diem_article_get_text (article);
  g_autofree char *headline = diem_article_dup_headline (article);
  g_autofree char *lead = first_block (article, DIEM_BLOCK_LEAD);
  g_autofree char *shown_date = diem_article_format_published (article);
  static const char *const chrome[] = {
    "Đăng nhập", "Trang nhất", "Xã hội", "Thứ sáu", "Chia sẻ", "Mưa lớn", "Sạt lở bờ sông",
    "Đoạn văn ẩn", "đọc nhiều", "Bạn đọc", "Bản quyền", "Tác giả", "trang chủ",
  };

  g_assert_cmpstr (headline, ==, "Tỉnh tổng kết phòng chống thiên tai");
  g_assert_cmpstr (lead, ==, "Hội nghị đánh giá một năm chủ động ứng phó mưa lũ và đặt ra nhiệm vụ mới.");
  for (guint i = 0; i < G_N_ELEMENTS (chrome); i++)
    if (strstr (text, chrome[i]) != NULL)
      g_error ("chrome in the article text: %s", chrome[i]);
  g_assert_nonnull (strstr (text, "lực lượng cứu hộ"));
  g_assert_cmpuint (count_blocks (article, DIEM_BLOCK_PARAGRAPH), ==, 4);
  g_assert_cmpuint (count_blocks (article, DIEM_BLOCK_CAPTION), ==, 0);
  g_assert_cmpuint (diem_article_get_byline (article)->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (diem_article_get_byline (article), 0), ==, "Minh Anh");
  g_assert_cmpstr (diem_article_get_source (article), ==, "Báo Thử");
  g_assert_cmpstr (diem_article_get_published (article), ==, "2024-05-03T15:30:00+07:00");
  g_assert_cmpstr (shown_date, ==, "03/05/2024 15:30");
}

static void
test_headline_falls_back (void)
{
  const char *with_og =
    "<html><head><meta property=\"og:title\" content=\"Cầu mới nối đôi bờ\"><title>Khác - Báo Thử</title></head>"
    "<body><h1><a href=\"/\"><img src=\"logo.png\"></a></h1>" BODY_PARAGRAPHS "</body></html>";
  const char *with_title =
    "<html><head><title>Chợ phiên vùng cao đông vui ngày cuối tuần - Báo Thử</title></head>"
    "<body>" BODY_PARAGRAPHS "</body></html>";
  g_autoptr(DiemArticle) a = read_page (with_og);
  g_autoptr(DiemArticle) b = read_page (with_title);
  g_autofree char *ha = diem_article_dup_headline (a);
  g_autofree char *hb = diem_article_dup_headline (b);

  g_assert_cmpstr (ha, ==, "Cầu mới nối đôi bờ");
  g_assert_cmpstr (hb, ==, "Chợ phiên vùng cao đông vui ngày cuối tuần");
}

static void
test_description_is_the_lead_when_no_standfirst (void)
{
  const char *html =
    "<html><head><meta property=\"og:description\" content=\"Một năm chủ động ứng phó mưa lũ.\"></head>"
    "<body><h1>Tổng kết</h1><div class=\"content\">" BODY_PARAGRAPHS "</div></body></html>";
  g_autoptr(DiemArticle) article = read_page (html);
  g_autofree char *lead = first_block (article, DIEM_BLOCK_LEAD);

  g_assert_cmpstr (lead, ==, "Một năm chủ động ứng phó mưa lũ.");
  g_assert_cmpuint (count_blocks (article, DIEM_BLOCK_PARAGRAPH), ==, 3);
}

static void
test_figures (void)
{
  const char *html =
    "<html><body><h1>Lễ hội đua thuyền trên sông</h1><div class=\"content\">" BODY_PARAGRAPHS
    "<figure><img src=\"a.jpg\" alt=\"không dùng\"><figcaption>Các đội thuyền xuất phát. Ảnh minh họa: Thu Trang</figcaption></figure>"
    "<div class=\"photo\"><img src=\"b.jpg\"></div><p class=\"caption\">Khán giả cổ vũ hai bên bờ (Ảnh: Hoàng Nam)</p>"
    "<p><img src=\"c.jpg\" alt=\"Lễ hội đua thuyền trên sông - Ảnh 3.\"></p>"
    "<p><img src=\"d.jpg\"></p>"
    "<p><img src=\"e.jpg\" alt=\"Đội thắng cuộc nâng cúp vô địch\"></p>"
    "<figure class=\"video\"><video src=\"v.mp4\"></video><figcaption>Toàn cảnh cuộc đua. Video: Quốc Huy</figcaption></figure>"
    "<figure><img src=\"f.jpg\"><figcaption>Bản đồ tuyến đua. Nguồn: Sở Văn hóa</figcaption></figure>"
    "<figure><img src=\"g.jpg\"><figcaption> </figcaption></figure>"
    "<p style=\"text-align:center\"><img src=\"h.jpg\" alt=\"\"></p><p style=\"text-align:center\"><em>Pháo hoa trên sông lúc kết thúc lễ hội</em></p>"
    "</div></body></html>";
  g_autoptr(DiemArticle) article = read_page (html);
  g_autofree char *t0 = NULL, *t1 = NULL, *t2 = NULL, *t3 = NULL, *t4 = NULL, *t5 = NULL;

  /* a.jpg, b.jpg, e.jpg, the video, f.jpg, h.jpg: the headline-numbered alt, the bare
   * image and the empty figcaption give no caption block */
  g_assert_cmpuint (count_blocks (article, DIEM_BLOCK_CAPTION), ==, 6);
  t0 = diem_article_dup_span (article, caption (article, 0)->text_span);
  g_assert_cmpstr (t0, ==, "Các đội thuyền xuất phát.");
  g_assert_cmpstr (caption (article, 0)->credit, ==, "Thu Trang");
  g_assert_cmpstr (caption (article, 0)->image, ==, "a.jpg");
  t1 = diem_article_dup_span (article, caption (article, 1)->text_span);
  g_assert_cmpstr (t1, ==, "Khán giả cổ vũ hai bên bờ");
  g_assert_cmpstr (caption (article, 1)->credit, ==, "Hoàng Nam");
  g_assert_cmpstr (caption (article, 1)->image, ==, "b.jpg");
  t2 = diem_article_dup_span (article, caption (article, 2)->text_span);
  g_assert_cmpstr (t2, ==, "Đội thắng cuộc nâng cúp vô địch");
  g_assert_cmpstr (caption (article, 2)->image, ==, "e.jpg");
  t3 = diem_article_dup_span (article, caption (article, 3)->text_span);
  g_assert_cmpstr (t3, ==, "Toàn cảnh cuộc đua.");
  g_assert_cmpstr (caption (article, 3)->credit, ==, "Quốc Huy");
  g_assert_null (caption (article, 3)->image);
  t4 = diem_article_dup_span (article, caption (article, 4)->text_span);
  g_assert_cmpstr (t4, ==, "Bản đồ tuyến đua.");
  g_assert_cmpstr (caption (article, 4)->credit, ==, "Sở Văn hóa");
  t5 = diem_article_dup_span (article, caption (article, 5)->text_span);
  g_assert_cmpstr (t5, ==, "Pháo hoa trên sông lúc kết thúc lễ hội");
  g_assert_cmpstr (caption (article, 5)->image, ==, "h.jpg");
  g_assert_null (strstr (diem_article_get_text (article), "Ảnh 3"));
  g_assert_null (strstr (diem_article_get_text (article), "không dùng"));
}

static void
test_rel_author_byline (void)
{
  const char *html =
    "<html><body><article><h1>Mùa lúa chín</h1><p class=\"meta\">Bởi <a rel=\"author\" href=\"/tg\">Ngọc Hân</a></p>"
    BODY_PARAGRAPHS "</article></body></html>";
  g_autoptr(DiemArticle) article = read_page (html);
  GPtrArray *byline = diem_article_get_byline (article);

  g_autofree char *lead = first_block (article, DIEM_BLOCK_LEAD);

  g_assert_cmpuint (byline->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (byline, 0), ==, "Ngọc Hân");
  /* the line that names the author is not the article's text */
  g_assert_null (strstr (diem_article_get_text (article), "Bởi"));
  g_assert_true (g_str_has_prefix (lead, "Chiều 3-5"));
}

static void
test_json_has_source_and_date (void)
{
  const char *html =
    "<html><head><meta property=\"og:site_name\" content=\"Báo Thử\"></head><body><h1>Mùa lúa chín</h1>"
    "<time datetime=\"2024-06-01\">1/6/2024</time>" BODY_PARAGRAPHS "</body></html>";
  g_autoptr(DiemArticle) article = read_page (html);
  g_autofree char *json = diem_json_export_to_data (article, NULL);
  g_autofree char *shown = diem_article_format_published (article);

  g_assert_nonnull (strstr (json, "\"source\" : \"Báo Thử\""));
  g_assert_nonnull (strstr (json, "\"published\" : \"2024-06-01\""));
  g_assert_cmpstr (shown, ==, "01/06/2024");
}

static void
test_published_for_a_reader (void)
{
  static const struct { const char *written; const char *shown; } dates[] = {
    { "2021-11-04T17:12:00+07:00", "04/11/2021 17:12" },
    { "2023-04-10 14:30", "10/04/2023 14:30" },
    { "2023-04-10T14:30", "10/04/2023 14:30" },
    { "2024-06-01", "01/06/2024" },
    { "2024-02-30", "2024-02-30" },
    { "hôm qua", "hôm qua" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autofree char *html = g_strdup_printf ("<html><head><meta property=\"article:published_time\" content=\"%s\">"
                                               "</head><body><h1>Mùa lúa chín</h1>" BODY_PARAGRAPHS "</body></html>",
                                               dates[i].written);
      g_autoptr(DiemArticle) article = read_page (html);
      g_autofree char *shown = diem_article_format_published (article);

      g_assert_cmpstr (shown, ==, dates[i].shown);
    }
}

/* 200 000 nested elements: read to the end, neither crash nor silent loss. */
static void
test_deep_nesting_keeps_the_text (void)
{
  GString *html = g_string_new ("<html><body><h1>Trang lồng sâu</h1><p>Đoạn mở đầu của trang thử nghiệm lồng nhau rất sâu.</p>");
  g_autoptr(DiemArticle) article = NULL;
  const char *text;

  for (guint i = 0; i < 200000; i++)
    g_string_append (html, "<div>");
  g_string_append (html, "Chữ nằm ở tầng sâu nhất.");
  for (guint i = 0; i < 200000; i++)
    g_string_append (html, "</div>");
  g_string_append (html, "<p>Đoạn kết sau phần lồng nhau vẫn còn.</p></body></html>");
  article = read_page (html->str);
  text = diem_article_get_text (article);
  g_assert_nonnull (strstr (text, "Chữ nằm ở tầng sâu nhất."));
  g_assert_nonnull (strstr (text, "Đoạn kết sau phần lồng nhau vẫn còn."));
  g_string_free (html, TRUE);
}

static void
test_hostile_image_paths_are_refused (void)
{
  g_autofree char *dir = g_dir_make_tmp ("diem-web-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "trang.html", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DiemArticle) article = NULL;
  GPtrArray *blocks;
  guint captions = 0;
  const char *html =
    "<html><body><h1>Ảnh lạ</h1>" BODY_PARAGRAPHS
    "<figure><img src=\"/etc/passwd\"><figcaption>Đường dẫn tuyệt đối</figcaption></figure>"
    "<figure><img src=\"file:///etc/passwd\"><figcaption>Địa chỉ tệp</figcaption></figure>"
    "<figure><img src=\"http://example.invalid/a.jpg\"><figcaption>Địa chỉ mạng</figcaption></figure>"
    "<figure><img src=\"../../../../etc/passwd\"><figcaption>Ra khỏi thư mục</figcaption></figure>"
    "</body></html>";

  g_assert_true (g_file_set_contents (path, html, -1, NULL));
  article = diem_article_new_from_file (file, NULL, NULL);
  g_assert_nonnull (article);
  blocks = diem_article_get_blocks (article);
  for (guint i = 0; i < blocks->len; i++)
    {
      DiemBlock *block = g_ptr_array_index (blocks, i);
      g_autoptr(GFile) image = NULL;

      if (block->kind != DIEM_BLOCK_CAPTION)
        continue;
      captions++;
      image = diem_article_resolve_image (article, block->image);
      g_assert_null (image);
    }
  g_assert_cmpuint (captions, ==, 4);
  g_remove (path);
  g_rmdir (dir);
}

/* A class that hides an element on phones only keeps it; an author named in the
 * article's <footer> is its byline; a caption after the image's wrapper is its caption. */
static void
test_responsive_footer_and_wrapped_image (void)
{
  const char *html =
    "<html><body><h1>Mùa lúa chín</h1><div class=\"article-content hidden-xs d-none d-md-block\">" BODY_PARAGRAPHS
    "<div class=\"img-wrap\"><a href=\"#\"><img src=\"lua.jpg\"></a></div>"
    "<div class=\"image_desc\">Cánh đồng lúa chín vàng cuối vụ</div>"
    "<p>Nông dân cho biết năm nay lúa được mùa, được giá, thu nhập tăng hơn năm trước khoảng một phần năm.</p>"
    "<footer class=\"article-footer\"><span class=\"author-name\">Thanh Tâm</span></footer>"
    "</div></body></html>";
  g_autoptr(DiemArticle) article = read_page (html);
  g_autofree char *caption_text = NULL;
  const char *first;

  /* the caption classed "image_desc" is read once, as the caption, never as a lead */
  g_assert_cmpuint (count_blocks (article, DIEM_BLOCK_PARAGRAPH) + count_blocks (article, DIEM_BLOCK_LEAD), ==, 4);
  g_assert_cmpuint (count_blocks (article, DIEM_BLOCK_CAPTION), ==, 1);
  first = strstr (diem_article_get_text (article), "Cánh đồng lúa chín");
  g_assert_nonnull (first);
  g_assert_null (strstr (first + 1, "Cánh đồng lúa chín"));
  caption_text = diem_article_dup_span (article, caption (article, 0)->span);
  g_assert_cmpstr (caption_text, ==, "Cánh đồng lúa chín vàng cuối vụ");
  g_assert_cmpstr (caption (article, 0)->image, ==, "lua.jpg");
  g_assert_cmpuint (diem_article_get_byline (article)->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (diem_article_get_byline (article), 0), ==, "Thanh Tâm");
}

/* A single-file save (.mhtml): the page from its HTML part, its photos from the file
 * itself; a photo the file does not carry is never fetched. */
static void
test_mhtml_with_its_photos (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "web", "cau-moi.mhtml", NULL);
  g_autofree char *jpeg_path = g_test_build_filename (G_TEST_DIST, "fixtures", "html-article", "images",
                                                      "le-trao.jpg", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(DiemArticle) article = diem_article_new_from_file (file, NULL, &error);
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) missing = NULL;
  g_autofree char *jpeg = NULL;
  g_autofree char *headline = NULL;
  gsize jpeg_length = 0;

  g_assert_no_error (error);
  headline = diem_article_dup_headline (article);
  g_assert_cmpstr (headline, ==, "Cầu mới nối đôi bờ sông");
  g_assert_cmpstr (diem_article_get_source (article), ==, "Báo Thử");
  g_assert_cmpuint (count_blocks (article, DIEM_BLOCK_CAPTION), ==, 2);
  g_assert_null (strstr (diem_article_get_text (article), "Content-Type"));

  g_assert_true (g_file_get_contents (jpeg_path, &jpeg, &jpeg_length, NULL));
  saved = diem_article_load_image (article, caption (article, 0)->image);
  g_assert_nonnull (saved);
  g_assert_cmpmem (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved), jpeg, jpeg_length);
  missing = diem_article_load_image (article, caption (article, 1)->image);
  g_assert_null (missing);
}

/* A page wrapped in an element whose class says "ad", its headline in a header classed
 * "banner-headline", its standfirst written only as og:description and in an unclassed
 * paragraph, a photo between the headline and the body, a dateline holding a date and
 * the author, the body split in two halves, and a closing sentence that names the author. */
static void
test_wrapped_page_with_lead_photo (void)
{
  const char *html =
    "<html><head><meta property=\"og:description\" content=\"Hội nghị đánh giá một năm ứng phó mưa lũ của tỉnh.\"></head>"
    "<body><div id=\"ad-portal\"><div class=\"wrapper\"><article>"
    "<header class=\"banner-headline\"><h1>Tỉnh tổng kết phòng chống thiên tai</h1>"
    "<figure><img src=\"hoi-nghi.jpg\"><figcaption>Quang cảnh hội nghị sáng 3-5 - Ảnh: Lan Chi</figcaption></figure>"
    "<p>Hội nghị đánh giá một năm ứng phó   mưa lũ của tỉnh.</p></header>"
    "<p class=\"bloc_signature\"><time datetime=\"2024-05-03\">3/5/2024</time> | Bài của "
    "<span class=\"author\">Minh Anh</span></p>"
    "<div class=\"story-body\"><div class=\"part-one\">" BODY_PARAGRAPHS "</div>"
    "<div id=\"read-more\"><div id=\"read-more-content\">" BODY_PARAGRAPHS BODY_PARAGRAPHS
    "<p>Minh Anh là phóng viên thường trú của báo tại các tỉnh miền Trung từ nhiều năm nay.</p>"
    "</div></div></div></article></div></div></body></html>";
  g_autoptr(DiemArticle) article = read_page (html);
  const char *text = diem_article_get_text (article);
  g_autofree char *lead = first_block (article, DIEM_BLOCK_LEAD);
  g_autofree char *caption_text = NULL;
  GPtrArray *blocks = diem_article_get_blocks (article);

  g_assert_cmpstr (lead, ==, "Hội nghị đánh giá một năm ứng phó mưa lũ của tỉnh.");
  g_assert_cmpuint (count_blocks (article, DIEM_BLOCK_CAPTION), ==, 1);
  /* the dash joining the caption to its credit belongs to neither */
  caption_text = diem_article_dup_span (article, caption (article, 0)->text_span);
  g_assert_cmpstr (caption_text, ==, "Quang cảnh hội nghị sáng 3-5");
  g_assert_cmpstr (caption (article, 0)->credit, ==, "Lan Chi");
  g_assert_cmpstr (caption (article, 0)->image, ==, "hoi-nghi.jpg");
  /* the lead, then the photo, then the body's nine paragraphs and the closing sentence */
  g_assert_cmpint (((DiemBlock *) g_ptr_array_index (blocks, 1))->kind, ==, DIEM_BLOCK_LEAD);
  g_assert_cmpint (((DiemBlock *) g_ptr_array_index (blocks, 2))->kind, ==, DIEM_BLOCK_CAPTION);
  g_assert_cmpuint (count_blocks (article, DIEM_BLOCK_PARAGRAPH), ==, 10);
  g_assert_null (strstr (text, "3/5/2024"));
  g_assert_null (strstr (text, "Bài của"));
  g_assert_cmpuint (diem_article_get_byline (article)->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (diem_article_get_byline (article), 0), ==, "Minh Anh");
}

/* A file named .mhtml that holds no page says so. */
static void
test_mhtml_without_page (void)
{
  const char *mime = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n"
                     "--b\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--\r\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(DiemArticle) article = diem_article_new_from_data (mime, strlen (mime), "trang.mhtml", &error);

  g_assert_null (article);
  g_assert_nonnull (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/web/chrome-left-out", test_chrome_is_left_out);
  g_test_add_func ("/web/headline-falls-back", test_headline_falls_back);
  g_test_add_func ("/web/description-lead", test_description_is_the_lead_when_no_standfirst);
  g_test_add_func ("/web/figures", test_figures);
  g_test_add_func ("/web/rel-author", test_rel_author_byline);
  g_test_add_func ("/web/json-source-date", test_json_has_source_and_date);
  g_test_add_func ("/web/published-for-a-reader", test_published_for_a_reader);
  g_test_add_func ("/web/deep-nesting", test_deep_nesting_keeps_the_text);
  g_test_add_func ("/web/hostile-image-paths", test_hostile_image_paths_are_refused);
  g_test_add_func ("/web/responsive-footer-wrapped-image", test_responsive_footer_and_wrapped_image);
  g_test_add_func ("/web/wrapped-page-lead-photo", test_wrapped_page_with_lead_photo);
  g_test_add_func ("/web/mhtml-with-photos", test_mhtml_with_its_photos);
  g_test_add_func ("/web/mhtml-without-page", test_mhtml_without_page);
  return g_test_run ();
}
