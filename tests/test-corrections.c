/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-corrections.c — the editor's corrections replayed over the extraction */
#include <string.h>

#include "diem-article-corrections.h"
#include "diem-corrections.h"
#include "diem-json-export.h"

static const char text[] =
  "Ông Trần Văn Bình, Giám đốc Sở Y tế, trao Bằng khen cho bà Lê Thị Hoa và Bệnh viện Đa khoa tỉnh. "
  "Ông Bình cũng trao Huân chương Lao động hạng Ba cho Trường THPT Hòa Bình. "
  "Dự án thực hiện theo Nghị quyết số 12/2024/NQ-HĐND. Bà Lê Thị Hoa cảm ơn lãnh đạo tỉnh.";

typedef struct
{
  GPtrArray *officials, *awards, *resolutions, *documents, *log;
} Lists;

static void
lists_init (Lists *lists)
{
  DiemOfficial *binh = diem_official_new ("Trần Văn Bình");
  DiemOfficial *short_binh = diem_official_new ("Bình");
  DiemAward *certificate = diem_award_new ("Bằng khen", 50);
  DiemAward *medal = diem_award_new ("Huân chương Lao động hạng Ba", 20);
  DiemDocument *resolution = diem_document_new (DIEM_DOCUMENT_RESOLUTION, "12/2024/NQ-HĐND");

  diem_official_add_title (binh, "Giám đốc Sở Y tế");
  diem_mentions_add (binh->mentions, 4, 20);
  diem_official_add_title (short_binh, "Phó Chủ tịch");
  diem_mentions_add (short_binh->mentions, 120, 125);
  diem_award_add_recipient (certificate, "Lê Thị Hoa");
  diem_award_add_recipient (certificate, "Bệnh viện Đa khoa tỉnh");
  diem_award_add_recipient (medal, "Trường THPT Hòa Bình");
  lists->officials = g_ptr_array_new_with_free_func ((GDestroyNotify) diem_official_free);
  g_ptr_array_add (lists->officials, binh);
  g_ptr_array_add (lists->officials, short_binh);
  lists->awards = g_ptr_array_new_with_free_func ((GDestroyNotify) diem_award_free);
  g_ptr_array_add (lists->awards, medal);
  g_ptr_array_add (lists->awards, certificate);
  lists->resolutions = g_ptr_array_new_with_free_func ((GDestroyNotify) diem_document_free);
  g_ptr_array_add (lists->resolutions, resolution);
  lists->documents = g_ptr_array_new_with_free_func ((GDestroyNotify) diem_document_free);
  lists->log = g_ptr_array_new_with_free_func ((GDestroyNotify) diem_desk_correction_free);
}

static void
lists_clear (Lists *lists)
{
  g_ptr_array_unref (lists->officials);
  g_ptr_array_unref (lists->awards);
  g_ptr_array_unref (lists->resolutions);
  g_ptr_array_unref (lists->documents);
  g_ptr_array_unref (lists->log);
}

static void
correct (Lists      *lists,
         const char *category,
         const char *action,
         const char *entry,
         const char *payload)
{
  g_ptr_array_add (lists->log, diem_desk_correction_new (category, action, entry, payload));
}

static DiemCorrected *
replay (Lists *lists)
{
  return diem_corrections_apply (text, strlen (text), lists->officials, lists->awards, lists->resolutions,
                                 lists->documents, lists->log);
}

static const DiemOfficial *
official_named (DiemCorrected *out,
                const char    *name)
{
  for (guint i = 0; i < out->officials->len; i++)
    if (g_str_equal (((DiemOfficial *) g_ptr_array_index (out->officials, i))->name, name))
      return g_ptr_array_index (out->officials, i);
  return NULL;
}

static char *
span_text (const DiemSpan *span)
{
  return g_strndup (text + span->start, span->end - span->start);
}

static void
test_corrections_edit_add_and_mentions (void)
{
  Lists lists;
  g_autoptr(DiemCorrected) out = NULL;
  const DiemOfficial *hoa;
  const DiemOfficial *binh;
  g_autofree char *first = NULL;

  lists_init (&lists);
  correct (&lists, "officials", "edit", "Trần Văn Bình", "{\"titles\":[\"Giám đốc Sở Y tế tỉnh\"]}");
  correct (&lists, "officials", "add", NULL, "{\"name\":\"Lê Thị Hoa\",\"titles\":[\"Trưởng khoa\"]}");
  out = replay (&lists);

  binh = official_named (out, "Trần Văn Bình");
  g_assert_cmpstr (g_ptr_array_index (binh->titles, 0), ==, "Giám đốc Sở Y tế tỉnh");
  g_assert_cmpuint (binh->titles->len, ==, 1);
  g_assert_cmpint (diem_corrected_state (out, "officials", "Trần Văn Bình"), ==, DIEM_ENTRY_EDITED);

  /* an added official's mentions are found as for extracted ones, whole words only */
  hoa = official_named (out, "Lê Thị Hoa");
  g_assert_nonnull (hoa);
  g_assert_cmpuint (hoa->mentions->len, ==, 2);
  first = span_text (&g_array_index (hoa->mentions, DiemSpan, 0));
  g_assert_cmpstr (first, ==, "Lê Thị Hoa");
  g_assert_cmpint (diem_corrected_state (out, "officials", "Lê Thị Hoa"), ==, DIEM_ENTRY_ADDED);
  g_assert_cmpint (diem_corrected_state (out, "officials", "Bình"), ==, DIEM_ENTRY_EXTRACTED);
  g_assert_cmpuint (out->skipped, ==, 0);

  /* the extraction itself is untouched */
  g_assert_cmpstr (g_ptr_array_index (((DiemOfficial *) g_ptr_array_index (lists.officials, 0))->titles, 0), ==,
                   "Giám đốc Sở Y tế");
  lists_clear (&lists);
}

static void
test_corrections_remove_restore_merge (void)
{
  Lists lists;
  g_autoptr(DiemCorrected) removed = NULL;
  g_autoptr(DiemCorrected) restored = NULL;
  g_autoptr(DiemCorrected) merged = NULL;
  const DiemOfficial *binh;

  lists_init (&lists);
  correct (&lists, "officials", "edit", "Bình", "{\"titles\":[\"Phó Chủ tịch UBND\"]}");
  correct (&lists, "officials", "remove", "Bình", NULL);
  removed = replay (&lists);
  g_assert_null (official_named (removed, "Bình"));
  g_assert_cmpuint (removed->removed->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (removed->removed, 0), ==, "officials\nBình");
  g_assert_cmpint (diem_corrected_state (removed, "officials", "Bình"), ==, DIEM_ENTRY_REMOVED);
  /* kept whole as it was when removed, so the sidebar can show it struck out */
  g_assert_cmpuint (diem_corrected_get_removed (removed, "officials")->len, ==, 1);
  binh = g_ptr_array_index (diem_corrected_get_removed (removed, "officials"), 0);
  g_assert_cmpstr (binh->name, ==, "Bình");
  g_assert_cmpstr (g_ptr_array_index (binh->titles, 0), ==, "Phó Chủ tịch UBND");
  g_assert_cmpuint (diem_corrected_get_removed (removed, "awards")->len, ==, 0);

  /* restored as it was when removed: edited */
  correct (&lists, "officials", "restore", "Bình", NULL);
  restored = replay (&lists);
  g_assert_nonnull (official_named (restored, "Bình"));
  g_assert_cmpuint (restored->removed->len, ==, 0);
  g_assert_cmpint (diem_corrected_state (restored, "officials", "Bình"), ==, DIEM_ENTRY_EDITED);

  /* "Bình" is the same man: his titles and mentions join the full name's */
  correct (&lists, "officials", "merge", "Bình", "{\"into\":\"Trần Văn Bình\"}");
  merged = replay (&lists);
  g_assert_null (official_named (merged, "Bình"));
  binh = official_named (merged, "Trần Văn Bình");
  g_assert_cmpuint (binh->titles->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (binh->titles, 1), ==, "Phó Chủ tịch UBND");
  g_assert_cmpuint (binh->mentions->len, ==, 2);
  g_assert_cmpuint (merged->officials->len, ==, 1);
  lists_clear (&lists);
}

static void
test_corrections_awards (void)
{
  Lists lists;
  g_autoptr(DiemCorrected) out = NULL;
  const DiemAward *medal, *certificate, *flag;

  lists_init (&lists);
  correct (&lists, "awards", "move", "Bằng khen", "{\"recipient\":\"Bệnh viện Đa khoa tỉnh\",\"to\":\"Huân chương Lao động hạng Ba\"}");
  correct (&lists, "awards", "edit", "Bằng khen", "{\"award\":\"Bằng khen của Chủ tịch UBND tỉnh\",\"presenter\":\"Trần Văn Bình\"}");
  correct (&lists, "awards", "add", NULL, "{\"award\":\"Cờ thi đua của UBND tỉnh\",\"recipients\":[\"Sở Y tế\"]}");
  out = replay (&lists);
  g_assert_cmpuint (out->awards->len, ==, 3);
  medal = g_ptr_array_index (out->awards, 0);
  certificate = g_ptr_array_index (out->awards, 1);
  flag = g_ptr_array_index (out->awards, 2);
  g_assert_cmpstr (medal->award, ==, "Huân chương Lao động hạng Ba");
  g_assert_cmpuint (medal->recipients->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (medal->recipients, 1), ==, "Bệnh viện Đa khoa tỉnh");
  g_assert_cmpstr (certificate->award, ==, "Bằng khen của Chủ tịch UBND tỉnh");
  g_assert_cmpstr (certificate->presenter, ==, "Trần Văn Bình");
  g_assert_cmpuint (certificate->recipients->len, ==, 1);
  g_assert_cmpint (diem_corrected_state (out, "awards", "Bằng khen của Chủ tịch UBND tỉnh"), ==, DIEM_ENTRY_EDITED);
  g_assert_cmpint (diem_corrected_state (out, "awards", "Bằng khen"), ==, DIEM_ENTRY_EXTRACTED);
  /* added by the editor, the tier comes after those the lexicon ranks */
  g_assert_cmpstr (flag->award, ==, "Cờ thi đua của UBND tỉnh");
  g_assert_cmpint (diem_corrected_state (out, "awards", "Cờ thi đua của UBND tỉnh"), ==, DIEM_ENTRY_ADDED);
  lists_clear (&lists);
}

static void
test_corrections_documents_and_stale_entries (void)
{
  Lists lists;
  g_autoptr(DiemCorrected) out = NULL;
  const DiemDocument *resolution, *decision;

  lists_init (&lists);
  correct (&lists, "resolutions", "edit", "12/2024/NQ-HĐND", "{\"issuer\":\"HĐND tỉnh\"}");
  correct (&lists, "documents", "add", NULL, "{\"kind\":\"decision\",\"id\":\"45/QĐ-UBND\",\"issuer\":\"UBND tỉnh\"}");
  /* a resolution cannot be added as another kind of document, nor without an id */
  correct (&lists, "documents", "add", NULL, "{\"kind\":\"resolution\",\"id\":\"9\"}");
  correct (&lists, "resolutions", "add", NULL, "{\"issuer\":\"Quốc hội\"}");
  /* corrections of what this extraction no longer finds are skipped, not fatal */
  correct (&lists, "officials", "edit", "Nguyễn Văn Không", "{\"titles\":[]}");
  correct (&lists, "officials", "remove", NULL, NULL);
  correct (&lists, "officials", "edit", "Bình", "not json");
  correct (&lists, "places", "add", NULL, "{\"name\":\"Hòa Bình\"}");
  out = replay (&lists);
  resolution = g_ptr_array_index (out->resolutions, 0);
  g_assert_cmpstr (resolution->issuer, ==, "HĐND tỉnh");
  g_assert_cmpuint (out->documents->len, ==, 1);
  decision = g_ptr_array_index (out->documents, 0);
  g_assert_cmpint (decision->kind, ==, DIEM_DOCUMENT_DECISION);
  g_assert_cmpstr (decision->issuer, ==, "UBND tỉnh");
  g_assert_cmpuint (decision->mentions->len, ==, 0);
  g_assert_cmpuint (out->skipped, ==, 6);
  lists_clear (&lists);
}

/* An article shows the corrected lists in its getters and its JSON, and shows the
 * extraction again when the log is empty. */
static void
test_corrections_article (void)
{
  static const char article_text[] =
    "Hội nghị tổng kết năm\n\n"
    "Ông Phạm Quốc Hưng, Chủ tịch UBND huyện, phát biểu khai mạc. "
    "Bà Đỗ Thị Mai, Phó Chủ tịch UBND huyện, trình bày báo cáo.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(DiemArticle) article = diem_article_new_from_data (article_text, strlen (article_text), "t", &error);
  g_autoptr(GPtrArray) log = g_ptr_array_new_with_free_func ((GDestroyNotify) diem_desk_correction_free);
  g_autoptr(DiemCorrected) corrected = NULL;
  g_autoptr(DiemCorrected) undone = NULL;
  g_autofree char *json = NULL;
  g_autoptr(JsonParser) parser = NULL;
  JsonArray *exported;
  GPtrArray *officials;

  g_assert_no_error (error);
  g_assert_cmpuint (diem_article_get_officials (article)->len, ==, 2);

  g_ptr_array_add (log, diem_desk_correction_new ("officials", "remove", "Đỗ Thị Mai", "{}"));
  g_ptr_array_add (log, diem_desk_correction_new ("officials", "edit", "Phạm Quốc Hưng",
                                                  "{\"titles\":[\"Bí thư Huyện ủy\"]}"));
  corrected = diem_article_apply_corrections (article, log);
  g_assert_true (diem_article_is_corrected (article));
  officials = diem_article_get_officials (article);
  g_assert_cmpuint (officials->len, ==, 1);
  g_assert_cmpstr (((DiemOfficial *) g_ptr_array_index (officials, 0))->name, ==, "Phạm Quốc Hưng");
  g_assert_cmpstr (g_ptr_array_index (((DiemOfficial *) g_ptr_array_index (officials, 0))->titles, 0), ==,
                   "Bí thư Huyện ủy");
  g_assert_true (diem_article_get_entries (article, diem_category_lookup ("officials")) == officials);
  g_assert_cmpint (diem_corrected_state (corrected, "officials", "Đỗ Thị Mai"), ==, DIEM_ENTRY_REMOVED);
  g_assert_cmpuint (diem_article_get_extraction (article)->officials->len, ==, 2);

  json = diem_json_export_to_data (article, NULL);
  parser = json_parser_new ();
  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  exported = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "officials");
  g_assert_cmpuint (json_array_get_length (exported), ==, 1);
  g_assert_cmpstr (json_array_get_string_element (
                     json_object_get_array_member (json_array_get_object_element (exported, 0), "titles"), 0),
                   ==, "Bí thư Huyện ủy");

  undone = diem_article_apply_corrections (article, NULL);
  g_assert_false (diem_article_is_corrected (article));
  g_assert_cmpuint (diem_article_get_officials (article)->len, ==, 2);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/corrections/edit-add-and-mentions", test_corrections_edit_add_and_mentions);
  g_test_add_func ("/corrections/remove-restore-merge", test_corrections_remove_restore_merge);
  g_test_add_func ("/corrections/awards", test_corrections_awards);
  g_test_add_func ("/corrections/documents-and-stale-entries", test_corrections_documents_and_stale_entries);
  g_test_add_func ("/corrections/article", test_corrections_article);
  return g_test_run ();
}
