/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-load.c — an article from arbitrary bytes, read as plain text, HTML or Markdown
 *
 * The first byte picks the name the bytes come under (which chooses the parser); the
 * rest is the file. Loading decodes, normalises, parses and extracts.
 */
#include <stdint.h>

#include "diem-article.h"

static const char *const names[] = { "article.txt", "article.html", "article.md", "article" };

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(DiemArticle) article = NULL;
  g_autoptr(GError) error = NULL;

  if (size < 1)
    return 0;
  article = diem_article_new_from_data ((const char *) data + 1, size - 1,
                                        names[data[0] % G_N_ELEMENTS (names)], &error);
  g_assert (article != NULL || error != NULL);
  if (article != NULL)
    g_assert (g_utf8_validate_len (diem_article_get_text (article), diem_article_get_text_length (article), NULL));
  return 0;
}
