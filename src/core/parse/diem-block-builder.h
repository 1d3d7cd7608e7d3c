/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-block-builder.h — rebuilding an article's text and blocks from a structured source
 *
 * HTML and Markdown parsers hand over paragraphs, headings and images in reading order;
 * the builder writes the NFC article text (paragraphs separated by blank lines) and the
 * blocks that index it, with the same caption, lead and byline rules as plain text.
 */
#pragma once

#include "diem-block.h"

G_BEGIN_DECLS

typedef struct _DiemBlockBuilder DiemBlockBuilder;

DiemBlockBuilder *diem_block_builder_new           (GPtrArray        *blocks);
void              diem_block_builder_add_paragraph (DiemBlockBuilder *self,
                                                    const char       *text);
void              diem_block_builder_add_headline  (DiemBlockBuilder *self,
                                                    const char       *text);
void              diem_block_builder_add_lead      (DiemBlockBuilder *self,
                                                    const char       *text);
void              diem_block_builder_add_byline    (DiemBlockBuilder *self,
                                                    const char       *text);
void              diem_block_builder_add_image     (DiemBlockBuilder *self,
                                                    const char       *source,
                                                    const char       *caption);
char             *diem_block_builder_finish        (DiemBlockBuilder *self,
                                                    gsize            *text_length);

G_END_DECLS
