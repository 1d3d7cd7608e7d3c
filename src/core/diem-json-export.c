/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-json-export.c — the article and its extraction as JSON (json-glib)
 *
 * Offsets are Unicode code points into "text", as readers in any language expect.
 */
#include "diem-json-export.h"

#include "diem-file-util.h"

static void
add_span (JsonBuilder *builder,
          DiemArticle *article,
          DiemSpan     span)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "start");
  json_builder_add_int_value (builder, diem_article_byte_to_char (article, span.start));
  json_builder_set_member_name (builder, "end");
  json_builder_add_int_value (builder, diem_article_byte_to_char (article, span.end));
  json_builder_end_object (builder);
}

static void
add_mentions (JsonBuilder *builder,
              DiemArticle *article,
              GArray      *mentions)
{
  json_builder_set_member_name (builder, "mentions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < mentions->len; i++)
    add_span (builder, article, g_array_index (mentions, DiemSpan, i));
  json_builder_end_array (builder);
}

static void
add_strings (JsonBuilder *builder,
             const char  *member,
             GPtrArray   *strings)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; strings != NULL && i < strings->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (strings, i));
  json_builder_end_array (builder);
}

static void
add_nullable_string (JsonBuilder *builder,
                     const char  *member,
                     const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

/* A category's entries: its fields in the descriptor's order, then the mentions. */
static void
add_category (JsonBuilder        *builder,
              DiemArticle        *article,
              const DiemCategory *category)
{
  GPtrArray *entries = diem_article_get_entries (article, category);

  json_builder_set_member_name (builder, category->key);
  json_builder_begin_array (builder);
  for (guint i = 0; i < entries->len; i++)
    {
      gconstpointer entry = g_ptr_array_index (entries, i);

      json_builder_begin_object (builder);
      for (guint j = 0; j < category->n_fields; j++)
        {
          const DiemField *field = &category->fields[j];
          DiemFieldValue value = field->get (entry);

          switch (field->type)
            {
            case DIEM_FIELD_TEXT:
              add_nullable_string (builder, field->key, value.text);
              break;
            case DIEM_FIELD_TEXT_LIST:
              add_strings (builder, field->key, value.list);
              break;
            case DIEM_FIELD_NUMBER:
              json_builder_set_member_name (builder, field->key);
              json_builder_add_int_value (builder, value.number);
              break;
            default:
              g_assert_not_reached ();
            }
        }
      add_mentions (builder, article, category->get_mentions (entry));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_blocks_and_captions (JsonBuilder *builder,
                         DiemArticle *article)
{
  GPtrArray *blocks = diem_article_get_blocks (article);

  json_builder_set_member_name (builder, "captions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < blocks->len; i++)
    {
      DiemBlock *block = g_ptr_array_index (blocks, i);
      g_autofree char *caption = NULL;

      if (block->kind != DIEM_BLOCK_CAPTION)
        continue;
      caption = diem_article_dup_span (article, block->text_span);
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, caption);
      add_nullable_string (builder, "credit", block->credit);
      add_nullable_string (builder, "image", block->image);
      json_builder_set_member_name (builder, "span");
      add_span (builder, article, block->span);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "blocks");
  json_builder_begin_array (builder);
  for (guint i = 0; i < blocks->len; i++)
    {
      DiemBlock *block = g_ptr_array_index (blocks, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, diem_block_kind_name (block->kind));
      json_builder_set_member_name (builder, "start");
      json_builder_add_int_value (builder, diem_article_byte_to_char (article, block->span.start));
      json_builder_set_member_name (builder, "end");
      json_builder_add_int_value (builder, diem_article_byte_to_char (article, block->span.end));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

JsonNode *
diem_json_export_build (DiemArticle *article)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *headline = NULL;
  const DiemCategory * const *categories;
  guint n_categories;

  g_return_val_if_fail (DIEM_IS_ARTICLE (article), NULL);

  json_builder_begin_object (builder);
  headline = diem_article_dup_headline (article);
  add_nullable_string (builder, "headline", headline);
  /* a web page's site and publication date, null for other articles */
  add_nullable_string (builder, "source", diem_article_get_source (article));
  add_nullable_string (builder, "published", diem_article_get_published (article));
  categories = diem_categories (&n_categories);
  for (guint i = 0; i < n_categories; i++)
    add_category (builder, article, categories[i]);
  add_blocks_and_captions (builder, article);
  add_strings (builder, "byline", diem_article_get_byline (article));
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, diem_article_get_text (article));
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

char *
diem_json_export_to_data (DiemArticle *article,
                          gsize       *length)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = diem_json_export_build (article);
  GString *out;

  /* Sized once for the whole output (the text, escaped, and each block's lines): a
   * string grown by doubling copies itself at every step and holds two copies at the
   * last one. */
  out = g_string_sized_new (2 * diem_article_get_text_length (article)
                            + 160 * diem_article_get_blocks (article)->len + 4096);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_to_gstring (generator, out);
  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}

gboolean
diem_json_export_to_file (DiemArticle *article,
                          const char  *path,
                          GError     **error)
{
  gsize length = 0;
  g_autofree char *data = NULL;

  if (!diem_article_check_output (article, path, error))
    return FALSE;
  data = diem_json_export_to_data (article, &length);
  return diem_write_file_atomically (path, data, length, error);
}
