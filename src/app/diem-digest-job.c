/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-digest-job.c — a digest of article files, with the editor's kept work
 *
 * Each article is read and extracted; when the desk keeps work for its text, its
 * corrections are replayed and its summary used, else the summary is a fresh draft.
 * Shared by the command line and the desk window (which runs it in a worker thread:
 * the desk's SQLite connection is serialised by SQLite itself).
 */
#include "config.h"


#include "diem-article-corrections.h"
#include "diem-digest-job.h"
#include "diem-summary-draft.h"

/* "NAME: message", so that the one line of an error says which file it is about. */
static void
prefix_with_file (GError    **error,
                  const char *name)
{
  if (error != NULL && *error != NULL)
    g_prefix_error (error, "%s: ", name);
}

/* The article's kept work, or NULL: a desk that cannot be read leaves the article as
 * it was extracted, as the window does. */
static DiemDeskWork *
load_work (DiemDeskStore *store,
           DiemArticle   *article)
{
  const char *hash = NULL;
  g_autoptr(GError) error = NULL;
  DiemDeskWork *work;

  if (store == NULL || diem_desk_store_is_empty (store))
    return NULL;
  hash = diem_article_get_text_hash (article);
  work = diem_desk_store_load (store, hash, &error);
  if (error != NULL)
    g_debug ("no kept work: %s", error->message);
  return work;
}

/**
 * diem_digest_job_run:
 * @files: (element-type GFile): the articles, in the digest's order
 * @store: (nullable): the desk to take the editor's work from
 * @path: the PDF to write, whole or not at all
 * @progress: (nullable) (scope call): called after each page
 *
 * Returns: FALSE with an error that starts with the name of the file it is about
 */
gboolean
diem_digest_job_run (GPtrArray               *files,
                     DiemDeskStore           *store,
                     const DiemDigestOptions *options,
                     const char              *path,
                     DiemPdfProgressFunc      progress,
                     gpointer                 user_data,
                     GCancellable            *cancellable,
                     GError                 **error)
{
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) summaries = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (DiemDigestArticle));
  g_autofree char *output_name = NULL;

  g_return_val_if_fail (files != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (guint i = 0; i < files->len; i++)
    {
      GFile *file = g_ptr_array_index (files, i);
      g_autoptr(DiemArticle) article = diem_article_new_from_file_full (file, NULL, cancellable, error);
      g_autoptr(DiemDeskWork) work = NULL;
      char *summary = NULL;

      if (article == NULL)
        {
          g_autofree char *name = g_file_get_parse_name (file);

          prefix_with_file (error, name);
          return FALSE;
        }
      work = load_work (store, article);
      if (work != NULL && work->corrections->len > 0)
        diem_corrected_free (diem_article_apply_corrections (article, work->corrections));
      if (work != NULL && work->summary != NULL && *work->summary != '\0')
        summary = g_strdup (work->summary);
      else
        summary = diem_summary_draft (article, NULL, NULL, DIEM_SUMMARY_DEFAULT_WORDS);
      g_ptr_array_add (summaries, summary);
      g_ptr_array_add (articles, g_steal_pointer (&article));
    }
  for (guint i = 0; i < articles->len; i++)
    {
      DiemDigestArticle entry = { g_ptr_array_index (articles, i), g_ptr_array_index (summaries, i) };

      g_array_append_val (entries, entry);
    }

  if (diem_pdf_digest_to_file ((DiemDigestArticle *) (gpointer) entries->data, entries->len, options, path,
                               progress, user_data, cancellable, error))
    return TRUE;
  output_name = g_filename_display_name (path);
  prefix_with_file (error, output_name);
  return FALSE;
}
