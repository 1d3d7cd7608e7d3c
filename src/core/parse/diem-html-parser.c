/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-html-parser.c — blocks of an HTML article (libxml2, never the network)
 *
 * The article's text is rebuilt from the document: the first <h1> (else <title>) is the
 * headline, block elements become paragraphs separated by blank lines, and <figure> with
 * its <img> and <figcaption> — or an <img> with alt text, or an <img> followed by a
 * credited caption paragraph — becomes a photo-caption block that keeps the image's
 * reference as written. Scripts, styles, comments and page chrome are left out.
 */
#include "diem-html-parser.h"

#include <libxml/HTMLparser.h>
#include <string.h>

#include "diem-block-builder.h"

static const char *const skipped_elements[] = {
  "script", "style", "noscript", "template", "head", "nav", "form", "button", "svg",
  "iframe", "object", "select", "textarea", "footer", "aside", "title", NULL
};

static const char *const block_elements[] = {
  "p", "div", "section", "article", "main", "header", "footer", "aside", "ul", "ol", "li",
  "table", "thead", "tbody", "tr", "td", "th", "figure", "figcaption", "h1", "h2", "h3", "h4",
  "h5", "h6", "blockquote", "pre", "body", "html", "dl", "dt", "dd", "hr", "address", "center",
  NULL
};

static gboolean
name_in (const xmlChar      *name,
         const char *const  *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (xmlStrcasecmp (name, (const xmlChar *) names[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE && xmlStrcasecmp (node->name, (const xmlChar *) name) == 0;
}

/* White space is left as the document has it: the block builder folds it. */
static gboolean
has_text (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)) && g_utf8_get_char (p) != 0x00A0)
      return TRUE;
  return FALSE;
}

static void
collect_text (xmlNode *node,
              GString *out)
{
  for (xmlNode *child = node; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        g_string_append (out, (const char *) child->content);
      else if (child->type == XML_ELEMENT_NODE && !name_in (child->name, skipped_elements))
        {
          if (is_element (child, "br"))
            g_string_append_c (out, ' ');
          else
            collect_text (child->children, out);
        }
    }
}

static char *
attribute (xmlNode    *node,
           const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);
  char *copy;

  if (value == NULL)
    return NULL;
  copy = g_strstrip (g_strdup ((const char *) value));
  xmlFree (value);
  if (*copy == '\0')
    g_clear_pointer (&copy, g_free);
  return copy;
}

static xmlNode *
find_descendant (xmlNode    *node,
                 const char *name)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      xmlNode *found;

      if (is_element (child, name))
        return child;
      if (child->type == XML_ELEMENT_NODE && (found = find_descendant (child, name)) != NULL)
        return found;
    }
  return NULL;
}

typedef struct
{
  DiemBlockBuilder *builder;
  GString          *pending; /* inline text waiting for the end of its block */
} Walker;

static void
flush_pending (Walker *w)
{
  if (has_text (w->pending->str))
    diem_block_builder_add_paragraph (w->builder, w->pending->str);
  g_string_truncate (w->pending, 0);
}

static void
add_image (Walker  *w,
           xmlNode *img)
{
  g_autofree char *alt = attribute (img, "alt");
  g_autofree char *src = attribute (img, "src");

  if (src != NULL)
    diem_block_builder_add_image (w->builder, src, alt);
}

static void
add_figure (Walker  *w,
            xmlNode *figure)
{
  xmlNode *img = find_descendant (figure, "img");
  xmlNode *figcaption = find_descendant (figure, "figcaption");
  g_autoptr(GString) caption = g_string_new (NULL);
  g_autofree char *src = img ? attribute (img, "src") : NULL;

  if (figcaption != NULL)
    collect_text (figcaption->children, caption);
  if (!has_text (caption->str) && img != NULL)
    {
      g_autofree char *alt = attribute (img, "alt");
      if (alt != NULL)
        g_string_append (caption, alt);
    }
  if (src != NULL)
    diem_block_builder_add_image (w->builder, src, caption->str);
  else
    diem_block_builder_add_paragraph (w->builder, caption->str);
}

/* Elements whose whole text is one paragraph, unless they hold images or blocks. */
static const char *const leaf_elements[] = {
  "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "figcaption", "dt", "dd", "pre", "td", "th",
  "address", NULL
};

static gboolean
holds_blocks (xmlNode *node)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE
        && (is_element (child, "img") || name_in (child->name, block_elements) || holds_blocks (child)))
      return TRUE;
  return FALSE;
}

static void
walk (Walker  *w,
      xmlNode *node)
{
  for (xmlNode *child = node; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        {
          g_string_append (w->pending, (const char *) child->content);
          continue;
        }
      if (child->type != XML_ELEMENT_NODE || name_in (child->name, skipped_elements))
        continue;

      if (is_element (child, "img"))
        {
          flush_pending (w);
          add_image (w, child);
        }
      else if (is_element (child, "figure"))
        {
          flush_pending (w);
          add_figure (w, child);
        }
      else if (is_element (child, "br"))
        g_string_append_c (w->pending, ' ');
      else if (name_in (child->name, leaf_elements) && !holds_blocks (child))
        {
          g_autoptr(GString) paragraph = g_string_new (NULL);

          flush_pending (w);
          collect_text (child->children, paragraph);
          if (is_element (child, "h1"))
            diem_block_builder_add_headline (w->builder, paragraph->str);
          else
            diem_block_builder_add_paragraph (w->builder, paragraph->str);
        }
      else if (name_in (child->name, block_elements) || holds_blocks (child))
        {
          flush_pending (w);
          walk (w, child->children);
          flush_pending (w);
        }
      else
        collect_text (child->children, w->pending);
    }
}

/* Without implied <html>/<body>, a fragment's top level may hold several elements. */
static xmlNode *
find_in_document (xmlDoc     *doc,
                  const char *name)
{
  for (xmlNode *node = doc->children; node != NULL; node = node->next)
    {
      xmlNode *found;

      if (is_element (node, name))
        return node;
      if (node->type == XML_ELEMENT_NODE && (found = find_descendant (node, name)) != NULL)
        return found;
    }
  return NULL;
}

static char *
title_text (xmlDoc *doc)
{
  xmlNode *title = find_in_document (doc, "title");
  GString *text = g_string_new (NULL);

  if (title != NULL)
    collect_text (title->children, text);
  return g_string_free (text, FALSE);
}

gboolean
diem_html_sniff (const char *text,
                 gsize       length,
                 const char *name_hint)
{
  gsize i = 0;

  if (name_hint != NULL)
    {
      g_autofree char *lower = g_ascii_strdown (name_hint, -1);
      if (g_str_has_suffix (lower, ".html") || g_str_has_suffix (lower, ".htm") || g_str_has_suffix (lower, ".xhtml"))
        return TRUE;
    }
  while (i < length && g_ascii_isspace (text[i]))
    i++;
  return (length - i >= 14 && g_ascii_strncasecmp (text + i, "<!doctype html", 14) == 0)
         || (length - i >= 5 && g_ascii_strncasecmp (text + i, "<html", 5) == 0);
}

/**
 * diem_html_parse:
 * @html: UTF-8 HTML
 * @blocks: (element-type DiemBlock): receives the blocks
 *
 * Returns: (transfer full): the article's text, NFC, which the blocks index
 */
char *
diem_html_parse (const char *html,
                 gsize       length,
                 GPtrArray  *blocks,
                 gsize      *text_length)
{
  Walker w = { diem_block_builder_new (blocks), g_string_new (NULL) };
  xmlDoc *doc;

  doc = htmlReadMemory (html, (int) MIN (length, (gsize) G_MAXINT), NULL, "UTF-8",
                        HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
                          | HTML_PARSE_RECOVER | HTML_PARSE_NOIMPLIED | HTML_PARSE_COMPACT);
  if (doc != NULL)
    {
      xmlNode *body = find_in_document (doc, "body");

      /* without an <h1>, the document's <title> is the headline */
      if (find_in_document (doc, "h1") == NULL)
        {
          g_autofree char *title = title_text (doc);
          diem_block_builder_add_headline (w.builder, title);
        }
      walk (&w, body ? body->children : doc->children);
      flush_pending (&w);
    }

  if (doc != NULL)
    xmlFreeDoc (doc);
  g_string_free (w.pending, TRUE);
  return diem_block_builder_finish (w.builder, text_length);
}
