/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-recipients.c — the noun phrases that receive an honour
 *
 * A recipient is a person by bare name, whatever titles, ranks or forms of address
 * come before it (the title grammar the officials use); an organisation; a collective
 * of a named place or body ("nhân dân và cán bộ huyện X"); or a count ("25 cá nhân").
 * What names no one is left out: a bare collective noun, a vague plural, a title
 * without a name, a purpose clause, a filler. The words around recipients (leads,
 * collectives, adverbs of manner, purpose words) are in the award-words lexicon.
 */
#include "diem-recipients.h"

#include <string.h>

#include "diem-fold.h"
#include "diem-grammar.h"
#include "diem-officials.h"
#include "diem-officials-phrases.h"
#include "diem-syllable.h"

/* The award words lexicon: what a word does around the recipients of an honour. */
guint
diem_award_word (const DiemTokens *tokens,
                 guint             i,
                 guint             limit,
                 const char       *kind)
{
  const DiemLexicon *words = diem_lexicon (DIEM_LEXICON_AWARD_WORDS);
  guint len = 0;
  int entry = diem_lexicon_match (words, tokens, i, limit, &len);
  const char *field;

  /* "chương trình" is no "trình", "trình bày" no proposal */
  if (entry < 0 || diem_grammar_in_compound (tokens, i))
    return 0;
  field = diem_lexicon_field (words, entry, 1);
  if (field != NULL && g_str_equal (field, kind))
    return len;
  field = diem_lexicon_field (words, entry, 2);
  if (field != NULL && g_str_equal (field, kind))
    return len;
  return 0;
}

/* Does an award word of this kind end exactly at end (exclusive)? Its start, or G_MAXUINT. */
guint
diem_award_word_before (const DiemTokens *tokens,
                        guint             end,
                        guint             floor,
                        const char       *kind)
{
  for (guint len = 1; len <= 2 && end >= floor + len; len++)
    if (diem_award_word (tokens, end - len, end, kind) == len)
      return end - len;
  return G_MAXUINT;
}

/* "25 cá nhân", "ba cá nhân": does a count start at i? */
gboolean
diem_recipient_count_at (const DiemTokens *tokens,
                         guint             i,
                         guint             end)
{
  guint len;

  if (diem_tokens_has (tokens, i, DIEM_TOKEN_DIGIT))
    return TRUE;
  len = diem_award_word (tokens, i, end, "number");
  return len > 0 && diem_award_word (tokens, i + len, end, "collective") > 0;
}

/* "Viettel", "Tillerson": one capitalised word that cannot be a Vietnamese word, so a
 * brand or a foreign name, not a place, a fragment or a common noun ("Lễ"). */
gboolean
diem_recipient_brand_at (const DiemTokens *tokens,
                         guint             i)
{
  return diem_tokens_has (tokens, i, DIEM_TOKEN_CAPITALISED) && diem_tokens_has (tokens, i, DIEM_TOKEN_WORD)
         && !diem_syllable_is_valid (diem_tokens_key (tokens, i), -1) && strlen (diem_tokens_key (tokens, i)) >= 4
         && diem_lexicon_match (diem_lexicon (DIEM_LEXICON_PLACES), tokens, i, i + 1, NULL) < 0;
}

/* "7 đảng viên trong Đảng bộ", "cá nhân trong lực lượng Công an": is the "trong" at k
 * the body a collective belongs to? Only between two collective nouns; "trong đấu
 * tranh", "trong Lễ kỷ niệm" open a clause or an occasion and end the phrase. */
gboolean
diem_recipient_body_qualifier (const DiemTokens *tokens,
                               guint             k,
                               guint             floor,
                               guint             end)
{
  return k > floor && diem_tokens_is (tokens, k, "trong") && diem_award_word (tokens, k + 1, end, "collective") > 0
         && diem_award_word_before (tokens, k, floor, "collective") != G_MAXUINT;
}

/* Is [start, end) only collective nouns joined by "và" or commas ("tập thể, cá nhân")? */
gboolean
diem_recipient_only_collectives (const DiemTokens *tokens,
                                 guint             start,
                                 guint             end)
{
  guint k = start;

  if (start >= end)
    return FALSE;
  while (k < end)
    {
      guint len = diem_award_word (tokens, k, end, "collective");

      if (len > 0)
        k += len;
      else if (diem_tokens_is (tokens, k, "và") || diem_grammar_is_punct (tokens, k, ",")
               || diem_recipient_body_qualifier (tokens, k, start, end))
        k++;
      else
        return FALSE;
    }
  return TRUE;
}

/* "Binh đoàn 15 (Bộ Quốc phòng)": an aside at k naming the body a unit belongs to, which
 * closes the phrase; the position of its ")", or G_MAXUINT. */
guint
diem_recipient_parent_aside (const DiemTokens *tokens,
                             guint             k,
                             guint             end)
{
  guint close;

  if (!diem_grammar_is_punct (tokens, k, "(") || !diem_tokens_has (tokens, k + 1, DIEM_TOKEN_CAPITALISED))
    return G_MAXUINT;
  for (close = k + 1; close < MIN (end, k + 12); close++)
    {
      if (diem_grammar_is_punct (tokens, close, ")"))
        break;
      if (diem_grammar_is_dash (tokens, close))
        continue;
      if (!diem_tokens_has (tokens, close, DIEM_TOKEN_WORD) || diem_grammar_stop_word (tokens, close, end) > 0)
        return G_MAXUINT;
    }
  if (close >= MIN (end, k + 12) || close == k + 1)
    return G_MAXUINT;
  if (close + 1 < end && !diem_grammar_is_punct (tokens, close + 1, ",;."))
    return G_MAXUINT;
  return close;
}

/* "5", "năm", "nhiều" at i: the length of a number or a vague quantity, or 0. */
static guint
how_many_at (const DiemTokens *tokens,
             guint             i,
             guint             end)
{
  guint len;

  if (diem_tokens_has (tokens, i, DIEM_TOKEN_DIGIT))
    return 1;
  if ((len = diem_award_word (tokens, i, end, "number")) > 0)
    return len;
  return diem_award_word (tokens, i, end, "vague");
}

/* "5 lần", "hai lần", "nhiều lần", "năm thứ hai", "lần thứ 3" ending at end, after
 * floor: where it starts, or G_MAXUINT. */
guint
diem_recipient_times_before (const DiemTokens *tokens,
                             guint             end,
                             guint             floor)
{
  guint times = diem_award_word_before (tokens, end, floor, "frequency"), quantity;

  /* an ordinal: which year or which time, not who */
  if (end >= floor + 3 && diem_tokens_is (tokens, end - 2, "thứ")
      && (diem_tokens_is (tokens, end - 3, "năm") || diem_tokens_is (tokens, end - 3, "lần"))
      && (diem_tokens_has (tokens, end - 1, DIEM_TOKEN_DIGIT) || diem_award_word (tokens, end - 1, end, "number") == 1))
    return end - 3;

  if (times == G_MAXUINT || times <= floor)
    return G_MAXUINT;
  if (diem_tokens_has (tokens, times - 1, DIEM_TOKEN_DIGIT))
    return times - 1;
  quantity = diem_award_word_before (tokens, times, floor, "number");
  return quantity != G_MAXUINT ? quantity : diem_award_word_before (tokens, times, floor, "vague");
}

#define QUOTED_NAME_MAX_TOKENS 12

/* The closing quote of a short name in quotes opening at k after a word ("Trường
 * Tiểu học “Hoa Sen”"), or G_MAXUINT. */
guint
diem_recipient_quoted_name_end (const DiemTokens *tokens,
                                guint             k,
                                guint             end)
{
  /* not after a number: "500 “liệt sĩ sống”" calls the counted something */
  if (!diem_grammar_is_punct (tokens, k, "“\"") || !diem_tokens_has (tokens, k - 1, DIEM_TOKEN_WORD)
      || diem_tokens_has (tokens, k - 1, DIEM_TOKEN_DIGIT))
    return G_MAXUINT;
  for (guint close = k + 1; close < end && close < k + QUOTED_NAME_MAX_TOKENS; close++)
    if (diem_grammar_is_punct (tokens, close, "”\""))
      return close > k + 1 ? close : G_MAXUINT;
  return G_MAXUINT;
}

/* Where a noun phrase starting at i ends: at the first stop word, purpose word, bracket,
 * quote or colon, or at a dash that opens an office ("Lê Văn Hùng - Hiệu trưởng …"). */
guint
diem_recipient_phrase_end (const DiemTokens *tokens,
                           guint             i,
                           guint             end)
{
  for (guint k = i; k < end; k++)
    {
      guint close = diem_recipient_parent_aside (tokens, k, end), abroad;

      if (k > i && close != G_MAXUINT)
        {
          k = close;
          continue;
        }
      /* "Trường Tiểu học “Hoa Sen”", "các gương “Người tốt, việc tốt”": a name in
       * quotes after a noun is the name it goes by */
      if (k > i && (close = diem_recipient_quoted_name_end (tokens, k, end)) != G_MAXUINT)
        {
          k = close;
          continue;
        }
      /* "Đại sứ quán Việt Nam tại Philippines": the mission is named by where it is */
      if (k > i + 2 && (abroad = diem_officials_post_abroad_end (tokens, i, k, end)) > 0)
        {
          k = abroad - 1;
          continue;
        }
      /* "10 tổ chức cơ sở đảng": a collective noun that opens on a verb is no verb */
      if ((diem_grammar_stop_word (tokens, k, end) > 0 && !diem_recipient_body_qualifier (tokens, k, i, end)
           && diem_award_word (tokens, k, end, "collective") == 0)
          || diem_award_word (tokens, k, end, "purpose") > 0
          || diem_award_word (tokens, k, end, "respective") > 0 || diem_grammar_is_punct (tokens, k, "(:\"“”"))
        {
          /* "… 6 tháng đầu năm": the number belongs to the time that ends the phrase */
          if (k > i + 1 && diem_tokens_has (tokens, k - 1, DIEM_TOKEN_DIGIT)
              && (diem_tokens_is (tokens, k, "tháng") || diem_tokens_is (tokens, k, "năm") || diem_tokens_is (tokens, k, "ngày")))
            return k - 1;
          return k;
        }
      if (k > i && diem_grammar_is_dash (tokens, k) && diem_grammar_office_at (tokens, k + 1, end, TRUE) > 0)
        return k;
      /* "Công ty A 5 lần nhận …", "Trường B nhiều lần được tặng …": how often, not who */
      if (k > i && diem_award_word (tokens, k + how_many_at (tokens, k, end), end, "frequency") > 0)
        return k;
      /* "… - Ảnh: TTXVN": a photo's credit */
      if (k > i && diem_grammar_is_dash (tokens, k) && diem_tokens_is (tokens, k + 1, "ảnh"))
        return k;
      /* "Phước - chiến sĩ công an trẻ …": a description after a dash */
      if (k > i && diem_grammar_is_dash (tokens, k) && diem_tokens_has (tokens, k + 1, DIEM_TOKEN_WORD)
          && !diem_tokens_has (tokens, k + 1, DIEM_TOKEN_CAPITALISED) && !diem_grammar_org_term_at (tokens, k + 1, end))
        return k;
    }
  return end;
}

/* How far back, in tokens, a given name alone may refer to a full name; further after
 * a form of address ("anh Tùng"), which makes the word surely a person's name. */
#define GIVEN_NAME_REACH 400
#define ADDRESSED_NAME_REACH 2000
#define MAX_NAME_TRIES 16

/* The full name (two words or more) that ends at last with the key of the given name,
 * or NULL. */
static char *
full_name_ending_at (const DiemTokens *tokens,
                     guint             last,
                     guint             key)
{
  const DiemToken *all = (const DiemToken *) tokens->tokens->data;

  /* each distinct key is stored once: the same offset is the same word; and a full
   * name has a capitalised word before its given name */
  if (all[last].key != key || last == 0 || !diem_grammar_is_name_word (tokens, last - 1)
      || !diem_grammar_is_name_word (tokens, last)
      /* "Ông Tillerson" opening a sentence: a form of address, not a first name */
      || (diem_grammar_address_at (tokens, last - 1, last, NULL) == 1 && (last < 2 || !diem_grammar_is_name_word (tokens, last - 2))))
    return NULL;
  for (guint first = last > 4 ? last - 4 : 0; first < last; first++)
    if (diem_grammar_name_at (tokens, first, last + 1) == last + 1 - first)
      return diem_tokens_dup_text (tokens, first, last);
  /* "Rex Tillerson": a foreign name of two to four words, not cut from a longer run */
  if (diem_grammar_foreign_spelling (tokens, last, last + 1))
    {
      guint first = last;

      /* every word spelled as no Vietnamese one is: not "Ông", not "Liên Xô" */
      while (first > 0 && last - first < 3 && !diem_tokens_has (tokens, first, DIEM_TOKEN_BLOCK_START)
             && diem_grammar_is_foreign_name_word (tokens, first - 1)
             && diem_grammar_foreign_spelling (tokens, first - 1, first))
        first--;
      if (first < last && !(first > 0 && diem_grammar_is_name_word (tokens, first - 1))
          && diem_grammar_office_at (tokens, first, last + 1, TRUE) == 0
          && diem_lexicon_match (diem_lexicon (DIEM_LEXICON_PLACES), tokens, first, last + 1, NULL) < 0)
        return diem_tokens_dup_text (tokens, first, last);
    }
  return NULL;
}

/* The full name ending with the given name at `given`: the last one written before it
 * within reach tokens, or with `ahead` the first one after it ("chị Hằng" in a caption
 * above the report that names her), or NULL. */
static char *
person_named_near (const DiemTokens *tokens,
                   guint             given,
                   guint             reach,
                   gboolean          ahead)
{
  const DiemToken *all = (const DiemToken *) tokens->tokens->data;
  guint key = all[given].key, n = tokens->tokens->len, tries = 0;
  char *name;

  /* a few earlier uses of the word at most are read as names: a text that repeats it
   * thousands of times is not read thousands of times over */
  for (guint k = given; k > 0 && given - k < reach && tries < MAX_NAME_TRIES; k--)
    if (all[k - 1].key == key && tries++ < MAX_NAME_TRIES && (name = full_name_ending_at (tokens, k - 1, key)) != NULL)
      return name;
  tries = 0;
  for (guint k = given + 1; ahead && k < n && k - given < reach && tries < MAX_NAME_TRIES; k++)
    if (all[k].key == key && tries++ < MAX_NAME_TRIES && (name = full_name_ending_at (tokens, k, key)) != NULL)
      return name;
  return NULL;
}

/* Was the word at `given` written earlier, within reach, right after a form of address
 * ("em Nhơng")? */
static gboolean
addressed_before (const DiemTokens *tokens,
                  guint             given)
{
  const DiemToken *all = (const DiemToken *) tokens->tokens->data;
  guint key = all[given].key, tries = 0;

  for (guint k = given; k > 1 && given - k < ADDRESSED_NAME_REACH && tries < MAX_NAME_TRIES; k--)
    if (all[k - 1].key == key && tries++ < MAX_NAME_TRIES && diem_grammar_is_name_word (tokens, k - 1)
        && diem_lexicon_match (diem_lexicon (DIEM_LEXICON_HONORIFICS), tokens, k - 2, k - 1, NULL) >= 0)
      return TRUE;
  return FALSE;
}

char *
diem_recipient_name_text (const DiemTokens *tokens,
                          guint             person,
                          guint             name_len)
{
  char *full;

  if (name_len == 1 && diem_grammar_foreign_spelling (tokens, person, person + 1)
      && (full = person_named_near (tokens, person, ADDRESSED_NAME_REACH, FALSE)) != NULL)
    return full;
  return diem_tokens_dup_text (tokens, person, person + name_len - 1);
}

/* "Đại sứ Hàn Quốc Park Noh-wan": after an office, a country, then a foreign name of
 * two to four capitalised words that the family-name list cannot know. */
static guint
foreign_name_after_country (const DiemTokens *tokens,
                            guint             run,
                            guint             end,
                            guint            *name_len)
{
  guint country = 0, k, words = 0;

  if (diem_lexicon_match (diem_lexicon (DIEM_LEXICON_PLACES), tokens, run, end, &country) < 0)
    return G_MAXUINT;

  for (k = run + country; k < end && words < 5; k++)
    {
      /* "Noh-wan": a hyphen with no space either side joins the name's parts */
      if (k > run + country && k + 1 < end && diem_grammar_is_dash (tokens, k)
          && diem_tokens_get (tokens, k)->start == diem_tokens_get (tokens, k - 1)->end
          && diem_tokens_get (tokens, k + 1)->start == diem_tokens_get (tokens, k)->end)
        {
          k++;
          continue;
        }
      if (!diem_tokens_has (tokens, k, DIEM_TOKEN_WORD) || !diem_tokens_has (tokens, k, DIEM_TOKEN_CAPITALISED)
          || diem_tokens_has (tokens, k, DIEM_TOKEN_UPPER) || diem_grammar_office_at (tokens, k, end, TRUE) > 0
          || diem_lexicon_match (diem_lexicon (DIEM_LEXICON_PLACES), tokens, k, end, NULL) >= 0)
        break;
      words++;
    }
  if (words < 2 || words > 4)
    return G_MAXUINT;
  *name_len = k - (run + country);
  return run + country;
}

/* "tàu cảnh sát biển 9001", "đội tuyển bóng đá U23 Việt Nam", "công ty cổ phần
 * Vinamilk": after a head noun in lower case, a few more such words, then the name or
 * number of the one body, unit or vessel. */
static gboolean
named_after_head (const DiemTokens *tokens,
                  guint             start,
                  guint             end)
{
  for (guint k = start; k < MIN (end, start + 5); k++)
    {
      if (diem_tokens_has (tokens, k, DIEM_TOKEN_CAPITALISED) || diem_tokens_has (tokens, k, DIEM_TOKEN_DIGIT))
        return TRUE;
      if (!diem_tokens_has (tokens, k, DIEM_TOKEN_WORD) || diem_grammar_stop_word (tokens, k, end) > 0)
        return FALSE;
    }
  return FALSE;
}

/* Do the lower-case words [start, end) end with a head noun, a body or a place, whose
 * name is the capitalised words after them ("trường Nguyễn Du")? "sinh viên A" and
 * "chiến sĩ B" say who a person is. */
static gboolean
lower_case_names_a_body (const DiemTokens *tokens,
                         guint             start,
                         guint             end)
{
  for (guint j = start; j < end; j++)
    if (diem_award_word (tokens, j, end, "head") == end - j)
      return TRUE;
  return diem_grammar_org_term_at (tokens, end - 1, end) || diem_grammar_is_place_word (tokens, end - 1);
}

/* Is [start, end) all in lower case after its first word, with no head noun or figure in
 * it, no count first, and no collective or term of an organisation's name after its
 * first word ("Thanh niên cứu hai cháu nhỏ …": who, by what they did)? */
static gboolean
description_only (const DiemTokens *tokens,
                  guint             start,
                  guint             end)
{
  for (guint k = start; k < end; k++)
    if ((k > start && diem_tokens_has (tokens, k, DIEM_TOKEN_CAPITALISED)) || diem_tokens_has (tokens, k, DIEM_TOKEN_UPPER)
        || diem_tokens_has (tokens, k, DIEM_TOKEN_DIGIT) || (k > start && diem_grammar_org_term_at (tokens, k, end))
        || diem_award_word (tokens, k, end, "head") > 0 || (k > start && diem_award_word (tokens, k, end, "collective") > 0)
        || diem_award_word (tokens, k, end, "lead") > 0 || (k == start && diem_award_word (tokens, k, end, "number") > 0)
        || diem_lexicon_match (diem_lexicon (DIEM_LEXICON_UNITS), tokens, k, end, NULL) >= 0)
      return FALSE;
  return TRUE;
}

/* Is [start, end) in lower case, saying who by the brave act they did ("thanh niên xả
 * thân cứu 2 nữ sinh")? Not "cán bộ nghiên cứu", where the verb is part of a word. */
static gboolean
told_by_rescue (const DiemTokens *tokens,
                guint             start,
                guint             end)
{
  gboolean act = FALSE;

  for (guint k = start; k < end; k++)
    {
      if (diem_tokens_has (tokens, k, DIEM_TOKEN_CAPITALISED))
        return FALSE;
      act = act || (diem_award_word (tokens, k, end, "rescue") > 0 && !diem_grammar_in_compound (tokens, k));
    }
  return act;
}

/* Is the word at i capitalised only because it opens a sentence, a word in lower case
 * after it ("Nam sinh", "Ngư dân")? */
static gboolean
opens_sentence_in_lower_case (const DiemTokens *tokens,
                              guint             i)
{
  return diem_tokens_has (tokens, i, DIEM_TOKEN_CAPITALISED) && !diem_tokens_has (tokens, i, DIEM_TOKEN_UPPER)
         && diem_grammar_opens_sentence (tokens, i)
         && diem_tokens_has (tokens, i + 1, DIEM_TOKEN_WORD) && !diem_tokens_has (tokens, i + 1, DIEM_TOKEN_CAPITALISED);
}

/* Is [start, end) a description in lower case, with no name, no count and no plural
 * ("các …"), in the headline ("Truy tặng bằng khen cho cán bộ giao thông tử vong khi
 * …")? The article names them after it. */
static gboolean
described_in_headline (const DiemTokens *tokens,
                       guint             start,
                       guint             end)
{
  if (start >= diem_grammar_headline_end (tokens) || diem_award_word (tokens, start, end, "vague") > 0)
    return FALSE;
  for (guint k = start; k < end; k++)
    if (diem_tokens_has (tokens, k, DIEM_TOKEN_CAPITALISED) || diem_tokens_has (tokens, k, DIEM_TOKEN_DIGIT)
        || diem_award_word (tokens, k, end, "number") > 0)
      return FALSE;
  return TRUE;
}

/* Is [item, end) a person, after a form of address or a rank, and nothing more? */
gboolean
diem_recipient_person_fills (const DiemTokens *tokens,
                             guint             item,
                             guint             end)
{
  guint name_len = 0, person = diem_recipient_person_at (tokens, item + diem_grammar_address_at (tokens, item, end, NULL), end, &name_len);

  return person != G_MAXUINT && person + name_len == end;
}

guint
diem_recipient_foreign_name_run (const DiemTokens *tokens,
                                 guint             start,
                                 guint             end)
{
  guint k = start;

  while (k < end && k < start + 5 && diem_grammar_is_foreign_name_word (tokens, k))
    k++;
  return k - start >= 2 && k - start <= 4 && (k == end || diem_tokens_has (tokens, k, DIEM_TOKEN_PUNCT))
             && diem_grammar_foreign_spelling (tokens, start, k)
           ? k - start
           : 0;
}

/* Are the words [start, end) a person's name as far as their spelling tells: no figure
 * and no place ("U23 Việt Nam" names a team)? */
static gboolean
person_spelling (const DiemTokens *tokens,
                 guint             start,
                 guint             end)
{
  for (guint k = start; k < end; k++)
    if (diem_tokens_has (tokens, k, DIEM_TOKEN_DIGIT)
        || diem_lexicon_match (diem_lexicon (DIEM_LEXICON_PLACES), tokens, k, end, NULL) >= 0)
      return FALSE;
  return TRUE;
}

/* A person at i behind any titles, ranks and forms of address: "Phó Bí thư Tỉnh ủy,
 * Chủ tịch UBND tỉnh Lê Văn A" and "thầy giáo Lê Văn A" give the start of "Lê Văn A"
 * and its length; G_MAXUINT when no name follows. The titles are the official's,
 * not part of the recipient. */
guint
diem_recipient_person_at (const DiemTokens *tokens,
                          guint             i,
                          guint             end,
                          guint            *name_len)
{
  guint pos = i;

  for (guint round = 0; round < 8 && pos < end; round++)
    {
      guint len = diem_grammar_name_at (tokens, pos, end);

      if (len > 0)
        {
          *name_len = len;
          return pos;
        }
      len = diem_grammar_address_at (tokens, pos, end, NULL);
      /* "bà Umnova Irina Anatolyevna", "ông Donald Trump", "thuyền trưởng Prien": after a
       * form of address or a rank, a name the family-name list cannot know, spelled as no
       * Vietnamese name is */
      if (len > 0 && (diem_lexicon_match (diem_lexicon (DIEM_LEXICON_HONORIFICS), tokens, pos, end, NULL) >= 0
                      || diem_lexicon_match (diem_lexicon (DIEM_LEXICON_RANKS), tokens, pos, end, NULL) >= 0))
        {
          guint name = pos + len, k = name;

          while (k < end && k < name + 5 && diem_grammar_is_foreign_name_word (tokens, k)
                 && diem_grammar_office_at (tokens, k, end, TRUE) == 0
                 && diem_lexicon_match (diem_lexicon (DIEM_LEXICON_PLACES), tokens, k, end, NULL) < 0)
            k++;
          /* one word only when it cannot be a Vietnamese given name or an initial
           * ("ông Poirier", not "ông Ba" or "ông T.") */
          if ((k - name >= 2 || (k - name == 1 && g_utf8_strlen (diem_tokens_key (tokens, name), -1) >= 3))
              && k - name <= 4 && !(k < end && diem_grammar_is_foreign_name_word (tokens, k))
              && diem_grammar_name_at (tokens, name, end) == 0 && diem_grammar_foreign_spelling (tokens, name, k))
            {
              *name_len = k - name;
              return name;
            }
        }
      if (len == 0 && diem_grammar_office_at (tokens, pos, end, TRUE) > 0)
        {
          guint title_end = MAX (diem_grammar_title_end (tokens, pos, end), pos + 1);
          guint run, run_end;

          /* "Đại sứ Việt Nam tại Pháp Nguyễn Văn A": where the post is held belongs to
           * the title, and the name ends that place's run of capitalised words */
          if (title_end + 1 < end && diem_tokens_is (tokens, title_end, "tại") && diem_grammar_is_name_word (tokens, title_end + 1))
            {
              title_end++;
              while (title_end < end && diem_grammar_is_name_word (tokens, title_end))
                title_end++;
            }
          run = run_end = title_end;

          /* "Chủ tịch UBND tỉnh Hoàng Minh Đức": the name ends a run of capitalised
           * words that the title may have read, wholly or in part, as its place */
          while (run > pos && diem_grammar_is_name_word (tokens, run - 1))
            run--;
          while (run_end < end && diem_grammar_is_name_word (tokens, run_end))
            run_end++;
          if (run < run_end)
            {
              guint name = diem_grammar_name_in_run (tokens, run, run_end);

              if (name > pos && name < run_end)
                {
                  *name_len = run_end - name;
                  return name;
                }
              name = foreign_name_after_country (tokens, run, end, name_len);
              if (name != G_MAXUINT)
                return name;
            }
          /* "Phó Tổng thống Joe Biden": a leader abroad, named right after the office */
          {
            guint office_end = pos + diem_grammar_office_at (tokens, pos, end, TRUE);

            if ((*name_len = diem_grammar_leader_name_at (tokens, pos, office_end, end)) > 0)
              return office_end;
          }
          len = title_end - pos;
        }
      if (len == 0)
        break;
      pos += len;
      while (pos < end && (diem_grammar_is_punct (tokens, pos, ",") || diem_grammar_is_dash (tokens, pos)
                           || diem_tokens_is (tokens, pos, "kiêm")))
        pos++;
    }
  if (pos > i)
    return G_MAXUINT;
  /* a profession in lower case before the name: "thầy giáo", "bác sĩ", "ba thiếu sinh
   * quân Peter Wang" (a foreign name that ends the phrase) */
  for (guint k = i; k < MIN (end, i + 4); k++)
    {
      guint len;

      if (!diem_tokens_has (tokens, k, DIEM_TOKEN_WORD) || diem_tokens_has (tokens, k, DIEM_TOKEN_CAPITALISED)
          || diem_grammar_stop_word (tokens, k, end) > 0)
        break;
      len = diem_grammar_name_at (tokens, k + 1, end);
      if (len == 0 && (len = diem_recipient_foreign_name_run (tokens, k + 1, end)) > 0 && !person_spelling (tokens, k + 1, k + 1 + len))
        len = 0;
      if (len > 0 && !lower_case_names_a_body (tokens, i, k + 1))
        {
          *name_len = len;
          return k + 1;
        }
    }
  return G_MAXUINT;
}

/* Where the description of a group [group, stop) ends: one of its words or the clause
 * right after it says what its members did or are ("tiêu biểu", "có thành tích …",
 * "đã có những đóng góp cho …"), and the description runs to punctuation, a reason, an
 * occasion or a time ("… trong thời gian qua"). G_MAXUINT when nothing describes it. */
guint
diem_recipient_described_group_end (const DiemTokens *tokens,
                                    guint             group,
                                    guint             stop,
                                    guint             end)
{
  gboolean described = FALSE;
  guint k;

  for (k = group; k < stop && !described; k++)
    described = diem_award_word (tokens, k, stop, "merit") > 0;
  if (!described && !(stop < end && diem_award_word (tokens, stop, end, "merit") > 0))
    return G_MAXUINT;
  for (k = stop; k < end && k < stop + DIEM_TITLE_MAX_TOKENS; k++)
    {
      /* "“Người tốt, việc tốt”": a quoted name belongs to the description */
      if (diem_grammar_is_punct (tokens, k, "“\""))
        {
          guint close = k + 1;

          while (close < end && close < k + 12 && !diem_grammar_is_punct (tokens, close, "”\""))
            close++;
          if (close < end && close < k + 12)
            {
              k = close;
              continue;
            }
          break;
        }
      if (diem_tokens_has (tokens, k, DIEM_TOKEN_PUNCT) || diem_award_word (tokens, k, end, "occasion") > 0
          || (diem_lexicon_match (diem_lexicon (DIEM_LEXICON_GIVE_VERBS), tokens, k, end, NULL) >= 0 && diem_grammar_verb_at (tokens, k))
          || (diem_tokens_is (tokens, k, "năm") && diem_tokens_has (tokens, k + 1, DIEM_TOKEN_DIGIT)))
        break;
    }
  return k > group ? k : G_MAXUINT;
}

static gboolean
ends_with_parent_aside (const DiemTokens *tokens,
                        guint             start,
                        guint             end)
{
  if (end < start + 3 || !diem_grammar_is_punct (tokens, end - 1, ")"))
    return FALSE;
  for (guint open = end - 2; open > start; open--)
    if (diem_grammar_is_punct (tokens, open, "("))
      return diem_recipient_parent_aside (tokens, open, end) == end - 1;
  return FALSE;
}

static gboolean
ends_with_quoted_name (const DiemTokens *tokens,
                       guint             start,
                       guint             end)
{
  for (guint open = end - 1; open > start && open + QUOTED_NAME_MAX_TOKENS > end; open--)
    if (diem_grammar_is_punct (tokens, open - 1, "“\""))
      return diem_recipient_quoted_name_end (tokens, open - 1, end) == end - 1;
  return FALSE;
}

/* A recipient phrase [start, end): a person by bare name, whatever titles, ranks or
 * forms of address come before it; otherwise an organisation, a collective with its
 * place ("nhân dân và cán bộ huyện X") or a count ("25 cá nhân"), cut at the first
 * word that cannot belong to a noun phrase (*cut is then set). NULL when what is left
 * names no one: a bare collective, a vague plural, a title without a name, a filler. */
/* The one official of the article whose title is the whole phrase at pos, up to where
 * the phrase ends ("Chủ tịch Cuba" when the article named "Chủ tịch Cuba Miguel
 * Díaz-Canel"), or NULL when none or several hold it. */
static const char *
holder_of_title (const DiemTokens *tokens,
                 GPtrArray        *officials,
                 guint             pos,
                 guint             end)
{
  guint stop = diem_recipient_phrase_end (tokens, pos, end);
  g_autofree char *title = NULL;
  g_autofree char *folded = NULL;
  const char *holder = NULL;

  while (stop > pos && diem_tokens_has (tokens, stop - 1, DIEM_TOKEN_PUNCT))
    stop--;
  if (officials == NULL || stop <= pos || diem_grammar_title_end (tokens, pos, stop) != stop)
    return NULL;
  title = diem_tokens_dup_text (tokens, pos, stop - 1);
  folded = diem_fold_case (title);
  for (guint i = 0; i < officials->len; i++)
    {
      const DiemOfficial *official = g_ptr_array_index (officials, i);

      for (guint t = 0; t < official->titles->len; t++)
        {
          g_autofree char *held = diem_fold_case (g_ptr_array_index (official->titles, t));

          if (!g_str_equal (held, folded))
            continue;
          if (holder != NULL && holder != official->name)
            return NULL;
          holder = official->name;
        }
    }
  return holder;
}

char *
diem_recipient_phrase (const DiemTokens *tokens,
                       GPtrArray        *officials,
                       guint             start,
                       guint             end,
                       gboolean          subject,
                       gboolean         *cut)
{
  guint pos = start, stop, name_len = 0, person, n = 0, len;
  gboolean addressed = FALSE, after_address = FALSE;

  *cut = FALSE;
  /* "Và Lê Quang Huy … nhận Bằng khen": a sentence that opens on "và" */
  while (start < end && (diem_grammar_is_punct (tokens, start, "-–—+•") || diem_tokens_is (tokens, start, "và")))
    pos = ++start;
  while (end > start && ((diem_tokens_has (tokens, end - 1, DIEM_TOKEN_PUNCT) && !diem_grammar_is_punct (tokens, end - 1, "”\")"))
                          || diem_tokens_is (tokens, end - 1, "và")))
    end--;
  /* "“hiệp sĩ” Nguyễn Đức Huy": an epithet in quotes before the name */
  if (diem_grammar_is_punct (tokens, pos, "“\""))
    for (guint close = pos + 2; close < MIN (end, pos + 5); close++)
      {
        if (diem_grammar_is_punct (tokens, close, "”\""))
          {
            if (close + 1 < end && diem_grammar_name_at (tokens, close + 1, end) > 0)
              pos = close + 1;
            break;
          }
        if (!diem_tokens_has (tokens, close - 1, DIEM_TOKEN_WORD) || diem_tokens_has (tokens, close - 1, DIEM_TOKEN_CAPITALISED))
          break;
      }
  for (guint round = 0; round < 4 && pos < end; round++)
    {
      len = diem_award_word (tokens, pos, end, "lead");
      /* "người thân của anh A" */
      if (len > 0 && diem_tokens_is (tokens, pos + len, "của"))
        len++;
      if (len > 0 && pos + len < end)
        pos += len;
      /* "chị Anh": a capitalised form of address after another is the given name */
      else if (after_address && diem_tokens_has (tokens, pos, DIEM_TOKEN_CAPITALISED)
               && diem_lexicon_match (diem_lexicon (DIEM_LEXICON_HONORIFICS), tokens, pos, pos + 1, NULL) >= 0)
        break;
      else if ((len = diem_grammar_address_at (tokens, pos, end, NULL)) > 0
               && diem_grammar_office_at (tokens, pos, end, TRUE) == 0)
        {
          /* a form of address or a trade, not a rank: "Giáo sư Việt" is a Vietnamese
           * professor */
          addressed = diem_lexicon_match (diem_lexicon (DIEM_LEXICON_HONORIFICS), tokens, pos, end, NULL) >= 0;
          after_address = TRUE;
          pos += len;
        }
      else
        break;
    }
  /* "phi công L39": after a form of address or a rank comes a name, and no name holds a
   * figure */
  if (after_address && pos < end && strpbrk (diem_tokens_key (tokens, pos), "0123456789") != NULL)
    return NULL;
  /* "tân Chủ tịch HĐND tỉnh": the newly elected holder of an office */
  if (diem_tokens_is (tokens, pos, "tân") && diem_grammar_office_at (tokens, pos + 1, end, FALSE) > 0)
    pos++;
  if (pos >= end)
    return NULL;
  /* "Hành động dũng cảm của hai sinh viên": the act is honoured in the ones who did it */
  if ((len = diem_award_word (tokens, pos, end, "deed")) > 0)
    {
      for (guint k = pos + len; k < MIN (end, pos + len + 6); k++)
        if (diem_tokens_is (tokens, k, "của"))
          return diem_recipient_phrase (tokens, officials, k + 1, end, subject, cut);
      return NULL;
    }

  person = diem_recipient_person_at (tokens, pos, end, &name_len);
  if (person != G_MAXUINT)
    {
      guint after = person + name_len;

      /* "em A - học sinh lớp 12, Trường B, huyện C": a description runs to the end
       * of the item, and no recipient is in it */
      *cut = diem_recipient_phrase_end (tokens, after, end) < end
             || (after + 1 < end && diem_grammar_is_dash (tokens, after) && diem_tokens_has (tokens, after + 1, DIEM_TOKEN_WORD)
                 && !diem_tokens_has (tokens, after + 1, DIEM_TOKEN_CAPITALISED));
      return diem_recipient_name_text (tokens, person, name_len);
    }
  /* "GS ĐH Waseda Trần Văn Thọ": after a form of address or a rank, the body the person
   * is of in capitalised words, then the name that ends them */
  if (after_address)
    {
      guint run_end = pos, name;
      gboolean body = FALSE;

      while (run_end < end && diem_tokens_has (tokens, run_end, DIEM_TOKEN_WORD)
             && diem_tokens_has (tokens, run_end, DIEM_TOKEN_CAPITALISED))
        run_end++;
      name = run_end > pos + 2 ? diem_grammar_name_in_run (tokens, pos, run_end) : G_MAXUINT;
      /* the words before the name must name a body ("ĐH", "Trường"), or they are the
       * start of a name the family-name list does not know ("anh Thao Văn Súa") */
      for (guint k = pos; name != G_MAXUINT && k < name && !body; k++)
        body = diem_tokens_has (tokens, k, DIEM_TOKEN_UPPER) || diem_grammar_org_term_at (tokens, k, name);
      if (body && name > pos && name < run_end && diem_recipient_phrase_end (tokens, run_end, end) == run_end)
        {
          *cut = run_end < end;
          return diem_tokens_dup_text (tokens, name, run_end - 1);
        }
    }
  if (diem_grammar_is_name_word (tokens, pos) && (pos + 1 == end || !diem_grammar_is_name_word (tokens, pos + 1)))
    {
      /* "ông Mãi": the official of that given name; "anh Dư", "cho Toàn": the person of
       * that given name the article named in full a little before */
      const DiemOfficial *official = pos > start ? diem_officials_find_given (officials, diem_tokens_key (tokens, pos)) : NULL;
      char *named;

      if (official != NULL)
        return g_strdup (official->name);
      /* only a word that stands alone: "Thanh tra Thành phố" is a body */
      if ((pos > start || diem_recipient_phrase_end (tokens, pos + 1, end) == pos + 1)
          && (named = person_named_near (tokens, pos, addressed ? ADDRESSED_NAME_REACH : GIVEN_NAME_REACH, addressed)) != NULL)
        {
          *cut = diem_recipient_phrase_end (tokens, pos + 1, end) < end;
          return named;
        }
      /* "cho chị Lan và chị Minh", "tài xế Tâm", "chị Anh": a form of address makes
       * the word alone after it a person's given name, even one spelled as a place,
       * when the article has no fuller one; so does one before the same word earlier
       * ("em Nhơng …; UBND huyện tặng giấy khen cho Nhơng") */
      if ((addressed
           || (pos > 0 && !diem_grammar_is_punct (tokens, pos - 1, ".!?:")
               && !diem_tokens_has (tokens, pos, DIEM_TOKEN_BLOCK_START) && addressed_before (tokens, pos)))
          && diem_recipient_phrase_end (tokens, pos, end) == pos + 1
          && !diem_tokens_has (tokens, pos, DIEM_TOKEN_UPPER))
        {
          *cut = pos + 1 < end;
          return diem_tokens_dup_text (tokens, pos, pos);
        }
    }
  /* "cán bộ lão thành cách mạng, nguyên Bí thư … Nguyễn Văn A": a description in lower
   * case, then the titles and the name; its first word may be capitalised only because
   * it opens the sentence ("Nam sinh Nguyễn Thế Quỳnh nhận …") */
  for (guint k = pos; k < MIN (end, pos + 9); k++)
    {
      if (k == pos && opens_sentence_in_lower_case (tokens, k))
        continue;
      if (!diem_tokens_has (tokens, k, DIEM_TOKEN_WORD) || diem_tokens_has (tokens, k, DIEM_TOKEN_CAPITALISED)
          || diem_grammar_stop_word (tokens, k, end) > 0)
        {
          if (k > pos && diem_grammar_is_punct (tokens, k, ",")
              && (person = diem_recipient_person_at (tokens, k + 1, end, &name_len)) != G_MAXUINT && person > k + 1)
            {
              *cut = diem_recipient_phrase_end (tokens, person + name_len, end) < end;
              return diem_recipient_name_text (tokens, person, name_len);
            }
          /* "công dân tiêu biểu Đàm Văn Nhân": who he is, then his name; not "trường
           * Nguyễn Du", where a head noun makes the name a school's */
          if (k > pos && diem_tokens_has (tokens, k, DIEM_TOKEN_CAPITALISED)
              && diem_recipient_person_at (tokens, k, end, &name_len) == k
              && diem_recipient_phrase_end (tokens, k + name_len, end) == k + name_len
              && !lower_case_names_a_body (tokens, pos, k))
            {
              *cut = k + name_len < end;
              return diem_tokens_dup_text (tokens, k, k + name_len - 1);
            }
          /* "phóng viên Thông tấn xã Việt Nam Đinh Hữu Dư": who he is, the body he is
           * of, ending on its place, then his name, which ends the phrase ("học sinh
           * Trường THPT Trần Phú" is the school's name) */
          if (k > pos && diem_tokens_has (tokens, k, DIEM_TOKEN_CAPITALISED) && !lower_case_names_a_body (tokens, pos, k)
              && diem_award_word_before (tokens, k, pos, "locative") == G_MAXUINT
              && diem_grammar_office_at (tokens, k, end, FALSE) == 0)
            {
              guint name_end = diem_recipient_phrase_end (tokens, k, end);

              for (guint j = k + 1; j + 1 < name_end && j < k + DIEM_TITLE_MAX_TOKENS; j++)
                if (diem_tokens_has (tokens, j - 1, DIEM_TOKEN_CAPITALISED) && diem_grammar_is_name_word (tokens, j)
                    && diem_recipient_person_at (tokens, j, name_end, &name_len) == j && j + name_len == name_end
                    && diem_grammar_ends_on_place (tokens, k, j, 1))
                  {
                    *cut = name_end < end;
                    return diem_tokens_dup_text (tokens, j, name_end - 1);
                  }
            }
          break;
        }
    }
  /* "Ngoại trưởng Tillerson": an office, then one foreign name; "Chủ tịch Raul Castro":
   * two to four words of a name whose first is spelt in no Vietnamese way */
  {
    guint office = diem_grammar_office_at (tokens, pos, end, FALSE), run;

    /* only a leader's office: "Chủ tịch Vingroup" is the chairman of a company */
    if (office > 0 && pos + office < end && diem_recipient_brand_at (tokens, pos + office)
        && diem_grammar_is_leader_office (tokens, pos, pos + office)
        && diem_recipient_phrase_end (tokens, pos + office + 1, end) == pos + office + 1)
      {
        *cut = pos + office + 1 < end;
        return diem_tokens_dup_text (tokens, pos + office, pos + office);
      }
    if (office > 0 && pos + office < end && (run = diem_recipient_foreign_name_run (tokens, pos + office, end)) > 0
        && diem_grammar_foreign_spelling (tokens, pos + office, pos + office + 1)
        && person_spelling (tokens, pos + office, pos + office + run)
        && diem_recipient_phrase_end (tokens, pos + office + run, end) == pos + office + run)
      {
        *cut = pos + office + run < end;
        return diem_tokens_dup_text (tokens, pos + office, pos + office + run - 1);
      }
  }
  /* a title with no name after it is no recipient, unless it is given to ("cho Chủ tịch
   * Cuba") and the article names the one who holds it; before the verb, an office alone
   * is more often who speaks or gives */
  if (diem_grammar_office_at (tokens, pos, end, FALSE) > 0)
    {
      const char *holder = !subject && pos > 0 && diem_tokens_is (tokens, pos - 1, "cho")
                             ? holder_of_title (tokens, officials, pos, end)
                             : NULL;

      *cut = holder != NULL && diem_recipient_phrase_end (tokens, pos, end) < end;
      return g_strdup (holder);
    }
  if (diem_tokens_is (tokens, pos, "nguyên"))
    return NULL;

  stop = diem_recipient_phrase_end (tokens, pos, end);
  *cut = stop < end;
  if (told_by_rescue (tokens, pos, stop) || described_in_headline (tokens, pos, stop))
    return NULL;
  while (stop > pos && ((diem_tokens_has (tokens, stop - 1, DIEM_TOKEN_PUNCT)
                         && !ends_with_parent_aside (tokens, pos, stop) && !ends_with_quoted_name (tokens, pos, stop))
                        || diem_tokens_is (tokens, stop - 1, "và")))
    stop--;
  if (stop <= pos || stop - pos > DIEM_TITLE_MAX_TOKENS)
    return NULL;
  /* "các cá nhân có thành tích trong phong trào thi đua", "các gia đình tiêu biểu": a
   * group the text names by what its members did or are, and by nothing else */
  {
    /* from the phrase's start: "tập thể, cá nhân …" opens on a word read past above */
    guint group = diem_award_word (tokens, start, stop, "vague") > 0 || diem_recipient_only_collectives (tokens, start, stop)
                    ? start : pos;

    /* "… là những người có nhiều đóng góp": after "là" it says what the subject is */
    if (!diem_tokens_has (tokens, group, DIEM_TOKEN_PUNCT) && !(start > 0 && diem_tokens_is (tokens, start - 1, "là"))
        && (diem_award_word (tokens, group, stop, "vague") > 0 || diem_recipient_only_collectives (tokens, group, stop))
        && (n = diem_recipient_described_group_end (tokens, group, stop, end)) != G_MAXUINT)
      {
        *cut = n < end;
        return diem_tokens_dup_text (tokens, group, n - 1);
      }
  }
  if ((len = diem_award_word (tokens, pos, stop, "vague")) > 0)
    {
      /* "một số tập thể, cá nhân thuộc Tổng cục II": a plural made definite by the
       * body it belongs to; without one it names no one */
      gboolean body = FALSE;

      if (diem_award_word (tokens, pos + len, stop, "collective") == 0)
        return NULL;
      /* a country or province is no body: "một số cá nhân Nhật Bản" names no one */
      for (guint k = pos + len; k < stop && !body; k++)
        {
          guint place = 0;

          if (diem_lexicon_match (diem_lexicon (DIEM_LEXICON_PLACES), tokens, k, stop, &place) >= 0 && place > 0)
            {
              k += place - 1;
              continue;
            }
          body = diem_tokens_has (tokens, k, DIEM_TOKEN_CAPITALISED) && diem_award_word (tokens, k, stop, "collective") == 0;
        }
      if (!body)
        return NULL;
      return diem_tokens_dup_text (tokens, pos, stop - 1);
    }
  /* "Uỷ ban" cut from "Uỷ ban kiểm tra các cấp": a unit's word whose name went on in
   * lower case past a stop word */
  if (diem_award_word (tokens, pos, stop, "manner") > 0 || diem_recipient_only_collectives (tokens, pos, stop)
      || diem_award_word (tokens, pos, stop, "head") == stop - pos
      || (diem_lexicon_match (diem_lexicon (DIEM_LEXICON_UNITS), tokens, pos, stop, &n) >= 0 && pos + n == stop && stop < end
          && diem_tokens_has (tokens, stop, DIEM_TOKEN_WORD) && !diem_tokens_has (tokens, stop, DIEM_TOKEN_CAPITALISED)))
    return NULL;
  for (guint k = pos + 1; k < stop; k++)
    if (diem_award_word (tokens, k, stop, "deictic") > 0)
      return NULL; /* "Dịp này", "đơn vị đó": a reference, not a name */
  /* a capitalised adverb opening a sentence ("Đồng thời") is no one */
  if (diem_lexicon_match (diem_lexicon (DIEM_LEXICON_STOPWORDS), tokens, pos, stop, &n) >= 0)
    return NULL;
  /* "năm 2000 Công ty A": a year, then the name */
  if (pos > 0 && diem_tokens_is (tokens, pos - 1, "năm") && diem_tokens_has (tokens, pos, DIEM_TOKEN_DIGIT)
      && pos + 1 < stop && diem_tokens_has (tokens, pos + 1, DIEM_TOKEN_CAPITALISED))
    return diem_recipient_phrase (tokens, officials, pos + 1, end, subject, cut);
  /* "năm 1943 giúp ông ta …": a year and what followed it */
  if (pos > 0 && diem_tokens_is (tokens, pos - 1, "năm") && diem_tokens_has (tokens, pos, DIEM_TOKEN_DIGIT))
    return NULL;
  if (diem_recipient_count_at (tokens, pos, stop))
    {
      /* a count needs the noun it counts: "25 cá nhân", not "50", nor an age */
      if (stop == pos + 1 || !diem_tokens_has (tokens, pos + 1, DIEM_TOKEN_WORD)
          || diem_tokens_has (tokens, pos + 1, DIEM_TOKEN_DIGIT)
          || diem_award_word (tokens, pos + 1, stop, "frequency") > 0 || diem_tokens_is (tokens, pos + 1, "tuổi")
          || diem_award_word (tokens, pos + 1, stop, "gift") > 0)
        return NULL;
      /* "hai sinh viên trên": the ones named above, so not this phrase */
      if (stop > pos + 2 && diem_tokens_is (tokens, stop - 1, "trên"))
        return NULL;
      /* "4 cá nhân đóng vai trò quan trọng": the count, not what its members did;
       * what they are stays ("5 gia đình văn hóa tiêu biểu") */
      for (guint k = pos + 2; k < stop; k++)
        if (diem_award_word (tokens, k, stop, "clause") > 0)
          {
            stop = k;
            *cut = TRUE;
            break;
          }
      return diem_tokens_dup_text (tokens, pos, stop - 1);
    }
  /* "Thanh niên cứu người giữa sóng lớn nhận …": a subject capitalised only because it
   * opens the sentence, with no head noun, collective or name, describes someone */
  if (subject && stop >= pos + 3 && diem_tokens_has (tokens, pos, DIEM_TOKEN_CAPITALISED)
      && (pos == 0 || diem_tokens_has (tokens, pos, DIEM_TOKEN_BLOCK_START) || diem_grammar_is_punct (tokens, pos - 1, ".!?:"))
      && description_only (tokens, pos, stop))
    return NULL;
  /* "Người phát hiện hang Sơn Đoòng được tặng …": the one who did it, told by what they
   * did; the names in the description are what they did it to */
  if (subject && stop >= pos + 2 && diem_grammar_opens_sentence (tokens, pos) && diem_award_word (tokens, pos, stop, "someone") == 1
      && diem_tokens_has (tokens, pos + 1, DIEM_TOKEN_WORD) && !diem_tokens_has (tokens, pos + 1, DIEM_TOKEN_CAPITALISED)
      && diem_award_word (tokens, pos, stop, "collective") == 0 && diem_award_word (tokens, pos, stop, "lead") == 0)
    return NULL;
  if (!diem_tokens_has (tokens, pos, DIEM_TOKEN_CAPITALISED))
    {
      /* lower case: a collective of a named place or body ("lực lượng Quản lý thị
       * trường") or of a trade ("ngành tư pháp") */
      if (diem_award_word (tokens, pos, stop, "collective") > 0)
        ;
      /* "báo Thanh Niên", "trường Nguyễn Du": a head noun in lower case, then the name */
      else if ((len = diem_award_word (tokens, pos, stop, "head")) > 0 && pos + len < stop
               && named_after_head (tokens, pos + len, stop))
        ;
      /* "tỉnh Cà Mau được tặng …", "trao Huân chương … cho tỉnh Quảng Nam": a place
       * named with its kind */
      else if (!(diem_grammar_is_place_word (tokens, pos) && diem_tokens_has (tokens, pos + 1, DIEM_TOKEN_CAPITALISED)))
        return NULL;
    }
  /* one capitalised word: a place, a fragment or a common noun ("Lễ"), unless it cannot
   * be a Vietnamese word at all, as a brand or a foreign name ("Viettel", "Tillerson") */
  else if (stop == pos + 1 && !diem_tokens_has (tokens, pos, DIEM_TOKEN_UPPER) && !diem_recipient_brand_at (tokens, pos))
    return NULL;
  /* "…, huyện Ngọc Lặc, Thanh Hóa": a place alone says where, not who */
  {
    guint place = 0;

    if (diem_tokens_has (tokens, pos, DIEM_TOKEN_CAPITALISED)
        && diem_lexicon_match (diem_lexicon (DIEM_LEXICON_PLACES), tokens, pos, stop, &place) >= 0 && pos + place == stop)
      return NULL;
  }
  return diem_tokens_dup_text (tokens, pos, stop - 1);
}

/* "2 cá nhân là A, B", "3 tập thể, gồm: …", "các tập thể, cá nhân gồm: …", "10 cá nhân,
 * trong đó có bác sĩ X": where the names after a count or a plural begin, or G_MAXUINT
 * when [start, end) is no such head. */
guint
diem_recipient_names_after_count (const DiemTokens *tokens,
                                  guint             start,
                                  guint             end)
{
  guint pos = start, len;
  gboolean counted = diem_recipient_count_at (tokens, start, end);

  if (counted)
    pos++;
  else if ((len = diem_award_word (tokens, start, end, "vague")) > 0 && diem_award_word (tokens, start + len, end, "collective") > 0)
    pos += len;
  else if (len > 0 && (len += diem_grammar_address_at (tokens, start + len, end, NULL)) > 1
           && diem_grammar_is_punct (tokens, start + len, ":"))
    return start + len + 1; /* "các đồng chí: A, B và C" */
  else
    return G_MAXUINT;
  for (guint k = pos; k < MIN (end, start + 10); k++)
    {
      /* "cho 10 cá nhân, trong đó có A": names from among the counted */
      if (counted && diem_tokens_is (tokens, k, "trong") && diem_tokens_is (tokens, k + 1, "đó") && diem_tokens_is (tokens, k + 2, "có"))
        return k + 3 + diem_grammar_is_punct (tokens, k + 3, ":");
      if (counted && diem_grammar_is_punct (tokens, k, ",") && diem_tokens_is (tokens, k + 1, "trong"))
        continue;
      if (diem_tokens_is (tokens, k, "là") || diem_tokens_is (tokens, k, "gồm"))
        {
          guint names = k + 1 + diem_tokens_is (tokens, k + 1, "có");

          /* a plural names no one: only a list after it does */
          if (!counted && !diem_recipient_only_collectives (tokens, pos, k - diem_grammar_is_punct (tokens, k - 1, ",")))
            return G_MAXUINT;
          /* "10 cá nhân là người nước ngoài": what the counted are, in lower case, and
           * no one named soon after ("2 cá nhân là ngư dân A và B" names them); the
           * count stays the recipient */
          if (counted && diem_tokens_is (tokens, k, "là") && names == k + 1 && diem_tokens_has (tokens, names, DIEM_TOKEN_WORD)
              && !diem_tokens_has (tokens, names, DIEM_TOKEN_CAPITALISED)
              && !diem_recipient_count_at (tokens, names, end))
            {
              gboolean named = FALSE;

              for (guint j = names; j < MIN (end, names + 6) && !named && !diem_grammar_is_punct (tokens, j, ".;:"); j++)
                named = diem_grammar_name_at (tokens, j, end) > 0;
              if (!named)
                return G_MAXUINT;
            }
          return names + diem_grammar_is_punct (tokens, names, ":");
        }
      /* "cho các cá nhân: A, B": a colon after the plural; "cho 3 liệt sĩ: A, B và C" */
      if (diem_grammar_is_punct (tokens, k, ":") && k > pos
          && (diem_recipient_only_collectives (tokens, pos, k) || (counted && k < pos + 4)))
        return k + 1;
      /* "7 tập thể, gồm:": a comma before the names' verb */
      if (diem_grammar_is_punct (tokens, k, ",") && (diem_tokens_is (tokens, k + 1, "gồm") || diem_tokens_is (tokens, k + 1, "là")))
        continue;
      /* "4 tập thể, cá nhân gồm:": collectives joined by a comma */
      if (diem_tokens_has (tokens, k, DIEM_TOKEN_PUNCT)
          && !(diem_grammar_is_punct (tokens, k, ",") && (!counted || diem_award_word (tokens, k + 1, end, "collective") > 0)))
        break;
    }
  return G_MAXUINT;
}

static guint unit_size_at (const DiemTokens *tokens, guint i, guint end, guint *len);


/* Does the list item at k start a new recipient after "và"? A name, a form of address
 * or rank, a count, or the same first word as the item before ("Sở A và Sở B");
 * otherwise "và" is inside an organisation's name ("Văn phòng Đoàn ĐBQH và HĐND"). */
gboolean
diem_recipient_starts_new_item (const DiemTokens *tokens,
                                guint             item,
                                guint             k,
                                guint             end)
{
  guint address = diem_grammar_address_at (tokens, k, end, NULL), unit_len = 0, head, foreign_start = k - 1;

  /* "Trung đoàn A và Phòng B": a unit named in full starts another recipient, while
   * "Văn phòng Đoàn ĐBQH và HĐND tỉnh" serves both bodies and "Sở Giáo dục và Đào
   * tạo" is one name */
  if (unit_size_at (tokens, k, end, &unit_len) > 0 && !diem_tokens_has (tokens, k, DIEM_TOKEN_UPPER)
      && (diem_tokens_has (tokens, k + unit_len, DIEM_TOKEN_CAPITALISED) || diem_tokens_has (tokens, k + unit_len, DIEM_TOKEN_DIGIT)))
    return TRUE;
  /* "A và Phó Chủ tịch HĐND tỉnh, Trưởng ban B": another person, after offices */
  if (diem_grammar_office_at (tokens, k + address, end, TRUE) > 0)
    {
      guint name_len = 0;

      if (diem_recipient_person_at (tokens, k, end, &name_len) != G_MAXUINT)
        return TRUE;
    }
  /* "Trung tâm A và các chuyên gia Nga", "ông Park Hang Seo và các cầu thủ": a plural
   * after "và" is another item */
  if (diem_award_word (tokens, k, end, "vague") > 0
      && diem_tokens_has (tokens, item + diem_grammar_address_at (tokens, item, k, NULL), DIEM_TOKEN_CAPITALISED))
    return TRUE;
  /* "Khang và Thứ": two given names, each alone */
  if (k == item + 2 && diem_grammar_is_name_word (tokens, item) && diem_grammar_is_name_word (tokens, k)
      && !diem_grammar_is_name_word (tokens, k + 1))
    return TRUE;
  /* "Alaina Petty và Martin Duque", "hai thủy thủ Oliver Grant và Harry Bell": two names
   * spelt in a foreign way, one on each side */
  while (foreign_start > item && k - 1 - foreign_start < 4 && diem_grammar_is_foreign_name_word (tokens, foreign_start - 1))
    foreign_start--;
  if (diem_recipient_foreign_name_run (tokens, foreign_start, k - 1) && diem_recipient_foreign_name_run (tokens, k, end))
    return TRUE;
  /* "thủ môn A và tiền vệ B": after a person's name, who the next one is in a few
   * lower-case words, then the name, perhaps a foreign one ("cơ trưởng Damir Yusupov và
   * cơ phó Georgy Murzin") */
  if (k >= item + 2 && diem_grammar_is_name_word (tokens, k - 2) && !diem_tokens_has (tokens, k, DIEM_TOKEN_CAPITALISED))
    for (guint w = k; w < MIN (end, k + 4); w++)
      {
        guint name_len = 0, foreign;

        if (diem_tokens_has (tokens, w, DIEM_TOKEN_CAPITALISED))
          {
            if (w > k && diem_recipient_person_at (tokens, w, end, &name_len) == w)
              return TRUE;
            if (w > k && (foreign = diem_recipient_foreign_name_run (tokens, w, end)) > 0 && person_spelling (tokens, w, w + foreign))
              return TRUE;
            break;
          }
        if (!diem_tokens_has (tokens, w, DIEM_TOKEN_WORD) || diem_grammar_stop_word (tokens, w, end) > 0
            || diem_award_word (tokens, w, end, "collective") > 0)
          break;
      }
  /* "trường Nguyễn Du và đội Lê Lợi": two bodies, each a head noun in lower case
   * before its name */
  if (!diem_tokens_has (tokens, k, DIEM_TOKEN_CAPITALISED) && (head = diem_award_word (tokens, k, end, "head")) > 0
      && diem_tokens_has (tokens, k + head, DIEM_TOKEN_CAPITALISED)
      && !diem_tokens_has (tokens, item, DIEM_TOKEN_CAPITALISED) && diem_award_word (tokens, item, k, "head") > 0)
    return TRUE;
  return diem_grammar_name_at (tokens, k + address, end) > 0
         || (address > 0 && diem_tokens_has (tokens, k + address, DIEM_TOKEN_CAPITALISED))
         || diem_recipient_count_at (tokens, k, end)
         || (diem_tokens_has (tokens, k, DIEM_TOKEN_CAPITALISED) && diem_tokens_is (tokens, k, diem_tokens_key (tokens, item)));
}

/* Does a city run by the central government ("Hà Nội", "Đà Nẵng") start at i? */
static gboolean
centrally_run_city_at (const DiemTokens *tokens,
                       guint             i,
                       guint             end)
{
  const DiemLexicon *places = diem_lexicon (DIEM_LEXICON_PLACES);
  int entry = diem_lexicon_match (places, tokens, i, end, NULL);

  return entry >= 0
         && (g_strcmp0 (diem_lexicon_field (places, entry, 1), "city") == 0
             || g_strcmp0 (diem_lexicon_field (places, entry, 2), "city") == 0);
}

/* The size of the unit whose name starts at i ("Trung đoàn 9" → 4), or 0. */
static guint
unit_size_at (const DiemTokens *tokens,
              guint             i,
              guint             end,
              guint            *len)
{
  const DiemLexicon *units = diem_lexicon (DIEM_LEXICON_UNITS);
  int entry;

  *len = 0;
  if (!diem_tokens_has (tokens, i, DIEM_TOKEN_CAPITALISED))
    return 0;
  entry = diem_lexicon_match (units, tokens, i, end, len);
  if (entry < 0 || diem_lexicon_field (units, entry, 1) == NULL)
    return 0;
  if (g_strcmp0 (diem_lexicon_field (units, entry, 2), "place") == 0)
    {
      /* "Công an huyện" sits beside the province's departments, not above them */
      static const struct { const char *word; guint size; } levels[] = {
        { "tỉnh", 5 }, { "thành phố", 5 }, { "TP", 5 }, { "huyện", 3 }, { "quận", 3 },
        { "thị xã", 3 }, { "xã", 2 }, { "phường", 2 }, { "thị trấn", 2 },
      };

      for (guint l = 0; l < G_N_ELEMENTS (levels); l++)
        {
          g_auto(GStrv) words = g_strsplit (levels[l].word, " ", -1);
          gboolean match = TRUE;
          guint w;

          for (w = 0; words[w] != NULL && match; w++)
            match = diem_tokens_is (tokens, i + *len + w, words[w]);
          if (!match)
            continue;
          /* "Công an thành phố Lào Cai" sits beside "Công an huyện Bảo Thắng"; only a
           * city run by the central government is level with a province */
          if (levels[l].size == 5 && !diem_tokens_is (tokens, i + *len, "tỉnh")
              && diem_tokens_has (tokens, i + *len + w, DIEM_TOKEN_CAPITALISED) && !centrally_run_city_at (tokens, i + *len + w, end))
            return 3;
          return levels[l].size;
        }
    }
  return (guint) g_ascii_strtoull (diem_lexicon_field (units, entry, 1), NULL, 10);
}

/* "Tiểu đoàn 3, Trung đoàn 9, Sư đoàn 5", "Phòng Cảnh sát kinh tế, Công an tỉnh X": is the
 * unit after the comma at k a larger one than the last unit of the item [item, k), so
 * its parent and the same recipient? */
gboolean
diem_recipient_parent_unit_after (const DiemTokens *tokens,
                                  guint             item,
                                  guint             k,
                                  guint             end)
{
  guint len = 0, parent = unit_size_at (tokens, k + 1, end, &len), child = 0;

  if (parent == 0 || !diem_grammar_is_punct (tokens, k, ","))
    return FALSE;
  for (guint j = item; j < k; j++)
    {
      guint size = unit_size_at (tokens, j, k, &len);

      if (size > 0)
        {
          child = size;
          j += len - 1;
        }
    }
  return child > 0 && parent > child;
}

/* The end of a body's name in [start, end): its first comma, unless what follows the
 * comma lists the name's domains ("Sở Văn hóa, Thể thao và Du lịch"); else end.
 * "Trường THPT A, phường B" ends before the comma. */
guint
diem_recipient_name_end_at_comma (const DiemTokens *tokens,
                                  guint             start,
                                  guint             end)
{
  for (guint k = start; k < end; k++)
    if (diem_grammar_is_punct (tokens, k, ",") && !diem_recipient_domains_after (tokens, k, end))
      return k;
  return end;
}

/* "Sở Văn hóa, Thể thao và Du lịch": is what follows the comma at k only the domains of
 * a body's name, which continue it? */
gboolean
diem_recipient_domains_after (const DiemTokens *tokens,
                              guint             k,
                              guint             end)
{
  const DiemLexicon *terms = diem_lexicon (DIEM_LEXICON_ORG_WORDS);
  guint pos = k + 1, domains = 0;

  if (!diem_grammar_is_punct (tokens, k, ","))
    return FALSE;
  while (pos < end)
    {
      guint len = 0;

      if (diem_tokens_has (tokens, pos, DIEM_TOKEN_CAPITALISED) && unit_size_at (tokens, pos, end, &len) == 0
          && diem_lexicon_match (terms, tokens, pos, end, &len) >= 0)
        {
          pos += len;
          domains++;
        }
      else if (domains > 0 && (diem_tokens_is (tokens, pos, "và") || diem_grammar_is_punct (tokens, pos, ",")))
        pos++;
      else
        break;
    }
  /* the domains run to the end of the item: to the list's end, a punctuation mark, or a
   * "và" that joins the next recipient */
  return domains > 0
         && (pos >= end || diem_tokens_has (tokens, pos, DIEM_TOKEN_PUNCT) || diem_tokens_is (tokens, pos - 1, "và")
             || diem_grammar_is_punct (tokens, pos - 1, ","));
}

/* "163 tập thể, 419 cá nhân": does a count phrase end at `end` (a comma)? */
gboolean
diem_recipient_count_before_comma (const DiemTokens *tokens,
                                   guint             end,
                                   guint             floor)
{
  guint k = end;

  while (k > floor && diem_tokens_has (tokens, k - 1, DIEM_TOKEN_WORD) && !diem_tokens_has (tokens, k - 1, DIEM_TOKEN_DIGIT)
         && diem_grammar_stop_word (tokens, k - 1, end) == 0 && end - k < 6)
    k--;
  return k > floor && k < end && diem_tokens_has (tokens, k - 1, DIEM_TOKEN_DIGIT);
}

/* Do the words from i on begin with the letters of `initials`, one each, in order? */
static gboolean
initials_at (const DiemTokens *tokens,
             guint             i,
             const char       *initials)
{
  const char *letter = initials;

  for (guint k = i; *letter != '\0'; k++, letter = g_utf8_next_char (letter))
    {
      const DiemToken *token;

      if (k >= tokens->tokens->len || !diem_tokens_has (tokens, k, DIEM_TOKEN_WORD)
          || diem_tokens_has (tokens, k, DIEM_TOKEN_DIGIT | DIEM_TOKEN_UPPER))
        return FALSE;
      token = diem_tokens_get (tokens, k);
      if (g_unichar_toupper (g_utf8_get_char (tokens->text + token->start)) != g_utf8_get_char (letter))
        return FALSE;
    }
  return TRUE;
}

/* "Cục ĐKVN" where the article also writes "Cục Đăng kiểm Việt Nam": the name in full
 * (the first one the article gives), or NULL when the recipient ends on no such
 * abbreviation or the article never spells it out. Counts in *scans each reading of
 * the article. @mentions is built on the first reading (its first is NULL until then)
 * and kept for the next: a reading steps through the tokens of the name's first word
 * only. */
char *
diem_recipient_spell_out (const DiemTokens *tokens,
                          DiemKeyMentions  *mentions,
                          const char       *recipient,
                          guint            *scans)
{
  g_auto(GStrv) words = g_strsplit (recipient, " ", -1);
  g_autofree guint *keys = NULL;
  const DiemToken *all;
  guint n = g_strv_length (words), letters, stop;
  const char *abbreviation;

  if (n < 2)
    return NULL;
  abbreviation = words[n - 1];
  letters = g_utf8_strlen (abbreviation, -1);
  if (letters < 2 || letters > 8)
    return NULL;
  for (const char *c = abbreviation; *c != '\0'; c = g_utf8_next_char (c))
    if (!g_unichar_isupper (g_utf8_get_char (c)))
      return NULL;
  (*scans)++;
  /* the words' keys once, as the offsets the article's tokens have for them, not once
   * for each token of the article: a word no token has is never found */
  keys = g_new (guint, n - 1);
  for (guint w = 0; w + 1 < n; w++)
    {
      g_autofree char *key = g_utf8_strdown (words[w], -1);

      if (!diem_tokens_find_key (tokens, key, &keys[w]))
        return NULL;
    }
  if (mentions->first == NULL)
    diem_key_mentions_init (mentions, tokens);
  all = (const DiemToken *) tokens->tokens->data;
  stop = tokens->tokens->len;
  for (guint mention = mentions->first[keys[0]]; mention != 0 && mention - 1 + n - 1 + letters <= stop;
       mention = mentions->next[mention - 1])
    {
      guint i = mention - 1;
      gboolean head = TRUE;

      for (guint w = 1; w + 1 < n && head; w++)
        head = all[i + w].key == keys[w];
      if (head && initials_at (tokens, i + n - 1, abbreviation))
        return diem_tokens_dup_text (tokens, i, i + n - 2 + letters);
    }
  return NULL;
}
