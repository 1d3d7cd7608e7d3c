/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-pdf.c — the PDF export of small articles loaded from arbitrary bytes
 *
 * The first byte picks plain text, HTML or Markdown, the paper and the contents; the
 * PDF goes to memory and must at least start and end like one.
 */
#include <stdint.h>
#include <string.h>

#include "diem-article.h"
#include "diem-pdf-export.h"

/* Pagination of a long article is slow under the sanitizers; small ones find the bugs. */
#define MAX_INPUT_BYTES 4096

static const char *const names[] = { "article.txt", "article.html", "article.md" };

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(DiemArticle) article = NULL;
  g_autoptr(GOutputStream) stream = NULL;
  g_autoptr(GError) error = NULL;
  DiemPdfOptions options = { 0 };
  const char *pdf;
  gsize length;

  if (size < 1 || size > MAX_INPUT_BYTES)
    return 0;
  article = diem_article_new_from_data ((const char *) data + 1, size - 1,
                                        names[data[0] % G_N_ELEMENTS (names)], NULL);
  if (article == NULL)
    return 0;

  options.paper = (data[0] >> 2) % 2 == 0 ? DIEM_PAPER_A4 : DIEM_PAPER_LETTER;
  options.contents = (DiemPageContents) ((data[0] >> 3) % 3);
  stream = g_memory_output_stream_new_resizable ();
  if (!diem_pdf_export_to_stream (article, stream, &options, NULL, NULL, NULL, &error))
    g_error ("PDF export failed: %s", error->message);
  g_output_stream_close (stream, NULL, NULL);
  pdf = g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (stream));
  length = g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream));
  g_assert (length > 8 && memcmp (pdf, "%PDF-", 5) == 0);
  return 0;
}
