/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-cli.h — headless extraction and export from the command line */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What the command line asked for; NULL members were not given. */
typedef struct
{
  const char *article_path;
  const char *encoding;
  const char *json_path;
  const char *pdf_path;
  const char *paper;        /* "a4" or "letter" */
  const char *pdf_contents; /* "both", "article" or "summary" */
  gboolean    no_desk;      /* the extraction as it is, without the editor's kept work */
} DiemCliRequest;

/* A digest of several articles */
typedef struct
{
  const char *const *article_paths; /* NULL-terminated */
  const char        *digest_path;
  const char        *title;
  const char        *paper;
  gboolean           no_desk;        /* drafts and extractions, without the kept work */
} DiemCliDigestRequest;

int diem_cli_export (const DiemCliRequest *request);
int diem_cli_digest (const DiemCliDigestRequest *request);

G_END_DECLS
