/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-pdf-digest.c — several articles' summaries as one PDF: cover, contents, index
 *
 * The document is a run of parts on one PDF surface: the cover, the contents, one part
 * per article (its heading, the editor's summary and the corrected tables, as the
 * summary printed alone) and the index of officials. Page numbers run across parts.
 * A first pass paginates each article to learn its page count and is then dropped;
 * the second lays each article out again and draws it at once, so only one article's
 * pages are in memory at a time, however many the digest holds.
 */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "diem-file-util.h"
#include "diem-page-digest.h"
#include "diem-page-renderer-private.h"
#include "diem-pdf-digest.h"
#include "diem-pdf-private.h"

#define MARGIN 56.0

/* An outline entry, its page in the whole document (from 0), or in its article's
 * part until the parts are numbered. */
typedef struct
{
  char  *title;
  guint  depth;
  guint  page;
  double y;
} OutlineEntry;



typedef struct
{
  const DiemDigestArticle *articles;
  guint                    n_articles;
  double                   width;
  double                   height;
  GPtrArray               *parts;   /* (element-type DiemDigestPart) */
  GArray                  *n_pages; /* (element-type guint) each article's */
  GArray                  *outline; /* (element-type OutlineEntry) */
  GArray                  *article_outline; /* (element-type OutlineEntry) the articles', by part */
  GArray                  *outline_part;    /* (element-type guint) the part of each */
  GPtrArray               *names;   /* (element-type DiemDigestName) */
  guint                    total;
} Digest;

static void
clear_outline_entry (gpointer data)
{
  g_free (((OutlineEntry *) data)->title);
}

static void
digest_clear (Digest *digest)
{
  g_clear_pointer (&digest->parts, g_ptr_array_unref);
  g_clear_pointer (&digest->n_pages, g_array_unref);
  g_clear_pointer (&digest->outline, g_array_unref);
  g_clear_pointer (&digest->article_outline, g_array_unref);
  g_clear_pointer (&digest->outline_part, g_array_unref);
  g_clear_pointer (&digest->names, g_ptr_array_unref);
}

/* Pages after the first, above which the article is named. */
static DiemPageRenderer *
new_article_part (Digest *digest,
                  guint   index)
{
  const DiemDigestArticle *entry = &digest->articles[index];
  DiemPageRenderer *renderer = diem_page_renderer_new (entry->article, digest->width, digest->height, MARGIN);

  diem_page_renderer_set_contents (renderer, DIEM_PAGE_CONTENTS_SUMMARY);
  diem_page_renderer_set_summary_text (renderer, entry->summary);
  renderer->part_target = DIEM_PAGE_PART_TARGET (index);
  return renderer;
}

/* The renderer's outline entries, moved to the pages from @first_page on, into @outline. */
static void
take_outline (GArray           *outline,
              DiemPageRenderer *renderer,
              guint             first_page)
{
  guint n = 0;
  const DiemPageOutlineEntry *entries = diem_page_renderer_get_outline (renderer, &n);

  for (guint i = 0; i < n; i++)
    {
      OutlineEntry entry = { g_strdup (entries[i].title), entries[i].depth, first_page + entries[i].page_index,
                             entries[i].y };

      g_array_append_val (outline, entry);
    }
}

/* The articles' entries, at their parts' pages, after the contents' entries. */
static void
place_article_outline (Digest *digest)
{
  for (guint i = 0; i < digest->article_outline->len; i++)
    {
      OutlineEntry entry = g_array_index (digest->article_outline, OutlineEntry, i);
      guint part = g_array_index (digest->outline_part, guint, i);

      entry.title = g_strdup (entry.title);
      entry.page += ((DiemDigestPart *) g_ptr_array_index (digest->parts, part))->first_page - 1;
      g_array_append_val (digest->outline, entry);
    }
}

/* The first pass: each article's pages counted, then let go. */
static gboolean
count_article_pages (Digest       *digest,
                     GCancellable *cancellable,
                     GError      **error)
{
  g_autoptr(GPtrArray) officials_by_part = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < digest->n_articles; i++)
    {
      DiemArticle *article = digest->articles[i].article;
      g_autoptr(DiemPageRenderer) renderer = new_article_part (digest, i);
      GPtrArray *officials = diem_article_get_officials (article);
      GPtrArray *names = g_ptr_array_new ();
      DiemDigestPart *part = g_new0 (DiemDigestPart, 1);
      guint n = diem_page_renderer_paginate (renderer);
      guint outline_before = digest->article_outline->len;

      take_outline (digest->article_outline, renderer, 0);
      for (guint k = outline_before; k < digest->article_outline->len; k++)
        g_array_append_val (digest->outline_part, i);
      part->headline = diem_page_dup_article_title (article);
      g_ptr_array_add (digest->parts, part);
      g_array_append_val (digest->n_pages, n);
      for (guint k = 0; officials != NULL && k < officials->len; k++)
        g_ptr_array_add (names, ((DiemOfficial *) g_ptr_array_index (officials, k))->name);
      g_ptr_array_add (officials_by_part, names);
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
    }
  digest->names = diem_digest_index_names (officials_by_part);
  return TRUE;
}

/* Each article's first page, from 1, once the pages before the first are known. */
static guint
number_parts (Digest *digest,
              guint   pages_before)
{
  guint page = pages_before;

  for (guint i = 0; i < digest->parts->len; i++)
    {
      ((DiemDigestPart *) g_ptr_array_index (digest->parts, i))->first_page = page + 1;
      page += g_array_index (digest->n_pages, guint, i);
    }
  return page;
}

static void
add_outline (cairo_surface_t *surface,
             Digest          *digest)
{
  int part = CAIRO_PDF_OUTLINE_ROOT;

  for (guint i = 0; i < digest->outline->len; i++)
    {
      OutlineEntry *entry = &g_array_index (digest->outline, OutlineEntry, i);
      g_autofree char *link = g_strdup_printf ("page=%u pos=[0 %d]", entry->page + 1, (int) entry->y);
      int id = cairo_pdf_surface_add_outline (surface, entry->depth == 0 ? CAIRO_PDF_OUTLINE_ROOT : part,
                                              entry->title, link, 0);

      if (entry->depth == 0)
        part = id;
    }
}

typedef struct
{
  cairo_t             *cr;
  DiemPdfSink         *sink;
  DiemPdfProgressFunc  progress;
  gpointer             user_data;
  guint                done;
  guint                total;
} Drawing;

/* Draws every page of @renderer, numbered from @first_page; FALSE when cancelled or
 * the output failed. */
static gboolean
draw_part (Drawing          *drawing,
           DiemPageRenderer *renderer,
           guint             first_page)
{
  guint n = diem_page_renderer_get_n_pages (renderer);

  diem_page_renderer_set_numbering (renderer, first_page, drawing->total);
  for (guint i = 0; i < n; i++)
    {
      diem_page_renderer_draw_page (renderer, drawing->cr, i);
      cairo_show_page (drawing->cr);
      if (drawing->progress != NULL)
        drawing->progress (++drawing->done, drawing->total, drawing->user_data);
      if (g_cancellable_is_cancelled (drawing->sink->cancellable) || drawing->sink->error != NULL)
        return FALSE;
    }
  return TRUE;
}

static char *
dup_cover_date (void)
{
  g_autoptr(GDateTime) now = diem_pdf_creation_time ();

  /* TRANSLATORS: the digest's date on its cover, as g_date_time_format () reads it */
  return g_date_time_format (now, C_("digest date", "%d/%m/%Y"));
}

/**
 * diem_pdf_digest_to_stream:
 * @articles: (array length=n_articles): the articles, in the digest's order
 * @stream: where the PDF goes, page by page; not closed
 * @progress: (nullable) (scope call): called after each page
 * @cancellable: (nullable): checked between articles and pages
 *
 * Writes the digest: a cover (title, date, number of articles), the contents (each
 * article's headline and first page, linked), each article's heading, summary and
 * tables from a new page, and an index of the officials named, each leading to the
 * articles that name them. The outline has an entry per article. May run in any
 * thread (the articles are only read); on failure part of a PDF may be in @stream.
 */
gboolean
diem_pdf_digest_to_stream (const DiemDigestArticle *articles,
                           guint                    n_articles,
                           const DiemDigestOptions *options,
                           GOutputStream           *stream,
                           DiemPdfProgressFunc      progress,
                           gpointer                 user_data,
                           GCancellable            *cancellable,
                           GError                 **error)
{
  Digest digest = { articles, n_articles, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, 0 };
  DiemPdfSink sink = { stream, cancellable, NULL };
  Drawing drawing = { NULL, &sink, progress, user_data, 0, 0 };
  g_autoptr(DiemPageRenderer) contents = NULL;
  g_autoptr(DiemPageRenderer) index = NULL;
  g_autofree char *date = NULL;
  g_autofree char *subject = NULL;
  const char *title;
  cairo_surface_t *surface;
  guint n_contents, index_first;
  gboolean drawn;

  g_return_val_if_fail (articles != NULL || n_articles == 0, FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (n_articles == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, _("A digest needs at least one article"));
      return FALSE;
    }
  for (guint i = 0; i < n_articles; i++)
    g_return_val_if_fail (DIEM_IS_ARTICLE (articles[i].article), FALSE);

  title = options->title != NULL && *options->title != '\0' ? options->title : C_("digest title", "Press Digest");
  diem_pdf_paper_size (options->paper, &digest.width, &digest.height);
  digest.parts = g_ptr_array_new_with_free_func ((GDestroyNotify) diem_digest_part_free);
  digest.n_pages = g_array_new (FALSE, FALSE, sizeof (guint));
  digest.outline = g_array_new (FALSE, FALSE, sizeof (OutlineEntry));
  g_array_set_clear_func (digest.outline, clear_outline_entry);
  digest.article_outline = g_array_new (FALSE, FALSE, sizeof (OutlineEntry));
  g_array_set_clear_func (digest.article_outline, clear_outline_entry);
  digest.outline_part = g_array_new (FALSE, FALSE, sizeof (guint));

  if (!count_article_pages (&digest, cancellable, error))
    {
      digest_clear (&digest);
      return FALSE;
    }

  /* the contents' rows are as tall whatever their page numbers, so one pagination
   * with the numbers unknown tells where the articles start */
  contents = diem_page_contents_new (digest.width, digest.height, MARGIN, digest.parts);
  n_contents = diem_page_renderer_paginate (contents);
  index_first = number_parts (&digest, 1 + n_contents);
  if (diem_page_renderer_paginate (contents) != n_contents)
    g_warn_if_reached ();
  index = diem_page_index_new (digest.width, digest.height, MARGIN, digest.parts, digest.names);
  digest.total = index_first + diem_page_renderer_paginate (index);
  drawing.total = digest.total;

  take_outline (digest.outline, contents, 1);
  place_article_outline (&digest);
  take_outline (digest.outline, index, index_first);

  surface = diem_pdf_surface_new (&sink, digest.width, digest.height);
  subject = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u article", "%u articles", n_articles), n_articles);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, subject);
  add_outline (surface, &digest);
  drawing.cr = cairo_create (surface);

  date = dup_cover_date ();
  diem_page_draw_cover (contents, drawing.cr, title, date, n_articles);
  cairo_show_page (drawing.cr);
  if (progress != NULL)
    progress (++drawing.done, drawing.total, user_data);

  drawn = draw_part (&drawing, contents, 1);
  for (guint i = 0; drawn && i < n_articles; i++)
    {
      g_autoptr(DiemPageRenderer) renderer = new_article_part (&digest, i);
      DiemDigestPart *part = g_ptr_array_index (digest.parts, i);

      /* one article's lines at a time, laid out once more to be drawn */
      diem_page_renderer_keep_lines (renderer);
      /* the same article, laid out the same way: as many pages as counted */
      if (diem_page_renderer_paginate (renderer) != g_array_index (digest.n_pages, guint, i))
        g_warn_if_reached ();
      drawn = draw_part (&drawing, renderer, part->first_page - 1);
    }
  if (drawn)
    draw_part (&drawing, index, index_first);

  digest_clear (&digest);
  return diem_pdf_surface_finish (surface, drawing.cr, &sink, error)
         && g_output_stream_flush (stream, cancellable, error);
}

/**
 * diem_pdf_digest_to_file:
 *
 * As diem_pdf_digest_to_stream (), into a file written under a temporary name and
 * renamed when whole: a failure or a cancellation leaves no file behind.
 */
gboolean
diem_pdf_digest_to_file (const DiemDigestArticle *articles,
                         guint                    n_articles,
                         const DiemDigestOptions *options,
                         const char              *path,
                         DiemPdfProgressFunc      progress,
                         gpointer                 user_data,
                         GCancellable            *cancellable,
                         GError                 **error)
{
  g_autoptr(DiemAtomicFile) file = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (guint i = 0; i < n_articles; i++)
    if (!diem_article_check_output (articles[i].article, path, error))
      return FALSE;
  file = diem_atomic_file_new (path, error);
  if (file == NULL)
    return FALSE;
  if (!diem_pdf_digest_to_stream (articles, n_articles, options, diem_atomic_file_get_stream (file),
                                  progress, user_data, cancellable, error))
    return FALSE;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  return diem_atomic_file_commit (file, error);
}
