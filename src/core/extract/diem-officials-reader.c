/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-officials-reader.c — the state of reading one article's officials: the names
 * seen, the officials made of them, and the full names short references may stand for
 */
#include "diem-officials-reader.h"

#include "diem-officials-lists.h"

void
diem_officials_reader_init (DiemOfficialsReader *ctx,
                            const DiemTokens    *tokens,
                            GPtrArray           *officials)
{
  *ctx = (DiemOfficialsReader) { .tokens = tokens, .officials = officials };
  ctx->by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ctx->names = g_array_new (FALSE, FALSE, sizeof (DiemNameMention));
  ctx->pending = g_array_new (FALSE, FALSE, sizeof (DiemNameMention));
  ctx->by_given = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ctx->office_verbs = diem_lexicon_get ("office-verbs");
  ctx->units = diem_lexicon (DIEM_LEXICON_UNITS);
  diem_officials_find_count_keys (ctx);
}

void
diem_officials_reader_clear (DiemOfficialsReader *ctx)
{
  g_hash_table_unref (ctx->by_name);
  g_array_unref (ctx->names);
  g_array_unref (ctx->pending);
  g_hash_table_unref (ctx->by_given);
  g_free (ctx->shared);
  g_free (ctx->inner);
  g_free (ctx->count_keys);
}

/* The lower-case keys of tokens[start, end), one space between them. */
char *
diem_officials_words_key (const DiemTokens *tokens,
                          guint             start,
                          guint             end)
{
  GString *key = g_string_new (NULL);

  for (guint i = start; i < end; i++)
    {
      if (i > start)
        g_string_append_c (key, ' ');
      g_string_append (key, diem_tokens_key (tokens, i));
    }
  return g_string_free (key, FALSE);
}

/* Remembers a full name by its last word, for the short references to it ("ông Tùng"). */
static void
remember_given (DiemOfficialsReader   *ctx,
                const DiemNameMention *mention)
{
  const char *given = diem_tokens_key (ctx->tokens, mention->key_end - 1);
  gpointer known;

  if (mention->key_end - mention->key_start < 2)
    return;
  if (!g_hash_table_lookup_extended (ctx->by_given, given, NULL, &known))
    g_hash_table_insert (ctx->by_given, g_strdup (given), GUINT_TO_POINTER (ctx->names->len));
  else if (GPOINTER_TO_UINT (known) > 0)
    {
      const DiemNameMention *first = &g_array_index (ctx->names, DiemNameMention, GPOINTER_TO_UINT (known) - 1);
      g_autofree char *first_key = diem_officials_words_key (ctx->tokens, first->key_start, first->key_end);
      g_autofree char *key = diem_officials_words_key (ctx->tokens, mention->key_start, mention->key_end);

      /* two people share the given name: "ông Tùng" could mean either */
      if (!g_str_equal (first_key, key))
        g_hash_table_insert (ctx->by_given, g_strdup (given), GUINT_TO_POINTER (0));
    }
}

/* Records a personal name read in the text; every one becomes a mention at the end. */
void
diem_officials_add_name (DiemOfficialsReader   *ctx,
                         const DiemNameMention *mention)
{
  g_array_append_val (ctx->names, *mention);
  remember_given (ctx, mention);
}

DiemOfficial *
diem_officials_ensure (DiemOfficialsReader *ctx,
                       guint                start,
                       guint                end)
{
  g_autofree char *key = diem_officials_words_key (ctx->tokens, start, end);
  DiemOfficial *official = g_hash_table_lookup (ctx->by_name, key);

  if (official == NULL)
    {
      g_autofree char *name = diem_tokens_dup_text (ctx->tokens, start, end - 1);

      official = diem_official_new (name);
      g_ptr_array_add (ctx->officials, official);
      g_hash_table_insert (ctx->by_name, g_steal_pointer (&key), official);
    }
  return official;
}

DiemOfficial *
diem_officials_ensure_named (DiemOfficialsReader   *ctx,
                             const DiemNameMention *mention)
{
  return diem_officials_ensure (ctx, mention->key_start, mention->key_end);
}
