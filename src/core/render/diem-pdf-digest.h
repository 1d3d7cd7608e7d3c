/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-pdf-digest.h — several articles' summaries as one PDF: cover, contents, index */
#pragma once

#include "diem-article.h"
#include "diem-pdf-export.h"

G_BEGIN_DECLS

/* One article of a digest: its lists as the editor corrected them, and its summary. */
typedef struct
{
  DiemArticle *article;
  const char  *summary; /* (nullable) Markdown: the editor's, or a draft */
} DiemDigestArticle;

typedef struct
{
  DiemPaper   paper;
  const char *title; /* (nullable) the cover's; a default when NULL */
} DiemDigestOptions;

gboolean diem_pdf_digest_to_stream (const DiemDigestArticle *articles,
                                    guint                    n_articles,
                                    const DiemDigestOptions *options,
                                    GOutputStream           *stream,
                                    DiemPdfProgressFunc      progress,
                                    gpointer                 user_data,
                                    GCancellable            *cancellable,
                                    GError                 **error);

gboolean diem_pdf_digest_to_file   (const DiemDigestArticle *articles,
                                    guint                    n_articles,
                                    const DiemDigestOptions *options,
                                    const char              *path,
                                    DiemPdfProgressFunc      progress,
                                    gpointer                 user_data,
                                    GCancellable            *cancellable,
                                    GError                 **error);

G_END_DECLS
