/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-page-digest.h — a digest's own pages: the cover, the contents, the index
 *
 * Each is a part of the digest's document (diem-pdf-digest.c): laid out by the page
 * renderer like an article's pages, numbered in the document's sequence, linking to
 * the articles' parts by their DIEM_PAGE_PART_TARGET ().
 */
#pragma once

#include "diem-page-renderer.h"

G_BEGIN_DECLS

/* One article of the digest, as the contents and the index name it. */
typedef struct
{
  char  *headline;
  guint  first_page; /* its first page in the document, from 1; 0 until known */
} DiemDigestPart;

/* An official of the index and the articles naming them, in the digest's order. */
typedef struct
{
  char   *name;
  char   *sort_key;
  GArray *parts; /* (element-type guint) indexes of DiemDigestPart */
} DiemDigestName;

void              diem_digest_part_free   (DiemDigestPart *part);
void              diem_digest_name_free   (DiemDigestName *name);
GPtrArray        *diem_digest_index_names (GPtrArray      *officials_by_part);

DiemPageRenderer *diem_page_contents_new  (double     page_width,
                                           double     page_height,
                                           double     margin,
                                           GPtrArray *parts);
DiemPageRenderer *diem_page_index_new     (double     page_width,
                                           double     page_height,
                                           double     margin,
                                           GPtrArray *parts,
                                           GPtrArray *names);
void              diem_page_draw_cover    (DiemPageRenderer *renderer,
                                           cairo_t          *cr,
                                           const char       *title,
                                           const char       *date,
                                           guint             n_articles);

G_END_DECLS
