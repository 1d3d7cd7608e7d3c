/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-json-export.c — the article and its extraction as JSON (json-glib)
 *
 * Offsets are Unicode code points into "text", as readers in any language expect. The
 * document is written as it is made (DiemJsonWriter): no tree of the whole article.
 */
#include "diem-json-export.h"

#include <stdlib.h>

#include "diem-file-util.h"
#include "diem-json-writer.h"

typedef struct
{
  gsize byte;
  gint64 character;
} Offset;

/* Every byte offset the document holds, with its code point offset: counted in one
 * pass over the text, however many mentions and blocks there are. */
typedef struct
{
  GArray *offsets; /* (element-type Offset) sorted by byte, each once */
} OffsetTable;

static int
compare_offsets (gconstpointer a,
                 gconstpointer b)
{
  gsize x = ((const Offset *) a)->byte, y = ((const Offset *) b)->byte;

  return x < y ? -1 : x > y;
}

static void
add_offset (GArray *offsets,
            gsize   byte)
{
  Offset offset = { byte, 0 };

  g_array_append_val (offsets, offset);
}

static void
add_span_offsets (GArray   *offsets,
                  DiemSpan  span)
{
  add_offset (offsets, span.start);
  add_offset (offsets, span.end);
}

static void
offset_table_init (OffsetTable *table,
                   DiemArticle *article)
{
  const char *text = diem_article_get_text (article);
  gsize length = diem_article_get_text_length (article);
  GPtrArray *blocks = diem_article_get_blocks (article);
  const DiemCategory * const *categories;
  guint n_categories, kept = 0;
  gsize byte = 0;
  gint64 characters = 0;

  table->offsets = g_array_new (FALSE, FALSE, sizeof (Offset));
  for (guint i = 0; i < blocks->len; i++)
    add_span_offsets (table->offsets, ((DiemBlock *) g_ptr_array_index (blocks, i))->span);
  categories = diem_categories (&n_categories);
  for (guint i = 0; i < n_categories; i++)
    {
      GPtrArray *entries = diem_article_get_entries (article, categories[i]);

      for (guint j = 0; j < entries->len; j++)
        {
          GArray *mentions = categories[i]->get_mentions (g_ptr_array_index (entries, j));

          for (guint k = 0; k < mentions->len; k++)
            add_span_offsets (table->offsets, g_array_index (mentions, DiemSpan, k));
        }
    }

  g_array_sort (table->offsets, compare_offsets);
  for (guint i = 0; i < table->offsets->len; i++)
    {
      Offset *offset = &g_array_index (table->offsets, Offset, i);
      gsize target = MIN (offset->byte, length);

      if (kept > 0 && g_array_index (table->offsets, Offset, kept - 1).byte == offset->byte)
        continue;
      /* a code point starts at every byte but a UTF-8 continuation byte */
      for (; byte < target; byte++)
        characters += ((guchar) text[byte] & 0xC0) != 0x80;
      offset->character = characters;
      g_array_index (table->offsets, Offset, kept++) = *offset;
    }
  g_array_set_size (table->offsets, kept);
}

static void
offset_table_clear (OffsetTable *table)
{
  g_clear_pointer (&table->offsets, g_array_unref);
}

static gint64
offset_table_lookup (const OffsetTable *table,
                     gsize              byte)
{
  Offset key = { byte, 0 };
  const Offset *found = bsearch (&key, table->offsets->data, table->offsets->len, sizeof (Offset),
                                 compare_offsets);

  g_return_val_if_fail (found != NULL, 0);
  return found->character;
}

static void
write_span (DiemJsonWriter    *writer,
            const OffsetTable *offsets,
            DiemSpan           span)
{
  diem_json_writer_begin_object (writer);
  diem_json_writer_member (writer, "start");
  diem_json_writer_int (writer, offset_table_lookup (offsets, span.start));
  diem_json_writer_member (writer, "end");
  diem_json_writer_int (writer, offset_table_lookup (offsets, span.end));
  diem_json_writer_end_object (writer);
}

static void
write_strings (DiemJsonWriter *writer,
               const char     *member,
               GPtrArray      *strings)
{
  diem_json_writer_member (writer, member);
  diem_json_writer_begin_array (writer);
  for (guint i = 0; strings != NULL && i < strings->len; i++)
    diem_json_writer_string (writer, g_ptr_array_index (strings, i), -1);
  diem_json_writer_end_array (writer);
}

static void
write_nullable_string (DiemJsonWriter *writer,
                       const char     *member,
                       const char     *value)
{
  diem_json_writer_member (writer, member);
  diem_json_writer_string (writer, value, -1);
}

/* A category's entries: its fields in the descriptor's order, then the mentions. */
static void
write_category (DiemJsonWriter     *writer,
                const OffsetTable  *offsets,
                DiemArticle        *article,
                const DiemCategory *category)
{
  GPtrArray *entries = diem_article_get_entries (article, category);

  diem_json_writer_member (writer, category->key);
  diem_json_writer_begin_array (writer);
  for (guint i = 0; i < entries->len; i++)
    {
      gconstpointer entry = g_ptr_array_index (entries, i);
      GArray *mentions;

      diem_json_writer_begin_object (writer);
      for (guint j = 0; j < category->n_fields; j++)
        {
          const DiemField *field = &category->fields[j];
          DiemFieldValue value = field->get (entry);

          switch (field->type)
            {
            case DIEM_FIELD_TEXT:
              write_nullable_string (writer, field->key, value.text);
              break;
            case DIEM_FIELD_TEXT_LIST:
              write_strings (writer, field->key, value.list);
              break;
            case DIEM_FIELD_NUMBER:
              diem_json_writer_member (writer, field->key);
              diem_json_writer_int (writer, value.number);
              break;
            default:
              g_assert_not_reached ();
            }
        }
      mentions = category->get_mentions (entry);
      diem_json_writer_member (writer, "mentions");
      diem_json_writer_begin_array (writer);
      for (guint k = 0; k < mentions->len; k++)
        write_span (writer, offsets, g_array_index (mentions, DiemSpan, k));
      diem_json_writer_end_array (writer);
      diem_json_writer_end_object (writer);
    }
  diem_json_writer_end_array (writer);
}

static void
write_blocks_and_captions (DiemJsonWriter    *writer,
                           const OffsetTable *offsets,
                           DiemArticle       *article)
{
  GPtrArray *blocks = diem_article_get_blocks (article);
  const char *text = diem_article_get_text (article);

  diem_json_writer_member (writer, "captions");
  diem_json_writer_begin_array (writer);
  for (guint i = 0; i < blocks->len; i++)
    {
      DiemBlock *block = g_ptr_array_index (blocks, i);

      if (block->kind != DIEM_BLOCK_CAPTION)
        continue;
      diem_json_writer_begin_object (writer);
      diem_json_writer_member (writer, "text");
      diem_json_writer_string (writer, text + block->text_span.start,
                               (gssize) (block->text_span.end - block->text_span.start));
      write_nullable_string (writer, "credit", block->credit);
      write_nullable_string (writer, "image", block->image);
      diem_json_writer_member (writer, "span");
      write_span (writer, offsets, block->span);
      diem_json_writer_end_object (writer);
    }
  diem_json_writer_end_array (writer);

  diem_json_writer_member (writer, "blocks");
  diem_json_writer_begin_array (writer);
  for (guint i = 0; i < blocks->len; i++)
    {
      DiemBlock *block = g_ptr_array_index (blocks, i);

      diem_json_writer_begin_object (writer);
      diem_json_writer_member (writer, "kind");
      diem_json_writer_string (writer, diem_block_kind_name (block->kind), -1);
      diem_json_writer_member (writer, "start");
      diem_json_writer_int (writer, offset_table_lookup (offsets, block->span.start));
      diem_json_writer_member (writer, "end");
      diem_json_writer_int (writer, offset_table_lookup (offsets, block->span.end));
      diem_json_writer_end_object (writer);
    }
  diem_json_writer_end_array (writer);
}

static void
write_article (DiemJsonWriter *writer,
               DiemArticle    *article)
{
  g_autofree char *headline = diem_article_dup_headline (article);
  const DiemCategory * const *categories;
  guint n_categories;
  OffsetTable offsets;

  offset_table_init (&offsets, article);
  diem_json_writer_begin_object (writer);
  write_nullable_string (writer, "headline", headline);
  /* a web page's site and publication date, null for other articles */
  write_nullable_string (writer, "source", diem_article_get_source (article));
  write_nullable_string (writer, "published", diem_article_get_published (article));
  categories = diem_categories (&n_categories);
  for (guint i = 0; i < n_categories; i++)
    write_category (writer, &offsets, article, categories[i]);
  write_blocks_and_captions (writer, &offsets, article);
  write_strings (writer, "byline", diem_article_get_byline (article));
  diem_json_writer_member (writer, "text");
  diem_json_writer_string (writer, diem_article_get_text (article),
                           (gssize) diem_article_get_text_length (article));
  diem_json_writer_end_object (writer);
  offset_table_clear (&offsets);
}

/* The document as a json-glib tree, for callers that read it back. */
JsonNode *
diem_json_export_build (DiemArticle *article)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *data = NULL;
  gsize length = 0;

  g_return_val_if_fail (DIEM_IS_ARTICLE (article), NULL);

  data = diem_json_export_to_data (article, &length);
  if (!json_parser_load_from_data (parser, data, (gssize) length, NULL))
    g_return_val_if_reached (NULL);
  return json_node_copy (json_parser_get_root (parser));
}

char *
diem_json_export_to_data (DiemArticle *article,
                          gsize       *length)
{
  g_autoptr(DiemJsonWriter) writer = diem_json_writer_new (NULL);

  g_return_val_if_fail (DIEM_IS_ARTICLE (article), NULL);

  write_article (writer, article);
  diem_json_writer_finish (writer, NULL);
  return diem_json_writer_steal_data (writer, length);
}

gboolean
diem_json_export_to_stream (DiemArticle    *article,
                            GOutputStream  *stream,
                            GError        **error)
{
  g_autoptr(DiemJsonWriter) writer = NULL;

  g_return_val_if_fail (DIEM_IS_ARTICLE (article), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  writer = diem_json_writer_new (stream);
  write_article (writer, article);
  return diem_json_writer_finish (writer, error);
}

gboolean
diem_json_export_to_file (DiemArticle *article,
                          const char  *path,
                          GError     **error)
{
  g_autoptr(DiemAtomicFile) file = NULL;

  if (!diem_article_check_output (article, path, error))
    return FALSE;
  file = diem_atomic_file_new (path, error);
  if (file == NULL)
    return FALSE;
  return diem_json_export_to_stream (article, diem_atomic_file_get_stream (file), error)
         && diem_atomic_file_commit (file, error);
}
