/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-article-corrections.c — an article shown with the editor's corrections */

#include "diem-article-corrections.h"

/**
 * diem_article_apply_corrections:
 * @article: an extracted article
 * @corrections: (nullable) (element-type DiemDeskCorrection): the editor's log, in the
 *   order made; NULL or empty shows the extraction again
 *
 * Returns: (transfer full): the corrected lists with each entry's state; the article
 *   keeps its own references to the lists
 */
DiemCorrected *
diem_article_apply_corrections (DiemArticle *article,
                                GPtrArray   *corrections)
{
  DiemExtraction *extraction;
  DiemCorrected *corrected;
  g_autoptr(DiemExtraction) shown = NULL;

  g_return_val_if_fail (DIEM_IS_ARTICLE (article), NULL);

  extraction = diem_article_get_extraction (article);
  g_return_val_if_fail (extraction != NULL, NULL);

  corrected = diem_corrections_apply (diem_article_get_text (article),
                                      diem_article_get_text_length (article),
                                      extraction->officials, extraction->awards,
                                      extraction->resolutions, extraction->documents,
                                      corrections);
  if (corrections == NULL || corrections->len == 0)
    {
      diem_article_set_corrected (article, NULL);
      return corrected;
    }

  shown = diem_extraction_new ();
  diem_extraction_set (shown, diem_category_lookup ("officials"), corrected->officials);
  diem_extraction_set (shown, diem_category_lookup ("awards"), corrected->awards);
  diem_extraction_set (shown, diem_category_lookup ("resolutions"), corrected->resolutions);
  diem_extraction_set (shown, diem_category_lookup ("documents"), corrected->documents);
  diem_article_set_corrected (article, g_steal_pointer (&shown));
  return corrected;
}
