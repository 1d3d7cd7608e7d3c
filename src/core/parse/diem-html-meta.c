/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-html-meta.c — a web page's headline, standfirst, byline, source and date
 *
 * Each is looked for near the article's body first: going up from the body's container,
 * the first ancestor that holds a visible <h1> gives the headline, and the standfirst
 * and author elements are looked for in the same part of the page. The page's own
 * metadata (og:title, og:description, og:site_name, article:published_time) fills in
 * what the markup does not say.
 */
#include "diem-html-meta.h"

#include <string.h>

#include "diem-fold.h"
#include "diem-html-content.h"
#include "diem-plain-parser.h"

#define LEAD_MIN_CHARS 20
#define LEAD_MAX_CHARS 1500
#define AUTHOR_MAX_CHARS 100
#define LEAD_SEARCH_LEVELS 3
#define TITLE_SUFFIX_MAX_WORDS 5

/* The content of the first <meta> whose property, name or itemprop is `key`. */
static char *
meta_content (xmlNode    *node,
              const char *key)
{
  for (xmlNode *child = node; child != NULL; child = child->next)
    {
      char *found;

      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (diem_html_is_element (child, "meta"))
        {
          static const char *const keys[] = { "property", "name", "itemprop", NULL };

          for (guint i = 0; keys[i] != NULL; i++)
            {
              g_autofree char *value = diem_html_attribute (child, keys[i]);
              if (value != NULL && g_ascii_strcasecmp (value, key) == 0)
                {
                  char *content = diem_html_attribute (child, "content");
                  if (content != NULL)
                    return content;
                }
            }
          continue;
        }
      if (diem_html_is_element (child, "body") || diem_html_is_element (child, "script"))
        continue;
      if ((found = meta_content (child->children, key)) != NULL)
        return found;
    }
  return NULL;
}

static char *
folded_or_null (char *text)
{
  if (text != NULL && *text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

/* The first visible <h1> with text in the subtree. */
static xmlNode *
find_h1 (DiemHtmlContent *content,
         xmlNode         *node)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      xmlNode *found;

      if (child->type != XML_ELEMENT_NODE || diem_html_content_excludes (content, child))
        continue;
      if (diem_html_is_element (child, "h1"))
        {
          g_autofree char *text = diem_html_node_text (child);
          if (*text != '\0')
            return child;
          continue;
        }
      if ((found = find_h1 (content, child)) != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_ancestor (xmlNode *ancestor,
             xmlNode *node)
{
  for (xmlNode *up = node; up != NULL; up = up->parent)
    if (up == ancestor)
      return TRUE;
  return FALSE;
}

/* Whether the subtree holds a photo, a video or a graphic: a box around one is a figure,
 * whatever its class says ("desc_image"), never the standfirst. */
static gboolean
holds_media (xmlNode *node)
{
  static const char *const media[] = { "img", "picture", "video", "iframe", "object", "embed", "svg", NULL };

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE
        && (diem_html_name_in (child->name, media) || holds_media (child)))
      return TRUE;
  return FALSE;
}

static const char *const described_elements[] = {
  "p", "h2", "h3", "h4", "div", "span", "strong", "em", "b", NULL
};

typedef struct
{
  DiemHtmlContent *content;
  xmlNode         *top;
  xmlNode         *headline;
} Search;

static xmlNode *
find_lead (Search  *s,
           xmlNode *node)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      xmlNode *found;

      if (child->type != XML_ELEMENT_NODE || diem_html_content_excludes (s->content, child)
          || child == s->headline || diem_html_is_element (child, "figure"))
        continue;
      if ((diem_html_hints (child) & DIEM_HTML_HINT_LEAD) && !(diem_html_hints (child) & DIEM_HTML_HINT_CAPTION)
          && !is_ancestor (child, s->top) && !holds_media (child))
        {
          g_autofree char *text = diem_html_node_text (child);
          glong chars = g_utf8_strlen (text, -1);

          if (chars >= LEAD_MIN_CHARS && chars <= LEAD_MAX_CHARS)
            return child;
        }
      if ((found = find_lead (s, child)) != NULL)
        return found;
    }
  return NULL;
}

/* Folded, white space (no-break spaces too) collapsed: for comparing two texts. */
static char *
matching_key (const char *text)
{
  g_autofree char *folded = diem_fold (text, -1);
  GString *key = g_string_new (NULL);

  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x00A0)
        {
          if (key->len > 0 && key->str[key->len - 1] != ' ')
            g_string_append_c (key, ' ');
        }
      else
        g_string_append_unichar (key, c);
    }
  if (key->len > 0 && key->str[key->len - 1] == ' ')
    g_string_truncate (key, key->len - 1);
  return g_string_free (key, FALSE);
}

/* A standfirst without a class that says so: the element outside the body whose text
 * is the page's own description (og:description), as many sites write both from one
 * field. Paragraph-like elements only, so that a container holding it is not taken. */
static xmlNode *
find_described (Search     *s,
                xmlNode    *node,
                const char *description_key)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      xmlNode *found;

      if (child->type != XML_ELEMENT_NODE || diem_html_content_excludes (s->content, child)
          || child == s->headline || child == s->top)
        continue;
      if (diem_html_name_in (child->name, described_elements) && !holds_media (child))
        {
          g_autofree char *text = diem_html_node_text (child);
          g_autofree char *key = matching_key (text);

          if (g_utf8_strlen (text, -1) >= LEAD_MIN_CHARS && g_strcmp0 (key, description_key) == 0)
            return child;
        }
      if ((found = find_described (s, child, description_key)) != NULL)
        return found;
    }
  return NULL;
}

/* "Tác giả: Minh An", "Theo Minh An" → "Minh An". */
static char *
author_names (xmlNode *node)
{
  static GRegex *prefix;
  g_autofree char *text = diem_html_node_text (node);
  g_autofree char *clean = NULL;
  g_autoptr(GPtrArray) names = NULL;
  DiemSpan span;

  if (g_once_init_enter (&prefix))
    g_once_init_leave (&prefix, g_regex_new ("^(tác giả|bài và ảnh|bài, ảnh|bài|theo|bởi|by|"
                                             "nhóm phóng viên|phóng viên|pv)\\s*[:\\-–]?\\s*",
                                             G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL));
  if (*text == '\0' || g_utf8_strlen (text, -1) > AUTHOR_MAX_CHARS)
    return NULL;
  clean = g_regex_replace (prefix, text, -1, 0, "", 0, NULL);
  g_strstrip (clean);
  span.start = 0;
  span.end = strlen (clean);
  if (span.end == 0 || (names = diem_plain_parse_byline (clean, span)) == NULL)
    return NULL;
  return g_steal_pointer (&clean);
}

gboolean
diem_html_meta_is_author (DiemHtmlContent *content,
                          xmlNode         *node)
{
  g_autofree char *text = NULL;

  if (!(diem_html_hints (node) & DIEM_HTML_HINT_AUTHOR))
    return FALSE;
  text = diem_html_node_text (node);
  return g_utf8_strlen (text, -1) <= AUTHOR_MAX_CHARS;
}

/* A <footer> inside the <article>, <main> or the body's container. */
static gboolean
is_article_footer (xmlNode *node,
                   xmlNode *top)
{
  if (!diem_html_is_element (node, "footer"))
    return FALSE;
  for (xmlNode *up = node->parent; up != NULL; up = up->parent)
    if (up == top || diem_html_is_element (up, "article") || diem_html_is_element (up, "main"))
      return TRUE;
  return FALSE;
}

static char *
find_byline (Search  *s,
             xmlNode *node)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      char *found;

      if (child->type != XML_ELEMENT_NODE)
        continue;
      /* an article's <footer> is chrome, but often where its author is named */
      if (diem_html_content_excludes (s->content, child) && !is_article_footer (child, s->top))
        continue;
      if ((diem_html_hints (child) & DIEM_HTML_HINT_AUTHOR) && (found = author_names (child)) != NULL)
        return found;
      if ((found = find_byline (s, child)) != NULL)
        return found;
    }
  return NULL;
}

static char *
find_time (DiemHtmlContent *content,
           xmlNode         *node)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      char *found;

      if (child->type != XML_ELEMENT_NODE || diem_html_content_excludes (content, child))
        continue;
      if (diem_html_is_element (child, "time") && (found = diem_html_attribute (child, "datetime")) != NULL)
        return found;
      if ((found = find_time (content, child)) != NULL)
        return found;
    }
  return NULL;
}

/* "Tiêu đề bài - Báo Mẫu" → "Tiêu đề bài": a short last part is the site's name. */
static char *
title_without_site (const char *title,
                    const char *source)
{
  static const char *const separators[] = { " | ", " - ", " – ", " — ", " :: ", NULL };
  const char *cut = NULL;
  gsize cut_len = 0;
  g_autofree char *tail = NULL;
  g_auto(GStrv) words = NULL;

  for (guint i = 0; separators[i] != NULL; i++)
    for (const char *p = strstr (title, separators[i]); p != NULL; p = strstr (p + 1, separators[i]))
      if (cut == NULL || p > cut)
        {
          cut = p;
          cut_len = strlen (separators[i]);
        }
  if (cut == NULL)
    return g_strdup (title);
  tail = g_strstrip (g_strdup (cut + cut_len));
  words = g_strsplit (tail, " ", -1);
  if (g_strv_length (words) <= TITLE_SUFFIX_MAX_WORDS
      || (source != NULL && g_utf8_collate (tail, source) == 0))
    return g_strstrip (g_strndup (title, cut - title));
  return g_strdup (title);
}

static xmlNode *
find_element (xmlNode    *node,
              const char *name)
{
  for (xmlNode *child = node; child != NULL; child = child->next)
    {
      xmlNode *found;

      if (diem_html_is_element (child, name))
        return child;
      if (child->type == XML_ELEMENT_NODE && (found = find_element (child->children, name)) != NULL)
        return found;
    }
  return NULL;
}

void
diem_html_meta_find (DiemHtmlMeta    *meta,
                     xmlNode         *document_root,
                     DiemHtmlContent *content)
{
  xmlNode *top = diem_html_content_top (content);
  xmlNode *region = NULL;
  Search s = { content, top, NULL };
  static const char *const date_keys[] = {
    "article:published_time", "datePublished", "og:published_time", "pubdate", "publishdate",
    "dc.date", "dc.date.issued", "date", NULL
  };

  memset (meta, 0, sizeof *meta);
  meta->source = folded_or_null (meta_content (document_root, "og:site_name"));

  /* the headline: the first <h1> going up from the body */
  for (xmlNode *up = top; up != NULL && up->type == XML_ELEMENT_NODE; up = up->parent)
    if ((meta->headline_node = find_h1 (content, up)) != NULL)
      {
        region = up;
        break;
      }
  if (meta->headline_node == NULL && document_root != NULL)
    meta->headline_node = find_h1 (content, document_root->parent ? document_root->parent : document_root);
  if (meta->headline_node != NULL)
    meta->headline = diem_html_node_text (meta->headline_node);
  else
    {
      g_autofree char *og_title = meta_content (document_root, "og:title");
      xmlNode *title = find_element (document_root, "title");

      if (og_title != NULL)
        meta->headline = g_steal_pointer (&og_title);
      else if (title != NULL)
        {
          g_autofree char *text = diem_html_node_text (title);
          meta->headline = folded_or_null (title_without_site (text, meta->source));
        }
    }
  s.headline = meta->headline_node;

  /* the standfirst, near the body */
  if (top != NULL)
    {
      xmlNode *up = top;

      for (guint level = 0; up != NULL && up->type == XML_ELEMENT_NODE && level <= LEAD_SEARCH_LEVELS
                            && meta->lead_node == NULL; level++, up = up->parent)
        meta->lead_node = find_lead (&s, up);
    }
  if (meta->lead_node == NULL && top != NULL)
    {
      g_autofree char *description = folded_or_null (meta_content (document_root, "og:description"));
      g_autofree char *key = description ? matching_key (description) : NULL;
      xmlNode *up = top->parent;

      for (guint level = 1; key != NULL && up != NULL && up->type == XML_ELEMENT_NODE
                            && level <= LEAD_SEARCH_LEVELS && meta->lead_node == NULL;
           level++, up = up->parent)
        meta->lead_node = find_described (&s, up, key);
    }
  if (meta->lead_node != NULL)
    meta->lead = diem_html_node_text (meta->lead_node);
  else
    meta->description = folded_or_null (meta_content (document_root, "og:description"));

  /* the byline, in the part of the page that holds the headline and the body */
  if (region == NULL && top != NULL)
    region = top->parent ? top->parent : top;
  if (region != NULL)
    meta->byline = find_byline (&s, region);

  for (guint i = 0; date_keys[i] != NULL && meta->published == NULL; i++)
    meta->published = folded_or_null (meta_content (document_root, date_keys[i]));
  if (meta->published == NULL && region != NULL)
    meta->published = find_time (content, region);
}

void
diem_html_meta_clear (DiemHtmlMeta *meta)
{
  g_clear_pointer (&meta->headline, g_free);
  g_clear_pointer (&meta->lead, g_free);
  g_clear_pointer (&meta->description, g_free);
  g_clear_pointer (&meta->byline, g_free);
  g_clear_pointer (&meta->source, g_free);
  g_clear_pointer (&meta->published, g_free);
}
