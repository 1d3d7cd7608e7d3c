/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-pdf-digest.c — the digest PDF (cover, contents, a part per article, index) and
 * the summary printed alone, read back with poppler-utils and qpdf */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "diem-article-corrections.h"
#include "diem-desk-store.h"
#include "diem-page-renderer.h"
#include "diem-pdf-digest.h"
#include "pdf-test-util.h"

#define A4_WIDTH  595.28
#define A4_HEIGHT 841.89
#define MARGIN    56.0

static char *tmp_dir;

static const char *const texts[] = {
  "Tỉnh Hòa Bình khai trương trung tâm dữ liệu\n\n"
  "Sáng 5/3, UBND tỉnh Hòa Bình khai trương trung tâm dữ liệu dùng chung của tỉnh.\n\n"
  "Phát biểu tại buổi lễ, ông Đinh Công Sứ, Chủ tịch UBND tỉnh Hòa Bình, đề nghị các sở ngành "
  "khai thác tốt trung tâm.\n\n"
  "Bà Quách Thị Hương, Giám đốc Sở Thông tin và Truyền thông, cho biết trung tâm đã kết nối với "
  "20 đơn vị.\n",

  "Huyện Lạc Sơn tổng kết công tác khuyến học\n\n"
  "Ngày 12/4, Huyện ủy Lạc Sơn tổ chức hội nghị tổng kết công tác khuyến học năm học vừa qua.\n\n"
  "Ông Bùi Văn Lực, Bí thư Huyện ủy, biểu dương các xã có phong trào học tập tốt.\n\n"
  "Dự hội nghị có ông Đinh Công Sứ, Chủ tịch UBND tỉnh Hòa Bình.\n",

  "Thành phố Hòa Bình chỉnh trang đô thị\n\n"
  "Chiều 20/5, UBND thành phố Hòa Bình họp bàn kế hoạch chỉnh trang đô thị theo Nghị quyết số "
  "12/NQ-HĐND của HĐND tỉnh.\n\n"
  "Ông Nguyễn Văn Toàn, Bí thư Thành ủy Hòa Bình, yêu cầu hoàn thành các hạng mục trước quý IV.\n",
};

#define N_ARTICLES G_N_ELEMENTS (texts)

static DiemArticle *
new_article (guint i)
{
  g_autofree char *hint = g_strdup_printf ("bai-%u.txt", i + 1);
  g_autoptr(GError) error = NULL;
  DiemArticle *article = diem_article_new_from_data (texts[i], strlen (texts[i]), hint, &error);

  g_assert_no_error (error);
  return article;
}

/* A summary long enough to go on to a second page. */
static char *
long_summary (void)
{
  g_autoptr(GString) markdown = g_string_new ("Trung tâm dữ liệu **mở** cho *mọi* sở ngành.\n\n");

  for (guint i = 0; i < 40; i++)
    g_string_append_printf (markdown, "- Điểm thứ %u: các đơn vị kết nối dữ liệu, báo cáo định kỳ và "
                                      "bảo đảm an toàn thông tin theo quy định.\n", i + 1);
  return g_string_free (g_steal_pointer (&markdown), FALSE);
}

/* The pages a summary printed alone takes: the digest's part for that article. */
static guint
count_summary_pages (DiemArticle *article,
                     const char  *summary)
{
  g_autoptr(DiemPageRenderer) renderer = diem_page_renderer_new (article, A4_WIDTH, A4_HEIGHT, MARGIN);

  diem_page_renderer_set_contents (renderer, DIEM_PAGE_CONTENTS_SUMMARY);
  diem_page_renderer_set_summary_text (renderer, summary);
  return diem_page_renderer_paginate (renderer);
}

/* pdftotext -raw of page @page (every page for 0), folded as pdf_fold_text () does. */
static char *
folded_page_text (const char *path,
                  guint       page)
{
  g_autofree char *number = g_strdup_printf ("%u", page);
  const char *argv[] = { "pdftotext", "-raw", "-enc", "UTF-8", "-f", number, "-l", number, path, "-", NULL };
  const char *all_pages[] = { "pdftotext", "-raw", "-enc", "UTF-8", path, "-", NULL };
  g_autofree char *out = pdf_tool_run (page > 0 ? argv : all_pages, NULL);

  return out != NULL ? pdf_fold_text (out) : NULL;
}

/* The words above the top margin: the running header. */
static char *
header_text (const char *path,
             guint       page)
{
  g_autoptr(GArray) words = pdf_page_words (path, page);
  g_autoptr(GString) header = g_string_new (NULL);

  for (guint i = 0; words != NULL && i < words->len; i++)
    {
      PdfWord *word = &g_array_index (words, PdfWord, i);

      if (word->y1 > MARGIN)
        continue;
      if (header->len > 0)
        g_string_append_c (header, ' ');
      g_string_append (header, word->text);
    }
  return g_string_free (g_steal_pointer (&header), FALSE);
}

typedef struct
{
  char  *title;
  guint  page;
  guint  n_kids;
} Bookmark;

static void
bookmark_clear (gpointer data)
{
  g_free (((Bookmark *) data)->title);
}

/* The outline's top entries; NULL without qpdf. */
static GArray *
top_bookmarks (const char *path)
{
  const char *keys[] = { "outlines", NULL };
  g_autoptr(JsonNode) root = pdf_qpdf_json (path, keys);
  JsonArray *outlines;
  GArray *bookmarks;

  if (root == NULL)
    return NULL;
  outlines = json_object_get_array_member (json_node_get_object (root), "outlines");
  bookmarks = g_array_new (FALSE, TRUE, sizeof (Bookmark));
  g_array_set_clear_func (bookmarks, bookmark_clear);
  for (guint i = 0; i < json_array_get_length (outlines); i++)
    {
      JsonObject *object = json_array_get_object_element (outlines, i);
      Bookmark bookmark = { g_strdup (json_object_get_string_member (object, "title")),
                            (guint) json_object_get_int_member (object, "destpageposfrom1"),
                            json_array_get_length (json_object_get_array_member (object, "kids")) };

      g_array_append_val (bookmarks, bookmark);
    }
  return bookmarks;
}

typedef struct
{
  guint calls;
  guint last_done;
  guint total;
} Progress;

static void
on_progress (guint    done,
             guint    total,
             gpointer user_data)
{
  Progress *progress = user_data;

  progress->calls++;
  g_assert_cmpuint (done, ==, progress->last_done + 1);
  progress->last_done = done;
  progress->total = total;
}

/* Three articles, the first with a summary of two pages: the cover, one page of
 * contents, the parts each from a new page, the index; an outline entry per article
 * at its first page; contents and index link there; every headline and official reads
 * back. */
static void
test_digest_of_several_articles (void)
{
  DiemArticle *articles[N_ARTICLES];
  DiemDigestArticle entries[N_ARTICLES];
  g_autofree char *summary = long_summary ();
  g_autofree char *path = g_build_filename (tmp_dir, "digest.pdf", NULL);
  const DiemDigestOptions options = { DIEM_PAPER_A4, "Điểm báo thử" };
  guint first_page[N_ARTICLES], part_pages[N_ARTICLES];
  guint total, index_page;
  Progress progress = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *all_text = NULL;
  g_autofree char *index_text = NULL;
  g_autoptr(GArray) bookmarks = NULL;
  g_autoptr(GArray) links = NULL;
  gsize length = 0;

  total = 2;
  for (guint i = 0; i < N_ARTICLES; i++)
    {
      articles[i] = new_article (i);
      entries[i] = (DiemDigestArticle) { articles[i], i == 0 ? summary : "Tóm tắt ngắn của bài." };
      part_pages[i] = count_summary_pages (articles[i], entries[i].summary);
      first_page[i] = total + 1;
      total += part_pages[i];
    }
  g_assert_cmpuint (part_pages[0], >=, 2);
  index_page = ++total;

  g_assert_true (diem_pdf_digest_to_file (entries, N_ARTICLES, &options, path, on_progress, &progress, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &pdf, &length, NULL));
  g_assert_cmpuint (pdf_count_pages (pdf, length), ==, total);
  g_assert_cmpuint (progress.calls, ==, total);
  g_assert_cmpuint (progress.total, ==, total);
  pdf_assert_fonts_embedded (path);

  all_text = folded_page_text (path, 0);
  if (all_text == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      goto out;
    }
  g_assert_nonnull (strstr (all_text, "Điểm báo thử"));
  for (guint i = 0; i < N_ARTICLES; i++)
    {
      g_autofree char *headline = diem_article_dup_headline (articles[i]);
      g_autofree char *start = folded_page_text (path, first_page[i]);
      GPtrArray *officials = diem_article_get_officials (articles[i]);

      /* the part starts on a page of its own, with its headline */
      g_assert_true (g_str_has_prefix (start, headline));
      g_assert_cmpuint (officials->len, >, 0);
      for (guint k = 0; k < officials->len; k++)
        g_assert_nonnull (strstr (all_text, ((DiemOfficial *) g_ptr_array_index (officials, k))->name));
    }
  /* the emphasis of the editor's summary is set, not shown as marks */
  g_assert_nonnull (strstr (all_text, "Trung tâm dữ liệu mở cho mọi sở ngành."));
  g_assert_null (strstr (all_text, "**"));

  /* page numbers run across the digest; the header names the article */
  {
    g_autofree char *header = header_text (path, first_page[0] + 1);
    g_autofree char *headline = diem_article_dup_headline (articles[0]);
    g_autofree char *footer = g_strdup_printf (g_dgettext (GETTEXT_PACKAGE, "Page %u of %u"), first_page[0] + 1, total);
    g_autofree char *page_text = folded_page_text (path, first_page[0] + 1);

    g_assert_cmpstr (header, ==, headline);
    g_assert_nonnull (strstr (page_text, footer));
  }

  /* the index: the official two articles name leads to both */
  index_text = folded_page_text (path, index_page);
  g_assert_true (g_str_has_prefix (index_text, g_dgettext (GETTEXT_PACKAGE, "Index of Officials")));
  /* by given name (Hương, Sứ, Toàn), not by family name (Đinh, Nguyễn, Quách) */
  g_assert_cmpint (strstr (index_text, "Quách Thị Hương") - index_text, <, strstr (index_text, "Đinh Công Sứ") - index_text);
  g_assert_cmpint (strstr (index_text, "Đinh Công Sứ") - index_text, <, strstr (index_text, "Nguyễn Văn Toàn") - index_text);
  {
    g_autofree char *h1 = diem_article_dup_headline (articles[0]);
    g_autofree char *h2 = diem_article_dup_headline (articles[1]);
    g_autofree char *both = g_strdup_printf ("Đinh Công Sứ %s — p. %u %s — p. %u", h1, first_page[0], h2, first_page[1]);

    g_assert_nonnull (strstr (index_text, both));
  }

  bookmarks = top_bookmarks (path);
  if (bookmarks == NULL)
    {
      g_test_skip ("qpdf is not installed");
      goto out;
    }
  g_assert_cmpuint (bookmarks->len, ==, N_ARTICLES + 2);
  g_assert_cmpstr (g_array_index (bookmarks, Bookmark, 0).title, ==, g_dgettext (GETTEXT_PACKAGE, "Contents"));
  g_assert_cmpuint (g_array_index (bookmarks, Bookmark, 0).page, ==, 2);
  for (guint i = 0; i < N_ARTICLES; i++)
    {
      Bookmark *bookmark = &g_array_index (bookmarks, Bookmark, i + 1);
      g_autofree char *headline = diem_article_dup_headline (articles[i]);

      g_assert_cmpstr (bookmark->title, ==, headline);
      g_assert_cmpuint (bookmark->page, ==, first_page[i]);
      /* its sections: the summary and the tables */
      g_assert_cmpuint (bookmark->n_kids, >=, 4);
    }
  g_assert_cmpstr (g_array_index (bookmarks, Bookmark, N_ARTICLES + 1).title, ==,
                   g_dgettext (GETTEXT_PACKAGE, "Index of Officials"));
  g_assert_cmpuint (g_array_index (bookmarks, Bookmark, N_ARTICLES + 1).page, ==, index_page);

  links = pdf_links (path);
  for (guint i = 0; i < N_ARTICLES; i++)
    {
      guint from_contents = 0, from_index = 0;

      for (guint k = 0; k < links->len; k++)
        {
          PdfLink *link = &g_array_index (links, PdfLink, k);

          if (link->dest_page != first_page[i])
            continue;
          from_contents += link->page == 2;
          from_index += link->page == index_page;
        }
      /* the headline and the page number */
      g_assert_cmpuint (from_contents, ==, 2);
      /* each official's name (first article only) and each article line */
      g_assert_cmpuint (from_index, >=, diem_article_get_officials (articles[i])->len);
    }
  for (guint k = 0; k < links->len; k++)
    g_assert_cmpuint (g_array_index (links, PdfLink, k).dest_page, >, 0);

out:
  for (guint i = 0; i < N_ARTICLES; i++)
    g_object_unref (articles[i]);
}

/* The digest shows the lists as the editor left them. */
static void
test_digest_uses_corrected_lists (void)
{
  g_autoptr(DiemArticle) article = new_article (0);
  g_autoptr(GPtrArray) log = g_ptr_array_new_with_free_func ((GDestroyNotify) diem_desk_correction_free);
  g_autoptr(DiemCorrected) corrected = NULL;
  g_autofree char *path = g_build_filename (tmp_dir, "corrected.pdf", NULL);
  const DiemDigestOptions options = { DIEM_PAPER_A4, NULL };
  DiemDigestArticle entry = { article, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_ptr_array_add (log, diem_desk_correction_new ("officials", "remove", "Quách Thị Hương", "{}"));
  g_ptr_array_add (log, diem_desk_correction_new ("officials", "edit", "Đinh Công Sứ",
                                                  "{\"titles\":[\"Phó Chủ tịch Thường trực UBND tỉnh\"]}"));
  corrected = diem_article_apply_corrections (article, log);

  g_assert_true (diem_pdf_digest_to_file (&entry, 1, &options, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  text = folded_page_text (path, 0);
  if (text == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  /* the default title, and neither the removed official nor the old title */
  g_assert_nonnull (strstr (text, g_dgettext (GETTEXT_PACKAGE, "Press Digest")));
  g_assert_nonnull (strstr (text, "Phó Chủ tịch Thường trực UBND tỉnh"));
  g_assert_null (strstr (text, "Quách Thị Hương"));
}

static void
cancel_at_third_page (guint    done,
                      guint    total,
                      gpointer user_data)
{
  if (done == 3)
    g_cancellable_cancel (user_data);
}

/* A cancelled digest, or one of no article, leaves no file. */
static void
test_digest_fails_cleanly (void)
{
  g_autoptr(DiemArticle) a = new_article (0);
  g_autoptr(DiemArticle) b = new_article (1);
  DiemDigestArticle entries[] = { { a, NULL }, { b, NULL } };
  const DiemDigestOptions options = { DIEM_PAPER_LETTER, NULL };
  g_autofree char *folder = g_build_filename (tmp_dir, "cancelled", NULL);
  g_autofree char *path = g_build_filename (folder, "digest.pdf", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_false (diem_pdf_digest_to_file (entries, 2, &options, path, cancel_at_third_page, cancellable,
                                           cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  g_assert_false (diem_pdf_digest_to_file (entries, 0, &options, path, NULL, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);

  dir = g_dir_open (folder, 0, NULL);
  g_assert_null (g_dir_read_name (dir));
  g_rmdir (folder);
}

/* The summary printed alone names its article at the top (headline, source, date,
 * byline), gives the editor's summary first, and its pages' header is the headline;
 * without a headline there is no header and the article's opening names it, never the
 * file's name. */
static void
test_summary_alone_stands_alone (void)
{
  static const char with_headline[] =
    "Tỉnh Hòa Bình khai trương trung tâm dữ liệu\n\n"
    "Sáng 5/3, UBND tỉnh Hòa Bình khai trương trung tâm dữ liệu dùng chung của tỉnh.\n\n"
    "Ông Đinh Công Sứ, Chủ tịch UBND tỉnh Hòa Bình, phát biểu tại buổi lễ.\n\n"
    "MINH AN\n";
  g_autofree char *article_path = g_build_filename (tmp_dir, "ten-tep-bai-bao.txt", NULL);
  g_autofree char *path = g_build_filename (tmp_dir, "summary.pdf", NULL);
  g_autofree char *summary = long_summary ();
  const DiemPdfOptions options = { DIEM_PAPER_A4, DIEM_PAGE_CONTENTS_SUMMARY, summary };
  g_autoptr(GFile) file = NULL;
  g_autoptr(DiemArticle) article = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *headline = NULL;
  g_autofree char *first = NULL;
  g_autofree char *header = NULL;
  const char *summary_at, *officials_at;

  g_assert_true (g_file_set_contents (article_path, with_headline, -1, NULL));
  file = g_file_new_for_path (article_path);
  article = diem_article_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  headline = diem_article_dup_headline (article);
  g_assert_nonnull (headline);

  g_assert_true (diem_pdf_export_to_file_full (article, path, &options, &error));
  g_assert_no_error (error);
  first = folded_page_text (path, 1);
  if (first == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  g_assert_true (g_str_has_prefix (first, headline));
  g_assert_nonnull (strstr (first, "ten-tep-bai-bao.txt"));
  if (diem_article_get_byline (article) != NULL && diem_article_get_byline (article)->len > 0)
    g_assert_nonnull (strstr (first, g_ptr_array_index (diem_article_get_byline (article), 0)));
  summary_at = strstr (first, "Trung tâm dữ liệu mở cho mọi sở ngành.");
  g_assert_nonnull (summary_at);

  header = header_text (path, 2);
  g_assert_cmpstr (header, ==, headline);
  g_clear_pointer (&header, g_free);
  {
    g_autofree char *all = folded_page_text (path, 0);

    officials_at = strstr (all, g_dgettext (GETTEXT_PACKAGE, "Officials"));
    g_assert_nonnull (officials_at);
    /* the summary before the tables */
    g_assert_cmpint (strstr (all, "Trung tâm dữ liệu mở") - all, <, officials_at - all);
  }

  /* no headline: the file's name is no header */
  {
    g_autoptr(GString) text = g_string_new (NULL);
    g_autoptr(DiemArticle) untitled = NULL;

    for (guint i = 0; i < 3; i++)
      g_string_append (text, "Sáng 5/3, UBND tỉnh Hòa Bình khai trương trung tâm dữ liệu dùng chung của tỉnh, "
                             "ông Đinh Công Sứ, Chủ tịch UBND tỉnh Hòa Bình, phát biểu tại buổi lễ và đề nghị "
                             "các sở ngành khai thác tốt trung tâm trong thời gian tới. ");
    untitled = diem_article_new_from_data (text->str, text->len, "ten-tep-khong-tieu-de.txt", &error);
    g_assert_no_error (error);
    g_assert_null (diem_article_dup_headline (untitled));
    g_assert_true (diem_pdf_export_to_file_full (untitled, path, &options, &error));
    g_assert_no_error (error);
    header = header_text (path, 2);
    g_assert_cmpstr (header, ==, "");
    /* the sheet is named by the article's opening words, not by its file */
    g_clear_pointer (&first, g_free);
    first = folded_page_text (path, 1);
    g_assert_true (g_str_has_prefix (first, "Sáng 5/3, UBND tỉnh Hòa Bình khai trương trung tâm dữ liệu"));
    g_assert_nonnull (strstr (first, "…"));
    g_assert_null (strstr (first, "ten-tep-khong-tieu-de"));
  }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  tmp_dir = g_dir_make_tmp ("diem-pdf-digest-XXXXXX", NULL);
  g_test_add_func ("/pdf-digest/several-articles", test_digest_of_several_articles);
  g_test_add_func ("/pdf-digest/corrected-lists", test_digest_uses_corrected_lists);
  g_test_add_func ("/pdf-digest/fails-cleanly", test_digest_fails_cleanly);
  g_test_add_func ("/pdf-digest/summary-alone", test_summary_alone_stands_alone);
  status = g_test_run ();
  pdf_test_remove_dir (tmp_dir);
  return status;
}
