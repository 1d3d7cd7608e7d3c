/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-summary-format.h — the editor's summary (Markdown) as HTML and as plain text
 *
 * For the clipboard: a rich editor receives the HTML, a plain field the text, with
 * list items kept as "- " lines and emphasis marks dropped.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *diem_summary_to_html  (const char *markdown);
char *diem_summary_to_plain (const char *markdown);

G_END_DECLS
