/* diem-cli.h — headless extraction and export from the command line */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int diem_cli_export (const char *article_path,
                     const char *encoding,
                     const char *json_path,
                     const char *pdf_path);

G_END_DECLS
