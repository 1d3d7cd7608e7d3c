/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-block.c — one block of an article's reading order */
#include "diem-block.h"

DiemBlock *
diem_block_new (DiemBlockKind kind,
                gsize         start,
                gsize         end)
{
  DiemBlock *block = g_new0 (DiemBlock, 1);

  block->kind = kind;
  block->span.start = start;
  block->span.end = end;
  block->text_span = block->span;
  return block;
}

void
diem_block_free (DiemBlock *block)
{
  if (block == NULL)
    return;
  g_free (block->credit);
  g_free (block->image);
  g_clear_pointer (&block->names, g_ptr_array_unref);
  g_free (block);
}

const char *
diem_block_kind_name (DiemBlockKind kind)
{
  switch (kind)
    {
    case DIEM_BLOCK_HEADLINE:  return "headline";
    case DIEM_BLOCK_LEAD:      return "lead";
    case DIEM_BLOCK_PARAGRAPH: return "paragraph";
    case DIEM_BLOCK_CAPTION:   return "caption";
    case DIEM_BLOCK_BYLINE:    return "byline";
    default:                   g_return_val_if_reached ("paragraph");
    }
}
