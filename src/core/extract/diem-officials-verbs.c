/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-officials-verbs.c — offices given by a verb from the office-verbs lexicon ("được
 * bầu làm", "giữ chức", "tái đắc cử"), and the "bổ nhiệm chức vụ … cho bà A" form */
#include "diem-officials-verbs.h"

#include "diem-grammar.h"
#include "diem-officials-lists.h"
#include "diem-officials-titles.h"
#include "diem-recipients.h"

/* Stop words that may stand between a subject and its office verb ("ông A được HĐND
 * tỉnh bầu tiếp tục giữ chức …", "đã được điều động, bổ nhiệm giữ chức …"); any other
 * begins another clause. The stop word at i is stop tokens long. */
static gboolean
is_verb_gap_word (const DiemTokens *tokens,
                  guint             i,
                  guint             stop,
                  gboolean         *passive_seen)
{
  static const char *const phrases[] = {
    "được", "đã", "vừa", "mới", "sẽ", "năm", "tiếp tục", "lại", "chính thức", "đang", "cũng", "từng", "vẫn", NULL
  };
  /* only in the passive ("A được điều động, bổ nhiệm giữ chức"): "A bổ nhiệm giữ chức …"
   * makes A the appointer */
  static const char *const passive[] = { "bầu", "bổ nhiệm", "điều động", "phân công", NULL };
  g_autofree char *phrase = diem_officials_words_key (tokens, i, i + stop);

  if (g_str_equal (phrase, "được"))
    *passive_seen = TRUE;
  return g_strv_contains (phrases, phrase) || (*passive_seen && g_strv_contains (passive, phrase));
}

/* "Ông A tái đắc cử Bí thư Huyện ủy Hoàng Su Phì": after an office verb whose subject
 * is named earlier in the sentence, a name-shaped run right after the office completes
 * it (a district, a commune); it is no second person. Is the run at r such a one? */
gboolean
diem_officials_completes_verb_office (const DiemOfficialsReader *ctx,
                                      guint                      r,
                                      guint                      sentence_start,
                                      guint                      first_name)
{
  const DiemTokens *tokens = ctx->tokens;

  if (ctx->names->len == first_name)
    return FALSE;
  for (guint h = r; h > sentence_start && h + DIEM_TITLE_MAX_TOKENS > r; h--)
    {
      guint head = h - 1;

      if (diem_grammar_office_at (tokens, head, r, TRUE) == 0)
        continue;
      if (diem_grammar_title_end (tokens, head, tokens->tokens->len) != r)
        return FALSE;
      for (guint v = head > sentence_start + 4 ? head - 4 : sentence_start; v < head; v++)
        {
          guint len = 0;

          if (diem_lexicon_match (ctx->office_verbs, tokens, v, head, &len) >= 0 && v + len == head)
            return TRUE;
        }
      return FALSE;
    }
  return FALSE;
}

/* "A được bầu làm Chủ tịch …", "bổ nhiệm ông B giữ chức Phó Giám đốc …", "các ông: C, D
 * được bầu làm Phó Chủ tịch …": the office after the verb belongs to the nearest names
 * before it in the same clause, never to whoever elects or appoints. */
void
diem_officials_read_office_verbs (DiemOfficialsReader *ctx,
                                  guint                start,
                                  guint                end,
                                  guint                first_name)
{
  const DiemTokens *tokens = ctx->tokens;

  guint cursor = first_name;

  if (ctx->names->len == first_name)
    return;
  for (guint i = start; i < end; i++)
    {
      guint len = 0, title_end, subject = G_MAXUINT, gap_ok = TRUE;
      int entry;
      const char *kind;
      g_autofree char *title = NULL;

      /* every office verb begins with a stop word: most tokens are not one */
      if (diem_tokens_get (tokens, i)->stop_len == 0
          || (entry = diem_lexicon_match (ctx->office_verbs, tokens, i, end, &len)) < 0)
        continue;
      kind = diem_lexicon_field (ctx->office_verbs, entry, 1);
      if (diem_grammar_office_at (tokens, i + len, end, TRUE) == 0)
        {
          i += len - 1;
          continue;
        }
      title_end = diem_grammar_title_end (tokens, i + len, end);
      /* a name-shaped run right after the office is the place that completes it */
      if (title_end > i + len && diem_officials_completes_verb_office (ctx, title_end, start, first_name))
        while (title_end < end && diem_grammar_is_name_word (tokens, title_end))
          title_end++;
      if (title_end <= i + len || diem_grammar_name_at (tokens, title_end, end) > 0)
        {
          i += len - 1;
          continue;
        }
      /* "bổ nhiệm chức vụ Vụ trưởng … cho bà A": the office is A's, whoever stands before */
      if (diem_tokens_is (tokens, title_end, "cho"))
        {
          guint who = title_end + 1 + diem_grammar_address_at (tokens, title_end + 1, end, NULL);
          guint who_len = diem_grammar_name_at (tokens, who, end);

          if (who_len > 0 && diem_grammar_name_in_run (tokens, who, who + who_len) == who)
            {
              g_autofree char *given = diem_tokens_dup_text (tokens, i + len, title_end - 1);

              diem_official_merge_title (diem_officials_ensure (ctx, who, who + who_len), given);
              i = title_end - 1;
              continue;
            }
        }
      /* verbs come in reading order: the cursor only moves forward, so a long sentence
       * stays linear */
      while (cursor < ctx->names->len && g_array_index (ctx->names, DiemNameMention, cursor).end <= i)
        cursor++;
      if (cursor == first_name)
        continue;
      subject = cursor - 1;
      /* what stands between the subject and the verb: its titles and asides, no other clause */
      {
        guint from = g_array_index (ctx->names, DiemNameMention, subject).end;
        gboolean passive = FALSE;

        gap_ok = i - from <= 24;
        for (guint k = from; gap_ok && k < i; k++)
          {
            guint stop = diem_grammar_stop_word (tokens, k, i);

            if (diem_grammar_is_punct (tokens, k, ";:"))
              gap_ok = FALSE;
            else if (stop > 0 && !is_verb_gap_word (tokens, k, stop, &passive))
              gap_ok = FALSE;
            else if (stop > 1)
              k += stop - 1;
          }
        /* "A được HĐND tỉnh bầu làm …" gives A the office; "A bầu làm …" does not */
        if (kind != NULL && g_str_equal (kind, "passive") && !passive)
          gap_ok = FALSE;
        /* "bố chồng A làm chủ tịch": the office is the unnamed relative's, not A's */
        if (diem_award_word_before (tokens, g_array_index (ctx->names, DiemNameMention, subject).start, start, "kin")
            != G_MAXUINT)
          gap_ok = FALSE;
      }
      title = diem_tokens_dup_text (tokens, i + len, title_end - 1);
      while (gap_ok)
        {
          DiemNameMention *name = &g_array_index (ctx->names, DiemNameMention, subject);
          DiemNameMention *before;

          diem_official_merge_title (diem_officials_ensure_named (ctx, name), title);
          if (subject == first_name)
            break;
          before = &g_array_index (ctx->names, DiemNameMention, subject - 1);
          if (!diem_officials_is_list_gap (tokens, before->end, name->start)
              || !diem_officials_starts_list_item (tokens, before->start, start))
            break;
          subject--;
        }
      i = title_end - 1;
    }
}
