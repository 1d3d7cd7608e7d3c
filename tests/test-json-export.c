/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-json-export.c — the JSON document: keys, code-point offsets, strings */
#include <string.h>

#include "diem-article.h"
#include "diem-json-export.h"

static JsonObject *
export_object (DiemArticle *article,
               JsonNode   **root_out)
{
  *root_out = diem_json_export_build (article);
  return json_node_get_object (*root_out);
}

static void
test_json_has_every_key (void)
{
  g_autoptr(DiemArticle) article = diem_article_new_sample (NULL);
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object = export_object (article, &root);
  static const char *keys[] = { "officials", "awards", "resolutions", "documents", "captions",
                                "byline", "blocks", "text", NULL };

  for (guint i = 0; keys[i] != NULL; i++)
    g_assert_true (json_object_has_member (object, keys[i]));
  g_assert_cmpstr (json_object_get_string_member (object, "text"), ==, diem_article_get_text (article));
}

/* Every block's offsets, read as code points into "text", give back the block's text. */
static void
test_json_block_offsets_are_code_points (void)
{
  const char *data = "Tin ngắn về Đà Lạt\n\nSương mù phủ kín đồi thông sáng nay.\n\n"
                     "Du khách chụp ảnh bên hồ Xuân Hương. Ảnh: QUỲNH ANH\n";
  g_autoptr(DiemArticle) article = diem_article_new_from_data (data, strlen (data), NULL, NULL);
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object = export_object (article, &root);
  const char *text = json_object_get_string_member (object, "text");
  JsonArray *blocks = json_object_get_array_member (object, "blocks");
  JsonArray *captions = json_object_get_array_member (object, "captions");
  JsonObject *caption;

  g_assert_cmpuint (json_array_get_length (blocks), ==, 3);
  for (guint i = 0; i < json_array_get_length (blocks); i++)
    {
      JsonObject *block = json_array_get_object_element (blocks, i);
      gint64 start = json_object_get_int_member (block, "start");
      gint64 end = json_object_get_int_member (block, "end");
      const char *s = g_utf8_offset_to_pointer (text, start);
      const char *e = g_utf8_offset_to_pointer (text, end);
      g_autofree char *piece = g_strndup (s, e - s);

      if (i == 2)
        g_assert_cmpstr (piece, ==, "Du khách chụp ảnh bên hồ Xuân Hương. Ảnh: QUỲNH ANH");
      if (i == 0)
        g_assert_cmpstr (piece, ==, "Tin ngắn về Đà Lạt");
    }

  g_assert_cmpuint (json_array_get_length (captions), ==, 1);
  caption = json_array_get_object_element (captions, 0);
  g_assert_cmpstr (json_object_get_string_member (caption, "text"), ==, "Du khách chụp ảnh bên hồ Xuân Hương.");
  g_assert_cmpstr (json_object_get_string_member (caption, "credit"), ==, "QUỲNH ANH");
  g_assert_cmpstr (json_object_get_string_member (object, "headline"), ==, "Tin ngắn về Đà Lạt");
}

static void
test_json_serialises_and_parses_back (void)
{
  g_autoptr(DiemArticle) article = diem_article_new_sample (NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  g_autofree char *data = diem_json_export_to_data (article, &length);

  g_assert_true (json_parser_load_from_data (parser, data, (gssize) length, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (json_parser_get_root (parser)), "text"),
                   ==, diem_article_get_text (article));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json-export/has-every-key", test_json_has_every_key);
  g_test_add_func ("/json-export/block-offsets-are-code-points", test_json_block_offsets_are_code_points);
  g_test_add_func ("/json-export/serialises-and-parses-back", test_json_serialises_and_parses_back);

  return g_test_run ();
}
