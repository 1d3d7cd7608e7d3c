/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-officials-lists.c — names in lists: "A, B và đồng chí C", "ông A, ông B, …" and
 * a title over a list ("các đồng chí Ủy viên Bộ Chính trị: A, B", "Hai Phó Giám đốc Sở Y
 * tế là bà A và ông B"), whose title every name of the list takes
 */
#include "diem-officials-lists.h"

#include "diem-grammar.h"
#include "diem-officials-phrases.h"

/* May the tokens between two names of one subject stand in a list ("A, B và đồng chí C")? */
gboolean
diem_officials_is_list_gap (const DiemTokens *tokens,
                            guint             start,
                            guint             end)
{
  /* an aside such as "(SN 1968)" may follow a name */
  start = diem_officials_aside_end (tokens, start, end, 8);
  if (end <= start || end - start > 4)
    return FALSE;
  for (guint i = start; i < end; i++)
    {
      guint address;

      if (diem_grammar_is_punct (tokens, i, ",") || diem_tokens_is (tokens, i, "và"))
        continue;
      address = diem_grammar_address_at (tokens, i, end, NULL);
      if (address == 0)
        return FALSE;
      i += address - 1;
    }
  return TRUE;
}

/* Does the name at start (after its forms of address) open an item of a list: at the
 * head of the sentence or after ":", ",", ";", "(", "và", "gồm", "là"? "của bà A, ông B"
 * is no list. */
gboolean
diem_officials_starts_list_item (const DiemTokens *tokens,
                                 guint             start,
                                 guint             sentence_start)
{
  guint k = start;

  for (guint j = 1; j <= 3 && start >= sentence_start + j; j++)
    if (diem_grammar_address_at (tokens, start - j, start, NULL) == j)
      k = start - j;
  if (k == sentence_start)
    return TRUE;
  return diem_grammar_is_punct (tokens, k - 1, ":,;(") || diem_tokens_is (tokens, k - 1, "và")
         || diem_tokens_is (tokens, k - 1, "gồm") || diem_tokens_is (tokens, k - 1, "là");
}

/* Does the list item at pos begin with a name, after forms of address and titles? */
gboolean
diem_officials_item_names_someone (const DiemTokens *tokens,
                                   guint             pos,
                                   guint             end)
{
  pos += diem_grammar_address_at (tokens, pos, end, NULL);
  if (diem_grammar_office_at (tokens, pos, end, FALSE) > 0)
    {
      pos = diem_grammar_title_end (tokens, pos, end);
      pos += diem_grammar_address_at (tokens, pos, end, NULL);
    }
  return diem_grammar_name_at (tokens, pos, end) > 0;
}

static const char *const count_words[] = { "các", "hai", "ba", "bốn", "sáu", "bảy", "tám", "chín", "mười" };

/* The keys of the count words the article has, marked by their offset: asked at every
 * token, a count is then one read. */
void
diem_officials_find_count_keys (DiemOfficialsReader *ctx)
{
  ctx->count_keys = g_new0 (guint8, ctx->tokens->keys->len + 1);
  for (guint k = 0; k < G_N_ELEMENTS (count_words); k++)
    {
      guint offset;

      if (diem_tokens_find_key (ctx->tokens, count_words[k], &offset))
        ctx->count_keys[offset] = TRUE;
    }
}

/* "Sở Tài chính có 4 phó giám đốc …": the unit that has the posts counted at i, ending
 * before "có"; returns its start, or i when there is none. */
static guint
owner_before_count (const DiemOfficialsReader *ctx,
                    guint                      i,
                    guint                      sentence_start)
{
  const DiemTokens *tokens = ctx->tokens;

  if (i < sentence_start + 2 || !diem_tokens_is (tokens, i - 1, "có"))
    return i;
  for (guint start = i - 2; start + 8 > i && start >= sentence_start; start--)
    {
      if (!diem_tokens_has (tokens, start, DIEM_TOKEN_WORD))
        break;
      if (diem_officials_unit_end_at (ctx, start, i - 1) == i - 1)
        return start;
      if (start == sentence_start)
        break;
    }
  return i;
}

/* diem_officials_shared_title_at () where a count stands. */
guint
diem_officials_shared_title_from (DiemOfficialsReader *ctx,
                                  guint                i,
                                  guint                sentence_start,
                                  guint                end)
{
  const DiemTokens *tokens = ctx->tokens;
  guint head, head_len, title_end, after = 0, list_end, owner;
  char *title;

  head = i + 1 + diem_grammar_address_at (tokens, i + 1, end, NULL);
  head_len = diem_grammar_office_at (tokens, head, end, head > i + 1 || !diem_tokens_is (tokens, i, "các"));
  if (head_len == 0)
    return 0;
  title_end = diem_grammar_title_end (tokens, head, end);
  /* a short clause may stand between the posts and the list ("… nghỉ hưu trước tuổi gồm:") */
  for (guint k = title_end; k < MIN (end, title_end + 6) && after == 0; k++)
    {
      if (diem_tokens_is (tokens, k, "gồm") || diem_tokens_is (tokens, k, "là"))
        after = k + 1;
      else if (diem_grammar_is_punct (tokens, k, ":"))
        after = k;
      else if (k > title_end && diem_grammar_is_punct (tokens, k, ",;()")
               && !(diem_grammar_is_punct (tokens, k, ",") && diem_tokens_is (tokens, k + 1, "gồm")))
        break;
      else if (diem_grammar_is_name_word (tokens, k) && diem_grammar_name_at (tokens, k, end) > 0)
        break;
    }
  if (after == 0)
    return 0;
  /* "gồm các ông: A, B" */
  if (diem_tokens_is (tokens, after, "các"))
    {
      guint address = diem_grammar_address_at (tokens, after + 1, end, NULL);

      if (address > 0 && diem_grammar_is_punct (tokens, after + 1 + address, ":"))
        after += 1 + address;
    }
  if (diem_grammar_is_punct (tokens, after, ":"))
    after++;
  /* the list must name someone right away */
  if (!diem_officials_item_names_someone (tokens, after, end))
    return 0;
  /* the list runs to the sentence's end until diem_officials_close_lists_at () meets its ";" */
  list_end = end;
  owner = owner_before_count (ctx, i, sentence_start);
  if (owner < i && title_end == head + head_len)
    {
      g_autofree char *office = diem_tokens_dup_text (tokens, head, title_end - 1);
      g_autofree char *unit = diem_tokens_dup_text (tokens, owner, i - 2);

      title = g_strconcat (office, " ", unit, NULL);
    }
  else
    title = diem_tokens_dup_text (tokens, head, title_end - 1);
  if (ctx->shared != NULL && i == ctx->shared_end + 1)
    {
      g_free (ctx->inner);
      ctx->inner = title;
      ctx->inner_end = list_end;
      ctx->shared_end = list_end;
    }
  else
    {
      g_free (ctx->shared);
      ctx->shared = title;
      ctx->shared_end = list_end;
      g_clear_pointer (&ctx->inner, g_free);
    }
  return after;
}

/* The ";" at i closes a nested list; the shared list goes on over every item that names
 * someone ("các đồng chí Ủy viên Trung ương Đảng: A, Phó Thủ tướng; B, Bộ trưởng …"). */
void
diem_officials_close_lists_at (DiemOfficialsReader *ctx,
                               guint                i,
                               guint                end)
{
  if (ctx->inner != NULL && i < ctx->inner_end)
    ctx->inner_end = i;
  if (ctx->shared != NULL && i < ctx->shared_end && !diem_officials_item_names_someone (ctx->tokens, i + 1, end))
    ctx->shared_end = i;
}
