/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-awards.c — honours, their classes, recipients and presenters
 *
 * An honour comes from the lexicon ("Huân chương Lao động"), with its class ("hạng
 * nhất" → "hạng Nhất", "các hạng"), its years ("Huy hiệu 50 năm tuổi Đảng"), its motto
 * ("Kỷ niệm chương “…”") and, for flags and certificates, who gives it ("Bằng khen của
 * Thủ tướng Chính phủ"), or from a quoted title after "danh hiệu". One grammar of the
 * sentence says who gives what to whom: "trao/tặng … cho/đến/tặng LIST", "trao tặng X
 * HONOUR", "X được … tặng HONOUR", "X (vinh dự) đón nhận HONOUR", a list of recipients
 * before the verb, a count of honours ("9 Huân chương …"). Honours chained by "," or
 * "và" share the verb and the list. Each recipient phrase is read by diem-recipients.
 * Proposals ("đề nghị tặng") and honours mentioned in passing are no awards. One
 * DiemAward per honour and class, wherever it is mentioned. This file reads sentences
 * and their clauses; the parts it calls are listed in diem-awards-reader.h.
 */
#include "diem-awards.h"
#include "diem-awards-reader.h"

#include <string.h>

#include "diem-grammar.h"
#include "diem-officials.h"
#include "diem-recipients.h"

#define MAX_SHARED_PAIRS   65536

/* A give verb at i ("phong tặng", "tặng"); its length, or 0. */
guint
diem_awards_give_verb_at (const DiemTokens *tokens,
                          guint             i,
                          guint             limit)
{
  const DiemLexicon *verbs = diem_lexicon (DIEM_LEXICON_GIVE_VERBS);
  guint len = 0;
  int entry = diem_lexicon_match (verbs, tokens, i, limit, &len);

  if (entry < 0 || !g_str_equal (diem_lexicon_field (verbs, entry, 1), "give") || !diem_grammar_verb_at (tokens, i))
    return 0;
  return len;
}

/* "9 Huân chương Độc lập hạng Ba": the number given, when a count stands right before
 * the honour; G_MAXUINT otherwise. */
static guint
count_before (const DiemTokens *tokens,
              guint             i,
              guint             floor)
{
  const char *key;

  if (i <= floor || !diem_tokens_has (tokens, i - 1, DIEM_TOKEN_DIGIT))
    return G_MAXUINT;
  key = diem_tokens_key (tokens, i - 1);
  /* "9", "120", "4.000": up to three digits, then groups of three after a dot */
  {
    gsize lead = strspn (key, "0123456789"), len = strlen (key);

    if (lead == 0 || lead > 3)
      return G_MAXUINT;
    for (gsize k = lead; k < len; k += 4)
      if (key[k] != '.' || k + 4 > len || strspn (key + k + 1, "0123456789") < 3)
        return G_MAXUINT;
  }
  /* "năm 2020", "ngày 15" are dates, not counts */
  if (i - 1 > floor && (diem_tokens_is (tokens, i - 2, "năm") || diem_tokens_is (tokens, i - 2, "ngày")
                        || diem_tokens_is (tokens, i - 2, "tháng") || diem_tokens_is (tokens, i - 2, "số")))
    return G_MAXUINT;
  return i - 1;
}

/* "Bà A nhận bằng khen của cha mình", "Chị B nhận Huân chương thay cho chồng là liệt sĩ
 * C", "Ông D nhận bằng khen thay con trai": an honour received for a relative is the
 * relative's; the relative's name when the clause gives it, nobody otherwise. TRUE when
 * the honour is a relative's. */
static gboolean
received_for_kin (DiemAwardsReader *ctx,
                  const DiemHonour *honour,
                  DiemAward        *award,
                  guint             end)
{
  const DiemTokens *tokens = ctx->tokens;

  for (guint k = honour->end; k < MIN (end, honour->end + DIEM_AWARDS_LOOK_BACK); k++)
    {
      guint kin;

      if (diem_tokens_has (tokens, k, DIEM_TOKEN_PUNCT))
        return FALSE;
      if (!(diem_tokens_is (tokens, k, "của") || diem_tokens_is (tokens, k, "cho")
            || (diem_tokens_is (tokens, k, "thay") && !diem_tokens_is (tokens, k + 1, "cho"))))
        continue;
      if ((kin = diem_award_word (tokens, k + 1, end, "kin")) == 0)
        return FALSE;
      for (guint j = k + 1 + kin; j < MIN (end, k + 1 + kin + 6); j++)
        {
          guint name_len = 0, person = diem_recipient_person_at (tokens, j, end, &name_len);

          if (diem_tokens_has (tokens, j, DIEM_TOKEN_PUNCT))
            break;
          if (person != G_MAXUINT)
            {
              g_autofree char *name = diem_recipient_name_text (tokens, person, name_len);

              diem_awards_add_recipient (ctx, honour, award, name);
              break;
            }
        }
      return TRUE;
    }
  return FALSE;
}

/* "Đơn vị A đã được tặng Huân chương … và được tuyên dương Anh hùng …": a passive
 * joined by "và" to the honour `before` shares the subject of that honour's own
 * passive, in the same clause. That first passive, or G_MAXUINT. */
static guint
coordinated_passive (const DiemTokens *tokens,
                     const DiemHonour *before,
                     guint             passive,
                     guint             start)
{
  if (!diem_tokens_is (tokens, before->end, "và") || passive != before->end + 1)
    return G_MAXUINT;
  for (guint k = before->start; k > start && before->start - k <= DIEM_AWARDS_LOOK_BACK; k--)
    {
      if (diem_tokens_has (tokens, k - 1, DIEM_TOKEN_PUNCT))
        return G_MAXUINT;
      if (diem_tokens_is (tokens, k - 1, "được") && !diem_tokens_has (tokens, k - 1, DIEM_TOKEN_CAPITALISED))
        return k - 1;
    }
  return G_MAXUINT;
}

/* "tạp chí Forbes", "báo Tuổi Trẻ": a body's head noun in lower case, then its name */
static gboolean
lower_case_head_before_name (const DiemTokens *tokens,
                             guint             i,
                             guint             end)
{
  guint head = diem_award_word (tokens, i, end, "head");

  return head > 0 && !diem_tokens_has (tokens, i, DIEM_TOKEN_CAPITALISED) && i + head < end
         && diem_tokens_has (tokens, i + head, DIEM_TOKEN_CAPITALISED) && diem_tokens_has (tokens, i + head, DIEM_TOKEN_WORD);
}

/* The side of the verb at `verb` that is not the honour's list: the subject that
 * receives it ("X được … tặng", "X đón nhận"), read as recipients, or the presenters
 * before a giving verb. TRUE when the subject receives. */
static gboolean
read_verb_side (DiemAwardsReader *ctx,
                GArray           *found,
                guint             h,
                DiemAward        *award,
                guint             verb,
                gboolean          receive,
                gboolean          listed,
                guint             start,
                guint             end)
{
  const DiemTokens *tokens = ctx->tokens;
  DiemHonour *honour = &g_array_index (found, DiemHonour, h);
  /* "X được [Bộ Công an, UBND tỉnh] tặng": the agent between "được" and the verb
   * is a list of bodies, or nothing */
  guint low = verb > start + 3 * DIEM_AWARDS_LOOK_BACK ? verb - 3 * DIEM_AWARDS_LOOK_BACK : start;
  guint passive = G_MAXUINT;
  /* "6 đơn vị nhận Cờ thi đua và 40 tập thể nhận Bằng khen": an honour named
   * before the verb ends its subject */
  guint subject_floor = start, before = G_MAXUINT, first_passive = G_MAXUINT;
  gboolean fronted = FALSE;

  for (guint k = verb; k > low; k--)
    {
      if (diem_grammar_is_punct (tokens, k - 1, ";:.!?"))
        break;
      /* "Được Chủ tịch nước tặng Huân chương …, bác sĩ A …": a sentence that opens on
       * the passive; its subject comes after the honour */
      if (k - 1 == start && diem_tokens_is (tokens, k - 1, "được") && k < verb
          && diem_tokens_has (tokens, k, DIEM_TOKEN_CAPITALISED) && diem_grammar_name_at (tokens, k, verb) == 0)
        {
          fronted = TRUE;
          break;
        }
      /* lower case: "Nguyễn Văn Được" is a name */
      if (diem_tokens_is (tokens, k - 1, "được") && !diem_tokens_has (tokens, k - 1, DIEM_TOKEN_CAPITALISED))
        {
          passive = k - 1;
          break;
        }
      /* "được Đại sứ Pháp tại Mỹ trao": where the agent serves is part of it */
      if (diem_grammar_stop_word (tokens, k - 1, verb) > 0
          && !((diem_tokens_is (tokens, k - 1, "tại") || diem_tokens_is (tokens, k - 1, "ở")) && k < verb
               && diem_tokens_has (tokens, k, DIEM_TOKEN_CAPITALISED)))
        break;
    }
  /* the agent is capitalised, or an office or a body written in lower case ("được
   * tổng thống Mỹ A trao tặng", "được nhà nước truy tặng", "được tỉnh tặng"), or a
   * body's head noun in lower case before its name ("được tạp chí Forbes trao") */
  if (passive != G_MAXUINT && passive + 1 < verb && !diem_tokens_has (tokens, passive + 1, DIEM_TOKEN_CAPITALISED)
      && diem_grammar_office_at (tokens, passive + 1, verb, TRUE) == 0
      && !lower_case_head_before_name (tokens, passive + 1, verb)
      && !diem_grammar_org_term_at (tokens, passive + 1, verb) && !diem_grammar_is_place_word (tokens, passive + 1)
      && diem_grammar_address_at (tokens, passive + 1, verb, NULL) == 0)
    passive = G_MAXUINT;
  /* the honours are in reading order: the last one ending before the verb, found by
   * halving, so a chain of thousands is not walked once per honour */
  {
    guint lo = 0, hi = h;

    while (lo < hi)
      {
        guint mid = lo + (hi - lo) / 2;

        if (g_array_index (found, DiemHonour, mid).end <= verb)
          lo = mid + 1;
        else
          hi = mid;
      }
    if (lo > 0)
      {
        before = lo - 1;
        subject_floor = MAX (subject_floor, g_array_index (found, DiemHonour, before).end);
      }
  }
  if (subject_floor > start && diem_tokens_is (tokens, subject_floor, "và"))
    subject_floor++;
  if (fronted && !listed && diem_grammar_is_punct (tokens, honour->end, ","))
    diem_awards_read_fronted_subject (ctx, honour, award, honour->end + 1, end);
  else if (passive != G_MAXUINT && subject_floor > start
           && diem_awards_read_shared_subject (ctx, honour, award, passive, subject_floor, start))
    ;
  else if (passive != G_MAXUINT && before != G_MAXUINT
           && (first_passive = coordinated_passive (tokens, &g_array_index (found, DiemHonour, before), passive, start)) != G_MAXUINT)
    diem_awards_read_subject (ctx, honour, award, first_passive, start);
  else if (passive != G_MAXUINT)
    diem_awards_read_subject (ctx, honour, award, passive, subject_floor);
  else if (receive && !listed && diem_awards_opens_sentence (tokens, verb, start) && diem_grammar_is_punct (tokens, honour->end, ","))
    diem_awards_read_fronted_subject (ctx, honour, award, honour->end + 1, end);
  else if (receive && !listed && received_for_kin (ctx, honour, award, end))
    ;
  else if (receive && !listed)
    diem_awards_read_subject (ctx, honour, award, verb, subject_floor);
  else if (!receive)
    {
      diem_awards_read_presenter (ctx, award, verb, start);
      return FALSE;
    }
  return fronted || passive != G_MAXUINT || receive;
}

/* Is honour h joined to the one before by "và", "," or ";" ("1 Huân chương … và 1 Huân
 * chương …", "Huân chương … năm 2015; Bằng khen …"), its count (or its first word) right
 * after the first's end? */
static gboolean
chained_to_previous (const DiemTokens *tokens,
                     GArray           *found,
                     guint             h,
                     guint             end)
{
  guint lead;

  if (h == 0)
    return FALSE;
  lead = g_array_index (found, DiemHonour, h).start;
  lead = count_before (tokens, lead, g_array_index (found, DiemHonour, h - 1).end) != G_MAXUINT ? lead - 1 : lead;
  return diem_awards_skip_aside (tokens, g_array_index (found, DiemHonour, h - 1).end, end) + 1 == lead
         && (diem_tokens_is (tokens, lead - 1, "và") || diem_grammar_is_punct (tokens, lead - 1, ",;"));
}

/* "cho 10 tập thể và 9 cá nhân": does a list item in [from, end) open on a count? */
static gboolean
list_has_count (const DiemTokens *tokens,
                guint             from,
                guint             end)
{
  for (guint k = from; k < end && k < from + 4 * DIEM_AWARDS_LOOK_BACK; k++)
    if ((k == from || diem_tokens_is (tokens, k - 1, "và") || diem_grammar_is_punct (tokens, k - 1, ",;:"))
        && diem_recipient_count_at (tokens, k, end))
      return TRUE;
  return FALSE;
}

/* The recipients of a counted honour in the list [from, to) after "cho", and the
 * presenters before give_verb (G_MAXUINT when none gives); TRUE when the list named
 * any. */
static gboolean
read_list_of_count (DiemAwardsReader *ctx,
                    const DiemHonour *honour,
                    DiemAward        *award,
                    guint             from,
                    guint             to,
                    guint             give_verb,
                    guint             start)
{
  guint before = award->recipients->len;

  diem_awards_read_list (ctx, honour, award, from, to);
  if (award->recipients->len == before)
    return FALSE;
  if (give_verb != G_MAXUINT)
    diem_awards_read_presenter (ctx, award, give_verb, start);
  return TRUE;
}

/* Does the phrase from `from` name someone: a capitalised word before its first
 * punctuation, with no plural or collective word first ("các đồng chí …")? */
static gboolean
names_someone (const DiemTokens *tokens,
               guint             from,
               guint             limit)
{
  guint name_len = 0;

  /* "chiến sĩ Lê Văn Hải": a collective noun that is also a trade, before a name */
  if (diem_recipient_person_at (tokens, from, limit, &name_len) != G_MAXUINT)
    return TRUE;
  if (diem_award_word (tokens, from, limit, "vague") > 0 || diem_award_word (tokens, from, limit, "collective") > 0
      || diem_award_word (tokens, from, limit, "lead") > 0)
    return FALSE;
  for (guint k = from; k < limit && k < from + DIEM_AWARDS_LOOK_BACK; k++)
    {
      if (diem_tokens_has (tokens, k, DIEM_TOKEN_PUNCT))
        return FALSE;
      if (diem_tokens_has (tokens, k, DIEM_TOKEN_CAPITALISED) && diem_tokens_has (tokens, k, DIEM_TOKEN_WORD))
        return TRUE;
    }
  return FALSE;
}

/* "doanh nghiệp có đóng góp …": a collective noun and what its kind did, with no name,
 * from `from`? */
static gboolean
kind_of_receiver (const DiemTokens *tokens,
                  guint             from,
                  guint             limit)
{
  guint len = diem_award_word (tokens, from, limit, "collective");

  return len > 0 && !diem_tokens_has (tokens, from + len, DIEM_TOKEN_CAPITALISED)
         && diem_recipient_described_group_end (tokens, from, from + len, limit) != G_MAXUINT;
}

/* "36 giấy khen cho tập thể, cá nhân có thành tích …": does the list from `from` only
 * describe a group, with no count and no name? It says less than the honour's number. */
static gboolean
group_only (const DiemTokens *tokens,
            guint             from,
            guint             limit)
{
  return !list_has_count (tokens, from, limit) && !names_someone (tokens, from, limit)
         && (diem_award_word (tokens, from, limit, "vague") > 0 || diem_award_word (tokens, from, limit, "collective") > 0
             || diem_award_word (tokens, from, limit, "lead") > 0);
}

/* "kèm theo tiền thưởng 50 triệu đồng cho …", "trao thưởng 100 triệu đồng cho …": the
 * "cho" after what is given alongside the honour, from `from` on, before any punctuation
 * but a number's; G_MAXUINT when none comes. */
static guint
cho_after_gift (const DiemTokens *tokens,
                guint             from,
                guint             limit)
{
  /* an apposition may hold a body's full name: "…, huân chương cao quý nhất của Nhà nước
   * Cộng hòa Xã hội Chủ nghĩa Việt Nam, cho X" */
  for (guint k = from; k < MIN (limit, from + 2 * DIEM_AWARDS_LOOK_BACK); k++)
    {
      guint close = diem_grammar_aside_close (tokens, k, limit, 12);

      if (diem_tokens_is (tokens, k, "cho"))
        return k;
      /* "…, phần thưởng cao quý nhất của nước này, cho X": an apposition closed by a comma */
      if (k > from && diem_grammar_is_punct (tokens, k, ",") && diem_tokens_is (tokens, k + 1, "cho"))
        return k + 1;
      /* "75 triệu đồng (1% giá trị pho tượng) cho …": an aside on the sum */
      if (close != G_MAXUINT)
        {
          k = close;
          continue;
        }
      if (diem_tokens_has (tokens, k, DIEM_TOKEN_PUNCT) && !diem_tokens_has (tokens, k, DIEM_TOKEN_DIGIT))
        break;
    }
  return G_MAXUINT;
}

/* "…, huân chương cao quý nhất của Nhà nước, cho X": does an apposition in lower case
 * that praises the honour start at from, closed by a comma before "cho"? */
static gboolean
praises_the_honour (const DiemTokens *tokens,
                    guint             from,
                    guint             limit)
{
  gboolean praised = FALSE;

  if (from >= limit || diem_tokens_has (tokens, from, DIEM_TOKEN_CAPITALISED) || !diem_tokens_has (tokens, from, DIEM_TOKEN_WORD))
    return FALSE;
  for (guint k = from; k + 1 < MIN (limit, from + 2 * DIEM_AWARDS_LOOK_BACK); k++)
    {
      if (diem_award_word (tokens, k, limit, "epithet") > 0)
        praised = TRUE;
      if (diem_tokens_has (tokens, k, DIEM_TOKEN_PUNCT))
        return praised && diem_grammar_is_punct (tokens, k, ",") && diem_tokens_is (tokens, k + 1, "cho");
    }
  return FALSE;
}

/* ", ghi nhận (những) thành tích … của X" after `from`, before any other punctuation
 * than that comma: where X starts, or G_MAXUINT. */
static guint
merit_of_whom (const DiemTokens *tokens,
               guint             from,
               guint             end)
{
  guint k = from;

  while (k < end && !diem_tokens_has (tokens, k, DIEM_TOKEN_PUNCT))
    k++;
  if (!(k + 2 < end && diem_grammar_is_punct (tokens, k, ",") && diem_tokens_is (tokens, k + 1, "ghi")
        && diem_tokens_is (tokens, k + 2, "nhận")))
    return G_MAXUINT;
  for (k += 3; k < end && k < from + 3 * DIEM_AWARDS_LOOK_BACK; k++)
    {
      if (diem_tokens_has (tokens, k, DIEM_TOKEN_PUNCT))
        return G_MAXUINT;
      if (diem_tokens_is (tokens, k, "của"))
        return k + 1 < end && diem_tokens_has (tokens, k + 1, DIEM_TOKEN_CAPITALISED) ? k + 1 : G_MAXUINT;
    }
  return G_MAXUINT;
}

/* "lần lượt được trao", "tương ứng cho": the length of "lần lượt" or "tương ứng" at pos
 * when `next` follows it, else 0. */
static guint
respective_before (const DiemTokens *tokens,
                   guint             pos,
                   guint             limit,
                   const char       *next)
{
  guint len = diem_award_word (tokens, pos, limit, "respective");

  return len > 0 && diem_tokens_is (tokens, pos + len, next) ? len : 0;
}

/* "… do Chủ tịch nước truy tặng thiếu úy A", "… trao tặng Đại học Y Dược": a person,
 * after a form of address or a rank, or a body whose name starts with a unit's word,
 * right at i */
static gboolean
person_follows (const DiemTokens *tokens,
                guint             i,
                guint             end)
{
  guint lead = i + diem_grammar_address_at (tokens, i, end, NULL), name_len = 0, unit = 0;

  return diem_recipient_person_at (tokens, lead, end, &name_len) == lead
         || (diem_tokens_has (tokens, i, DIEM_TOKEN_CAPITALISED)
             && diem_lexicon_match (diem_lexicon (DIEM_LEXICON_UNITS), tokens, i, end, &unit) >= 0 && unit > 0
             && diem_tokens_has (tokens, i + unit, DIEM_TOKEN_CAPITALISED));
}

/* "của Vietjet": a brand named alone, one word with no capitalised word after it */
static gboolean
brand_alone (const DiemTokens *tokens,
             guint             i)
{
  return diem_recipient_brand_at (tokens, i) && !(diem_tokens_has (tokens, i + 1, DIEM_TOKEN_CAPITALISED) && diem_tokens_has (tokens, i + 1, DIEM_TOKEN_WORD));
}

/* "… lần này là A": past "lần này" or "đợt này" at pos, when there. */
static guint
this_time (const DiemTokens *tokens,
           guint             pos)
{
  if ((diem_tokens_is (tokens, pos, "lần") || diem_tokens_is (tokens, pos, "đợt")) && diem_tokens_is (tokens, pos + 1, "này"))
    return pos + 2;
  return pos;
}

/* "trao Bằng khen cho A và trao Giấy khen cho B", "…; tặng Giấy khen cho B": where a
 * second giving joined by "và" or ";" ends the list that "cho" opened in [start, end),
 * else end. */
static guint
next_giving (const DiemTokens *tokens,
             guint             start,
             guint             end)
{
  gboolean cho = FALSE;

  for (guint k = start; k + 1 < end; k++)
    {
      if (diem_tokens_is (tokens, k, "cho"))
        cho = TRUE;
      else if (cho && (diem_tokens_is (tokens, k, "và") || diem_grammar_is_punct (tokens, k, ";"))
               && diem_awards_give_verb_at (tokens, k + 1, end) > 0)
        return k;
    }
  return end;
}

/* "nhận hoa và bằng khen", "trao tiền thưởng cùng Bằng khen", "được trao Giải thưởng Hồ
 * Chí Minh, Huân chương …": a gift or prize joined before the honour shares its verb.
 * Where the gift starts, or first when there is none. */
static guint
gift_before (const DiemTokens *tokens,
             guint             first,
             guint             start)
{
  gboolean receive = FALSE;

  /* a prize named after the verb, then a comma: "Giải thưởng Nhà nước, Huân chương …" */
  if (first >= start + 3 && diem_grammar_is_punct (tokens, first - 1, ","))
    for (guint gift = first - 2; gift > start && first - gift <= DIEM_AWARDS_LOOK_BACK; gift--)
      {
        if (diem_tokens_has (tokens, gift, DIEM_TOKEN_PUNCT))
          break;
        if (diem_award_word (tokens, gift, first - 1, "gift") > 0
            && diem_awards_verb_before (tokens, gift, start, &receive) != G_MAXUINT)
          return gift;
      }
  if (first < start + 2 || !(diem_tokens_is (tokens, first - 1, "và") || diem_tokens_is (tokens, first - 1, "cùng")
                             || diem_tokens_is (tokens, first - 1, "kèm")))
    return first;
  /* the longest gift first: "phần quà", not "quà" */
  for (guint gift = first - 1 > start + 3 ? first - 4 : start; gift + 1 < first; gift++)
    if (diem_award_word (tokens, gift, first - 1, "gift") == first - 1 - gift)
      /* "15 phần quà cùng Giấy khen": the count is the gift's */
      return gift > start && diem_recipient_count_at (tokens, gift - 1, first) ? gift - 1 : gift;
  return first;
}

static void
read_honour_clause (DiemAwardsReader *ctx,
                    GArray           *found,
                    guint             h,
                    guint             chain,
                    guint             start,
                    guint             end,
                    guint             sentence)
{
  const DiemTokens *tokens = ctx->tokens;
  DiemHonour *honour = &g_array_index (found, DiemHonour, h);
  guint list_end = h + 1 < found->len ? g_array_index (found, DiemHonour, h + 1).start : end;
  guint pos = honour->end, verb, first = chain, count, head;
  gboolean receive = FALSE, context = FALSE, listed = FALSE, heading, object_named = FALSE;
  DiemAward *award;

  count = count_before (tokens, honour->start, start);
  if (count != G_MAXUINT && first == honour->start)
    first = count;
  if (h + 1 < found->len)
    {
      guint next_count = count_before (tokens, list_end, honour->end);

      if (next_count != G_MAXUINT)
        list_end = next_count;
    }
  list_end = next_giving (tokens, honour->end, list_end);
  if (first >= start + 2 && diem_tokens_is (tokens, first - 1, "khen") && diem_tokens_is (tokens, first - 2, "bằng"))
    first -= 2;
  /* "thu hồi Huân chương …", "bị hủy danh hiệu …": an honour taken away */
  {
    guint before = first;

    if (before >= start + 2 && diem_tokens_is (tokens, before - 2, "danh") && diem_tokens_is (tokens, before - 1, "hiệu"))
      before -= 2;
    if (diem_award_word_before (tokens, before, start, "revoke") != G_MAXUINT)
      return;
  }
  /* "nhiều huân chương các loại", "301 Huân chương các loại": a family of honours
   * mentioned in passing */
  if (diem_tokens_is (tokens, honour->end, "các") && diem_tokens_is (tokens, honour->end + 1, "loại"))
    return;
  /* "nhiều huy chương", "các huân, huy chương cao quý": a plural of a family word */
  if (honour->bare && honour->start > start
      && (diem_award_word_before (tokens, honour->start, start, "vague") != G_MAXUINT
          || (honour->start > start + 2 && diem_grammar_is_punct (tokens, honour->start - 1, ",")
              && diem_award_word_before (tokens, honour->start - 2, start, "vague") != G_MAXUINT)))
    return;
  if (first > start && diem_award_word (tokens, first - 1, first, "vague") > 0)
    first--;
  first = gift_before (tokens, first, start);
  verb = diem_awards_verb_before (tokens, first, start, &receive);
  if (verb != G_MAXUINT ? diem_awards_is_proposal (tokens, verb, start) : diem_awards_gapped_proposal (tokens, first, start))
    return;
  /* "hủy bỏ quyết định phong tặng …": the decision that gave it is revoked */
  if (verb != G_MAXUINT && verb >= start + 3 && diem_tokens_is (tokens, verb - 2, "quyết") && diem_tokens_is (tokens, verb - 1, "định")
      && diem_award_word_before (tokens, verb - 2, start, "revoke") != G_MAXUINT)
    return;

  /* "trao tặng Học viện Kỹ thuật Mật mã Huân chương …": the recipient between the
   * verb and the honour */
  if (verb == G_MAXUINT)
    context = object_named = diem_awards_read_object_before (ctx, honour, first, start);
  else
    context = TRUE;

  /* "lễ đón nhận Huân chương Lao động hạng Ba của Trường A", "… của cục Điện ảnh": the
   * body named receives; "nhận bằng khen của công ty", a body not named, gives it */
  if (receive && verb != G_MAXUINT && verb + 2 >= first && diem_tokens_is (tokens, pos, "của")
      && (((head = diem_award_word (tokens, pos + 1, list_end, "head")) > 0
           && (diem_tokens_has (tokens, pos + 1, DIEM_TOKEN_CAPITALISED) || diem_tokens_has (tokens, pos + 1 + head, DIEM_TOKEN_CAPITALISED)))
          || brand_alone (tokens, pos + 1)))
    {
      /* "của cục Điện ảnh, NSND Trà Giang phát biểu": the name ends at the comma */
      guint stop = diem_recipient_name_end_at_comma (tokens, pos + 1, diem_recipient_phrase_end (tokens, pos + 1, list_end));
      gboolean cut = FALSE;

      award = diem_awards_ensure_award (ctx, honour);
      diem_awards_add_phrase (ctx, honour, award, pos + 1, stop, TRUE, &cut);
      return;
    }
  /* "danh hiệu … của Chủ tịch nước phong tặng X", "Huân chương … do Chủ tịch nước trao
   * tặng cho X": who gives it, then the verb; after "do", only when "cho" names the
   * recipients ("đón nhận Huân chương … do Chủ tịch nước trao tặng" has them before) */
  if ((diem_tokens_is (tokens, pos, "của") || diem_tokens_is (tokens, pos, "do"))
      && diem_tokens_has (tokens, pos + 1, DIEM_TOKEN_CAPITALISED))
    for (guint k = pos + 2; k < MIN (list_end, pos + DIEM_AWARDS_LOOK_BACK); k++)
      {
        guint verb_len = diem_awards_give_verb_at (tokens, k, list_end);

        if (diem_tokens_is (tokens, k, "cho") || verb_len > 0)
          {
            guint after = k + verb_len;

            /* "… của Nhà nước trao tặng tại lễ kỷ niệm": who gave it, and no one after */
            if ((!diem_tokens_is (tokens, pos, "do") || diem_tokens_is (tokens, after, "cho") || person_follows (tokens, after, list_end))
                && !(verb_len > 0 && (after >= list_end || diem_tokens_has (tokens, after, DIEM_TOKEN_PUNCT)
                                      || (diem_grammar_stop_word (tokens, after, list_end) > 0
                                          && !diem_tokens_is (tokens, after, "cho")))))
              pos = k;
            break;
          }
        if (diem_tokens_has (tokens, k, DIEM_TOKEN_PUNCT) || diem_grammar_stop_word (tokens, k, list_end) > 0)
          break;
      }
  /* "Kỷ niệm chương của Cơ quan A về hợp tác quân sự tặng X": what the honour is for,
   * then the verb */
  if (diem_tokens_is (tokens, pos, "về") || diem_tokens_is (tokens, pos, "vì"))
    for (guint k = pos + 1; k < MIN (list_end, pos + DIEM_AWARDS_LOOK_BACK); k++)
      {
        if (diem_tokens_is (tokens, k, "cho") || diem_awards_give_verb_at (tokens, k, list_end) > 0)
          {
            pos = k;
            break;
          }
        if (diem_tokens_has (tokens, k, DIEM_TOKEN_PUNCT) || diem_tokens_is (tokens, k, "và"))
          break;
      }
  /* "gắn Huân chương … lên lá cờ truyền thống của X": pinned on the flag of who
   * receives it */
  if ((diem_tokens_is (tokens, pos, "lên") || diem_tokens_is (tokens, pos, "vào")) && pos + 3 < list_end)
    {
      guint k = pos + 1 + diem_tokens_is (tokens, pos + 1, "lá");

      if (diem_tokens_is (tokens, k, "cờ"))
        {
          k++;
          if (diem_tokens_is (tokens, k, "truyền") && diem_tokens_is (tokens, k + 1, "thống"))
            k += 2;
          if (diem_tokens_is (tokens, k, "của") && k + 1 < list_end)
            {
              guint merit = merit_of_whom (tokens, k + 1, list_end);

              /* "… của tỉnh A, ghi nhận thành tích của Đảng bộ, chính quyền và nhân dân
               * tỉnh A": whose merit the honour records says who, more fully than
               * whose flag it is */
              pos = merit != G_MAXUINT ? merit : k + 1;
              context = TRUE;
              listed = TRUE;
            }
        }
    }
  /* "Một Huân chương Dũng cảm khác được trao …": another of the same */
  if (diem_tokens_is (tokens, pos, "khác"))
    pos++;
  /* "Huân chương … (đã) được trao cho X": the honour as the subject of a passive giving;
   * "hạng Nhì, hạng Ba lần lượt được trao cho A và B" */
  pos += MAX (respective_before (tokens, pos, list_end, "được"), respective_before (tokens, pos, list_end, "đã"));
  if (diem_tokens_is (tokens, pos, "đã") && diem_tokens_is (tokens, pos + 1, "được"))
    pos++;
  if (diem_tokens_is (tokens, pos, "được") && diem_awards_give_verb_at (tokens, pos + 1, list_end) > 0)
    {
      guint after = pos + 1 + diem_awards_give_verb_at (tokens, pos + 1, list_end);

      /* "được trao tương ứng cho A, B và C" */
      after += respective_before (tokens, after, list_end, "cho");
      if (diem_tokens_is (tokens, after, "cho"))
        {
          pos = after;
          context = TRUE;
        }
    }
  if (diem_awards_give_verb_at (tokens, pos, list_end) > 0 && pos + diem_awards_give_verb_at (tokens, pos, list_end) < list_end
      && !diem_tokens_is (tokens, pos, "tặng"))
    {
      pos += diem_awards_give_verb_at (tokens, pos, list_end);
      context = TRUE;
      listed = TRUE;
    }
  /* "Huân chương Lao động hạng Ba: Công ty A; ông B": an honour opening its line as a
   * heading, its recipients after the colon */
  heading = first == start + diem_grammar_is_punct (tokens, start, "-–—+•") && diem_grammar_is_punct (tokens, pos, ":")
            && h + 1 == found->len;
  if (!context && !heading)
    {
      /* "… cho Sở Công Thương" with no verb in sight still names a recipient */
      if (!(diem_tokens_is (tokens, pos, "cho") || diem_tokens_is (tokens, pos, "đến")))
        return;
    }
  if (verb != G_MAXUINT)
    diem_awards_name_issuer_from_agent (ctx, honour, verb, start);
  award = diem_awards_ensure_award (ctx, honour);

  /* "1 Huân chương … và 1 Huân chương … cho Xí nghiệp A": counted honours chained
   * before one list that names, not counts, are each given to all it names */
  if (count != G_MAXUINT && !diem_tokens_is (tokens, pos, "cho"))
    {
      guint last = honour->chain_last, last_end;

      last_end = last + 1 < found->len ? g_array_index (found, DiemHonour, last + 1).start : end;
      pos = g_array_index (found, DiemHonour, last).end;
      if (last > h && diem_tokens_is (tokens, pos, "cho") && pos + 1 < last_end && !list_has_count (tokens, pos + 1, last_end)
          && !group_only (tokens, pos + 1, last_end)
          && read_list_of_count (ctx, honour, award, pos + 1, last_end, receive ? G_MAXUINT : verb, start))
        return;
      pos = honour->end;
    }
  /* "22 Bằng khen cho 22 đơn vị": the recipients, when the text names them for this
   * honour alone; "14 Huân chương và 9 Huy chương cho 10 tập thể và 9 cá nhân" shares
   * them out unsaid */
  if (count != G_MAXUINT && diem_tokens_is (tokens, pos, "cho") && pos + 1 < list_end
      && !(chained_to_previous (tokens, found, h, end) && list_has_count (tokens, pos + 1, list_end))
      && !group_only (tokens, pos + 1, list_end)
      && read_list_of_count (ctx, honour, award, pos + 1, list_end, receive ? G_MAXUINT : verb, start))
    return;
  /* "1 bằng khen cho vở Rặng trâm bầu": the text names who, in words no rule reads; the
   * number is not who. "28 Bằng khen cho tập thể và cá nhân" names no one: the count
   * stays */
  if (count != G_MAXUINT && diem_tokens_is (tokens, pos, "cho") && pos + 1 < list_end
      && !list_has_count (tokens, pos + 1, list_end) && names_someone (tokens, pos + 1, list_end))
    return;
  if (count != G_MAXUINT)
    {
      /* "trao cho A 4 huân chương", "Ông A được tặng 3 Huân chương …": the one named
       * before the count or the subject that receives is the recipient, the number only
       * says how many; without either, the number of honours given is what the text
       * says of their recipients */
      if (object_named)
        return;
      if (verb == G_MAXUINT || !read_verb_side (ctx, found, h, award, verb, receive, FALSE, start, end))
        diem_awards_add_recipient (ctx, honour, award, diem_tokens_key (tokens, count));
      return;
    }

  /* "năm 2020", "lần thứ 2" or an aside between the honour and its recipients */
  if (diem_tokens_is (tokens, pos, "năm") && diem_tokens_has (tokens, pos + 1, DIEM_TOKEN_DIGIT))
    pos += 2;
  if (diem_tokens_is (tokens, pos, "lần") && diem_tokens_is (tokens, pos + 1, "thứ")
      && (diem_tokens_has (tokens, pos + 2, DIEM_TOKEN_DIGIT) || diem_award_word (tokens, pos + 2, list_end, "number") == 1))
    pos += 3;
  if (diem_tokens_is (tokens, pos, "còn"))
    pos++;
  /* "huy hiệu … (Đợt 7) cho 29 cựu cán bộ": a short aside in brackets, then "cho" */
  {
    guint close = diem_grammar_aside_close (tokens, pos, list_end, 16);

    if (close != G_MAXUINT && diem_tokens_is (tokens, close + 1, "cho"))
      pos = close + 1;
  }
  /* "Anh hùng … thời kỳ kháng chiến chống Mỹ, cứu nước cho X": the period honoured, which
   * may hold a comma, then "cho" */
  if (diem_tokens_is (tokens, pos, "thời") && diem_tokens_is (tokens, pos + 1, "kỳ"))
    for (guint k = pos + 2; k < MIN (list_end, pos + DIEM_AWARDS_LOOK_BACK); k++)
      {
        if (diem_tokens_is (tokens, k, "cho"))
          {
            pos = k;
            break;
          }
        if ((diem_tokens_has (tokens, k, DIEM_TOKEN_PUNCT) && !diem_grammar_is_punct (tokens, k, ","))
            || diem_awards_give_verb_at (tokens, k, list_end) > 0)
          break;
      }
  /* "Huân chương cao quý cho …", "bằng khen đột xuất cho …" */
  for (guint round = 0; round < 2 && pos < list_end; round++)
    pos += diem_award_word (tokens, pos, list_end, "epithet");
  /* "Bằng khen kèm theo tiền thưởng 50 triệu đồng cho …", "giấy khen, phần thưởng cho
   * …", "bằng khen và số tiền 75 triệu đồng cho …", "bằng khen, kèm tiền thưởng …
   * cho …": what comes with it */
  if (diem_tokens_is (tokens, pos, "kèm")
      || ((diem_tokens_is (tokens, pos, "và") || diem_tokens_is (tokens, pos, "cùng") || diem_grammar_is_punct (tokens, pos, ","))
          && (diem_tokens_is (tokens, pos + 1, "tiền") || diem_tokens_is (tokens, pos + 1, "thưởng") || diem_tokens_is (tokens, pos + 1, "kèm")
              /* "cùng 10 triệu đồng cho …": a sum */
              || (diem_tokens_has (tokens, pos + 1, DIEM_TOKEN_DIGIT)
                  && (diem_tokens_is (tokens, pos + 2, "triệu") || diem_tokens_is (tokens, pos + 2, "nghìn")
                      || diem_tokens_is (tokens, pos + 2, "ngàn") || diem_tokens_is (tokens, pos + 2, "đồng")))
              || (diem_tokens_is (tokens, pos + 1, "phần") && diem_tokens_is (tokens, pos + 2, "thưởng"))
              /* "…, vinh dự cao nhất đối với công dân Mỹ, cho X": what the honour is */
              || (diem_grammar_is_punct (tokens, pos, ",") && diem_tokens_is (tokens, pos + 1, "vinh") && diem_tokens_is (tokens, pos + 2, "dự"))
              /* "…, huân chương cao quý nhất của Nhà nước, cho X" */
              || (diem_grammar_is_punct (tokens, pos, ",") && praises_the_honour (tokens, pos + 1, end))
              || (diem_tokens_is (tokens, pos + 1, "số") && diem_tokens_is (tokens, pos + 2, "tiền")))))
    {
      guint cho = cho_after_gift (tokens, pos + 1, list_end);

      if (cho != G_MAXUINT)
        pos = cho;
    }
  /* "Huân chương Sao vàng - phần thưởng cao quý nhất của Nhà nước - cho …": an aside
   * between dashes, then the giving goes on */
  if (diem_grammar_is_dash (tokens, pos))
    for (guint k = pos + 2; k < MIN (list_end, pos + 2 * DIEM_AWARDS_LOOK_BACK); k++)
      if (diem_grammar_is_dash (tokens, k) || diem_tokens_has (tokens, k, DIEM_TOKEN_BLOCK_START))
        {
          guint after = k + 1 + diem_tokens_is (tokens, k + 1, "dành");

          if (diem_grammar_is_dash (tokens, k) && (diem_tokens_is (tokens, after, "cho") || diem_awards_give_verb_at (tokens, after, list_end) > 0))
            pos = after;
          break;
        }
  /* "bằng khen của Bộ trưởng Bộ X - Trưởng ban chỉ đạo cho …": a second office of the
   * one who gives it, after a dash */
  if (diem_grammar_is_dash (tokens, pos) && diem_grammar_office_at (tokens, pos + 1, list_end, TRUE) > 0)
    for (guint k = pos + 2; k < MIN (list_end, pos + DIEM_AWARDS_LOOK_BACK); k++)
      {
        if (diem_tokens_is (tokens, k, "cho"))
          {
            pos = k;
            break;
          }
        if (diem_tokens_has (tokens, k, DIEM_TOKEN_PUNCT) || diem_awards_give_verb_at (tokens, k, list_end) > 0)
          break;
      }
  /* "bằng khen dành cho đơn vị xuất sắc" */
  if (diem_tokens_is (tokens, pos, "dành") && diem_tokens_is (tokens, pos + 1, "cho"))
    pos++;
  /* "hạng Nhì, hạng Ba lần lượt cho A và B" */
  pos += diem_award_word (tokens, pos, list_end, "respective");
  /* "tặng giấy khen và tuyên dương hai em A và B": a second giving verb whose object
   * receives both */
  if (context && diem_tokens_is (tokens, pos, "và") && diem_awards_give_verb_at (tokens, pos + 1, list_end) > 0
      && !diem_tokens_is (tokens, pos + 1, "nhận"))
    {
      /* "tặng bằng khen và trao thưởng 100 triệu đồng cho …": what the second verb gives,
       * then "cho" and who receives both */
      guint cho;

      pos += 1 + diem_awards_give_verb_at (tokens, pos + 1, list_end);
      cho = cho_after_gift (tokens, pos, list_end);
      listed = cho == G_MAXUINT;
      if (cho != G_MAXUINT)
        pos = cho;
    }
  /* "truy tặng Huân chương Dũng cảm đối với Thượng sỹ A": "đối với" is "cho" */
  if (context && diem_tokens_is (tokens, pos, "đối") && diem_tokens_is (tokens, pos + 1, "với") && pos + 2 < list_end)
    {
      pos++;
      listed = FALSE;
    }
  /* "trao Bằng khen tới 12 tập thể": "tới" is "đến", once a verb gives the honour */
  if (listed || diem_tokens_is (tokens, pos, "cho") || diem_tokens_is (tokens, pos, "đến")
      || diem_tokens_is (tokens, pos, "tặng") || (context && diem_tokens_is (tokens, pos, "tới"))
      || (context && diem_tokens_is (tokens, pos, "với") && diem_tokens_is (tokens, pos - 1, "đối")))
    {
      guint before = award->recipients->len;

      /* "Huân chương … tặng thưởng cán bộ, công nhân viên …" */
      guint from = pos + !listed + (!listed && diem_tokens_is (tokens, pos, "tặng") && diem_tokens_is (tokens, pos + 1, "thưởng"));
      /* "A đón nhận kỷ niệm chương … cho những đóng góp …", "A nhận bằng khen cho doanh
       * nghiệp có đóng góp …": after a verb of receiving, "cho" says what for or what
       * kind of receiver, so the one who receives is the subject */
      gboolean what_for = receive && diem_tokens_is (tokens, pos, "cho") && from + diem_tokens_is (tokens, from, "cho") < list_end
                          && (diem_award_word (tokens, from + diem_tokens_is (tokens, from, "cho"), list_end, "vague") > 0
                              || diem_award_word (tokens, from + diem_tokens_is (tokens, from, "cho"), list_end, "purpose") > 0
                              || kind_of_receiver (tokens, from + diem_tokens_is (tokens, from, "cho"), list_end));

      /* "Tặng Bằng khen cho:" and the recipients one line each */
      if (what_for)
        ;
      else if (list_end == end && from + 1 == end && diem_grammar_is_punct (tokens, from, ":"))
        diem_awards_read_dashed_lines (ctx, honour, award, sentence);
      else if (diem_awards_read_list (ctx, honour, award, from, list_end) && list_end == end)
        diem_awards_read_dashed_lines (ctx, honour, award, sentence);
      diem_awards_assign_respectively (ctx, found, h, award, before);
      listed = !what_for;
    }
  else if (heading)
    {
      diem_awards_read_list (ctx, honour, award, pos, list_end);
      listed = TRUE;
    }
  /* "Bốn nghệ sĩ được truy tặng danh hiệu …: A, B, C": the names of the counted */
  else if (diem_grammar_is_punct (tokens, pos, ":") && verb != G_MAXUINT && diem_awards_counted_subject (tokens, verb, start)
           && diem_awards_names_follow (tokens, pos))
    {
      diem_awards_read_list (ctx, honour, award, pos + 1, list_end);
      listed = TRUE;
    }
  /* "Cùng được trao tặng huy hiệu … là A và B": a sentence that opens on the passive
   * names who received after "là" */
  else if (diem_tokens_is (tokens, this_time (tokens, pos), "là") && verb != G_MAXUINT && verb > start
           && diem_tokens_is (tokens, verb - 1, "được")
           && diem_awards_opens_sentence (tokens, verb - 1, start + diem_tokens_is (tokens, start, "cùng")))
    {
      diem_awards_read_list (ctx, honour, award, this_time (tokens, pos) + 1, list_end);
      listed = TRUE;
    }
  else if (diem_tokens_is (tokens, pos, "có") || diem_tokens_is (tokens, pos, "gồm")
           || (diem_tokens_is (tokens, pos, "là") && verb != G_MAXUINT && diem_awards_counted_subject (tokens, verb, start)))
    {
      diem_awards_read_list (ctx, honour, award, pos + 1 + diem_grammar_is_punct (tokens, pos + 1, ":"), list_end);
      listed = TRUE;
    }
  else if (verb != G_MAXUINT && !receive && pos < list_end && diem_tokens_has (tokens, pos, DIEM_TOKEN_WORD)
           && !diem_tokens_is (tokens, pos, "và") && diem_grammar_stop_word (tokens, pos, list_end) == 0
           && !(verb > start && diem_tokens_is (tokens, verb - 1, "được")))
    {
      guint from = pos;

      /* "trao bằng khen Thanh niên sống đẹp cho A", "tặng bằng khen UBND TP. HCM cho
       * A": what the honour is called or who gives it, then "cho" and who receives it */
      for (guint k = pos + 1; k < MIN (list_end, pos + DIEM_AWARDS_LOOK_BACK); k++)
        {
          if (diem_tokens_has (tokens, k, DIEM_TOKEN_PUNCT) && !diem_grammar_is_abbreviation_period (tokens, k))
            break;
          if (diem_tokens_is (tokens, k, "cho"))
            {
              from = k + 1;
              break;
            }
        }
      diem_awards_read_list (ctx, honour, award, from, list_end);
      listed = TRUE;
    }

  if (verb != G_MAXUINT)
    read_verb_side (ctx, found, h, award, verb, receive, listed, start, end);
}

/* "Ông A được tặng thưởng nhiều danh hiệu cao quý: Nghệ sĩ Nhân dân năm 1993;
 * Huân chương …": the end of the verb that gives every honour of the list after the
 * first colon of [start, end), with only lower-case words between the verb and the
 * colon; else G_MAXUINT. */
static guint
colon_list_verb_end (const DiemTokens *tokens,
                     guint             start,
                     guint             end)
{
  guint colon = start;

  while (colon < end && !diem_grammar_is_punct (tokens, colon, ":"))
    colon++;
  if (colon >= end)
    return G_MAXUINT;
  for (guint k = colon; k > start && colon - k < 8; k--)
    {
      gboolean receive;

      if (diem_awards_verb_before (tokens, k, start, &receive) != G_MAXUINT)
        return k;
      if (!diem_tokens_has (tokens, k - 1, DIEM_TOKEN_WORD) || diem_tokens_has (tokens, k - 1, DIEM_TOKEN_CAPITALISED)
          || diem_tokens_has (tokens, k - 1, DIEM_TOKEN_DIGIT))
        return G_MAXUINT;
    }
  return G_MAXUINT;
}

/* "trao huy hiệu Tuổi trẻ dũng cảm cho A và truy tặng huy hiệu này cho B": a family word
 * with "này" is the honour of that family named last; a named honour is remembered as
 * its family's last. */
static void
refer_back (DiemAwardsReader *ctx,
            DiemHonour       *honour,
            guint             end)
{
  const DiemTokens *tokens = ctx->tokens;
  const DiemHonour *last;

  if (honour->bare)
    {
      if (honour->end < end && diem_tokens_is (tokens, honour->end, "này")
          && (last = g_hash_table_lookup (ctx->last_named, honour->key)) != NULL)
        {
          g_free (honour->name);
          g_free (honour->key);
          honour->name = g_strdup (last->name);
          honour->key = g_strdup (last->key);
          honour->rank = last->rank;
          honour->collective = last->collective;
          honour->bare = FALSE;
          honour->end++;
        }
      return;
    }
  /* the family is its first two or three words: "huy hiệu", "kỷ niệm chương" */
  for (guint words = 2; words <= 3 && honour->start + words < honour->end; words++)
    {
      DiemHonour *copy = g_new0 (DiemHonour, 1);
      g_autofree char *family = diem_tokens_dup_text (tokens, honour->start, honour->start + words - 1);

      copy->name = g_strdup (honour->name);
      copy->key = g_strdup (honour->key);
      copy->rank = honour->rank;
      copy->collective = honour->collective;
      g_hash_table_replace (ctx->last_named, g_utf8_strdown (family, -1), copy);
    }
}

static void
last_named_free (gpointer data)
{
  diem_awards_honour_clear (data);
  g_free (data);
}

/* "trao Huy hiệu … cho Thiếu tướng, Anh hùng LLVTND A", "gắn Huy hiệu … tặng Anh hùng
 * Lao động A": an honour between the giving of another and a name is what the
 * recipient is called, not a second honour given. */
static gboolean
epithet_of_recipient (const DiemTokens *tokens,
                      GArray           *found,
                      const DiemHonour *honour,
                      guint             start,
                      guint             end)
{
  guint name_len = 0, before = honour->start;
  const DiemHonour *last;

  if (found->len == 0 || before < start + 2 || diem_recipient_person_at (tokens, honour->end, end, &name_len) != honour->end)
    return FALSE;
  last = &g_array_index (found, DiemHonour, found->len - 1);
  /* right after the other's verb: "Huy hiệu … tặng Anh hùng …" */
  if (diem_tokens_is (tokens, before - 1, "tặng") && last->end + 1 == before)
    return TRUE;
  /* in the other's list after "cho", or after "tặng" right behind the other, behind a
   * rank or an office and a comma ("… tặng Thiếu tướng, Anh hùng LLVTND A") */
  if (diem_grammar_is_punct (tokens, before - 1, ","))
    before--;
  while (before > last->end + 1 && !diem_tokens_has (tokens, before - 1, DIEM_TOKEN_PUNCT) && !diem_tokens_is (tokens, before - 1, "cho")
         && before + 4 > honour->start)
    before--;
  return before > last->end
         && (diem_tokens_is (tokens, before - 1, "cho") || (diem_tokens_is (tokens, before - 1, "tặng") && before - 1 == last->end));
}

/* "Huân chương Sao vàng, huân chương cao quý nhất của Nhà nước, cho X": a bare family
 * in lower case right after another honour and a comma, praised, is what that honour
 * is, not a second one. */
static gboolean
praises_the_one_before (const DiemTokens *tokens,
                        GArray           *found,
                        const DiemHonour *honour,
                        guint             end)
{
  const DiemHonour *last;

  if (found->len == 0 || !honour->bare || honour->start == 0)
    return FALSE;
  last = &g_array_index (found, DiemHonour, found->len - 1);
  return last->end + 1 == honour->start && diem_grammar_is_punct (tokens, last->end, ",")
         && praises_the_honour (tokens, honour->start, end);
}

static void
read_sentence (DiemAwardsReader *ctx,
               guint             sentence)
{
  const DiemTokens *tokens = ctx->tokens;
  const DiemSentence *span = &g_array_index (tokens->sentences, DiemSentence, sentence);
  guint start = span->start, end = span->end;
  GArray *found = g_array_new (FALSE, TRUE, sizeof (DiemHonour));
  guint chain = start, chain_first = 0, listed_verb = G_MAXUINT;

  for (guint i = start; i < end; i++)
    {
      DiemHonour honour = { 0 };

      /* an honour's name starts with an entry of the honours lexicon: at most tokens
       * the masks say none does, before a call */
      if (diem_awards_read_quoted_honour (ctx, i, end, &honour)
          || (diem_lexicon_may_start (tokens, i, 1u << DIEM_LEXICON_HONOURS) && diem_awards_read_honour (ctx, i, end, &honour)))
        {
          guint siblings;

          if (epithet_of_recipient (tokens, found, &honour, start, end) || praises_the_one_before (tokens, found, &honour, end))
            {
              i = honour.end - 1;
              diem_awards_honour_clear (&honour);
              continue;
            }
          refer_back (ctx, &honour, end);
          honour.group = found->len;
          g_array_append_val (found, honour);
          siblings = diem_awards_read_sibling_classes (ctx, &honour, end, found) + diem_awards_read_sibling_years (ctx, &honour, found);
          i = siblings > 0 ? g_array_index (found, DiemHonour, found->len - 1).end - 1 : honour.end - 1;
        }
    }

  /* where each chain of honours ends, read from the last honour back so a long chain
   * is walked once */
  for (guint h = found->len; h > 0; h--)
    {
      DiemHonour *honour = &g_array_index (found, DiemHonour, h - 1);

      honour->chain_last = h < found->len && chained_to_previous (tokens, found, h, end)
                             ? g_array_index (found, DiemHonour, h).chain_last : h - 1;
    }
  if (found->len == 0)
    diem_awards_read_list_continuation (ctx, sentence);
  else
    listed_verb = colon_list_verb_end (tokens, start, g_array_index (found, DiemHonour, 0).start);

  for (guint h = 0; h < found->len; h++)
    {
      const DiemHonour *honour = &g_array_index (found, DiemHonour, h);
      guint lead = honour->start, shared = 0;
      gboolean counted = count_before (tokens, lead, start) != G_MAXUINT;
      DiemAward *tail;

      if (counted)
        lead--;
      /* "Huân chương Chiến công và Bằng khen của Thủ tướng": the second shares the verb
       * of the first; the chain's start is carried along, so a long chain is read once */
      if (!chained_to_previous (tokens, found, h, end))
        {
          chain = lead;
          chain_first = h;
          /* an item of the list after "được tặng …:", with no verb of its own */
          if (listed_verb != G_MAXUINT && (diem_grammar_is_punct (tokens, lead - 1, ":;,")))
            chain = listed_verb;
        }
      tail = g_hash_table_lookup (ctx->by_key, honour->key);
      shared = tail != NULL ? tail->recipients->len : 0;
      ctx->respective = FALSE;
      read_honour_clause (ctx, found, h, chain, start, end, sentence);
      /* the list of the sentence's last giving may go on in the next paragraphs */
      tail = g_hash_table_lookup (ctx->by_key, honour->key);
      if (tail != NULL && h + 1 == found->len && tail->recipients->len > shared)
        {
          g_free (ctx->listing_key);
          ctx->listing_key = g_strdup (honour->key);
          ctx->listing = tail;
          ctx->listing_sentence = sentence;
          ctx->listing_names = FALSE;
        }

      /* "trao Bằng khen, Cờ thi đua và Giấy khen cho A": the list after the last honour
       * of a chain is every honour's, unless it was shared out class by class */
      tail = g_hash_table_lookup (ctx->by_key, honour->key);
      if (tail == NULL || ctx->respective || counted || h == chain_first
          || (h + 1 < found->len && g_array_index (found, DiemHonour, h + 1).start <= honour->end + 2))
        continue;
      /* a hostile text could chain thousands of honours before thousands of names */
      if ((guint64) (h - chain_first) * (tail->recipients->len - shared) > MAX_SHARED_PAIRS)
        continue;
      for (guint m = chain_first; m < h; m++)
        {
          const DiemHonour *member = &g_array_index (found, DiemHonour, m);
          DiemAward *award;

          if (count_before (tokens, member->start, start) != G_MAXUINT)
            continue;
          award = g_hash_table_lookup (ctx->by_key, member->key);
          if (award == NULL)
            award = diem_awards_ensure_award (ctx, member);
          for (guint r = shared; r < tail->recipients->len; r++)
            diem_awards_add_recipient (ctx, member, award, g_ptr_array_index (tail->recipients, r));
        }
    }

  for (guint h = 0; h < found->len; h++)
    diem_awards_honour_clear (&g_array_index (found, DiemHonour, h));
  g_array_unref (found);
}

void
diem_awards_extract (const DiemTokens *tokens,
                     GPtrArray        *officials,
                     GPtrArray        *awards)
{
  DiemAwardsReader ctx = { tokens, officials, awards, NULL, NULL, FALSE, NULL, NULL, 0, FALSE, NULL };

  ctx.by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ctx.recipients = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ctx.last_named = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, last_named_free);
  for (guint s = 0; s < tokens->sentences->len; s++)
    {
      read_sentence (&ctx, s);
    }
  diem_awards_tidy (tokens, awards);
  g_hash_table_unref (ctx.by_key);
  g_hash_table_unref (ctx.recipients);
  g_hash_table_unref (ctx.last_named);
  g_free (ctx.listing_key);
}
