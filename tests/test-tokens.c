/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-tokens.c — words, joined pieces and sentences that survive abbreviations */
#include <string.h>

#include "diem-grammar.h"
#include "diem-lexicon.h"
#include "diem-tokens.h"

static DiemTokens *
tokenize (const char *text)
{
  DiemTokens *tokens = diem_tokens_new (text, strlen (text));

  diem_tokens_add_span (tokens, 0, strlen (text));
  diem_tokens_finish (tokens, diem_grammar_is_abbreviation);
  return tokens;
}

static char *
sentence_text (const DiemTokens *tokens,
               guint             index)
{
  const DiemSentence *sentence = &g_array_index (tokens->sentences, DiemSentence, index);

  return diem_tokens_dup_text (tokens, sentence->start, sentence->end - 1);
}

static gboolean
has_token (const DiemTokens *tokens,
           const char       *text)
{
  for (guint i = 0; i < tokens->tokens->len; i++)
    {
      const DiemToken *token = diem_tokens_get (tokens, i);

      if (token->end - token->start == strlen (text) && strncmp (tokens->text + token->start, text, token->end - token->start) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
test_tokens_sentences_survive_abbreviations (void)
{
  g_autoptr(DiemTokens) tokens = tokenize (
    "Sáng 6-1, PGS.TS. Trần Văn Lâm và TS. Ngô Thị Hạnh đến TP.HCM dự hội thảo. "
    "Quận Q.1 có 1.000 hộ dân nhận quà. Chương trình kết thúc lúc 11 giờ.");
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;

  g_assert_cmpuint (tokens->sentences->len, ==, 3);
  first = sentence_text (tokens, 0);
  second = sentence_text (tokens, 1);
  third = sentence_text (tokens, 2);
  g_assert_true (g_str_has_prefix (first, "Sáng 6-1, PGS.TS. Trần Văn Lâm"));
  g_assert_true (g_str_has_suffix (first, "dự hội thảo."));
  g_assert_true (g_str_has_prefix (second, "Quận Q.1 có 1.000 hộ"));
  g_assert_true (g_str_has_prefix (third, "Chương trình"));
}

/* "…" ends a sentence, except before the predicate of the list it cuts short */
static void
test_tokens_an_ellipsis_before_the_predicate (void)
{
  g_autoptr(DiemTokens) tokens = tokenize (
    "Các nghệ sĩ Thu Hà, Minh Tâm… được mời biểu diễn. Trời mưa… Khán giả vẫn đến… và ngồi kín.");
  g_autofree char *first = NULL;

  g_assert_cmpuint (tokens->sentences->len, ==, 4);
  first = sentence_text (tokens, 0);
  g_assert_cmpstr (first, ==, "Các nghệ sĩ Thu Hà, Minh Tâm… được mời biểu diễn.");
}

static void
test_tokens_joined_pieces (void)
{
  g_autoptr(DiemTokens) tokens = tokenize (
    "Nghị quyết số 98/2023/QH15 và Nghị quyết 24-NQ/TW giao Sở LĐTB-XH chi 1.500 tỷ đồng.");

  g_assert_true (has_token (tokens, "98/2023/QH15"));
  g_assert_true (has_token (tokens, "24-NQ/TW"));
  g_assert_true (has_token (tokens, "LĐTB-XH"));
  g_assert_true (has_token (tokens, "1.500"));
  g_assert_true (has_token (tokens, "đồng"));
  g_assert_true (has_token (tokens, "."));
}

static void
test_tokens_keys_are_lower_case_syllables (void)
{
  g_autoptr(DiemTokens) tokens = tokenize ("Chủ Tịch ĐOÀN Việt");

  g_assert_cmpuint (tokens->tokens->len, ==, 4);
  g_assert_cmpstr (diem_tokens_key (tokens, 0), ==, "chủ");
  g_assert_cmpstr (diem_tokens_key (tokens, 2), ==, "đoàn");
  g_assert_true (diem_tokens_has (tokens, 1, DIEM_TOKEN_CAPITALISED));
  g_assert_true (diem_tokens_has (tokens, 2, DIEM_TOKEN_UPPER));
  g_assert_false (diem_tokens_has (tokens, 3, DIEM_TOKEN_UPPER));
}

/* Tokens that spell one key share it, old tone placement and capitals included; a key
 * that begins another ("ba", "ban") stays its own, and thousands of distinct keys (the
 * index grows) each stay what their token spells. */
/* One token for each byte, five times what the array is first sized for: it grows and
 * keeps every token in order. */
static void
test_tokens_array_grows (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(DiemTokens) tokens = NULL;

  for (guint k = 0; k < 2000; k++)
    g_string_append (text, k % 2 == 0 ? "a" : ";");
  tokens = tokenize (text->str);
  g_assert_cmpuint (tokens->tokens->len, ==, 2000);
  for (guint k = 0; k < 2000; k++)
    {
      g_assert_cmpuint (diem_tokens_get (tokens, k)->start, ==, k);
      g_assert_cmpstr (diem_tokens_key (tokens, k), ==, k % 2 == 0 ? "a" : ";");
    }
}

static void
test_tokens_equal_keys_are_shared (void)
{
  g_autoptr(GString) text = g_string_new ("Uỷ ban, ủy BAN; ba bàn ban Ủy");
  g_autoptr(DiemTokens) tokens = NULL;
  guint first_generated;

  for (guint k = 0; k < 5000; k++)
    g_string_append_printf (text, " Từ%u", k);
  g_string_append (text, " ban");
  tokens = tokenize (text->str);
  g_assert_cmpuint (tokens->tokens->len, ==, 10 + 5000 + 1);
  g_assert_cmpstr (diem_tokens_key (tokens, 0), ==, "ủy");
  g_assert_true (diem_tokens_key (tokens, 0) == diem_tokens_key (tokens, 3));
  g_assert_true (diem_tokens_key (tokens, 0) == diem_tokens_key (tokens, 9));
  g_assert_true (diem_tokens_key (tokens, 1) == diem_tokens_key (tokens, 4));
  g_assert_true (diem_tokens_key (tokens, 1) == diem_tokens_key (tokens, 8));
  g_assert_true (diem_tokens_key (tokens, 1) == diem_tokens_key (tokens, tokens->tokens->len - 1));
  g_assert_true (diem_tokens_key (tokens, 2) != diem_tokens_key (tokens, 5));
  g_assert_cmpstr (diem_tokens_key (tokens, 6), ==, "ba");
  g_assert_cmpstr (diem_tokens_key (tokens, 7), ==, "bàn");
  g_assert_true (diem_tokens_is (tokens, 8, "ban"));
  g_assert_false (diem_tokens_is (tokens, 6, "ban"));
  first_generated = 10;
  for (guint k = 0; k < 5000; k++)
    {
      g_autofree char *expected = g_strdup_printf ("từ%u", k);

      g_assert_cmpstr (diem_tokens_key (tokens, first_generated + k), ==, expected);
    }

  /* a key is found where its tokens keep it, past the index's growth; a spelling no
   * token has ("uỷ" is kept as "ủy", "bán" is not written) is not */
  {
    guint offset = G_MAXUINT;

    g_assert_true (diem_tokens_find_key (tokens, "ủy", &offset));
    g_assert_cmpuint (offset, ==, diem_tokens_get (tokens, 9)->key);
    g_assert_true (diem_tokens_find_key (tokens, "từ4999", &offset));
    g_assert_cmpuint (offset, ==, diem_tokens_get (tokens, first_generated + 4999)->key);
    g_assert_true (diem_tokens_find_key (tokens, ",", &offset));
    g_assert_cmpuint (offset, ==, diem_tokens_get (tokens, 2)->key);
    g_assert_false (diem_tokens_find_key (tokens, "uỷ", &offset));
    g_assert_false (diem_tokens_find_key (tokens, "bán", &offset));
    g_assert_false (diem_tokens_find_key (tokens, "", &offset));
  }

  /* annotated, tokens with one key have one word number, and a word of the lexicons
   * has its own */
  diem_lexicon_annotate (tokens);
  g_assert_cmpuint (diem_tokens_get (tokens, 0)->word, ==, diem_tokens_get (tokens, 3)->word);
  g_assert_cmpuint (diem_tokens_get (tokens, 0)->word, !=, 0);
  g_assert_cmpuint (diem_tokens_get (tokens, 1)->word, ==, diem_tokens_get (tokens, 8)->word);
  g_assert_cmpuint (diem_tokens_get (tokens, 0)->word, !=, diem_tokens_get (tokens, 1)->word);
  g_assert_cmpuint (diem_tokens_get (tokens, first_generated)->word, ==, 0);
}

/* Grammars look ahead freely; past the last token they must see an empty, flagless word. */
static void
test_tokens_past_the_end_is_empty (void)
{
  g_autoptr(DiemTokens) tokens = tokenize ("Triển khai Nghị quyết");
  guint len = tokens->tokens->len;

  g_assert_cmpuint (len, ==, 4);
  for (guint i = len; i < len + 100000; i += 997)
    {
      g_assert_cmpstr (diem_tokens_key (tokens, i), ==, "");
      g_assert_cmpuint (diem_tokens_get (tokens, i)->flags, ==, 0);
      g_assert_false (diem_tokens_is (tokens, i, "nghị"));
    }
  g_assert_cmpstr (diem_tokens_key (tokens, len - 1), ==, "quyết");
}

/* Keys and flags for letters in and beyond the tokeniser's table: old tone placement,
 * Đ, digits, spaces that are not ASCII, and letters far above Vietnamese. */
static void
test_tokens_characters_of_every_range (void)
{
  g_autoptr(DiemTokens) tokens = tokenize ("Uỷ ban hoà giải quý 2023 Đà\u00A0Nẵng\u200BK’Mak ＡＢ東京 ĐOÀN.");

  g_assert_cmpuint (tokens->tokens->len, ==, 12);
  g_assert_cmpstr (diem_tokens_key (tokens, 0), ==, "ủy");
  g_assert_true (diem_tokens_has (tokens, 0, DIEM_TOKEN_CAPITALISED));
  g_assert_cmpstr (diem_tokens_key (tokens, 2), ==, "hòa");
  g_assert_cmpstr (diem_tokens_key (tokens, 4), ==, "quý");
  g_assert_true (diem_tokens_has (tokens, 5, DIEM_TOKEN_DIGIT));
  g_assert_cmpstr (diem_tokens_key (tokens, 6), ==, "đà");
  g_assert_true (diem_tokens_has (tokens, 6, DIEM_TOKEN_SPACE_AFTER));
  g_assert_cmpstr (diem_tokens_key (tokens, 7), ==, "nẵng");
  g_assert_cmpstr (diem_tokens_key (tokens, 8), ==, "k’mak");
  g_assert_cmpstr (diem_tokens_key (tokens, 9), ==, "ａｂ東京");
  g_assert_true (diem_tokens_has (tokens, 9, DIEM_TOKEN_CAPITALISED));
  g_assert_false (diem_tokens_has (tokens, 9, DIEM_TOKEN_UPPER));
  g_assert_cmpstr (diem_tokens_key (tokens, 10), ==, "đoàn");
  g_assert_true (diem_tokens_has (tokens, 10, DIEM_TOKEN_UPPER));
  g_assert_false (diem_tokens_has (tokens, 10, DIEM_TOKEN_SPACE_AFTER));
  g_assert_true (diem_tokens_has (tokens, 11, DIEM_TOKEN_PUNCT));
}

/* Annotated tokens are matched by word number: every bundled lexicon gives the same
 * entries at every position as when the keys are looked up. */
static void
test_tokens_lexicon_match_by_word_number (void)
{
  const char *text = "Phó Thủ tướng Chính phủ, Thượng tướng Nguyễn Văn An trao Huân chương Lao động "
                     "hạng Nhất cho Ủy ban nhân dân tỉnh Lâm Đồng theo Quyết định số 15/QĐ-TTg.";
  g_autoptr(DiemTokens) plain = tokenize (text);
  g_autoptr(DiemTokens) annotated = tokenize (text);
  g_autoptr(DiemLexicon) own = NULL;
  const char *own_data = "# a lexicon of its own\nhuân chương lao động\nnguyễn văn\n";
  guint matches = 0, len_plain = 0, len_annotated = 0;

  diem_lexicon_annotate (annotated);
  for (guint id = 0; id < DIEM_N_LEXICONS; id++)
    for (guint i = 0; i <= plain->tokens->len; i++)
      for (guint limit = i; limit <= plain->tokens->len + 1; limit += 3)
        {
          int a = diem_lexicon_match (diem_lexicon (id), plain, i, limit, &len_plain);
          int b = diem_lexicon_match (diem_lexicon (id), annotated, i, limit, &len_annotated);

          g_assert_cmpint (a, ==, b);
          g_assert_cmpuint (len_plain, ==, len_annotated);
          matches += a >= 0;
        }
  g_assert_cmpuint (matches, >, 10);

  /* whole phrases too: the places and surnames asked of a name */
  matches = 0;
  for (guint id = 0; id < DIEM_N_LEXICONS; id++)
    for (guint i = 0; i <= plain->tokens->len; i++)
      for (guint n = 0; n <= 4; n++)
        {
          gboolean a = diem_lexicon_has_phrase (diem_lexicon (id), plain, i, n);

          g_assert_cmpint (a, ==, diem_lexicon_has_phrase (diem_lexicon (id), annotated, i, n));
          matches += a;
        }
  g_assert_true (diem_lexicon_has_phrase (diem_lexicon (DIEM_LEXICON_PLACES), annotated, 24, 2));
  g_assert_true (diem_lexicon_has_phrase (diem_lexicon (DIEM_LEXICON_SURNAMES), annotated, 8, 1));
  g_assert_false (diem_lexicon_has_phrase (diem_lexicon (DIEM_LEXICON_SURNAMES), annotated, 8, 2));
  g_assert_cmpuint (matches, >, 5);

  /* a lexicon made from other data is matched by its keys, annotated or not */
  own = diem_lexicon_new_from_data (own_data, strlen (own_data));
  g_assert_cmpint (diem_lexicon_match (own, annotated, 12, annotated->tokens->len, &len_annotated), ==, 0);
  g_assert_cmpuint (len_annotated, ==, 4);
  g_assert_cmpint (diem_lexicon_match (own, annotated, 8, annotated->tokens->len, &len_annotated), ==, 1);
  g_assert_cmpuint (len_annotated, ==, 2);
}

/* Each key's tokens, in order, whatever the case they are written in; a key written
 * once has a chain of one. */
static void
test_tokens_key_mentions_chain_each_key (void)
{
  g_autoptr(DiemTokens) tokens = tokenize ("Hội đồng họp. Hội đồng và hội đồng mới; đồng ý.");
  DiemKeyMentions mentions = { NULL, NULL };
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (guint));
  guint hoi, y;

  g_assert_true (diem_tokens_find_key (tokens, "hội", &hoi));
  g_assert_true (diem_tokens_find_key (tokens, "ý", &y));
  diem_key_mentions_init (&mentions, tokens);
  for (guint mention = mentions.first[hoi]; mention != 0; mention = mentions.next[mention - 1])
    g_array_append_val (seen, (guint) { mention - 1 });
  g_assert_cmpuint (seen->len, ==, 3);
  g_assert_cmpuint (g_array_index (seen, guint, 0), ==, 0);
  g_assert_cmpuint (g_array_index (seen, guint, 1), ==, 4);
  g_assert_cmpuint (g_array_index (seen, guint, 2), ==, 7);
  g_assert_cmpuint (mentions.first[y], !=, 0);
  g_assert_cmpstr (diem_tokens_key (tokens, mentions.first[y] - 1), ==, "ý");
  g_assert_cmpuint (mentions.next[mentions.first[y] - 1], ==, 0);
  diem_key_mentions_clear (&mentions);
  g_assert_null (mentions.first);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tokens/sentences-survive-abbreviations", test_tokens_sentences_survive_abbreviations);
  g_test_add_func ("/tokens/an-ellipsis-before-the-predicate", test_tokens_an_ellipsis_before_the_predicate);
  g_test_add_func ("/tokens/joined-pieces", test_tokens_joined_pieces);
  g_test_add_func ("/tokens/keys", test_tokens_keys_are_lower_case_syllables);
  g_test_add_func ("/tokens/equal-keys-are-shared", test_tokens_equal_keys_are_shared);
  g_test_add_func ("/tokens/array-grows", test_tokens_array_grows);
  g_test_add_func ("/tokens/past-the-end", test_tokens_past_the_end_is_empty);
  g_test_add_func ("/tokens/characters-of-every-range", test_tokens_characters_of_every_range);
  g_test_add_func ("/tokens/lexicon-match-by-word-number", test_tokens_lexicon_match_by_word_number);
  g_test_add_func ("/tokens/key-mentions-chain-each-key", test_tokens_key_mentions_chain_each_key);

  return g_test_run ();
}
