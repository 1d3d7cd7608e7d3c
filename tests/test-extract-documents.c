/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-extract-documents.c — resolutions and other documents */
#include <string.h>

#include "extract-test-util.h"

static const DiemDocument *
find_document (GPtrArray  *list,
               const char *id)
{
  /* resolutions and other documents have the same fields */
  return find_entry_in (list, "documents", "id", id);
}

static void
test_documents_numbered_and_short (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Tỉnh triển khai Nghị quyết số 45/2024/QH15 của Quốc hội về thí điểm cơ chế đặc thù. "
    "Việc thực hiện Nghị quyết 45 còn chậm.");
  const DiemDocument *doc = find_document (out->resolutions, "45/2024/QH15");

  g_assert_cmpuint (out->resolutions->len, ==, 1);
  g_assert_nonnull (doc);
  g_assert_cmpstr (doc->issuer, ==, "Quốc hội");
  g_assert_cmpstr (doc->subject, ==, "thí điểm cơ chế đặc thù");
  g_assert_cmpuint (doc->mentions->len, ==, 2);
}

static void
test_documents_issuer_from_number_code (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Nghị quyết số 512/2022/UBTVQH15 quy định mức phụ cấp. Nghị quyết 77/NQ-CP đã được ban hành. "
    "Nghị quyết số 12/2021/NQ-HĐND của HĐND tỉnh Nghệ An có hiệu lực.");
  const DiemDocument *standing = find_document (out->resolutions, "512/2022/UBTVQH15");
  const DiemDocument *government = find_document (out->resolutions, "77/NQ-CP");
  const DiemDocument *council = find_document (out->resolutions, "12/2021/NQ-HĐND");

  g_assert_nonnull (standing);
  g_assert_nonnull (government);
  g_assert_nonnull (council);
  g_assert_cmpstr (standing->issuer, ==, "Ủy ban Thường vụ Quốc hội");
  g_assert_cmpstr (government->issuer, ==, "Chính phủ");
  /* what the article writes wins over the code */
  g_assert_cmpstr (council->issuer, ==, "HĐND tỉnh Nghệ An");
}

static void
test_documents_issuer_shared_over_list (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Kế hoạch thực hiện Nghị quyết 36, Nghị quyết 52 của Bộ Chính trị được ban hành.");

  g_assert_cmpuint (out->resolutions->len, ==, 2);
  g_assert_cmpstr (find_document (out->resolutions, "36")->issuer, ==, "Bộ Chính trị");
  g_assert_cmpstr (find_document (out->resolutions, "52")->issuer, ==, "Bộ Chính trị");
}

static void
test_documents_unnumbered_and_generic (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Quận quán triệt Nghị quyết Đại hội XII của Đảng bộ quận và các nghị quyết của Trung ương. "
    "Thực hiện Nghị quyết Trung ương 6 (Khóa XI), về công tác cán bộ.");

  g_assert_cmpuint (out->resolutions->len, ==, 2);
  g_assert_cmpstr (find_document (out->resolutions, "Nghị quyết Đại hội XII")->issuer, ==, "Đảng bộ quận");
  g_assert_nonnull (find_document (out->resolutions, "Nghị quyết Trung ương 6 (Khóa XI)"));
}

static void
test_documents_other_kinds (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Theo Chỉ thị số 05-CT/TW của Bộ Chính trị và Nghị định 15/2020/NĐ-CP, UBND quyết định khen thưởng.");

  g_assert_cmpuint (out->resolutions->len, ==, 0);
  g_assert_cmpuint (out->documents->len, ==, 2);
  g_assert_cmpint (find_document (out->documents, "05-CT/TW")->kind, ==, DIEM_DOCUMENT_DIRECTIVE);
  g_assert_cmpint (find_document (out->documents, "15/2020/NĐ-CP")->kind, ==, DIEM_DOCUMENT_DECREE);
}

static void
test_documents_sample_article (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "sample", "hcmc-2023-review.txt", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DiemExtraction) out = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  out = extract_text (text);
  g_assert_cmpuint (out->resolutions->len, ==, 4);
  g_assert_cmpstr (find_document (out->resolutions, "98/2023/QH15")->issuer, ==, "Quốc hội");
  g_assert_cmpstr (find_document (out->resolutions, "31")->issuer, ==, "Bộ Chính trị");
}

/* A pasted headline may stop right after a document kind: nothing to read, nothing found. */
static void
test_documents_kind_at_end_of_text (void)
{
  const char *endings[] = {
    "Triển khai Nghị quyết", "Triển khai nghị quyết", "Ban hành Nghị định", "Ký Quyết định",
    "Thực hiện Chỉ thị", "Thông báo Kết luận", "Hướng dẫn Thông tư", "Sửa đổi Luật",
    "Nghị quyết", "Nghị quyết số", "Nghị quyết Đại hội", "Nghị quyết Trung ương", "Nghị quyết về",
    "Nghị quyết về.", "Nghị quyết của", "Quyết định số 15/", "Chỉ thị số",
  };

  for (guint i = 0; i < G_N_ELEMENTS (endings); i++)
    {
      g_autofree char *exact = g_strdup (endings[i]);
      g_autoptr(DiemExtraction) out = extract_text (exact);

      g_assert_cmpuint (out->resolutions->len, ==, 0);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/extract-documents/numbered-and-short", test_documents_numbered_and_short);
  g_test_add_func ("/extract-documents/issuer-from-number-code", test_documents_issuer_from_number_code);
  g_test_add_func ("/extract-documents/issuer-shared", test_documents_issuer_shared_over_list);
  g_test_add_func ("/extract-documents/unnumbered-and-generic", test_documents_unnumbered_and_generic);
  g_test_add_func ("/extract-documents/other-kinds", test_documents_other_kinds);
  g_test_add_func ("/extract-documents/sample-article", test_documents_sample_article);
  g_test_add_func ("/extract-documents/kind-at-end-of-text", test_documents_kind_at_end_of_text);
  return g_test_run ();
}
