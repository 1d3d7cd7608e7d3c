/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-awards-lists.c — recipient lists after the verb
 *
 * "trao … cho A, B và C", lines opened by a dash, a list that goes on in the next
 * paragraphs ("Các cá nhân gồm: …"), and lists shared out class by class
 * ("lần lượt"). Each recipient phrase is read by diem-recipients and recorded once
 * per award.
 */
#include "diem-awards-reader.h"

#include "diem-fold.h"
#include "diem-grammar.h"
#include "diem-lexicon.h"
#include "diem-recipients.h"

DiemAward *
diem_awards_ensure_award (DiemAwardsReader *ctx,
                          const DiemHonour *honour)
{
  DiemAward *award = g_hash_table_lookup (ctx->by_key, honour->key);

  if (award == NULL)
    {
      award = diem_award_new (honour->name, honour->rank);
      g_ptr_array_add (ctx->awards, award);
      g_hash_table_insert (ctx->by_key, g_strdup (honour->key), award);
    }
  diem_mentions_add (award->mentions, diem_tokens_get (ctx->tokens, honour->start)->start,
                     diem_tokens_get (ctx->tokens, honour->end - 1)->end);
  return award;
}

void
diem_awards_add_recipient (DiemAwardsReader *ctx,
                           const DiemHonour *honour,
                           DiemAward        *award,
                           const char       *recipient)
{
  g_autofree char *folded = diem_fold_case (recipient);
  char *key;

  /* "Ông A – Tổng giám đốc Công ty B nhận Cờ thi đua": he receives it for the company */
  if (honour->collective)
    for (guint i = 0; ctx->officials != NULL && i < ctx->officials->len; i++)
      if (g_str_equal (((const DiemOfficial *) g_ptr_array_index (ctx->officials, i))->name, recipient))
        return;
  key = g_strconcat (honour->key, "\n", folded, NULL);

  if (g_hash_table_contains (ctx->recipients, key))
    {
      g_free (key);
      return;
    }
  g_hash_table_add (ctx->recipients, key);
  g_ptr_array_add (award->recipients, g_strdup (recipient));
}

/* "ông", "cô", "đồng chí": a form of address the honorifics lexicon marks as standing
 * alone for a person named before. Its length in tokens, or 0. */
guint
diem_awards_pronoun_at (const DiemTokens *tokens,
                        guint             i,
                        guint             end)
{
  const DiemLexicon *honorifics = diem_lexicon (DIEM_LEXICON_HONORIFICS);
  guint len = 0;
  int entry = diem_lexicon_match (honorifics, tokens, i, end, &len);

  return entry >= 0 && g_strcmp0 (diem_lexicon_field (honorifics, entry, 1), "pronoun") == 0 ? len : 0;
}

gboolean
diem_awards_add_phrase (DiemAwardsReader *ctx,
                        const DiemHonour *honour,
                        DiemAward        *award,
                        guint             start,
                        guint             end,
                        gboolean          subject,
                        gboolean         *cut)
{
  const DiemTokens *tokens = ctx->tokens;
  guint head = start + 2 * (diem_tokens_is (tokens, start, "tập") && diem_tokens_is (tokens, start + 1, "thể")), n;
  g_autofree char *text = NULL;

  /* "cho nhà trường", "cho tập thể nhà trường": the body of that kind named last */
  if (head < end && !diem_tokens_has (tokens, head, DIEM_TOKEN_CAPITALISED)
      && diem_award_word (tokens, head, end, "head") == end - head)
    {
      text = diem_awards_last_named_body (tokens, head, end);
      *cut = FALSE;
      if (text == NULL)
        return FALSE;
      diem_awards_add_recipient (ctx, honour, award, text);
      return TRUE;
    }
  /* "trao bằng khen cho ông về …": a bare form of address is the person the article
   * last introduced with it */
  if (!subject && (n = diem_awards_pronoun_at (tokens, start, end)) > 0
      && diem_recipient_phrase_end (tokens, start + n - 1, end) == start + n)
    {
      text = diem_awards_pronoun_referent (tokens, start, n);
      *cut = start + n < end;
    }
  else
    text = diem_recipient_phrase (tokens, ctx->officials, start, end, subject, cut);
  if (text == NULL)
    return FALSE;
  diem_awards_add_recipient (ctx, honour, award, text);
  return TRUE;
}

/* Is [item, end) one description in lower case that names its body: "học sinh lớp 10
 * Trường THPT A", with no comma and no count? */
static gboolean
lower_case_description (const DiemTokens *tokens,
                        guint             item,
                        guint             end)
{
  gboolean named = FALSE;
  guint name_len = 0;

  if (!diem_tokens_has (tokens, item, DIEM_TOKEN_WORD) || diem_tokens_has (tokens, item, DIEM_TOKEN_CAPITALISED)
      || diem_tokens_is (tokens, item, "và") || diem_grammar_stop_word (tokens, item, end) > 0
      || diem_recipient_count_at (tokens, item, end)
      || diem_award_word (tokens, item, end, "vague") > 0
      || diem_recipient_person_at (tokens, item + diem_grammar_address_at (tokens, item, end, NULL), end, &name_len) != G_MAXUINT)
    return FALSE;
  for (guint k = item; k < end; k++)
    {
      if (diem_grammar_is_punct (tokens, k, ","))
        return FALSE;
      named = named || diem_tokens_has (tokens, k, DIEM_TOKEN_CAPITALISED);
    }
  return named;
}

/* Is [item, end) a few lower-case words that say who the person before is ("học sinh
 * lớp 12"), not a count, a plural or a collective that could be recipients too? */
static gboolean
plain_description (const DiemTokens *tokens,
                   guint             item,
                   guint             end)
{
  if (end <= item || end - item > 8 || diem_tokens_is (tokens, item, "và") || diem_grammar_stop_word (tokens, item, end) > 0
      || diem_recipient_count_at (tokens, item, end) || diem_award_word (tokens, item, end, "vague") > 0
      || diem_award_word (tokens, item, end, "lead") > 0 || diem_recipient_only_collectives (tokens, item, end)
      || diem_grammar_address_at (tokens, item, end, NULL) > 0)
    return FALSE;
  for (guint k = item; k < end; k++)
    if (!diem_tokens_has (tokens, k, DIEM_TOKEN_WORD) || diem_tokens_has (tokens, k, DIEM_TOKEN_CAPITALISED))
      return FALSE;
  return TRUE;
}

/* "Công ty A (tỉnh Hưng Yên)", "chị A (bìa phải)": is [from, end) an aside in brackets
 * that closes the item and says where or whose the item is (a place or a body, not
 * "(11 tuổi)") or where they stand in the photo? Then it ends no list. */
static gboolean
aside_ends_item (const DiemTokens *tokens,
                 guint             from,
                 guint             end)
{
  if (from + 2 >= end || !diem_grammar_is_punct (tokens, from, "(") || !diem_grammar_is_punct (tokens, end - 1, ")"))
    return FALSE;
  /* "(bìa phải)", "(thứ hai từ trái)": where the one before stands in the photo */
  if (end - from <= 8)
    for (guint k = from + 1; k + 1 < end; k++)
      if (diem_award_word (tokens, k, end - 1, "position") > 0)
        return TRUE;
  if (!diem_grammar_is_place_word (tokens, from + 1)
      && !(diem_tokens_has (tokens, from + 1, DIEM_TOKEN_CAPITALISED) && diem_tokens_has (tokens, from + 1, DIEM_TOKEN_WORD)))
    return FALSE;
  for (guint k = from + 1; k + 1 < end; k++)
    if (diem_grammar_is_punct (tokens, k, "()"))
      return FALSE;
  return TRUE;
}

/* "ông A (42 tuổi) và bà B", "ông A (Giám đốc Sở Nội vụ), ông B": is the item [item,
 * end) a person closed by an aside in brackets, and another person next? What the
 * aside says of the person then ends no list. */
static gboolean
aside_after_person (const DiemTokens *tokens,
                    guint             item,
                    guint             end,
                    guint             limit)
{
  guint next = end + 1, name_len = 0;
  guint person = diem_recipient_person_at (tokens, item + diem_grammar_address_at (tokens, item, end, NULL), end, &name_len);

  if (person == G_MAXUINT || person + name_len >= end || diem_grammar_aside_close (tokens, person + name_len, end, 16) != end - 1)
    return FALSE;
  return diem_recipient_person_at (tokens, next + diem_grammar_address_at (tokens, next, limit, NULL), limit, &name_len) != G_MAXUINT;
}

/* "Đại sứ quán Việt Nam tại Pháp": is [from, end) a preposition of place and the
 * place's proper name only? Then it qualifies the item before it and ends no list. */
static gboolean
place_qualifies (const DiemTokens *tokens,
                 guint             from,
                 guint             end)
{
  guint len = diem_award_word (tokens, from, end, "locative");

  if (len == 0 || from + len >= end || diem_tokens_is (tokens, from, "của"))
    return FALSE;
  for (guint k = from + len; k < end; k++)
    if (!diem_tokens_has (tokens, k, DIEM_TOKEN_CAPITALISED) || !diem_tokens_has (tokens, k, DIEM_TOKEN_WORD))
      return FALSE;
  return TRUE;
}

/* Does [item, end) open on a person, after titles, with a verb in lower case right
 * after the name ("Thủ tướng A nhấn mạnh …")? */
static gboolean
opens_clause (const DiemTokens *tokens,
              guint             item,
              guint             end)
{
  guint name_len = 0, lead = item + diem_grammar_address_at (tokens, item, end, NULL);
  guint person = diem_recipient_person_at (tokens, lead, end, &name_len), after;
  static const char *const joining[] = { "và", "cùng", "với", "tại", "ở", "của", "thuộc", "trong", "từ", "đến",
                                          "cho", "theo", "do", "là", "có", "được", "gồm", "nguyên", "vì", "bởi", NULL };

  if (person == G_MAXUINT)
    return FALSE;
  after = person + name_len;
  if (after >= end || !diem_tokens_has (tokens, after, DIEM_TOKEN_WORD)
      || diem_tokens_has (tokens, after, DIEM_TOKEN_CAPITALISED) || diem_tokens_has (tokens, after, DIEM_TOKEN_DIGIT)
      || diem_grammar_office_at (tokens, after, end, TRUE) > 0 || diem_award_word (tokens, after, end, "locative") > 0
      || diem_award_word (tokens, after, end, "purpose") > 0 || diem_award_word (tokens, after, end, "respective") > 0
      || diem_award_word (tokens, after + diem_tokens_is (tokens, after, "vào"), end, "time") > 0)
    return FALSE;
  for (guint w = 0; joining[w] != NULL; w++)
    if (diem_tokens_is (tokens, after, joining[w]))
      return FALSE;
  return TRUE;
}

/* Where the name starts in [item, end) when the item opens on a description in lower
 * case, up to twelve words with no name, that a dash closes before a capitalised name;
 * else item. */
static guint
named_after_description (const DiemTokens *tokens,
                         guint             item,
                         guint             end)
{
  if (diem_tokens_has (tokens, item, DIEM_TOKEN_CAPITALISED) || diem_award_word (tokens, item, end, "collective") > 0
      || diem_recipient_count_at (tokens, item, end))
    return item;
  for (guint k = item + 1; k + 1 < end && k < item + 12; k++)
    {
      guint lead;

      if (diem_grammar_is_dash (tokens, k))
        {
          lead = k + 1 + diem_grammar_address_at (tokens, k + 1, end, NULL);
          return diem_tokens_has (tokens, lead, DIEM_TOKEN_CAPITALISED) ? k + 1 : item;
        }
      if (!diem_tokens_has (tokens, k, DIEM_TOKEN_WORD) || diem_tokens_has (tokens, k, DIEM_TOKEN_CAPITALISED))
        return item;
    }
  return item;
}

/* One to three lower-case words [item, comma) with no stop word, then after the comma
 * more such words and a person ("nhà thơ, dịch giả Dương Tường")? */
static gboolean
trade_before_named_trade (const DiemTokens *tokens,
                          guint             item,
                          guint             comma,
                          guint             end)
{
  guint k, name_len = 0;

  if (comma <= item || comma - item > 3)
    return FALSE;
  for (k = item; k < comma; k++)
    if (!diem_tokens_has (tokens, k, DIEM_TOKEN_WORD) || diem_tokens_has (tokens, k, DIEM_TOKEN_CAPITALISED)
        || diem_grammar_stop_word (tokens, k, comma) > 0 || diem_award_word (tokens, k, comma, "collective") > 0
        || diem_award_word (tokens, k, comma, "vague") > 0)
      return FALSE;
  for (k = comma + 1; k < end && k < comma + 4; k++)
    {
      if (diem_tokens_has (tokens, k, DIEM_TOKEN_CAPITALISED))
        return k > comma + 1 && diem_recipient_person_at (tokens, k, end, &name_len) == k;
      if (!diem_tokens_has (tokens, k, DIEM_TOKEN_WORD) || diem_grammar_stop_word (tokens, k, end) > 0)
        return FALSE;
    }
  return FALSE;
}

/* A rank alone in [item, comma), then after the comma another rank and a person
 * ("Thiếu tướng, Anh hùng LLVTND Nguyễn Trọng Tháp")? */
static gboolean
rank_before_named_rank (const DiemTokens *tokens,
                        guint             item,
                        guint             comma,
                        guint             end)
{
  guint rank = comma + 1 < end ? diem_grammar_address_at (tokens, comma + 1, end, NULL) : 0, name_len = 0;

  return comma > item && diem_grammar_address_at (tokens, item, comma, NULL) == comma - item && rank > 0
         && diem_recipient_person_at (tokens, comma + 1 + rank, end, &name_len) == comma + 1 + rank;
}

/* "cho chị A cùng anh B": does [item, joint) name a person, and a new item that names
 * one follow the "cùng" at joint? */
static gboolean
person_then_person (const DiemTokens *tokens,
                    guint             item,
                    guint             joint,
                    guint             end)
{
  guint name_len = 0;

  return diem_recipient_person_fills (tokens, item, joint) && diem_recipient_starts_new_item (tokens, item, joint + 1, end)
         && diem_recipient_person_at (tokens, joint + 1, end, &name_len) != G_MAXUINT;
}

/* "cho 10 cá nhân, trong đó có A", "cho 2 cá nhân là A, B": the names tell who the count
 * is, so the same count given again in another sentence ("… tặng cho 10 cá nhân") is no
 * recipient of its own. */
static void
count_told_by_names (DiemAwardsReader *ctx,
                     const DiemHonour *honour,
                     guint             start,
                     guint             named)
{
  const DiemTokens *tokens = ctx->tokens;
  g_autofree char *count = NULL;
  g_autofree char *folded = NULL;
  guint k = start + 1;

  if (!diem_recipient_count_at (tokens, start, named))
    return;
  while (k < named && diem_tokens_has (tokens, k, DIEM_TOKEN_WORD) && !diem_tokens_is (tokens, k, "là")
         && !diem_tokens_is (tokens, k, "gồm") && !diem_tokens_is (tokens, k, "trong"))
    k++;
  count = diem_tokens_dup_text (tokens, start, k - 1);
  folded = diem_fold_case (count);
  g_hash_table_add (ctx->recipients, g_strconcat (honour->key, "\n", folded, NULL));
}

/* The recipients of "trao … cho LIST". Lists split on ";" when there is one
 * (organisation names may hold commas), else on "," and on "và" before a new item.
 * An item made only of collective nouns shares the next item ("Đảng bộ, chính quyền
 * và nhân dân tỉnh X"). Once an item is cut short by a verb or a purpose clause the
 * list has ended. Returns TRUE when the list ends on "là:" / "gồm:" with nothing
 * after: the names follow as dashed lines. */
gboolean
diem_awards_read_list (DiemAwardsReader *ctx,
                       const DiemHonour *honour,
                       DiemAward        *award,
                       guint             start,
                       guint             end)
{
  const DiemTokens *tokens = ctx->tokens;
  const char *separator = ",";
  gboolean previous_person = FALSE, first_item = TRUE, described = FALSE;
  guint item = start;

  /* "cho A và Huân chương … cho B": the "và" joins the honours, not the recipients */
  while (end > start && (diem_grammar_is_punct (tokens, end - 1, ";,.") || diem_tokens_is (tokens, end - 1, "và")))
    end--;
  while (start < end && diem_tokens_is (tokens, start, "cho"))
    start++, item++;
  /* "cho A và thư khen cho B": "và" opens a second giving of something else */
  for (guint k = start + 1; k < end; k++)
    {
      if (diem_grammar_is_punct (tokens, k, ";:"))
        break;
      if (!diem_tokens_is (tokens, k, "và"))
        continue;
      for (guint j = k + 2; j < MIN (end, k + 8) && !diem_tokens_has (tokens, j, DIEM_TOKEN_PUNCT); j++)
        if (diem_tokens_is (tokens, j, "cho"))
          {
            end = k;
            break;
          }
    }
  /* "cho: - A; - B" as one paragraph */
  if (start < end && diem_grammar_is_punct (tokens, start, ":"))
    start++, item++;
  /* "cho 7 tập thể, gồm: A, B", "cho các tập thể, cá nhân gồm: A; B": the names */
  {
    guint named = diem_recipient_names_after_count (tokens, start, end);

    if (named != G_MAXUINT)
      {
        count_told_by_names (ctx, honour, start, named);
        if (named >= end)
          return TRUE;
        start = item = named;
      }
  }
  for (guint k = start; k < end; k++)
    if (diem_grammar_is_punct (tokens, k, ";"))
      {
        separator = ";";
        break;
      }

  for (guint k = start; k <= end; k++)
    {
      gboolean cut = FALSE;
      guint named, quoted = diem_recipient_quoted_name_end (tokens, k, end);

      /* "các gương “Người tốt, việc tốt”": no item ends inside a quoted name */
      if (k > item && quoted != G_MAXUINT)
        {
          k = quoted;
          continue;
        }
      if (k < end && !diem_grammar_is_punct (tokens, k, separator))
        {
          /* "A (Bộ Quốc phòng), B (Bộ Công an); C": an item its aside has closed */
          gboolean closed = diem_grammar_is_punct (tokens, k, ",") && k > item
                            && (diem_grammar_is_punct (tokens, k - 1, ")")
                                || (diem_recipient_count_at (tokens, item, k) && diem_recipient_count_at (tokens, k + 1, end)));

          if (!closed && !(diem_tokens_is (tokens, k, "và") && k > item && diem_recipient_starts_new_item (tokens, item, k + 1, end))
              && !(diem_tokens_is (tokens, k, "cùng") && k > item && person_then_person (tokens, item, k, end)))
            continue;
        }
      if (k <= item)
        {
          item = k + 1;
          continue;
        }
      /* "cho Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lê Văn A": offices joined by commas
       * before the one name they are all of */
      if (k < end && diem_grammar_is_punct (tokens, k, ",") && !(previous_person && diem_grammar_is_punct (tokens, item - 1, ","))
          && diem_grammar_office_at (tokens, item + diem_grammar_address_at (tokens, item, k, NULL), k, TRUE) > 0)
        {
          guint name_len = 0, person = diem_recipient_person_at (tokens, item, end, &name_len);

          if (person != G_MAXUINT && person > k)
            continue;
        }
      /* "cho nhà thơ, dịch giả Dương Tường", "cho Thiếu tướng, Anh hùng LLVTND A": trades
       * or ranks joined by commas before the one name, which the last of them introduces */
      if (k < end && diem_grammar_is_punct (tokens, k, ",")
          && (trade_before_named_trade (tokens, item, k, end) || rank_before_named_rank (tokens, item, k, end)))
        {
          item = k + 1;
          continue;
        }
      named = diem_recipient_names_after_count (tokens, item, k);
      if (named != G_MAXUINT)
        {
          if (named >= end)
            return TRUE;
          item = named;
        }
      /* "Đảng bộ, chính quyền và …", "các tập thể, cá nhân có thành tích …": one
       * recipient with what follows */
      if (k < end && diem_grammar_is_punct (tokens, k, ","))
        {
          guint vague = diem_award_word (tokens, item, k, "vague");

          if (diem_recipient_only_collectives (tokens, item, k)
              || (vague > 0 && diem_award_word (tokens, k + 1, end, "collective") > 0
                  && diem_recipient_only_collectives (tokens, item + vague, k)))
            continue;
        }
      if (k < end && diem_recipient_parent_unit_after (tokens, item, k, end))
        continue; /* "Tiểu đoàn 3, Trung đoàn 9": the unit and its parent */
      if (k < end && diem_recipient_domains_after (tokens, k, end))
        continue; /* "Sở Văn hóa, Thể thao và Du lịch": one body */
      if (k < end && diem_grammar_is_punct (tokens, k, ",") && diem_recipient_count_at (tokens, item, k)
          && (diem_award_word (tokens, k + 1, end, "collective") > 0
              || (diem_grammar_is_place_word (tokens, item + 1) && diem_grammar_is_place_word (tokens, k + 1))))
        continue; /* "sáu đơn vị, cá nhân", "13 tỉnh, thành phố": one count of both */
      if (g_str_equal (separator, ",") && previous_person && diem_grammar_is_punct (tokens, item - 1, ",")
          && diem_grammar_office_at (tokens, item, k, TRUE) > 0)
        {
          item = k + 1;
          continue; /* "ông Lê Văn Thinh, Giám đốc Sở …": his office, not a recipient */
        }
      /* "anh A, 26 tuổi, dân quân xã B": his age, then who he is; the list is over */
      if (g_str_equal (separator, ",") && previous_person && diem_tokens_has (tokens, item, DIEM_TOKEN_DIGIT)
          && diem_tokens_is (tokens, item + 1, "tuổi"))
        break;
      /* "em Trần Văn Nam, học sinh lớp 10 Trường THPT A": who he is, in lower case, one
       * description; "ông A, cán bộ, chiến sĩ Đồn B" lists a collective after him */
      if (g_str_equal (separator, ",") && previous_person && lower_case_description (tokens, item, k))
        {
          item = k + 1;
          continue;
        }
      /* "em A, học sinh lớp 12, Trường THPT B, người …": who he is, then where he
       * studies or works; neither is another recipient */
      if (g_str_equal (separator, ",") && previous_person && diem_grammar_is_punct (tokens, item - 1, ",")
          && (plain_description (tokens, item, k)
              || (described && diem_tokens_has (tokens, item, DIEM_TOKEN_CAPITALISED) && diem_award_word (tokens, item, k, "head") > 0)))
        {
          described = TRUE;
          item = k + 1;
          continue;
        }
      described = FALSE;
      {
        guint name_len = 0;
        guint lead = item + diem_grammar_address_at (tokens, item, k, NULL);

        previous_person = diem_recipient_person_at (tokens, lead, k, &name_len) != G_MAXUINT;
      }
      /* "Trao … cho Bộ đội Biên phòng, Thủ tướng A nhấn mạnh …": a person and a verb
       * open the main clause after a fronted giving */
      if (!first_item && g_str_equal (separator, ",") && opens_clause (tokens, item, k))
        break;
      /* "…; A nhận Huy hiệu …": the subject of the next giving, not a recipient; a verb
       * after "để" ("cho A để ghi nhận …") is the purpose of this giving */
      for (guint v = item + 1, phrase_end = diem_recipient_phrase_end (tokens, item, k);
           v < (diem_tokens_is (tokens, phrase_end, "để") ? phrase_end : k); v++)
        if (diem_lexicon_match (diem_lexicon (DIEM_LEXICON_GIVE_VERBS), tokens, v, k, NULL) >= 0 && diem_grammar_verb_at (tokens, v))
          return FALSE;
      /* "cho người tiền nhiệm - ông Trần Thọ", "cho ngôi trường có bề dày truyền thống -
       * THPT Chu Văn An": who it is in lower case, then after a dash the name */
      item = named_after_description (tokens, item, k);
      if (!diem_awards_add_phrase (ctx, honour, award, item, k, FALSE, &cut)
          && (first_item || diem_grammar_stop_word (tokens, item, k) > 0))
        break; /* "trao tặng … các hạng; …": no list of recipients at all; "…, trong
                * chương trình …": the clause after the list */
      first_item = FALSE;
      if (cut)
        {
          guint phrase_end = diem_recipient_phrase_end (tokens, item, k);

          if (!place_qualifies (tokens, phrase_end, k) && !aside_ends_item (tokens, phrase_end, k)
              && !aside_after_person (tokens, item, k, end))
            break;
        }
      item = k + 1;
    }
  return FALSE;
}

/* "… cho 2 cá nhân là:" then one line each, "- Ông A, Giám đốc …". */
void
diem_awards_read_dashed_lines (DiemAwardsReader *ctx,
                               const DiemHonour *honour,
                               DiemAward        *award,
                               guint             sentence)
{
  const DiemTokens *tokens = ctx->tokens;

  for (guint s = sentence + 1; s < tokens->sentences->len && s < sentence + 200; s++)
    {
      const DiemSentence *line = &g_array_index (tokens->sentences, DiemSentence, s);
      guint start = line->start, end = line->start;
      gboolean cut = FALSE;

      if (!diem_grammar_is_punct (tokens, start, "-–—+•") || !diem_tokens_has (tokens, start, DIEM_TOKEN_BLOCK_START))
        return;
      start++;
      while (end < line->end && !diem_grammar_is_punct (tokens, end, ",;"))
        end++;
      diem_awards_add_phrase (ctx, honour, award, start, end, FALSE, &cut);
    }
}

/* "hạng Nhất, hạng Nhì, hạng Ba cho A, B và C": as many recipients as classes are
 * given in order; otherwise the list stays with the last class. */
void
diem_awards_assign_respectively (DiemAwardsReader *ctx,
                                 GArray           *found,
                                 guint             last,
                                 DiemAward        *last_award,
                                 guint             first_new)
{
  const DiemHonour *tail = &g_array_index (found, DiemHonour, last);
  guint series = last - tail->group + 1;
  g_autoptr(GPtrArray) listed = NULL;

  if (series < 2 || last_award->recipients->len - first_new != series)
    return;
  ctx->respective = TRUE;

  listed = g_ptr_array_new_with_free_func (g_free);
  while (last_award->recipients->len > first_new)
    g_ptr_array_insert (listed, 0, g_ptr_array_steal_index (last_award->recipients, last_award->recipients->len - 1));
  for (guint k = 0; k < series; k++)
    {
      const DiemHonour *member = &g_array_index (found, DiemHonour, tail->group + k);
      DiemAward *award = diem_awards_ensure_award (ctx, member);

      g_ptr_array_add (award->recipients, g_strdup (g_ptr_array_index (listed, k)));
    }
}

/* "… trao danh hiệu … cho 10 tập thể, cá nhân gồm: A; B." then "Các cá nhân gồm: Ông C,
 * Chủ tịch …" and "Bà D, Giám đốc …" as paragraphs of their own: a sentence with no
 * honour that goes on with the list of the one before. Returns TRUE when it did. */
gboolean
diem_awards_read_list_continuation (DiemAwardsReader *ctx,
                                    guint             sentence)
{
  const DiemTokens *tokens = ctx->tokens;
  const DiemSentence *span = &g_array_index (tokens->sentences, DiemSentence, sentence);
  guint start = span->start, end = span->end, named, name_len = 0, person;
  DiemHonour honour = { 0 };

  if (ctx->listing == NULL || ctx->listing_sentence + 1 != sentence)
    return FALSE;
  honour.key = ctx->listing_key;
  named = diem_recipient_names_after_count (tokens, start, end);
  if (named != G_MAXUINT && named < end)
    {
      diem_awards_read_list (ctx, &honour, ctx->listing, named, end);
      ctx->listing_sentence = sentence;
      ctx->listing_names = TRUE;
      return TRUE;
    }
  /* a paragraph that is only a person and what they are, with no verb */
  if (!ctx->listing_names || !diem_tokens_has (tokens, start, DIEM_TOKEN_BLOCK_START))
    return FALSE;
  person = diem_recipient_person_at (tokens, start + diem_grammar_address_at (tokens, start, end, NULL), end, &name_len);
  if (person == G_MAXUINT || !diem_grammar_is_punct (tokens, person + name_len, ","))
    return FALSE;
  for (guint k = person + name_len; k < end; k++)
    if (diem_grammar_stop_word (tokens, k, end) > 0 || diem_awards_give_verb_at (tokens, k, end) > 0)
      return FALSE;
  {
    g_autofree char *name = diem_recipient_name_text (tokens, person, name_len);

    diem_awards_add_recipient (ctx, &honour, ctx->listing, name);
  }
  ctx->listing_sentence = sentence;
  return TRUE;
}
