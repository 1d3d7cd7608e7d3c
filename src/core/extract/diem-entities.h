/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-entities.h — what the extractors find in an article
 *
 * Every offset is a UTF-8 byte offset into the article's NFC text; exporters convert
 * to code points (JSON) or character offsets (GtkTextBuffer) at the edges.
 */
#pragma once

#include <glib.h>

#include "diem-span.h"

G_BEGIN_DECLS

typedef struct
{
  char      *name;      /* full personal name as written, no honorific */
  GPtrArray *titles;    /* (element-type utf8) each office as written, in order of appearance */
  GArray    *mentions;  /* (element-type DiemSpan) sorted by start */
} DiemOfficial;

typedef struct
{
  char      *award;      /* honour with its class, e.g. "Huân chương Lao động hạng Nhất" */
  guint      rank;       /* precedence: lower is higher; tiers are sorted by it */
  GPtrArray *recipients; /* (element-type utf8) each once, in order of appearance */
  char      *presenter;  /* (nullable) who presented it, when the article says */
  GArray    *mentions;   /* (element-type DiemSpan) */
} DiemAward;

typedef enum
{
  DIEM_DOCUMENT_RESOLUTION, /* Nghị quyết */
  DIEM_DOCUMENT_DECREE,     /* Nghị định */
  DIEM_DOCUMENT_DECISION,   /* Quyết định */
  DIEM_DOCUMENT_DIRECTIVE,  /* Chỉ thị */
  DIEM_DOCUMENT_CONCLUSION, /* Kết luận */
  DIEM_DOCUMENT_CIRCULAR,   /* Thông tư */
  DIEM_DOCUMENT_LAW,        /* Luật */
} DiemDocumentKind;

typedef struct
{
  DiemDocumentKind kind;
  char            *id;       /* number as written ("98/2023/QH15"), or a short name when unnumbered */
  char            *issuer;   /* (nullable) */
  char            *subject;  /* (nullable) the "về …" phrase */
  GArray          *mentions; /* (element-type DiemSpan) */
} DiemDocument;

DiemOfficial *diem_official_new        (const char *name);
void          diem_official_free       (DiemOfficial *official);
gboolean      diem_official_add_title  (DiemOfficial *official,
                                        const char   *title);

DiemAward    *diem_award_new           (const char *award,
                                        guint       rank);
void          diem_award_free          (DiemAward *award);
gboolean      diem_award_add_recipient (DiemAward  *award,
                                        const char *recipient);

DiemDocument *diem_document_new        (DiemDocumentKind kind,
                                        const char      *id);
void          diem_document_free       (DiemDocument *document);
const char   *diem_document_kind_name  (DiemDocumentKind kind);
const char   *diem_document_kind_words (DiemDocumentKind kind);

void          diem_mentions_add        (GArray *mentions,
                                        gsize   start,
                                        gsize   end);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DiemOfficial, diem_official_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DiemAward, diem_award_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DiemDocument, diem_document_free)

G_END_DECLS
