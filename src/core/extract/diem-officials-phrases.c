/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-officials-phrases.c — small phrase shapes the officials' readers share: a name
 * inside a span, an aside in brackets, a unit that completes a title, a post abroad
 */
#include "diem-officials-phrases.h"

#include "diem-grammar.h"
#include "diem-syllable.h"

/* Does a personal name stand anywhere in tokens[start, end)? */
gboolean
diem_officials_contains_name (const DiemTokens *tokens,
                              guint             start,
                              guint             end)
{
  for (guint i = start; i < end; i++)
    if (diem_grammar_is_name_word (tokens, i))
      {
        guint run_end = i;

        while (run_end < end && diem_grammar_is_name_word (tokens, run_end))
          run_end++;
        if (diem_grammar_name_in_run (tokens, i, run_end) < run_end)
          return TRUE;
        i = run_end;
      }
  return FALSE;
}

/* "Ngoại trưởng Sergei Lavrov", "Bộ trưởng Quốc phòng Sergei Shoigu": a title [head,
 * end) that ends with up to four capitalised words, not all Vietnamese syllables and
 * none a place, office or organisation word, right after an office or a lower-case
 * word: the name of the office's own holder. After an organisation's head word they
 * name the organisation ("Công ty Samsung Electronics"). */
gboolean
diem_officials_title_holds_foreign_name (const DiemTokens *tokens,
                                         guint             head,
                                         guint             end)
{
  const DiemLexicon *places = diem_lexicon (DIEM_LEXICON_PLACES);
  const DiemLexicon *org_words = diem_lexicon (DIEM_LEXICON_ORG_WORDS);
  guint office = diem_grammar_office_at (tokens, head, end, TRUE), run = end;
  gboolean foreign = FALSE;

  if (office == 0)
    return FALSE;
  while (run > head + 1 && end - run < 4 && diem_grammar_is_foreign_name_word (tokens, run - 1)
         && diem_grammar_office_at (tokens, run - 1, end, TRUE) == 0
         && diem_lexicon_match (places, tokens, run - 1, end, NULL) < 0
         && diem_lexicon_match (org_words, tokens, run - 1, end, NULL) < 0)
    {
      run--;
      foreign |= !diem_syllable_is_valid (diem_tokens_key (tokens, run), -1);
    }
  if (run == end || !foreign || diem_lexicon_match (org_words, tokens, run - 1, end, NULL) >= 0)
    return FALSE;
  /* the word before is the office's last or lower case: nothing of an organisation */
  return head + office == run || !diem_tokens_has (tokens, run - 1, DIEM_TOKEN_CAPITALISED);
}

/* "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch": the rest of a list of fields after a
 * comma, capitalised words ending in "và …", belongs to the organisation before it. */
static gboolean
is_field_list (const DiemTokens *tokens,
               guint             start,
               guint             end)
{
  gboolean and_seen = FALSE;

  if (end - start > 8)
    return FALSE;
  for (guint i = start; i < end; i++)
    {
      if (diem_tokens_is (tokens, i, "và") && i > start)
        and_seen = TRUE;
      else if (!diem_tokens_has (tokens, i, DIEM_TOKEN_CAPITALISED)
               && !(i > start && diem_tokens_has (tokens, i, DIEM_TOKEN_WORD)
                    && diem_tokens_has (tokens, i - 1, DIEM_TOKEN_CAPITALISED)))
        return FALSE;
    }
  return and_seen && !diem_officials_contains_name (tokens, start, end);
}

/* End of the unit at start ("Bộ Quốc phòng", "Trung đoàn 876", "Văn phòng Chính phủ"):
 * a unit word from the lexicon, its number, then the capitalised name after it. */
guint
diem_officials_unit_end_at (const DiemOfficialsReader *ctx,
                            guint                      start,
                            guint                      limit)
{
  const DiemTokens *tokens = ctx->tokens;
  guint len = 0, pos;

  if (!diem_tokens_has (tokens, start, DIEM_TOKEN_CAPITALISED)
      || diem_lexicon_match (ctx->units, tokens, start, limit, &len) < 0
      || diem_grammar_office_at (tokens, start, limit, TRUE) > 0)
    return start;
  pos = start + len;
  while (pos < limit && diem_tokens_has (tokens, pos, DIEM_TOKEN_DIGIT))
    pos++;
  /* "Công an tỉnh", "UBND huyện Tuy Phước": the kind of place the unit serves */
  for (guint round = 0; round < 2 && pos < limit && diem_grammar_is_place_word (tokens, pos)
                        && !diem_tokens_has (tokens, pos, DIEM_TOKEN_CAPITALISED); round++)
    pos++;
  if (pos < limit && diem_tokens_has (tokens, pos, DIEM_TOKEN_CAPITALISED))
    pos = diem_grammar_body_end (tokens, pos, limit);
  return pos;
}

/* Is tokens[start, end) a unit and nothing else ("Bộ Quốc phòng", "Văn phòng Chính
 * phủ"), such as completes the title before it after a comma? */
gboolean
diem_officials_is_unit (const DiemOfficialsReader *ctx,
                        guint                      start,
                        guint                      end)
{
  if (start >= end || !diem_tokens_has (ctx->tokens, start, DIEM_TOKEN_CAPITALISED))
    return FALSE;
  if (diem_officials_unit_end_at (ctx, start, end) != end)
    return is_field_list (ctx->tokens, start, end);
  return !diem_officials_contains_name (ctx->tokens, start, end);
}

/* "Đại sứ Việt Nam tại Lào": is token i the "tại" of a post abroad whose office head
 * starts at head, followed by a country? Returns the end of the country, or 0. */
guint
diem_officials_post_abroad_end (const DiemTokens *tokens,
                                guint             head,
                                guint             i,
                                guint             limit)
{
  guint len = 0;

  if (!diem_tokens_is (tokens, i, "tại") || !diem_tokens_has (tokens, i + 1, DIEM_TOKEN_CAPITALISED))
    return 0;
  if (g_strcmp0 (diem_grammar_office_kind (tokens, head, limit, &len), "posted") != 0
      || diem_lexicon_match (diem_lexicon (DIEM_LEXICON_PLACES), tokens, i + 1, limit, &len) < 0)
    return 0;
  return i + 1 + len;
}

/* "(67 tuổi)", "(SN 1968)": an aside in brackets that opens at pos and closes within
 * span tokens of it. Returns the token after the aside, or pos when there is none. */
guint
diem_officials_aside_end (const DiemTokens *tokens,
                          guint             pos,
                          guint             limit,
                          guint             span)
{
  if (!diem_grammar_is_punct (tokens, pos, "("))
    return pos;
  for (guint i = pos + 1; i < MIN (limit, pos + span); i++)
    if (diem_grammar_is_punct (tokens, i, ")"))
      return i + 1;
  return pos;
}
