/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-awards-presenters.c — who presents an honour, who issues it, and proposals
 *
 * The presenter is named before the give verb ("Chủ tịch nước A trao …"); the agent of
 * a passive ("được Thủ tướng tặng Bằng khen") issues a certificate; a verb that only
 * proposes or refuses ("đề nghị tặng", "không trao") gives no award.
 */
#include "diem-awards-reader.h"

#include "diem-grammar.h"
#include "diem-lexicon.h"
#include "diem-recipients.h"

/* Does the office at i run up to end, with nothing after it but an aside in brackets,
 * "đã"/"vừa"/"cũng", or "thay mặt …"? A name after the office is another person
 * ("Thủ tướng A, Bí thư Thành ủy B trao"), and a verb another clause. */
static gboolean
office_runs_to (const DiemTokens *tokens,
                guint             i,
                guint             end)
{
  guint pos = diem_grammar_title_end (tokens, i, end);

  if (pos < end && diem_grammar_is_punct (tokens, pos, "("))
    while (pos < end && !diem_grammar_is_punct (tokens, pos, ")"))
      pos++;
  if (pos < end && diem_grammar_is_punct (tokens, pos, ")"))
    pos++;
  while (pos < end && (diem_tokens_is (tokens, pos, "đã") || diem_tokens_is (tokens, pos, "vừa")
                       || diem_tokens_is (tokens, pos, "cũng")))
    pos++;
  return pos == end || (diem_tokens_is (tokens, pos, "thay") && diem_tokens_is (tokens, pos + 1, "mặt"));
}

/* "Đồng chí A, Giám đốc Sở Y tế [trao]", "Đồng chí A, Ủy viên Bộ Chính trị, Chủ tịch
 * Quốc hội [trao]": when commas and offices come right before end, the offices are the
 * name's and their capitalised words are no presenter; the first comma's position, else
 * end. */
static guint
before_office_apposition (const DiemTokens *tokens,
                          guint             end,
                          guint             low)
{
  guint segment_end = end, comma = G_MAXUINT;

  /* back over the segments that are each an office set off by a comma */
  for (guint round = 0; round < 4; round++)
    {
      guint k = segment_end;

      while (k > low && segment_end - k < 2 * DIEM_AWARDS_LOOK_BACK && !diem_grammar_is_punct (tokens, k - 1, ",;:.!?"))
        k--;
      if (k <= low + 1 || !diem_grammar_is_punct (tokens, k - 1, ",") || diem_grammar_office_at (tokens, k, segment_end, TRUE) == 0
          || !office_runs_to (tokens, k, segment_end))
        break;
      comma = segment_end = k - 1;
    }
  return comma != G_MAXUINT && diem_grammar_is_name_word (tokens, comma - 1) ? comma : end;
}

/* "trao bằng khen cho anh A và trao …": is the name at `name` what "cho" gave to, so
 * the subject of no later verb? Only the name's titles and honorifics may come between. */
static gboolean
received_before (const DiemTokens *tokens,
                 guint             name,
                 guint             low)
{
  for (guint k = name; k > low && name - k < DIEM_AWARDS_LOOK_BACK / 2; k--)
    {
      if (diem_tokens_is (tokens, k - 1, "cho"))
        return TRUE;
      if (diem_tokens_has (tokens, k - 1, DIEM_TOKEN_PUNCT) || diem_awards_give_verb_at (tokens, k - 1, name) > 0)
        return FALSE;
    }
  return FALSE;
}

/* The presenters before the verb at `verb`: the name that ends the clause, and those
 * joined to it by "và" ("Chủ tịch nước A và Thủ tướng B trao …"). */
void
diem_awards_read_presenter (DiemAwardsReader *ctx,
                            DiemAward        *award,
                            guint             verb,
                            guint             floor)
{
  const DiemTokens *tokens = ctx->tokens;
  guint low = verb > floor + 3 * DIEM_AWARDS_LOOK_BACK ? verb - 3 * DIEM_AWARDS_LOOK_BACK : floor;
  g_autoptr(GString) names = NULL;
  guint end = verb;

  if (award->presenter != NULL)
    return;
  /* "… thay mặt Thủ tướng trao": the one acting is before "thay mặt" */
  for (guint round = 0; round < 4 && end > low; round++)
    {
      guint run_end, run, start;

      end = before_office_apposition (tokens, end, low);
      run_end = end;

      while (run_end > low && !diem_grammar_is_name_word (tokens, run_end - 1))
        {
          if (diem_grammar_is_punct (tokens, run_end - 1, ";:.!?") || (names != NULL && end - run_end > DIEM_AWARDS_LOOK_BACK))
            break;
          run_end--;
        }
      if (run_end <= low || !diem_grammar_is_name_word (tokens, run_end - 1))
        break;
      run = run_end - 1;
      while (run > low && diem_grammar_is_name_word (tokens, run - 1))
        run--;
      start = diem_grammar_name_in_run (tokens, run, run_end);
      if (start >= run_end || received_before (tokens, start, low))
        break;
      {
        g_autofree char *name = diem_tokens_dup_text (tokens, start, run_end - 1);

        if (names == NULL)
          names = g_string_new (name);
        else
          {
            g_string_prepend (names, " và ");
            g_string_prepend (names, name);
          }
      }
      /* another presenter only across "và" with titles between */
      end = run;
      {
        guint k = end;
        gboolean joined = FALSE;

        while (k > low && end - k < DIEM_AWARDS_LOOK_BACK && !diem_grammar_is_punct (tokens, k - 1, ";:.!?,"))
          {
            if (diem_tokens_is (tokens, k - 1, "và"))
              {
                joined = TRUE;
                break;
              }
            if (diem_grammar_stop_word (tokens, k - 1, end) > 0)
              break;
            k--;
          }
        if (!joined)
          break;
        end = k - 1;
      }
    }
  if (names != NULL)
    award->presenter = g_string_free (g_steal_pointer (&names), FALSE);
}

/* "445 cá nhân được Thủ tướng Chính phủ tặng Bằng khen": a certificate or flag named
 * by who gives it takes the agent of the passive as its issuer, when the agent is an
 * office or body (not a person) and the text names no other. */
void
diem_awards_name_issuer_from_agent (const DiemAwardsReader *ctx,
                                    DiemHonour             *honour,
                                    guint                   verb,
                                    guint                   floor)
{
  const DiemTokens *tokens = ctx->tokens;
  const DiemLexicon *honours = diem_lexicon (DIEM_LEXICON_HONOURS);
  int entry = diem_lexicon_lookup (honours, honour->key);
  guint passive = G_MAXUINT, name_len = 0, end;
  const char *field;
  g_autofree char *agent = NULL;
  char *name, *key;

  field = entry >= 0 ? diem_lexicon_field (honours, entry, 2) : NULL;
  if (field == NULL || !g_str_equal (field, "issuer"))
    return;
  for (guint k = verb; k > floor && verb - k < DIEM_AWARDS_LOOK_BACK; k--)
    {
      if (diem_tokens_has (tokens, k - 1, DIEM_TOKEN_PUNCT))
        break;
      if (diem_tokens_is (tokens, k - 1, "được") && !diem_tokens_has (tokens, k - 1, DIEM_TOKEN_CAPITALISED))
        {
          passive = k - 1;
          break;
        }
    }
  if (passive == G_MAXUINT || passive + 2 > verb || !diem_tokens_has (tokens, passive + 1, DIEM_TOKEN_CAPITALISED))
    return;
  end = diem_grammar_body_end (tokens, passive + 1, verb);
  if (end != verb || diem_grammar_office_at (tokens, passive + 1, verb, FALSE) == 0
      || diem_recipient_person_at (tokens, passive + 1, verb, &name_len) != G_MAXUINT)
    return;
  agent = diem_tokens_dup_text (tokens, passive + 1, verb - 1);
  name = g_strdup_printf ("%s của %s", honour->name, agent);
  key = g_strdup_printf ("%s@%s", honour->key, agent);
  g_free (honour->name);
  g_free (honour->key);
  honour->name = name;
  honour->key = g_utf8_strdown (key, -1);
  g_free (key);
  /* "Bằng khen của Thủ tướng" has a rank of its own */
  {
    g_autofree char *lower = g_utf8_strdown (name, -1);

    entry = diem_lexicon_lookup (honours, lower);
    if (entry >= 0)
      honour->rank = (guint) g_ascii_strtoull (diem_lexicon_field (honours, entry, 1), NULL, 10);
  }
}

/* Is the giving before `at` in its sentence, not itself right after ";", a proposal? */
static gboolean
earlier_giving_proposed (const DiemTokens *tokens,
                         guint             at,
                         guint             floor)
{
  for (guint k = at - 1; k > floor && at - k < 4 * DIEM_AWARDS_LOOK_BACK; k--)
    {
      if (diem_grammar_is_punct (tokens, k - 1, ".!?:"))
        break;
      if (diem_awards_give_verb_at (tokens, k - 1, at) > 0 && !diem_grammar_is_punct (tokens, k - 2, ";"))
        return diem_awards_is_proposal (tokens, k - 1, floor);
    }
  return FALSE;
}

/* "Theo đề nghị của Bộ trưởng, Chủ tịch nước tặng …", "Xét đề nghị của A tại Tờ trình số
 * 6, B tặng …": a phrase set off before the giving that names, with its author, the
 * proposal the giving answers. The comma that ends it, or G_MAXUINT: a proposal word
 * before that comma does not make the giving a proposal. */
static guint
answered_proposal_end (const DiemTokens *tokens,
                       guint             verb,
                       guint             floor)
{
  guint comma = G_MAXUINT;

  for (guint k = verb; k > floor && verb - k < 4 * DIEM_AWARDS_LOOK_BACK; k--)
    {
      guint len;

      if (diem_grammar_is_punct (tokens, k - 1, ";:.!?"))
        break;
      if (comma == G_MAXUINT && diem_grammar_is_punct (tokens, k - 1, ","))
        comma = k - 1;
      if (comma != G_MAXUINT && (len = diem_award_word (tokens, k - 1, verb, "proposal")) > 0
          && diem_tokens_is (tokens, k - 1 + len, "của") && k - 1 + len < comma)
        return comma;
    }
  return G_MAXUINT;
}

/* Is a giving clause between floor and verb a proposal ("đề nghị Chủ tịch nước tặng"),
 * a refusal ("không trao", "chưa được tặng") or a supposition ("Nếu tôi được trao …")? */
gboolean
diem_awards_is_proposal (const DiemTokens *tokens,
                         guint             verb,
                         guint             floor)
{
  guint low = verb > floor + DIEM_AWARDS_LOOK_BACK ? verb - DIEM_AWARDS_LOOK_BACK : floor;
  guint k = verb, answered;

  /* a negation binds the verb itself, across "được" and adverbs only */
  for (guint round = 0; round < 4 && k > floor; round++)
    {
      guint manner = diem_award_word_before (tokens, k, floor, "manner");

      if (manner != G_MAXUINT)
        k = manner;
      else if (diem_tokens_is (tokens, k - 1, "được") || diem_tokens_is (tokens, k - 1, "bị"))
        k--;
      else
        break;
    }
  if (diem_award_word_before (tokens, k, floor, "negation") != G_MAXUINT)
    return TRUE;
  {
    guint clause = k;

    while (clause > low && !diem_grammar_is_punct (tokens, clause - 1, ",;:.!?"))
      clause--;
    if (diem_award_word (tokens, clause, verb, "condition") > 0)
      return TRUE;
  }
  /* "xét tặng", "hồ sơ phong tặng": considered for it, not given it */
  if (diem_award_word_before (tokens, k, floor, "considered") != G_MAXUINT)
    return TRUE;
  /* "việc tặng A cho B đang được xem xét": a giving named as a matter that the
   * sentence then weighs or proposes */
  if (k > floor && diem_tokens_is (tokens, k - 1, "việc"))
    for (guint j = verb + 1; j < tokens->tokens->len && j < verb + 4 * DIEM_AWARDS_LOOK_BACK; j++)
      {
        if (diem_grammar_is_punct (tokens, j, ";.!?"))
          break;
        if (diem_award_word (tokens, j, tokens->tokens->len, "proposal") > 0)
          return TRUE;
      }
  answered = answered_proposal_end (tokens, verb, floor);
  for (k = verb; k > low && (answered == G_MAXUINT || k > answered + 1); k--)
    {
      if (diem_grammar_is_punct (tokens, k - 1, ";:.!?"))
        break;
      if (diem_award_word (tokens, k - 1, verb, "proposal") > 0)
        return TRUE;
    }
  /* "trình Chủ tịch nước tặng A cho B; tặng C cho D", "đề nghị tặng A … và phong tặng
   * B": a giving with no subject of its own after ";" or "và" is proposed as the one
   * before it was */
  if (verb > floor + 1 && (diem_grammar_is_punct (tokens, verb - 1, ";") || diem_tokens_is (tokens, verb - 1, "và")))
    return earlier_giving_proposed (tokens, verb, floor);
  return FALSE;
}

/* "trình Chủ tịch nước tặng A cho B, 3 C cho D": an honour with no verb of its own, in
 * a list after a giving that is proposed, is proposed too. `first` starts the honour (or
 * its count). */
gboolean
diem_awards_gapped_proposal (const DiemTokens *tokens,
                             guint             first,
                             guint             floor)
{
  if (first > floor && diem_tokens_has (tokens, first - 1, DIEM_TOKEN_DIGIT))
    first--;
  return first > floor + 1 && diem_grammar_is_punct (tokens, first - 1, ",;") && earlier_giving_proposed (tokens, first, floor);
}
