/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-officials-titles-after.c — titles in apposition after a name
 *
 * "Hồ Quốc Dũng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy;", "Nguyễn Văn Hòa - Chủ tịch
 * …", "(Chủ tịch …)", or with no comma at all; a short aside ("sinh năm 1968") may
 * stand before them, and the parent units after a title belong to it.
 */
#include "diem-officials-titles-after.h"

#include "diem-grammar.h"
#include "diem-officials-foreign-names.h"
#include "diem-officials-phrases.h"

/* Does an office in apposition follow at pos (", Chủ tịch …", " - Bí thư …", "(Giám đốc …)")? */
gboolean
diem_officials_has_apposition (const DiemTokens *tokens,
                               guint             pos,
                               guint             sentence_end)
{
  if (!diem_grammar_is_punct (tokens, pos, ",(") && !diem_grammar_is_dash (tokens, pos))
    return FALSE;
  return diem_grammar_office_at (tokens, pos + 1, sentence_end, TRUE) > 0;
}

/* "A, sinh năm 1968, dân tộc Dao, Ủy viên …", "A, Hàm Vụ phó, tập sự Phó Vụ trưởng …":
 * a short aside without an office may stand between a name and its titles. Returns the
 * start of the office after it, or pos when there is none. */
static guint
aside_before_office (const DiemOfficialsReader *ctx,
                     guint                      pos,
                     guint                      sentence_end)
{
  const DiemTokens *tokens = ctx->tokens;
  guint seg = pos;

  for (guint asides = 0; asides < 3; asides++)
    {
      guint comma = G_MAXUINT;

      for (guint i = seg; i < MIN (sentence_end, seg + 6); i++)
        {
          if (diem_grammar_is_punct (tokens, i, ","))
            {
              comma = i;
              break;
            }
          if (!diem_tokens_has (tokens, i, DIEM_TOKEN_WORD) || diem_grammar_name_at (tokens, i, sentence_end) > 0)
            return pos;
          /* "sinh năm 1968" is an aside; a verb ends the apposition */
          if (diem_grammar_stop_word (tokens, i, sentence_end) > 0 && !diem_tokens_is (tokens, i, "năm"))
            return pos;
        }
      if (comma == G_MAXUINT || comma == seg)
        return pos;
      if (diem_grammar_office_at (tokens, comma + 1, sentence_end, TRUE) > 0)
        return comma + 1;
      seg = comma + 1;
    }
  return pos;
}

/* "Bộ trưởng Quốc phòng Mỹ James Mattis": a title [start, end) whose organisation has a
 * country and then two to four more capitalised words holds its own holder's foreign
 * name, so it is not the title of the name before it. */
static gboolean
ends_with_foreign_holder (const DiemTokens *tokens,
                          guint             start,
                          guint             end)
{
  const DiemLexicon *places = diem_lexicon (DIEM_LEXICON_PLACES);

  for (guint k = start + 1; k + 2 < end; k++)
    {
      guint country = 0, w;

      if (diem_lexicon_match (places, tokens, k, end, &country) < 0)
        continue;
      for (w = k + country; w < end && w < k + country + 5; w++)
        if (!diem_grammar_is_foreign_name_word (tokens, w) || diem_lexicon_match (places, tokens, w, end, NULL) >= 0
            || diem_lexicon_match (diem_lexicon (DIEM_LEXICON_ORG_WORDS), tokens, w, end, NULL) >= 0)
          break;
      /* the name may be followed by a word the title ran on to */
      if (w - (k + country) >= 2 && w - (k + country) <= 4 && !diem_tokens_has (tokens, w, DIEM_TOKEN_CAPITALISED))
        return TRUE;
    }
  return FALSE;
}

/* Titles in apposition after the name: ", TITLE, TITLE", " - TITLE", " (TITLE)". */
void
diem_officials_titles_after (const DiemOfficialsReader *ctx,
                             guint                      end,
                             guint                      sentence_end,
                             GPtrArray                 *titles,
                             gboolean                  *for_all)
{
  const DiemTokens *tokens = ctx->tokens;
  guint pos = end, first_title = titles->len;

  /* an aside such as "(67 tuổi)" may stand between the name and its title */
  if (diem_grammar_office_at (tokens, pos + 1, sentence_end, TRUE) == 0)
    pos = diem_officials_aside_end (tokens, pos, sentence_end, 10);

  for (guint round = 0; round < DIEM_OFFICIALS_MAX_CHAIN && pos < sentence_end; round++)
    {
      guint head, title_end;

      if (diem_grammar_is_punct (tokens, pos, ",(") || diem_grammar_is_dash (tokens, pos)
          || (round > 0 && diem_tokens_is (tokens, pos, "kiêm")))
        pos++;
      /* "ông Nguyễn Văn An Chủ tịch UBND tỉnh …": a capitalised office right after the
       * name, without a comma, is in apposition too */
      else if (round > 0 || pos != end || diem_grammar_office_at (tokens, pos, sentence_end, FALSE) == 0)
        break;
      /* "…, nguyên Thứ trưởng Bộ Ngoại giao, kiêm Chủ nhiệm …" */
      if (round > 0 && diem_grammar_is_punct (tokens, pos - 1, ",") && diem_tokens_is (tokens, pos, "kiêm"))
        pos++;
      /* "A và B, đều là Phó Giám đốc …": the titles are every listed name's */
      if (round == 0 && (diem_tokens_is (tokens, pos, "đều") || diem_tokens_is (tokens, pos, "cùng"))
          && diem_tokens_is (tokens, pos + 1, "là"))
        {
          *for_all = TRUE;
          pos++;
        }
      if (diem_tokens_is (tokens, pos, "là"))
        pos++;
      head = diem_grammar_office_at (tokens, pos, sentence_end, TRUE);
      if (head == 0)
        {
          guint aside_end = aside_before_office (ctx, pos, sentence_end);

          if (aside_end == pos)
            break;
          pos = aside_end;
          head = diem_grammar_office_at (tokens, pos, sentence_end, TRUE);
        }
      title_end = diem_grammar_title_end (tokens, pos, sentence_end);
      if (title_end <= pos)
        break;
      if (diem_officials_post_abroad_end (tokens, pos, title_end, sentence_end) > 0)
        title_end = diem_officials_post_abroad_end (tokens, pos, title_end, sentence_end);
      /* "A, Thủ tướng Chính phủ B": that title is B's; in "A, Giám đốc X, GS.TS B đã…" it
       * may be either's, so it is left out; in a list "A, T1, ông B, T2" B has its own.
       * "A, Phó Thủ tướng, Bộ trưởng B": the titles chained by commas before B's are B's
       * too, or may be, and none is A's */
      if (diem_grammar_name_at (tokens, title_end, sentence_end) > 0 || ends_with_foreign_holder (tokens, pos, title_end))
        {
          if (round > 0 && diem_grammar_is_punct (tokens, pos - 1, ","))
            g_ptr_array_set_size (titles, first_title);
          break;
        }
      if (diem_grammar_is_punct (tokens, title_end, ","))
        {
          guint next = title_end + 1 + diem_grammar_address_at (tokens, title_end + 1, sentence_end, NULL);
          guint next_len = diem_grammar_name_at (tokens, next, sentence_end);

          if (next > title_end + 1 && next_len > 0
              && !diem_officials_has_apposition (tokens, next + next_len, sentence_end))
            break;
        }
      /* "Phó Cục trưởng Cục Quản trị, Văn phòng Chính phủ": the parent unit belongs to it */
      /* and so does each parent after it ("Tiểu đoàn 3, Trung đoàn 876, Sư đoàn 356") */
      while (diem_grammar_is_punct (tokens, title_end, ","))
        {
          guint unit_end = diem_officials_unit_end_at (ctx, title_end + 1, sentence_end);

          if (unit_end == title_end + 1)
            unit_end = diem_grammar_body_end (tokens, title_end + 1, sentence_end);
          if (diem_officials_is_unit (ctx, title_end + 1, unit_end)
              && diem_grammar_name_at (tokens, unit_end, sentence_end) == 0
              && (unit_end >= sentence_end || diem_tokens_has (tokens, unit_end, DIEM_TOKEN_PUNCT)
                  || diem_grammar_stop_word (tokens, unit_end, sentence_end) > 0))
            title_end = unit_end;
          else
            break;
        }
      g_ptr_array_add (titles, diem_tokens_dup_text (tokens, pos, title_end - 1));
      pos = title_end;
      if (diem_tokens_is (tokens, pos, "kiêm"))
        continue;
      if (diem_grammar_is_punct (tokens, pos, ")"))
        pos++;
    }
}
