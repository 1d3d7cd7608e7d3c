/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-awards-series.c — honours in a series, and quoted titles
 *
 * "Huân chương Lao động hạng Nhất, hạng Nhì": the classes that follow one honour;
 * "Huy hiệu 40, 45 năm tuổi Đảng": the years that follow; "danh hiệu “…”": a title
 * in quotes.
 */
#include "diem-awards-reader.h"

#include <string.h>

#include "diem-grammar.h"
#include "diem-lexicon.h"
#include "diem-recipients.h"

#define QUOTED_HONOUR_RANK 900

/* A short aside in brackets at pos ("(năm 2010)") or a year ("năm 2010", "vào năm
 * 2010"): the position after it, else pos. */
guint
diem_awards_skip_aside (const DiemTokens *tokens,
                        guint             pos,
                        guint             limit)
{
  guint year = pos + (diem_tokens_is (tokens, pos, "vào") && diem_tokens_is (tokens, pos + 1, "năm"));

  if (year > pos && diem_awards_skip_aside (tokens, year, limit) > year)
    return year + 2;
  if (pos + 2 <= limit && diem_tokens_is (tokens, pos, "năm") && diem_tokens_has (tokens, pos + 1, DIEM_TOKEN_DIGIT)
      && strlen (diem_tokens_key (tokens, pos + 1)) == 4)
    return pos + 2;
  if (!diem_grammar_is_punct (tokens, pos, "("))
    return pos;
  for (guint k = pos + 1; k < MIN (limit, pos + 8); k++)
    if (diem_grammar_is_punct (tokens, k, ")"))
      return k + 1;
  return pos;
}

/* "Huân chương Lao động hạng Nhất, hạng Nhì và hạng Ba": the classes after the first
 * name the same honour; each becomes an honour of its own in the series. */
guint
diem_awards_read_sibling_classes (const DiemAwardsReader *ctx,
                                  const DiemHonour       *first,
                                  guint                   limit,
                                  GArray                 *found)
{
  const DiemTokens *tokens = ctx->tokens;
  const char *hash = strrchr (first->key, '#');
  const char *class_at = g_strrstr (first->name, " hạng ");
  guint first_index, pos = first->end, added = 0;

  if (hash == NULL || class_at == NULL || strchr (hash, '@') != NULL)
    return 0;
  first_index = (guint) g_ascii_strtoull (hash + 1, NULL, 10);

  /* "hạng Ba (năm 2010), hạng Nhì (năm 2015)": a year in brackets may follow a class */
  while ((pos = diem_awards_skip_aside (tokens, pos, limit)) + 1 < limit
         && (diem_grammar_is_punct (tokens, pos, ",") || diem_tokens_is (tokens, pos, "và")))
    {
      guint index = 0;
      /* "hạng Nhất, Nhì, Ba": after the first, "hạng" may be left out */
      gboolean bare = !diem_tokens_is (tokens, pos + 1, "hạng");
      guint class_pos = pos + 2 - bare;
      const char *word = class_pos < limit ? diem_awards_class_name (diem_tokens_key (tokens, class_pos), &index) : NULL;
      const DiemToken *class_token;
      DiemHonour sibling = { 0 };
      g_autoptr(GString) name = NULL;

      if (class_pos >= limit)
        break;
      class_token = diem_tokens_get (tokens, class_pos);
      if (word == NULL && (bare || (index == 0 && !g_str_equal (diem_tokens_key (tokens, class_pos), "i")
                                    && !g_str_equal (diem_tokens_key (tokens, class_pos), "1"))))
        break;
      /* a bare class word must end its phrase: "Ba Đình", "Ba Vì" are places */
      if (bare && class_pos + 1 < limit && diem_tokens_has (tokens, class_pos + 1, DIEM_TOKEN_CAPITALISED))
        break;
      name = g_string_new_len (first->name, class_at - first->name);
      g_string_append (name, " hạng ");
      if (word != NULL)
        g_string_append (name, word);
      else
        g_string_append_len (name, tokens->text + class_token->start, class_token->end - class_token->start);
      sibling.start = pos + 1;
      sibling.end = class_pos + 1;
      sibling.name = g_string_free (g_steal_pointer (&name), FALSE);
      sibling.key = g_strdup_printf ("%.*s#%u", (int) (hash - first->key), first->key, index);
      sibling.rank = first->rank - first_index + index;
      sibling.group = first->group;
      g_array_append_val (found, sibling);
      added++;
      pos = class_pos + 1;
    }
  return added;
}

/* "Huy hiệu 45 năm và 50 năm tuổi Đảng": the later years of the series, each an honour
 * of its own; the last one ends after "tuổi Đảng". */
guint
diem_awards_read_sibling_years (const DiemAwardsReader *ctx,
                                const DiemHonour       *first,
                                GArray                 *found)
{
  const DiemTokens *tokens = ctx->tokens;
  guint tail = first->years_tail, pos = first->end, added = 0;
  g_autofree char *age = NULL;
  gsize family = 0;

  if (tail == 0 || pos >= tail)
    return 0;
  age = diem_tokens_dup_text (tokens, tail, tail + 1);
  /* the words of the name before its number: "Huy hiệu" */
  for (const char *c = first->name; *c != '\0'; c++)
    if (c[0] == ' ' && g_ascii_isdigit (c[1]))
      {
        family = (gsize) (c - first->name);
        break;
      }
  while (family > 0 && pos + 2 <= tail && (diem_grammar_is_punct (tokens, pos, ",") || diem_tokens_is (tokens, pos, "và")))
    {
      DiemHonour sibling = { 0 };
      g_autofree char *number = diem_tokens_dup_text (tokens, pos + 1, pos + 2);

      sibling.name = g_strdup_printf ("%.*s %s %s", (int) family, first->name, number, age);
      sibling.key = g_utf8_strdown (sibling.name, -1);
      sibling.start = pos + 1;
      sibling.end = pos + 3 == tail ? tail + 2 : pos + 3;
      sibling.rank = first->rank;
      sibling.group = found->len;
      g_array_append_val (found, sibling);
      added++;
      pos += 3;
    }
  return added;
}

/* diem_awards_read_quoted_honour () past the words "danh hiệu" at i. */
gboolean
diem_awards_read_named_title (const DiemAwardsReader *ctx,
                              guint                   i,
                              guint                   limit,
                              DiemHonour             *honour)
{
  const DiemTokens *tokens = ctx->tokens;
  guint open, close = G_MAXUINT;
  g_autofree char *text = NULL;

  open = i + 2;
  if (diem_awards_read_honour (ctx, open, limit, honour))
    {
      honour->start = i;
      return TRUE;
    }
  /* "danh hiệu cao nhất cấp nhà nước “Anh hùng Nga”": praise in lower case before the
   * quoted name */
  if (diem_award_word (tokens, open, limit, "epithet") > 0)
    for (guint k = open + 1; k < MIN (limit, open + 7); k++)
      {
        if (diem_grammar_is_punct (tokens, k, "\"“'‘"))
          {
            open = k;
            break;
          }
        if (!diem_tokens_has (tokens, k, DIEM_TOKEN_WORD) || diem_tokens_has (tokens, k, DIEM_TOKEN_CAPITALISED))
          break;
      }
  if (!diem_grammar_is_punct (tokens, open, "\"“'‘"))
    return FALSE;
  if (diem_awards_read_honour (ctx, open + 1, limit, honour))
    {
      if (diem_grammar_is_punct (tokens, honour->end, "\"”'’"))
        honour->end++;
      else if (!diem_grammar_is_punct (tokens, honour->end, "\"”'’"))
        {
          /* "Anh Hùng Lao động thời kỳ đổi mới": the lexicon gave only the start */
          diem_awards_honour_clear (honour);
        }
      if (honour->name != NULL)
        {
          honour->start = i;
          return TRUE;
        }
    }
  for (guint k = open + 1; k < MIN (limit, open + 16); k++)
    if (diem_grammar_is_punct (tokens, k, "\"”'’"))
      {
        close = k;
        break;
      }
  if (close == G_MAXUINT || close == open + 1)
    return FALSE;
  text = diem_tokens_dup_text (tokens, open + 1, close - 1);
  honour->start = i;
  honour->end = close + 1;
  honour->name = diem_awards_capitalise (text);
  honour->key = g_utf8_strdown (text, -1);
  honour->rank = QUOTED_HONOUR_RANK;
  {
    /* a quoted title from the lexicon keeps its rank */
    guint len = 0;
    int entry = diem_lexicon_match (diem_lexicon (DIEM_LEXICON_HONOURS), tokens, open + 1, close, &len);

    if (entry >= 0)
      honour->rank = (guint) g_ascii_strtoull (diem_lexicon_field (diem_lexicon (DIEM_LEXICON_HONOURS), entry, 1), NULL, 10);
  }
  return TRUE;
}
