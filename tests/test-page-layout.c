/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-page-layout.c — typesetting rules, checked on the pages the renderer makes
 *
 * A long article of its own is paginated on pages of many heights, so that every
 * kind of box (headline, paragraph, caption, summary heading, table row) lands at a
 * page bottom somewhere. On every page: a heading or a table's header row never ends
 * the page, a caption box or a table row is never split, a paragraph that runs onto
 * another page has at least two lines on each, and a table that goes on to a page
 * has its header row repeated at the top of it.
 */
#include "config.h"

#include <string.h>

#include "diem-article.h"
#include "diem-page-renderer.h"
#include "page-test-article.h"

#define MARGIN       48.0
#define MIN_LINES    2

static DiemArticle *
new_test_article (guint n_paragraphs)
{
  g_autofree char *text = page_test_article_new (n_paragraphs);
  g_autoptr(GError) error = NULL;
  DiemArticle *article = diem_article_new_from_data (text, strlen (text), "tam-giang.txt", &error);

  g_assert_no_error (error);
  return article;
}

static GArray *
page_boxes (DiemPageRenderer *renderer,
            guint             page)
{
  GArray *boxes = g_array_new (FALSE, FALSE, sizeof (DiemPageBox));
  DiemPageBox box;

  for (guint i = 0; diem_page_renderer_get_box (renderer, page, i, &box); i++)
    g_array_append_val (boxes, box);
  return boxes;
}

/* What a paragraph is: an article block (perhaps laid out in parts), or a summary entry. */
static gpointer
paragraph_key (const DiemPageBox *box)
{
  return GUINT_TO_POINTER (box->block != G_MAXUINT ? box->block + 1 : 0x100000 + box->layout);
}

static void
add_count (GHashTable *counts,
           gpointer    key,
           int         n)
{
  int before = GPOINTER_TO_INT (g_hash_table_lookup (counts, key));

  g_hash_table_insert (counts, key, GINT_TO_POINTER (before + n));
}

typedef struct
{
  double worst_caption_gap; /* white space left at a page bottom by a caption box moved on */
  guint  caption_moves;
  guint  repeated_headers;  /* tables that went on to another page */
} Raggedness;

/* A table's rows: each on one page, whole, under its table's header row or another
 * row of its table; a header row is followed by a row of its table, on its page. */
static void
check_table_box (GArray *boxes,
                 guint   i,
                 guint   page)
{
  DiemPageBox *box = &g_array_index (boxes, DiemPageBox, i);
  DiemPageBox *before = i > 0 ? &g_array_index (boxes, DiemPageBox, i - 1) : NULL;

  if (box->kind == DIEM_PAGE_BOX_TABLE_HEADER)
    {
      DiemPageBox *next = i + 1 < boxes->len ? &g_array_index (boxes, DiemPageBox, i + 1) : NULL;

      g_assert_cmpuint (box->table, ==, box->layout);
      g_assert_true (box->first_line == 0 && box->end_line == box->n_lines);
      /* repeated at the top of a page only, and over two rows at least: a table's
       * last row never goes on alone */
      g_assert_true (!box->repeated || (i == 0 && page > 0));
      if (box->repeated && i + 2 < boxes->len)
        g_assert_cmpuint (g_array_index (boxes, DiemPageBox, i + 2).table, ==, box->table);
      if (next == NULL)
        g_test_message ("page %u ends with a table's header row", page + 1);
      g_assert_nonnull (next);
      g_assert_cmpint (next->kind, ==, DIEM_PAGE_BOX_TABLE_ROW);
      g_assert_cmpuint (next->table, ==, box->table);
      g_assert_cmpint (next->first_line, ==, 0);
    }
  else if (box->kind == DIEM_PAGE_BOX_TABLE_ROW)
    {
      g_assert_false (box->repeated);
      g_assert_cmpuint (box->table, !=, G_MAXUINT);
      /* the rows of the test article are short: none is split */
      g_assert_cmpint (box->first_line, ==, 0);
      g_assert_cmpint (box->end_line, ==, box->n_lines);
      if (before == NULL)
        g_test_message ("a row of table %u starts page %u without its header", box->table, page + 1);
      g_assert_nonnull (before);
      g_assert_true (before->kind == DIEM_PAGE_BOX_TABLE_HEADER || before->kind == DIEM_PAGE_BOX_TABLE_ROW);
      g_assert_cmpuint (before->table, ==, box->table);
    }
  else
    g_assert_cmpuint (box->table, ==, G_MAXUINT);
}

/* Checks every rule on one pagination of @article on a page @height points tall. */
static void
check_pagination (DiemArticle *article,
                  double       height,
                  Raggedness  *ragged)
{
  g_autoptr(DiemPageRenderer) renderer = diem_page_renderer_new (article, 595.28, height, MARGIN);
  guint n_pages = diem_page_renderer_paginate (renderer);
  g_autoptr(GPtrArray) pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autoptr(GPtrArray) page_lines = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);
  g_autoptr(GHashTable) next_line = g_hash_table_new (NULL, NULL); /* layout → first line not seen yet */
  g_autoptr(GHashTable) paragraph_pages = g_hash_table_new (NULL, NULL);

  g_assert_cmpuint (n_pages, >, 1);
  for (guint p = 0; p < n_pages; p++)
    g_ptr_array_add (pages, page_boxes (renderer, p));

  for (guint p = 0; p < n_pages; p++)
    {
      GArray *boxes = g_ptr_array_index (pages, p);
      GHashTable *lines = g_hash_table_new (NULL, NULL); /* paragraph → its lines on this page */
      GHashTableIter iter;
      gpointer paragraph;

      g_ptr_array_add (page_lines, lines);
      g_assert_cmpuint (boxes->len, >, 0);
      for (guint i = 0; i < boxes->len; i++)
        {
          DiemPageBox *box = &g_array_index (boxes, DiemPageBox, i);
          gpointer key = GUINT_TO_POINTER (box->layout + 1);
          gboolean last_on_page = i + 1 == boxes->len;
          gboolean last_of_all = p + 1 == n_pages && last_on_page;

          /* on the page, and every line of every layout once, in order, but for the
           * header rows repeated where their tables go on */
          g_assert_cmpfloat (box->top, >=, MARGIN - 0.01);
          g_assert_cmpfloat (box->bottom, <=, height - MARGIN + 0.01);
          check_table_box (boxes, i, p);
          if (box->repeated)
            {
              ragged->repeated_headers++;
              continue;
            }
          g_assert_cmpint (box->first_line, ==, GPOINTER_TO_INT (g_hash_table_lookup (next_line, key)));
          g_assert_cmpint (box->end_line, >, box->first_line);
          g_hash_table_insert (next_line, key, GINT_TO_POINTER (box->end_line));
          add_count (lines, paragraph_key (box), box->end_line - box->first_line);

          if (box->kind == DIEM_PAGE_BOX_HEADING && !last_of_all)
            {
              DiemPageBox *next;

              if (last_on_page)
                g_test_message ("page %u of %.0f pt ends with a heading", p + 1, height);
              g_assert_false (last_on_page);
              /* what it heads starts under it, with enough of itself */
              next = &g_array_index (boxes, DiemPageBox, i + 1);
              g_assert_cmpint (next->first_line, ==, 0);
              g_assert_true (next->end_line == next->n_lines || next->end_line >= MIN_LINES);
            }

          /* a caption box is never split; when it moves on, it leaves a gap */
          if (box->kind == DIEM_PAGE_BOX_CAPTION)
            {
              g_assert_cmpint (box->first_line, ==, 0);
              g_assert_cmpint (box->end_line, ==, box->n_lines);
              if (i == 0 && p > 0)
                {
                  GArray *before = g_ptr_array_index (pages, p - 1);
                  double gap = height - MARGIN - g_array_index (before, DiemPageBox, before->len - 1).bottom;

                  ragged->worst_caption_gap = MAX (ragged->worst_caption_gap, gap);
                  ragged->caption_moves++;
                }
            }
        }

      g_hash_table_iter_init (&iter, lines);
      while (g_hash_table_iter_next (&iter, &paragraph, NULL))
        add_count (paragraph_pages, paragraph, 1);
    }

  /* a paragraph on more than one page has at least MIN_LINES lines on each */
  for (guint p = 0; p < n_pages; p++)
    {
      GHashTableIter iter;
      gpointer paragraph, n_lines;

      g_hash_table_iter_init (&iter, g_ptr_array_index (page_lines, p));
      while (g_hash_table_iter_next (&iter, &paragraph, &n_lines))
        if (GPOINTER_TO_INT (g_hash_table_lookup (paragraph_pages, paragraph)) > 1)
          {
            if (GPOINTER_TO_INT (n_lines) < MIN_LINES)
              g_test_message ("paragraph %#x has a single line on page %u of %.0f pt",
                              GPOINTER_TO_UINT (paragraph), p + 1, height);
            g_assert_cmpint (GPOINTER_TO_INT (n_lines), >=, MIN_LINES);
          }
    }

  /* everything was placed, whole */
  for (guint i = 0; i < g_hash_table_size (next_line); i++)
    g_assert_true (g_hash_table_contains (next_line, GUINT_TO_POINTER (i + 1)));
}

/* Pages from 400 to 900 points tall move every break of the article and the summary. */
static void
test_layout_rules_on_many_page_heights (void)
{
  g_autoptr(DiemArticle) article = new_test_article (45);
  Raggedness ragged = { 0, 0 };
  guint n_heights = 0;

  /* the article holds what the rules are about */
  g_assert_cmpuint (diem_article_get_officials (article)->len, >=, 5);
  g_assert_cmpuint (diem_article_get_awards (article)->len, >=, 4);

  for (double height = 400; height <= 900; height += 20, n_heights++)
    check_pagination (article, height, &ragged);

  g_test_message ("%u page heights; a caption box moved to the next page %u times, "
                  "leaving at most %.0f pt blank above it; a table went on to a page %u times",
                  n_heights, ragged.caption_moves, ragged.worst_caption_gap, ragged.repeated_headers);
  g_assert_cmpuint (ragged.caption_moves, >, 0);
  g_assert_cmpuint (ragged.repeated_headers, >, 0);
}

/* A paragraph too long for one layout is laid out in parts. When the first part
 * exactly fills a page, the next still brings two lines or more to the next page. */
static void
test_layout_paragraph_in_parts (void)
{
  for (guint extra = 4; extra < 44; extra += 5)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(DiemArticle) article = NULL;
      g_autoptr(DiemPageRenderer) tall = NULL;
      DiemPageBox first, next;
      Raggedness ragged = { 0, 0 };
      guint s = 0;

      while (text->len < 8100)
        g_string_append_printf (text, "%s ", page_test_sentences[s++ % G_N_ELEMENTS (page_test_sentences)]);
      while (text->len < 8192 + extra)
        g_string_append (text, "Mưa. ");
      article = diem_article_new_from_data (text->str, text->len, "mua.txt", NULL);
      g_assert_nonnull (article);

      /* on a page tall enough for all of it: how tall the first part is */
      tall = diem_page_renderer_new (article, 595.28, 4000, MARGIN);
      diem_page_renderer_set_contents (tall, DIEM_PAGE_CONTENTS_ARTICLE);
      diem_page_renderer_paginate (tall);
      g_assert_true (diem_page_renderer_get_box (tall, 0, 0, &first));
      g_assert_true (diem_page_renderer_get_box (tall, 0, 1, &next));
      g_assert_cmpuint (first.block, ==, next.block);

      /* pages that end just under the first part */
      for (double slack = 0.25; slack < 14; slack += 3.25)
        check_pagination (article, first.bottom + MARGIN + slack, &ragged);
    }
}

/* Headings stacked at a page bottom (a section heading, then a table's header row)
 * move on together with what they head; tables go on from page to page under their
 * repeated header row. */
static void
test_layout_summary_alone (void)
{
  g_autoptr(DiemArticle) article = new_test_article (45);
  guint repeated = 0;

  for (double height = 300; height <= 520; height += 4)
    {
      g_autoptr(DiemPageRenderer) renderer = diem_page_renderer_new (article, 420, height, 40);
      guint n_pages;

      diem_page_renderer_set_contents (renderer, DIEM_PAGE_CONTENTS_SUMMARY);
      n_pages = diem_page_renderer_paginate (renderer);
      g_assert_cmpuint (diem_page_renderer_get_summary_page (renderer), ==, 0);
      for (guint p = 0; p < n_pages; p++)
        {
          g_autoptr(GArray) boxes = page_boxes (renderer, p);
          DiemPageBox *last = &g_array_index (boxes, DiemPageBox, boxes->len - 1);

          for (guint i = 0; i < boxes->len; i++)
            {
              check_table_box (boxes, i, p);
              repeated += g_array_index (boxes, DiemPageBox, i).repeated;
            }
          if (p + 1 == n_pages)
            continue;
          if (last->kind == DIEM_PAGE_BOX_HEADING)
            g_test_message ("summary page %u of %.0f pt ends with a heading", p + 1, height);
          g_assert_cmpint (last->kind, !=, DIEM_PAGE_BOX_HEADING);
          g_assert_cmpint (last->kind, !=, DIEM_PAGE_BOX_TABLE_HEADER);
        }
    }
  g_assert_cmpuint (repeated, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/page-layout/rules-on-many-page-heights", test_layout_rules_on_many_page_heights);
  g_test_add_func ("/page-layout/paragraph-in-parts", test_layout_paragraph_in_parts);
  g_test_add_func ("/page-layout/summary-alone", test_layout_summary_alone);
  return g_test_run ();
}
