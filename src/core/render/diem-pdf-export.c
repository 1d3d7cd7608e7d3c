/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-pdf-export.c — the article and its summary as an A4 PDF (Cairo + PangoCairo)
 *
 * Pages are written to the output as they are drawn; a file is written under a
 * temporary name and renamed when whole, so a failure never leaves part of one behind.
 */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "diem-file-util.h"
#include "diem-font-coverage.h"
#include "diem-page-renderer.h"
#include "diem-pdf-export.h"
#include "diem-pdf-private.h"

#define MARGIN 56.0

/* Paper sizes in points, by DiemPaper */
static const struct
{
  const char *name;
  double      width;
  double      height;
} papers[] = {
  { "a4", 595.28, 841.89 },
  { "letter", 612.0, 792.0 },
};

static const char *const contents_names[] = { "both", "article", "summary" };

gboolean
diem_paper_from_name (const char *name,
                      DiemPaper  *paper)
{
  for (guint i = 0; i < G_N_ELEMENTS (papers); i++)
    if (g_ascii_strcasecmp (name, papers[i].name) == 0)
      {
        *paper = (DiemPaper) i;
        return TRUE;
      }
  return FALSE;
}

gboolean
diem_page_contents_from_name (const char       *name,
                              DiemPageContents *contents)
{
  for (guint i = 0; i < G_N_ELEMENTS (contents_names); i++)
    if (g_ascii_strcasecmp (name, contents_names[i]) == 0)
      {
        *contents = (DiemPageContents) i;
        return TRUE;
      }
  return FALSE;
}

/* The names the CLI's flags and the GSettings keys use. */
const char *
diem_paper_get_name (DiemPaper paper)
{
  g_return_val_if_fail (paper < G_N_ELEMENTS (papers), NULL);
  return papers[paper].name;
}

const char *
diem_page_contents_get_name (DiemPageContents contents)
{
  g_return_val_if_fail (contents < G_N_ELEMENTS (contents_names), NULL);
  return contents_names[contents];
}

void
diem_pdf_paper_size (DiemPaper paper,
                     double   *width,
                     double   *height)
{
  g_return_if_fail (paper < G_N_ELEMENTS (papers));
  *width = papers[paper].width;
  *height = papers[paper].height;
}

static cairo_status_t
write_to_sink (void                *closure,
               const unsigned char *data,
               unsigned int         length)
{
  DiemPdfSink *sink = closure;

  if (sink->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (sink->stream, data, length, NULL, sink->cancellable, &sink->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

static char *
dup_title (DiemArticle *article)
{
  char *headline = diem_article_dup_headline (article);

  if (headline != NULL)
    {
      g_strdelimit (headline, "\r\n\t", ' ');
      return g_strstrip (headline);
    }
  return g_strdup (diem_article_get_title_hint (article));
}

static char *
dup_authors (DiemArticle *article)
{
  GPtrArray *byline = diem_article_get_byline (article);
  g_autoptr(GString) authors = g_string_new (NULL);

  for (guint i = 0; byline != NULL && i < byline->len; i++)
    {
      if (i > 0)
        g_string_append (authors, ", ");
      g_string_append (authors, g_ptr_array_index (byline, i));
    }
  return authors->len > 0 ? g_string_free (g_steal_pointer (&authors), FALSE) : NULL;
}

/* The lead (or else the first paragraph) on one line, cut at a word near 240 bytes. */
static char *
dup_subject (DiemArticle *article)
{
  GPtrArray *blocks = diem_article_get_blocks (article);
  DiemBlock *chosen = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) words = NULL;
  g_autoptr(GString) subject = g_string_new (NULL);

  for (guint i = 0; i < blocks->len && chosen == NULL; i++)
    if (((DiemBlock *) g_ptr_array_index (blocks, i))->kind == DIEM_BLOCK_LEAD)
      chosen = g_ptr_array_index (blocks, i);
  for (guint i = 0; i < blocks->len && chosen == NULL; i++)
    if (((DiemBlock *) g_ptr_array_index (blocks, i))->kind == DIEM_BLOCK_PARAGRAPH)
      chosen = g_ptr_array_index (blocks, i);
  if (chosen == NULL)
    return NULL;

  text = diem_article_dup_span (article, chosen->span);
  words = g_strsplit_set (text, " \t\r\n", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      if (subject->len + strlen (words[i]) > 240)
        {
          g_string_append (subject, "…");
          break;
        }
      if (subject->len > 0)
        g_string_append_c (subject, ' ');
      g_string_append (subject, words[i]);
    }
  return subject->len > 0 ? g_string_free (g_steal_pointer (&subject), FALSE) : NULL;
}

/* The officials' names: what an archive searches a news report by. */
static char *
dup_keywords (DiemArticle *article)
{
  GPtrArray *officials = diem_article_get_officials (article);
  g_autoptr(GString) keywords = g_string_new (NULL);

  for (guint i = 0; officials != NULL && i < officials->len; i++)
    {
      if (i > 0)
        g_string_append (keywords, ", ");
      g_string_append (keywords, ((DiemOfficial *) g_ptr_array_index (officials, i))->name);
    }
  return keywords->len > 0 ? g_string_free (g_steal_pointer (&keywords), FALSE) : NULL;
}

/* SOURCE_DATE_EPOCH makes builds of the same article byte-for-byte reproducible. */
GDateTime *
diem_pdf_creation_time (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  gint64 seconds;

  if (epoch != NULL && g_ascii_string_to_signed (epoch, 10, 0, G_MAXINT64, &seconds, NULL))
    return g_date_time_new_from_unix_utc (seconds);
  return g_date_time_new_now_local ();
}

static char *
dup_creation_date (void)
{
  g_autoptr(GDateTime) now = diem_pdf_creation_time ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%S%:z");
}

/* A PDF surface writing into @sink, with the creator and the date set. */
cairo_surface_t *
diem_pdf_surface_new (DiemPdfSink *sink,
                      double       width,
                      double       height)
{
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (write_to_sink, sink, width, height);
  g_autofree char *date = dup_creation_date ();

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, PACKAGE_NAME " " PACKAGE_VERSION);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
  return surface;
}

/* Ends the document drawn with @cr on @surface (both destroyed here): the first of a
 * cancellation, a write error and a cairo error is the error. */
gboolean
diem_pdf_surface_finish (cairo_surface_t *surface,
                         cairo_t         *cr,
                         DiemPdfSink     *sink,
                         GError         **error)
{
  cairo_status_t status = cairo_status (cr);

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (g_cancellable_set_error_if_cancelled (sink->cancellable, error))
    {
      g_clear_error (&sink->error);
      return FALSE;
    }
  if (sink->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&sink->error));
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not render the PDF: %s"), cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

static void
set_metadata (cairo_surface_t *surface,
              DiemArticle     *article,
              const char      *title)
{
  g_autofree char *authors = dup_authors (article);
  g_autofree char *subject = dup_subject (article);
  g_autofree char *keywords = dup_keywords (article);

  if (title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  if (authors != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, authors);
  if (subject != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, subject);
  if (keywords != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_KEYWORDS, keywords);
}

/* The renderer's parts and sections as the PDF's bookmarks, a section under its part;
 * the summary opens on its sections. */
static void
add_outline (cairo_surface_t  *surface,
             DiemPageRenderer *renderer)
{
  guint n_entries = 0;
  const DiemPageOutlineEntry *entries = diem_page_renderer_get_outline (renderer, &n_entries);
  int part = CAIRO_PDF_OUTLINE_ROOT;

  for (guint i = 0; i < n_entries; i++)
    {
      const DiemPageOutlineEntry *entry = &entries[i];
      gboolean has_sections = i + 1 < n_entries && entries[i + 1].depth > entry->depth;
      g_autofree char *link = g_strdup_printf ("page=%u pos=[0 %d]", entry->page_index + 1, (int) entry->y);
      int id = cairo_pdf_surface_add_outline (surface, entry->depth == 0 ? CAIRO_PDF_OUTLINE_ROOT : part,
                                              entry->title, link,
                                              has_sections ? CAIRO_PDF_OUTLINE_FLAG_OPEN : 0);

      if (entry->depth == 0)
        part = id;
    }
}

static gboolean
render_pdf (DiemArticle          *article,
            GOutputStream        *stream,
            const DiemPdfOptions *options,
            DiemPdfProgressFunc   progress,
            gpointer              user_data,
            GCancellable         *cancellable,
            GError              **error)
{
  double width = papers[options->paper].width;
  double height = papers[options->paper].height;
  g_autoptr(DiemPageRenderer) renderer = diem_page_renderer_new (article, width, height, MARGIN);
  g_autofree char *title = dup_title (article);
  DiemPdfSink sink = { stream, cancellable, NULL };
  gboolean cancelled = FALSE;
  cairo_surface_t *surface;
  cairo_t *cr;
  guint n_pages;

  diem_page_renderer_set_contents (renderer, options->contents);
  diem_page_renderer_set_summary_text (renderer, options->summary);
  n_pages = diem_page_renderer_paginate (renderer);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  surface = diem_pdf_surface_new (&sink, width, height);
  set_metadata (surface, article, title);
  add_outline (surface, renderer);

  cr = cairo_create (surface);
  for (guint i = 0; i < n_pages && !cancelled; i++)
    {
      diem_page_renderer_draw_page (renderer, cr, i);
      cairo_show_page (cr);
      if (progress != NULL)
        progress (i + 1, n_pages, user_data);
      cancelled = g_cancellable_is_cancelled (cancellable) || sink.error != NULL;
    }
  return diem_pdf_surface_finish (surface, cr, &sink, error);
}

/**
 * diem_pdf_coverage_warning:
 *
 * Pango draws a character the body font lacks in another font; the page stays whole
 * but that letter looks out of place, which an editor should know before sending it.
 *
 * Returns: (transfer full) (nullable): a sentence naming the characters the body font
 *   cannot draw, or NULL when it draws them all
 */
char *
diem_pdf_coverage_warning (DiemArticle *article)
{
  g_autofree char *family = NULL;
  g_autofree char *missing = NULL;

  g_return_val_if_fail (DIEM_IS_ARTICLE (article), NULL);

  missing = diem_font_coverage_missing (DIEM_PAGE_BODY_FAMILIES, diem_article_get_text (article), &family);
  if (missing == NULL)
    return NULL;
  return g_strdup_printf (_("The font %s has no glyph for “%s”: another font draws those characters"),
                          family != NULL ? family : DIEM_PAGE_BODY_FAMILIES, missing);
}

/**
 * diem_pdf_export_to_file:
 *
 * Writes the article, then a summary page (officials, awards, resolutions, other
 * documents), as an A4 PDF with embedded fonts, metadata and an outline.
 */
gboolean
diem_pdf_export_to_file (DiemArticle *article,
                         const char  *path,
                         GError     **error)
{
  const DiemPdfOptions options = { DIEM_PAPER_A4, DIEM_PAGE_CONTENTS_BOTH };

  return diem_pdf_export_to_file_with_progress (article, path, &options, NULL, NULL, NULL, error);
}

/**
 * diem_pdf_export_to_file_full:
 * @options: paper size, and whether to write the article, the summary or both
 */
gboolean
diem_pdf_export_to_file_full (DiemArticle          *article,
                              const char           *path,
                              const DiemPdfOptions *options,
                              GError              **error)
{
  return diem_pdf_export_to_file_with_progress (article, path, options, NULL, NULL, NULL, error);
}

/**
 * diem_pdf_export_to_stream:
 * @stream: where the PDF goes, page by page; not closed
 * @options: paper size, and whether to write the article, the summary or both
 * @progress: (nullable) (scope call): called in the calling thread after each page
 * @cancellable: (nullable): checked between pages
 *
 * May run in any thread: the renderer uses that thread's fonts, and @article is only
 * read. On failure part of a PDF may have been written to @stream.
 */
gboolean
diem_pdf_export_to_stream (DiemArticle          *article,
                           GOutputStream        *stream,
                           const DiemPdfOptions *options,
                           DiemPdfProgressFunc   progress,
                           gpointer              user_data,
                           GCancellable         *cancellable,
                           GError              **error)
{
  g_return_val_if_fail (DIEM_IS_ARTICLE (article), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (options != NULL && options->paper < G_N_ELEMENTS (papers), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return render_pdf (article, stream, options, progress, user_data, cancellable, error)
         && g_output_stream_flush (stream, cancellable, error);
}

/**
 * diem_pdf_export_to_file_with_progress:
 * @options: paper size, and whether to write the article, the summary or both
 * @progress: (nullable) (scope call): called in the calling thread after each page
 * @cancellable: (nullable): checked between pages
 *
 * As diem_pdf_export_to_stream (), into a file written under a temporary name that is
 * renamed at the end, so a failure or a cancellation (G_IO_ERROR_CANCELLED) leaves no
 * file behind.
 */
gboolean
diem_pdf_export_to_file_with_progress (DiemArticle          *article,
                                       const char           *path,
                                       const DiemPdfOptions *options,
                                       DiemPdfProgressFunc   progress,
                                       gpointer              user_data,
                                       GCancellable         *cancellable,
                                       GError              **error)
{
  g_autoptr(DiemAtomicFile) file = NULL;

  g_return_val_if_fail (DIEM_IS_ARTICLE (article), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (options != NULL && options->paper < G_N_ELEMENTS (papers), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!diem_article_check_output (article, path, error))
    return FALSE;
  file = diem_atomic_file_new (path, error);
  if (file == NULL)
    return FALSE;
  if (!diem_pdf_export_to_stream (article, diem_atomic_file_get_stream (file), options,
                                  progress, user_data, cancellable, error))
    return FALSE;
  /* the last chance to cancel: after this the file is written whole */
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  return diem_atomic_file_commit (file, error);
}
