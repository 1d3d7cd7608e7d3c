/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-extract.h — what the article names, one list of entries per category
 *
 * The extractors read the article's NFC text and its blocks; they never change either.
 * Vocabulary lives in the lexicons (data/lexicons, in GResource); this is the grammar.
 */
#pragma once

#include "diem-block.h"
#include "diem-category.h"
#include "diem-entities.h"

G_BEGIN_DECLS

struct _DiemExtraction
{
  GHashTable *lists;      /* (element-type DiemCategory GPtrArray) each category's entries */

  /* the built-in categories' lists, borrowed from @lists, for their extractors */
  GPtrArray  *officials;   /* (element-type DiemOfficial) in order of first mention */
  GPtrArray  *awards;      /* (element-type DiemAward) sorted by rank, then first mention */
  GPtrArray  *resolutions; /* (element-type DiemDocument) kind RESOLUTION, in order of first mention */
  GPtrArray  *documents;   /* (element-type DiemDocument) every other kind */
};

DiemExtraction *diem_extraction_new  (void);
void            diem_extraction_free (DiemExtraction     *extraction);
GPtrArray      *diem_extraction_get  (DiemExtraction     *extraction,
                                      const DiemCategory *category);
void            diem_extraction_set  (DiemExtraction     *extraction,
                                      const DiemCategory *category,
                                      GPtrArray          *entries);

void            diem_extract         (const char      *text,
                                      gsize            length,
                                      GPtrArray       *blocks,
                                      DiemExtraction  *out);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DiemExtraction, diem_extraction_free)

G_END_DECLS
