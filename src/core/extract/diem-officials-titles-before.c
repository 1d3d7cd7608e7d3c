/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-officials-titles-before.c — the chain of titles written before a name
 *
 * "Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội NAME", "Bí thư Quận ủy kiêm Chủ tịch
 * … NAME", "Thứ trưởng Bộ X, Bộ Y NAME": segments joined by ",", a dash or "kiêm", read
 * backwards from the name while each begins with an office.
 */
#include "diem-officials-titles-before.h"

#include "diem-grammar.h"
#include "diem-officials-phrases.h"
#include "diem-officials-titles.h"

static gboolean
is_chain_delimiter (const DiemTokens *tokens,
                    guint             i)
{
  return diem_grammar_is_punct (tokens, i, ",") || diem_grammar_is_dash (tokens, i)
         || diem_tokens_is (tokens, i, "kiêm");
}

static gboolean
is_segment_delimiter (const DiemTokens *tokens,
                      guint             i)
{
  return (diem_tokens_has (tokens, i, DIEM_TOKEN_PUNCT) && !diem_grammar_is_abbreviation_period (tokens, i)
          && !diem_grammar_is_joining_ampersand (tokens, i))
         || diem_tokens_is (tokens, i, "kiêm");
}

/* A spaced dash inside an organisation ("Hội đồng Thi đua – Khen thưởng") joins its
 * parts; a dash before an office or a name separates. */
static gboolean
is_joining_dash (const DiemTokens *tokens,
                 guint             i,
                 guint             limit)
{
  return diem_grammar_is_dash (tokens, i) && diem_tokens_has (tokens, i - 1, DIEM_TOKEN_WORD)
         && diem_tokens_has (tokens, i + 1, DIEM_TOKEN_WORD)
         && diem_grammar_office_at (tokens, i + 1, limit, TRUE) == 0
         && diem_grammar_name_at (tokens, i + 1, limit) == 0
         && diem_grammar_stop_word (tokens, i + 1, limit) == 0;
}

/* Words after which an office is someone else's: its owner ("thừa ủy quyền của Chủ tịch
 * nước"), one it acts for ("thay mặt Chủ tịch nước"), or a second office in a
 * coordination ("… và Thủ tướng"). Does one of them end at token i? */
static gboolean
ends_other_holder (const DiemTokens *tokens,
                   guint             i)
{
  static const char *const phrases[] = {
    "của", "và", "thừa ủy quyền", "thừa ủy nhiệm", "thừa lệnh", "thay mặt", "ủy quyền", NULL
  };

  for (guint k = 0; phrases[k] != NULL; k++)
    {
      g_auto(GStrv) words = g_strsplit (phrases[k], " ", -1);
      guint n = g_strv_length (words);
      gboolean match = n <= i + 1;

      for (guint w = 0; match && w < n; w++)
        match = diem_tokens_is (tokens, i + 1 - n + w, words[w]);
      if (match)
        return TRUE;
    }
  return FALSE;
}

/* "Bộ Kế hoạch và Đầu tư", "Thương binh và Xã hội": a "và" between two capitalised words
 * inside an organisation, not one that joins two offices or two people. */
static gboolean
joins_organisation (const DiemTokens *tokens,
                    guint             i,
                    guint             limit)
{
  /* the word before may end a compound begun by a capital ("Kế hoạch") */
  return i > 1 && diem_tokens_has (tokens, i - 1, DIEM_TOKEN_WORD)
         && (diem_tokens_has (tokens, i - 1, DIEM_TOKEN_CAPITALISED) || diem_tokens_has (tokens, i - 2, DIEM_TOKEN_CAPITALISED))
         && diem_tokens_has (tokens, i + 1, DIEM_TOKEN_CAPITALISED)
         && diem_grammar_office_at (tokens, i + 1, limit, TRUE) == 0
         && diem_grammar_name_at (tokens, i + 1, tokens->tokens->len) == 0;
}

/* Is the office at head a post serving one person ("Thư ký", "Trợ lý"), and the name
 * at end introduced with a form of address? */
static gboolean
serves_the_addressed (const DiemTokens *tokens,
                      guint             head,
                      guint             end)
{
  guint len = 0;

  return g_strcmp0 (diem_grammar_office_kind (tokens, head, end, &len), "aide") == 0
         && diem_grammar_address_at (tokens, end, tokens->tokens->len, NULL) > 0;
}

/* Does a person's name end right before the comma at `comma`, perhaps behind the year
 * of birth ("Lê Văn Thanh, SN 1962, …")? */
static gboolean
name_ends_before_comma (const DiemTokens *tokens,
                        guint             comma,
                        guint             floor)
{
  guint last = comma, run;

  if (last >= floor + 3 && diem_tokens_has (tokens, last - 1, DIEM_TOKEN_DIGIT) && diem_tokens_is (tokens, last - 2, "sn")
      && diem_grammar_is_punct (tokens, last - 3, ","))
    last -= 3;
  run = last;
  while (run > floor && diem_grammar_is_name_word (tokens, run - 1))
    run--;
  return run < last && last - run >= 2 && diem_grammar_name_in_run (tokens, run, last) < last;
}

/* Is the name at `name` (after any form of address) followed by a title of its own,
 * after a comma or a dash, perhaps behind the year of birth ("B, SN 1974, cựu Trưởng
 * phòng …", "bà B, Kế toán")? */
static gboolean
own_title_after (const DiemTokens *tokens,
                 guint             name,
                 guint             limit)
{
  guint pos = name + diem_grammar_address_at (tokens, name, limit, NULL), first = pos;

  while (pos < limit && diem_grammar_is_name_word (tokens, pos))
    pos++;
  if (pos == first || !(diem_grammar_is_punct (tokens, pos, ",(") || diem_grammar_is_dash (tokens, pos)))
    return FALSE;
  pos++;
  if (diem_tokens_is (tokens, pos, "sn") && diem_tokens_has (tokens, pos + 1, DIEM_TOKEN_DIGIT)
      && diem_grammar_is_punct (tokens, pos + 2, ","))
    pos += 3;
  if (diem_tokens_is (tokens, pos, "nguyên") || diem_tokens_is (tokens, pos, "cựu"))
    pos++;
  /* an office, or what the lexicon does not know as one ("Kế toán trưởng"): a
   * capitalised word that opens no name */
  return diem_grammar_office_at (tokens, pos, limit, TRUE) > 0
         || (diem_tokens_has (tokens, pos, DIEM_TOKEN_CAPITALISED) && diem_tokens_has (tokens, pos, DIEM_TOKEN_WORD)
             && diem_grammar_name_at (tokens, pos, limit) == 0 && diem_grammar_address_at (tokens, pos, limit, NULL) == 0);
}

/* Titles written before the name, ending at end: the segment right before the name and
 * earlier segments joined by ",", a dash or "kiêm". Returns them in reading order. */
GPtrArray *
diem_officials_titles_before (const DiemOfficialsReader *ctx,
                              guint                      sentence_start,
                              guint                      end,
                              gboolean                   after_comma)
{
  const DiemTokens *tokens = ctx->tokens;
  GPtrArray *titles = g_ptr_array_new_with_free_func (g_free);
  guint seg_end = end;
  guint unit_end = 0; /* "…, Bộ Quốc phòng NAME": where the unit completing the next title ends */
  gboolean must_begin = FALSE;

  /* "Chủ tịch HĐQT Tập đoàn X, ông A, cho biết": a title set off by a comma, when it
   * begins its clause */
  if (after_comma && end > sentence_start + 1 && diem_grammar_is_punct (tokens, end - 1, ","))
    {
      seg_end = end - 1;
      must_begin = TRUE;
    }

  for (guint round = 0; round < DIEM_OFFICIALS_MAX_CHAIN && seg_end > sentence_start; round++)
    {
      guint window = seg_end > sentence_start + DIEM_TITLE_MAX_TOKENS ? seg_end - DIEM_TITLE_MAX_TOKENS
                                                                      : sentence_start;
      guint seg_start = window;
      guint head = G_MAXUINT;
      gboolean opens_clause;
      char *title;

      /* "Thứ trưởng Bộ Lao động - Thương binh và Xã hội (LĐ-TB&XH) NAME", "Chủ tịch Tổ
       * chức Cảnh sát hình sự quốc tế (Interpol) NAME": the organisation's acronym or
       * short name in brackets is left out of the title */
      if (round == 0 && seg_end >= sentence_start + 4 && diem_grammar_is_punct (tokens, seg_end - 1, ")")
          && diem_tokens_has (tokens, seg_end - 2, DIEM_TOKEN_UPPER | DIEM_TOKEN_CAPITALISED)
          && diem_grammar_is_punct (tokens, seg_end - 3, "("))
        seg_end -= 3;
      for (guint i = seg_end; i > window; i--)
        if (is_segment_delimiter (tokens, i - 1) && !is_joining_dash (tokens, i - 1, tokens->tokens->len))
          {
            seg_start = i;
            break;
          }
      /* "…, trưởng ban Tổ chức Trung ương NAME", "Bộ trưởng, chủ nhiệm Văn phòng Chính
       * phủ NAME": some papers write offices in lower case; such a head counts only right
       * before the name, where its segment opens the sentence or follows a comma, a dash
       * or "kiêm" ("Đáp lời Bộ trưởng, chủ nhiệm …, phó tổng cục trưởng … NAME" names two) */
      opens_clause = round == 0
                     && (seg_start == sentence_start || (seg_start > window && is_chain_delimiter (tokens, seg_start - 1)));
      /* the title starts at the first office after the last word that cannot be part
       * of it: a stop word, "và" or another person's name */
      for (guint i = seg_start; i < seg_end; i++)
        {
          guint stop = diem_grammar_stop_word (tokens, i, seg_end);

          /* "Đại sứ Việt Nam tại Lào NAME": where the post is belongs to the title */
          if (stop > 0 && head != G_MAXUINT && diem_officials_post_abroad_end (tokens, head, i, seg_end) > 0)
            {
              i = diem_officials_post_abroad_end (tokens, head, i, seg_end) - 1;
              continue;
            }
          if (stop > 0 || (diem_tokens_is (tokens, i, "và") && !joins_organisation (tokens, i, seg_end)))
            {
              head = G_MAXUINT;
              i += stop > 0 ? stop - 1 : 0;
              continue;
            }
          if (diem_grammar_is_name_word (tokens, i))
            {
              guint run_end = i;

              while (run_end < seg_end && diem_grammar_is_name_word (tokens, run_end))
                run_end++;
              if (diem_grammar_name_in_run (tokens, i, run_end) < run_end)
                {
                  head = G_MAXUINT;
                  i = run_end - 1;
                  continue;
                }
            }
          /* "Ban Bí thư", "Ban Giám đốc": the board of those officers, not an office */
          if (head == G_MAXUINT && diem_grammar_office_at (tokens, i, seg_end, i == seg_start && opens_clause) > 0
              && !(i > seg_start && diem_tokens_is (tokens, i - 1, "ban")))
            head = i;
        }
      if (head == G_MAXUINT)
        {
          /* a unit right before the name completes the title before it */
          if (titles->len == 0 && seg_start > sentence_start && diem_grammar_is_punct (tokens, seg_start - 1, ",")
              && diem_officials_is_unit (ctx, seg_start, seg_end))
            {
              if (unit_end == 0)
                unit_end = seg_end;
              seg_end = seg_start - 1;
              continue;
            }
          break;
        }
      if (diem_officials_contains_name (tokens, head, seg_end)
          || (titles->len > 0 && diem_officials_title_holds_foreign_name (tokens, head, seg_end)))
        break;
      /* "… lên anh linh Chủ tịch Hồ Chí Minh, Thủ tướng A": an earlier segment that names
       * a person, not a title of A's */
      {
        guint office = diem_grammar_office_at (tokens, head, seg_end, TRUE);

        if (titles->len > 0 && office > 0 && head + office < seg_end
            && diem_grammar_person_named_as_place (tokens, head + office, seg_end - head - office))
          break;
      }
      if (must_begin && titles->len == 0 && head > seg_start)
        break;
      /* "Thư ký đồng chí A": the one A is served by, a person not named here */
      if (titles->len == 0 && seg_end == end && serves_the_addressed (tokens, head, end))
        break;
      /* "ông A – Trưởng Ban X, ông B": a title after a dash is the name's before the dash;
       * "A, SN 1962, Phó Chánh Văn phòng X, B, SN 1974, Trưởng phòng Y": in a list where
       * each name has its title after it, the name's before the comma */
      if (must_begin && titles->len == 0 && seg_start > sentence_start + 1
          && ((diem_grammar_is_dash (tokens, seg_start - 1) && diem_grammar_is_name_word (tokens, seg_start - 2))
              || (diem_grammar_is_punct (tokens, seg_start - 1, ",") && name_ends_before_comma (tokens, seg_start - 1, sentence_start)
                  && own_title_after (tokens, end, tokens->tokens->len))))
        break;
      /* in an earlier segment, an office after "của", "và", "thừa ủy quyền" is not this person's */
      if (titles->len > 0 && head > seg_start && ends_other_holder (tokens, head - 1))
        break;
      {
        guint title_end = unit_end > 0 ? unit_end : seg_end;

        /* "Bí thư Thành đoàn - anh A": the dash before the name is no part of the title,
         * nor "của" in "trên cương vị Chủ tịch nước của ông A" */
        while (title_end > head + 1 && (diem_grammar_is_dash (tokens, title_end - 1) || diem_tokens_is (tokens, title_end - 1, "của")))
          title_end--;
        title = diem_tokens_dup_text (tokens, head, title_end - 1);
      }
      unit_end = 0;
      if (titles->len > 0 && diem_official_titles_deputy_pair (title, g_ptr_array_index (titles, 0)))
        {
          g_free (title);
          break;
        }
      g_ptr_array_insert (titles, 0, title);
      /* the chain goes on only while each title begins its segment: in "Trần Văn Nam đã
       * tặng hoa tân Hiệu trưởng NAME" what stands before the title is another clause */
      if (head > seg_start)
        break;
      if (seg_start == 0 || seg_start <= sentence_start || !is_chain_delimiter (tokens, seg_start - 1))
        break;
      seg_end = seg_start - 1;
    }
  return titles;
}
