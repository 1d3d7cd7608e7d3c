/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-html-parser.h — blocks of an HTML article (libxml2, never the network) */
#pragma once

#include "diem-block.h"

G_BEGIN_DECLS

gboolean diem_html_sniff (const char *text,
                          gsize       length,
                          const char *name_hint);

char    *diem_html_parse (const char  *html,
                          gsize        length,
                          GPtrArray   *blocks,
                          char       **source,
                          char       **published,
                          gsize       *text_length);

G_END_DECLS
