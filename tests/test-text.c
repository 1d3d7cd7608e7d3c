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

  return g_test_run ();
}
