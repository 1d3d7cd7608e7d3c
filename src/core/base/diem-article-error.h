/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-article-error.h — why an article could not be read
 *
 * A leaf header: the decoder, the parsers and the article model all report through this
 * one domain without depending on each other.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define DIEM_ARTICLE_ERROR (diem_article_error_quark ())

typedef enum
{
  DIEM_ARTICLE_ERROR_EMPTY,        /* no text at all, or only white space */
  DIEM_ARTICLE_ERROR_BINARY,       /* NUL bytes or control characters: not a text file */
  DIEM_ARTICLE_ERROR_INVALID_TEXT, /* not valid in any supported encoding */
  DIEM_ARTICLE_ERROR_NOT_A_FILE,   /* a directory or a special file */
  DIEM_ARTICLE_ERROR_TOO_LARGE,
} DiemArticleError;

GQuark diem_article_error_quark (void);

G_END_DECLS
