/* diem-extract.c — officials, award tiers, resolutions and other documents
 *
 * The article is cut into tokens and sentences once (caption credits and bylines left
 * out); each extractor then reads the sentences with its own grammar.
 */
#include "diem-extract.h"

#include "diem-awards.h"
#include "diem-documents.h"
#include "diem-grammar.h"
#include "diem-officials.h"
#include "diem-tokens.h"

DiemExtraction *
diem_extraction_new (void)
{
  DiemExtraction *self = g_new0 (DiemExtraction, 1);

  self->officials = g_ptr_array_new_with_free_func ((GDestroyNotify) diem_official_free);
  self->awards = g_ptr_array_new_with_free_func ((GDestroyNotify) diem_award_free);
  self->resolutions = g_ptr_array_new_with_free_func ((GDestroyNotify) diem_document_free);
  self->documents = g_ptr_array_new_with_free_func ((GDestroyNotify) diem_document_free);
  return self;
}

void
diem_extraction_free (DiemExtraction *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->officials);
  g_ptr_array_unref (self->awards);
  g_ptr_array_unref (self->resolutions);
  g_ptr_array_unref (self->documents);
  g_free (self);
}

void
diem_extract (const char     *text,
              gsize           length,
              GPtrArray      *blocks,
              DiemExtraction *out)
{
  g_autoptr(DiemTokens) tokens = NULL;

  g_return_if_fail (text != NULL);
  g_return_if_fail (out != NULL);

  tokens = diem_tokens_new (text, length);
  if (blocks != NULL && blocks->len > 0)
    {
      for (guint i = 0; i < blocks->len; i++)
        {
          const DiemBlock *block = g_ptr_array_index (blocks, i);

          if (block->kind == DIEM_BLOCK_BYLINE)
            continue;
          /* a caption's credit ("Ảnh: VIỆT DŨNG") names a photographer, not an official */
          diem_tokens_add_span (tokens, block->text_span.start, MIN (block->text_span.end, length));
        }
    }
  else
    diem_tokens_add_span (tokens, 0, length);
  diem_tokens_finish (tokens, diem_grammar_is_abbreviation);
  diem_grammar_annotate (tokens);

  diem_officials_extract (tokens, out->officials);
  diem_awards_extract (tokens, out->officials, out->awards);
  diem_documents_extract (tokens, out->resolutions, out->documents);
}
