/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-html-content.c — where a web page's article is: chrome, hidden parts, main content
 *
 * Containers are scored as readers of many news sites do: every paragraph of some length
 * adds to its parent and, less, to its grand-parents; a container's score is weighed by
 * its class and id hints and by how little of its text is links. The best container and
 * those of its siblings that score near it are the article's body. Hidden elements, page
 * chrome (menus, share bars, related news, comments, ads, logins) and <header>, <nav>,
 * <aside>, <footer> outside an <article> or <main> never count. No rule names a site.
 */
#include "diem-html-content.h"

#include <string.h>

#define PARAGRAPH_MIN_CHARS 20
#define CHARS_PER_POINT 85
#define SCORE_LEVELS 5
#define HINT_WEIGHT 25.0

typedef struct
{
  gsize  chars;    /* non-space characters of the element's text, excluded parts left out */
  gsize  links;    /* of which inside links */
  guint  commas;
  double score;
  gboolean candidate;
} NodeInfo;

struct _DiemHtmlContent
{
  xmlNode    *root;
  GHashTable *excluded; /* (element-type xmlNode) roots of subtrees that are never article */
  GHashTable *info;     /* xmlNode → NodeInfo */
  xmlNode    *top;
};

static const char *const skipped_elements[] = {
  "script", "style", "noscript", "template", "head", "form", "button", "svg", "iframe",
  "object", "embed", "select", "textarea", "input", "title", "canvas", "audio", "map",
  "dialog", "link", "meta", NULL
};

static const char *const article_elements[] = { "article", "main", NULL };

static const char *const headline_elements[] = { "h1", NULL };

static const char *const chrome_elements[] = { "nav", "aside", "footer", "header", "menu", NULL };

static const char *const paragraph_elements[] = { "p", "pre", "td", "blockquote", NULL };

static const char *const block_elements[] = {
  "p", "div", "section", "article", "main", "header", "footer", "aside", "ul", "ol", "li",
  "table", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dl", NULL
};

gboolean
diem_html_name_in (const xmlChar      *name,
                   const char *const  *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (xmlStrcasecmp (name, (const xmlChar *) names[i]) == 0)
      return TRUE;
  return FALSE;
}

/* An attribute's value without its surrounding white space; NULL when absent or empty. */
char *
diem_html_attribute (xmlNode    *node,
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

gboolean
diem_html_is_element (xmlNode    *node,
                      const char *name)
{
  return node != NULL && node->type == XML_ELEMENT_NODE
         && xmlStrcasecmp (node->name, (const xmlChar *) name) == 0;
}

gboolean
diem_html_is_skipped (xmlNode *node)
{
  return node->type == XML_ELEMENT_NODE && diem_html_name_in (node->name, skipped_elements);
}

/* Hint patterns: long words may sit inside a compound ("box_tinlienquan",
 * "RelatedOneNews"); short ones must be whole words of the class or id. Responsive
 * classes ("hidden-xs", "d-none d-md-block") say nothing: only styles and the hidden
 * attribute hide an element. */
typedef struct
{
  DiemHtmlHints hint;
  const char   *pattern;
} HintPattern;

static const HintPattern hint_patterns[] = {
  { DIEM_HTML_HINT_CHROME,
    "related|relate-|comment|breadcrumb|social|sharing|share-|-share|^share|banner|advert|sponsor"
    "|newsletter|subscribe|pagination|navbar|navigation|login|signin|signup|register|popup|modal"
    "|toolbar|rating|mostview|most-view|mostread|most-read|xemnhieu|xem-nhieu|tinlienquan"
    "|tin-lien-quan|lienquan|lien-quan|tinkhac|tin-khac|xemthem|xem-them|binhluan|binh-luan"
    "|chiase|chia-se|quangcao|quang-cao|masthead|cookie|gdpr|recommend|trending|hashtag"
    "|keyword|footer|menu"
    "|(^|[^a-z0-9])(nav|ads?|tags?|vote|qc|share|sr-only|visually-hidden|topbar|logo)([^a-z0-9]|$)" },
  { DIEM_HTML_HINT_WEAK, "header|sidebar|widget|promo|complementary|(^|[^a-z0-9])(aside|extra)([^a-z0-9]|$)" },
  { DIEM_HTML_HINT_CONTENT,
    "article|content|detail|entry|story|fck|noidung|noi-dung|chitiet|chi-tiet|singular|cmain"
    "|(^|[^a-z0-9])(body|main|post|text)([^a-z0-9]|$)" },
  { DIEM_HTML_HINT_LEAD,
    "sapo|summary|standfirst|chapeau|chapo|excerpt|teaser|abstract|tomtat|tom-tat|description"
    "|(^|[^a-z0-9])(lead|intro|desc)([^a-z0-9]|$)" },
  { DIEM_HTML_HINT_AUTHOR, "author|byline|tacgia|tac-gia|writer|reporter" },
  { DIEM_HTML_HINT_CAPTION,
    "caption|image_desc|imgdesc|img-desc|photo-desc|chuthich|chu-thich|expnoedit"
    "|(^|[^a-z0-9])(desc|cap|image|photo)([^a-z0-9]|$)" },
  { DIEM_HTML_HINT_DATE, "(^|[^a-z0-9])(date|time|publish|pubdate|ngay-?dang|ngaydang)" },
};

static GRegex *
hint_regex (guint index)
{
  static GRegex *regexes[G_N_ELEMENTS (hint_patterns)];

  if (g_once_init_enter (&regexes[index]))
    {
      GRegex *regex = g_regex_new (hint_patterns[index].pattern,
                                   G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL);
      g_once_init_leave (&regexes[index], regex);
    }
  return regexes[index];
}

static void
append_attribute (GString    *out,
                  xmlNode    *node,
                  const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);

  if (value == NULL)
    return;
  g_string_append_c (out, ' ');
  g_string_append (out, (const char *) value);
  g_string_append_c (out, ' ');
  xmlFree (value);
}

static gboolean
attribute_is (xmlNode    *node,
              const char *name,
              const char *wanted)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);
  gboolean same = value != NULL && xmlStrcasecmp (value, (const xmlChar *) wanted) == 0;

  xmlFree (value);
  return same;
}

DiemHtmlHints
diem_html_hints (xmlNode *node)
{
  g_autoptr(GString) words = g_string_new (NULL);
  DiemHtmlHints hints = DIEM_HTML_HINT_NONE;

  if (node == NULL || node->type != XML_ELEMENT_NODE)
    return hints;
  append_attribute (words, node, "class");
  append_attribute (words, node, "id");
  if (!diem_html_is_element (node, "input") && !diem_html_is_element (node, "script"))
    append_attribute (words, node, "type");
  append_attribute (words, node, "itemprop");

  for (guint i = 0; i < G_N_ELEMENTS (hint_patterns); i++)
    if (words->len > 0 && g_regex_match (hint_regex (i), words->str, 0, NULL))
      hints |= hint_patterns[i].hint;

  if (attribute_is (node, "rel", "author"))
    hints |= DIEM_HTML_HINT_AUTHOR;
  if (attribute_is (node, "role", "navigation") || attribute_is (node, "role", "banner")
      || attribute_is (node, "role", "contentinfo") || attribute_is (node, "role", "menu"))
    hints |= DIEM_HTML_HINT_CHROME;
  if (diem_html_is_element (node, "time"))
    hints |= DIEM_HTML_HINT_DATE;
  if (diem_html_is_element (node, "figcaption"))
    hints |= DIEM_HTML_HINT_CAPTION;
  return hints;
}

static gboolean
is_hidden (xmlNode *node)
{
  xmlChar *style;
  gboolean hidden = FALSE;

  if (xmlHasProp (node, (const xmlChar *) "hidden") != NULL || attribute_is (node, "aria-hidden", "true"))
    return TRUE;
  style = xmlGetProp (node, (const xmlChar *) "style");
  if (style != NULL)
    {
      g_autofree char *compact = g_ascii_strdown ((const char *) style, -1);
      char *out = compact;

      for (const char *in = compact; *in; in++)
        if (!g_ascii_isspace (*in))
          *out++ = *in;
      *out = '\0';
      hidden = strstr (compact, "display:none") != NULL || strstr (compact, "visibility:hidden") != NULL;
      xmlFree (style);
    }
  return hidden;
}

static gboolean
inside_article (xmlNode *node)
{
  for (xmlNode *up = node->parent; up != NULL; up = up->parent)
    if (diem_html_is_element (up, "article") || diem_html_is_element (up, "main"))
      return TRUE;
  return FALSE;
}

static gboolean
holds_element (xmlNode           *node,
               const char *const *names)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE
        && (diem_html_name_in (child->name, names) || holds_element (child, names)))
      return TRUE;
  return FALSE;
}

/* Chrome is left out whatever its score; a container hinted as content is only left out
 * for a chrome hint when it is not also the page's <article>/<main>/<body>. */
static gboolean
is_excluded_root (xmlNode *node)
{
  DiemHtmlHints hints;

  if (diem_html_is_skipped (node) || is_hidden (node))
    return TRUE;
  if (diem_html_is_element (node, "body") || diem_html_is_element (node, "html"))
    return FALSE;
  if (diem_html_name_in (node->name, chrome_elements))
    {
      /* a <header> inside the article holds its headline and standfirst */
      if (!diem_html_is_element (node, "header") || !inside_article (node))
        return TRUE;
    }
  hints = diem_html_hints (node);
  if ((hints & DIEM_HTML_HINT_CHROME) == 0 || diem_html_is_element (node, "article")
      || diem_html_is_element (node, "main"))
    return FALSE;
  /* a chrome word on a wrapper around the whole page ("ad-portal") or around the
   * article's headline ("banner-headline") does not make it chrome */
  return !holds_element (node, article_elements)
         && !(inside_article (node) && holds_element (node, headline_elements));
}

static gsize
count_text (const char *text,
            guint      *commas)
{
  gsize n = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ',')
        (*commas)++;
      if (!g_unichar_isspace (c) && c != 0x00A0)
        n++;
    }
  return n;
}

/* Fills in every element's text and link counts; marks excluded subtrees. */
static void
measure (DiemHtmlContent *self,
         xmlNode         *node,
         gboolean         in_link,
         NodeInfo        *out)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        {
          gsize n = count_text ((const char *) child->content, &out->commas);

          out->chars += n;
          if (in_link)
            out->links += n;
        }
      else if (child->type == XML_ELEMENT_NODE)
        {
          NodeInfo *info;

          if (is_excluded_root (child))
            {
              g_hash_table_add (self->excluded, child);
              continue;
            }
          info = g_new0 (NodeInfo, 1);
          g_hash_table_insert (self->info, child, info);
          measure (self, child, in_link || diem_html_is_element (child, "a"), info);
          out->chars += info->chars;
          out->links += info->links;
          out->commas += info->commas;
        }
    }
}

static NodeInfo *
info_of (DiemHtmlContent *self,
         xmlNode         *node)
{
  return node ? g_hash_table_lookup (self->info, node) : NULL;
}

static double
tag_weight (xmlNode *node)
{
  static const char *const minus3[] = { "address", "ol", "ul", "dl", "dd", "dt", "li", "form", NULL };
  static const char *const minus5[] = { "h1", "h2", "h3", "h4", "h5", "h6", "th", NULL };
  static const char *const plus3[] = { "pre", "td", "blockquote", NULL };

  if (diem_html_is_element (node, "div") || diem_html_is_element (node, "article"))
    return 5;
  if (diem_html_name_in (node->name, plus3))
    return 3;
  if (diem_html_name_in (node->name, minus3))
    return -3;
  if (diem_html_name_in (node->name, minus5))
    return -5;
  return 0;
}

static double
hint_weight (xmlNode *node)
{
  DiemHtmlHints hints = diem_html_hints (node);
  double weight = 0;

  if (hints & DIEM_HTML_HINT_CONTENT)
    weight += HINT_WEIGHT;
  if (hints & (DIEM_HTML_HINT_CHROME | DIEM_HTML_HINT_WEAK))
    weight -= HINT_WEIGHT;
  return weight;
}

static void
add_score (DiemHtmlContent *self,
           xmlNode         *node,
           double           score)
{
  NodeInfo *info = info_of (self, node);

  if (info == NULL)
    return;
  if (!info->candidate)
    {
      info->candidate = TRUE;
      info->score = tag_weight (node) + hint_weight (node);
    }
  info->score += score;
}

static gboolean
holds_block (xmlNode *node)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE && diem_html_name_in (child->name, block_elements))
      return TRUE;
  return FALSE;
}

static gboolean
is_paragraph (xmlNode *node)
{
  if (diem_html_name_in (node->name, paragraph_elements))
    return TRUE;
  /* a <div> of running text is a paragraph too */
  return (diem_html_is_element (node, "div") || diem_html_is_element (node, "section"))
         && !holds_block (node);
}

static void
score_paragraphs (DiemHtmlContent *self,
                  xmlNode         *node)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      NodeInfo *info;

      if (child->type != XML_ELEMENT_NODE || (info = info_of (self, child)) == NULL)
        continue;
      if (is_paragraph (child) && info->chars >= PARAGRAPH_MIN_CHARS)
        {
          double score = 1 + info->commas + MIN (info->chars / CHARS_PER_POINT, 3);
          xmlNode *up = child->parent;

          for (guint level = 0; up != NULL && up->type == XML_ELEMENT_NODE && level < SCORE_LEVELS;
               level++, up = up->parent)
            add_score (self, up, level == 0 ? score : level == 1 ? score / 2 : score / (level * 3));
        }
      score_paragraphs (self, child);
    }
}

double
diem_html_link_density (DiemHtmlContent *self,
                        xmlNode         *node)
{
  NodeInfo *info = info_of (self, node);

  if (info == NULL || info->chars == 0)
    return 0;
  return (double) info->links / (double) info->chars;
}

gsize
diem_html_text_chars (DiemHtmlContent *self,
                      xmlNode         *node)
{
  NodeInfo *info = info_of (self, node);

  return info ? info->chars : 0;
}

static double
final_score (DiemHtmlContent *self,
             xmlNode         *node)
{
  NodeInfo *info = info_of (self, node);

  if (info == NULL || !info->candidate)
    return 0;
  return info->score * (1 - diem_html_link_density (self, node));
}

/* A body split in two ("read more" halves, an intro box) leaves its best part below the
 * container that holds them all: going up while the ancestors keep a third of the score,
 * an ancestor that scores higher than the one below it is the body. */
static void
climb_to_parent (DiemHtmlContent *self)
{
  double last, threshold;

  if (self->top == NULL)
    return;
  last = final_score (self, self->top);
  threshold = last / 3;
  for (xmlNode *up = self->top->parent; up != NULL && up->type == XML_ELEMENT_NODE
                                        && !diem_html_is_element (up, "body"); up = up->parent)
    {
      NodeInfo *info = info_of (self, up);
      double score;

      if (info == NULL || !info->candidate)
        continue;
      score = final_score (self, up);
      if (score < threshold)
        break;
      if (score > last)
        {
          self->top = up;
          break;
        }
      last = score;
    }
}

static void
find_top (DiemHtmlContent *self)
{
  GHashTableIter iter;
  gpointer key, value;
  double best = 0;

  g_hash_table_iter_init (&iter, self->info);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      double score = final_score (self, key);

      /* ties go to the container that comes first, whatever the table's order */
      if (score > best || (score == best && self->top != NULL && score > 0
                           && xmlGetLineNo (key) < xmlGetLineNo (self->top)))
        {
          best = score;
          self->top = key;
        }
    }
  climb_to_parent (self);
}

DiemHtmlContent *
diem_html_content_new (xmlNode *root)
{
  DiemHtmlContent *self = g_new0 (DiemHtmlContent, 1);
  NodeInfo *info = g_new0 (NodeInfo, 1);

  self->root = root;
  self->excluded = g_hash_table_new (NULL, NULL);
  self->info = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  if (root == NULL)
    {
      g_free (info);
      return self;
    }
  g_hash_table_insert (self->info, root, info);
  measure (self, root, FALSE, info);
  score_paragraphs (self, root);
  find_top (self);
  return self;
}

void
diem_html_content_free (DiemHtmlContent *self)
{
  g_hash_table_unref (self->excluded);
  g_hash_table_unref (self->info);
  g_free (self);
}

/* Whether the node or one of its ancestors is chrome, hidden or never text. */
gboolean
diem_html_content_excluded (DiemHtmlContent *self,
                            xmlNode         *node)
{
  for (xmlNode *up = node; up != NULL && up->type == XML_ELEMENT_NODE; up = up->parent)
    if (g_hash_table_contains (self->excluded, up) || diem_html_is_skipped (up))
      return TRUE;
  return FALSE;
}

/* Whether this node itself starts a subtree that is never article text. */
gboolean
diem_html_content_excludes (DiemHtmlContent *self,
                            xmlNode         *node)
{
  return g_hash_table_contains (self->excluded, node) || diem_html_is_skipped (node);
}

/* The text of an element's children as the document has it (white space unfolded). */
static void
append_run (GString    *out,
            const char *text,
            gboolean    after_element)
{
  /* "<span>Hà Nội</span>Ông…": a run of lower case ending an element and an upper-case
   * letter starting the next text are two words, not one */
  if (after_element && out->len > 0 && *text != '\0')
    {
      const char *last = g_utf8_find_prev_char (out->str, out->str + out->len);

      if (last != NULL && g_unichar_islower (g_utf8_get_char (last))
          && g_unichar_isupper (g_utf8_get_char (text)))
        g_string_append_c (out, ' ');
    }
  g_string_append (out, text);
}

void
diem_html_collect_text (xmlNode *node,
                        GString *out)
{
  for (xmlNode *child = node; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        append_run (out, (const char *) child->content,
                    child->prev != NULL && child->prev->type == XML_ELEMENT_NODE);
      else if (child->type == XML_ELEMENT_NODE && !diem_html_is_skipped (child) && !is_hidden (child))
        {
          if (diem_html_is_element (child, "br"))
            g_string_append_c (out, ' ');
          else
            diem_html_collect_text (child->children, out);
        }
    }
}

/* An element's text, folded to single spaces and trimmed. */
char *
diem_html_node_text (xmlNode *node)
{
  g_autoptr(GString) raw = g_string_new (NULL);
  GString *folded = g_string_new (NULL);

  diem_html_collect_text (node->children, raw);
  for (const char *p = raw->str; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x00A0)
        {
          if (folded->len > 0 && folded->str[folded->len - 1] != ' ')
            g_string_append_c (folded, ' ');
        }
      else
        g_string_append_unichar (folded, c);
    }
  if (folded->len > 0 && folded->str[folded->len - 1] == ' ')
    g_string_truncate (folded, folded->len - 1);
  return g_string_free (folded, FALSE);
}

xmlNode *
diem_html_content_top (DiemHtmlContent *self)
{
  return self->top;
}

static gboolean
same_class (xmlNode *a,
            xmlNode *b)
{
  xmlChar *ca = xmlGetProp (a, (const xmlChar *) "class");
  xmlChar *cb = xmlGetProp (b, (const xmlChar *) "class");
  gboolean same = ca != NULL && cb != NULL && *ca != '\0' && xmlStrcmp (ca, cb) == 0;

  xmlFree (ca);
  xmlFree (cb);
  return same;
}

/* A sibling paragraph of running text belongs to the article as well. */
static gboolean
is_text_sibling (DiemHtmlContent *self,
                 xmlNode         *node)
{
  NodeInfo *info = info_of (self, node);
  double density = diem_html_link_density (self, node);
  g_autofree char *text = NULL;
  gsize len;

  if (info == NULL || !diem_html_is_element (node, "p"))
    return FALSE;
  if (info->chars > 80)
    return density < 0.25;
  if (info->chars == 0 || density > 0)
    return FALSE;
  text = (char *) xmlNodeGetContent (node);
  g_strchomp (text);
  len = strlen (text);
  return len > 0 && text[len - 1] == '.';
}

/**
 * diem_html_content_body:
 *
 * Returns: (transfer container) (element-type xmlNode): the article's body containers in
 *   document order: the best container and the siblings that score near it; the whole
 *   document when nothing scored
 */
GPtrArray *
diem_html_content_body (DiemHtmlContent *self)
{
  GPtrArray *body = g_ptr_array_new ();
  double top_score, threshold;

  if (self->top == NULL || self->top->parent == NULL)
    {
      if (self->root != NULL)
        g_ptr_array_add (body, self->root);
      return body;
    }
  top_score = final_score (self, self->top);
  threshold = MAX (10, top_score * 0.2);
  for (xmlNode *sibling = self->top->parent->children; sibling != NULL; sibling = sibling->next)
    {
      double score;

      if (sibling->type != XML_ELEMENT_NODE || info_of (self, sibling) == NULL)
        continue;
      if (sibling == self->top)
        {
          g_ptr_array_add (body, sibling);
          continue;
        }
      score = final_score (self, sibling);
      if (same_class (sibling, self->top))
        score += top_score * 0.2;
      if (score >= threshold || is_text_sibling (self, sibling))
        g_ptr_array_add (body, sibling);
    }
  return body;
}
