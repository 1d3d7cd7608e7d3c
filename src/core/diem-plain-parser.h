/* diem-plain-parser.h — blocks of a plain-text article */
#pragma once

#include "diem-block.h"

G_BEGIN_DECLS

void diem_plain_parse (const char *text,
                       gsize       length,
                       GPtrArray  *blocks);

G_END_DECLS
