/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-category.c — a category made in the test alone goes through the whole core:
 * extraction, JSON export and the PDF summary, with nothing but its descriptor */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "diem-article.h"
#include "diem-entry.h"
#include "diem-extract.h"
#include "diem-json-export.h"
#include "diem-pdf-export.h"
#include "pdf-test-util.h"

/* Dates written d/m/yyyy, each once with every place it is written. */
typedef struct
{
  char   *date;
  GArray *mentions;
} TestDate;

static void
test_date_free (gpointer data)
{
  TestDate *date = data;

  g_free (date->date);
  g_array_unref (date->mentions);
  g_free (date);
}

static void
extract_dates (const DiemTokens *tokens,
               DiemExtraction   *out)
{
  const DiemCategory *category = diem_category_lookup ("dates");
  GPtrArray *dates = diem_extraction_get (out, category);
  g_autoptr(GRegex) regex = g_regex_new ("\\b[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}\\b", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  for (g_regex_match (regex, tokens->text, 0, &match); g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      g_autofree char *written = g_match_info_fetch (match, 0);
      TestDate *date = NULL;
      int start, end;

      g_match_info_fetch_pos (match, 0, &start, &end);
      for (guint i = 0; i < dates->len && date == NULL; i++)
        if (g_str_equal (((TestDate *) g_ptr_array_index (dates, i))->date, written))
          date = g_ptr_array_index (dates, i);
      if (date == NULL)
        {
          date = g_new0 (TestDate, 1);
          date->date = g_steal_pointer (&written);
          date->mentions = g_array_new (FALSE, FALSE, sizeof (DiemSpan));
          g_ptr_array_add (dates, date);
        }
      diem_mentions_add (date->mentions, start, end);
    }
}

/* Latest first, to show that the descriptor's order is kept, not the extractor's. */
static int
compare_dates (gconstpointer a,
               gconstpointer b)
{
  return -diem_compare_first_mentions (((const TestDate *) a)->mentions, ((const TestDate *) b)->mentions);
}

static GArray *
get_mentions (gconstpointer entry)
{
  return ((const TestDate *) entry)->mentions;
}

static char *
dup_title (gconstpointer entry)
{
  return g_strdup (((const TestDate *) entry)->date);
}

static DiemFieldValue
get_date (gconstpointer entry)
{
  return (DiemFieldValue) { .text = ((const TestDate *) entry)->date };
}

static const DiemField date_fields[] = {
  { "date", DIEM_FIELD_TEXT, get_date },
};

static const DiemColumn date_columns[] = {
  { "Date written", 0.7, DIEM_CELL_NAME, DIEM_COLUMN_TITLE, NULL },
  { "Mentions", 0.3, DIEM_CELL_NUMBER, DIEM_COLUMN_MENTIONS, NULL },
};

static const DiemCategory dates_category = {
  .key = "dates",
  .title = "Dates of events",
  .extract = extract_dates,
  .free_entry = test_date_free,
  .compare = compare_dates,
  .get_mentions = get_mentions,
  .dup_title = dup_title,
  .fields = date_fields,
  .n_fields = G_N_ELEMENTS (date_fields),
  .columns = date_columns,
  .n_columns = G_N_ELEMENTS (date_columns),
};

static const char article_text[] =
  "Hội nghị khai mạc ngày 3/9/2024 tại Đà Lạt.\n\n"
  "Kế hoạch được duyệt ngày 15/10/2024; từ 3/9/2024 đến nay đã có 12 đơn vị tham gia.\n";

static DiemArticle *
new_article (void)
{
  g_autoptr(GError) error = NULL;
  DiemArticle *article = diem_article_new_from_data (article_text, strlen (article_text), "dates.txt", &error);

  g_assert_no_error (error);
  return article;
}

static void
test_category_is_registered_last (void)
{
  guint n = 0;
  const DiemCategory * const *categories = diem_categories (&n);

  g_assert_cmpuint (n, ==, 5);
  g_assert_cmpstr (categories[0]->key, ==, "officials");
  g_assert_cmpstr (categories[1]->key, ==, "awards");
  g_assert_cmpstr (categories[2]->key, ==, "resolutions");
  g_assert_cmpstr (categories[3]->key, ==, "documents");
  g_assert_true (categories[4] == &dates_category);
  g_assert_true (diem_category_lookup ("dates") == &dates_category);
}

static void
test_category_is_extracted_in_its_order (void)
{
  g_autoptr(DiemArticle) article = new_article ();
  GPtrArray *dates = diem_article_get_entries (article, &dates_category);
  const TestDate *later, *earlier;

  g_assert_cmpuint (dates->len, ==, 2);
  later = g_ptr_array_index (dates, 0);
  earlier = g_ptr_array_index (dates, 1);
  g_assert_cmpstr (later->date, ==, "15/10/2024");
  g_assert_cmpstr (earlier->date, ==, "3/9/2024");
  g_assert_cmpuint (earlier->mentions->len, ==, 2);
  g_assert_cmpuint (later->mentions->len, ==, 1);
}

static int
member_index (GList      *members,
              const char *name)
{
  int index = 0;

  for (GList *l = members; l != NULL; l = l->next, index++)
    if (g_str_equal (l->data, name))
      return index;
  return -1;
}

static void
test_category_in_json (void)
{
  g_autoptr(DiemArticle) article = new_article ();
  g_autoptr(JsonNode) root = diem_json_export_build (article);
  JsonObject *object = json_node_get_object (root);
  g_autoptr(GList) members = json_object_get_members (object);
  JsonArray *dates;
  JsonObject *earlier;
  JsonArray *mentions;
  const char *text = json_object_get_string_member (object, "text");
  g_autofree char *first = NULL;

  /* after the built-in categories, before the blocks */
  g_assert_cmpint (member_index (members, "documents"), >, 0);
  g_assert_cmpint (member_index (members, "dates"), ==, member_index (members, "documents") + 1);
  dates = json_object_get_array_member (object, "dates");
  g_assert_cmpuint (json_array_get_length (dates), ==, 2);
  earlier = json_array_get_object_element (dates, 1);
  g_assert_cmpstr (json_object_get_string_member (earlier, "date"), ==, "3/9/2024");
  mentions = json_object_get_array_member (earlier, "mentions");
  g_assert_cmpuint (json_array_get_length (mentions), ==, 2);

  /* offsets are code points, as for every category */
  {
    JsonObject *span = json_array_get_object_element (mentions, 0);
    gint64 start = json_object_get_int_member (span, "start");
    gint64 end = json_object_get_int_member (span, "end");
    const char *from = g_utf8_offset_to_pointer (text, start);

    first = g_strndup (from, g_utf8_offset_to_pointer (text, end) - from);
  }
  g_assert_cmpstr (first, ==, "3/9/2024");
}

static void
test_category_in_pdf_summary (void)
{
  g_autoptr(DiemArticle) article = new_article ();
  g_autofree char *dir = g_dir_make_tmp ("diembao-category-XXXXXX", NULL);
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  path = pdf_test_export (article, dir, "summary.pdf", DIEM_PAPER_A4, DIEM_PAGE_CONTENTS_SUMMARY);
  text = pdf_text (path);
  folded = g_utf8_normalize (text, -1, G_NORMALIZE_NFC);
  /* its heading, its table's header and its rows, latest first */
  g_assert_nonnull (strstr (folded, "Dates of events"));
  g_assert_nonnull (strstr (folded, "Date written"));
  g_assert_nonnull (strstr (folded, "15/10/2024"));
  g_assert_true (strstr (folded, "15/10/2024") < strstr (strstr (folded, "Date written"), "3/9/2024"));
  g_unlink (path);
  pdf_test_remove_dir (g_steal_pointer (&dir));
}

static void
test_category_as_entry_model (void)
{
  g_autoptr(DiemArticle) article = new_article ();
  g_autoptr(GListModel) entries = diem_entry_list_new (article, &dates_category);
  g_autoptr(DiemEntry) later = NULL;
  g_autoptr(DiemEntry) earlier = NULL;
  g_autofree char *text = NULL;

  g_assert_true (g_list_model_get_item_type (entries) == DIEM_TYPE_ENTRY);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 2);
  later = g_list_model_get_item (entries, 0);
  earlier = g_list_model_get_item (entries, 1);
  g_assert_cmpstr (diem_entry_get_name (later), ==, "15/10/2024");
  g_assert_cmpuint (diem_entry_get_mention_count (earlier), ==, 2);
  g_assert_null (diem_entry_get_detail (earlier));
  g_assert_cmpint (diem_entry_get_state (earlier), ==, DIEM_ENTRY_EXTRACTED);

  /* a correction marks what was found as edited; a removal is a state, not a deletion */
  diem_entry_set_name (earlier, "03/09/2024");
  g_assert_cmpint (diem_entry_get_state (earlier), ==, DIEM_ENTRY_EDITED);
  diem_entry_set_state (later, DIEM_ENTRY_REMOVED);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 2);
  text = diem_entry_dup_text (earlier);
  g_assert_cmpstr (text, ==, "03/09/2024");
}

/* The built-in categories read the same way: detail and note lines, parts after their entry. */
static void
test_entry_model_lines_and_parts (void)
{
  static const char text[] =
    "Giám đốc Sở Tài chính Võ Thị Hạnh phát biểu.\n\n"
    "Chủ tịch UBND tỉnh Ngô Văn Cường trao Huân chương Lao động hạng Nhì cho Bệnh viện tỉnh, Trường Kim Đồng.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(DiemArticle) article = diem_article_new_from_data (text, strlen (text), "entries.txt", &error);
  g_autoptr(GListModel) officials = NULL;
  g_autoptr(GListModel) awards = NULL;
  g_autoptr(DiemEntry) official = NULL;
  g_autoptr(DiemEntry) tier = NULL;
  g_autoptr(DiemEntry) recipient = NULL;
  g_autofree char *copied = NULL;

  g_assert_no_error (error);
  officials = diem_entry_list_new (article, diem_category_lookup ("officials"));
  official = g_list_model_get_item (officials, 0);
  g_assert_cmpstr (diem_entry_get_name (official), ==, "Võ Thị Hạnh");
  g_assert_cmpstr (diem_entry_get_detail (official), ==, "Giám đốc Sở Tài chính");
  g_assert_cmpstr (diem_entry_get_key (official), ==, "Võ Thị Hạnh");
  g_assert_cmpint (diem_entry_get_state (official), ==, DIEM_ENTRY_EXTRACTED);

  awards = diem_entry_list_new (article, diem_category_lookup ("awards"));
  tier = g_list_model_get_item (awards, 0);
  g_assert_cmpstr (diem_entry_get_name (tier), ==, "Huân chương Lao động hạng Nhì");
  g_assert_false (diem_entry_is_part (tier));
  g_assert_cmpstr (diem_entry_get_note (tier), ==, "Presented by Ngô Văn Cường");
  recipient = g_list_model_get_item (awards, 1);
  g_assert_true (diem_entry_is_part (recipient));
  g_assert_cmpstr (diem_entry_get_name (recipient), ==, "Bệnh viện tỉnh");
  g_assert_cmpuint (diem_entry_get_mention_count (recipient), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (awards), ==, 3);
  /* the names the editor's corrections use: the tier's, and a recipient's tier */
  g_assert_cmpstr (diem_entry_get_key (tier), ==, "Huân chương Lao động hạng Nhì");
  g_assert_cmpstr (diem_entry_get_parent_key (recipient), ==, "Huân chương Lao động hạng Nhì");
  g_assert_null (diem_entry_get_parent_key (tier));
  copied = diem_entry_dup_text (tier);
  g_assert_cmpstr (copied, ==, "Huân chương Lao động hạng Nhì\nPresented by Ngô Văn Cường\nBệnh viện tỉnh\nTrường Kim Đồng");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  diem_category_register (&dates_category);

  g_test_add_func ("/category/registered-last", test_category_is_registered_last);
  g_test_add_func ("/category/extracted-in-its-order", test_category_is_extracted_in_its_order);
  g_test_add_func ("/category/json", test_category_in_json);
  g_test_add_func ("/category/pdf-summary", test_category_in_pdf_summary);
  g_test_add_func ("/category/entry-model", test_category_as_entry_model);
  g_test_add_func ("/category/entry-model-lines-and-parts", test_entry_model_lines_and_parts);

  return g_test_run ();
}
