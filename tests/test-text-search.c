/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-text-search.c — finding a query in a text a stretch at a time */
#include <string.h>

#include "diem-text-search.h"

/* The matches of @query in @text, searched in stretches of @step bytes. */
static GArray *
search_in_steps (const char *text,
                 const char *query,
                 gboolean    match_diacritics,
                 gsize       step)
{
  g_autoptr(DiemTextSearch) search = diem_text_search_new (query, match_diacritics);
  GArray *matches = g_array_new (FALSE, FALSE, sizeof (DiemSpan));
  gsize length = strlen (text);

  for (gsize from = 0; from < length; from += step)
    diem_text_search_range (search, text, length, from, from + step, matches);
  return matches;
}

static char *
span_text (const char *text,
           GArray     *matches,
           guint       index)
{
  DiemSpan span = g_array_index (matches, DiemSpan, index);

  return g_strndup (text + span.start, span.end - span.start);
}

static void
test_folded (void)
{
  const char *text = "Ông Nguyễn Văn Nên thăm ĐẢNG bộ; đảng viên Nguyen.";
  g_autoptr(GArray) names = search_in_steps (text, "nguyen", FALSE, 1000);
  g_autoptr(GArray) party = search_in_steps (text, "Dang", FALSE, 1000);
  g_autofree char *first = span_text (text, names, 0);
  g_autofree char *second = span_text (text, names, 1);
  g_autofree char *upper = span_text (text, party, 0);

  g_assert_cmpuint (names->len, ==, 2);
  g_assert_cmpstr (first, ==, "Nguyễn");
  g_assert_cmpstr (second, ==, "Nguyen");
  g_assert_cmpuint (party->len, ==, 2);
  g_assert_cmpstr (upper, ==, "ĐẢNG");
}

static void
test_exact_marks (void)
{
  const char *text = "Nguyễn Văn A và NGUYỄN VĂN B, không phải Nguyen Van C.";
  g_autoptr(GArray) matches = search_in_steps (text, "nguyễn văn", TRUE, 1000);
  g_autoptr(GArray) none = search_in_steps (text, "nguyên", TRUE, 1000);
  g_autofree char *second = NULL;

  g_assert_cmpuint (matches->len, ==, 2);
  second = span_text (text, matches, 1);
  g_assert_cmpstr (second, ==, "NGUYỄN VĂN");
  g_assert_cmpuint (none->len, ==, 0);
}

/* A match across the end of a stretch is found once, by the stretch it starts in; the
 * next stretch does not find one inside it. */
static void
test_stretch_boundaries (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GArray) whole = NULL;

  for (guint i = 0; i < 200; i++)
    g_string_append (text, "Ủy ban nhân dân tỉnh Đắk Lắk; ");
  g_string_append (text, "aaaa");
  whole = search_in_steps (text->str, "dak lak", FALSE, text->len);
  g_assert_cmpuint (whole->len, ==, 200);
  for (gsize step = 1; step < 64; step += 5)
    {
      g_autoptr(GArray) stepped = search_in_steps (text->str, "dak lak", FALSE, step);
      g_autoptr(GArray) pairs = search_in_steps (text->str, "aa", FALSE, step);

      g_assert_cmpuint (stepped->len, ==, whole->len);
      g_assert_cmpmem (stepped->data, stepped->len * sizeof (DiemSpan), whole->data, whole->len * sizeof (DiemSpan));
      g_assert_cmpuint (pairs->len, ==, 2);
    }
}

/* A hard-wrapped paragraph reads with spaces in the view: a query with a space finds
 * the words on either side of a line break. */
static void
test_line_breaks_are_spaces (void)
{
  const char *text = "Chủ tịch UBND\nthành phố ký quyết định.";
  g_autoptr(GArray) matches = search_in_steps (text, "ubnd thanh pho", FALSE, 1000);

  g_assert_cmpuint (matches->len, ==, 1);
  g_assert_cmpuint (g_array_index (matches, DiemSpan, 0).start, ==, strlen ("Chủ tịch "));
}

static void
test_empty_query (void)
{
  g_autoptr(DiemTextSearch) empty = diem_text_search_new ("", FALSE);
  g_autoptr(DiemTextSearch) marks = diem_text_search_new ("\xcc\x83", FALSE);
  g_autoptr(GArray) matches = search_in_steps ("một văn bản", "", FALSE, 4);

  g_assert_true (diem_text_search_is_empty (empty));
  g_assert_true (diem_text_search_is_empty (marks));
  g_assert_cmpuint (matches->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text-search/folded", test_folded);
  g_test_add_func ("/text-search/exact-marks", test_exact_marks);
  g_test_add_func ("/text-search/stretch-boundaries", test_stretch_boundaries);
  g_test_add_func ("/text-search/line-breaks-are-spaces", test_line_breaks_are_spaces);
  g_test_add_func ("/text-search/empty-query", test_empty_query);

  return g_test_run ();
}
