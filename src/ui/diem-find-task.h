/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-find-task.h — a search of the article's text in a worker thread, its matches
 * handed to the main thread a stretch at a time
 *
 * The search starts where the reader is (@from) and runs to the end of the text, then
 * goes round from the start back to @from, so the matches on screen come first. Each
 * batch arrives in a turn of the main loop; after diem_find_task_cancel() none does.
 */
#pragma once

#include "diem-article.h"

G_BEGIN_DECLS

typedef struct _DiemFindTask DiemFindTask;

/**
 * DiemFindFunc:
 * @matches: (element-type DiemSpan): the batch's matches, in text order, as byte
 *   ranges into the article's text
 * @before_from: whether the batch comes from the part before @from (searched last)
 * @done: whether the search is over (@matches may then be empty)
 */
typedef void (*DiemFindFunc) (GArray   *matches,
                              gboolean  before_from,
                              gboolean  done,
                              gpointer  user_data);

DiemFindTask *diem_find_task_start  (DiemArticle  *article,
                                     const char   *query,
                                     gboolean      match_diacritics,
                                     gsize         from,
                                     DiemFindFunc  func,
                                     gpointer      user_data);
void          diem_find_task_cancel (DiemFindTask *self);

G_END_DECLS
