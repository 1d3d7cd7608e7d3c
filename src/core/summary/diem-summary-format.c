/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-summary-format.c — the editor's summary (Markdown) as HTML and as plain text */
#include "diem-summary-format.h"

#include <md4c-html.h>
#include <md4c.h>
#include <string.h>

/* Raw HTML in a summary is shown as text, never passed on to the clipboard as markup. */
#define SUMMARY_FLAGS (MD_FLAG_NOHTML | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEAUTOLINKS)

static void
append_output (const MD_CHAR *text,
               MD_SIZE        size,
               void          *data)
{
  g_string_append_len (data, text, size);
}

char *
diem_summary_to_html (const char *markdown)
{
  GString *html = g_string_new (NULL);

  g_return_val_if_fail (markdown != NULL, NULL);
  md_html (markdown, (MD_SIZE) strlen (markdown), append_output, html, SUMMARY_FLAGS, 0);
  return g_string_free (html, FALSE);
}

typedef struct
{
  GString *out;
  guint    list_depth;
} PlainWriter;

static void
start_line (PlainWriter *writer)
{
  if (writer->out->len > 0 && writer->out->str[writer->out->len - 1] != '\n')
    g_string_append_c (writer->out, '\n');
}

/* Top-level blocks are apart by one blank line, as in the Markdown. */
static void
start_block (PlainWriter *writer)
{
  start_line (writer);
  if (writer->out->len > 0)
    g_string_append_c (writer->out, '\n');
}

static int
enter_block (MD_BLOCKTYPE type,
             void        *detail,
             void        *data)
{
  PlainWriter *writer = data;

  switch (type)
    {
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
      if (writer->list_depth++ == 0)
        start_block (writer);
      break;
    case MD_BLOCK_LI:
      start_line (writer);
      for (guint i = 1; i < writer->list_depth; i++)
        g_string_append (writer->out, "  ");
      g_string_append (writer->out, "- ");
      break;
    case MD_BLOCK_P:
    case MD_BLOCK_H:
    case MD_BLOCK_QUOTE:
    case MD_BLOCK_CODE:
      /* a paragraph inside a list item continues its line */
      if (writer->list_depth == 0)
        start_block (writer);
      break;
    case MD_BLOCK_DOC:
    case MD_BLOCK_HR:
    case MD_BLOCK_HTML:
    case MD_BLOCK_TABLE:
    case MD_BLOCK_THEAD:
    case MD_BLOCK_TBODY:
    case MD_BLOCK_TR:
    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
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
  PlainWriter *writer = data;

  if (type == MD_BLOCK_UL || type == MD_BLOCK_OL)
    {
      writer->list_depth--;
      if (writer->list_depth == 0)
        start_line (writer);
    }
  else if (type == MD_BLOCK_TD || type == MD_BLOCK_TH)
    g_string_append_c (writer->out, '\t');
  else if (type == MD_BLOCK_TR)
    start_line (writer);
  return 0;
}

static int
span (MD_SPANTYPE type,
      void       *detail,
      void       *data)
{
  return 0;
}

static int
text (MD_TEXTTYPE    type,
      const MD_CHAR *chars,
      MD_SIZE        size,
      void          *data)
{
  PlainWriter *writer = data;

  switch (type)
    {
    case MD_TEXT_BR:
    case MD_TEXT_SOFTBR:
      g_string_append_c (writer->out, type == MD_TEXT_BR ? '\n' : ' ');
      break;
    case MD_TEXT_NULLCHAR:
      g_string_append (writer->out, "\xEF\xBF\xBD");
      break;
    /* an entity ("&amp;") is rare in what an editor types: it stays as written */
    case MD_TEXT_ENTITY:
    case MD_TEXT_NORMAL:
    case MD_TEXT_CODE:
    case MD_TEXT_HTML:
    case MD_TEXT_LATEXMATH:
    default:
      g_string_append_len (writer->out, chars, size);
      break;
    }
  return 0;
}

char *
diem_summary_to_plain (const char *markdown)
{
  PlainWriter writer = { g_string_new (NULL), 0 };
  MD_PARSER parser = {
    .abi_version = 0,
    .flags = SUMMARY_FLAGS,
    .enter_block = enter_block,
    .leave_block = leave_block,
    .enter_span = span,
    .leave_span = span,
    .text = text,
  };

  g_return_val_if_fail (markdown != NULL, NULL);
  md_parse (markdown, (MD_SIZE) strlen (markdown), &parser, &writer);
  start_line (&writer);
  return g_string_free (writer.out, FALSE);
}
