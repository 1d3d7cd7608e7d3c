/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-page-markdown.c — the editor's summary (Markdown, read with md4c) as text items
 *
 * Paragraphs, headings and list items become items of their own, so that pagination
 * splits the summary where it splits any text; emphasis becomes Pango attributes.
 */
#include "config.h"

#include <md4c.h>
#include <string.h>

#include "diem-page-renderer-private.h"

/* Raw HTML in a summary is shown as written, as on the clipboard. */
#define SUMMARY_FLAGS (MD_FLAG_NOHTML | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEAUTOLINKS)

#define LIST_INDENT 14.0

typedef struct
{
  DiemPageRenderer *renderer;
  GString          *text;
  PangoAttrList    *attrs;
  GArray           *span_starts;  /* (element-type gsize) where each open span began */
  guint             list_depth;
  GArray           *list_numbers; /* (element-type guint) the next number, 0 in a bullet list */
  gboolean          item_open;    /* a list item's marker is due before its first text */
  guint             heading;      /* the level of the heading being read, or 0 */
} MarkdownWriter;

static void
flush_block (MarkdownWriter *writer)
{
  DiemPageRenderer *self = writer->renderer;
  gboolean heading = writer->heading > 0;
  double indent = writer->list_depth > 0 ? LIST_INDENT * writer->list_depth : 0;
  DiemPageItem *item;

  g_strchomp (writer->text->str);
  writer->text->len = strlen (writer->text->str);
  if (writer->text->len == 0)
    {
      g_clear_pointer (&writer->attrs, pango_attr_list_unref);
      return;
    }
  item = diem_page_add_text_item (self, DIEM_PAGE_ITEM_TEXT, writer->text->str,
                                  heading ? diem_page_font_new (DIEM_PAGE_SANS_FAMILIES, writer->heading <= 1 ? 12.5 : 11.5,
                                                                PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL)
                                          : diem_page_font_new (DIEM_PAGE_SERIF_FAMILIES, 11, PANGO_WEIGHT_NORMAL,
                                                                PANGO_STYLE_NORMAL),
                                  g_steal_pointer (&writer->attrs), indent, PANGO_ALIGN_LEFT, FALSE, 1.08);
  if (writer->list_depth > 0)
    {
      /* wrapped lines of an item start under its text, not under its marker */
      pango_layout_set_indent (item->layout, (int) (-LIST_INDENT * 0.8 * PANGO_SCALE));
      diem_page_item_measure_lines (item);
    }
  item->space_before = heading ? 10 : writer->list_depth > 0 ? 2 : 4;
  item->space_after = heading ? 4 : writer->list_depth > 0 ? 2 : 6;
  item->keep_with_next = heading;
  item->keep_together = heading;
  diem_page_item_release_lines (item);
  g_string_truncate (writer->text, 0);
}

static void
begin_text (MarkdownWriter *writer)
{
  if (writer->attrs == NULL)
    writer->attrs = pango_attr_list_new ();
  if (writer->item_open)
    {
      guint *number = &g_array_index (writer->list_numbers, guint, writer->list_numbers->len - 1);

      if (*number > 0)
        g_string_append_printf (writer->text, "%u. ", (*number)++);
      else
        g_string_append (writer->text, "• ");
      writer->item_open = FALSE;
    }
}

static int
enter_block (MD_BLOCKTYPE type,
             void        *detail,
             void        *data)
{
  MarkdownWriter *writer = data;
  guint number = 0;

  switch (type)
    {
    case MD_BLOCK_OL:
      number = ((MD_BLOCK_OL_DETAIL *) detail)->start;
      G_GNUC_FALLTHROUGH;
    case MD_BLOCK_UL:
      /* an item's own text ends where a list inside it starts */
      flush_block (writer);
      writer->list_depth++;
      g_array_append_val (writer->list_numbers, number);
      break;
    case MD_BLOCK_LI:
      flush_block (writer);
      writer->item_open = TRUE;
      break;
    case MD_BLOCK_H:
      flush_block (writer);
      writer->heading = ((MD_BLOCK_H_DETAIL *) detail)->level;
      break;
    case MD_BLOCK_P:
    case MD_BLOCK_QUOTE:
    case MD_BLOCK_CODE:
    case MD_BLOCK_TR:
      /* a paragraph inside a list item goes on with the item's marker */
      if (!writer->item_open)
        flush_block (writer);
      break;
    case MD_BLOCK_TD:
    case MD_BLOCK_TH:
      if (writer->text->len > 0)
        g_string_append (writer->text, " · ");
      break;
    case MD_BLOCK_DOC:
    case MD_BLOCK_HR:
    case MD_BLOCK_HTML:
    case MD_BLOCK_TABLE:
    case MD_BLOCK_THEAD:
    case MD_BLOCK_TBODY:
    default:
      break;
    }
  return 0;
}

static int
leave_block (MD_BLOCKTYPE type,
             void        *detail,
             void        *data)
{
  MarkdownWriter *writer = data;

  switch (type)
    {
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
      flush_block (writer);
      writer->list_depth--;
      g_array_set_size (writer->list_numbers, writer->list_numbers->len - 1);
      break;
    case MD_BLOCK_H:
      flush_block (writer);
      writer->heading = 0;
      break;
    case MD_BLOCK_LI:
    case MD_BLOCK_P:
    case MD_BLOCK_CODE:
    case MD_BLOCK_TR:
      flush_block (writer);
      writer->item_open = FALSE;
      break;
    default:
      break;
    }
  return 0;
}

static int
enter_span (MD_SPANTYPE type,
            void       *detail,
            void       *data)
{
  MarkdownWriter *writer = data;
  gsize start = writer->text->len;

  begin_text (writer);
  start = writer->text->len;
  g_array_append_val (writer->span_starts, start);
  return 0;
}

static int
leave_span (MD_SPANTYPE type,
            void       *detail,
            void       *data)
{
  MarkdownWriter *writer = data;
  gsize start = g_array_index (writer->span_starts, gsize, writer->span_starts->len - 1);
  PangoAttribute *attr = NULL;

  g_array_set_size (writer->span_starts, writer->span_starts->len - 1);
  switch (type)
    {
    case MD_SPAN_STRONG:
      attr = pango_attr_weight_new (PANGO_WEIGHT_BOLD);
      break;
    case MD_SPAN_EM:
      attr = pango_attr_style_new (PANGO_STYLE_ITALIC);
      break;
    case MD_SPAN_DEL:
      attr = pango_attr_strikethrough_new (TRUE);
      break;
    case MD_SPAN_U:
      attr = pango_attr_underline_new (PANGO_UNDERLINE_SINGLE);
      break;
    case MD_SPAN_CODE:
      attr = pango_attr_family_new ("monospace");
      break;
    default:
      break;
    }
  if (attr != NULL && writer->text->len > start)
    diem_page_add_attribute (writer->attrs, attr, start, writer->text->len);
  else if (attr != NULL)
    pango_attribute_destroy (attr);
  return 0;
}

static int
text (MD_TEXTTYPE    type,
      const MD_CHAR *chars,
      MD_SIZE        size,
      void          *data)
{
  MarkdownWriter *writer = data;

  begin_text (writer);
  switch (type)
    {
    case MD_TEXT_NULLCHAR:
      g_string_append (writer->text, "\xef\xbf\xbd");
      break;
    case MD_TEXT_BR:
      g_string_append_c (writer->text, '\n');
      break;
    case MD_TEXT_SOFTBR:
      g_string_append_c (writer->text, ' ');
      break;
    default:
      g_string_append_len (writer->text, chars, size);
      break;
    }
  return 0;
}

/* The summary's blocks as the renderer's items, in order. */
void
diem_page_add_markdown (DiemPageRenderer *self,
                        const char       *markdown)
{
  MarkdownWriter writer = { self, g_string_new (NULL), NULL, g_array_new (FALSE, FALSE, sizeof (gsize)),
                            0, g_array_new (FALSE, FALSE, sizeof (guint)), FALSE, 0 };
  const MD_PARSER parser = {
    .abi_version = 0,
    .flags = SUMMARY_FLAGS,
    .enter_block = enter_block,
    .leave_block = leave_block,
    .enter_span = enter_span,
    .leave_span = leave_span,
    .text = text,
  };

  md_parse (markdown, (MD_SIZE) strlen (markdown), &parser, &writer);
  flush_block (&writer);
  g_clear_pointer (&writer.attrs, pango_attr_list_unref);
  g_string_free (writer.text, TRUE);
  g_array_unref (writer.span_starts);
  g_array_unref (writer.list_numbers);
}
