/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-article-buffer.h — an article laid out as a GtkTextBuffer
 *
 * Every character of every block is copied once into the buffer (line breaks inside a
 * block become spaces, so a copy keeps its length); a table of those copies maps the
 * article's byte offsets to buffer offsets exactly, which is what highlighting needs.
 * A caption that names an image gets a child anchor on the line above its text, for the
 * photo; one that names none is its text and credit alone.
 */
#pragma once

#include <gtk/gtk.h>

#include "diem-article.h"

G_BEGIN_DECLS

/* A caption card's inner padding, and the space between a card and the next block */
#define DIEM_CAPTION_INSET 18
#define DIEM_CAPTION_SPACE_AFTER 28

#define DIEM_TYPE_ARTICLE_BUFFER (diem_article_buffer_get_type ())
G_DECLARE_FINAL_TYPE (DiemArticleBuffer, diem_article_buffer, DIEM, ARTICLE_BUFFER, GtkTextBuffer)

DiemArticleBuffer  *diem_article_buffer_new               (void);
void                diem_article_buffer_set_article       (DiemArticleBuffer *self,
                                                           DiemArticle       *article);
void                diem_article_buffer_begin_article     (DiemArticleBuffer *self,
                                                           DiemArticle       *article);
gboolean            diem_article_buffer_fill_more         (DiemArticleBuffer *self,
                                                           guint              max_blocks);
gboolean            diem_article_buffer_is_complete       (DiemArticleBuffer *self);
DiemArticle        *diem_article_buffer_get_article       (DiemArticleBuffer *self);
int                 diem_article_buffer_offset_for_byte   (DiemArticleBuffer *self,
                                                           gsize              byte_offset,
                                                           gboolean           is_end);
gsize               diem_article_buffer_byte_for_offset   (DiemArticleBuffer *self,
                                                           int                offset);
gsize               diem_article_buffer_get_filled_bytes  (DiemArticleBuffer *self);
gboolean            diem_article_buffer_holds_byte        (DiemArticleBuffer *self,
                                                           gsize              byte_offset);
gboolean            diem_article_buffer_fill_to_byte      (DiemArticleBuffer *self,
                                                           gsize              byte_offset);
guint               diem_article_buffer_get_n_photos      (DiemArticleBuffer *self);
GtkTextChildAnchor *diem_article_buffer_get_photo_anchor  (DiemArticleBuffer *self,
                                                           guint              index);
const DiemBlock    *diem_article_buffer_get_photo_block   (DiemArticleBuffer *self,
                                                           guint              index);
void                diem_article_buffer_get_caption_bounds (DiemArticleBuffer *self,
                                                           guint              index,
                                                           GtkTextIter       *start,
                                                           GtkTextIter       *end);
GtkTextTag         *diem_article_buffer_get_highlight_tag (DiemArticleBuffer *self);

G_END_DECLS
