/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-block.h — one block of an article's reading order */
#pragma once

#include "diem-span.h"

G_BEGIN_DECLS

typedef enum
{
  DIEM_BLOCK_HEADLINE,
  DIEM_BLOCK_LEAD,
  DIEM_BLOCK_PARAGRAPH,
  DIEM_BLOCK_CAPTION,
  DIEM_BLOCK_BYLINE,
} DiemBlockKind;

typedef struct
{
  DiemBlockKind kind;
  DiemSpan      span;        /* the whole block, credit included */
  DiemSpan      text_span;   /* caption: the caption text without its credit; else == span */
  char         *credit;      /* (nullable) caption: the "Ảnh: NAME" name */
  char         *image;       /* (nullable) caption: image reference as written in the source */
  GPtrArray    *names;       /* (nullable) (element-type utf8) byline: the authors */
} DiemBlock;

DiemBlock  *diem_block_new       (DiemBlockKind kind,
                                  gsize         start,
                                  gsize         end);
void        diem_block_free      (DiemBlock *block);
const char *diem_block_kind_name (DiemBlockKind kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DiemBlock, diem_block_free)

G_END_DECLS
