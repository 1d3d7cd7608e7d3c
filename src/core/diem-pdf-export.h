/* diem-pdf-export.h — the article and its summary as an A4 PDF (Cairo + PangoCairo) */
#pragma once

#include "diem-article.h"

G_BEGIN_DECLS

gboolean diem_pdf_export_to_file (DiemArticle *article,
                                  const char  *path,
                                  GError     **error);

G_END_DECLS
