/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-extract.c — each extractor over arbitrary text
 *
 * The bytes (valid UTF-8 only: the decoder guarantees that much) are normalised,
 * cut into plain-text blocks and tokens; the first byte picks the extractor, or all.
 */
#include <stdint.h>
#include <string.h>

#include "diem-awards.h"
#include "diem-documents.h"
#include "diem-extract.h"
#include "diem-grammar.h"
#include "diem-officials.h"
#include "diem-plain-parser.h"
#include "diem-text.h"
#include "diem-tokens.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* Every mention lies inside the text and starts and ends on a character. */
static void
check_mentions (GArray     *mentions,
                const char *text,
                gsize       length)
{
  for (guint i = 0; i < mentions->len; i++)
    {
      DiemSpan span = g_array_index (mentions, DiemSpan, i);

      g_assert (span.start <= span.end && span.end <= length);
      g_assert (g_utf8_validate_len (text + span.start, span.end - span.start, NULL));
    }
}

static void
check_extraction (DiemExtraction *out,
                  const char     *text,
                  gsize           length)
{
  for (guint i = 0; i < out->officials->len; i++)
    check_mentions (((DiemOfficial *) g_ptr_array_index (out->officials, i))->mentions, text, length);
  for (guint i = 0; i < out->awards->len; i++)
    check_mentions (((DiemAward *) g_ptr_array_index (out->awards, i))->mentions, text, length);
  for (guint i = 0; i < out->resolutions->len; i++)
    check_mentions (((DiemDocument *) g_ptr_array_index (out->resolutions, i))->mentions, text, length);
  for (guint i = 0; i < out->documents->len; i++)
    check_mentions (((DiemDocument *) g_ptr_array_index (out->documents, i))->mentions, text, length);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GPtrArray) blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) diem_block_free);
  g_autoptr(DiemExtraction) out = diem_extraction_new ();
  g_autoptr(DiemTokens) tokens = NULL;
  g_autofree char *text = NULL;
  const char *input = (const char *) data + 1;
  gsize length;

  if (size < 1 || !g_utf8_validate_len (input, size - 1, NULL))
    return 0;
  text = diem_text_normalize (input, size - 1);
  if (text == NULL)
    return 0;
  length = strlen (text);

  if (data[0] % 4 == 3)
    {
      diem_plain_parse (text, length, blocks);
      diem_extract (text, length, blocks, out);
      check_extraction (out, text, length);
      return 0;
    }

  tokens = diem_tokens_new (text, length);
  diem_tokens_add_span (tokens, 0, length);
  diem_tokens_finish (tokens, diem_grammar_is_abbreviation);
  diem_grammar_annotate (tokens);
  switch (data[0] % 4)
    {
    case 0:
      diem_officials_extract (tokens, out->officials);
      break;
    case 1:
      diem_officials_extract (tokens, out->officials);
      diem_awards_extract (tokens, out->officials, out->awards);
      break;
    default:
      diem_documents_extract (tokens, out->resolutions, out->documents);
      break;
    }
  check_extraction (out, text, length);
  return 0;
}
