/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-json-export.h — the article and its extraction as JSON (json-glib) */
#pragma once

#include <json-glib/json-glib.h>

#include "diem-article.h"

G_BEGIN_DECLS

JsonNode *diem_json_export_build   (DiemArticle *article);
char     *diem_json_export_to_data (DiemArticle *article,
                                    gsize       *length);
gboolean  diem_json_export_to_file (DiemArticle *article,
                                    const char  *path,
                                    GError     **error);

G_END_DECLS
