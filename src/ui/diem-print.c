/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-print.c — printing and print preview through the PDF export's page renderer
 *
 * The pages are laid out by the same DiemPageRenderer as the PDF, on the paper the
 * print dialog chose, so print, preview and PDF read alike. In the Flatpak the
 * operation goes through the print portal.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "diem-page-renderer.h"
#include "diem-print.h"

#define PRINT_MARGIN 56.0 /* points, as in the PDF */

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   DiemArticle       *article)
{
  DiemPageRenderer *renderer = diem_page_renderer_new (article,
                                                       gtk_print_context_get_width (context),
                                                       gtk_print_context_get_height (context),
                                                       PRINT_MARGIN);

  gtk_print_operation_set_n_pages (operation, (int) diem_page_renderer_paginate (renderer));
  g_object_set_data_full (G_OBJECT (operation), "diem-renderer", renderer,
                          (GDestroyNotify) diem_page_renderer_free);
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page_nr,
                 DiemArticle       *article)
{
  DiemPageRenderer *renderer = g_object_get_data (G_OBJECT (operation), "diem-renderer");

  diem_page_renderer_draw_page (renderer, gtk_print_context_get_cairo_context (context), (guint) page_nr);
}

/**
 * diem_print_operation_new:
 *
 * Returns: (transfer full): a print operation for the article and its summary,
 *   on A4 unless the user picks other paper
 */
GtkPrintOperation *
diem_print_operation_new (DiemArticle *article)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autofree char *headline = diem_article_dup_headline (article);
  const char *title = headline != NULL ? headline : diem_article_get_title_hint (article);

  g_return_val_if_fail (DIEM_IS_ARTICLE (article), NULL);

  gtk_page_setup_set_paper_size (setup, a4);
  gtk_print_operation_set_default_page_setup (operation, setup);
  /* the renderer draws its own margins, in points from the paper's corner */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_job_name (operation, title != NULL ? title : _("Article"));

  /* the article lives as long as the operation, which may outlive its window */
  g_object_set_data_full (G_OBJECT (operation), "diem-article", g_object_ref (article), g_object_unref);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print_cb), article);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), article);
  return operation;
}
