/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-json-export.c — the JSON document: keys, code-point offsets, strings */
#include <string.h>

#include "diem-article.h"
#include "diem-json-export.h"
#include "diem-json-writer.h"

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

/* JsonGenerator's pretty print of @root. */
static char *
generate_pretty (JsonNode *root)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

/* The writer lays a document out byte for byte as JsonGenerator does: nesting, empty
 * containers, null, negative numbers, strings that need escapes. */
static void
test_json_writer_matches_generator (void)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(DiemJsonWriter) writer = diem_json_writer_new (NULL);
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *written = NULL;
  const char *quoted = "Lời \"Bác\" dặn\\\n\tcòn\x01 mãi";

  json_builder_begin_object (builder);
  diem_json_writer_begin_object (writer);
  json_builder_set_member_name (builder, "tên");
  diem_json_writer_member (writer, "tên");
  json_builder_add_string_value (builder, quoted);
  diem_json_writer_string (writer, quoted, -1);
  json_builder_set_member_name (builder, "trống");
  diem_json_writer_member (writer, "trống");
  json_builder_begin_array (builder);
  diem_json_writer_begin_array (writer);
  json_builder_end_array (builder);
  diem_json_writer_end_array (writer);
  json_builder_set_member_name (builder, "list");
  diem_json_writer_member (writer, "list");
  json_builder_begin_array (builder);
  diem_json_writer_begin_array (writer);
  json_builder_add_int_value (builder, -42);
  diem_json_writer_int (writer, -42);
  json_builder_add_null_value (builder);
  diem_json_writer_null (writer);
  json_builder_begin_object (builder);
  diem_json_writer_begin_object (writer);
  json_builder_end_object (builder);
  diem_json_writer_end_object (writer);
  json_builder_begin_object (builder);
  diem_json_writer_begin_object (writer);
  json_builder_set_member_name (builder, "start");
  diem_json_writer_member (writer, "start");
  json_builder_add_int_value (builder, 0);
  diem_json_writer_int (writer, 0);
  json_builder_set_member_name (builder, "end");
  diem_json_writer_member (writer, "end");
  json_builder_add_int_value (builder, G_MAXINT64);
  diem_json_writer_int (writer, G_MAXINT64);
  json_builder_end_object (builder);
  diem_json_writer_end_object (writer);
  json_builder_end_array (builder);
  diem_json_writer_end_array (writer);
  json_builder_end_object (builder);
  diem_json_writer_end_object (writer);

  root = json_builder_get_root (builder);
  expected = generate_pretty (root);
  g_assert_true (diem_json_writer_finish (writer, NULL));
  written = diem_json_writer_steal_data (writer, NULL);
  g_assert_cmpstr (written, ==, expected);
}

/* A string far longer than the writer's pieces, with multi-byte letters and escapes at
 * every possible cut, comes out whole, through a stream as through memory. */
static void
test_json_writer_long_string (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(DiemJsonWriter) writer = diem_json_writer_new (stream);
  g_autoptr(DiemJsonWriter) in_memory = diem_json_writer_new (NULL);
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_VALUE);
  g_autofree char *expected = NULL;
  g_autofree char *from_memory = NULL;
  gsize length = 0;

  while (text->len < 300 * 1024)
    g_string_append (text, "Nghị quyết \"số 1\"\\\nĐồng chí ");
  json_node_set_string (root, text->str);
  expected = generate_pretty (root);

  diem_json_writer_string (writer, text->str, (gssize) text->len);
  g_assert_true (diem_json_writer_finish (writer, NULL));
  g_assert_true (g_output_stream_close (stream, NULL, NULL));
  g_assert_cmpuint (g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream)), ==, strlen (expected));
  g_assert_true (memcmp (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (stream)), expected,
                         strlen (expected)) == 0);

  diem_json_writer_string (in_memory, text->str, (gssize) text->len);
  g_assert_true (diem_json_writer_finish (in_memory, NULL));
  from_memory = diem_json_writer_steal_data (in_memory, &length);
  g_assert_cmpuint (length, ==, strlen (expected));
  g_assert_cmpstr (from_memory, ==, expected);
}

/* Mentions anywhere in a long text, in any order, get their code point offsets. */
static void
test_json_mention_offsets_are_code_points (void)
{
  g_autoptr(GString) data = g_string_new ("Hội nghị Ban Chấp hành\n\n");
  g_autoptr(DiemArticle) article = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object;
  JsonArray *officials;
  const char *text;
  guint checked = 0;

  for (guint i = 0; i < 200; i++)
    g_string_append_printf (data, "Đồng chí Nguyễn Văn Nên, Bí thư Thành ủy, phát biểu lần thứ %u. "
                                  "Ông Trần Lưu Quang, Phó Thủ tướng Chính phủ, dự hội nghị.\n\n", i);
  article = diem_article_new_from_data (data->str, data->len, NULL, NULL);
  object = export_object (article, &root);
  text = json_object_get_string_member (object, "text");
  officials = json_object_get_array_member (object, "officials");
  g_assert_cmpuint (json_array_get_length (officials), >=, 2);
  for (guint i = 0; i < json_array_get_length (officials); i++)
    {
      JsonObject *official = json_array_get_object_element (officials, i);
      JsonArray *mentions = json_object_get_array_member (official, "mentions");
      const char *name = json_object_get_string_member (official, "name");
      JsonArray *titles = json_object_get_array_member (official, "titles");

      for (guint j = 0; j < json_array_get_length (mentions); j++)
        {
          JsonObject *mention = json_array_get_object_element (mentions, j);
          const char *s = g_utf8_offset_to_pointer (text, json_object_get_int_member (mention, "start"));
          const char *e = g_utf8_offset_to_pointer (text, json_object_get_int_member (mention, "end"));
          g_autofree char *piece = g_strndup (s, e - s);

          /* a mention is the name or one of the titles, as written */
          if (g_str_equal (piece, name))
            checked++;
          else
            g_assert_true (json_array_get_length (titles) > 0
                           && g_str_equal (piece, json_array_get_string_element (titles, 0)));
        }
    }
  g_assert_cmpuint (checked, >=, 400);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json-export/has-every-key", test_json_has_every_key);
  g_test_add_func ("/json-export/block-offsets-are-code-points", test_json_block_offsets_are_code_points);
  g_test_add_func ("/json-export/serialises-and-parses-back", test_json_serialises_and_parses_back);
  g_test_add_func ("/json-export/mention-offsets-are-code-points", test_json_mention_offsets_are_code_points);
  g_test_add_func ("/json-export/writer-matches-generator", test_json_writer_matches_generator);
  g_test_add_func ("/json-export/writer-long-string", test_json_writer_long_string);

  return g_test_run ();
}
