/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-html-content.h — where a web page's article is: chrome, hidden parts, main content */
#pragma once

#include <glib.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

typedef enum
{
  DIEM_HTML_HINT_NONE     = 0,
  DIEM_HTML_HINT_CONTENT  = 1 << 0, /* article, content, detail, body… */
  DIEM_HTML_HINT_CHROME   = 1 << 1, /* menu, share, related, comment, ads… never article text */
  DIEM_HTML_HINT_WEAK     = 1 << 2, /* header, sidebar, widget: less likely, not excluded */
  DIEM_HTML_HINT_LEAD     = 1 << 3, /* standfirst: sapo, description, summary… */
  DIEM_HTML_HINT_AUTHOR   = 1 << 4, /* author, byline */
  DIEM_HTML_HINT_CAPTION  = 1 << 5, /* caption, image description */
  DIEM_HTML_HINT_DATE     = 1 << 6, /* date, time */
} DiemHtmlHints;

typedef struct _DiemHtmlContent DiemHtmlContent;

gboolean         diem_html_is_element       (xmlNode    *node,
                                             const char *name);
gboolean         diem_html_name_in          (const xmlChar      *name,
                                             const char *const  *names);
char            *diem_html_attribute        (xmlNode    *node,
                                             const char *name);
DiemHtmlHints    diem_html_hints            (xmlNode    *node);
gboolean         diem_html_is_skipped       (xmlNode    *node);
void             diem_html_collect_text     (xmlNode    *node,
                                             GString    *out);
char            *diem_html_node_text        (xmlNode    *node);

DiemHtmlContent *diem_html_content_new      (xmlNode         *root);
void             diem_html_content_free     (DiemHtmlContent *self);
gboolean         diem_html_content_excluded (DiemHtmlContent *self,
                                             xmlNode         *node);
gboolean         diem_html_content_excludes (DiemHtmlContent *self,
                                             xmlNode         *node);
GPtrArray       *diem_html_content_body     (DiemHtmlContent *self);
xmlNode         *diem_html_content_top      (DiemHtmlContent *self);
double           diem_html_link_density     (DiemHtmlContent *self,
                                             xmlNode         *node);
gsize            diem_html_text_chars       (DiemHtmlContent *self,
                                             xmlNode         *node);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DiemHtmlContent, diem_html_content_free)

G_END_DECLS
