/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-markdown-parser.c — blocks of a Markdown article, parsed by md4c (CommonMark)
 *
 * Headings, paragraphs, list items and quoted paragraphs become blocks; the first
 * level-one heading (ATX or setext) is the headline. A paragraph that is one image,
 * `![caption](image "title")`, is a photo with its caption. Links, reference links
 * included, keep their text; link definitions, emphasis and raw HTML leave none.
 */
#include "diem-markdown-parser.h"

#include <libxml/HTMLparser.h>
#include <md4c.h>
#include <string.h>

#include "diem-block-builder.h"

typedef struct
{
  DiemBlockBuilder *builder;
  GString          *text;       /* the block being read */
  guint             heading;    /* its heading level, 0 for none */
  guint             in_image;   /* nested image spans being read */
  guint             n_images;   /* images in the block */
  gboolean          outside;    /* text outside any image in the block */
  char             *image;      /* the block's first image */
  char             *title;      /* its title */
  GString          *alt;        /* its text */
} MarkdownReader;

gboolean
diem_markdown_sniff (const char *name_hint)
{
  g_autofree char *lower = NULL;

  if (name_hint == NULL)
    return FALSE;
  lower = g_ascii_strdown (name_hint, -1);
  return g_str_has_suffix (lower, ".md") || g_str_has_suffix (lower, ".markdown");
}

static char *
dup_attribute (const MD_ATTRIBUTE *attribute)
{
  return attribute->text != NULL && attribute->size > 0 ? g_strndup (attribute->text, attribute->size) : NULL;
}

static void
reset_block (MarkdownReader *reader)
{
  g_string_truncate (reader->text, 0);
  g_string_truncate (reader->alt, 0);
  g_clear_pointer (&reader->image, g_free);
  g_clear_pointer (&reader->title, g_free);
  reader->heading = 0;
  reader->n_images = 0;
  reader->outside = FALSE;
}

/* The block read so far becomes a photo, a headline or a paragraph. */
static void
flush_block (MarkdownReader *reader)
{
  g_autofree char *plain = g_strstrip (g_strdup (reader->text->str));

  if (reader->n_images == 1 && !reader->outside && reader->image != NULL)
    {
      g_strstrip (reader->alt->str);
      diem_block_builder_add_image (reader->builder, reader->image,
                                    reader->alt->str[0] != '\0' ? reader->alt->str : reader->title);
    }
  else if (*plain != '\0' && reader->heading == 1)
    diem_block_builder_add_headline (reader->builder, plain);
  else if (*plain != '\0')
    diem_block_builder_add_paragraph (reader->builder, plain);
  reset_block (reader);
}

static int
enter_block_cb (MD_BLOCKTYPE type,
                void        *detail,
                void        *user_data)
{
  MarkdownReader *reader = user_data;

  /* a list item's text comes without a paragraph when the list is tight; a nested block
   * ends the text before it */
  if (reader->text->len > 0 || reader->n_images > 0)
    flush_block (reader);
  if (type == MD_BLOCK_H)
    reader->heading = ((MD_BLOCK_H_DETAIL *) detail)->level;
  return 0;
}

static int
leave_block_cb (MD_BLOCKTYPE type,
                void        *detail,
                void        *user_data)
{
  MarkdownReader *reader = user_data;

  switch (type)
    {
    case MD_BLOCK_P:
    case MD_BLOCK_H:
    case MD_BLOCK_LI:
    case MD_BLOCK_CODE:
    case MD_BLOCK_TD:
    case MD_BLOCK_TH:
      flush_block (reader);
      break;
    case MD_BLOCK_DOC:
    case MD_BLOCK_QUOTE:
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
    case MD_BLOCK_HR:
    case MD_BLOCK_HTML:
    case MD_BLOCK_TABLE:
    case MD_BLOCK_THEAD:
    case MD_BLOCK_TBODY:
    case MD_BLOCK_TR:
    default:
      break;
    }
  return 0;
}

static int
enter_span_cb (MD_SPANTYPE type,
               void       *detail,
               void       *user_data)
{
  MarkdownReader *reader = user_data;

  if (type != MD_SPAN_IMG)
    return 0;
  if (reader->in_image++ == 0 && reader->n_images++ == 0)
    {
      const MD_SPAN_IMG_DETAIL *image = detail;

      reader->image = dup_attribute (&image->src);
      reader->title = dup_attribute (&image->title);
    }
  return 0;
}

static int
leave_span_cb (MD_SPANTYPE type,
               void       *detail,
               void       *user_data)
{
  MarkdownReader *reader = user_data;

  if (type == MD_SPAN_IMG && reader->in_image > 0)
    reader->in_image--;
  return 0;
}

/* An entity as written ("&amp;", "&#7871;", "&#x1EBF;") as the character it names. */
static void
append_entity (GString    *text,
               const char *entity,
               gsize       size)
{
  g_autofree char *name = g_strndup (entity + 1, size > 2 ? size - 2 : 0);
  gunichar c = 0;

  if (name[0] == '#')
    c = (name[1] == 'x' || name[1] == 'X') ? g_ascii_strtoull (name + 2, NULL, 16) : g_ascii_strtoull (name + 1, NULL, 10);
  else
    {
      const htmlEntityDesc *desc = htmlEntityLookup ((const xmlChar *) name);

      c = desc != NULL ? desc->value : 0;
    }
  if (c == 0 || !g_unichar_validate (c))
    c = 0xFFFD;
  g_string_append_unichar (text, c);
}

static void
append_text (GString     *into,
             MD_TEXTTYPE  type,
             const char  *text,
             MD_SIZE      size)
{
  switch (type)
    {
    case MD_TEXT_SOFTBR:
    case MD_TEXT_BR:
      g_string_append_c (into, ' ');
      break;
    case MD_TEXT_ENTITY:
      append_entity (into, text, size);
      break;
    case MD_TEXT_NULLCHAR:
      g_string_append_unichar (into, 0xFFFD);
      break;
    case MD_TEXT_HTML:
      break;
    case MD_TEXT_NORMAL:
    case MD_TEXT_CODE:
    case MD_TEXT_LATEXMATH:
    default:
      g_string_append_len (into, text, size);
      break;
    }
}

static gboolean
is_blank (const char *text,
          MD_SIZE     size)
{
  for (MD_SIZE i = 0; i < size; i++)
    if (!g_ascii_isspace (text[i]))
      return FALSE;
  return TRUE;
}

/* An image's text is its caption, and reads as words where other text surrounds it. */
static int
text_cb (MD_TEXTTYPE  type,
         const char  *text,
         MD_SIZE      size,
         void        *user_data)
{
  MarkdownReader *reader = user_data;

  if (type == MD_TEXT_HTML)
    return 0;
  if (reader->in_image > 0)
    append_text (reader->alt, type, text, size);
  else if (type != MD_TEXT_SOFTBR && type != MD_TEXT_BR && !is_blank (text, size))
    reader->outside = TRUE;
  append_text (reader->text, type, text, size);
  return 0;
}

char *
diem_markdown_parse (const char *markdown,
                     gsize       length,
                     GPtrArray  *blocks,
                     gsize      *text_length)
{
  MarkdownReader reader = { 0 };
  const MD_PARSER parser = {
    .abi_version = 0,
    .flags = MD_DIALECT_COMMONMARK,
    .enter_block = enter_block_cb,
    .leave_block = leave_block_cb,
    .enter_span = enter_span_cb,
    .leave_span = leave_span_cb,
    .text = text_cb,
  };
  char *text;

  reader.builder = diem_block_builder_new (blocks);
  reader.text = g_string_new (NULL);
  reader.alt = g_string_new (NULL);

  /* md4c takes sizes as 32-bit; an article is at most 256 MB (diem-article.c) */
  md_parse (markdown, (MD_SIZE) MIN (length, G_MAXUINT32), &parser, &reader);
  flush_block (&reader);

  text = diem_block_builder_finish (reader.builder, text_length);
  g_string_free (reader.text, TRUE);
  g_string_free (reader.alt, TRUE);
  g_free (reader.image);
  g_free (reader.title);
  return text;
}
