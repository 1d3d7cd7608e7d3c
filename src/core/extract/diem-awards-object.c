/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-awards-object.c — a recipient between the verb and the honour
 *
 * "trao tặng Học viện Kỹ thuật Mật mã Huân chương …": Vietnamese may put who receives
 * right after the verb and the honour last. The recipient is a name, a body or a count;
 * a person may carry offices after commas ("tặng đồng chí A, Ủy viên Trung ương Đảng,
 * nguyên Thứ trưởng …, kiêm Chủ nhiệm … Huân chương …"), and so may a count of people
 * ("truy tặng 11 cán bộ tiền khởi nghĩa, nguyên Thứ trưởng … Huân chương …"). The
 * offices are the recipients' own, not recipients.
 */
#include "diem-awards-reader.h"

#include "diem-grammar.h"
#include "diem-lexicon.h"
#include "diem-recipients.h"

/* How far back from the honour a verb with an appositive recipient may be */
#define APPOSITION_REACH (4 * DIEM_AWARDS_LOOK_BACK)

/* A count of people or units at i ("11 cán bộ tiền khởi nghĩa", "38 đồng chí"): the end
 * of its words before limit, or i when none. The counted noun is a collective or a
 * form of address, in lower case. */
static guint
count_phrase_end (const DiemTokens *tokens,
                  guint             i,
                  guint             limit)
{
  guint k = i + 1;

  if (!diem_tokens_has (tokens, i, DIEM_TOKEN_DIGIT) || diem_tokens_has (tokens, i, DIEM_TOKEN_PUNCT)
      || i + 1 >= limit || diem_tokens_has (tokens, i + 1, DIEM_TOKEN_CAPITALISED)
      || !diem_tokens_has (tokens, i + 1, DIEM_TOKEN_WORD))
    return i;
  /* people or units are counted, not prizes or gifts: "106 giải thưởng" is no one */
  if (diem_award_word (tokens, i + 1, limit, "collective") == 0 && diem_grammar_address_at (tokens, i + 1, limit, NULL) == 0)
    return i;
  while (k < limit && diem_tokens_has (tokens, k, DIEM_TOKEN_WORD) && !diem_tokens_has (tokens, k, DIEM_TOKEN_DIGIT))
    k++;
  return k;
}

/* "Ủy viên Trung ương Đảng", "nguyên Thứ trưởng …", "kiêm Chủ nhiệm …": each part of
 * [pos, limit) opens with a comma and an office. */
static gboolean
offices_only (const DiemTokens *tokens,
              guint             pos,
              guint             limit)
{
  gboolean open = FALSE;

  if (pos >= limit)
    return FALSE;
  for (guint k = pos; k < limit; k++)
    {
      if (diem_grammar_is_punct (tokens, k, ","))
        {
          guint office = k + 1 + diem_tokens_is (tokens, k + 1, "kiêm");

          if (office >= limit || diem_grammar_office_at (tokens, office, limit, TRUE) == 0)
            return FALSE;
          open = TRUE;
          k = office;
          continue;
        }
      if (!open || diem_awards_give_verb_at (tokens, k, limit) > 0
          || diem_lexicon_match (diem_lexicon (DIEM_LEXICON_HONOURS), tokens, k, limit, NULL) >= 0)
        return FALSE;
      if (diem_tokens_has (tokens, k, DIEM_TOKEN_PUNCT) && !diem_grammar_is_abbreviation_period (tokens, k))
        return FALSE;
    }
  return open;
}

/* "38 đồng chí nguyên là cán bộ cấp Vụ của Bộ Ngoại giao": what the counted are, in
 * words that run from the count's end to limit, with no punctuation, verb, honour or
 * joining word ("kèm", "cho") among them. */
static gboolean
described_count (const DiemTokens *tokens,
                 guint             pos,
                 guint             limit)
{
  if (pos >= limit)
    return FALSE;
  for (guint k = pos; k < limit; k++)
    if ((diem_tokens_has (tokens, k, DIEM_TOKEN_PUNCT) && !diem_grammar_is_abbreviation_period (tokens, k))
        || diem_awards_give_verb_at (tokens, k, limit) > 0
        || diem_lexicon_match (diem_lexicon (DIEM_LEXICON_HONOURS), tokens, k, limit, NULL) >= 0
        || diem_award_word (tokens, k, k + 1, "join") > 0)
      return FALSE;
  return TRUE;
}

/* The give verb that ends at or before first with an appositive recipient between them:
 * reads the recipient and the presenter, TRUE when it did. */
static gboolean
read_appositive (DiemAwardsReader *ctx,
                 const DiemHonour *honour,
                 guint             first,
                 guint             start)
{
  const DiemTokens *tokens = ctx->tokens;
  guint low = first > start + APPOSITION_REACH ? first - APPOSITION_REACH : start;

  for (guint k = first; k > low; k--)
    {
      gboolean receive = FALSE;
      guint v = diem_awards_verb_before (tokens, k, start, &receive);
      guint name_len = 0, person, head_end;
      DiemAward *award;
      gboolean cut = FALSE;

      if (diem_grammar_is_punct (tokens, k - 1, ";:!?") || (diem_grammar_is_punct (tokens, k - 1, ".")
                                                            && !diem_grammar_is_abbreviation_period (tokens, k - 1)))
        return FALSE;
      if (v == G_MAXUINT)
        continue;
      if (receive || k >= first || diem_awards_is_proposal (tokens, v, start))
        return FALSE;
      person = diem_recipient_person_at (tokens, k, first, &name_len);
      head_end = person != G_MAXUINT ? person + name_len : count_phrase_end (tokens, k, first);
      if (head_end == k)
        return FALSE;
      award = NULL;
      if (person == G_MAXUINT && head_end == first)
        {
          g_autofree char *count = NULL;

          if (!described_count (tokens, k + 1, first))
            return FALSE;
          /* the description is the count's own: kept whole, as written */
          count = diem_tokens_dup_text (tokens, k, first - 1);
          award = diem_awards_ensure_award (ctx, honour);
          diem_awards_add_recipient (ctx, honour, award, count);
        }
      else if (!diem_grammar_is_punct (tokens, head_end, ",") || !offices_only (tokens, head_end, first))
        return FALSE;
      if (award == NULL)
        {
          award = diem_awards_ensure_award (ctx, honour);
          diem_awards_add_phrase (ctx, honour, award, k, head_end, FALSE, &cut);
        }
      diem_awards_read_presenter (ctx, award, v, start);
      return TRUE;
    }
  return FALSE;
}

/* "trao tặng X HONOUR": reads X (from first back towards start) and the presenter;
 * TRUE when the verb gives the honour to someone named between them. */
gboolean
diem_awards_read_object_before (DiemAwardsReader *ctx,
                                const DiemHonour *honour,
                                guint             first,
                                guint             start)
{
  const DiemTokens *tokens = ctx->tokens;
  guint low = first > start + 3 * DIEM_AWARDS_LOOK_BACK ? first - 3 * DIEM_AWARDS_LOOK_BACK : start;
  gboolean apposition = FALSE;

  /* "trao 10 suất quà và Bằng khen cho …": the honour is given alongside what comes
   * before it, not to it */
  if (first > start && (diem_tokens_is (tokens, first - 1, "và") || diem_tokens_is (tokens, first - 1, "cùng")))
    return FALSE;
  /* across a comma only when an office follows it, and then the recipient is a person */
  for (guint k = first; k > low; k--)
    {
      gboolean receive = FALSE;
      guint v = diem_awards_verb_before (tokens, k, start, &receive);

      if (diem_grammar_is_punct (tokens, k - 1, ",") && diem_grammar_office_at (tokens, k, first, TRUE) > 0)
        {
          apposition = TRUE;
          continue;
        }
      /* "trao cho thân nhân Trung tá A Bằng khen …": "cho" between the verb and who */
      if (v == G_MAXUINT && k > start + 1 && diem_tokens_is (tokens, k - 1, "cho"))
        v = diem_awards_verb_before (tokens, k - 1, start, &receive);
      if (diem_tokens_has (tokens, k - 1, DIEM_TOKEN_PUNCT) || diem_grammar_stop_word (tokens, k - 1, first) > 0)
        {
          guint name_len = 0, addressed = k, lead = k + diem_grammar_address_at (tokens, k, first, NULL);
          guint lead_len = diem_award_word (tokens, lead, first, "lead");
          gboolean person;

          /* "thân nhân liệt sĩ A", "gia đình ông B": the one honoured after them */
          if (lead_len > 0)
            {
              lead += lead_len + diem_tokens_is (tokens, lead + lead_len, "của");
              addressed = lead;
              lead += diem_grammar_address_at (tokens, lead, first, NULL);
            }
          /* "ông Putin": a foreign name is known for one by its form of address */
          person = diem_recipient_person_at (tokens, lead, first, &name_len) != G_MAXUINT
                   || diem_recipient_person_at (tokens, addressed, first, &name_len) != G_MAXUINT;

          if (v != G_MAXUINT && !receive && k < first && !diem_awards_is_proposal (tokens, v, start)
              && diem_lexicon_match (diem_lexicon (DIEM_LEXICON_HONOURS), tokens, k, first, NULL) < 0
              && (person || (!apposition && (diem_tokens_has (tokens, k, DIEM_TOKEN_CAPITALISED)
                                             || diem_tokens_has (tokens, k, DIEM_TOKEN_DIGIT)))))
            {
              gboolean cut = FALSE;
              DiemAward *award = diem_awards_ensure_award (ctx, honour);

              diem_awards_add_phrase (ctx, honour, award, k, first, FALSE, &cut);
              diem_awards_read_presenter (ctx, award, v, start);
              return TRUE;
            }
          break;
        }
      if (first - k >= DIEM_AWARDS_LOOK_BACK && !apposition)
        break;
    }
  /* the offices may hold any words ("Ủy ban … về người Việt Nam ở nước ngoài"), so a
   * recipient with offices is read forward from its verb */
  return read_appositive (ctx, honour, first, start);
}
