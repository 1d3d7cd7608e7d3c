/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-article-corrections.h — an article shown with the editor's corrections
 *
 * Replays the editor's log over the article's extraction and makes the result what the
 * article's list getters answer, so the sidebar, the highlights, the JSON, the PDF and
 * the digest all show the corrected lists.
 */
#pragma once

#include "diem-article.h"
#include "diem-corrections.h"

G_BEGIN_DECLS

DiemCorrected *diem_article_apply_corrections (DiemArticle *article,
                                               GPtrArray   *corrections);

G_END_DECLS
