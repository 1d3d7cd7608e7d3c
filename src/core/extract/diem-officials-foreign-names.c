/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-officials-foreign-names.c — names the family-name list cannot know: after an
 * office and its country ("Tổng thống Pháp Emmanuel Macron"), after a post abroad
 * ("Đại sứ Hoa Kỳ tại Việt Nam NAME"), or after a form of address when an office
 * follows in apposition ("đồng chí Khăm-phởi Bút-đa-viêng - Ủy viên …")
 */
#include "diem-officials-foreign-names.h"

#include <string.h>

#include "diem-grammar.h"
#include "diem-lexicon.h"
#include "diem-officials-names.h"
#include "diem-officials-phrases.h"
#include "diem-officials-titles-after.h"
#include "diem-officials-titles.h"

/* "Đại sứ Hoa Kỳ tại Việt Nam NAME", "Đại sứ đặc mệnh toàn quyền Hợp chúng quốc Hoa Kỳ
 * tại Việt Nam NAME": the start of the office whose post abroad ends with "tại" at
 * run_start - 1, or G_MAXUINT. */
static guint
office_before_post (const DiemTokens *tokens,
                    guint             run_start)
{
  if (run_start < 3 || !diem_tokens_is (tokens, run_start - 1, "tại"))
    return G_MAXUINT;
  for (guint k = run_start - 2; k + 16 > run_start; k--)
    {
      if (diem_tokens_has (tokens, k, DIEM_TOKEN_PUNCT) || diem_tokens_has (tokens, k + 1, DIEM_TOKEN_BLOCK_START))
        return G_MAXUINT;
      if (diem_grammar_office_at (tokens, k, run_start, FALSE) > 0)
        return diem_grammar_title_end (tokens, k, run_start + 1) == run_start - 1
                   && diem_officials_post_abroad_end (tokens, k, run_start - 1, tokens->tokens->len) > 0 ? k : G_MAXUINT;
      if (k == 0)
        break;
    }
  return G_MAXUINT;
}

/* "Tổng thống Pháp Emmanuel Macron", "Thủ tướng Nhật Bản Kishida Fumio": an office, a
 * country, then a name the family-name list cannot know. The run of capitalised words
 * [run_start, run_end) must begin with the country and end with the name. */
void
diem_officials_read_foreign_name (DiemOfficialsReader *ctx,
                                  guint                run_start,
                                  guint                run_end,
                                  guint                sentence_end)
{
  const DiemTokens *tokens = ctx->tokens;
  guint head = G_MAXUINT, country = 0;

  for (guint k = run_start > 4 ? run_start - 4 : 0; k < run_start; k++)
    if (diem_grammar_office_at (tokens, k, run_start, FALSE) == run_start - k)
      {
        head = k;
        break;
      }
  if (head == G_MAXUINT)
    head = office_before_post (tokens, run_start);
  if (head == G_MAXUINT)
    return;
  if (diem_lexicon_match (diem_lexicon (DIEM_LEXICON_PLACES), tokens, run_start, run_end, &country) < 0
      && !(diem_grammar_is_leader_office (tokens, head, run_start) && diem_grammar_foreign_spelling (tokens, run_start, run_end)))
    return;
  /* the name: two to four words, none of them a place or an office; a hyphen between
   * two parts of one name is no word */
  {
    guint words = 0;

    for (guint k = run_start + country; k < run_end; k++)
      words += !diem_grammar_is_dash (tokens, k);
    if (words < 2 || words > 4)
      return;
  }
  for (guint k = run_start + country; k < run_end; k++)
    if (diem_grammar_office_at (tokens, k, sentence_end, TRUE) > 0
        || diem_lexicon_match (diem_lexicon (DIEM_LEXICON_PLACES), tokens, k, run_end, NULL) >= 0)
      return;
  {
    g_autofree char *title = diem_tokens_dup_text (tokens, head, run_start + country - 1);
    DiemNameMention mention = { run_start + country, run_end, run_start + country, run_end };

    g_array_append_val (ctx->names, mention);
    diem_official_merge_title (diem_officials_ensure (ctx, mention.start, mention.end), title);
  }
}

/* "đồng chí Khăm-phởi Bút-đa-viêng - Ủy viên …", "ông Marc Knapper, Đại sứ …": after a
 * form of address, two to four capitalised words that the family-name list cannot know
 * are a name when an office stands in apposition right after them. Returns the end of
 * the name read after the address at address, or address. */
guint
diem_officials_read_addressed_foreign_name (DiemOfficialsReader *ctx,
                                            guint                address,
                                            guint                sentence_start,
                                            guint                sentence_end)
{
  const DiemTokens *tokens = ctx->tokens;
  const DiemLexicon *places = diem_lexicon (DIEM_LEXICON_PLACES);
  guint i = address + diem_grammar_address_at (tokens, address, sentence_end, NULL);
  guint run_end = i, apposition;

  if (i == address || !diem_grammar_is_foreign_name_word (tokens, i)
      || diem_grammar_name_at (tokens, i, sentence_end) > 0)
    return address;
  while (run_end < sentence_end && run_end < i + 5 && diem_grammar_is_foreign_name_word (tokens, run_end))
    {
      if (diem_grammar_office_at (tokens, run_end, sentence_end, TRUE) > 0
          || diem_lexicon_match (places, tokens, run_end, sentence_end, NULL) >= 0
          || diem_lexicon_match (diem_lexicon (DIEM_LEXICON_ORG_WORDS), tokens, run_end, sentence_end, NULL) >= 0)
        return address;
      run_end++;
    }
  if (run_end - i < 2 || run_end - i > 4 || diem_grammar_is_foreign_name_word (tokens, run_end))
    return address;
  /* the office may follow an aside in brackets, such as the name written another way */
  apposition = diem_officials_aside_end (tokens, run_end, sentence_end, 8);
  if (!diem_officials_has_apposition (tokens, apposition, sentence_end))
    return address;
  {
    DiemNameMention mention = { i, run_end, i, run_end };

    diem_officials_read_name (ctx, &mention, sentence_start, sentence_end);
  }
  return run_end;
}
