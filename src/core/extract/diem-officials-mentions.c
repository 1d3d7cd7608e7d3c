/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-officials-mentions.c — every mention of an official, once all are read: each
 * name read, each short reference ("ông Mãi") and each title standing alone ("Chủ tịch
 * UBND TPHCM yêu cầu…") that can mean only one of them
 */
#include "diem-officials-mentions.h"

#include <string.h>

#include "diem-category.h"
#include "diem-grammar.h"
#include "diem-officials.h"
#include "diem-officials-titles.h"

static void
add_mention (DiemOfficial     *official,
             const DiemTokens *tokens,
             guint             start,
             guint             end)
{
  DiemSpan span = { diem_tokens_get (tokens, start)->start, diem_tokens_get (tokens, end - 1)->end };

  g_array_append_val (official->mentions, span);
}

/* The last word of the official's name, in lower case: what "ông Mãi" names. */
static char *
official_given_key (const DiemOfficial *official)
{
  const char *space = strrchr (official->name, ' ');

  return g_utf8_strdown (space != NULL ? space + 1 : official->name, -1);
}

const DiemOfficial *
diem_officials_find_given (GPtrArray  *officials,
                           const char *given_key)
{
  const DiemOfficial *found = NULL;

  for (guint i = 0; i < officials->len; i++)
    {
      const DiemOfficial *official = g_ptr_array_index (officials, i);
      g_autofree char *given = official_given_key (official);

      if (g_str_equal (given, given_key))
        {
          if (found != NULL)
            return NULL; /* two people could be meant */
          found = official;
        }
    }
  return found;
}

/* "ông Mãi", "Tướng Quyết": a form of address or rank and the last word of one name. */
static void
link_short_references (DiemOfficialsReader *ctx)
{
  const DiemTokens *tokens = ctx->tokens;
  guint n = tokens->tokens->len;
  g_autoptr(GHashTable) by_given = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gpointer ambiguous = GINT_TO_POINTER (1);

  for (guint i = 0; i < ctx->officials->len; i++)
    {
      DiemOfficial *official = g_ptr_array_index (ctx->officials, i);
      char *given = official_given_key (official);

      if (g_hash_table_contains (by_given, given))
        {
          g_hash_table_replace (by_given, given, ambiguous);
          continue;
        }
      g_hash_table_insert (by_given, given, official);
    }

  for (guint i = 0; i < n; i++)
    {
      guint len = diem_grammar_address_at (tokens, i, MIN (n, i + 4), NULL);
      guint word = i + len;
      DiemOfficial *official;

      if (len == 0)
        continue;
      if (!diem_grammar_is_name_word (tokens, word) || diem_grammar_is_name_word (tokens, word + 1))
        {
          i = word > i ? word - 1 : i;
          continue;
        }
      official = g_hash_table_lookup (by_given, diem_tokens_key (tokens, word));
      if (official != NULL && official != ambiguous)
        add_mention (official, tokens, word, word + 1);
      i = word;
    }
}

/* The official that the title written over tokens [start, end) stands for, by its key
 * in by_title; by_text keeps the answer for each spelling met. */
static DiemOfficial *
title_holder (const DiemTokens *tokens,
              guint             start,
              guint             end,
              GHashTable       *by_title,
              GHashTable       *by_text)
{
  g_autofree char *text = diem_tokens_dup_text (tokens, start, end - 1);
  DiemOfficial *official;

  if (!g_hash_table_lookup_extended (by_text, text, NULL, (gpointer *) &official))
    {
      g_autofree char *key = diem_official_title_key (text);

      official = g_hash_table_lookup (by_title, key);
      g_hash_table_insert (by_text, g_steal_pointer (&text), official);
    }
  return official;
}

/* A title standing without a name ("Chủ tịch UBND TPHCM yêu cầu…") is a mention of the
 * one official who holds it, when only one does. */
static void
link_title_references (DiemOfficialsReader *ctx)
{
  const DiemTokens *tokens = ctx->tokens;
  g_autoptr(GHashTable) by_title = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) by_text = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gpointer ambiguous = GINT_TO_POINTER (1);

  for (guint i = 0; i < ctx->officials->len; i++)
    {
      DiemOfficial *official = g_ptr_array_index (ctx->officials, i);

      for (guint t = 0; t < official->titles->len; t++)
        {
          char *key = diem_official_title_key (g_ptr_array_index (official->titles, t));
          DiemOfficial *holder = g_hash_table_lookup (by_title, key);

          if (holder != NULL && holder != official)
            g_hash_table_replace (by_title, key, ambiguous);
          else
            g_hash_table_replace (by_title, key, official);
        }
    }
  if (g_hash_table_size (by_title) == 0)
    return;

  for (guint s = 0; s < tokens->sentences->len; s++)
    {
      const DiemSentence *sentence = &g_array_index (tokens->sentences, DiemSentence, s);

      for (guint i = sentence->start; i < sentence->end; i++)
        {
          guint title_end;
          DiemOfficial *official;

          if (diem_grammar_office_at (tokens, i, sentence->end, FALSE) == 0)
            continue;
          title_end = diem_grammar_title_end (tokens, i, sentence->end);
          if (title_end <= i)
            continue;
          if (diem_grammar_name_at (tokens, title_end, sentence->end) > 0)
            {
              i = title_end - 1;
              continue;
            }
          official = title_holder (tokens, i, title_end, by_title, by_text);
          if (official != NULL && official != ambiguous)
            add_mention (official, tokens, i, title_end);
          i = title_end - 1;
        }
    }
}

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const DiemSpan *x = a, *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return x->end < y->end ? -1 : x->end > y->end;
}

static int
compare_first_mention (gconstpointer a,
                       gconstpointer b)
{
  const DiemOfficial *x = *(DiemOfficial **) a, *y = *(DiemOfficial **) b;

  return diem_compare_first_mentions (x->mentions, y->mentions);
}

static void
sort_mentions (DiemOfficial *official)
{
  GArray *mentions = official->mentions;
  guint kept = 0;

  g_array_sort (mentions, compare_spans);
  for (guint i = 0; i < mentions->len; i++)
    {
      DiemSpan span = g_array_index (mentions, DiemSpan, i);

      if (kept > 0 && g_array_index (mentions, DiemSpan, kept - 1).start == span.start
          && g_array_index (mentions, DiemSpan, kept - 1).end == span.end)
        continue;
      g_array_index (mentions, DiemSpan, kept++) = span;
    }
  g_array_set_size (mentions, kept);
}

/* Links every mention of the officials read, and orders them by their first mention. */
void
diem_officials_link_mentions (DiemOfficialsReader *ctx)
{
  /* every mention of an official's name, also where no title was given */
  for (guint i = 0; i < ctx->names->len; i++)
    {
      DiemNameMention *mention = &g_array_index (ctx->names, DiemNameMention, i);
      g_autofree char *key = diem_officials_words_key (ctx->tokens, mention->key_start, mention->key_end);
      DiemOfficial *official = g_hash_table_lookup (ctx->by_name, key);

      if (official != NULL)
        add_mention (official, ctx->tokens, mention->start, mention->end);
    }
  link_short_references (ctx);
  link_title_references (ctx);

  for (guint i = 0; i < ctx->officials->len; i++)
    sort_mentions (g_ptr_array_index (ctx->officials, i));
  g_ptr_array_sort (ctx->officials, compare_first_mention);
}
