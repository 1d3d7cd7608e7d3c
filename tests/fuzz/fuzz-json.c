/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-json.c — the JSON export of an article loaded from arbitrary bytes
 *
 * The first byte picks plain text, HTML or Markdown; the export must parse back as
 * JSON with the article's text in it.
 */
#include <json-glib/json-glib.h>
#include <stdint.h>

#include "diem-article.h"
#include "diem-json-export.h"

static const char *const names[] = { "article.txt", "article.html", "article.md" };

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(DiemArticle) article = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autofree char *json = NULL;
  gsize length = 0;

  if (size < 1)
    return 0;
  article = diem_article_new_from_data ((const char *) data + 1, size - 1,
                                        names[data[0] % G_N_ELEMENTS (names)], NULL);
  if (article == NULL)
    return 0;
  json = diem_json_export_to_data (article, &length);
  parser = json_parser_new ();
  g_assert (json_parser_load_from_data (parser, json, (gssize) length, NULL));
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (json_parser_get_root (parser)), "text"),
                   ==, diem_article_get_text (article));
  return 0;
}
