/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-pdf-export.h — the article and its summary as an A4 PDF (Cairo + PangoCairo) */
#pragma once

#include "diem-article.h"
#include "diem-page-renderer.h"

G_BEGIN_DECLS

typedef enum
{
  DIEM_PAPER_A4,
  DIEM_PAPER_LETTER,
} DiemPaper;

typedef struct
{
  DiemPaper        paper;
  DiemPageContents contents;
  const char      *summary; /* (nullable) the editor's summary, Markdown, on the summary sheet */
} DiemPdfOptions;

/* Called after each page is drawn, in the exporting thread. */
typedef void (*DiemPdfProgressFunc) (guint    pages_done,
                                     guint    n_pages,
                                     gpointer user_data);

gboolean diem_paper_from_name          (const char       *name,
                                        DiemPaper        *paper);
gboolean diem_page_contents_from_name  (const char       *name,
                                        DiemPageContents *contents);
const char *diem_paper_get_name        (DiemPaper         paper);
const char *diem_page_contents_get_name (DiemPageContents contents);
char    *diem_pdf_coverage_warning     (DiemArticle          *article);
gboolean diem_pdf_export_to_file_full  (DiemArticle          *article,
                                        const char           *path,
                                        const DiemPdfOptions *options,
                                        GError              **error);

gboolean diem_pdf_export_to_file_with_progress (DiemArticle          *article,
                                                const char           *path,
                                                const DiemPdfOptions *options,
                                                DiemPdfProgressFunc   progress,
                                                gpointer              user_data,
                                                GCancellable         *cancellable,
                                                GError              **error);

gboolean diem_pdf_export_to_stream (DiemArticle          *article,
                                    GOutputStream        *stream,
                                    const DiemPdfOptions *options,
                                    DiemPdfProgressFunc   progress,
                                    gpointer              user_data,
                                    GCancellable         *cancellable,
                                    GError              **error);

gboolean diem_pdf_export_to_file (DiemArticle *article,
                                  const char  *path,
                                  GError     **error);

G_END_DECLS
