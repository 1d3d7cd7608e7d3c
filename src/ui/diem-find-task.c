/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-find-task.c — a search of the article's text in a worker thread */
#include "config.h"

#include <string.h>

#include "diem-find-task.h"
#include "diem-text-search.h"

/* How much text one stretch of the search covers: a few milliseconds' work, so the
 * first matches come at once and a cancelled search stops soon. */
#define STRETCH_BYTES (256 * 1024)

struct _DiemFindTask
{
  gatomicrefcount  ref;
  DiemArticle     *article; /* keeps the text alive */
  char            *query;
  gboolean         match_diacritics;
  gsize            from;
  GCancellable    *cancellable;
  /* main thread only: cleared by diem_find_task_cancel(), after which nothing is handed on */
  DiemFindFunc     func;
  gpointer         user_data;
};

typedef struct
{
  DiemFindTask *task;
  GArray       *matches;
  gboolean      before_from;
  gboolean      done;
} Batch;

static DiemFindTask *
find_task_ref (DiemFindTask *self)
{
  g_atomic_ref_count_inc (&self->ref);
  return self;
}

static void
find_task_unref (DiemFindTask *self)
{
  if (!g_atomic_ref_count_dec (&self->ref))
    return;
  g_clear_object (&self->article);
  g_free (self->query);
  g_clear_object (&self->cancellable);
  g_free (self);
}

static void
batch_free (gpointer data)
{
  Batch *batch = data;

  find_task_unref (batch->task);
  g_array_unref (batch->matches);
  g_free (batch);
}

static gboolean
deliver_batch_cb (gpointer data)
{
  Batch *batch = data;
  DiemFindTask *task = batch->task;

  if (task->func != NULL)
    task->func (batch->matches, batch->before_from, batch->done, task->user_data);
  return G_SOURCE_REMOVE;
}

static void
hand_over (DiemFindTask *self,
           GArray       *matches,
           gboolean      before_from,
           gboolean      done)
{
  Batch *batch = g_new0 (Batch, 1);

  batch->task = find_task_ref (self);
  batch->matches = matches;
  batch->before_from = before_from;
  batch->done = done;
  /* in order: each batch is one idle of the same priority on the main context */
  g_main_context_invoke_full (NULL, G_PRIORITY_DEFAULT, deliver_batch_cb, batch, batch_free);
}

/* Searches [@start, @end) a stretch at a time; returns FALSE once cancelled. */
static gboolean
search_part (DiemFindTask *self,
             gsize         start,
             gsize         end,
             gboolean      before_from)
{
  const char *text = diem_article_get_text (self->article);
  gsize length = diem_article_get_text_length (self->article);
  g_autoptr(DiemTextSearch) search = diem_text_search_new (self->query, self->match_diacritics);

  for (gsize at = start; at < end; at += STRETCH_BYTES)
    {
      GArray *matches = g_array_new (FALSE, FALSE, sizeof (DiemSpan));

      if (g_cancellable_is_cancelled (self->cancellable))
        {
          g_array_unref (matches);
          return FALSE;
        }
      diem_text_search_range (search, text, length, at, MIN (at + STRETCH_BYTES, end), matches);
      if (matches->len > 0)
        hand_over (self, matches, before_from, FALSE);
      else
        g_array_unref (matches);
    }
  return TRUE;
}

static gpointer
search_thread (gpointer data)
{
  DiemFindTask *self = data;
  gsize length = diem_article_get_text_length (self->article);
  gsize from = MIN (self->from, length);
  gboolean finished;

  /* to the end, then round from the start (a match there may not run into the first
   * one after @from, which the search of that part knows nothing of: a rare overlap) */
  finished = search_part (self, from, length, FALSE) && search_part (self, 0, from, TRUE);
  if (finished)
    hand_over (self, g_array_new (FALSE, FALSE, sizeof (DiemSpan)), FALSE, TRUE);
  find_task_unref (self);
  return NULL;
}

/**
 * diem_find_task_start:
 * @from: the byte offset to start at, where the reader is
 * @func: called in the main thread with each batch of matches, and once at the end
 *
 * Returns: the search under way, to pass to diem_find_task_cancel() once it is not
 *   wanted any more (even when done)
 */
DiemFindTask *
diem_find_task_start (DiemArticle  *article,
                      const char   *query,
                      gboolean      match_diacritics,
                      gsize         from,
                      DiemFindFunc  func,
                      gpointer      user_data)
{
  DiemFindTask *self = g_new0 (DiemFindTask, 1);
  g_autoptr(GThread) thread = NULL;

  g_return_val_if_fail (DIEM_IS_ARTICLE (article), NULL);

  g_atomic_ref_count_init (&self->ref);
  self->article = g_object_ref (article);
  self->query = g_strdup (query);
  self->match_diacritics = match_diacritics;
  self->from = from;
  self->cancellable = g_cancellable_new ();
  self->func = func;
  self->user_data = user_data;
  thread = g_thread_new ("diem-find", search_thread, find_task_ref (self));
  return self;
}

void
diem_find_task_cancel (DiemFindTask *self)
{
  if (self == NULL)
    return;
  self->func = NULL;
  g_cancellable_cancel (self->cancellable);
  find_task_unref (self);
}
