/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-json-writer.h — a JSON document written as it is made, laid out as JsonGenerator
 * pretty-prints, with every string escaped by json-glib
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _DiemJsonWriter DiemJsonWriter;

DiemJsonWriter *diem_json_writer_new          (GOutputStream  *stream);
void            diem_json_writer_free         (DiemJsonWriter *self);
void            diem_json_writer_begin_object (DiemJsonWriter *self);
void            diem_json_writer_end_object   (DiemJsonWriter *self);
void            diem_json_writer_begin_array  (DiemJsonWriter *self);
void            diem_json_writer_end_array    (DiemJsonWriter *self);
void            diem_json_writer_member       (DiemJsonWriter *self,
                                               const char     *name);
void            diem_json_writer_string       (DiemJsonWriter *self,
                                               const char     *value,
                                               gssize          length);
void            diem_json_writer_int          (DiemJsonWriter *self,
                                               gint64          value);
void            diem_json_writer_null         (DiemJsonWriter *self);
gboolean        diem_json_writer_finish       (DiemJsonWriter *self,
                                               GError        **error);
char           *diem_json_writer_steal_data   (DiemJsonWriter *self,
                                               gsize          *length);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DiemJsonWriter, diem_json_writer_free)

G_END_DECLS
