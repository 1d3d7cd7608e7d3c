/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-text-tag.h — a text tag whose colours a screen reader can read on GTK 4.8 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define DIEM_TYPE_TEXT_TAG (diem_text_tag_get_type ())
G_DECLARE_FINAL_TYPE (DiemTextTag, diem_text_tag, DIEM, TEXT_TAG, GtkTextTag)

GtkTextTag *diem_text_buffer_create_tag (GtkTextBuffer *buffer,
                                         const char    *tag_name,
                                         const char    *first_property_name,
                                         ...) G_GNUC_NULL_TERMINATED;

G_END_DECLS
