/* diem-markdown-parser.c — blocks of a Markdown article
 *
 * Enough Markdown for articles: ATX headings (the first level-one heading is the
 * headline), paragraphs separated by blank lines, `![caption](image "title")` images,
 * links reduced to their text, emphasis markers, block quotes and list markers dropped.
 */
#include "diem-markdown-parser.h"

#include <string.h>

#include "diem-block-builder.h"

gboolean
diem_markdown_sniff (const char *name_hint)
{
  g_autofree char *lower = NULL;

  if (name_hint == NULL)
    return FALSE;
  lower = g_ascii_strdown (name_hint, -1);
  return g_str_has_suffix (lower, ".md") || g_str_has_suffix (lower, ".markdown");
}

static GRegex *
image_regex (void)
{
  static gsize once = 0;
  static GRegex *regex;

  if (g_once_init_enter (&once))
    {
      regex = g_regex_new ("^!\\[([^\\]]*)\\]\\(\\s*<?([^\\s\\)>]+)>?(?:\\s+\"([^\"]*)\")?\\s*\\)$",
                           G_REGEX_OPTIMIZE, 0, NULL);
      g_once_init_leave (&once, 1);
    }
  return regex;
}

static GRegex *
inline_regex (void)
{
  static gsize once = 0;
  static GRegex *regex;

  if (g_once_init_enter (&once))
    {
      /* images and links keep their text; emphasis and code markers go */
      regex = g_regex_new ("!?\\[([^\\]]*)\\]\\([^\\)]*\\)|\\*\\*|__|(?<![\\w*])[*_](?=\\S)|(?<=\\S)[*_](?![\\w*])|`",
                           G_REGEX_OPTIMIZE, 0, NULL);
      g_once_init_leave (&once, 1);
    }
  return regex;
}

static gboolean
replace_inline_cb (const GMatchInfo *match,
                   GString          *result,
                   gpointer          user_data)
{
  g_autofree char *text = g_match_info_fetch (match, 1);

  if (text != NULL)
    g_string_append (result, text);
  return FALSE;
}

/* Drops block-quote and list markers at the start of a line. */
static const char *
skip_line_markers (const char *line)
{
  while (*line == ' ' || *line == '\t')
    line++;
  while (*line == '>')
    {
      line++;
      while (*line == ' ')
        line++;
    }
  if ((*line == '-' || *line == '*' || *line == '+') && line[1] == ' ')
    return line + 2;
  if (g_ascii_isdigit (*line))
    {
      const char *p = line;
      while (g_ascii_isdigit (*p))
        p++;
      if ((*p == '.' || *p == ')') && p[1] == ' ')
        return p + 2;
    }
  return line;
}

static void
add_block (DiemBlockBuilder *builder,
           GString          *paragraph)
{
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *plain = NULL;
  guint level = 0;
  const char *p = paragraph->str;

  g_strstrip (paragraph->str);
  paragraph->len = strlen (paragraph->str);
  if (paragraph->len == 0)
    return;

  if (g_regex_match (image_regex (), paragraph->str, 0, &match))
    {
      g_autofree char *alt = g_match_info_fetch (match, 1);
      g_autofree char *source = g_match_info_fetch (match, 2);
      g_autofree char *title = g_match_info_fetch (match, 3);

      diem_block_builder_add_image (builder, source, alt && *alt ? alt : title);
      return;
    }

  while (*p == '#')
    p++, level++;
  if (level > 0 && level <= 6 && (*p == ' ' || *p == '\0'))
    {
      g_autofree char *heading = g_strdup (p);
      char *end = heading + strlen (heading);

      while (end > heading && (end[-1] == '#' || end[-1] == ' '))
        *--end = '\0';
      plain = g_regex_replace_eval (inline_regex (), heading, -1, 0, 0, replace_inline_cb, NULL, NULL);
      if (level == 1)
        diem_block_builder_add_headline (builder, plain);
      else
        diem_block_builder_add_paragraph (builder, plain);
      return;
    }

  plain = g_regex_replace_eval (inline_regex (), paragraph->str, -1, 0, 0, replace_inline_cb, NULL, NULL);
  diem_block_builder_add_paragraph (builder, plain);
}

char *
diem_markdown_parse (const char *markdown,
                     gsize       length,
                     GPtrArray  *blocks,
                     gsize      *text_length)
{
  DiemBlockBuilder *builder = diem_block_builder_new (blocks);
  g_autoptr(GString) paragraph = g_string_new (NULL);
  g_autofree char *copy = g_strndup (markdown, length);
  g_auto(GStrv) lines = g_strsplit (copy, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      gboolean blank = *g_strstrip (lines[i]) == '\0';
      const char *content = skip_line_markers (lines[i]);

      gboolean list_item = content != lines[i] && lines[i][0] != '>';

      /* a heading, an image or a list item starts a block even without a blank line */
      if (list_item && !blank)
        {
          add_block (builder, paragraph);
          g_string_truncate (paragraph, 0);
        }
      if (blank || content[0] == '#' || g_str_has_prefix (content, "!["))
        {
          add_block (builder, paragraph);
          g_string_truncate (paragraph, 0);
          if (blank)
            continue;
          g_string_append (paragraph, content);
          if (content[0] == '#' || g_str_has_prefix (content, "!["))
            {
              add_block (builder, paragraph);
              g_string_truncate (paragraph, 0);
            }
          continue;
        }
      if (paragraph->len > 0)
        g_string_append_c (paragraph, ' ');
      g_string_append (paragraph, content);
    }
  add_block (builder, paragraph);

  return diem_block_builder_finish (builder, text_length);
}
