/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-html-meta.h — a web page's headline, standfirst, byline, source and date */
#pragma once

#include "diem-html-content.h"

G_BEGIN_DECLS

typedef struct
{
  char    *headline;      /* (nullable) */
  xmlNode *headline_node; /* (nullable) the <h1> it came from */
  char    *lead;          /* (nullable) the standfirst element's text */
  xmlNode *lead_node;     /* (nullable) */
  char    *description;   /* (nullable) og:description, when the page has no standfirst */
  char    *byline;        /* (nullable) an author element's names */
  char    *source;        /* (nullable) og:site_name */
  char    *published;     /* (nullable) as the page writes it, ISO 8601 mostly */
} DiemHtmlMeta;

void     diem_html_meta_find      (DiemHtmlMeta    *meta,
                                   xmlNode         *document_root,
                                   DiemHtmlContent *content);
void     diem_html_meta_clear     (DiemHtmlMeta    *meta);
gboolean diem_html_meta_is_author (DiemHtmlContent *content,
                                   xmlNode         *node);

G_END_DECLS
