/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-article.h — a news article: its NFC text, its blocks and what was extracted */
#pragma once

#include <gio/gio.h>

#include "diem-article-error.h"
#include "diem-block.h"
#include "diem-category.h"
#include "diem-entities.h"
#include "diem-extract.h"

G_BEGIN_DECLS


/* The largest article file read, in bytes */
#define DIEM_ARTICLE_MAX_BYTES (256 * 1024 * 1024)

#define DIEM_TYPE_ARTICLE (diem_article_get_type ())
G_DECLARE_FINAL_TYPE (DiemArticle, diem_article, DIEM, ARTICLE, GObject)

DiemArticle *diem_article_new_sample         (GError     **error);

DiemArticle *diem_article_new_from_data     (const char   *data,
                                             gsize         length,
                                             const char   *title_hint,
                                             GError      **error);
DiemArticle *diem_article_new_from_file     (GFile        *file,
                                             GCancellable *cancellable,
                                             GError      **error);
DiemArticle *diem_article_new_from_data_full (const char  *data,
                                              gsize        length,
                                              const char  *title_hint,
                                              const char  *encoding,
                                              GError     **error);
DiemArticle *diem_article_new_from_html      (const char  *html,
                                              gsize        length,
                                              const char  *title_hint,
                                              GError     **error);
DiemArticle *diem_article_new_from_file_full (GFile        *file,
                                              const char   *encoding,
                                              GCancellable *cancellable,
                                              GError      **error);
DiemArticle *diem_article_new_from_file_unextracted (GFile        *file,
                                                     const char   *encoding,
                                                     GCancellable *cancellable,
                                                     GError      **error);
void         diem_article_extract           (DiemArticle  *self);
gboolean     diem_article_is_extracted      (DiemArticle  *self);

const char  *diem_article_get_text          (DiemArticle *self);
gsize        diem_article_get_text_length   (DiemArticle *self);
const char  *diem_article_get_text_hash     (DiemArticle *self);
char        *diem_article_hash_text         (const char  *text,
                                             gsize        length);
const char  *diem_article_get_title_hint    (DiemArticle *self);
GFile       *diem_article_get_file          (DiemArticle *self);
const char  *diem_article_get_encoding      (DiemArticle *self);
const char  *diem_article_get_source        (DiemArticle *self);
const char  *diem_article_get_published     (DiemArticle *self);
char        *diem_article_format_published  (DiemArticle *self);
char        *diem_article_dup_headline      (DiemArticle *self);
char        *diem_article_dup_span          (DiemArticle *self,
                                             DiemSpan     span);

gboolean     diem_article_check_output      (DiemArticle  *self,
                                             const char   *path,
                                             GError      **error);

GPtrArray   *diem_article_get_blocks        (DiemArticle *self);
GPtrArray   *diem_article_get_entries       (DiemArticle        *self,
                                             const DiemCategory *category);
GPtrArray   *diem_article_get_officials     (DiemArticle *self);
GPtrArray   *diem_article_get_awards        (DiemArticle *self);
GPtrArray   *diem_article_get_resolutions   (DiemArticle *self);
GPtrArray   *diem_article_get_documents     (DiemArticle *self);
GPtrArray   *diem_article_get_byline        (DiemArticle *self);
DiemExtraction *diem_article_get_extraction (DiemArticle    *self);
void         diem_article_set_corrected     (DiemArticle    *self,
                                             DiemExtraction *corrected);
gboolean     diem_article_is_corrected      (DiemArticle    *self);

GFile       *diem_article_resolve_image     (DiemArticle *self,
                                             const char  *reference);
GBytes      *diem_article_load_image        (DiemArticle *self,
                                             const char  *reference);
void         diem_article_set_photo_folder  (DiemArticle *self,
                                             GFile       *folder);
GFile       *diem_article_get_photo_folder  (DiemArticle *self);
guint        diem_article_count_unread_photos (DiemArticle *self);

glong        diem_article_byte_to_char      (DiemArticle *self,
                                             gsize        byte_offset);
gsize        diem_article_char_to_byte      (DiemArticle *self,
                                             glong        char_offset);

G_END_DECLS
