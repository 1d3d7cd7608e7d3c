/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-extract.c — runs every category's extractor over the article
 *
 * The article is cut into tokens and sentences once (caption credits and bylines left
 * out); each extractor then reads the sentences with its own grammar.
 */
#include "diem-extract.h"

#include "diem-grammar.h"
#include "diem-tokens.h"

DiemExtraction *
diem_extraction_new (void)
{
  DiemExtraction *self = g_new0 (DiemExtraction, 1);

  self->lists = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  self->officials = diem_extraction_get (self, diem_category_lookup ("officials"));
  self->awards = diem_extraction_get (self, diem_category_lookup ("awards"));
  self->resolutions = diem_extraction_get (self, diem_category_lookup ("resolutions"));
  self->documents = diem_extraction_get (self, diem_category_lookup ("documents"));
  return self;
}

void
diem_extraction_free (DiemExtraction *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->lists);
  g_free (self);
}

/**
 * diem_extraction_get:
 *
 * Returns: (transfer none) (element-type gpointer): the entries of @category, an empty
 *   list when nothing was extracted for it
 */
GPtrArray *
diem_extraction_get (DiemExtraction     *self,
                     const DiemCategory *category)
{
  GPtrArray *list;

  g_return_val_if_fail (self != NULL && category != NULL, NULL);

  list = g_hash_table_lookup (self->lists, category);
  if (list == NULL)
    {
      list = g_ptr_array_new_with_free_func (category->free_entry);
      g_hash_table_insert (self->lists, (gpointer) category, list);
    }
  return list;
}

/**
 * diem_extraction_set:
 * @entries: (element-type gpointer): the entries of @category, freed with its
 *   free_entry; a reference is taken
 *
 * Replaces what @extraction holds for @category: the editor's corrected lists.
 */
void
diem_extraction_set (DiemExtraction     *self,
                     const DiemCategory *category,
                     GPtrArray          *entries)
{
  g_return_if_fail (self != NULL && category != NULL && entries != NULL);

  g_hash_table_insert (self->lists, (gpointer) category, g_ptr_array_ref (entries));
  self->officials = diem_extraction_get (self, diem_category_lookup ("officials"));
  self->awards = diem_extraction_get (self, diem_category_lookup ("awards"));
  self->resolutions = diem_extraction_get (self, diem_category_lookup ("resolutions"));
  self->documents = diem_extraction_get (self, diem_category_lookup ("documents"));
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  const DiemCategory *category = user_data;

  return category->compare (*(gconstpointer *) a, *(gconstpointer *) b);
}

void
diem_extract (const char     *text,
              gsize           length,
              GPtrArray      *blocks,
              DiemExtraction *out)
{
  g_autoptr(DiemTokens) tokens = NULL;
  const DiemCategory * const *categories;
  guint n_categories;

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

  /* in the registry's order: awards read the officials found before them */
  categories = diem_categories (&n_categories);
  for (guint i = 0; i < n_categories; i++)
    if (categories[i]->extract != NULL)
      categories[i]->extract (tokens, out);
  /* a stable sort: entries that compare equal keep the extractor's order */
  for (guint i = 0; i < n_categories; i++)
    if (categories[i]->compare != NULL)
      g_ptr_array_sort_with_data (diem_extraction_get (out, categories[i]), compare_entries,
                                  (gpointer) categories[i]);
}
