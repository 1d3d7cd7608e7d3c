/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-block-builder.c — rebuilding an article's text and blocks from a structured source */
#include "diem-block-builder.h"

#include <string.h>

#include "diem-plain-parser.h"
#include "diem-text.h"

/* what a closing line may say around the author's name ("Bài và ảnh: ", "(ghi)") */
#define BYLINE_LINE_EXTRA 24
/* fewer words than this make a label, never a lead */
#define LEAD_MIN_WORDS 4

struct _DiemBlockBuilder
{
  GString   *text;
  GPtrArray *blocks;
  char      *pending_image; /* an image without a caption, waiting for the paragraph after it */
  gboolean   have_headline;
  gboolean   have_lead;
  gboolean   have_byline;
};

static guint
count_words (const char *text,
             gsize       length)
{
  guint n = 0;
  gboolean in_word = FALSE;

  for (const char *p = text; p < text + length; p = g_utf8_next_char (p))
    {
      gboolean letter = g_unichar_isalnum (g_utf8_get_char (p));

      n += letter && !in_word;
      in_word = letter;
    }
  return n;
}

DiemBlockBuilder *
diem_block_builder_new (GPtrArray *blocks)
{
  DiemBlockBuilder *self = g_new0 (DiemBlockBuilder, 1);

  self->text = g_string_new (NULL);
  self->blocks = blocks;
  return self;
}

/* Appends a piece's NFC text, folding white space, and gives its span. */
static gboolean
append_piece (DiemBlockBuilder *self,
              const char       *raw,
              DiemSpan         *span)
{
  g_autoptr(GString) folded = g_string_new (NULL);
  g_autofree char *nfc = NULL;

  for (const char *p = raw ? raw : ""; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x00A0)
        {
          if (folded->len > 0 && folded->str[folded->len - 1] != ' ')
            g_string_append_c (folded, ' ');
        }
      else if (diem_text_is_noncharacter (c))
        g_string_append_unichar (folded, 0xFFFD); /* from a character reference */
      else
        g_string_append_unichar (folded, c);
    }
  if (folded->len > 0 && folded->str[folded->len - 1] == ' ')
    g_string_truncate (folded, folded->len - 1);

  span->start = span->end = self->text->len;
  if (folded->len == 0)
    return FALSE;
  nfc = diem_text_normalize (folded->str, folded->len);
  if (self->text->len > 0)
    g_string_append (self->text, "\n\n");
  span->start = self->text->len;
  g_string_append (self->text, nfc);
  span->end = self->text->len;
  return TRUE;
}

/* An image that found no caption gives no block: an empty caption is not a caption. */
static void
flush_pending_image (DiemBlockBuilder *self)
{
  g_clear_pointer (&self->pending_image, g_free);
}

void
diem_block_builder_add_headline (DiemBlockBuilder *self,
                                 const char       *text)
{
  DiemSpan span;

  if (self->have_headline)
    {
      diem_block_builder_add_paragraph (self, text);
      return;
    }
  flush_pending_image (self);
  if (!append_piece (self, text, &span))
    return;
  g_ptr_array_add (self->blocks, diem_block_new (DIEM_BLOCK_HEADLINE, span.start, span.end));
  self->have_headline = TRUE;
}

void
diem_block_builder_add_paragraph (DiemBlockBuilder *self,
                                  const char       *text)
{
  DiemSpan span;
  guint before = self->blocks->len;
  DiemBlock *first;

  gboolean label;

  if (!append_piece (self, text, &span))
    return;
  /* a label over the text ("EXCLUSIVE", "Video") is not the article's opening */
  label = count_words (self->text->str + span.start, span.end - span.start) < LEAD_MIN_WORDS;
  diem_plain_add_body_paragraph (self->blocks, self->text->str, span, !self->have_lead && !label);
  if (!label)
    self->have_lead = TRUE;

  if (self->pending_image == NULL || self->blocks->len == before)
    return;
  /* an image without a caption of its own takes the credited caption right after it */
  first = g_ptr_array_index (self->blocks, before);
  if (first->kind == DIEM_BLOCK_CAPTION && first->image == NULL)
    first->image = g_steal_pointer (&self->pending_image);
  else
    flush_pending_image (self);
}

/* The standfirst, known to be one: it is the lead whatever comes before it. */
void
diem_block_builder_add_lead (DiemBlockBuilder *self,
                             const char       *text)
{
  DiemSpan span;

  flush_pending_image (self);
  if (!append_piece (self, text, &span))
    return;
  g_ptr_array_add (self->blocks, diem_block_new (DIEM_BLOCK_LEAD, span.start, span.end));
  self->have_lead = TRUE;
}

/* Names the page marks as its authors: the last paragraph when it says the same, else a
 * byline block of their own. */
void
diem_block_builder_add_byline (DiemBlockBuilder *self,
                               const char       *text)
{
  DiemSpan span;
  DiemBlock *block;
  GPtrArray *names;

  flush_pending_image (self);
  if (self->blocks->len > 0)
    {
      DiemBlock *last = g_ptr_array_index (self->blocks, self->blocks->len - 1);
      g_autofree char *last_text = g_utf8_casefold (self->text->str + last->span.start,
                                                    (gssize) (last->span.end - last->span.start));
      g_autofree char *nfc = diem_text_normalize (text, strlen (text));
      g_autofree char *wanted = g_utf8_casefold (nfc, -1);

      if (last->kind == DIEM_BLOCK_BYLINE && strstr (last_text, wanted) != NULL)
        return;
      /* "Bài và ảnh: Xuân Long" closing the body is the byline; a sentence that names
       * the author ("Laurie Oakes is the network's political editor") is not */
      if (last->kind == DIEM_BLOCK_PARAGRAPH && strstr (last_text, wanted) != NULL
          && strlen (last_text) <= strlen (wanted) + BYLINE_LINE_EXTRA)
        {
          last->kind = DIEM_BLOCK_BYLINE;
          g_clear_pointer (&last->names, g_ptr_array_unref);
          last->names = diem_plain_parse_byline (nfc, (DiemSpan) { 0, strlen (nfc) });
          if (last->names == NULL)
            {
              last->names = g_ptr_array_new_with_free_func (g_free);
              g_ptr_array_add (last->names, g_strdup (nfc));
            }
          self->have_byline = TRUE;
          return;
        }
    }
  if (!append_piece (self, text, &span))
    return;
  names = diem_plain_parse_byline (self->text->str, span);
  if (names == NULL)
    {
      names = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (names, g_strndup (self->text->str + span.start, span.end - span.start));
    }
  block = diem_block_new (DIEM_BLOCK_BYLINE, span.start, span.end);
  block->names = names;
  g_ptr_array_add (self->blocks, block);
  self->have_byline = TRUE;
}

void
diem_block_builder_add_image (DiemBlockBuilder *self,
                              const char       *source,
                              const char       *caption)
{
  DiemSpan span;
  DiemBlock *block;

  flush_pending_image (self);
  if (!append_piece (self, caption, &span))
    {
      if (source != NULL)
        self->pending_image = g_strdup (source);
      return;
    }
  block = diem_plain_caption_block (self->text->str, span);
  block->image = g_strdup (source);
  g_ptr_array_add (self->blocks, block);
}

/* The last paragraph becomes the byline when it is a line of names. */
static void
mark_byline (DiemBlockBuilder *self)
{
  DiemBlock *last;
  GPtrArray *names;

  if (self->blocks->len < 2 || self->have_byline)
    return;
  last = g_ptr_array_index (self->blocks, self->blocks->len - 1);
  if (last->kind != DIEM_BLOCK_PARAGRAPH)
    return;
  names = diem_plain_parse_byline (self->text->str, last->span);
  if (names != NULL)
    {
      last->kind = DIEM_BLOCK_BYLINE;
      last->names = names;
    }
}

/**
 * diem_block_builder_finish:
 *
 * Frees the builder.
 *
 * Returns: (transfer full): the article's text, which the blocks index
 */
char *
diem_block_builder_finish (DiemBlockBuilder *self,
                           gsize            *text_length)
{
  char *text;

  flush_pending_image (self);
  mark_byline (self);
  if (text_length != NULL)
    *text_length = self->text->len;
  text = g_string_free (self->text, FALSE);
  g_free (self);
  return text;
}
