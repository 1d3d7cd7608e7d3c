/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-pdf-links.c — the summary's links to first mentions, and the outline
 *
 * Read back with qpdf (annotations, named destinations, bookmarks) and pdftotext
 * -bbox (which word sits where a link leads).
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "diem-article.h"
#include "diem-page-renderer.h"
#include "diem-pdf-export.h"
#include "pdf-test-util.h"

static char *tmp_dir;

/* The words of page @page inside a link's rectangle, in reading order. */
static char *
words_in_rect (GArray       *words,
               const double *rect,
               double        page_height)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < words->len; i++)
    {
      PdfWord *word = &g_array_index (words, PdfWord, i);
      double cx = (word->x0 + word->x1) / 2, cy = page_height - (word->y0 + word->y1) / 2;

      if (cx >= rect[0] && cx <= rect[2] && cy >= rect[1] && cy <= rect[3])
        {
          if (text->len > 0)
            g_string_append_c (text, ' ');
          g_string_append (text, word->text);
        }
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The word whose top left corner is where a destination points. */
static const char *
word_at (GArray *words,
         double  x,
         double  y_from_top)
{
  for (guint i = 0; i < words->len; i++)
    {
      PdfWord *word = &g_array_index (words, PdfWord, i);

      if (fabs (word->x0 - x) < 1.5 && fabs (word->y0 - y_from_top) < 2.5)
        return word->text;
    }
  return NULL;
}

/* The article's first word from @offset, NFC, without trailing punctuation. */
static char *
article_word_at (DiemArticle *article,
                 gsize        offset)
{
  const char *text = diem_article_get_text (article) + offset;
  const char *end = text;
  g_autofree char *word = NULL;

  while (*end != '\0' && !g_unichar_isspace (g_utf8_get_char (end)))
    end = g_utf8_next_char (end);
  while (end > text && g_unichar_ispunct (g_utf8_get_char (g_utf8_prev_char (end))))
    end = g_utf8_prev_char (end);
  word = g_strndup (text, end - text);
  return g_utf8_normalize (word, -1, G_NORMALIZE_NFC);
}

typedef struct
{
  const char *label;  /* how the entry starts on the summary page */
  gsize       target; /* the first mention it must lead to */
} Entry;

static void
add_entry (GArray     *entries,
           const char *label,
           gsize       target)
{
  Entry entry = { label, target };

  g_array_append_val (entries, entry);
}

static gsize
first_mention (GArray *mentions)
{
  g_assert_cmpuint (mentions->len, >, 0);
  return g_array_index (mentions, DiemSpan, 0).start;
}

/* Every entry the summary of @article should link, with the mention it links to. */
static GArray *
expected_entries (DiemArticle *article)
{
  GArray *entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  GPtrArray *officials = diem_article_get_officials (article);
  GPtrArray *awards = diem_article_get_awards (article);
  GPtrArray *resolutions = diem_article_get_resolutions (article);
  GPtrArray *documents = diem_article_get_documents (article);
  const char *text = diem_article_get_text (article);

  for (guint i = 0; i < officials->len; i++)
    {
      DiemOfficial *official = g_ptr_array_index (officials, i);

      add_entry (entries, official->name, first_mention (official->mentions));
    }
  for (guint i = 0; i < awards->len; i++)
    {
      DiemAward *award = g_ptr_array_index (awards, i);

      add_entry (entries, award->award, first_mention (award->mentions));
      for (guint j = 0; j < award->recipients->len; j++)
        {
          const char *recipient = g_ptr_array_index (award->recipients, j);
          const char *found = strstr (text, recipient);

          /* where the name is first written, or else the honour's first mention */
          add_entry (entries, recipient,
                     found != NULL ? (gsize) (found - text) : first_mention (award->mentions));
        }
    }
  for (guint i = 0; i < resolutions->len; i++)
    {
      DiemDocument *document = g_ptr_array_index (resolutions, i);

      add_entry (entries, document->id, first_mention (document->mentions));
    }
  for (guint i = 0; i < documents->len; i++)
    {
      DiemDocument *document = g_ptr_array_index (documents, i);

      add_entry (entries, document->id, first_mention (document->mentions));
    }
  return entries;
}

/* A link covers the first cell of a row, which reads "LABEL" or, for a bare document
 * number, "Kind LABEL" (the kind perhaps several words once translated); or one
 * recipient, "LABEL", in its row's second cell. */
static gboolean
entry_matches (const char *text,
               const char *label)
{
  g_autofree char *folded = pdf_fold_text (label);
  g_autofree char *after_kind = g_strconcat (" ", folded, NULL);

  return g_str_has_prefix (text, folded) || g_str_has_suffix (text, after_kind);
}

/* Each entry of the summary links to a destination on an article page, at the word
 * where its first mention starts. */
static void
test_links_lead_to_first_mentions (void)
{
  g_autoptr(DiemArticle) article = pdf_test_load_article ("../data/sample/hcmc-2023-review.txt");
  g_autofree char *path = pdf_test_export (article, tmp_dir, "links.pdf", DIEM_PAPER_A4, DIEM_PAGE_CONTENTS_BOTH);
  g_autoptr(DiemPageRenderer) renderer = diem_page_renderer_new (article, 595.28, 841.89, 56);
  g_autoptr(GArray) links = pdf_links (path);
  g_autoptr(GArray) entries = expected_entries (article);
  g_autoptr(GHashTable) words_by_page = g_hash_table_new_full (NULL, NULL, NULL,
                                                                (GDestroyNotify) g_array_unref);
  g_autoptr(GHashTable) linked = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  guint summary_page;

  if (links == NULL || pdftotext == NULL)
    {
      g_test_skip ("qpdf or pdftotext is not installed");
      return;
    }
  diem_page_renderer_paginate (renderer);
  summary_page = diem_page_renderer_get_summary_page (renderer) + 1;
  g_assert_cmpuint (entries->len, >, 10);
  g_assert_cmpuint (links->len, >=, entries->len);

  for (guint i = 0; i < links->len; i++)
    {
      PdfLink *link = &g_array_index (links, PdfLink, i);
      GArray *words, *dest_words;
      g_autofree char *label = NULL;
      g_autofree char *expected_word = NULL;
      const char *found_word;
      const Entry *entry = NULL;
      gsize target;

      /* from the summary to an article page, through a named destination */
      g_assert_cmpuint (link->page, >=, summary_page);
      g_assert_nonnull (link->dest_name);
      g_assert_cmpuint (link->dest_page, >=, 1);
      g_assert_cmpuint (link->dest_page, <, summary_page);
      g_assert_true (g_str_has_prefix (link->dest_name, "mention-"));
      target = (gsize) g_ascii_strtoull (link->dest_name + strlen ("mention-"), NULL, 10);

      /* the entry under the link is one of the summary's, and leads to its first mention */
      words = g_hash_table_lookup (words_by_page, GUINT_TO_POINTER (link->page));
      if (words == NULL)
        {
          words = pdf_page_words (path, link->page);
          g_hash_table_insert (words_by_page, GUINT_TO_POINTER (link->page), words);
        }
      label = words_in_rect (words, link->rect, 841.89);
      for (guint k = 0; k < entries->len; k++)
        {
          const Entry *candidate = &g_array_index (entries, Entry, k);

          if (entry_matches (label, candidate->label)
              && (entry == NULL || strlen (candidate->label) > strlen (entry->label)))
            entry = candidate;
        }
      if (entry == NULL)
        g_test_message ("link %u over “%s” is no summary entry", i, label);
      g_assert_nonnull (entry);
      g_assert_cmpuint (target, ==, entry->target);
      g_hash_table_add (linked, (gpointer) entry->label);

      /* and the destination is at the line and word where that mention starts */
      dest_words = g_hash_table_lookup (words_by_page, GUINT_TO_POINTER (link->dest_page));
      if (dest_words == NULL)
        {
          dest_words = pdf_page_words (path, link->dest_page);
          g_hash_table_insert (words_by_page, GUINT_TO_POINTER (link->dest_page), dest_words);
        }
      expected_word = article_word_at (article, target);
      found_word = word_at (dest_words, link->dest_x, 841.89 - link->dest_y);
      if (found_word == NULL || !g_str_has_prefix (found_word, expected_word))
        g_test_message ("“%s” leads to page %u (%.1f, %.1f): “%s”, not “%s”", label, link->dest_page,
                        link->dest_x, link->dest_y, found_word, expected_word);
      g_assert_nonnull (found_word);
      g_assert_true (g_str_has_prefix (found_word, expected_word));
    }

  /* every entry has its link */
  for (guint k = 0; k < entries->len; k++)
    g_assert_true (g_hash_table_contains (linked, g_array_index (entries, Entry, k).label));
}

/* A destination is only on article pages: without them, no links; without the
 * summary, no destinations. The file stays clean either way. */
static void
test_no_links_without_both_parts (void)
{
  g_autoptr(DiemArticle) article = pdf_test_load_article ("../data/sample/hcmc-2023-review.txt");
  const DiemPageContents contents[] = { DIEM_PAGE_CONTENTS_SUMMARY, DIEM_PAGE_CONTENTS_ARTICLE };

  for (guint i = 0; i < G_N_ELEMENTS (contents); i++)
    {
      g_autofree char *name = g_strdup_printf ("part-%u.pdf", i);
      g_autofree char *path = pdf_test_export (article, tmp_dir, name, DIEM_PAPER_A4, contents[i]);
      g_autoptr(GArray) links = pdf_links (path);
      g_autofree char *data = NULL;
      gsize length = 0;

      if (links == NULL)
        {
          g_test_skip ("qpdf is not installed");
          return;
        }
      g_assert_cmpuint (links->len, ==, 0);
      g_assert_true (g_file_get_contents (path, &data, &length, NULL));
      for (gsize k = 0; k + 6 < length; k++)
        g_assert_false (memcmp (data + k, "/Dests", 6) == 0);
    }
}

typedef struct
{
  char  *title;
  guint  page;
  GPtrArray *kids;
} Bookmark;

static void
bookmark_free (Bookmark *bookmark)
{
  g_free (bookmark->title);
  g_ptr_array_unref (bookmark->kids);
  g_free (bookmark);
}

static GPtrArray *
read_bookmarks (JsonArray *array)
{
  GPtrArray *bookmarks = g_ptr_array_new_with_free_func ((GDestroyNotify) bookmark_free);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      Bookmark *bookmark = g_new0 (Bookmark, 1);

      bookmark->title = g_strdup (json_object_get_string_member (object, "title"));
      bookmark->page = (guint) json_object_get_int_member (object, "destpageposfrom1");
      bookmark->kids = read_bookmarks (json_object_get_array_member (object, "kids"));
      g_ptr_array_add (bookmarks, bookmark);
    }
  return bookmarks;
}

/* qpdf's view of the outline; NULL without qpdf. */
static GPtrArray *
pdf_bookmarks (const char *path)
{
  const char *keys[] = { "outlines", NULL };
  g_autoptr(JsonNode) root = pdf_qpdf_json (path, keys);

  if (root == NULL)
    return NULL;
  return read_bookmarks (json_object_get_array_member (json_node_get_object (root), "outlines"));
}

/* The summary sheet's bookmark, titled @title, with a section per table under it. */
static void
assert_summary_bookmark (Bookmark   *summary,
                         const char *title,
                         guint       summary_page,
                         gboolean    with_documents)
{
  const char *sections[] = { "Officials", "Awards", "Resolutions", "Other documents" };
  guint n_sections = with_documents ? 4 : 3;

  g_assert_cmpstr (summary->title, ==, title);
  g_assert_cmpuint (summary->page, ==, summary_page);
  g_assert_cmpuint (summary->kids->len, ==, n_sections);
  for (guint i = 0; i < n_sections; i++)
    {
      Bookmark *section = g_ptr_array_index (summary->kids, i);

      g_assert_cmpstr (section->title, ==, g_dgettext (GETTEXT_PACKAGE, sections[i]));
      g_assert_cmpuint (section->page, >=, summary_page);
      g_assert_cmpuint (section->kids->len, ==, 0);
    }
}

/* The outline holds the headline (the article), then the summary and its sections,
 * each at its page; a PDF of one part holds that part only. */
static void
test_outline_parts_and_sections (void)
{
  g_autoptr(DiemArticle) article = pdf_test_load_article ("fixtures/pdf-export/lantern-festival.txt");
  g_autofree char *headline = diem_article_dup_headline (article);
  gboolean with_documents = diem_article_get_documents (article)->len > 0;
  g_autofree char *both = pdf_test_export (article, tmp_dir, "both.pdf", DIEM_PAPER_LETTER, DIEM_PAGE_CONTENTS_BOTH);
  g_autofree char *summary = pdf_test_export (article, tmp_dir, "summary.pdf", DIEM_PAPER_A4, DIEM_PAGE_CONTENTS_SUMMARY);
  g_autofree char *article_only = pdf_test_export (article, tmp_dir, "article.pdf", DIEM_PAPER_A4, DIEM_PAGE_CONTENTS_ARTICLE);
  g_autoptr(DiemPageRenderer) renderer = diem_page_renderer_new (article, 612, 792, 56);
  g_autoptr(GPtrArray) bookmarks = NULL;
  const DiemPageOutlineEntry *entries;
  guint n_entries, summary_page;

  g_assert_nonnull (headline);
  diem_page_renderer_paginate (renderer);
  summary_page = diem_page_renderer_get_summary_page (renderer) + 1;

  /* the renderer's outline, which the PDF's is made from */
  entries = diem_page_renderer_get_outline (renderer, &n_entries);
  g_assert_cmpuint (n_entries, ==, with_documents ? 6 : 5);
  g_assert_cmpstr (entries[0].title, ==, headline);
  g_assert_cmpuint (entries[0].depth, ==, 0);
  g_assert_cmpuint (entries[0].page_index, ==, 0);
  g_assert_cmpfloat (entries[0].y, ==, 56);
  g_assert_cmpuint (entries[1].depth, ==, 0);
  for (guint i = 1; i < n_entries; i++)
    {
      /* in page order, and down each page */
      g_assert_cmpuint (entries[i].depth, ==, i == 1 ? 0 : 1);
      g_assert_true (entries[i].page_index > entries[i - 1].page_index
                     || (entries[i].page_index == entries[i - 1].page_index && entries[i].y > entries[i - 1].y));
    }

  bookmarks = pdf_bookmarks (both);
  if (bookmarks == NULL)
    {
      g_test_skip ("qpdf is not installed");
      return;
    }
  g_assert_cmpuint (bookmarks->len, ==, 2);
  g_assert_cmpstr (((Bookmark *) g_ptr_array_index (bookmarks, 0))->title, ==, headline);
  g_assert_cmpuint (((Bookmark *) g_ptr_array_index (bookmarks, 0))->page, ==, 1);
  assert_summary_bookmark (g_ptr_array_index (bookmarks, 1), g_dgettext (GETTEXT_PACKAGE, "Summary"),
                           summary_page, with_documents);
  g_clear_pointer (&bookmarks, g_ptr_array_unref);

  bookmarks = pdf_bookmarks (summary);
  g_assert_cmpuint (bookmarks->len, ==, 1);
  /* printed alone, the summary is filed under the article's headline */
  assert_summary_bookmark (g_ptr_array_index (bookmarks, 0), headline, 1, with_documents);
  g_clear_pointer (&bookmarks, g_ptr_array_unref);

  bookmarks = pdf_bookmarks (article_only);
  g_assert_cmpuint (bookmarks->len, ==, 1);
  g_assert_cmpstr (((Bookmark *) g_ptr_array_index (bookmarks, 0))->title, ==, headline);
  g_assert_cmpuint (((Bookmark *) g_ptr_array_index (bookmarks, 0))->kids->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  g_setenv ("SOURCE_DATE_EPOCH", "1700000000", TRUE);

  tmp_dir = g_dir_make_tmp ("diem-pdf-links-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/pdf-links/lead-to-first-mentions", test_links_lead_to_first_mentions);
  g_test_add_func ("/pdf-links/none-without-both-parts", test_no_links_without_both_parts);
  g_test_add_func ("/pdf-links/outline-parts-and-sections", test_outline_parts_and_sections);
  status = g_test_run ();

  pdf_test_remove_dir (tmp_dir);
  return status;
}
