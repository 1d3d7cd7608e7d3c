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

/* A short number names the document it begins; a longer one that only shares the
 * short one's beginning is another document. */
static void
test_documents_number_parts (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Nghị quyết 41 được nhắc lại. Nghị quyết số 41/2023/NQ-HĐND của HĐND tỉnh có hiệu lực. "
    "Nghị quyết số 41/2024/NQ-HĐND thay thế văn bản cũ. Nghị quyết 41/2023 vẫn áp dụng. "
    "Nghị quyết 7-NQ/TU, sau đó Nghị quyết 7 được sơ kết.");
  const DiemDocument *first = find_document (out->resolutions, "41/2023/NQ-HĐND");
  const DiemDocument *second = find_document (out->resolutions, "41/2024/NQ-HĐND");
  const DiemDocument *party = find_document (out->resolutions, "7-NQ/TU");

  g_assert_cmpuint (out->resolutions->len, ==, 3);
  g_assert_nonnull (first);
  g_assert_nonnull (second);
  g_assert_nonnull (party);
  g_assert_cmpuint (first->mentions->len, ==, 3);
  g_assert_cmpuint (second->mentions->len, ==, 1);
  g_assert_cmpuint (party->mentions->len, ==, 2);
}

/* A number's last code may be mixed case ("TTg"): the number is kept whole, and the code
 * names the issuer when the text does not. */
static void
test_documents_mixed_case_code (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Các tỉnh thực hiện Chỉ thị số 08/CT-TTg về phòng chống thiên tai. "
    "Văn phòng gửi Thông báo kèm Quyết định 2150/QĐ-TTg. "
    "Nghị quyết 12/NQ-TTg được nhắc tới. Quyết định số 77/QĐ-VPCP có hiệu lực.");
  const DiemDocument *directive = find_document (out->documents, "08/CT-TTg");
  const DiemDocument *decision = find_document (out->documents, "2150/QĐ-TTg");

  g_assert_nonnull (directive);
  g_assert_nonnull (decision);
  g_assert_cmpstr (directive->issuer, ==, "Thủ tướng Chính phủ");
  g_assert_nonnull (find_document (out->resolutions, "12/NQ-TTg"));
  g_assert_null (find_document (out->documents, "08/CT"));
  g_assert_cmpstr (find_document (out->documents, "77/QĐ-VPCP")->issuer, ==, "Văn phòng Chính phủ");
}

/* The issuer as the subject of the sentence, with words of time between it and the verb;
 * a person who signs is not an issuing body. */
static void
test_documents_issuer_as_subject (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Chiều 12/6, HĐND tỉnh Gia Lai đã chính thức thông qua Nghị quyết số 27/2024/NQ-HĐND. "
    "Thủ tướng Chính phủ vừa ký Quyết định số 901/QĐ-BXD phê duyệt quy hoạch. "
    "Ông Trần Văn Bình ký Quyết định số 88/QĐ-SNV. "
    "Hội đồng xem xét Nghị quyết số 44/2024/NQ-HĐND.");

  g_assert_cmpstr (find_document (out->resolutions, "27/2024/NQ-HĐND")->issuer, ==, "HĐND tỉnh Gia Lai");
  g_assert_cmpstr (find_document (out->documents, "901/QĐ-BXD")->issuer, ==, "Thủ tướng Chính phủ");
  g_assert_null (find_document (out->documents, "88/QĐ-SNV")->issuer);
  /* "xem xét" does not issue: the code's council, not the sentence's subject */
  g_assert_cmpstr (find_document (out->resolutions, "44/2024/NQ-HĐND")->issuer, ==, "Hội đồng nhân dân");
}

/* Unnumbered resolutions named by what they do, as titles after a verb or in a list; a
 * resolution that is the subject of its sentence, or written in lower case, names none. */
static void
test_documents_named_by_subject (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Kỳ họp đã thông qua Nghị quyết điều chỉnh chỉ tiêu phát triển nhà ở xã hội năm 2025 "
    "và Nghị quyết về việc đặt tên đường trên địa bàn thị xã. "
    "Nghị quyết quy định rõ trách nhiệm của người đứng đầu. "
    "Việc ban hành nghị quyết điều chỉnh giá đất là cần thiết.");

  g_assert_cmpuint (out->resolutions->len, ==, 2);
  g_assert_nonnull (find_document (out->resolutions, "Nghị quyết điều chỉnh chỉ tiêu phát triển nhà ở xã hội năm 2025"));
  g_assert_nonnull (find_document (out->resolutions, "Nghị quyết về việc đặt tên đường trên địa bàn thị xã"));
}

/* A subject goes on through the commas of an enumeration, and stops at what starts
 * something else: a clause, "đối với", a term. */
static void
test_documents_subject_whole (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Bộ Chính trị ban hành Nghị quyết về phát triển giáo dục, đào tạo và nhân lực chất lượng cao, "
    "nhằm tạo đột phá. Tỉnh ủy ra Nghị quyết về công tác cán bộ nhiệm kỳ 2025-2030. "
    "HĐND thông qua Nghị quyết xác nhận kết quả bầu cử đối với 40 đại biểu.");
  const DiemDocument *education = find_document (
    out->resolutions, "Nghị quyết về phát triển giáo dục, đào tạo và nhân lực chất lượng cao");

  g_assert_cmpuint (out->resolutions->len, ==, 3);
  g_assert_nonnull (education);
  g_assert_cmpstr (education->issuer, ==, "Bộ Chính trị");
  g_assert_nonnull (find_document (out->resolutions, "Nghị quyết về công tác cán bộ"));
  g_assert_nonnull (find_document (out->resolutions, "Nghị quyết xác nhận kết quả bầu cử"));
}

/* One meeting of two terms is two resolutions; a congress's own party organisation is
 * its issuer, however long its name; a date between number and issuer is skipped. */
static void
test_documents_terms_and_congress (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Thực hiện Nghị quyết Trung ương 6 (Khóa XI, XII) về công tác tổ chức. "
    "Quán triệt Nghị quyết Đại hội Đảng bộ Bộ đội Hải quân vùng 2 lần thứ IX. "
    "Theo Nghị quyết số 19-NQ/TW, ngày 25/10/2017 của Ban Chấp hành Trung ương, tỉnh sắp xếp lại.");

  g_assert_cmpuint (out->resolutions->len, ==, 4);
  g_assert_nonnull (find_document (out->resolutions, "Nghị quyết Trung ương 6 (Khóa XI)"));
  g_assert_nonnull (find_document (out->resolutions, "Nghị quyết Trung ương 6 (Khóa XII)"));
  g_assert_cmpstr (find_document (out->resolutions, "Nghị quyết Đại hội Đảng bộ Bộ đội Hải quân vùng 2 lần thứ IX")->issuer,
                   ==, "Đảng bộ Bộ đội Hải quân vùng 2");
  g_assert_cmpstr (find_document (out->resolutions, "19-NQ/TW")->issuer, ==, "Ban Chấp hành Trung ương");
}

/* Counts and plurals name no single resolution. */
static void
test_documents_plurals (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "HĐND thông qua hai nghị quyết quan trọng và nhiều Nghị quyết về đất đai; "
    "các Nghị quyết về giáo dục cũng được sửa đổi. Kỳ họp thông qua 15 Nghị quyết.");

  g_assert_cmpuint (out->resolutions->len, ==, 0);
}

/* Meetings numbered in words ("lần thứ năm"), joint resolutions, quoted subjects. */
static void
test_documents_ordinals_joint_quoted (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Quán triệt Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII. "
    "Theo Nghị quyết liên tịch số 09/2021/NQLT-BCA-BQP, hai lực lượng phối hợp. "
    "Kỳ họp thông qua Nghị quyết về “Phát triển du lịch, dịch vụ, thương mại” của tỉnh. "
    "Năm thứ hai, tỉnh sơ kết. Sơ kết Nghị quyết TƯ 7 khóa XII, không phải nghị quyết tư nhân 7.");
  const DiemDocument *plenum = find_document (out->resolutions, "Nghị quyết Hội nghị Trung ương 5");

  g_assert_cmpuint (out->resolutions->len, ==, 4);
  g_assert_nonnull (plenum);
  g_assert_nonnull (find_document (out->resolutions, "Nghị quyết TƯ 7 khóa XII"));
  g_assert_cmpstr (plenum->issuer, ==, "Ban Chấp hành Trung ương Đảng khóa XIII");
  g_assert_nonnull (find_document (out->resolutions, "09/2021/NQLT-BCA-BQP"));
  g_assert_nonnull (find_document (out->resolutions, "Nghị quyết về “Phát triển du lịch, dịch vụ, thương mại”"));
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

/* A subject ends at the clause's own verb, time or aspect; one that points back names
 * no document. */
static void
test_documents_subject_ends_and_references (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Sở phải làm đúng Nghị quyết của Quốc hội về vấn đề này. "
    "Cần rà soát quy định giữa luật và nghị quyết của Quốc hội về cùng một lĩnh vực. "
    "Theo Nghị quyết sửa đổi vừa được thông qua, phiếu có ba mức. "
    "Hội nghị triển khai nghị quyết của Quốc hội về dự toán ngân sách năm 2030 diễn ra hôm qua. "
    "Hội đồng đã thông qua Nghị quyết thành lập thị trấn Tân Lộc từ ngày 1/7/2030.");

  g_assert_cmpuint (out->resolutions->len, ==, 2);
  g_assert_nonnull (find_document (out->resolutions, "Nghị quyết về dự toán ngân sách năm 2030"));
  g_assert_nonnull (find_document (out->resolutions, "Nghị quyết thành lập thị trấn Tân Lộc"));
}

/* Numbers after a plural or after an article's number are documents; a list of numbers
 * shares one kind, but a count or a quantity does not join it. */
static void
test_documents_number_lists (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Bản án trái với khoản 2, Điều 4 Nghị quyết 07/2029/NQ-HĐTP của Hội đồng Thẩm phán. "
    "Tỉnh thực hiện các Nghị quyết 61, Nghị quyết 62 của Chính phủ. "
    "Các nghị quyết số 81, 83 của HĐND huyện đã có hiệu lực. "
    "Nghị định 21/2029/NĐ-CP và 22/2029/NĐ-CP thay thế quy định cũ. "
    "Nghị quyết 95, 12 năm qua vẫn được áp dụng. Hai nghị quyết, 3 nghị quyết khác chưa ban hành.");
  const DiemDocument *court = find_document (out->resolutions, "07/2029/NQ-HĐTP");

  g_assert_nonnull (court);
  g_assert_cmpstr (court->issuer, ==, "Hội đồng Thẩm phán");
  g_assert_cmpstr (find_document (out->resolutions, "61")->issuer, ==, "Chính phủ");
  g_assert_cmpstr (find_document (out->resolutions, "62")->issuer, ==, "Chính phủ");
  g_assert_cmpstr (find_document (out->resolutions, "81")->issuer, ==, "HĐND huyện");
  g_assert_cmpstr (find_document (out->resolutions, "83")->issuer, ==, "HĐND huyện");
  g_assert_nonnull (find_document (out->resolutions, "95"));
  g_assert_null (find_document (out->resolutions, "12"));
  g_assert_cmpuint (out->resolutions->len, ==, 6);
  g_assert_nonnull (find_document (out->documents, "22/2029/NĐ-CP"));
}

/* Bodies whose second word is written in lower case stay whole as issuers. */
static void
test_documents_issuer_lower_case_terms (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Nghị quyết 2999 của Hội đồng Bảo an Liên Hợp Quốc được thông qua. "
    "Cán bộ học tập Nghị quyết Đại hội XV Công đoàn Việt Nam.");

  g_assert_cmpstr (find_document (out->resolutions, "2999")->issuer, ==, "Hội đồng Bảo an Liên Hợp Quốc");
  g_assert_cmpstr (find_document (out->resolutions, "Nghị quyết Đại hội XV")->issuer, ==, "Công đoàn Việt Nam");
}

/* Unnumbered resolutions: the body written right after the kind, "ĐH" for a congress,
 * a name by subject verb as the object of a verb that puts it out or as the subject of
 * the verb that passes it, verbs that share one object; the sentence's own verb is not
 * a name ("Nghị quyết quy định rõ …"). */
static void
test_documents_unnumbered_readings (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Hội đồng quản trị công bố Nghị quyết HĐQT về việc phát hành cổ phiếu thưởng. "
    "Đoàn viên học tập Nghị quyết ĐH Đoàn toàn quốc lần thứ XV. "
    "Tỉnh long trọng công bố nghị quyết thành lập thị xã Phú Mỹ Tây. "
    "Nghị quyết xác nhận kết quả bầu cử được Hội đồng bầu cử quốc gia thông qua. "
    "HĐND xã thông qua nghị quyết về điều chỉnh, bổ sung kế hoạch sử dụng đất năm 2031. "
    "Nghị quyết quy định rõ mức thu phí. Việc quyết định thành lập tổ công tác được giao cho Sở.");
  const DiemDocument *board = find_document (out->resolutions, "Nghị quyết về việc phát hành cổ phiếu thưởng");

  g_assert_nonnull (board);
  g_assert_cmpstr (board->issuer, ==, "HĐQT");
  g_assert_nonnull (find_document (out->resolutions, "Nghị quyết ĐH Đoàn toàn quốc lần thứ XV"));
  g_assert_nonnull (find_document (out->resolutions, "Nghị quyết thành lập thị xã Phú Mỹ Tây"));
  g_assert_nonnull (find_document (out->resolutions, "Nghị quyết xác nhận kết quả bầu cử"));
  g_assert_nonnull (find_document (out->resolutions,
                                   "Nghị quyết về điều chỉnh, bổ sung kế hoạch sử dụng đất năm 2031"));
  g_assert_cmpuint (out->resolutions->len, ==, 5);
  g_assert_cmpuint (out->documents->len, ==, 0);
}

/* A numbered resolution named again by its subject alone is the same one; a subject
 * ends before the time of day. */
static void
test_documents_same_by_subject (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Thành phố thực hiện nghị quyết 71 của Quốc hội về thí điểm cơ chế tài chính đặc thù. "
    "Khi luật khác thuận lợi hơn nghị quyết của Quốc hội về thí điểm cơ chế tài chính đặc thù, "
    "thành phố xem xét. Thành phố cũng thông qua nghị quyết về thí điểm cơ chế quản lý đô thị. "
    "Tỉnh công bố nghị quyết thành lập thị xã Hòa Lộc tối ngày 3/5.");
  const DiemDocument *numbered = find_document (out->resolutions, "71");

  g_assert_nonnull (numbered);
  g_assert_cmpuint (numbered->mentions->len, ==, 2);
  g_assert_nonnull (find_document (out->resolutions, "Nghị quyết về thí điểm cơ chế quản lý đô thị"));
  g_assert_nonnull (find_document (out->resolutions, "Nghị quyết thành lập thị xã Hòa Lộc"));
  g_assert_cmpuint (out->resolutions->len, ==, 3);
}

/* Terms listed without parentheses give one resolution each; a term is not followed by
 * a count or an initial. */
static void
test_documents_term_lists (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Chi bộ thực hiện Nghị quyết Trung ương 7 khóa IX, khóa X và các chỉ thị. "
    "Đảng ủy sơ kết Nghị quyết Trung ương 3 khóa VIII và IX. "
    "Huyện làm theo Nghị quyết Trung ương 5 khóa XI, 5 năm qua.");

  g_assert_nonnull (find_document (out->resolutions, "Nghị quyết Trung ương 7 (Khóa IX)"));
  g_assert_nonnull (find_document (out->resolutions, "Nghị quyết Trung ương 7 (Khóa X)"));
  g_assert_nonnull (find_document (out->resolutions, "Nghị quyết Trung ương 3 (Khóa VIII)"));
  g_assert_nonnull (find_document (out->resolutions, "Nghị quyết Trung ương 3 (Khóa IX)"));
  g_assert_nonnull (find_document (out->resolutions, "Nghị quyết Trung ương 5 khóa XI"));
  g_assert_cmpuint (out->resolutions->len, ==, 5);
}

/* A law goes by a common-noun name, up to the clause's own words; "Luật" inside a
 * firm's or a school's name, "pháp luật" and bare numbers after it name no law. */
static void
test_documents_laws (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Theo Luật Thủy lợi, người dân được hỗ trợ. Luật Tổ chức Chính phủ được sửa đổi. "
    "Luật Phí và lệ phí nếu được sửa sẽ giảm thu. "
    "Bà Lan, Giám đốc Công ty Luật Minh Khang, và Trường Đại học Luật Cần Thơ góp ý. "
    "Ông Tín, Luật sư Văn phòng Luật Hữu Nghị, nói. "
    "Hội đã tư vấn pháp luật 1.250 vụ, theo điều luật 173 và dự thảo Luật 3 chương. "
    "Luật số 61/2031/QH16 có hiệu lực.");

  g_assert_nonnull (find_document (out->documents, "Luật Thủy lợi"));
  g_assert_nonnull (find_document (out->documents, "Luật Tổ chức Chính phủ"));
  g_assert_nonnull (find_document (out->documents, "Luật Phí và lệ phí"));
  g_assert_nonnull (find_document (out->documents, "61/2031/QH16"));
  g_assert_cmpuint (out->documents->len, ==, 4);
}

/* An issuer stops before a subject written with a capital; the end of a place's name
 * after a dash, or a place alone, is no issuer. */
static void
test_documents_issuer_edges (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Theo Nghị định số 55/2031/NĐ-CP của Chính phủ Về chế độ phụ cấp, mức chi tăng. "
    "UBND tỉnh Thừa Thiên - Huế đã ban hành Quyết định số 903/QĐ-UBND phê duyệt đề án. "
    "Sau đó, Quảng Ngãi đã ban hành Quyết định số 904/QĐ-UBND về giá đất.");

  g_assert_cmpstr (find_document (out->documents, "55/2031/NĐ-CP")->issuer, ==, "Chính phủ");
  g_assert_cmpstr (find_document (out->documents, "903/QĐ-UBND")->issuer, ==, "Ủy ban nhân dân");
  /* a place as the subject is where, the code says who */
  g_assert_cmpstr (find_document (out->documents, "904/QĐ-UBND")->issuer, ==, "Ủy ban nhân dân");
}

/* A list of coded numbers goes on through "số"; a plenum named by its term alone is no
 * resolution; a congress keeps its party body without the term word. */
static void
test_documents_lists_with_so_and_terms (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Ngành bám sát các Nghị quyết số 31-NQ/TW, số 32-NQ/TW của Hội nghị Trung ương 9. "
    "Chính phủ triển khai Nghị quyết Hội nghị Trung ương Khóa XIV và các chỉ thị. "
    "Tỉnh cụ thể hóa Nghị quyết Đại hội Đảng khóa XIV.");
  const DiemDocument *congress = find_document (out->resolutions, "Nghị quyết Đại hội Đảng khóa XIV");

  g_assert_cmpstr (find_document (out->resolutions, "31-NQ/TW")->issuer, ==, "Hội nghị Trung ương 9");
  g_assert_cmpstr (find_document (out->resolutions, "32-NQ/TW")->issuer, ==, "Hội nghị Trung ương 9");
  g_assert_nonnull (congress);
  g_assert_cmpstr (congress->issuer, ==, "Đảng");
  g_assert_cmpuint (out->resolutions->len, ==, 3);
}

/* A resolution put out "để …" is named by its purpose; one only used or needed for a
 * purpose is not. */
static void
test_documents_named_by_purpose (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Ông đề xuất Chính phủ ban hành Nghị quyết để gỡ vướng về thủ tục đất đai, đồng thời sửa luật. "
    "Việc ban hành nghị quyết để gỡ vướng là cần thiết. Tỉnh dùng nghị quyết để gỡ vướng.");
  const DiemDocument *doc = find_document (out->resolutions, "Nghị quyết để gỡ vướng về thủ tục đất đai");

  g_assert_nonnull (doc);
  g_assert_cmpstr (doc->issuer, ==, "Chính phủ");
  g_assert_cmpuint (out->resolutions->len, ==, 1);
}

/* A later mention that names the issuer more fully ("… khóa XV") gives its fuller name;
 * another body is not taken for it. */
static void
test_documents_fuller_issuer (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Nghị quyết 66 của Quốc hội có hiệu lực. Tỉnh quán triệt Nghị quyết số 66/2031/QH16 của "
    "Quốc hội khóa XVI về thí điểm cơ chế. Nghị quyết 66 của Quốc hội Lào được nhắc lại.");

  g_assert_cmpstr (find_document (out->resolutions, "66/2031/QH16")->issuer, ==, "Quốc hội khóa XVI");
}

/* A code after a spaced dash is part of the number, written without the spaces; a word
 * that is no code ("Trung ương") is not. An adverb between the issuing verb and the
 * document leaves the subject the issuer. */
static void
test_documents_spaced_dash_and_adverb (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Thực hiện Nghị quyết 45 - NQ/TW của Bộ Chính trị và Nghị quyết 31/NQ - CP, tỉnh đã làm.\n\n"
    "Đề án theo Nghị quyết 17/NQ - Trung ương đã được thông qua.\n\n"
    "Mới đây, Chính phủ ban hành tiếp Nghị quyết 88 về lao động.");

  const DiemDocument *politburo = find_document (out->resolutions, "45-NQ/TW");
  const DiemDocument *government = find_document (out->resolutions, "31/NQ-CP");
  const DiemDocument *again = find_document (out->resolutions, "88");

  g_assert_nonnull (politburo);
  g_assert_cmpstr (politburo->issuer, ==, "Bộ Chính trị");
  g_assert_nonnull (government);
  g_assert_cmpstr (government->issuer, ==, "Chính phủ");
  g_assert_nonnull (find_document (out->resolutions, "17/NQ"));
  g_assert_nonnull (again);
  g_assert_cmpstr (again->issuer, ==, "Chính phủ");
}

/* Several codes after spaced dashes all belong to the number; a date that opens the
 * sentence is when, not who issued. */
static void
test_documents_codes_after_dashes_and_a_date_first (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Ngày 12/4/2021 ban hành Nghị quyết số 207/NQ - BCH - HND về công tác hội viên.");
  const DiemDocument *resolution = find_document (out->resolutions, "207/NQ-BCH-HND");

  g_assert_nonnull (resolution);
  g_assert_null (resolution->issuer);
}

/* A subject whose last item after a comma is long ("cơ chế, chính sách đặc thù phát
 * triển …") is kept whole when the sentence ends on it; a clause or a person's office
 * after the comma is not part of it */
static void
test_documents_a_long_last_item_of_the_subject (void)
{
  g_autoptr(DiemExtraction) out = extract_text (
    "Đại biểu biểu quyết thông qua Nghị quyết về thí điểm một số cơ chế, chính sách đặc thù phát triển tỉnh Quảng Bình. "
    "Quốc hội ban hành Nghị quyết số 61/2022/QH15 về tăng cường hiệu lực, hiệu quả công tác quy hoạch đô thị. "
    "Thực hiện Nghị quyết số 62/2022/QH15 về giám sát, tỉnh sẽ lập đoàn kiểm tra trong tháng tới. "
    "HĐND tỉnh thông qua Nghị quyết miễn nhiệm chức danh Ủy viên UBND tỉnh với ông Đoàn Minh Trí, nguyên Giám đốc Sở Nội vụ.");
  const DiemDocument *numbered = find_document (out->resolutions, "61/2022/QH15");

  g_assert_nonnull (find_document (out->resolutions,
                                   "Nghị quyết về thí điểm một số cơ chế, chính sách đặc thù phát triển tỉnh Quảng Bình"));
  g_assert_nonnull (numbered);
  g_assert_cmpstr (numbered->subject, ==, "tăng cường hiệu lực, hiệu quả công tác quy hoạch đô thị");
  g_assert_cmpstr (find_document (out->resolutions, "62/2022/QH15")->subject, ==, "giám sát");
  g_assert_nonnull (find_document (out->resolutions, "Nghị quyết miễn nhiệm chức danh Ủy viên UBND tỉnh với ông Đoàn Minh Trí"));
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
  g_test_add_func ("/extract-documents/number-parts", test_documents_number_parts);
  g_test_add_func ("/extract-documents/mixed-case-code", test_documents_mixed_case_code);
  g_test_add_func ("/extract-documents/issuer-as-subject", test_documents_issuer_as_subject);
  g_test_add_func ("/extract-documents/named-by-subject", test_documents_named_by_subject);
  g_test_add_func ("/extract-documents/subject-whole", test_documents_subject_whole);
  g_test_add_func ("/extract-documents/terms-and-congress", test_documents_terms_and_congress);
  g_test_add_func ("/extract-documents/plurals", test_documents_plurals);
  g_test_add_func ("/extract-documents/ordinals-joint-quoted", test_documents_ordinals_joint_quoted);
  g_test_add_func ("/extract-documents/kind-at-end-of-text", test_documents_kind_at_end_of_text);
  g_test_add_func ("/extract-documents/subject-ends-and-references", test_documents_subject_ends_and_references);
  g_test_add_func ("/extract-documents/number-lists", test_documents_number_lists);
  g_test_add_func ("/extract-documents/issuer-lower-case-terms", test_documents_issuer_lower_case_terms);
  g_test_add_func ("/extract-documents/unnumbered-readings", test_documents_unnumbered_readings);
  g_test_add_func ("/extract-documents/same-by-subject", test_documents_same_by_subject);
  g_test_add_func ("/extract-documents/term-lists", test_documents_term_lists);
  g_test_add_func ("/extract-documents/laws", test_documents_laws);
  g_test_add_func ("/extract-documents/issuer-edges", test_documents_issuer_edges);
  g_test_add_func ("/extract-documents/lists-with-so-and-terms", test_documents_lists_with_so_and_terms);
  g_test_add_func ("/extract-documents/named-by-purpose", test_documents_named_by_purpose);
  g_test_add_func ("/extract-documents/fuller-issuer", test_documents_fuller_issuer);
  g_test_add_func ("/extract-documents/spaced-dash-and-adverb", test_documents_spaced_dash_and_adverb);
  g_test_add_func ("/extract-documents/codes-after-dashes-and-a-date-first", test_documents_codes_after_dashes_and_a_date_first);
  g_test_add_func ("/extract-documents/a-long-last-item-of-the-subject", test_documents_a_long_last_item_of_the_subject);
  return g_test_run ();
}
