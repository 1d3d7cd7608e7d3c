/* SPDX-License-Identifier: GPL-3.0-or-later */
/* symlink () */
#define _DEFAULT_SOURCE

/* test-structured-formats.c — HTML and Markdown articles, and where their images may come from */
#include <glib/gstdio.h>
#include <string.h>

#include "diem-article.h"

static DiemArticle *
load_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "html-article", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  DiemArticle *article = diem_article_new_from_file (file, NULL, &error);

  g_assert_no_error (error);
  return article;
}

static char *
block_text (DiemArticle *article,
            guint        index,
            DiemBlockKind *kind)
{
  DiemBlock *block = g_ptr_array_index (diem_article_get_blocks (article), index);

  *kind = block->kind;
  return diem_article_dup_span (article, block->text_span);
}

static void
test_html_blocks (void)
{
  g_autoptr(DiemArticle) article = load_fixture ("article.html");
  GPtrArray *blocks = diem_article_get_blocks (article);
  const char *text = diem_article_get_text (article);
  static const struct { DiemBlockKind kind; const char *text; } expected[] = {
    { DIEM_BLOCK_HEADLINE, "Hà Tĩnh trao Huân chương cho ngành giáo dục" },
    { DIEM_BLOCK_LEAD, "Sáng 20-11, tỉnh Hà Tĩnh tổ chức lễ kỷ niệm Ngày Nhà giáo Việt Nam." },
    { DIEM_BLOCK_CAPTION, "Phó Chủ tịch UBND tỉnh Trần Văn Bình trao Huân chương Lao động hạng Ba." },
    { DIEM_BLOCK_PARAGRAPH, "Tại buổi lễ, ngành giáo dục đón nhận Huân chương Lao động hạng Ba." },
    { DIEM_BLOCK_CAPTION, "Các thầy cô giáo nhận bằng khen." },
    { DIEM_BLOCK_PARAGRAPH, "Đoạn văn nằm trực tiếp trong thẻ div. Dòng thứ hai." },
    { DIEM_BLOCK_BYLINE, "MINH AN - QUỐC HUY" },
  };

  g_assert_cmpuint (blocks->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      DiemBlockKind kind;
      g_autofree char *got = block_text (article, i, &kind);

      g_assert_cmpstr (diem_block_kind_name (kind), ==, diem_block_kind_name (expected[i].kind));
      g_assert_cmpstr (got, ==, expected[i].text);
    }

  /* scripts, styles, comments, navigation and footers are not article text */
  g_assert_null (strstr (text, "tracking"));
  g_assert_null (strstr (text, "color"));
  g_assert_null (strstr (text, "chú thích HTML"));
  g_assert_null (strstr (text, "Trang chủ"));
  g_assert_null (strstr (text, "Bản quyền"));

  g_assert_cmpstr (((DiemBlock *) g_ptr_array_index (blocks, 2))->credit, ==, "THU HÀ");
  g_assert_cmpstr (((DiemBlock *) g_ptr_array_index (blocks, 2))->image, ==, "images/le-trao.jpg");
  g_assert_cmpstr (((DiemBlock *) g_ptr_array_index (blocks, 4))->image, ==, "https://example.invalid/remote.jpg");
  g_assert_cmpuint (diem_article_get_byline (article)->len, ==, 2);
}

static void
test_html_images_stay_in_the_article_folder (void)
{
  g_autoptr(DiemArticle) article = load_fixture ("article.html");
  g_autoptr(GFile) local = diem_article_resolve_image (article, "images/le-trao.jpg");
  g_autofree char *basename = NULL;
  const char *refused[] = {
    "https://example.invalid/remote.jpg", "//example.invalid/a.jpg", "data:image/png;base64,AAAA",
    "file:///etc/hostname", "/etc/hostname", "../article.html", "images/../../html-article/missing.jpg",
    "images/khong-co.jpg", NULL
  };

  g_assert_nonnull (local);
  basename = g_file_get_basename (local);
  g_assert_cmpstr (basename, ==, "le-trao.jpg");
  for (guint i = 0; refused[i] != NULL; i++)
    {
      g_autoptr(GFile) file = diem_article_resolve_image (article, refused[i]);
      g_assert_null (file);
    }
}

static void
test_html_symlink_out_of_folder_is_refused (void)
{
  g_autofree char *dir = g_dir_make_tmp ("diem-html-XXXXXX", NULL);
  g_autofree char *html = g_build_filename (dir, "bai.html", NULL);
  g_autofree char *link = g_build_filename (dir, "anh.jpg", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (html);
  g_autoptr(DiemArticle) article = NULL;
  g_autoptr(GFile) image = NULL;

  g_assert_true (g_file_set_contents (html, "<html><body><p>Một đoạn.</p><img src=\"anh.jpg\" alt=\"Ảnh\"></body></html>", -1, NULL));
  g_assert_cmpint (symlink ("/etc/hostname", link), ==, 0);
  article = diem_article_new_from_file (file, NULL, NULL);
  g_assert_nonnull (article);
  image = diem_article_resolve_image (article, "anh.jpg");
  g_assert_null (image);
  g_remove (link);
  g_remove (html);
  g_rmdir (dir);
}

static void
test_html_without_h1_uses_title (void)
{
  const char *html = "<!doctype html><title>Tin nhanh buổi sáng</title><p>Trời mưa to ở Hà Nội.</p>";
  g_autoptr(DiemArticle) article = diem_article_new_from_data (html, strlen (html), NULL, NULL);
  g_autofree char *headline = diem_article_dup_headline (article);

  g_assert_cmpstr (headline, ==, "Tin nhanh buổi sáng");
}

static void
test_html_without_text_is_empty (void)
{
  const char *html = "<html><head><script>x()</script></head><body><!-- trống --></body></html>";
  g_autoptr(GError) error = NULL;
  g_autoptr(DiemArticle) article = diem_article_new_from_data (html, strlen (html), "trong.html", &error);

  g_assert_null (article);
  g_assert_error (error, DIEM_ARTICLE_ERROR, DIEM_ARTICLE_ERROR_EMPTY);
}

typedef struct
{
  DiemBlockKind kind;
  const char   *text;
} ExpectedBlock;

static void
assert_blocks (DiemArticle         *article,
               const ExpectedBlock *expected,
               guint                n_expected)
{
  GPtrArray *blocks = diem_article_get_blocks (article);

  g_assert_cmpuint (blocks->len, ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    {
      DiemBlockKind kind;
      g_autofree char *got = block_text (article, i, &kind);

      g_assert_cmpstr (diem_block_kind_name (kind), ==, diem_block_kind_name (expected[i].kind));
      g_assert_cmpstr (got, ==, expected[i].text);
    }
}

static void
test_markdown_blocks (void)
{
  const char *md =
    "# Quảng Nam khánh thành cầu mới\n\n"
    "**Sáng 1-6**, tỉnh Quảng Nam khánh thành cầu [Cửa Đại](https://example.invalid) mới.\n\n"
    "![Lãnh đạo tỉnh cắt băng khánh thành. Ảnh: HOÀNG LIÊN](anh/cat-bang.jpg)\n\n"
    "Cây cầu dài *1,5 km*, nối hai bờ sông\nThu Bồn.\n\n"
    "- Mục một\n- Mục hai\n\n"
    "ĐĂNG KHOA\n";
  g_autoptr(DiemArticle) article = diem_article_new_from_data (md, strlen (md), "bai.md", NULL);
  GPtrArray *blocks = diem_article_get_blocks (article);
  static const ExpectedBlock expected[] = {
    { DIEM_BLOCK_HEADLINE, "Quảng Nam khánh thành cầu mới" },
    { DIEM_BLOCK_LEAD, "Sáng 1-6, tỉnh Quảng Nam khánh thành cầu Cửa Đại mới." },
    { DIEM_BLOCK_CAPTION, "Lãnh đạo tỉnh cắt băng khánh thành." },
    { DIEM_BLOCK_PARAGRAPH, "Cây cầu dài 1,5 km, nối hai bờ sông Thu Bồn." },
    { DIEM_BLOCK_PARAGRAPH, "Mục một" },
    { DIEM_BLOCK_PARAGRAPH, "Mục hai" },
    { DIEM_BLOCK_BYLINE, "ĐĂNG KHOA" },
  };

  assert_blocks (article, expected, G_N_ELEMENTS (expected));
  g_assert_cmpstr (((DiemBlock *) g_ptr_array_index (blocks, 2))->image, ==, "anh/cat-bang.jpg");
  g_assert_cmpstr (((DiemBlock *) g_ptr_array_index (blocks, 2))->credit, ==, "HOÀNG LIÊN");
}

/* What a hand-made reader missed: setext headings, reference links and their
 * definitions, entities, an image's title as its caption. */
static void
test_markdown_commonmark (void)
{
  const char *md =
    "Đà Nẵng mở tuyến buýt ven biển\n"
    "==============================\n\n"
    "Sáng nay, [Sở Giao thông][sgt] công bố tuyến buýt mới &amp; miễn phí tháng đầu.\n\n"
    "[sgt]: https://example.invalid/sgt \"Sở Giao thông vận tải\"\n\n"
    "Lịch chạy\n"
    "---------\n\n"
    "![](anh/xe-buyt.jpg \"Xe buýt chạy thử trên đường Võ Nguyên Giáp. Ảnh: MINH TRÍ\")\n\n"
    "> Tuyến chạy từ 5 giờ đến 22 giờ.\n";
  g_autoptr(DiemArticle) article = diem_article_new_from_data (md, strlen (md), "tin.md", NULL);
  GPtrArray *blocks = diem_article_get_blocks (article);
  static const ExpectedBlock expected[] = {
    { DIEM_BLOCK_HEADLINE, "Đà Nẵng mở tuyến buýt ven biển" },
    { DIEM_BLOCK_LEAD, "Sáng nay, Sở Giao thông công bố tuyến buýt mới & miễn phí tháng đầu." },
    { DIEM_BLOCK_PARAGRAPH, "Lịch chạy" },
    { DIEM_BLOCK_CAPTION, "Xe buýt chạy thử trên đường Võ Nguyên Giáp." },
    { DIEM_BLOCK_PARAGRAPH, "Tuyến chạy từ 5 giờ đến 22 giờ." },
  };

  g_assert_nonnull (article);
  assert_blocks (article, expected, G_N_ELEMENTS (expected));
  g_assert_cmpstr (((DiemBlock *) g_ptr_array_index (blocks, 3))->image, ==, "anh/xe-buyt.jpg");
  g_assert_cmpstr (((DiemBlock *) g_ptr_array_index (blocks, 3))->credit, ==, "MINH TRÍ");
  /* a link definition leaves no text behind */
  g_assert_null (strstr (diem_article_get_text (article), "example.invalid"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/html/blocks", test_html_blocks);
  g_test_add_func ("/html/images-stay-in-folder", test_html_images_stay_in_the_article_folder);
  g_test_add_func ("/html/symlink-out-of-folder", test_html_symlink_out_of_folder_is_refused);
  g_test_add_func ("/html/title-as-headline", test_html_without_h1_uses_title);
  g_test_add_func ("/html/without-text-is-empty", test_html_without_text_is_empty);
  g_test_add_func ("/markdown/blocks", test_markdown_blocks);
  g_test_add_func ("/markdown/commonmark", test_markdown_commonmark);

  return g_test_run ();
}
