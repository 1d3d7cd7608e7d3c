/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-article-error.c — the error domain of article loading */
#include "diem-article-error.h"

G_DEFINE_QUARK (diem-article-error-quark, diem_article_error)
