/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-officials-names.c — a personal name and the titles around it: the forms of
 * address and ranks before it, the titles before and after it, the list it may stand
 * in; and short references ("ông Mãi") read as the full name they stand for
 */
#include "diem-officials-names.h"

#include "diem-grammar.h"
#include "diem-officials-foreign-names.h"
#include "diem-officials-lists.h"
#include "diem-officials-titles-after.h"
#include "diem-officials-titles-before.h"
#include "diem-officials-titles.h"

/* Reads the name at named with its forms of address and titles, and gives the titles to
 * the official it names (and to the other names of its list). */
void
diem_officials_read_name (DiemOfficialsReader   *ctx,
                          const DiemNameMention *named,
                          guint                  sentence_start,
                          guint                  sentence_end)
{
  const DiemTokens *tokens = ctx->tokens;
  g_autoptr(GPtrArray) titles = NULL;
  gboolean military = FALSE, for_all = FALSE;
  guint start = named->start, end = named->end;
  guint before = start, n_before;
  DiemNameMention mention = *named;

  diem_officials_add_name (ctx, &mention);

  /* forms of address and ranks right before the name */
  for (guint k = start > sentence_start + 4 ? start - 4 : sentence_start; k < start; k++)
    {
      gboolean k_military = FALSE;

      /* "tướng" in "Thủ tướng" is part of the office, not a rank */
      if (k > sentence_start && diem_grammar_office_at (tokens, k - 1, start, TRUE) > 1)
        continue;
      if (k > sentence_start + 1 && diem_grammar_office_at (tokens, k - 2, start, TRUE) > 2)
        continue;
      if (diem_grammar_address_at (tokens, k, start, &k_military) == start - k)
        {
          before = k;
          military = k_military;
          break;
        }
    }

  titles = diem_officials_titles_before (ctx, sentence_start, before,
                                         before < start || diem_grammar_is_punct (tokens, end, ","));
  if (ctx->inner != NULL && start < ctx->inner_end)
    g_ptr_array_insert (titles, 0, g_strdup (ctx->inner));
  if (ctx->shared != NULL && start < ctx->shared_end)
    g_ptr_array_insert (titles, 0, g_strdup (ctx->shared));
  diem_official_titles_join_ministerial (titles);
  n_before = titles->len;
  diem_officials_titles_after (ctx, end, sentence_end, titles, &for_all);
  diem_official_titles_join_ministerial (titles);
  if (for_all && titles->len > n_before)
    {
      /* the names before this one in the same list, back to where the list opens */
      for (guint m = ctx->names->len - 1; m > 0; m--)
        {
          DiemNameMention *other = &g_array_index (ctx->names, DiemNameMention, m - 1);
          DiemNameMention *next = &g_array_index (ctx->names, DiemNameMention, m);
          DiemOfficial *official;

          if (other->start < sentence_start || !diem_officials_is_list_gap (tokens, other->end, next->start))
            break;
          official = diem_officials_ensure_named (ctx, other);
          for (guint t = n_before; t < titles->len; t++)
            diem_official_merge_title (official, g_ptr_array_index (titles, t));
        }
    }

  /* "ông A, ông B, ông C, Tỉnh ủy viên, Phó Chủ tịch …": the titles after the last name
   * of such a list are every name's */
  if (titles->len > n_before)
    for (guint p = 0; p < ctx->pending->len; p++)
      {
        DiemNameMention *other = &g_array_index (ctx->pending, DiemNameMention, p);
        DiemOfficial *official = diem_officials_ensure_named (ctx, other);

        for (guint t = n_before; t < titles->len; t++)
          diem_official_merge_title (official, g_ptr_array_index (titles, t));
      }
  if (titles->len == 0 && before < start && diem_grammar_is_punct (tokens, end, ",")
      && (ctx->pending->len > 0 || diem_officials_starts_list_item (tokens, start, sentence_start))
      && diem_grammar_address_at (tokens, end + 1, sentence_end, NULL) > 0
      && diem_grammar_name_at (tokens, end + 1 + diem_grammar_address_at (tokens, end + 1, sentence_end, NULL),
                               sentence_end) > 0)
    g_array_append_val (ctx->pending, mention);
  else
    g_array_set_size (ctx->pending, 0);
  if (titles->len == 0 && !military)
    return;

  {
    DiemOfficial *official = diem_officials_ensure_named (ctx, &mention);

    for (guint i = 0; i < titles->len; i++)
      diem_official_merge_title (official, g_ptr_array_index (titles, i));
  }
}

/* "Ông Tùng hiện là Giám đốc …", "ông Tùng, Giám đốc Sở …, cho biết": a form of address
 * and the last word of one full name read earlier stand for that name, so the offices
 * given to the short reference are the person's. Returns the end of the reference read
 * after the address at address, or address. */
guint
diem_officials_read_short_reference (DiemOfficialsReader *ctx,
                                     guint                address,
                                     guint                sentence_start,
                                     guint                sentence_end)
{
  const DiemTokens *tokens = ctx->tokens;
  guint word = address + diem_grammar_address_at (tokens, address, sentence_end, NULL);
  gpointer known;
  const DiemNameMention *full;
  DiemNameMention mention;
  guint len = 0;

  if (word == address || word + 1 >= sentence_end || !diem_grammar_is_name_word (tokens, word)
      || (diem_grammar_is_foreign_name_word (tokens, word + 1)
          && diem_grammar_office_at (tokens, word + 1, sentence_end, FALSE) == 0)
      || !g_hash_table_lookup_extended (ctx->by_given, diem_tokens_key (tokens, word), NULL, &known)
      || GPOINTER_TO_UINT (known) == 0)
    return address;
  /* "Thủ tướng Chính phủ": neither the rank inside an office nor a word that begins a
   * term with the word after it */
  if ((address > 0 && diem_grammar_office_at (tokens, address - 1, word, TRUE) > 1)
      || (address > 1 && diem_grammar_office_at (tokens, address - 2, word, TRUE) > 2)
      || diem_lexicon_match (diem_lexicon (DIEM_LEXICON_ORG_WORDS), tokens, word, word + 2, &len) >= 0
      || diem_lexicon_match (diem_lexicon (DIEM_LEXICON_OFFICES), tokens, word, word + 2, &len) >= 0
      || diem_lexicon_match (diem_lexicon (DIEM_LEXICON_PLACES), tokens, word, word + 2, &len) >= 0)
    return address;
  full = &g_array_index (ctx->names, DiemNameMention, GPOINTER_TO_UINT (known) - 1);
  mention = (DiemNameMention) { word, word + 1, full->key_start, full->key_end };
  diem_officials_read_name (ctx, &mention, sentence_start, sentence_end);
  return word + 1;
}
