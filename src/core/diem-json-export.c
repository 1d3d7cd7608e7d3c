/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-json-export.c — the article and its extraction as JSON (json-glib)
 *
 * Offsets are Unicode code points into "text", as readers in any language expect.
 */
#include "diem-json-export.h"

#include "diem-file-util.h"

/* The tree is made with JsonObject and JsonArray directly: a JsonBuilder would copy
 * every member's name once more and keep a state for every value, and a 10 MB article
 * has some 270 000 of them. */

static JsonObject *
span_object (DiemArticle *article,
             DiemSpan     span)
{
  JsonObject *object = json_object_new ();

  json_object_set_int_member (object, "start", diem_article_byte_to_char (article, span.start));
  json_object_set_int_member (object, "end", diem_article_byte_to_char (article, span.end));
  return object;
}

static void
add_mentions (JsonObject  *object,
              DiemArticle *article,
              GArray      *mentions)
{
  JsonArray *array = json_array_sized_new (mentions->len);

  for (guint i = 0; i < mentions->len; i++)
    json_array_add_object_element (array, span_object (article, g_array_index (mentions, DiemSpan, i)));
  json_object_set_array_member (object, "mentions", array);
}

static void
add_strings (JsonObject *object,
             const char *member,
             GPtrArray  *strings)
{
  JsonArray *array = json_array_sized_new (strings != NULL ? strings->len : 0);

  for (guint i = 0; strings != NULL && i < strings->len; i++)
    json_array_add_string_element (array, g_ptr_array_index (strings, i));
  json_object_set_array_member (object, member, array);
}

static void
add_nullable_string (JsonObject *object,
                     const char *member,
                     const char *value)
{
  if (value != NULL)
    json_object_set_string_member (object, member, value);
  else
    json_object_set_null_member (object, member);
}

/* A category's entries: its fields in the descriptor's order, then the mentions. */
static void
add_category (JsonObject         *root,
              DiemArticle        *article,
              const DiemCategory *category)
{
  GPtrArray *entries = diem_article_get_entries (article, category);
  JsonArray *array = json_array_sized_new (entries->len);

  for (guint i = 0; i < entries->len; i++)
    {
      gconstpointer entry = g_ptr_array_index (entries, i);
      JsonObject *object = json_object_new ();

      for (guint j = 0; j < category->n_fields; j++)
        {
          const DiemField *field = &category->fields[j];
          DiemFieldValue value = field->get (entry);

          switch (field->type)
            {
            case DIEM_FIELD_TEXT:
              add_nullable_string (object, field->key, value.text);
              break;
            case DIEM_FIELD_TEXT_LIST:
              add_strings (object, field->key, value.list);
              break;
            case DIEM_FIELD_NUMBER:
              json_object_set_int_member (object, field->key, value.number);
              break;
            default:
              g_assert_not_reached ();
            }
        }
      add_mentions (object, article, category->get_mentions (entry));
      json_array_add_object_element (array, object);
    }
  json_object_set_array_member (root, category->key, array);
}

static void
add_blocks_and_captions (JsonObject  *root,
                         DiemArticle *article)
{
  GPtrArray *blocks = diem_article_get_blocks (article);
  JsonArray *captions = json_array_new ();
  JsonArray *array = json_array_sized_new (blocks->len);

  for (guint i = 0; i < blocks->len; i++)
    {
      DiemBlock *block = g_ptr_array_index (blocks, i);
      g_autofree char *caption = NULL;
      JsonObject *object;

      if (block->kind != DIEM_BLOCK_CAPTION)
        continue;
      caption = diem_article_dup_span (article, block->text_span);
      object = json_object_new ();
      json_object_set_string_member (object, "text", caption);
      add_nullable_string (object, "credit", block->credit);
      add_nullable_string (object, "image", block->image);
      json_object_set_object_member (object, "span", span_object (article, block->span));
      json_array_add_object_element (captions, object);
    }
  json_object_set_array_member (root, "captions", captions);

  for (guint i = 0; i < blocks->len; i++)
    {
      DiemBlock *block = g_ptr_array_index (blocks, i);
      JsonObject *object = json_object_new ();

      json_object_set_string_member (object, "kind", diem_block_kind_name (block->kind));
      json_object_set_int_member (object, "start", diem_article_byte_to_char (article, block->span.start));
      json_object_set_int_member (object, "end", diem_article_byte_to_char (article, block->span.end));
      json_array_add_object_element (array, object);
    }
  json_object_set_array_member (root, "blocks", array);
}

JsonNode *
diem_json_export_build (DiemArticle *article)
{
  g_autofree char *headline = NULL;
  const DiemCategory * const *categories;
  guint n_categories;
  JsonObject *root;
  JsonNode *node;

  g_return_val_if_fail (DIEM_IS_ARTICLE (article), NULL);

  root = json_object_new ();
  headline = diem_article_dup_headline (article);
  add_nullable_string (root, "headline", headline);
  /* a web page's site and publication date, null for other articles */
  add_nullable_string (root, "source", diem_article_get_source (article));
  add_nullable_string (root, "published", diem_article_get_published (article));
  categories = diem_categories (&n_categories);
  for (guint i = 0; i < n_categories; i++)
    add_category (root, article, categories[i]);
  add_blocks_and_captions (root, article);
  add_strings (root, "byline", diem_article_get_byline (article));
  json_object_set_string_member (root, "text", diem_article_get_text (article));

  node = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (node, root);
  return node;
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
