/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-text.c — decoding bytes into the article's NFC string */
#include <string.h>

#include "diem-article.h"
#include "diem-text.h"

static void
test_text_nfd_becomes_nfc (void)
{
  /* "Việt" with the tone mark and the circumflex as combining characters */
  const char *nfd = "Vie\xcc\x82\xcc\xa3t Nam";
  g_autofree char *text = NULL;
  gsize length = 0;

  text = diem_text_decode (nfd, strlen (nfd), NULL, NULL, &length, NULL);
  g_assert_cmpstr (text, ==, "Việt Nam");
  g_assert_cmpuint (length, ==, strlen ("Việt Nam"));
}

/* The en and em quads are the one pair in General Punctuation that NFC changes. */
static void
test_text_quads_become_spaces (void)
{
  const char *quads = "H\xe1\xbb\x99i\xe2\x80\x80ngh\xe1\xbb\x8b\xe2\x80\x81m\xe1\xbb\x9f";
  g_autofree char *text = diem_text_decode (quads, strlen (quads), NULL, NULL, NULL, NULL);
  g_autofree char *expected = g_utf8_normalize (quads, -1, G_NORMALIZE_NFC);

  g_assert_cmpstr (expected, ==, "Hội\xe2\x80\x82nghị\xe2\x80\x83mở");
  g_assert_cmpstr (text, ==, expected);
}

static void
test_text_bom_and_crlf (void)
{
  const char *data = "\xEF\xBB\xBF" "D\xc3\xb2ng m\xe1\xbb\x99t\r\n\r\nD\xc3\xb2ng hai\rba";
  g_autofree char *text = diem_text_decode (data, strlen (data), NULL, NULL, NULL, NULL);

  g_assert_cmpstr (text, ==, "Dòng một\n\nDòng hai\nba");
}

static void
test_text_invalid_utf8_names_offset (void)
{
  const char data[] = "Xin ch\xc3\xa0o \xff" " b\xe1\xba\xa1n";
  g_autoptr(GError) error = NULL;
  g_autofree char *text = diem_text_decode (data, sizeof data - 1, NULL, NULL, NULL, &error);

  g_assert_null (text);
  g_assert_error (error, DIEM_ARTICLE_ERROR, DIEM_ARTICLE_ERROR_INVALID_TEXT);
  g_assert_nonnull (strstr (error->message, "offset 10"));
}

static void
test_text_binary_rejected (void)
{
  const char data[] = "PK\x03\x04\x00\x00binary";
  g_autoptr(GError) error = NULL;
  g_autofree char *text = diem_text_decode (data, sizeof data - 1, NULL, NULL, NULL, &error);

  g_assert_null (text);
  g_assert_error (error, DIEM_ARTICLE_ERROR, DIEM_ARTICLE_ERROR_BINARY);
}

static void
test_text_blank_is_empty (void)
{
  const char *data = " \n\t\n  \n";
  g_autoptr(GError) error = NULL;
  g_autofree char *text = diem_text_decode (data, strlen (data), NULL, NULL, NULL, &error);

  g_assert_null (text);
  g_assert_error (error, DIEM_ARTICLE_ERROR, DIEM_ARTICLE_ERROR_EMPTY);
}

/* Long decomposed text is normalised in chunks; the result must equal GLib's
 * normalisation of the whole, wherever the chunks end. */
static void
test_text_long_nfd_matches_whole_normalisation (void)
{
  g_autoptr(GString) nfd = g_string_new (NULL);
  g_autofree char *expected = NULL;
  g_autofree char *text = NULL;

  for (int i = 0; i < 6000; i++)
    g_string_append (nfd, i % 7 == 0 ? "Nguye\xcc\x82\xcc\x83n " : "vie\xcc\x82\xcc\xa3t\xe1\xbb\x87");
  expected = g_utf8_normalize (nfd->str, nfd->len, G_NORMALIZE_NFC);
  text = diem_text_decode (nfd->str, nfd->len, NULL, NULL, NULL, NULL);
  g_assert_cmpstr (text, ==, expected);
}

/* UTF-16 with a BOM; the result's length in *length. */
static char *
utf16le (const char *utf8,
         gsize      *length)
{
  glong n = 0;
  g_autofree gunichar2 *units = g_utf8_to_utf16 (utf8, -1, NULL, &n, NULL);
  char *out = g_malloc (2 + 2 * n);

  out[0] = '\xFF';
  out[1] = '\xFE';
  for (glong i = 0; i < n; i++)
    {
      out[2 + 2 * i] = (char) (units[i] & 0xFF);
      out[3 + 2 * i] = (char) (units[i] >> 8);
    }
  *length = 2 + 2 * n;
  return out;
}

/* The decoder's length is carried through: UTF-16 text is read whole, and a U+0000 in
 * it is refused by name rather than ending the article there. */
static void
test_text_utf16_length_and_nul (void)
{
  gsize length = 0, text_length = 0;
  g_autofree char *whole = utf16le ("Dòng một\nDòng hai và dòng ba", &length);
  g_autofree char *with_nul = NULL;
  g_autofree char *text = diem_text_decode (whole, length, NULL, NULL, &text_length, NULL);
  g_autofree char *refused = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (text, ==, "Dòng một\nDòng hai và dòng ba");
  g_assert_cmpuint (text_length, ==, strlen (text));

  /* "Tin" U+0000 "mới": the NUL is the fourth character */
  with_nul = utf16le ("Tin@mới hôm nay", &length);
  with_nul[2 + 2 * 3] = '\0';
  refused = diem_text_decode (with_nul, length, NULL, NULL, NULL, &error);
  g_assert_null (refused);
  g_assert_error (error, DIEM_ARTICLE_ERROR, DIEM_ARTICLE_ERROR_INVALID_TEXT);
  g_assert_nonnull (strstr (error->message, "U+0000"));
  g_assert_nonnull (strstr (error->message, "character 4"));
}

/* Noncharacters never reach the article: they become U+FFFD, in decoded text and in
 * the pieces a structured parser hands over. */
static void
test_text_noncharacters_replaced (void)
{
  const char *data = "a\xEF\xBF\xBF b\xEF\xB7\x90 c\xF0\x9F\xBF\xBE d\xEF\xBF\xBD";
  g_autofree char *text = diem_text_decode (data, strlen (data), NULL, NULL, NULL, NULL);
  const char *html = "<html><body><h1>Tin</h1><p>x&#xFDD0;y &#x1FFFE;z &#xFFFD;</p></body></html>";
  g_autoptr(DiemArticle) article = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (text, ==, "a\uFFFD b\uFFFD c\uFFFD d\uFFFD");
  g_assert_true (diem_text_is_noncharacter (0xFFFE));
  g_assert_true (diem_text_is_noncharacter (0x10FFFF));
  g_assert_true (diem_text_is_noncharacter (0xFDEF));
  g_assert_false (diem_text_is_noncharacter (0xFFFD));
  g_assert_false (diem_text_is_noncharacter (0xFDF0));

  article = diem_article_new_from_data (html, strlen (html), "tin.html", &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (diem_article_get_text (article), "x\uFFFDy \uFFFDz \uFFFD"));
}

/* A file name that is not UTF-8, or holds a newline, still gives a one-line title. */
static void
test_text_title_hint_made_valid (void)
{
  const char *data = "Một đoạn văn không có tiêu đề.";
  g_autoptr(DiemArticle) article = diem_article_new_from_data (data, strlen (data), "b\xE1o\nc\xE1o.txt", NULL);
  const char *hint = diem_article_get_title_hint (article);

  g_assert_true (g_utf8_validate (hint, -1, NULL));
  g_assert_cmpstr (hint, ==, "b\uFFFDo c\uFFFDo.txt");
}

/* Runs of combining marks up to the stream-safe length normalise exactly as GLib does
 * on the whole; a longer, unsorted run is cut so that sorting stays linear, and keeps
 * every mark. */
static void
test_text_long_mark_runs (void)
{
  /* dot below (class 220) and acute (230), unsorted: acute first */
  g_autoptr(GString) short_runs = g_string_new (NULL);
  g_autoptr(GString) long_run = g_string_new ("a");
  g_autofree char *expected = NULL;
  g_autofree char *text = NULL;
  g_autofree char *long_text = NULL;

  for (int i = 0; i < 3000; i++)
    g_string_append (short_runs, "a\xcc\x81\xcc\xa3 e\xcc\x82\xcc\x81\xcc\xa3 ");
  expected = g_utf8_normalize (short_runs->str, short_runs->len, G_NORMALIZE_NFC);
  text = diem_text_normalize (short_runs->str, short_runs->len);
  g_assert_cmpstr (text, ==, expected);

  for (int i = 0; i < 100000; i++)
    g_string_append (long_run, i % 2 ? "\xcc\xa3" : "\xcc\x81");
  long_text = diem_text_normalize (long_run->str, long_run->len);
  g_assert_nonnull (long_text);
  g_assert_true (g_utf8_validate (long_text, -1, NULL));
  /* every character decomposed again: the letter and all its marks are there */
  {
    gsize decomposed = 0;

    for (const char *p = long_text; *p != '\0'; p = g_utf8_next_char (p))
      decomposed += g_unichar_fully_decompose (g_utf8_get_char (p), FALSE, NULL, 0);
    g_assert_cmpuint (decomposed, ==, 100001);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text/nfd-becomes-nfc", test_text_nfd_becomes_nfc);
  g_test_add_func ("/text/bom-and-crlf", test_text_bom_and_crlf);
  g_test_add_func ("/text/quads-become-spaces", test_text_quads_become_spaces);
  g_test_add_func ("/text/invalid-utf8-names-offset", test_text_invalid_utf8_names_offset);
  g_test_add_func ("/text/binary-rejected", test_text_binary_rejected);
  g_test_add_func ("/text/blank-is-empty", test_text_blank_is_empty);
  g_test_add_func ("/text/long-nfd", test_text_long_nfd_matches_whole_normalisation);

  g_test_add_func ("/text/long-mark-runs", test_text_long_mark_runs);
  g_test_add_func ("/text/utf16-length-and-nul", test_text_utf16_length_and_nul);
  g_test_add_func ("/text/noncharacters-replaced", test_text_noncharacters_replaced);
  g_test_add_func ("/text/title-hint-made-valid", test_text_title_hint_made_valid);
  return g_test_run ();
}
