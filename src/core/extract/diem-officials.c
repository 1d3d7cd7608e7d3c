/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-officials.c — named people who hold an office, with every mention of them
 *
 * Shapes read: TITLE NAME ("Chủ tịch UBND TPHCM Phan Văn Mãi"), chains of titles before
 * a name ("Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Hoàng Trung Hải", "Bí thư Quận
 * ủy kiêm Chủ tịch …"), apposition after a name ("Hồ Quốc Dũng, Ủy viên Trung ương Đảng,
 * Bí thư Tỉnh ủy;", "Nguyễn Văn Hòa - Chủ tịch …", "(Chủ tịch …)", or with no comma at
 * all), office verbs and the copula ("được bầu làm …", "hiện là …"), foreign names after
 * an office and its country, a post abroad or a form of address. Military ranks make an
 * official without giving a title. Short references ("ông Mãi") take the offices given
 * to them, and they and a title standing alone ("Chủ tịch UBND TPHCM yêu cầu…") are
 * mentions of the one person they can mean.
 *
 * This file reads sentence by sentence; the parts of the grammar live in the
 * diem-officials-*.c files named in diem-officials-reader.h.
 */
#include "diem-officials.h"

#include "diem-grammar.h"
#include "diem-officials-foreign-names.h"
#include "diem-officials-lists.h"
#include "diem-officials-mentions.h"
#include "diem-officials-names.h"
#include "diem-officials-reader.h"
#include "diem-officials-verbs.h"

static void
read_sentence (DiemOfficialsReader *ctx,
               guint                start,
               guint                end)
{
  const DiemTokens *tokens = ctx->tokens;
  guint i = start;
  guint first_name = ctx->names->len;

  g_clear_pointer (&ctx->shared, g_free);
  g_clear_pointer (&ctx->inner, g_free);
  g_array_set_size (ctx->pending, 0);
  while (i < end)
    {
      guint run_end, name_start, list;

      if (diem_grammar_is_punct (tokens, i, ";"))
        diem_officials_close_lists_at (ctx, i, end);
      list = diem_officials_shared_title_at (ctx, i, start, end);
      if (list > 0)
        {
          i = list;
          continue;
        }
      /* both begin with a form of address or a rank ("ông", "Thượng tướng"), which most
       * tokens cannot start: asked once here, not by each */
      run_end = i;
      if (diem_lexicon_may_start (tokens, i, 1u << DIEM_LEXICON_HONORIFICS | 1u << DIEM_LEXICON_RANKS))
        {
          run_end = diem_officials_read_addressed_foreign_name (ctx, i, start, end);
          if (run_end == i)
            run_end = diem_officials_read_short_reference (ctx, i, start, end);
        }
      if (run_end > i)
        {
          i = run_end;
          continue;
        }
      if (!diem_grammar_is_name_word (tokens, i))
        {
          i++;
          continue;
        }
      /* "ông Nguyễn Văn An Chủ tịch UBND tỉnh": an office head ends the name's run, so
       * a title written right after a name without a comma is not read as part of it */
      while (run_end < end && diem_grammar_is_name_word (tokens, run_end)
             && (run_end == i || diem_grammar_office_at (tokens, run_end, end, FALSE) == 0))
        run_end++;
      name_start = diem_grammar_name_in_run (tokens, i, run_end);
      if (name_start == i && diem_officials_completes_verb_office (ctx, i, start, first_name))
        ;
      else if (name_start < run_end)
        {
          DiemNameMention mention = { name_start, run_end, name_start, run_end };

          diem_officials_read_name (ctx, &mention, start, end);
        }
      else
        {
          /* "Thủ tướng Lào Xổm-xạ-vạt Lềng-xa-vắt", "Chủ tịch Cuba Miguel Díaz-Canel": a
           * foreign name may join syllables or parts */
          while (run_end < end && run_end < i + 10
                 && (diem_grammar_is_foreign_name_word (tokens, run_end) || diem_grammar_joins_name_parts (tokens, run_end, end)))
            run_end++;
          diem_officials_read_foreign_name (ctx, i, run_end, end);
        }
      i = run_end;
    }
  diem_officials_read_office_verbs (ctx, start, end, first_name);
}

void
diem_officials_extract (const DiemTokens *tokens,
                        GPtrArray        *officials)
{
  DiemOfficialsReader ctx;

  diem_officials_reader_init (&ctx, tokens, officials);
  for (guint s = 0; s < tokens->sentences->len; s++)
    {
      const DiemSentence *sentence = &g_array_index (tokens->sentences, DiemSentence, s);

      read_sentence (&ctx, sentence->start, sentence->end);
    }
  diem_officials_link_mentions (&ctx);
  diem_officials_reader_clear (&ctx);
}
