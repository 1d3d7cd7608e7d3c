/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-html-parser.c — blocks of an HTML article (libxml2, never the network)
 *
 * A saved web page holds the article among menus, share bars and related news: the
 * article's body is found by diem-html-content, its headline, standfirst, byline,
 * source and date by diem-html-meta. The body's block elements become paragraphs
 * separated by blank lines; <figure> — or a box holding one image and an element
 * classed as its caption — becomes a caption block that keeps the image's reference as
 * written; a figure without an image (video, graphic) keeps its caption. An image's alt
 * text is its caption only when nothing else is and it does not repeat the headline.
 */
#include "diem-html-parser.h"

#include <libxml/HTMLparser.h>
#include <string.h>

#include "diem-block-builder.h"
#include "diem-fold.h"
#include "diem-html-content.h"
#include "diem-html-meta.h"

/* Deeper than any real page; a subtree below it becomes one run of text, so that a
 * hostile page's millions of levels neither exhaust the stack nor lose their words. */
#define MAX_DEPTH 256
#define ALT_MIN_WORDS 3
#define LINK_BOX_DENSITY 0.5
#define LINK_PARAGRAPH_DENSITY 0.8
#define SHORT_NOTE_CHARS 60
#define AUTHOR_LINE_MAX_CHARS 80
#define DATELINE_MAX_CHARS 200
#define EMPHASISED_CAPTION_MAX_CHARS 300

static const char *const block_elements[] = {
  "p", "div", "section", "article", "main", "header", "footer", "aside", "ul", "ol", "li",
  "table", "thead", "tbody", "tr", "td", "th", "figure", "figcaption", "h1", "h2", "h3", "h4",
  "h5", "h6", "blockquote", "pre", "body", "html", "dl", "dt", "dd", "hr", "address", "center",
  "picture", NULL
};

/* Elements whose whole text is one paragraph, unless they hold images or blocks. */
static const char *const leaf_elements[] = {
  "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "figcaption", "dt", "dd", "pre", "td", "th",
  "address", NULL
};

static const char *const media_elements[] = {
  "img", "video", "iframe", "object", "embed", "audio", "canvas", NULL
};

#define is_element diem_html_is_element

/* White space is left as the document has it: the block builder folds it. */
static gboolean
has_text (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)) && g_utf8_get_char (p) != 0x00A0)
      return TRUE;
  return FALSE;
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

static guint
count_media (xmlNode  *node,
             xmlNode **first)
{
  guint n = 0;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (diem_html_name_in (child->name, media_elements))
        {
          if (n++ == 0 && first != NULL)
            *first = child;
        }
      else
        n += count_media (child, n == 0 ? first : NULL);
    }
  return n;
}

typedef struct
{
  DiemBlockBuilder *builder;
  DiemHtmlContent  *content;
  DiemHtmlMeta     *meta;
  GString          *pending;   /* inline text waiting for the end of its block */
  GHashTable       *consumed;  /* caption elements already read with their image */
  char             *headline_key; /* the headline folded, to know alt texts that repeat it */
  xmlNode          *body_root;    /* the <body>: wrappers of an image are looked at below it */
  gboolean          lead_done;
} Walker;

static void
add_paragraph (Walker     *w,
               const char *text)
{
  /* og:description stands for the standfirst: the first paragraph when it says the
   * same, else a lead of its own */
  if (!w->lead_done && w->meta->description != NULL && has_text (text))
    {
      g_autofree char *first = diem_fold (text, -1);
      g_autofree char *description = diem_fold (w->meta->description, -1);
      glong n = MIN (g_utf8_strlen (description, -1), 40);
      const char *end = g_utf8_offset_to_pointer (description, n);

      if (strncmp (first, description, end - description) != 0)
        diem_block_builder_add_lead (w->builder, w->meta->description);
    }
  if (has_text (text))
    w->lead_done = TRUE;
  diem_block_builder_add_paragraph (w->builder, text);
}

static void
flush_pending (Walker *w)
{
  if (has_text (w->pending->str))
    add_paragraph (w, w->pending->str);
  g_string_truncate (w->pending, 0);
}

static char *
image_source (xmlNode *img)
{
  char *src = diem_html_attribute (img, "src");

  /* lazy-loading pages keep the photo's address aside and a placeholder in src */
  if (src == NULL || g_str_has_prefix (src, "data:"))
    {
      static const char *const lazy[] = { "data-src", "data-original", "data-lazy-src", NULL };

      for (guint i = 0; lazy[i] != NULL; i++)
        {
          char *other = diem_html_attribute (img, lazy[i]);
          if (other != NULL)
            {
              g_free (src);
              return other;
            }
        }
    }
  return src;
}

/* Folded, with white space collapsed: for comparing a text with the headline. */
static char *
comparison_key (const char *text)
{
  g_autofree char *folded = diem_fold (text, -1);
  g_auto(GStrv) words = g_strsplit_set (folded, " \t\n\r", -1);
  GString *key = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      {
        if (key->len > 0)
          g_string_append_c (key, ' ');
        g_string_append (key, words[i]);
      }
  return g_string_free (key, FALSE);
}

/* An alt text is a caption when it reads like one and does not repeat the headline. */
static char *
usable_alt (Walker  *w,
            xmlNode *img)
{
  g_autofree char *alt = diem_html_attribute (img, "alt");
  g_autofree char *key = NULL;
  g_auto(GStrv) words = NULL;

  if (alt == NULL)
    return NULL;
  words = g_strsplit_set (alt, " \t\n", -1);
  if (g_strv_length (words) < ALT_MIN_WORDS)
    return NULL;
  key = comparison_key (alt);
  if (w->headline_key != NULL && *w->headline_key != '\0' && g_str_has_prefix (key, w->headline_key))
    return NULL;
  /* "… - Ảnh 3.", "… hinh anh 1": a name the site's system gave the photo */
  if (g_regex_match_simple ("(^|\\s)(anh|hinh anh|photo|image|img)\\s*\\d+\\s*\\.?$", key, 0, 0))
    return NULL;
  return g_steal_pointer (&alt);
}

/* The caption of a figure-like box: its <figcaption>, else an element classed as a
 * caption that does not hold the image. */
static xmlNode *
find_caption (Walker  *w,
              xmlNode *box)
{
  xmlNode *figcaption = find_descendant (box, "figcaption");

  if (figcaption != NULL)
    return figcaption;
  for (xmlNode *child = box->children; child != NULL; child = child->next)
    {
      xmlNode *found;

      if (child->type != XML_ELEMENT_NODE || diem_html_content_excludes (w->content, child))
        continue;
      if ((diem_html_hints (child) & DIEM_HTML_HINT_CAPTION) && count_media (child, NULL) == 0
          && !diem_html_name_in (child->name, media_elements))
        {
          g_autofree char *text = diem_html_node_text (child);
          if (*text != '\0')
            return child;
        }
      if ((found = find_caption (w, child)) != NULL)
        return found;
    }
  return NULL;
}

static void
add_figure (Walker  *w,
            xmlNode *box,
            xmlNode *caption_node)
{
  xmlNode *media = NULL;
  g_autoptr(GString) caption = g_string_new (NULL);
  g_autofree char *src = NULL;

  count_media (box, &media);
  if (is_element (media, "img"))
    src = image_source (media);
  if (caption_node != NULL)
    diem_html_collect_text (caption_node->children, caption);
  if (!has_text (caption->str) && is_element (media, "img"))
    {
      g_autofree char *alt = usable_alt (w, media);
      if (alt != NULL)
        g_string_append (caption, alt);
    }
  /* a video or a graphic without an image file keeps its caption as a caption */
  if (has_text (caption->str) || src != NULL)
    diem_block_builder_add_image (w->builder, src, caption->str);
}

/* A box holding an image (or video) and its caption, and little else, is a figure. */
static xmlNode *
figure_caption (Walker  *w,
                xmlNode *box)
{
  xmlNode *caption;
  g_autofree char *caption_text = NULL;
  gsize caption_chars, box_chars;

  /* several photos under one caption (a before/after pair) are one figure */
  if (count_media (box, NULL) == 0 || (caption = find_caption (w, box)) == NULL)
    return NULL;
  caption_text = diem_html_node_text (caption);
  caption_chars = g_utf8_strlen (caption_text, -1);
  box_chars = diem_html_text_chars (w->content, box);
  /* non-space characters against characters: a caption is most of the box's text */
  return box_chars <= caption_chars + 20 ? caption : NULL;
}

/* Whether the node is its parent's only content, white space aside. */
static gboolean
is_only_child (xmlNode *node)
{
  for (xmlNode *sibling = node->parent->children; sibling != NULL; sibling = sibling->next)
    {
      if (sibling == node)
        continue;
      if (sibling->type == XML_ELEMENT_NODE
          || ((sibling->type == XML_TEXT_NODE || sibling->type == XML_CDATA_SECTION_NODE)
              && has_text ((const char *) sibling->content)))
        return FALSE;
    }
  return TRUE;
}

static xmlNode *
next_element_or_text (xmlNode *node)
{
  for (xmlNode *next = node->next; next != NULL; next = next->next)
    if (next->type == XML_ELEMENT_NODE
        || (next->type == XML_TEXT_NODE && has_text ((const char *) next->content)))
      return next;
  return NULL;
}

static void
collect_emphasis (xmlNode *node,
                  GString *out)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE)
      {
        if (diem_html_is_element (child, "em") || diem_html_is_element (child, "i"))
          diem_html_collect_text (child->children, out);
        else
          collect_emphasis (child, out);
      }
}

static gsize
count_letters (const char *text)
{
  gsize n = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    n += g_unichar_isalnum (g_utf8_get_char (p));
  return n;
}

static gsize
count_letters_of (xmlNode *node)
{
  g_autoptr(GString) text = g_string_new (NULL);

  diem_html_collect_text (node->children, text);
  return count_letters (text->str);
}

/* A short block whose every letter is in italics. */
static gboolean
is_emphasised_line (Walker  *w,
                    xmlNode *node)
{
  g_autoptr(GString) italic = g_string_new (NULL);
  gsize chars = diem_html_text_chars (w->content, node);

  if (chars == 0 || chars > EMPHASISED_CAPTION_MAX_CHARS || count_media (node, NULL) > 0)
    return FALSE;
  collect_emphasis (node, italic);
  return count_letters (italic->str) > 0 && count_letters (italic->str) == count_letters_of (node);
}

static void
add_image (Walker  *w,
           xmlNode *img)
{
  g_autofree char *src = image_source (img);
  xmlNode *next = img->next;
  g_autofree char *alt = NULL;

  if (src == NULL)
    return;
  /* an image alone in its wrappers: the caption may follow the outermost one */
  for (xmlNode *box = img; box->parent != NULL && box->parent != w->body_root && is_only_child (box);)
    {
      box = box->parent;
      if (next_element_or_text (box) != NULL)
        {
          next = box->next;
          break;
        }
    }
  while (next != NULL && next->type == XML_TEXT_NODE && !has_text ((const char *) next->content))
    next = next->next;
  /* an element classed as a caption right after the image, or a short line set in
   * italics as editors mark a caption by hand */
  if (next != NULL && next->type == XML_ELEMENT_NODE
      && ((diem_html_hints (next) & DIEM_HTML_HINT_CAPTION) || is_emphasised_line (w, next)))
    {
      g_autoptr(GString) caption = g_string_new (NULL);

      diem_html_collect_text (next->children, caption);
      if (has_text (caption->str))
        {
          g_hash_table_add (w->consumed, next);
          diem_block_builder_add_image (w->builder, src, caption->str);
          return;
        }
    }
  alt = usable_alt (w, img);
  diem_block_builder_add_image (w->builder, src, alt);
}

static gboolean
holds_blocks (xmlNode *node)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE
        && (diem_html_name_in (child->name, media_elements) || diem_html_name_in (child->name, block_elements) || holds_blocks (child)))
      return TRUE;
  return FALSE;
}

static gboolean
holds_author (xmlNode *node)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE
        && ((diem_html_hints (child) & DIEM_HTML_HINT_AUTHOR) || holds_author (child)))
      return TRUE;
  return FALSE;
}

static gboolean
holds_date (xmlNode *node)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE
        && ((diem_html_hints (child) & DIEM_HTML_HINT_DATE) || holds_date (child)))
      return TRUE;
  return FALSE;
}

/* "Le Monde | 04.05.2015 à 13h36 | Par <span itemprop=author>…</span>": a line that
 * holds both a date and an author element is the page's dateline, not article text. */
static gboolean
is_dateline (Walker  *w,
             xmlNode *node)
{
  return diem_html_text_chars (w->content, node) <= DATELINE_MAX_CHARS && holds_date (node)
         && holds_author (node);
}

/* "Bởi <a rel=author>Ngọc Hân</a>": a short line around an author element. */
static gboolean
is_author_line (Walker  *w,
                xmlNode *node)
{
  return diem_html_text_chars (w->content, node) <= AUTHOR_LINE_MAX_CHARS && holds_author (node);
}

/* Boxes of links (related news, tags) and short notes (dates, authors) inside the body. */
static gboolean
is_body_chrome (Walker  *w,
                xmlNode *node)
{
  DiemHtmlHints hints = diem_html_hints (node);
  double density = diem_html_link_density (w->content, node);
  gsize chars = diem_html_text_chars (w->content, node);

  if (node == w->meta->headline_node || node == w->meta->lead_node
      || g_hash_table_contains (w->consumed, node))
    return TRUE;
  if (diem_html_meta_is_author (w->content, node) || is_author_line (w, node) || is_dateline (w, node))
    return TRUE;
  if ((hints & DIEM_HTML_HINT_DATE) && !(hints & DIEM_HTML_HINT_CONTENT) && chars <= SHORT_NOTE_CHARS)
    return TRUE;
  if (chars == 0 || is_element (node, "a"))
    return FALSE;
  if (diem_html_name_in (node->name, leaf_elements))
    return density > LINK_PARAGRAPH_DENSITY;
  return density > LINK_BOX_DENSITY;
}

static void walk (Walker  *w,
                  xmlNode *first);

static void
walk_node (Walker  *w,
           xmlNode *child)
{
  xmlNode *caption;

  if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
    {
      g_string_append (w->pending, (const char *) child->content);
      return;
    }
  if (child->type != XML_ELEMENT_NODE || diem_html_content_excludes (w->content, child))
    return;
  if (is_body_chrome (w, child))
    {
      if (diem_html_name_in (child->name, block_elements))
        flush_pending (w);
      return;
    }

  if (is_element (child, "img"))
    {
      flush_pending (w);
      add_image (w, child);
    }
  else if (is_element (child, "figure"))
    {
      flush_pending (w);
      add_figure (w, child, find_caption (w, child));
    }
  else if (is_element (child, "br"))
    g_string_append_c (w->pending, ' ');
  else if (!diem_html_name_in (child->name, media_elements) && (caption = figure_caption (w, child)) != NULL)
    {
      flush_pending (w);
      add_figure (w, child, caption);
    }
  else if (diem_html_name_in (child->name, leaf_elements) && !holds_blocks (child))
    {
      g_autoptr(GString) paragraph = g_string_new (NULL);

      flush_pending (w);
      diem_html_collect_text (child->children, paragraph);
      add_paragraph (w, paragraph->str);
    }
  else if (diem_html_name_in (child->name, block_elements) || holds_blocks (child))
    {
      flush_pending (w);
      walk (w, child->children);
      flush_pending (w);
    }
  else
    diem_html_collect_text (child->children, w->pending);
}

static void
walk (Walker  *w,
      xmlNode *first)
{
  for (xmlNode *child = first; child != NULL; child = child->next)
    walk_node (w, child);
}

static gboolean
is_ancestor_of (xmlNode *ancestor,
                xmlNode *node)
{
  for (xmlNode *up = node; up != NULL; up = up->parent)
    if (up == ancestor)
      return TRUE;
  return FALSE;
}

/* The node after `node` and its subtree in document order, without leaving `within`. */
static xmlNode *
next_outside (xmlNode *node,
              xmlNode *within)
{
  for (; node != NULL && node != within; node = node->parent)
    if (node->next != NULL)
      return node->next;
  return NULL;
}

/* The photo between the headline and the body ("<header><h1>…<figure>", a lead photo
 * above the text) belongs to the article: figures with a caption found after the
 * headline and before the body, in the part of the page that holds both. */
static void
add_lead_figures (Walker  *w,
                  xmlNode *headline,
                  xmlNode *body)
{
  xmlNode *region = headline->parent;
  xmlNode *node;

  /* a headline inside the body: its figures are the body's */
  if (is_ancestor_of (body, headline))
    return;
  while (region != NULL && !is_ancestor_of (region, body))
    region = region->parent;
  if (region == NULL)
    return;
  node = next_outside (headline, region);
  while (node != NULL && node != body)
    {
      xmlNode *caption;

      if (is_ancestor_of (node, body))
        node = node->children;
      else if (node->type != XML_ELEMENT_NODE || diem_html_content_excludes (w->content, node)
               || is_body_chrome (w, node))
        node = next_outside (node, region);
      else if (is_element (node, "figure") && (caption = find_caption (w, node)) != NULL)
        {
          add_figure (w, node, caption);
          node = next_outside (node, region);
        }
      else if (!diem_html_name_in (node->name, media_elements) && (caption = figure_caption (w, node)) != NULL)
        {
          add_figure (w, node, caption);
          node = next_outside (node, region);
        }
      else
        node = node->children != NULL ? node->children : next_outside (node, region);
    }
}

/* Below MAX_DEPTH, an element's subtree is replaced by its text. Iterative: the
 * document may be nested far deeper than the stack allows. */
static void
flatten_deep_nesting (xmlNode *root)
{
  xmlNode *node = root;
  guint depth = 0;

  while (node != NULL)
    {
      if (node->type == XML_ELEMENT_NODE && node->children != NULL)
        {
          if (depth >= MAX_DEPTH)
            {
              xmlChar *text = xmlNodeGetContent (node);

              xmlNodeSetContent (node, NULL);
              if (text != NULL)
                xmlNodeAddContent (node, text);
              xmlFree (text);
            }
          else
            {
              node = node->children;
              depth++;
              continue;
            }
        }
      while (node != NULL && node->next == NULL && node != root)
        {
          node = node->parent;
          depth--;
        }
      if (node == NULL || node == root)
        break;
      node = node->next;
    }
}

static xmlNode *
find_body (xmlDoc *doc)
{
  for (xmlNode *node = doc->children; node != NULL; node = node->next)
    {
      xmlNode *found;

      if (is_element (node, "body"))
        return node;
      if (node->type == XML_ELEMENT_NODE && (found = find_descendant (node, "body")) != NULL)
        return found;
    }
  return NULL;
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
 * @source: (out) (optional) (nullable): the site's name, as the page gives it
 * @published: (out) (optional) (nullable): the publication date, as the page writes it
 *
 * Returns: (transfer full): the article's text, NFC, which the blocks index
 */
char *
diem_html_parse (const char  *html,
                 gsize        length,
                 GPtrArray   *blocks,
                 char       **source,
                 char       **published,
                 gsize       *text_length)
{
  Walker w = { diem_block_builder_new (blocks), NULL, NULL, g_string_new (NULL),
               g_hash_table_new (NULL, NULL), NULL, NULL, FALSE };
  DiemHtmlMeta meta = { 0 };
  xmlDoc *doc;

  /* XML_PARSE_HUGE: without it libxml2 stops reading at 256 levels and, recovering,
   * drops the rest of the page without a word; the depth is bounded below instead */
  doc = htmlReadMemory (html, (int) MIN (length, (gsize) G_MAXINT), NULL, "UTF-8",
                        HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
                          | HTML_PARSE_RECOVER | HTML_PARSE_COMPACT | XML_PARSE_HUGE);
  if (doc != NULL && xmlDocGetRootElement (doc) != NULL)
    {
      xmlNode *body = find_body (doc);
      xmlNode *root = body ? body : xmlDocGetRootElement (doc);
      g_autoptr(DiemHtmlContent) content = NULL;
      g_autoptr(GPtrArray) containers = NULL;

      flatten_deep_nesting (xmlDocGetRootElement (doc));
      content = diem_html_content_new (root);
      diem_html_meta_find (&meta, xmlDocGetRootElement (doc), content);
      w.content = content;
      w.meta = &meta;
      w.headline_key = meta.headline ? comparison_key (meta.headline) : NULL;
      w.body_root = root;

      if (meta.headline != NULL)
        diem_block_builder_add_headline (w.builder, meta.headline);
      if (meta.lead != NULL)
        {
          diem_block_builder_add_lead (w.builder, meta.lead);
          w.lead_done = TRUE;
        }
      containers = diem_html_content_body (content);
      if (meta.headline_node != NULL && containers->len > 0 && g_ptr_array_index (containers, 0) != root)
        add_lead_figures (&w, meta.headline_node, g_ptr_array_index (containers, 0));
      for (guint i = 0; i < containers->len; i++)
        {
          xmlNode *container = g_ptr_array_index (containers, i);

          /* the body's container itself may be a figure-like box or a paragraph */
          flush_pending (&w);
          if (container == root)
            walk (&w, root->children);
          else
            walk_node (&w, container);
        }
      flush_pending (&w);
      if (meta.byline != NULL)
        diem_block_builder_add_byline (w.builder, meta.byline);
    }

  if (source != NULL)
    *source = g_steal_pointer (&meta.source);
  if (published != NULL)
    *published = g_steal_pointer (&meta.published);
  diem_html_meta_clear (&meta);
  if (doc != NULL)
    xmlFreeDoc (doc);
  g_free (w.headline_key);
  g_hash_table_unref (w.consumed);
  g_string_free (w.pending, TRUE);
  return diem_block_builder_finish (w.builder, text_length);
}
