/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-plain-parser.h — blocks of a plain-text article */
#pragma once

#include "diem-block.h"

G_BEGIN_DECLS

void       diem_plain_parse              (const char *text,
                                          gsize       length,
                                          GPtrArray  *blocks);

void       diem_plain_add_body_paragraph (GPtrArray  *blocks,
                                          const char *text,
                                          DiemSpan    para,
                                          gboolean    lead);
DiemBlock *diem_plain_caption_block      (const char *text,
                                          DiemSpan    span);
GPtrArray *diem_plain_parse_byline       (const char *text,
                                          DiemSpan    span);

G_END_DECLS
