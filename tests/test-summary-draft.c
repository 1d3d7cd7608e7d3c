/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-summary-draft.c — the summary's first draft: event, key points, awards, documents */
#include <string.h>

#include "diem-summary-draft.h"

/* A made-up report: the lead, then paragraphs about a bridge, with one sentence that
 * belongs to another topic and short sentences that are too thin to be points. */
static const char article_text[] =
  "Cầu Sông Xanh nối hai huyện sẽ được khởi công vào tháng tới sau nhiều năm chuẩn bị.\n"
  "\n"
  "Sáng nay, Ủy ban nhân dân tỉnh Bình An công bố kế hoạch xây dựng cầu Sông Xanh với tổng vốn đầu tư 1.200 tỷ đồng. "
  "Cầu Sông Xanh dài 900 mét, rộng 20 mét, được thiết kế cho bốn làn xe ô tô và hai làn xe máy.\n"
  "\n"
  "Theo kế hoạch, vốn đầu tư xây dựng cầu lấy từ ngân sách tỉnh và ngân sách trung ương trong giai đoạn 2025-2027. "
  "Đội bóng đá thiếu niên của trường tiểu học thị trấn vừa giành giải nhì giải đấu mùa hè. "
  "Thật vui.\n"
  "\n"
  "Khi hoàn thành, cầu Sông Xanh sẽ rút ngắn thời gian đi lại giữa hai huyện từ một giờ xuống mười lăm phút. "
  "Người dân hai bên sông mong cầu sớm hoàn thành để việc đi lại và buôn bán thuận tiện hơn.\n"
  "\n"
  "Tại buổi lễ, Ban Quản lý dự án giao thông tỉnh được tặng Bằng khen của Thủ tướng Chính phủ. "
  "Dự án thực hiện theo Nghị quyết số 45/2024/NQ-HĐND của Hội đồng nhân dân tỉnh.\n";

static DiemArticle *
load (const char *text)
{
  g_autoptr(GError) error = NULL;
  DiemArticle *article = diem_article_new_from_data (text, strlen (text), "cau-song-xanh.txt", &error);

  g_assert_no_error (error);
  return article;
}

static void
test_summary_draft_structure (void)
{
  g_autoptr(DiemArticle) article = load (article_text);
  g_autofree char *draft = diem_summary_draft (article, NULL, NULL, 80);
  const char *points;
  const char *awards;
  const char *documents;

  /* the event: the lead's first sentence, first */
  g_assert_true (g_str_has_prefix (draft, "Cầu Sông Xanh nối hai huyện sẽ được khởi công vào tháng tới sau nhiều năm chuẩn bị."));
  points = strstr (draft, "\n\n- ");
  g_assert_nonnull (points);
  /* the off-topic sentence shares nothing with the rest; the thin one is no point */
  g_assert_null (strstr (draft, "Đội bóng đá"));
  g_assert_null (strstr (draft, "Thật vui"));
  /* the central sentence about the bridge's investment is chosen */
  g_assert_nonnull (strstr (draft, "kế hoạch xây dựng cầu Sông Xanh"));

  awards = strstr (draft, "**Khen thưởng**");
  g_assert_nonnull (awards);
  g_assert_nonnull (strstr (awards, "- Bằng khen của Thủ tướng Chính phủ: Ban Quản lý dự án giao thông tỉnh"));
  documents = strstr (draft, "**Văn bản**");
  g_assert_nonnull (documents);
  g_assert_true (documents > awards);
  g_assert_nonnull (strstr (documents, "- Nghị quyết số 45/2024/NQ-HĐND"));
}

static gboolean
in_order (const char *draft,
          const char *first,
          const char *second)
{
  const char *a = strstr (draft, first), *b = strstr (draft, second);

  return a != NULL && b != NULL && a < b;
}

static void
test_summary_draft_budget_and_order (void)
{
  g_autoptr(DiemArticle) article = load (article_text);
  g_autofree char *small = diem_summary_draft (article, NULL, NULL, 40);
  g_autofree char *large = diem_summary_draft (article, NULL, NULL, 400);
  g_autofree char *small_head = g_strndup (small, strstr (small, "\n\n**") - small);
  g_autofree char *large_head = g_strndup (large, strstr (large, "\n\n**") - large);

  g_assert_cmpuint (diem_summary_count_words (small_head), <=, 40);
  g_assert_cmpuint (diem_summary_count_words (large_head), >, diem_summary_count_words (small_head));
  /* key points keep the article's order, whatever their rank */
  g_assert_true (in_order (large, "tổng vốn đầu tư", "rút ngắn thời gian"));
  g_assert_true (in_order (large, "rút ngắn thời gian", "Người dân hai bên sông"));
}

static void
test_summary_draft_takes_corrected_lists (void)
{
  g_autoptr(DiemArticle) article = load (article_text);
  g_autoptr(GPtrArray) awards = g_ptr_array_new_with_free_func ((GDestroyNotify) diem_award_free);
  g_autoptr(GPtrArray) documents = g_ptr_array_new ();
  DiemAward *award = diem_award_new ("Huân chương Lao động hạng Ba", 10);
  g_autofree char *draft = NULL;

  diem_award_add_recipient (award, "Công ty Cầu đường Bình An");
  diem_award_add_recipient (award, "Trần Thị Mai");
  g_ptr_array_add (awards, award);
  draft = diem_summary_draft (article, awards, documents, 60);
  g_assert_nonnull (strstr (draft, "- Huân chương Lao động hạng Ba: Công ty Cầu đường Bình An; Trần Thị Mai"));
  g_assert_null (strstr (draft, "Bằng khen"));
  /* an editor who removed every document gets no documents section */
  g_assert_null (strstr (draft, "**Văn bản**"));
}

static void
test_summary_draft_without_sentences (void)
{
  g_autoptr(DiemArticle) article = load ("Bình An\n");
  g_autofree char *draft = diem_summary_draft (article, NULL, NULL, 0);

  g_assert_nonnull (draft);
  g_assert_null (strstr (draft, "\n- "));
}

static void
test_summary_count_words (void)
{
  g_assert_cmpuint (diem_summary_count_words (""), ==, 0);
  g_assert_cmpuint (diem_summary_count_words ("Nghị quyết số 98/2023/QH15"), ==, 4);
  g_assert_cmpuint (diem_summary_count_words ("- **Khen thưởng**\n- A, B"), ==, 4);
  g_assert_cmpuint (diem_summary_count_words ("  Hà   Nội  "), ==, 2);
}

/* Paragraphs that are items of a list in the article ('• ', '– ', '# ') become points
 * with the draft's own bullet only: no "- •", no marker left alone. */
static void
test_summary_draft_list_markers (void)
{
  static const char listed[] =
    "Tỉnh Bình An đặt ba mục tiêu lớn cho năm tới về giao thông và đô thị của tỉnh.\n"
    "\n"
    "• Hoàn thành cầu Sông Xanh nối hai huyện trước tháng sáu để việc đi lại giao thông thuận tiện.\n"
    "\n"
    "– Mở rộng đường tỉnh qua ba xã ven sông bằng vốn giao thông từ ngân sách tỉnh trong năm tới.\n"
    "\n"
    "# Xây dựng bến xe mới ở trung tâm đô thị phục vụ giao thông liên tỉnh trong năm tới.\n"
    "\n"
    "•\n"
    "\n"
    "“Giao thông đi trước một bước”, Chủ tịch tỉnh nói về kế hoạch đô thị của tỉnh trong năm tới.\n";
  g_autoptr(DiemArticle) article = load (listed);
  g_autofree char *draft = diem_summary_draft (article, NULL, NULL, 400);
  g_auto(GStrv) lines = g_strsplit (draft, "\n", -1);
  guint n_points = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *after;

      if (!g_str_has_prefix (lines[i], "- "))
        continue;
      n_points++;
      after = lines[i] + 2;
      /* a letter or an opening quote after the bullet */
      g_assert_true (g_unichar_isalnum (g_utf8_get_char (after)) || g_str_has_prefix (after, "“"));
    }
  g_assert_cmpuint (n_points, ==, 4);
  g_assert_null (strstr (draft, "•"));
  g_assert_null (strstr (draft, "–"));
  g_assert_nonnull (strstr (draft, "- Hoàn thành cầu Sông Xanh"));
  g_assert_nonnull (strstr (draft, "- “Giao thông đi trước một bước”"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/summary-draft/structure", test_summary_draft_structure);
  g_test_add_func ("/summary-draft/budget-and-order", test_summary_draft_budget_and_order);
  g_test_add_func ("/summary-draft/corrected-lists", test_summary_draft_takes_corrected_lists);
  g_test_add_func ("/summary-draft/without-sentences", test_summary_draft_without_sentences);
  g_test_add_func ("/summary-draft/count-words", test_summary_count_words);
  g_test_add_func ("/summary-draft/list-markers", test_summary_draft_list_markers);
  return g_test_run ();
}
