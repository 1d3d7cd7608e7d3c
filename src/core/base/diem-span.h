/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-span.h — a stretch of the article's text
 *
 * Offsets are UTF-8 byte offsets into the article's NFC text; exporters convert to code
 * points (JSON) or character offsets (GtkTextBuffer) at the edges.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  gsize start;
  gsize end;
} DiemSpan;

G_END_DECLS
