/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-markdown-parser.h — blocks of a Markdown article */
#pragma once

#include "diem-block.h"

G_BEGIN_DECLS

gboolean diem_markdown_sniff (const char *name_hint);

char    *diem_markdown_parse (const char *markdown,
                              gsize       length,
                              GPtrArray  *blocks,
                              gsize      *text_length);

G_END_DECLS
