/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-awards-subject-forms.c — the shapes of a subject before the verb
 *
 * A list of recipients ("A, B và C được tặng"), the host of a ceremony, the body whose
 * founding a ceremony celebrates, a subject after a fronted "Đón nhận …,", a bare
 * "ông" or "bà" and the person it stands for: the parts diem-awards-subject.c puts
 * together.
 */
#include "diem-awards-reader.h"

#include "diem-grammar.h"
#include "diem-lexicon.h"
#include "diem-recipients.h"

guint
diem_awards_verb_before (const DiemTokens *tokens,
                         guint             i,
                         guint             floor,
                         gboolean         *receive)
{
  const DiemLexicon *verbs = diem_lexicon (DIEM_LEXICON_GIVE_VERBS);

  /* "đạt danh hiệu Chiến sĩ thi đua": attaining a title receives it; only right before
   * the honour, as "đạt" elsewhere is any achievement */
  if (i > floor && diem_tokens_is (tokens, i - 1, "đạt"))
    {
      *receive = TRUE;
      return i - 1;
    }
  /* the longer verb first: "trao tặng", not "tặng" */
  for (guint back = 2; back >= 1; back--)
    {
      guint len = 0;
      int entry;

      if (i < floor + back)
        continue;
      entry = diem_lexicon_match (verbs, tokens, i - back, i, &len);

      if (entry >= 0 && i - back + len == i && diem_grammar_verb_at (tokens, i - back))
        {
          guint verb = i - back, earlier;
          gboolean earlier_receive = FALSE;

          *receive = g_str_equal (diem_lexicon_field (verbs, entry, 1), "receive");
          /* "được phong tặng, truy tặng", "tặng và truy tặng": two verbs of one kind
           * are one predicate, which starts at the first */
          if (verb > floor + 1 && (diem_grammar_is_punct (tokens, verb - 1, ",") || diem_tokens_is (tokens, verb - 1, "và"))
              && (earlier = diem_awards_verb_before (tokens, verb - 1, floor, &earlier_receive)) != G_MAXUINT
              && earlier_receive == *receive)
            return earlier;
          return verb;
        }
    }
  return G_MAXUINT;
}

/* Does [start, end) name someone: a person, a count, a collective or body by its head
 * noun, or anything with a capitalised word after its first? */
static gboolean
item_names_someone (const DiemTokens *tokens,
                    guint             start,
                    guint             end)
{
  guint name_len = 0;

  if (diem_recipient_person_at (tokens, start + diem_grammar_address_at (tokens, start, end, NULL), end, &name_len) != G_MAXUINT
      || diem_tokens_has (tokens, start, DIEM_TOKEN_DIGIT) || diem_grammar_org_term_at (tokens, start, end))
    return TRUE;
  for (guint k = start; k < end; k++)
    if ((k > start && diem_tokens_has (tokens, k, DIEM_TOKEN_CAPITALISED)) || diem_tokens_has (tokens, k, DIEM_TOKEN_UPPER))
      return TRUE;
  return diem_award_word (tokens, start, end, "head") > 0 || diem_award_word (tokens, start, end, "collective") > 0
         || diem_award_word (tokens, start, end, "vague") > 0 || diem_award_word (tokens, start, end, "lead") > 0
         || diem_award_word (tokens, start, end, "number") > 0;
}

/* "anh A, chủ tàu du lịch Biển Đảo Việt, ông B, …": after a person, who they are in a
 * phrase that opens in lower case and names no one else, no group and gives nothing. */
static gboolean
says_who_in_lower_case (const DiemTokens *tokens,
                        guint             item,
                        guint             end)
{
  guint name_len = 0;

  if (end - item > DIEM_TITLE_MAX_TOKENS || !diem_tokens_has (tokens, item, DIEM_TOKEN_WORD)
      || diem_tokens_has (tokens, item, DIEM_TOKEN_CAPITALISED) || diem_tokens_has (tokens, item, DIEM_TOKEN_DIGIT)
      || diem_tokens_is (tokens, item, "và") || diem_award_word (tokens, item, end, "number") > 0
      || diem_award_word (tokens, item, end, "vague") > 0 || diem_award_word (tokens, item, end, "collective") > 0
      || diem_award_word (tokens, item, end, "lead") > 0 || diem_award_word (tokens, item, end, "head") > 0)
    return FALSE;
  for (guint k = item; k < end; k++)
    if (diem_awards_give_verb_at (tokens, k, end) > 0 || diem_recipient_person_at (tokens, k, end, &name_len) == k
        || diem_grammar_name_at (tokens, k, end) > 0)
      return FALSE;
  return TRUE;
}

/* Is [item, end) a plain description, with no stop word that would make it a clause
 * ("lái tàu Đội 1", not "cho biết 10 năm qua …") and no word of one who stands for
 * another ("… đại diện công ty")? An aside in brackets is skipped. */
static gboolean
plain_description (const DiemTokens *tokens,
                   guint             item,
                   guint             end)
{
  for (guint k = item; k < end; k++)
    {
      guint close = diem_grammar_aside_close (tokens, k, end, 16);

      if (close != G_MAXUINT)
        k = close;
      else if (diem_grammar_stop_word (tokens, k, end) > 0 || diem_award_word (tokens, k, end, "lead") > 0)
        return FALSE;
    }
  return TRUE;
}

/* Where the items of a subject list start after its head: "Các tập thể", "các đồng
 * chí" (the form of address is every name's), "Hai hiệp sĩ" or "Hai ‘hiệp sĩ’" (how
 * many, then who they are, then the names); start when there is none. */
static guint
after_list_head (const DiemTokens *tokens,
                 guint             start,
                 guint             end)
{
  guint len;

  if (diem_award_word (tokens, start, end, "vague") > 0 && (len = diem_award_word (tokens, start + 1, end, "collective")) > 0)
    return start + 1 + len;
  if (diem_award_word (tokens, start, end, "vague") > 0 && diem_grammar_address_at (tokens, start + 1, end, NULL) > 0)
    return start + 1;
  if (diem_recipient_count_at (tokens, start, end) || diem_award_word (tokens, start, end, "number") > 0)
    for (guint k = start + 1; k < MIN (end, start + 7); k++)
      {
        guint name_len = 0;

        if (diem_tokens_has (tokens, k, DIEM_TOKEN_CAPITALISED))
          return k > start + 1 && diem_recipient_person_at (tokens, k, end, &name_len) == k ? k : start;
        /* "Hai ‘hiệp sĩ’ A và B": who they are may be in quotes */
        if (diem_grammar_is_punct (tokens, k, "‘’“”'\""))
          continue;
        if (!diem_tokens_has (tokens, k, DIEM_TOKEN_WORD) || diem_grammar_stop_word (tokens, k, end) > 0)
          break;
      }
  return start;
}

/* "Các tập thể A, B và Đại tá C, Phó Giám đốc …; Thiếu tá D … đón nhận …": a list of
 * recipients as the subject, from the sentence start (or a colon) to the verb. Taken
 * only when every item is a recipient (an office after a person is that person's), so
 * a clause that opens on anything else is left to diem_awards_read_subject (). */
gboolean
diem_awards_read_subject_list (DiemAwardsReader *ctx,
                               const DiemHonour *honour,
                               DiemAward        *award,
                               guint             start,
                               guint             end)
{
  const DiemTokens *tokens = ctx->tokens;
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  gboolean previous_person = FALSE, chained = FALSE, accompanied = FALSE, apposition_last = FALSE, described = FALSE;
  guint item;

  start = after_list_head (tokens, start, end);
  /* "A, B, C… được tặng": the list is longer than written */
  while (end > start + 1 && diem_grammar_is_punct (tokens, end - 1, "…"))
    end--;
  item = start;
  for (guint k = start; k <= end; k++)
    {
      gboolean cut = FALSE;
      char *text;
      guint close;

      /* "A (42 tuổi, ngụ Tân Bình) và B": an aside's commas part no items */
      if (k < end && (close = diem_grammar_aside_close (tokens, k, end, 16)) != G_MAXUINT)
        {
          k = close;
          continue;
        }
      if (k < end && !diem_grammar_is_punct (tokens, k, ",;")
          && !(diem_tokens_is (tokens, k, "và") && k > item && diem_recipient_starts_new_item (tokens, item, k + 1, end))
          && !(diem_tokens_is (tokens, k, "cùng") && k > item && diem_recipient_person_fills (tokens, item, k)))
        continue;
      /* "…, ông B, thuyền trưởng tàu C, được tặng": the last apposition ends at the
       * comma before the verb */
      if (k == end && item == end && apposition_last)
        break;
      if (k <= item)
        return FALSE;
      apposition_last = FALSE;
      if (k < end && diem_recipient_parent_unit_after (tokens, item, k, end))
        {
          chained = TRUE;
          continue;
        }
      if (previous_person && (diem_grammar_office_at (tokens, item, k, TRUE) > 0 || says_who_in_lower_case (tokens, item, k)))
        {
          described = found->len == 1 && plain_description (tokens, item, k);
          item = k + 1;
          apposition_last = TRUE;
          continue;
        }
      /* "Kết quả điều tra xác định, ông A …", "Sau trận chiến này, cả A và B …": a first
       * item capitalised only because it opens the sentence, and naming no one, is a
       * phrase fronted before the subject; the list starts after it */
      if (found->len == 0 && item == start && k < end && diem_grammar_is_punct (tokens, k, ",")
          && !item_names_someone (tokens, item, k))
        {
          item = start = after_list_head (tokens, k + 1, end);
          continue;
        }
      /* "A và B, hai người có công phát hiện hang, vừa được tặng …": after the people
       * named, how many they are and what they did, in apposition */
      if (found->len >= 2 && previous_person && diem_grammar_is_punct (tokens, item - 1, ",")
          && (diem_tokens_has (tokens, item, DIEM_TOKEN_DIGIT) || diem_award_word (tokens, item, k, "number") > 0)
          && item + 1 < k && !diem_tokens_has (tokens, item + 1, DIEM_TOKEN_CAPITALISED))
        break;
      /* a quote in the subject's place ("Đoàn viên hát bài “…”"): a clause of its own
       * more often than a name, left to the plain reading */
      for (guint q = item; q < k; q++)
        if (diem_grammar_is_punct (tokens, q, "“\""))
          return FALSE;
      text = diem_recipient_phrase (ctx->tokens, ctx->officials, item, k, FALSE, &cut);
      /* "Anh A cùng anh trai được tặng …": the one named, with someone the text does
       * not name */
      if (text == NULL && accompanied)
        break;
      accompanied = diem_tokens_is (tokens, k, "cùng");
      /* cut short only by an aside in brackets that closes the item */
      if (text != NULL && cut)
        {
          guint aside = diem_recipient_phrase_end (tokens, item, k);

          cut = diem_grammar_aside_close (tokens, aside, k, 16) != k - 1;
        }
      if (text == NULL || cut)
        {
          g_free (text);
          return FALSE;
        }
      {
        guint name_len = 0;

        previous_person = diem_recipient_person_at (tokens, item + diem_grammar_address_at (tokens, item, k, NULL), k, &name_len) != G_MAXUINT;
      }
      g_ptr_array_add (found, text);
      item = k + 1;
    }
  /* one recipient is a list only when it is a unit with its parents, a person with
   * someone unnamed, or a person with what they are after a comma ("Ông A, lái tàu Đội
   * 1 đã được tặng …") */
  if (found->len < 2 && !(found->len == 1 && (chained || accompanied || described)))
    return FALSE;
  for (guint i = 0; i < found->len; i++)
    diem_awards_add_recipient (ctx, honour, award, g_ptr_array_index (found, i));
  return TRUE;
}

/* "13 đồng chí được trao tặng Huy hiệu Đảng đợt này, trong đó có …": does the clause of
 * the honour ending at i go on to name who is counted? Then the count is no recipient. */
gboolean
diem_awards_names_follow (const DiemTokens *tokens,
                          guint             i)
{
  guint n = tokens->tokens->len;

  /* "Bốn nghệ sĩ được truy tặng danh hiệu …: A, B, C" */
  if (diem_grammar_is_punct (tokens, i, ":"))
    return diem_grammar_name_at (tokens, i + 1, n) > 0 || diem_grammar_address_at (tokens, i + 1, n, NULL) > 0;
  /* "Hai tập thể được tặng Cờ thi đua là A và B", "… gồm: A; B" */
  if (diem_tokens_is (tokens, i, "là") || diem_tokens_is (tokens, i, "gồm"))
    {
      guint first = i + 1 + diem_grammar_is_punct (tokens, i + 1, ":");

      return diem_tokens_has (tokens, first, DIEM_TOKEN_CAPITALISED)
             || diem_grammar_address_at (tokens, first, n, NULL) > 0;
    }
  for (guint k = i; k < MIN (n, i + DIEM_AWARDS_LOOK_BACK); k++)
    {
      if (diem_grammar_is_punct (tokens, k, ",") && diem_tokens_is (tokens, k + 1, "trong")
          && diem_tokens_is (tokens, k + 2, "đó"))
        return TRUE;
      if (diem_grammar_is_punct (tokens, k, ",;:.!?"))
        return FALSE;
    }
  return FALSE;
}

/* "Hai tập thể được tặng …": does the clause before the verb open on a count or a
 * plural of collectives? */
gboolean
diem_awards_counted_subject (const DiemTokens *tokens,
                             guint             verb,
                             guint             start)
{
  guint pos = verb, len;

  while (pos > start && !diem_grammar_is_punct (tokens, pos - 1, ",;:.!?"))
    pos--;
  if (diem_recipient_count_at (tokens, pos, verb))
    return TRUE;
  len = diem_award_word (tokens, pos, verb, "vague");
  return len > 0 && diem_award_word (tokens, pos + len, verb, "collective") > 0;
}

/* Does [start, end) end on its proper name: a capitalised word, or terms of a body's
 * name written partly in lower case after one ("Bộ Công an", "Ủy ban nhân dân", "Học
 * viện Cảnh sát nhân dân")? */
static gboolean
ends_on_proper_name (const DiemTokens *tokens,
                     guint             start,
                     guint             end)
{
  guint pos = end;

  while (pos > start)
    {
      guint n = 0;

      if (diem_tokens_has (tokens, pos - 1, DIEM_TOKEN_CAPITALISED))
        return TRUE;
      if (pos < start + 2 || diem_lexicon_match (diem_lexicon (DIEM_LEXICON_ORG_WORDS), tokens, pos - 2, pos, &n) < 0 || n != 2)
        return FALSE;
      pos -= 2;
      if (diem_tokens_has (tokens, pos, DIEM_TOKEN_CAPITALISED))
        return TRUE;
    }
  return FALSE;
}

/* Does [start, end) hold a name, a capitalised word that is not the abbreviation of a
 * common noun ("Trường ĐH" is "a university" and names none)? */
static gboolean
has_proper_name (const DiemTokens *tokens,
                 guint             start,
                 guint             end)
{
  for (guint k = start; k < end; k++)
    if (diem_tokens_has (tokens, k, DIEM_TOKEN_CAPITALISED) && diem_tokens_has (tokens, k, DIEM_TOKEN_WORD)
        && diem_lexicon_lookup (diem_lexicon (DIEM_LEXICON_ABBREVIATIONS), diem_tokens_key (tokens, k)) < 0)
      return TRUE;
  return FALSE;
}

/* The body named before `before`, a few sentences back at most, whose name opens with
 * the words `keys` (len of them) and goes on to a proper name ("Công ty Than Hà Lầm"):
 * its text, with where it starts in *at; or NULL. */
static char *
body_named_before (const DiemTokens  *tokens,
                   const char *const *keys,
                   guint              len,
                   guint              before,
                   guint             *at)
{
  guint sentences = 0;

  for (guint k = before; k > 0 && before - k < 8 * DIEM_AWARDS_LOOK_BACK && sentences < 6; k--)
    {
      gboolean same = TRUE;
      guint body_end;

      if (diem_grammar_is_punct (tokens, k - 1, ".!?"))
        sentences++;
      for (guint w = 0; w < len && same; w++)
        same = k - 1 + w < before && g_str_equal (diem_tokens_key (tokens, k - 1 + w), keys[w]);
      if (!same || !diem_tokens_has (tokens, k - 1, DIEM_TOKEN_CAPITALISED)
          || !diem_tokens_has (tokens, k - 1 + len, DIEM_TOKEN_CAPITALISED))
        continue;
      body_end = diem_recipient_phrase_end (tokens, k - 1, MIN (before, k - 1 + DIEM_TITLE_MAX_TOKENS));
      body_end = diem_recipient_name_end_at_comma (tokens, k - 1 + len, body_end);
      while (body_end > k - 1 + len && !ends_on_proper_name (tokens, k - 1, body_end))
        body_end--;
      if (body_end > k - 1 + len && has_proper_name (tokens, k - 1 + len, body_end))
        {
          *at = k - 1;
          return diem_tokens_dup_text (tokens, k - 1, body_end - 1);
        }
    }
  return NULL;
}

/* The head noun [head, end) alone ("Công ty", "Trường") as the one honoured: the body
 * with that head and a proper name ("Công ty Than Hà Lầm") that the article named last
 * before it, a few sentences back at most, or NULL. "nhà trường" is "the school": its
 * body is a "Trường …", an "Đại học …" or a "Học viện …", whichever came last. */
char *
diem_awards_last_named_body (const DiemTokens *tokens,
                             guint             head,
                             guint             end)
{
  static const char *const schools[][3] = { { "trường", NULL }, { "đại", "học", NULL }, { "học", "viện", NULL }, { "đh", NULL } };
  const char *keys[8];
  char *best = NULL;
  guint best_at = 0, len = MIN (end - head, G_N_ELEMENTS (keys));

  if (end == head + 2 && diem_tokens_is (tokens, head, "nhà") && diem_tokens_is (tokens, head + 1, "trường"))
    {
      for (guint i = 0; i < G_N_ELEMENTS (schools); i++)
        {
          guint at = 0;
          char *body = body_named_before (tokens, schools[i], g_strv_length ((char **) schools[i]), head, &at);

          if (body != NULL && (best == NULL || at > best_at))
            {
              g_free (best);
              best = body;
              best_at = at;
            }
          else
            g_free (body);
        }
      return best;
    }
  for (guint w = 0; w < len; w++)
    keys[w] = diem_tokens_key (tokens, head + w);
  return body_named_before (tokens, keys, len, head, &best_at);
}

/* "Sáng 5/9, Trường THCS A tổ chức lễ kỷ niệm … và đón nhận Huân chương …": the
 * organisation that opens the clause, after any setting of time or place, hosts the
 * ceremony and receives the honour. Its noun phrase must end on the first predicate's
 * verb. */
void
diem_awards_read_ceremony_host (DiemAwardsReader *ctx,
                                const DiemHonour *honour,
                                DiemAward        *award,
                                guint             clause,
                                guint             conjunction)
{
  const DiemTokens *tokens = ctx->tokens;
  guint start = clause;

  while (start < conjunction)
    {
      guint segment_end = start, stop, verb;

      while (segment_end < conjunction && !diem_grammar_is_punct (tokens, segment_end, ","))
        segment_end++;
      /* "Nhân dịp kỷ niệm 30 năm thành lập, Trường A …": a fronted setting */
      if (segment_end < conjunction
          && diem_lexicon_match (diem_lexicon (DIEM_LEXICON_STOPWORDS), tokens, start, segment_end, NULL) >= 0)
        {
          start = segment_end + 1;
          continue;
        }
      stop = verb = diem_recipient_phrase_end (tokens, start, segment_end);
      /* "Ngân hàng A (ABBank) đã tổ chức …": the short name in brackets, then the verb */
      if (diem_grammar_is_punct (tokens, verb, "(") && verb > start)
        for (guint close = verb + 1; close < MIN (segment_end, verb + 8); close++)
          if (diem_grammar_is_punct (tokens, close, ")"))
            {
              if (diem_recipient_phrase_end (tokens, close + 1, segment_end) == close + 1)
                verb = close + 1;
              break;
            }
      /* "Bệnh viện A kỷ niệm 40 năm thành lập và đón nhận …" */
      for (guint k = start + 1; k < verb; k++)
        if (!diem_tokens_has (tokens, k, DIEM_TOKEN_CAPITALISED) && diem_award_word (tokens, k, segment_end, "celebrate") > 0)
          {
            stop = verb = k;
            break;
          }
      /* "Trường A long trọng tổ chức": the adverb is not part of the name */
      for (guint round = 0; round < 3 && stop > start; round++)
        {
          guint manner = diem_award_word_before (tokens, stop, start, "manner");

          if (manner == G_MAXUINT || stop == segment_end)
            break;
          stop = manner;
        }
      if (diem_tokens_has (tokens, start, DIEM_TOKEN_CAPITALISED) && verb < segment_end && stop > start + 1
          && (diem_grammar_stop_word (tokens, verb, segment_end) > 0
              || diem_award_word (tokens, verb, segment_end, "celebrate") > 0))
        {
          gboolean cut = FALSE;
          g_autofree char *text = NULL;
          guint name_len = 0;

          /* a person is read by the rule for people; here only bodies, named in full
           * (ending on a capitalised word) and not the government of a place */
          if (diem_recipient_person_at (tokens, start, stop, &name_len) != G_MAXUINT
              || diem_award_word (tokens, start, stop, "authority") > 0
              || !ends_on_proper_name (tokens, start, stop))
            return;
          text = diem_recipient_phrase (tokens, ctx->officials, start, stop, TRUE, &cut);
          if (text != NULL && !cut)
            diem_awards_add_recipient (ctx, honour, award, text);
          return;
        }
      start = segment_end + 1;
    }
}

/* "lễ kỷ niệm 30 năm ngày thành lập Công ty A và đón nhận …": the body whose founding
 * the clause [clause, conjunction) celebrates, named in full or by its head noun alone
 * after the article named it ("… thành lập Tổng công ty và đón nhận"), or NULL. */
char *
diem_awards_founded_body (const DiemAwardsReader *ctx,
                          guint                   clause,
                          guint                   conjunction)
{
  const DiemTokens *tokens = ctx->tokens;

  /* "thành lập Huyện Vân Đồn (1948 - 2018) và": the years in brackets are no part of it */
  if (conjunction > clause + 2 && diem_grammar_is_punct (tokens, conjunction - 1, ")"))
    for (guint open = conjunction - 1; open > clause && conjunction - open < 8; open--)
      if (diem_grammar_is_punct (tokens, open - 1, "("))
        {
          conjunction = open - 1;
          break;
        }
  for (guint k = clause + 1; k + 2 < conjunction; k++)
    {
      guint name = k + 2;
      gboolean celebrated = FALSE, cut = FALSE;
      char *text;

      if (!diem_tokens_is (tokens, k, "thành") || !diem_tokens_is (tokens, k + 1, "lập"))
        continue;
      for (guint c = k; c > clause && k - c < 8 && !celebrated; c--)
        celebrated = diem_award_word (tokens, c - 1, k, "celebrate") > 0;
      if (!celebrated || !diem_tokens_has (tokens, name, DIEM_TOKEN_CAPITALISED))
        return NULL;
      if (diem_award_word (tokens, name, conjunction, "head") == conjunction - name)
        return diem_awards_last_named_body (tokens, name, conjunction);
      if (diem_recipient_person_at (tokens, name, conjunction, &(guint){ 0 }) != G_MAXUINT
          || !ends_on_proper_name (tokens, name, conjunction))
        return NULL;
      text = diem_recipient_phrase (tokens, ctx->officials, name, conjunction, TRUE, &cut);
      if (cut)
        g_clear_pointer (&text, g_free);
      return text;
    }
  return NULL;
}

/* Does the verb at `verb` open the sentence, after adverbs of manner at most ("Vinh dự
 * đón nhận …")? */
gboolean
diem_awards_opens_sentence (const DiemTokens *tokens,
                            guint             verb,
                            guint             start)
{
  guint pos = start;

  for (guint round = 0; round < 3 && pos < verb; round++)
    pos += diem_award_word (tokens, pos, verb, "manner");
  return pos == verb;
}

/* "Đón nhận Huân chương …, Trường A cam kết …": a sentence that opens on receiving; the
 * subject of its main clause, after the comma, is the one who received. */
void
diem_awards_read_fronted_subject (DiemAwardsReader *ctx,
                                  const DiemHonour *honour,
                                  DiemAward        *award,
                                  guint             start,
                                  guint             end)
{
  const DiemTokens *tokens = ctx->tokens;
  guint stop = diem_recipient_phrase_end (tokens, start, end), name_len = 0, person, address;
  gboolean cut = FALSE;
  g_autofree char *text = NULL;

  if (stop >= end || stop <= start + 1 || diem_grammar_stop_word (tokens, stop, end) == 0)
    return;
  address = diem_grammar_address_at (tokens, start, stop, NULL);
  person = diem_recipient_person_at (tokens, start + address, stop, &name_len);
  if (person != G_MAXUINT)
    text = diem_recipient_name_text (tokens, person, name_len);
  /* a body, or a name the family-name list does not know after a form of address
   * ("bà Umnova Irina Anatolyevna") */
  else if (diem_tokens_has (tokens, start + address, DIEM_TOKEN_CAPITALISED) && diem_award_word (tokens, start, stop, "authority") == 0)
    {
      /* the name ends on its last capitalised word: "Trường A cam kết" is "Trường A" and
       * a verb of its own */
      guint name_end = stop;

      while (name_end > start + 1 && !diem_tokens_has (tokens, name_end - 1, DIEM_TOKEN_CAPITALISED)
             && !diem_tokens_has (tokens, name_end - 1, DIEM_TOKEN_DIGIT))
        name_end--;
      if (stop - name_end <= 2)
        text = diem_recipient_phrase (tokens, ctx->officials, start, name_end, TRUE, &cut);
    }
  if (text != NULL && !cut)
    diem_awards_add_recipient (ctx, honour, award, text);
}

/* The subject that ends right before `end` ("Bệnh viện tỉnh vinh dự đón nhận …",
 * "84 tập thể được tặng …"): back over adverbs of manner, then over the words of one
 * noun phrase; across a comma only when what follows it is a collective noun ("9 tập
 * thể, cá nhân"). Nothing when the verb is coordinated with an earlier one ("… tổ
 * chức lễ kỷ niệm và đón nhận …"): its subject is further away than the grammar sees. */
/* How far back, in tokens, a profile's subject is looked for: a long article's length */
#define PROFILE_REACH 4000

/* Does the form of address [at, at + len) repeat the one at pronoun? */
static gboolean
same_address (const DiemTokens *tokens,
              guint             at,
              guint             pronoun,
              guint             len)
{
  for (guint k = 0; k < len; k++)
    if (diem_tokens_get (tokens, at + k)->key != diem_tokens_get (tokens, pronoun + k)->key)
      return FALSE;
  return TRUE;
}

/* The one person the headline names (the article's first block, up to its first full
 * stop), not introduced there by another form of address, in a headline that quotes
 * no one; or NULL. */
static char *
headline_person (const DiemTokens *tokens,
                 guint             pronoun,
                 guint             len)
{
  guint end = diem_grammar_headline_end (tokens), found = G_MAXUINT, found_len = 0;

  if (end >= pronoun)
    return NULL;
  for (guint k = 0; k < end; k++)
    {
      guint name_len = 0, person;

      /* "Thủ tướng A: Nhớ mãi anh B": a headline that quotes is about someone else */
      if (diem_grammar_is_punct (tokens, k, ":\"“”"))
        return NULL;
      /* "… anh Sáu Nam": a form of address before a name the grammar cannot read */
      if (diem_awards_pronoun_at (tokens, k, end) > 0 && k + 1 < end && diem_tokens_has (tokens, k + 1, DIEM_TOKEN_CAPITALISED)
          && diem_recipient_person_at (tokens, k + diem_awards_pronoun_at (tokens, k, end), end, &name_len) == G_MAXUINT)
        return NULL;
      if (!diem_grammar_is_name_word (tokens, k) || (k > 0 && diem_grammar_is_name_word (tokens, k - 1)))
        continue;
      person = diem_recipient_person_at (tokens, k, end, &name_len);
      if (person == G_MAXUINT || person < k)
        continue;
      /* "ông A" for "bà": someone else */
      if (person > 0 && diem_awards_pronoun_at (tokens, person - 1, end) == 1
          && !(len == 1 && same_address (tokens, person - 1, pronoun, 1)))
        return NULL;
      if (found != G_MAXUINT && !(found_len == name_len && same_address (tokens, found, person, name_len)))
        return NULL; /* two people */
      found = person;
      found_len = name_len;
      k = person + name_len - 1;
    }
  return found != G_MAXUINT ? diem_tokens_dup_text (tokens, found, found + found_len - 1) : NULL;
}

/* The person who opens the sentence at start ("Ông Tillerson, 64 tuổi, …", "Bộ trưởng A
 * phát biểu …"), unless another form of address than the pronoun's introduces them; or
 * NULL. */
static char *
sentence_subject (const DiemTokens *tokens,
                  guint             start,
                  guint             pronoun,
                  guint             len)
{
  guint name_len = 0, person, address = diem_awards_pronoun_at (tokens, start, pronoun);

  if (address > 0 && !(address == len && same_address (tokens, start, pronoun, len)))
    return NULL;
  /* a subject with no form of address ("Bộ trưởng A", "Rex Tillerson") is one that
   * "ông", "bà" or, in an official's obituary, "đồng chí" may stand for; "anh", "chị",
   * "em" name someone so addressed */
  if (address == 0 && !(len == 1 && (diem_tokens_is (tokens, pronoun, "ông") || diem_tokens_is (tokens, pronoun, "bà")))
      && !(len == 2 && diem_tokens_is (tokens, pronoun, "đồng") && diem_tokens_is (tokens, pronoun + 1, "chí")))
    return NULL;
  person = diem_recipient_person_at (tokens, start, pronoun, &name_len);
  /* "Rex Tillerson, 64 tuổi, …": a foreign name in apposition */
  if (person == G_MAXUINT && address == 0)
    {
      guint k = start;

      while (k < pronoun && k < start + 4 && diem_grammar_is_foreign_name_word (tokens, k)
             && diem_lexicon_match (diem_lexicon (DIEM_LEXICON_PLACES), tokens, k, pronoun, NULL) < 0)
        k++;
      /* not the first of a list of names ("Alaina Petty, Peter Wang và …") */
      if (k > start && diem_grammar_is_punct (tokens, k, ",") && !diem_grammar_is_name_word (tokens, k + 1)
          && diem_grammar_foreign_spelling (tokens, start, k))
        {
          person = start;
          name_len = k - start;
        }
    }
  if (person == G_MAXUINT || person + name_len > pronoun
      || (person > start && diem_tokens_has (tokens, person - 1, DIEM_TOKEN_PUNCT)))
    return NULL;
  return diem_recipient_name_text (tokens, person, name_len);
}

/* The one person the article introduces before `pronoun` with its form of address
 * ("ông Phạm Văn Hát", then "ông Hát"), an article's length back: a profile of one man
 * or woman says "ông" or "bà" of them long after their name. NULL when it introduces
 * two, or none by a full name. */
static char *
sole_person_addressed (const DiemTokens *tokens,
                       guint             pronoun,
                       guint             len)
{
  guint found = G_MAXUINT, found_len = 0;

  /* bounded, so a text of thousands of pronouns is not read back whole for each */
  for (guint k = pronoun > PROFILE_REACH ? pronoun - PROFILE_REACH : 0; k + len < pronoun; k++)
    {
      guint name_len = 0, person;

      if (!same_address (tokens, k, pronoun, len) || !diem_tokens_has (tokens, k + len, DIEM_TOKEN_CAPITALISED))
        continue;
      person = diem_recipient_person_at (tokens, k + len, pronoun, &name_len);
      if (person != k + len)
        continue;
      k = person + name_len - 1;
      /* "ông Hát" after "ông Phạm Văn Hát": the same man by his given name */
      if (found != G_MAXUINT && name_len == 1
          && diem_tokens_get (tokens, person)->key == diem_tokens_get (tokens, found + found_len - 1)->key)
        continue;
      if (found != G_MAXUINT && !(found_len == name_len && same_address (tokens, found, person, name_len)))
        return NULL;
      if (name_len < 2)
        return NULL;
      found = person;
      found_len = name_len;
    }
  return found != G_MAXUINT ? diem_tokens_dup_text (tokens, found, found + found_len - 1) : NULL;
}

/* A bare "ông", "bà" or "đồng chí" at `pronoun`, len tokens long: going back a sentence
 * at a time, a few at most, the person who opens a sentence, else the last one it
 * introduced with the same words ("Ông Tillerson có quan hệ với ông Putin. … ông được
 * trao …" is Tillerson); else the one person the headline names, as in an obituary
 * ("Ông được tặng …"); else the one person the article introduces so; or NULL. */
char *
diem_awards_pronoun_referent (const DiemTokens *tokens,
                              guint             pronoun,
                              guint             len)
{
  guint sentences = 0;
  g_autofree char *named = NULL;

  for (guint k = pronoun; k >= len && pronoun + len - k < 8 * DIEM_AWARDS_LOOK_BACK && sentences < 4; k--)
    {
      guint name_len = 0, person;

      if (k < pronoun && diem_grammar_opens_sentence (tokens, k))
        {
          char *subject = sentence_subject (tokens, k, pronoun, len);

          if (subject != NULL)
            return subject;
          if (named != NULL)
            return g_steal_pointer (&named);
          sentences++;
        }
      if (named != NULL || !same_address (tokens, k - len, pronoun, len))
        continue;
      /* read from the form of address, which also carries a foreign name */
      person = diem_recipient_person_at (tokens, k - len, tokens->tokens->len, &name_len);
      if (person == k)
        named = diem_recipient_name_text (tokens, person, name_len);
    }
  if (named != NULL)
    return g_steal_pointer (&named);
  named = headline_person (tokens, pronoun, len);
  return named != NULL ? g_steal_pointer (&named) : sole_person_addressed (tokens, pronoun, len);
}

/* Does [start, end) neither name a person nor give, quote or report anything, asides in
 * brackets aside, so that the person before it stays the one the sentence is about? */
gboolean
diem_awards_sole_actor (const DiemTokens *tokens,
                        guint             start,
                        guint             end)
{
  for (guint k = start; k < end; k++)
    {
      guint name_len = 0, close = diem_grammar_aside_close (tokens, k, end, 16);

      /* "Em A (Trường THPT Lê Quý Đôn), …": an aside in brackets says who A is */
      if (close != G_MAXUINT)
        {
          k = close;
          continue;
        }
      if (diem_awards_give_verb_at (tokens, k, end) > 0 || diem_grammar_is_punct (tokens, k, "\"“”:")
          || (diem_tokens_is (tokens, k, "cho") && diem_tokens_is (tokens, k + 1, "biết"))
          || (diem_grammar_is_name_word (tokens, k) && diem_recipient_person_at (tokens, k, end, &name_len) == k))
        return FALSE;
    }
  return TRUE;
}
