/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-pdf-private.h — what the article's PDF and the digest's share: paper, surface, date */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "diem-pdf-export.h"

G_BEGIN_DECLS

/* Where cairo's output goes, and the first error writing it. */
typedef struct
{
  GOutputStream *stream;
  GCancellable  *cancellable;
  GError        *error;
} DiemPdfSink;

void             diem_pdf_paper_size     (DiemPaper    paper,
                                          double      *width,
                                          double      *height);
GDateTime       *diem_pdf_creation_time  (void);
cairo_surface_t *diem_pdf_surface_new    (DiemPdfSink *sink,
                                          double       width,
                                          double       height);
gboolean         diem_pdf_surface_finish (cairo_surface_t *surface,
                                          cairo_t         *cr,
                                          DiemPdfSink     *sink,
                                          GError         **error);

G_END_DECLS
