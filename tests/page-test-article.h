/* SPDX-License-Identifier: GPL-3.0-or-later */
/* page-test-article.h — a long article written for the layout tests
 *
 * Sentences of varied length make paragraphs of one line up to one of more than
 * 8 KB (laid out in parts, the last one short); a caption box follows every few paragraphs; officials,
 * honours and resolutions fill a summary of more than a page.
 */
#pragma once

#include <glib.h>

static const char *const page_test_sentences[] = {
  "Sáng sớm, những chuyến đò đầu tiên đã rời bến Thủy Tú, chở theo rau, cá và tiếng cười của các bà, các chị đi chợ phiên.",
  "Mưa.",
  "Con đường ven sông được trồng thêm hai hàng sao đen, che bóng cho học sinh đạp xe về nhà vào buổi trưa nắng gắt.",
  "Người dân góp tiền, góp công dựng lại chiếc cầu tre đã bị lũ cuốn trôi từ cuối tháng Mười.",
  "Ở xóm Bãi, tiếng máy dệt chiếu vang đều từ bốn giờ sáng, khi sương còn phủ trắng mặt ruộng cói.",
  "Cô giáo Hạnh kể rằng năm nay lớp học ghép của cô có mười một em, em nhỏ nhất mới sáu tuổi, em lớn nhất đã mười hai.",
  "Chợ nổi họp từ khi trời còn tối, ghe xuồng nối nhau kín một khúc sông dài gần một cây số.",
  "Những ngôi nhà sàn mới được dựng cao hơn mức nước lũ lịch sử năm 1999 khoảng nửa mét.",
  "Ông Tư, người giữ đình làng đã ba mươi năm, vẫn giữ thói quen quét sân đình mỗi chiều trước khi thắp hương.",
  "Đến trưa, nắng lên, cả cánh đồng muối ánh lên màu bạc, người làm muối tranh thủ cào muối vào từng ụ nhỏ.",
  "Trạm y tế xã vừa nhận thêm một máy siêu âm và một tủ lạnh bảo quản vắc xin từ nguồn vốn xã hội hóa.",
  "Đêm xuống, những ngọn đèn dầu trên các vó bè lập lòe như một dải sao trôi trên mặt đầm phá.",
  "Nhiều gia đình chuyển từ trồng lúa một vụ sang nuôi tôm xen cua, thu nhập tăng gấp đôi so với ba năm trước.",
  "Thư viện nhỏ của thôn có hơn hai nghìn đầu sách, phần lớn do các cựu học sinh ở xa gửi về tặng.",
  "Khi con nước ròng, bãi bồi lộ ra, trẻ con kéo nhau ra bắt còng, bắt ốc đến tận lúc hoàng hôn.",
  "Tuyến đường bê tông dài bảy cây số nối trung tâm xã với quốc lộ đã rút ngắn thời gian đưa nông sản ra chợ đầu mối.",
  "Bà Sáu bán xôi đầu ngõ đã ba mươi năm, giá một gói xôi vẫn chỉ bằng một nửa tô phở ngoài thị trấn.",
  "Hợp tác xã nước mắm truyền thống ủ cá cơm trong thùng gỗ mít suốt mười hai tháng trước khi rút những giọt đầu tiên.",
  "Trên triền đê, đàn trâu thong thả gặm cỏ, mấy đứa trẻ chăn trâu nằm đọc truyện dưới gốc bàng.",
  "Các đội tình nguyện đã sửa sang mười bốn phòng học, lát lại sân trường và làm mới toàn bộ nhà vệ sinh.",
  "Chiều cuối tuần, sân bóng đất của xã chật kín người xem trận đấu giữa đội thôn Đông và đội thôn Tây.",
  "Lũ về nhanh hơn dự báo, nhưng nhờ diễn tập từ trước, toàn bộ người già và trẻ nhỏ đã được đưa đến nơi an toàn.",
  "Giữa vườn cam đã chín vàng, ông Bảy mở một quán cà phê nhỏ để khách dừng chân thưởng thức trái cây tại vườn.",
  "Mỗi sáng thứ Hai, học sinh chào cờ dưới tán phượng già mà các thế hệ thầy trò vẫn gọi là cây phượng của trường.",
};

static const char *const page_test_officials[] = {
  "Chủ tịch UBND tỉnh Thừa Thiên Huế Nguyễn Văn Phương",
  "Bí thư Tỉnh ủy Quảng Trị Lê Quang Tùng",
  "Phó Chủ tịch UBND tỉnh Quảng Bình Phan Mạnh Hùng",
  "Giám đốc Sở Giáo dục và Đào tạo Nguyễn Tân",
  "Chủ tịch UBND huyện Phong Điền Lê Xuân Phước",
  "Bộ trưởng Bộ Y tế Đào Hồng Lan",
  "Phó Chủ tịch nước Võ Thị Ánh Xuân",
  "Chủ tịch HĐND tỉnh Lê Trường Lưu",
};

static const char *const page_test_awards[] = {
  "Dịp này, Phó Chủ tịch nước Võ Thị Ánh Xuân trao Huân chương Lao động hạng Nhất cho Trường Tiểu học Thủy Tú, Trạm y tế xã Phú Hải và Hợp tác xã Đầm Lập An.",
  "Bộ trưởng Bộ Y tế Đào Hồng Lan trao Huân chương Lao động hạng Nhì cho Bệnh viện Đa khoa tỉnh, Trung tâm Kiểm soát bệnh tật tỉnh và bà Hồ Thị Mai.",
  "UBND tỉnh trao Huân chương Lao động hạng Ba cho Sở Xây dựng, Sở Nội vụ, Sở Tài chính và Sở Giao thông vận tải.",
  "Thủ tướng Chính phủ tặng Bằng khen cho Công ty Cổ phần Dệt may Huế, Công ty Nước sạch Thừa Thiên và ông Trần Văn Lộc.",
  "Chủ tịch nước trao Huân chương Chiến công hạng Nhất cho Công an tỉnh Thừa Thiên Huế.",
};

static const char *const page_test_resolutions[] = {
  "Theo Nghị quyết 98/2023/QH15 của Quốc hội về thí điểm một số cơ chế, chính sách đặc thù, tỉnh được giữ lại phần vượt thu.",
  "HĐND tỉnh đã thông qua Nghị quyết 24/2022/NQ-HĐND về hỗ trợ học phí cho học sinh vùng bãi ngang.",
  "Nghị quyết 31/2023/NQ-HĐND của HĐND tỉnh về đầu tư hạ tầng thủy lợi được triển khai ngay từ quý đầu năm.",
  "Quyết định 1234/QĐ-UBND của UBND tỉnh phê duyệt danh mục mười hai công trình ưu tiên.",
  "Chỉ thị 05/CT-UBND của UBND tỉnh yêu cầu các huyện hoàn thành việc di dời dân khỏi vùng sạt lở trước mùa mưa.",
};

/* Deterministic: paragraph i has a length from the cycle below, one in eleven
 * more than 8 KB with a short tail; a caption box every fourth paragraph. */
static inline char *
page_test_article_new (guint n_paragraphs)
{
  static const guint lengths[] = { 1, 3, 6, 2, 9, 4, 1, 12, 5, 2, 7 };
  GString *text = g_string_new ("Làng ven phá Tam Giang sau mùa lũ: dựng lại nhà, dựng lại trường\n\n");
  guint s = 0;

  g_string_append (text, "Ba tháng sau trận lũ lớn nhất trong hai mươi năm, các làng ven phá Tam Giang đã dần hồi sinh nhờ sức dân và sự chung tay của cả tỉnh.\n\n");
  for (guint i = 0; i < n_paragraphs; i++)
    {
      guint n = i % 11 == 10 ? 0 : lengths[i % G_N_ELEMENTS (lengths)];

      if (i < G_N_ELEMENTS (page_test_officials))
        g_string_append_printf (text, "%s cho biết việc khắc phục hậu quả lũ được ưu tiên hàng đầu. ",
                                page_test_officials[i]);
      if (i % 6 == 3 && i / 6 < G_N_ELEMENTS (page_test_awards))
        g_string_append_printf (text, "%s ", page_test_awards[i / 6]);
      if (i % 7 == 5 && i / 7 < G_N_ELEMENTS (page_test_resolutions))
        g_string_append_printf (text, "%s ", page_test_resolutions[i / 7]);
      if (n == 0)
        {
          /* a paragraph of more than 8 KB (laid out in parts) whose last part is short */
          gsize start = text->len;

          while (text->len - start < 8100)
            g_string_append_printf (text, "%s ", page_test_sentences[s++ % G_N_ELEMENTS (page_test_sentences)]);
          while (text->len - start < 8192 + 5 * (i / 11))
            g_string_append (text, "Mưa. ");
        }
      for (guint k = 0; k < n; k++)
        g_string_append_printf (text, "%s ", page_test_sentences[s++ % G_N_ELEMENTS (page_test_sentences)]);
      g_string_truncate (text, text->len - 1);
      g_string_append (text, "\n\n");
      if (i % 4 == 2)
        g_string_append_printf (text, "Người dân thôn %u dựng lại nhà sau lũ. Ảnh: THANH HẢI\n\n", i + 1);
    }
  g_string_append (text, "MINH AN - THU HƯƠNG\n");
  return g_string_free (text, FALSE);
}
