/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-grammar.h — phrase shapes shared by the extractors
 *
 * Personal names (family name from the lexicon, then one to three capitalised words),
 * forms of address, offices and the organisation phrase after them, stop words. Each
 * function looks at a bounded number of tokens, so callers stay linear.
 */
#pragma once

#include "diem-lexicon.h"
#include "diem-tokens.h"

#include <string.h>

G_BEGIN_DECLS

#define DIEM_TITLE_MAX_TOKENS 24

void     diem_grammar_annotate        (DiemTokens       *tokens);
gboolean diem_grammar_is_abbreviation (const DiemTokens *tokens,
                                       guint             i);
gboolean diem_grammar_punct_is_one_of (const DiemTokens *tokens,
                                       guint             i,
                                       const char       *chars);
gboolean diem_grammar_is_dash         (const DiemTokens *tokens,
                                       guint             i);
guint    diem_grammar_stop_word       (const DiemTokens *tokens,
                                       guint             i,
                                       guint             limit);

gboolean diem_grammar_in_compound      (const DiemTokens *tokens,
                                        guint             i);
gboolean diem_grammar_opens_sentence   (const DiemTokens *tokens,
                                        guint             i);
gboolean diem_grammar_verb_at          (const DiemTokens *tokens,
                                        guint             i);
const char *diem_grammar_office_kind   (const DiemTokens *tokens,
                                        guint             head,
                                        guint             limit,
                                        guint            *len);
gboolean diem_grammar_ends_on_place   (const DiemTokens *tokens,
                                       guint             first,
                                       guint             end,
                                       guint             min_words);
/* Is token i a hyphen written with no space either side, between a word of a foreign name
 * and a capitalised word that starts no office ("Díaz-Canel")? */
gboolean diem_grammar_joins_name_parts (const DiemTokens *tokens,
                                        guint             i,
                                        guint             end);
/* The ")" closing the aside that "(" opens at open, before limit and within max
 * tokens, with no bracket inside; G_MAXUINT when there is none. */
guint    diem_grammar_aside_close      (const DiemTokens *tokens,
                                        guint             open,
                                        guint             limit,
                                        guint             max);
/* Is the office [head, end) one whose holder abroad is written right after it, with
 * no country ("Tổng thống Emmanuel Macron")? */
gboolean diem_grammar_is_leader_office (const DiemTokens *tokens,
                                        guint             head,
                                        guint             end);
/* Does a word of [start, end) break the rules of Vietnamese syllables ("Emmanuel")? */
gboolean diem_grammar_foreign_spelling (const DiemTokens *tokens,
                                        guint             start,
                                        guint             end);
/* "Phó Tổng thống Joe Biden": after the leader's office [head, name), two to four
 * capitalised words, one of them spelled as no Vietnamese syllable is. Their number,
 * or 0. */
guint    diem_grammar_leader_name_at  (const DiemTokens *tokens,
                                       guint             head,
                                       guint             name,
                                       guint             end);
guint    diem_grammar_name_at         (const DiemTokens *tokens,
                                       guint             i,
                                       guint             limit);
guint    diem_grammar_name_in_run     (const DiemTokens *tokens,
                                       guint             run_start,
                                       guint             run_end);
guint    diem_grammar_office_from     (const DiemTokens *tokens,
                                       guint             i,
                                       guint             limit,
                                       gboolean          any_case);
guint    diem_grammar_address_from    (const DiemTokens *tokens,
                                       guint             i,
                                       guint             limit,
                                       gboolean         *military);
guint    diem_grammar_title_end       (const DiemTokens *tokens,
                                       guint             i,
                                       guint             limit);
guint    diem_grammar_body_end        (const DiemTokens *tokens,
                                       guint             i,
                                       guint             limit);
gboolean diem_grammar_is_place_word   (const DiemTokens *tokens,
                                       guint             i);
/* "Sở GD & ĐT", "Sở TN & MT": is the "&" at i between two abbreviations of one body? */
gboolean diem_grammar_is_joining_ampersand (const DiemTokens *tokens,
                                            guint             i);
/* "Chủ tịch Hồ Chí Minh": is [start, start + len) a place named after a person (field
 * "person" of the places), right after an office, so that the person is meant? */
gboolean diem_grammar_person_named_as_place (const DiemTokens *tokens,
                                             guint             start,
                                             guint             len);
guint    diem_grammar_headline_end (const DiemTokens *tokens);
gboolean diem_grammar_is_abbreviation_period (const DiemTokens *tokens,
                                              guint             i);
gboolean diem_grammar_org_term_at     (const DiemTokens *tokens,
                                       guint             i,
                                       guint             limit);

/* Length of the forms of address and ranks at i ("đồng chí", "Thượng tướng", "GS.TS."). Asked
 * at every token by some readers, and most start neither: that answer is inline. */
static inline guint
diem_grammar_address_at (const DiemTokens *tokens,
                         guint             i,
                         guint             limit,
                         gboolean         *military)
{
  if (!diem_lexicon_may_start (tokens, i, 1u << DIEM_LEXICON_HONORIFICS | 1u << DIEM_LEXICON_RANKS))
    return 0;
  return diem_grammar_address_from (tokens, i, limit, military);
}

/* Length of the office head at i ("Phó Bí thư Thường trực"), or 0. Unless any_case, the
 * head must be capitalised, as offices are when they stand before a name. Asked at
 * nearly every token, most of which diem_grammar_annotate () found to open no office
 * and to be no qualifier ("nguyên", "quyền" …): that answer is inline. */
static inline guint
diem_grammar_office_at (const DiemTokens *tokens,
                        guint             i,
                        guint             limit,
                        gboolean          any_case)
{
  const DiemToken *token = diem_tokens_get (tokens, i);

  if (token->office_len == 0 && !(token->flags & DIEM_TOKEN_QUALIFIER))
    return 0;
  return diem_grammar_office_from (tokens, i, limit, any_case);
}

/* A capitalised word, no acronym or number, none of `forbidden` in it. Asked at every
 * token by the officials' reader: inline. */
static inline gboolean
diem_grammar_name_word_without (const DiemTokens *tokens,
                                guint             i,
                                const char       *forbidden)
{
  const DiemToken *token;

  if (i >= tokens->tokens->len)
    return FALSE;
  token = diem_tokens_get (tokens, i);
  return (token->flags & DIEM_TOKEN_WORD) && (token->flags & DIEM_TOKEN_CAPITALISED)
         && !(token->flags & (DIEM_TOKEN_UPPER | DIEM_TOKEN_DIGIT))
         /* a key holds no punctuation unless its word was joined */
         && (!(token->flags & DIEM_TOKEN_JOINED) || strpbrk (diem_tokens_key (tokens, i), forbidden) == NULL);
}

/* A word that can be part of a personal name: capitalised, not an acronym, no digits. */
static inline gboolean
diem_grammar_is_name_word (const DiemTokens *tokens,
                           guint             i)
{
  return diem_grammar_name_word_without (tokens, i, "/&.-");
}

/* A word of a name written in a foreign way, its syllables perhaps joined by hyphens
 * ("Xổm-xạ-vạt", "Bút-đa-viêng"). */
static inline gboolean
diem_grammar_is_foreign_name_word (const DiemTokens *tokens,
                                   guint             i)
{
  return diem_grammar_name_word_without (tokens, i, "/&.");
}

/* Is token i a punctuation mark written in chars ("," or ";:" …)? Asked at nearly every
 * token by every reader, and most are words: that answer is inline. */
static inline gboolean
diem_grammar_is_punct (const DiemTokens *tokens,
                       guint             i,
                       const char       *chars)
{
  return diem_tokens_has (tokens, i, DIEM_TOKEN_PUNCT) && diem_grammar_punct_is_one_of (tokens, i, chars);
}

G_END_DECLS
