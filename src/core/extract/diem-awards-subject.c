/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-awards-subject.c — the recipient named before the verb
 *
 * "X được tặng HONOUR", "X vinh dự đón nhận HONOUR": the subject of the clause before
 * the verb, read back from the verb to the start of its clause.
 */
#include "diem-awards-reader.h"

#include "diem-grammar.h"
#include "diem-lexicon.h"
#include "diem-officials-phrases.h"
#include "diem-recipients.h"

/* The apposition after a person's name at comma, up to end: "nguyên Chủ tịch UBND
 * huyện," between commas with no verb or clause in it, or an office that runs up to end
 * with no comma after it ("Ông A, Giám đốc Sở Y tế được tặng"). */
static gboolean
apposition_to (const DiemTokens *tokens,
               guint             comma,
               guint             end)
{
  if (comma + 1 >= end)
    return FALSE;
  /* "Ông A, Phó Tổng giám đốc, đại diện Ngân hàng nhận …": one who receives for a body
   * is not the one honoured */
  for (guint k = comma + 1; k < end; k++)
    if (diem_award_word (tokens, k, end, "lead") > 0 && !diem_tokens_has (tokens, k, DIEM_TOKEN_CAPITALISED))
      return FALSE;
  if (diem_grammar_is_punct (tokens, end - 1, ","))
    {
      if (comma + 1 >= end - 1)
        return FALSE;
      for (guint k = comma + 1; k < end - 1; k++)
        if (diem_grammar_is_punct (tokens, k, ",") || diem_grammar_stop_word (tokens, k, end) > 0
            || diem_awards_give_verb_at (tokens, k, end) > 0)
          return FALSE;
      return TRUE;
    }
  return diem_grammar_office_at (tokens, comma + 1, end, TRUE) > 0 && diem_grammar_title_end (tokens, comma + 1, end) == end;
}

/* "khi còn là Chủ tịch HĐQT công ty": from after, when the person held an office, up
 * to end with no verb or person in it. */
static gboolean
office_then_held (const DiemTokens *tokens,
                  guint             after,
                  guint             end)
{
  guint k = after;

  if (!diem_tokens_is (tokens, k, "khi") && !diem_tokens_is (tokens, k, "lúc"))
    return FALSE;
  for (k++; k < end && (diem_tokens_is (tokens, k, "còn") || diem_tokens_is (tokens, k, "đang")); k++)
    ;
  if (k >= end || !(diem_tokens_is (tokens, k, "là") || diem_tokens_is (tokens, k, "làm")))
    return FALSE;
  k++;
  if (diem_grammar_office_at (tokens, k, end, TRUE) == 0)
    return FALSE;
  for (; k < end; k++)
    if (diem_tokens_has (tokens, k, DIEM_TOKEN_PUNCT) || diem_awards_give_verb_at (tokens, k, end) > 0)
      return FALSE;
  return TRUE;
}

/* "Ông A, nguyên Chủ tịch UBND huyện, được trao …", "Năm 2005, ông A, …, được tặng": a
 * person who opens the clause, or opens it after a short fronted phrase of time or
 * place and its comma, then an apposition or the office they held then ("ông A khi
 * còn là Chủ tịch …") up to end. The name's start, and its length
 * in name_len; G_MAXUINT when the clause has no such subject. */
static guint
person_with_apposition (const DiemTokens *tokens,
                        guint             floor,
                        guint             end,
                        guint            *name_len)
{
  guint clause = end, segment;

  while (clause > floor && end - clause < 3 * DIEM_AWARDS_LOOK_BACK && !diem_grammar_is_punct (tokens, clause - 1, ";:.!?"))
    clause--;
  if (clause > floor && !diem_grammar_is_punct (tokens, clause - 1, ";:.!?"))
    return G_MAXUINT;
  segment = clause;
  for (guint round = 0; round < 2 && segment < end; round++)
    {
      guint person = diem_recipient_person_at (tokens, segment, end, name_len);
      guint k, after;

      if (person != G_MAXUINT && person + *name_len < end)
        {
          /* "GS A (69 tuổi), thành viên …": an aside in brackets after the name */
          after = diem_grammar_aside_close (tokens, person + *name_len, end, 16);
          after = after != G_MAXUINT ? after + 1 : person + *name_len;
          if (after < end && ((diem_grammar_is_punct (tokens, after, ",") && apposition_to (tokens, after, end))
                              || office_then_held (tokens, after, end)))
            return person;
        }
      /* a fronted phrase ("Năm 2005,", "Tại buổi lễ,"): short, with no verb of giving */
      for (k = segment; k < end && k - segment < 8 && !diem_grammar_is_punct (tokens, k, ","); k++)
        if (diem_awards_give_verb_at (tokens, k, end) > 0)
          return G_MAXUINT;
      if (k >= end || !diem_grammar_is_punct (tokens, k, ","))
        return G_MAXUINT;
      segment = k + 1;
    }
  return G_MAXUINT;
}

/* "Hơn 70 năm hoạt động cách mạng, ông A đã …": where the clause's subject starts after
 * a short fronted phrase of time or circumstance and its comma; clause itself when the
 * clause opens on a person or has no such phrase. */
static guint
after_fronted_phrase (const DiemTokens *tokens,
                      guint             clause,
                      guint             end)
{
  guint name_len = 0, k;

  if (diem_recipient_person_at (tokens, clause, end, &name_len) != G_MAXUINT)
    return clause;
  for (k = clause; k < end && k - clause < 12 && !diem_grammar_is_punct (tokens, k, ","); k++)
    if (diem_awards_give_verb_at (tokens, k, end) > 0 || diem_tokens_has (tokens, k, DIEM_TOKEN_PUNCT))
      return clause;
  return k < end && diem_grammar_is_punct (tokens, k, ",") ? k + 1 : clause;
}

/* "Trong quá trình công tác ông A …": a phrase of time or circumstance that fronts the
 * clause without a comma, then a form of address and a person. Where the form of address
 * starts, or clause when the clause does not open so. */
static guint
after_fronted_phrase_without_comma (const DiemTokens *tokens,
                                    guint             clause,
                                    guint             end)
{
  static const char *const openers[] = { "trong", "sau", "qua", "suốt", "từ", "với", NULL };
  gboolean opens = FALSE;

  for (guint i = 0; openers[i] != NULL; i++)
    opens = opens || diem_tokens_is (tokens, clause, openers[i]);
  if (!opens)
    return clause;
  for (guint k = clause + 1; k < end && k < clause + 10; k++)
    {
      guint name_len = 0, address = diem_awards_pronoun_at (tokens, k, end);

      if (address > 0 && !diem_tokens_has (tokens, k, DIEM_TOKEN_CAPITALISED))
        return diem_recipient_person_at (tokens, k + address, end, &name_len) == k + address ? k : clause;
      if (!diem_tokens_has (tokens, k, DIEM_TOKEN_WORD) || diem_tokens_has (tokens, k, DIEM_TOKEN_CAPITALISED)
          || diem_awards_give_verb_at (tokens, k, end) > 0)
        return clause;
    }
  return clause;
}

/* "Việt kiều Mỹ", "học sinh lớp 9": a few words that say who someone is, with no
 * verb, stop word or punctuation in them. */
static gboolean
short_description (const DiemTokens *tokens,
                   guint             start,
                   guint             end)
{
  if (end <= start || end - start > 6)
    return FALSE;
  for (guint k = start; k < end; k++)
    if (!diem_tokens_has (tokens, k, DIEM_TOKEN_WORD) || diem_grammar_stop_word (tokens, k, end) > 0
        || diem_awards_give_verb_at (tokens, k, end) > 0)
      return FALSE;
  return TRUE;
}

void
diem_awards_read_subject (DiemAwardsReader *ctx,
                          const DiemHonour *honour,
                          DiemAward        *award,
                          guint             end,
                          guint             floor)
{
  const DiemTokens *tokens = ctx->tokens;
  guint pos = end, low, n = 0, conjunction = G_MAXUINT;
  gboolean cut = FALSE;

  /* "vinh dự đón nhận", "đã 3 lần được tặng": adverbs and how often, not who */
  for (guint round = 0; round < 6; round++)
    {
      guint manner = diem_award_word_before (tokens, pos, floor, "manner");

      if (manner == G_MAXUINT)
        manner = diem_recipient_times_before (tokens, pos, floor);
      /* "vinh dự được 3 lần được nhận": "được" between two such words */
      if (manner == G_MAXUINT && pos > floor + 1 && diem_tokens_is (tokens, pos - 1, "được")
          && (diem_award_word_before (tokens, pos - 1, floor, "manner") != G_MAXUINT
              || diem_recipient_times_before (tokens, pos - 1, floor) != G_MAXUINT))
        manner = pos - 1;
      if (manner == G_MAXUINT)
        break;
      pos = manner;
    }
  /* "Ông được tặng …", "Năm 2019, cô được tặng …": a bare form of address opening the
   * clause is the last person the article introduced with the same word, a few
   * sentences back at most */
  for (guint len = 2; len >= 1; len--)
    if (pos >= floor + len && diem_awards_pronoun_at (tokens, pos - len, pos) == len
        && (pos - len == floor || diem_tokens_has (tokens, pos - len - 1, DIEM_TOKEN_PUNCT)))
      {
        g_autofree char *name = diem_awards_pronoun_referent (tokens, pos - len, len);

        if (name != NULL)
          diem_awards_add_recipient (ctx, honour, award, name);
        return;
      }
  /* "Bà A, Hiệu trưởng …, là 1 trong 5 nhà giáo được tặng …": the one named among the
   * counted */
  for (guint k = pos; k > floor + 3 && pos - k < DIEM_AWARDS_LOOK_BACK && !diem_grammar_is_punct (tokens, k - 1, ",;:.!?"); k--)
    if (diem_tokens_is (tokens, k - 1, "trong")
        && (diem_tokens_is (tokens, k - 2, "một") || diem_tokens_is (tokens, k - 2, "1"))
        && diem_tokens_is (tokens, k - 3, "là"))
      {
        guint clause = k - 3, name_len = 0, person;

        while (clause > floor && !diem_grammar_is_punct (tokens, clause - 1, ".!?;:"))
          clause--;
        person = diem_recipient_person_at (tokens, clause, k, &name_len);
        /* "Trong đó, thủ môn A là một trong …": the name that ends the clause before "là" */
        if (person == G_MAXUINT)
          for (guint j = MAX (clause, k - 3 > DIEM_AWARDS_LOOK_BACK ? k - 3 - DIEM_AWARDS_LOOK_BACK : 0);
               j + 1 < k - 3 && person == G_MAXUINT; j++)
            if (diem_tokens_has (tokens, j, DIEM_TOKEN_CAPITALISED) && j > clause
                && diem_recipient_person_at (tokens, j, k - 3, &name_len) == j && j + name_len == k - 3
                && !diem_tokens_has (tokens, j - 1, DIEM_TOKEN_CAPITALISED))
              person = j;
        if (person != G_MAXUINT)
          {
            g_autofree char *name = diem_recipient_name_text (tokens, person, name_len);

            diem_awards_add_recipient (ctx, honour, award, name);
            return;
          }
        /* "Trường A là một trong 5 trường …": a body, in the segment before "là" */
        {
          guint segment = k - 3, body_end = k - 3, manner;
          gboolean body_cut = FALSE;
          g_autofree char *text = NULL;

          while (segment > floor && !diem_grammar_is_punct (tokens, segment - 1, ",.!?;:"))
            segment--;
          /* "BAC A BANK vinh dự là 1 trong …" */
          while ((manner = diem_award_word_before (tokens, body_end, segment, "manner")) != G_MAXUINT && manner > segment)
            body_end = manner;
          if (diem_tokens_has (tokens, segment, DIEM_TOKEN_CAPITALISED))
            text = diem_recipient_phrase (tokens, ctx->officials, segment, body_end, TRUE, &body_cut);
          if (text != NULL && !body_cut)
            {
              diem_awards_add_recipient (ctx, honour, award, text);
              return;
            }
        }
        break;
      }
  /* "Cô A (34 tuổi) là giáo viên duy nhất của tỉnh được tặng …": the person the
   * clause before "là" names */
  for (guint k = pos; k > floor + 2 && pos - k < DIEM_AWARDS_LOOK_BACK && !diem_grammar_is_punct (tokens, k - 1, ",;:.!?"); k--)
    if (diem_tokens_is (tokens, k - 1, "là"))
      {
        guint clause = k - 1, name_len = 0, person, name_end;

        while (clause > floor && !diem_grammar_is_punct (tokens, clause - 1, ".!?;:"))
          clause--;
        clause = after_fronted_phrase (tokens, clause, k - 1);
        clause += diem_grammar_address_at (tokens, clause, k - 1, NULL);
        person = diem_recipient_person_at (tokens, clause, k - 1, &name_len);
        /* "Ted Osius là đại sứ Mỹ đầu tiên được tặng …": a foreign name alone */
        if (person == G_MAXUINT && k - 1 > clause && diem_recipient_foreign_name_run (tokens, clause, k - 1) == k - 1 - clause)
          {
            person = clause;
            name_len = k - 1 - clause;
          }
        name_end = person != G_MAXUINT ? diem_officials_aside_end (tokens, person + name_len, k - 1, 10) : G_MAXUINT;
        if (person == clause && name_end == k - 1)
          {
            g_autofree char *name = diem_recipient_name_text (tokens, person, name_len);

            diem_awards_add_recipient (ctx, honour, award, name);
            return;
          }
        /* "A và B là hai cầu thủ … nhận …": a count after "là" says what the subject
         * is; it is not the subject */
        if (diem_recipient_count_at (tokens, k, pos))
          return;
        break;
      }
  /* "Ông A - Giám đốc Công ty B được tặng …", "Anh A - Việt kiều Mỹ vừa nhận …": a
   * person, then a dash and the office or a short description */
  {
    guint clause = pos, name_len = 0, person;

    while (clause > floor && pos - clause < 3 * DIEM_AWARDS_LOOK_BACK && !diem_grammar_is_punct (tokens, clause - 1, ",;:.!?"))
      clause--;
    clause += diem_grammar_address_at (tokens, clause, pos, NULL);
    person = diem_recipient_person_at (tokens, clause, pos, &name_len);
    if (person == clause && person + name_len + 1 < pos && diem_grammar_is_dash (tokens, person + name_len)
        && (diem_grammar_office_at (tokens, person + name_len + 1, pos, TRUE) > 0
            || short_description (tokens, person + name_len + 1, pos)))
      {
        g_autofree char *name = diem_recipient_name_text (tokens, person, name_len);

        diem_awards_add_recipient (ctx, honour, award, name);
        return;
      }
    /* "Báo Tiền Phong - cơ quan ngôn luận của Trung ương Đoàn được tặng …": a body by
     * its head noun, then after a dash what it is, in lower case */
    if (person == G_MAXUINT && diem_tokens_has (tokens, clause, DIEM_TOKEN_CAPITALISED)
        && diem_award_word (tokens, clause, pos, "head") > 0)
      for (guint dash = clause + 2; dash + 1 < pos && dash < clause + DIEM_TITLE_MAX_TOKENS; dash++)
        {
          if (!diem_grammar_is_dash (tokens, dash))
            {
              if (diem_tokens_has (tokens, dash, DIEM_TOKEN_PUNCT) || diem_grammar_stop_word (tokens, dash, pos) > 0)
                break;
              continue;
            }
          if (diem_tokens_has (tokens, dash + 1, DIEM_TOKEN_WORD) && !diem_tokens_has (tokens, dash + 1, DIEM_TOKEN_CAPITALISED)
              && diem_awards_sole_actor (tokens, dash + 1, pos))
            {
              diem_awards_add_phrase (ctx, honour, award, clause, dash, TRUE, &cut);
              return;
            }
          break;
        }
  }
  /* "Ông A, người từng được tặng …", "Anh A (24 tuổi), người đã cùng B cứu hai em,
   * cũng được tặng …": the person the relative clause is about */
  {
    guint relative = pos;

    while (relative > floor + 3 && pos - relative < DIEM_AWARDS_LOOK_BACK && !diem_grammar_is_punct (tokens, relative - 1, ",;:.!?")
           && !diem_tokens_is (tokens, relative - 1, "người"))
      relative--;
    if (relative > floor + 3 && relative < pos && diem_tokens_is (tokens, relative - 1, "người")
        && diem_grammar_is_punct (tokens, relative - 2, ","))
      pos = relative;
  }
  if (pos > floor + 3 && diem_tokens_is (tokens, pos - 1, "người") && diem_grammar_is_punct (tokens, pos - 2, ","))
    {
      guint name_end = pos - 2, found = G_MAXUINT;

      /* an aside in brackets between the name and the comma */
      if (diem_grammar_is_punct (tokens, name_end - 1, ")"))
        for (guint open = name_end - 1; open > floor && name_end - open < DIEM_AWARDS_LOOK_BACK; open--)
          if (diem_grammar_is_punct (tokens, open - 1, "("))
            {
              name_end = open - 1;
              break;
            }
      /* the longest name that ends at the comma: "Lê Văn Ba", not "Văn Ba" */
      for (guint k = name_end - 1; k + DIEM_AWARDS_LOOK_BACK > name_end && k >= floor; k--)
        {
          guint name_len = 0, person = diem_recipient_person_at (tokens, k, name_end, &name_len);

          if (person != G_MAXUINT && person + name_len == name_end)
            found = person;
          if (k == floor || diem_grammar_is_punct (tokens, k - 1, ",;:.!?"))
            break;
        }
      if (found != G_MAXUINT)
        {
          g_autofree char *name = diem_tokens_dup_text (tokens, found, name_end - 1);

          diem_awards_add_recipient (ctx, honour, award, name);
        }
      return;
    }
  /* "Trường A long trọng tổ chức lễ đón nhận …": the one who holds the ceremony of
   * receiving is the one who receives */
  if (pos > floor + 2 && (diem_tokens_is (tokens, end, "đón") || diem_tokens_is (tokens, end, "nhận"))
      && diem_tokens_is (tokens, pos - 1, "lễ") && diem_tokens_is (tokens, pos - 2, "chức")
      && diem_tokens_is (tokens, pos - 3, "tổ"))
    {
      guint clause = pos - 1;

      while (clause > floor && pos - clause < 4 * DIEM_AWARDS_LOOK_BACK && !diem_grammar_is_punct (tokens, clause - 1, ".!?;:"))
        clause--;
      diem_awards_read_ceremony_host (ctx, honour, award, clause, pos - 1);
      return;
    }
  /* "Công ty A (A Finance) vừa nhận …": the aside is not the subject */
  if (pos > floor && diem_grammar_is_punct (tokens, pos - 1, ")"))
    {
      guint open = pos - 1;

      while (open > floor && pos - open < DIEM_AWARDS_LOOK_BACK && !diem_grammar_is_punct (tokens, open - 1, "("))
        open--;
      if (open > floor && diem_grammar_is_punct (tokens, open - 1, "("))
        pos = open - 1;
    }
  /* ", đồng thời đón nhận …" joins a second predicate as "và" does */
  if (pos > floor + 2 && diem_tokens_is (tokens, pos - 2, "đồng") && diem_tokens_is (tokens, pos - 1, "thời"))
    conjunction = pos - 2 - diem_grammar_is_punct (tokens, pos - 3, ",");
  /* "Ông A có nhiều đóng góp nên được tặng …": "nên" joins the consequence */
  else if (pos > floor && (diem_tokens_is (tokens, pos - 1, "và") || diem_tokens_is (tokens, pos - 1, "nên")))
    conjunction = pos - 1;
  if (conjunction != G_MAXUINT)
    {
      /* "Đồng chí A là thương binh … và đã được tặng …": a person who opens the clause
       * is the subject of both predicates; anyone else is too far to be sure of */
      guint clause = conjunction, name_len = 0, person;
      g_autofree char *founded = NULL;

      while (clause > floor && !diem_grammar_is_punct (tokens, clause - 1, ";:.!?"))
        clause--;
      founded = diem_awards_founded_body (ctx, clause, conjunction);
      if (founded != NULL)
        {
          diem_awards_add_recipient (ctx, honour, award, founded);
          return;
        }
      clause = after_fronted_phrase_without_comma (tokens, clause, conjunction);
      person = diem_recipient_person_at (tokens, clause, conjunction, &name_len);
      clause += diem_grammar_address_at (tokens, clause, pos, NULL);
      if (person != G_MAXUINT && (diem_tokens_get (tokens, clause)->flags & DIEM_TOKEN_CAPITALISED)
          && diem_awards_sole_actor (tokens, person + name_len, conjunction))
        {
          g_autofree char *name = diem_recipient_name_text (tokens, person, name_len);

          diem_awards_add_recipient (ctx, honour, award, name);
        }
      /* "Ông là đại biểu Quốc hội … và được trao …" */
      else if (clause > 0 && (diem_tokens_is (tokens, clause - 1, "ông") || diem_tokens_is (tokens, clause - 1, "bà"))
               && diem_tokens_has (tokens, clause - 1, DIEM_TOKEN_CAPITALISED) && person == G_MAXUINT)
        {
          g_autofree char *name = diem_awards_pronoun_referent (tokens, clause - 1, 1);

          if (name != NULL)
            diem_awards_add_recipient (ctx, honour, award, name);
        }
      else
        diem_awards_read_ceremony_host (ctx, honour, award, clause, conjunction);
      return;
    }
  /* "6 đảng viên đạt tiêu chuẩn “…” 3 năm liền (2019-2021) được tặng": a clause of
   * merit after the subject qualifies it; the subject ends where that clause begins */
  {
    guint merit = G_MAXUINT;
    gboolean quoted = FALSE;

    for (guint k = pos; k > floor && pos - k < 3 * DIEM_AWARDS_LOOK_BACK; k--)
      {
        /* a comma inside quotes ("“trong sạch, vững mạnh”") is part of the clause */
        if (diem_grammar_is_punct (tokens, k - 1, "”“\""))
          quoted = !quoted;
        else if (!quoted && diem_grammar_is_punct (tokens, k - 1, ",;:.!?"))
          break;
        if (diem_award_word (tokens, k - 1, pos, "purpose") > 0)
          merit = k - 1;
      }
    if (merit != G_MAXUINT && merit > floor && diem_tokens_has (tokens, merit - 1, DIEM_TOKEN_WORD))
      pos = merit;
  }
  if (pos <= floor)
    return;
  /* "Các tập thể A, B và Đại tá C, …; Thiếu tá D, … đón nhận …": a list of recipients,
   * before the last of them is taken for the one subject */
  {
    guint clause = pos;

    while (clause > floor && pos - clause < 4 * DIEM_AWARDS_LOOK_BACK && !diem_grammar_is_punct (tokens, clause - 1, ":.!?"))
      clause--;
    if ((clause == floor || diem_grammar_is_punct (tokens, clause - 1, ":.!?"))
        && diem_awards_read_subject_list (ctx, honour, award, clause, pos))
      return;
  }
  /* "Ông A, nguyên Chủ tịch UBND huyện, được trao …": a person, then an apposition
   * that says who they are */
  {
    guint name_len = 0, person = person_with_apposition (tokens, floor, pos, &name_len);

    if (person != G_MAXUINT)
      {
        g_autofree char *name = diem_recipient_name_text (tokens, person, name_len);

        diem_awards_add_recipient (ctx, honour, award, name);
        return;
      }
  }
  /* "Ông A đã có nhiều đóng góp cho ngành, được tặng …": a predicate of the person who
   * opens the sentence, when nothing in between names or gives to anyone else */
  if (diem_grammar_is_punct (tokens, pos - 1, ",") && diem_tokens_is (tokens, end, "được"))
    {
      guint clause = pos - 1, name_len = 0, person, opening;

      while (clause > floor && pos - clause < 4 * DIEM_AWARDS_LOOK_BACK && !diem_grammar_is_punct (tokens, clause - 1, ";:.!?"))
        clause--;
      opening = clause;
      if (clause == floor || diem_grammar_is_punct (tokens, clause - 1, ";:.!?"))
        clause = after_fronted_phrase (tokens, clause, pos);
      person = diem_recipient_person_at (tokens, clause, pos, &name_len);
      if (person != G_MAXUINT && (clause == floor || diem_grammar_is_punct (tokens, clause - 1, ";:.!?,"))
          && (diem_tokens_has (tokens, clause, DIEM_TOKEN_CAPITALISED) || diem_grammar_address_at (tokens, clause, pos, NULL) > 0
              || diem_tokens_is (tokens, clause, "nguyên"))
          && diem_awards_sole_actor (tokens, person + name_len, pos - 1))
        {
          g_autofree char *name = diem_recipient_name_text (tokens, person, name_len);

          diem_awards_add_recipient (ctx, honour, award, name);
          return;
        }
      /* "Ông là hội viên sáng lập Hội Nhà văn, được tặng …": the person the pronoun that
       * opens the sentence stands for */
      if (person == G_MAXUINT && (opening == floor || diem_grammar_is_punct (tokens, opening - 1, ";:.!?"))
          && (diem_tokens_is (tokens, opening, "ông") || diem_tokens_is (tokens, opening, "bà"))
          && diem_tokens_has (tokens, opening, DIEM_TOKEN_CAPITALISED) && diem_awards_sole_actor (tokens, opening + 1, pos - 1))
        {
          g_autofree char *name = diem_awards_pronoun_referent (tokens, opening, 1);

          if (name != NULL)
            diem_awards_add_recipient (ctx, honour, award, name);
          return;
        }
    }
  /* "18 tập thể có thành tích trong công tác … đã được trao": a count that opens the
   * clause, then what the counted did, up to the verb */
  {
    guint clause = pos, merit = G_MAXUINT;

    while (clause > floor && end - clause < 3 * DIEM_AWARDS_LOOK_BACK && !diem_grammar_is_punct (tokens, clause - 1, ";:.!?,"))
      clause--;
    if (diem_recipient_count_at (tokens, clause, end))
      for (guint k = clause + 1; k < MIN (end, clause + 6) && merit == G_MAXUINT; k++)
        /* a clause ("có thành tích"), not an adjective ("tiêu biểu") */
        if (diem_award_word (tokens, k, end, "merit") > 0
            && (diem_tokens_is (tokens, k, "có") || diem_tokens_is (tokens, k, "đã") || diem_tokens_is (tokens, k, "đạt")))
          merit = k;
    if (merit != G_MAXUINT && diem_awards_sole_actor (tokens, merit, end)
        && diem_award_word (tokens, clause + 1, merit, "collective") > 0)
      {
        diem_awards_add_phrase (ctx, honour, award, clause, merit, TRUE, &cut);
        return;
      }
  }
  end = pos;
  low = end > floor + DIEM_TITLE_MAX_TOKENS ? end - DIEM_TITLE_MAX_TOKENS : floor;
  while (pos > low)
    {
      /* "9 tập thể, cá nhân", "một số tập thể, cá nhân thuộc Tổng cục": collectives
       * joined by a comma are one phrase */
      if (diem_grammar_is_punct (tokens, pos - 1, ",") && pos < end && pos - 1 > low
          && diem_tokens_has (tokens, pos - 2, DIEM_TOKEN_WORD)
          && (diem_recipient_only_collectives (tokens, pos, end)
              || (diem_award_word (tokens, pos, end, "collective") > 0
                  && diem_award_word_before (tokens, pos - 1, low, "collective") != G_MAXUINT)
              || (diem_tokens_has (tokens, pos, DIEM_TOKEN_DIGIT) && diem_recipient_count_before_comma (tokens, pos - 1, low))))
        {
          pos--;
          continue;
        }
      /* "Sở Lao động - Thương binh và Xã hội": a dash between two terms of one name */
      if (pos - 1 > low + 1 && diem_grammar_is_dash (tokens, pos - 1) && pos < end
          && diem_tokens_has (tokens, pos, DIEM_TOKEN_CAPITALISED) && diem_grammar_office_at (tokens, pos, end, FALSE) == 0
          && ((diem_lexicon_match (diem_lexicon (DIEM_LEXICON_ORG_WORDS), tokens, pos - 3, pos - 1, &n) >= 0 && n == 2)
              /* "Công ty Văn Phú – Invest": a brand after the dash ends the name */
              || (pos + 1 == end && diem_recipient_brand_at (tokens, pos) && diem_tokens_has (tokens, pos - 2, DIEM_TOKEN_CAPITALISED))))
        {
          pos--;
          continue;
        }
      /* "Trường … TP. HCM": the period of an abbreviation is inside the name */
      if (pos - 1 > low && diem_grammar_is_abbreviation_period (tokens, pos - 1))
        {
          pos--;
          continue;
        }
      if (!diem_tokens_has (tokens, pos - 1, DIEM_TOKEN_WORD)
          || (diem_grammar_stop_word (tokens, pos - 1, end) > 0 && !diem_recipient_body_qualifier (tokens, pos - 1, low, end))
          || diem_award_word (tokens, pos - 1, end, "purpose") > 0)
        break;
      pos--;
    }
  /* "Có 12 cá nhân được tặng …": "there are", then the count */
  if (pos + 1 < end && diem_tokens_is (tokens, pos, "có") && diem_recipient_count_at (tokens, pos + 1, end))
    pos++;
  if (pos < end && diem_recipient_count_at (tokens, pos, end) && diem_awards_names_follow (tokens, honour->end))
    return;
  /* "5 trường học tại TP.HCM vinh dự đón nhận", "người duy nhất trong ngành chăn nuôi
   * được phong …": what follows a preposition qualifies the subject and is not it */
  if (pos > floor && pos < end
      && (diem_award_word (tokens, pos - 1, end, "locative") > 0 || diem_tokens_is (tokens, pos - 1, "trong")))
    return;
  /* "Năm 2010, Công ty được phong tặng …": the body of that kind the article last named */
  if (pos < end && diem_award_word (tokens, pos, end, "head") == end - pos)
    {
      g_autofree char *named = diem_awards_last_named_body (tokens, pos, end);

      if (named != NULL)
        diem_awards_add_recipient (ctx, honour, award, named);
      return;
    }
  if (pos < end && diem_tokens_has (tokens, pos, DIEM_TOKEN_WORD) && !diem_awards_read_subject_list (ctx, honour, award, pos, end))
    diem_awards_add_phrase (ctx, honour, award, pos, end, TRUE, &cut);
}

/* "Ông A được phong Anh hùng …; được tặng Huân chương …", "…; 2 lần được Trung ương
 * Đoàn tặng …": a passive right after ";" or "," that follows an earlier honour has no
 * subject of its own; it shares the person who opens the sentence, when no other
 * person is named before it. `passive` is its "được", `floor` the end of the honour
 * before, `start` the sentence's start. TRUE when the passive is such a predicate. */
gboolean
diem_awards_read_shared_subject (DiemAwardsReader *ctx,
                                 const DiemHonour *honour,
                                 DiemAward        *award,
                                 guint             passive,
                                 guint             floor,
                                 guint             start)
{
  const DiemTokens *tokens = ctx->tokens;
  guint pos = passive, clause, name_len = 0, person, close;

  /* "Huân chương … 2 năm liền (năm 2009 và 2010); được …": how many years running,
   * and an aside, close the honour before */
  if (floor + 2 < passive && diem_tokens_has (tokens, floor, DIEM_TOKEN_DIGIT) && diem_tokens_is (tokens, floor + 1, "năm")
      && diem_tokens_is (tokens, floor + 2, "liền"))
    floor += 3;
  if ((close = diem_grammar_aside_close (tokens, floor, passive, 16)) != G_MAXUINT)
    floor = close + 1;
  for (guint round = 0; round < 4 && pos > floor; round++)
    {
      guint manner = diem_award_word_before (tokens, pos, floor, "manner");

      if (manner == G_MAXUINT)
        manner = diem_recipient_times_before (tokens, pos, floor);
      if (manner == G_MAXUINT)
        break;
      pos = manner;
    }
  if (pos != floor + 1 || floor <= start || !diem_grammar_is_punct (tokens, floor, ";,"))
    return FALSE;
  clause = after_fronted_phrase (tokens, start, floor);
  clause += diem_grammar_address_at (tokens, clause, floor, NULL);
  person = diem_recipient_person_at (tokens, clause, floor, &name_len);
  /* "Công ty A đã được tặng Huân chương …; được phong tặng …": a body shares the
   * subject of the first passive in its clause */
  if (person != clause && floor - clause <= 4 * DIEM_AWARDS_LOOK_BACK)
    {
      for (guint k = floor; k > clause; k--)
        if (diem_tokens_is (tokens, k - 1, "được") && !diem_tokens_has (tokens, k - 1, DIEM_TOKEN_CAPITALISED))
          {
            diem_awards_read_subject (ctx, honour, award, k - 1, start);
            break;
          }
      return TRUE;
    }
  /* too far back to be sure of, and a chain of thousands is not walked once per link */
  if (person != clause || floor - person > 4 * DIEM_AWARDS_LOOK_BACK)
    return TRUE;
  /* nobody else named before the ";" */
  for (guint k = person + name_len; k < floor; k++)
    {
      guint other = 0;

      if (diem_grammar_is_name_word (tokens, k) && diem_recipient_person_at (tokens, k, floor, &other) == k)
        return TRUE;
    }
  {
    g_autofree char *name = diem_recipient_name_text (tokens, person, name_len);

    diem_awards_add_recipient (ctx, honour, award, name);
  }
  return TRUE;
}

