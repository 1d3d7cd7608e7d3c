/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-summary-draft.h — a first draft of the editor's summary, in Vietnamese
 *
 * The event in one sentence (the lead's first), the key points (sentences chosen by
 * TextRank over syllables and syllable pairs, in the article's order, within a word
 * budget), one line per award tier with its recipients, and the documents referred to.
 * Markdown, so the editor can keep writing in it and save it as it is.
 */
#pragma once

#include "diem-article.h"

G_BEGIN_DECLS

#define DIEM_SUMMARY_DEFAULT_WORDS 150

char  *diem_summary_draft       (DiemArticle *article,
                                 GPtrArray   *awards,
                                 GPtrArray   *documents,
                                 guint        target_words);
guint  diem_summary_count_words (const char *text);

G_END_DECLS
