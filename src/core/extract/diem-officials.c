/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-officials.c — named people who hold an office, with every mention of them
 *
 * Shapes read: TITLE NAME ("Chủ tịch UBND TPHCM Phan Văn Mãi"), chains of titles before
 * a name ("Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Hoàng Trung Hải", "Bí thư Quận
 * ủy kiêm Chủ tịch …"), apposition after a name ("Hồ Quốc Dũng, Ủy viên Trung ương Đảng,
 * Bí thư Tỉnh ủy;", "Nguyễn Văn Hòa - Chủ tịch …", "(Chủ tịch …)"). Military ranks make
 * an official without giving a title. Short references ("ông Mãi") and a title standing
 * alone ("Chủ tịch UBND TPHCM yêu cầu…") are mentions of the one person they can mean.
 */
#include "diem-officials.h"

#include <string.h>

#include "diem-grammar.h"

#define MAX_TITLES_PER_OFFICIAL 16
#define MAX_CHAIN 6

typedef struct
{
  const DiemTokens *tokens;
  GPtrArray        *officials;  /* the output */
  GHashTable       *by_name;    /* lower-case name → DiemOfficial */
  GArray           *names;      /* (element-type NameMention) every personal name seen */
  char             *shared;     /* "các Ủy viên Bộ Chính trị: A, B, C": the title all share */
  guint             shared_end; /* token where that list ends */
} Context;

typedef struct
{
  guint start;
  guint end;
} NameMention;

static char *
name_key (const Context *ctx,
          guint          start,
          guint          end)
{
  GString *key = g_string_new (NULL);

  for (guint i = start; i < end; i++)
    {
      if (i > start)
        g_string_append_c (key, ' ');
      g_string_append (key, diem_tokens_key (ctx->tokens, i));
    }
  return g_string_free (key, FALSE);
}

/* Folds a title for comparison: lower case, one space, abbreviations for the long forms
 * ("ủy ban nhân dân" → "ubnd"). */
char *
diem_official_title_key (const char *title)
{
  const DiemLexicon *abbreviations = diem_lexicon (DIEM_LEXICON_ABBREVIATIONS);
  g_autofree char *lower = g_utf8_strdown (title, -1);
  g_auto(GStrv) words = g_strsplit_set (lower, " \t-–—,.()", -1);
  GString *key = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      {
        if (key->len > 0)
          g_string_append_c (key, ' ');
        g_string_append (key, words[i]);
      }
  g_string_append_c (key, ' ');
  for (guint i = 0; i < diem_lexicon_size (abbreviations); i++)
    {
      const char *full = diem_lexicon_field (abbreviations, i, 1);
      g_autofree char *full_lower = NULL;
      g_autofree char *needle = NULL;
      g_autofree char *short_lower = NULL;
      g_autofree char *replacement = NULL;

      if (full == NULL)
        continue;
      full_lower = g_utf8_strdown (full, -1);
      needle = g_strconcat (full_lower, " ", NULL);
      short_lower = g_utf8_strdown (diem_lexicon_entry (abbreviations, i), -1);
      replacement = g_strconcat (short_lower, " ", NULL);
      g_string_replace (key, needle, replacement, 0);
    }
  g_strchomp (key->str);
  key->len = strlen (key->str);
  return g_string_free (key, FALSE);
}

static gboolean
key_has_prefix (const char *key,
                const char *prefix)
{
  gsize n = strlen (prefix);

  return strncmp (key, prefix, n) == 0 && key[n] == ' ';
}

/* One person, one entry per office: the same office spelt with an abbreviation is kept
 * once (the shorter spelling), and "Chủ tịch UBND tỉnh" gives way to the fuller
 * "Chủ tịch UBND tỉnh Sóc Trăng". */
static void
official_add_title (DiemOfficial *official,
                    const char   *title)
{
  g_autofree char *key = NULL;

  /* most mentions repeat a title exactly as before */
  for (guint i = 0; i < official->titles->len; i++)
    if (g_str_equal (g_ptr_array_index (official->titles, i), title))
      return;
  key = diem_official_title_key (title);
  if (key[0] == '\0')
    return;
  for (guint i = 0; i < official->titles->len; i++)
    {
      const char *existing = g_ptr_array_index (official->titles, i);
      g_autofree char *existing_key = diem_official_title_key (existing);

      if (g_str_equal (key, existing_key))
        {
          if (strlen (title) < strlen (existing))
            {
              g_free (official->titles->pdata[i]);
              official->titles->pdata[i] = g_strdup (title);
            }
          return;
        }
      if (key_has_prefix (existing_key, key))
        return;
      if (key_has_prefix (key, existing_key))
        {
          g_free (official->titles->pdata[i]);
          official->titles->pdata[i] = g_strdup (title);
          return;
        }
    }
  if (official->titles->len < MAX_TITLES_PER_OFFICIAL)
    diem_official_add_title (official, title);
}

static DiemOfficial *
ensure_official (Context *ctx,
                 guint    start,
                 guint    end)
{
  g_autofree char *key = name_key (ctx, start, end);
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
  return diem_tokens_has (tokens, i, DIEM_TOKEN_PUNCT) || diem_tokens_is (tokens, i, "kiêm");
}

static gboolean
contains_name (const DiemTokens *tokens,
               guint             start,
               guint             end)
{
  for (guint i = start; i < end; i++)
    if (diem_grammar_is_name_word (tokens, i))
      {
        guint run_end = i;

        while (run_end < end && diem_grammar_is_name_word (tokens, run_end))
          run_end++;
        if (diem_grammar_name_in_run (tokens, i, run_end) < run_end)
          return TRUE;
        i = run_end;
      }
  return FALSE;
}

/* Titles written before the name, ending at end: the segment right before the name and
 * earlier segments joined by ",", a dash or "kiêm". Returns them in reading order. */
static GPtrArray *
titles_before (const Context *ctx,
               guint          sentence_start,
               guint          end)
{
  const DiemTokens *tokens = ctx->tokens;
  GPtrArray *titles = g_ptr_array_new_with_free_func (g_free);
  guint seg_end = end;

  for (guint round = 0; round < MAX_CHAIN && seg_end > sentence_start; round++)
    {
      guint window = seg_end > sentence_start + DIEM_TITLE_MAX_TOKENS ? seg_end - DIEM_TITLE_MAX_TOKENS
                                                                      : sentence_start;
      guint seg_start = window;
      guint head = G_MAXUINT;

      for (guint i = seg_end; i > window; i--)
        if (is_segment_delimiter (tokens, i - 1))
          {
            seg_start = i;
            break;
          }
      /* the title starts at the first office after the last word that cannot be part
       * of it: a stop word, "và" or another person's name */
      for (guint i = seg_start; i < seg_end; i++)
        {
          guint stop = diem_grammar_stop_word (tokens, i, seg_end);

          if (stop > 0 || diem_tokens_is (tokens, i, "và"))
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
          if (head == G_MAXUINT && diem_grammar_office_at (tokens, i, seg_end, FALSE) > 0)
            head = i;
        }
      if (head == G_MAXUINT)
        break;
      if (contains_name (tokens, head, seg_end))
        break;
      g_ptr_array_insert (titles, 0, diem_tokens_dup_text (tokens, head, seg_end - 1));
      /* an earlier segment only joins the chain when nothing else stands before its title */
      if (round > 0 && head > seg_start)
        break;
      if (seg_start == 0 || seg_start <= sentence_start || !is_chain_delimiter (tokens, seg_start - 1))
        break;
      seg_end = seg_start - 1;
    }
  return titles;
}

/* Titles in apposition after the name: ", TITLE, TITLE", " - TITLE", " (TITLE)". */
static void
titles_after (const Context *ctx,
              guint          end,
              guint          sentence_end,
              GPtrArray     *titles)
{
  const DiemTokens *tokens = ctx->tokens;
  guint pos = end;

  /* an aside such as "(67 tuổi)" may stand between the name and its title */
  if (diem_grammar_is_punct (tokens, pos, "(") && diem_grammar_office_at (tokens, pos + 1, sentence_end, TRUE) == 0)
    {
      for (guint i = pos + 1; i < MIN (sentence_end, pos + 10); i++)
        if (diem_grammar_is_punct (tokens, i, ")"))
          {
            pos = i + 1;
            break;
          }
    }

  for (guint round = 0; round < MAX_CHAIN && pos < sentence_end; round++)
    {
      guint head, title_end;

      if (diem_grammar_is_punct (tokens, pos, ",(") || diem_grammar_is_dash (tokens, pos)
          || (round > 0 && diem_tokens_is (tokens, pos, "kiêm")))
        pos++;
      else
        break;
      if (diem_tokens_is (tokens, pos, "là"))
        pos++;
      head = diem_grammar_office_at (tokens, pos, sentence_end, TRUE);
      if (head == 0)
        break;
      title_end = diem_grammar_title_end (tokens, pos, sentence_end);
      if (title_end <= pos)
        break;
      /* "A, Thủ tướng Chính phủ B": that title is B's */
      if (diem_grammar_name_at (tokens, title_end, sentence_end) > 0)
        break;
      g_ptr_array_add (titles, diem_tokens_dup_text (tokens, pos, title_end - 1));
      pos = title_end;
      if (diem_tokens_is (tokens, pos, "kiêm"))
        continue;
      if (diem_grammar_is_punct (tokens, pos, ")"))
        pos++;
    }
}

static void
read_name (Context *ctx,
           guint    start,
           guint    end,
           guint    sentence_start,
           guint    sentence_end)
{
  const DiemTokens *tokens = ctx->tokens;
  g_autoptr(GPtrArray) titles = NULL;
  gboolean military = FALSE;
  guint before = start;
  NameMention mention = { start, end };

  g_array_append_val (ctx->names, mention);

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

  titles = titles_before (ctx, sentence_start, before);
  if (ctx->shared != NULL && start < ctx->shared_end)
    g_ptr_array_insert (titles, 0, g_strdup (ctx->shared));
  titles_after (ctx, end, sentence_end, titles);
  if (titles->len == 0 && !military)
    return;

  {
    DiemOfficial *official = ensure_official (ctx, start, end);

    for (guint i = 0; i < titles->len; i++)
      official_add_title (official, g_ptr_array_index (titles, i));
  }
}

static void
read_sentence (Context *ctx,
               guint    start,
               guint    end)
{
  const DiemTokens *tokens = ctx->tokens;
  guint i = start;

  g_clear_pointer (&ctx->shared, g_free);
  while (i < end)
    {
      guint run_end, name_start;

      if (diem_tokens_is (tokens, i, "các") && diem_grammar_office_at (tokens, i + 1, end, FALSE) > 0)
        {
          guint title_end = diem_grammar_title_end (tokens, i + 1, end);

          if (diem_grammar_is_punct (tokens, title_end, ":"))
            {
              g_free (ctx->shared);
              ctx->shared = diem_tokens_dup_text (tokens, i + 1, title_end - 1);
              ctx->shared_end = end;
              for (guint k = title_end + 1; k < end; k++)
                if (diem_grammar_is_punct (tokens, k, ";"))
                  {
                    ctx->shared_end = k;
                    break;
                  }
              i = title_end + 1;
              continue;
            }
        }
      if (!diem_grammar_is_name_word (tokens, i))
        {
          i++;
          continue;
        }
      run_end = i;
      while (run_end < end && diem_grammar_is_name_word (tokens, run_end))
        run_end++;
      name_start = diem_grammar_name_in_run (tokens, i, run_end);
      if (name_start < run_end)
        read_name (ctx, name_start, run_end, start, end);
      i = run_end;
    }
}

static void
add_mention (DiemOfficial     *official,
             const DiemTokens *tokens,
             guint             start,
             guint             end)
{
  DiemSpan span = { diem_tokens_get (tokens, start)->start, diem_tokens_get (tokens, end - 1)->end };

  g_array_append_val (official->mentions, span);
}

const DiemOfficial *
diem_officials_find_given (GPtrArray  *officials,
                           const char *given_key)
{
  const DiemOfficial *found = NULL;

  for (guint i = 0; i < officials->len; i++)
    {
      const DiemOfficial *official = g_ptr_array_index (officials, i);
      const char *space = strrchr (official->name, ' ');
      g_autofree char *given = g_utf8_strdown (space != NULL ? space + 1 : official->name, -1);

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
link_short_references (Context *ctx)
{
  const DiemTokens *tokens = ctx->tokens;
  guint n = tokens->tokens->len;
  g_autoptr(GHashTable) by_given = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gpointer ambiguous = GINT_TO_POINTER (1);

  for (guint i = 0; i < ctx->officials->len; i++)
    {
      DiemOfficial *official = g_ptr_array_index (ctx->officials, i);
      const char *space = strrchr (official->name, ' ');
      char *given = g_utf8_strdown (space != NULL ? space + 1 : official->name, -1);

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

/* A title standing without a name ("Chủ tịch UBND TPHCM yêu cầu…") is a mention of the
 * one official who holds it, when only one does. */
static void
link_title_references (Context *ctx)
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
          g_autofree char *text = NULL;
          g_autofree char *key = NULL;
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
          text = diem_tokens_dup_text (tokens, i, title_end - 1);
          if (!g_hash_table_lookup_extended (by_text, text, NULL, (gpointer *) &official))
            {
              key = diem_official_title_key (text);
              official = g_hash_table_lookup (by_title, key);
              g_hash_table_insert (by_text, g_strdup (text), official);
            }
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
  gsize xs = x->mentions->len ? g_array_index (x->mentions, DiemSpan, 0).start : G_MAXSIZE;
  gsize ys = y->mentions->len ? g_array_index (y->mentions, DiemSpan, 0).start : G_MAXSIZE;

  return xs < ys ? -1 : xs > ys;
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

void
diem_officials_extract (const DiemTokens *tokens,
                        GPtrArray        *officials)
{
  Context ctx = { tokens, officials, NULL, NULL, NULL, 0 };

  ctx.by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ctx.names = g_array_new (FALSE, FALSE, sizeof (NameMention));

  for (guint s = 0; s < tokens->sentences->len; s++)
    {
      const DiemSentence *sentence = &g_array_index (tokens->sentences, DiemSentence, s);

      read_sentence (&ctx, sentence->start, sentence->end);
    }

  /* every mention of an official's name, also where no title was given */
  for (guint i = 0; i < ctx.names->len; i++)
    {
      NameMention *mention = &g_array_index (ctx.names, NameMention, i);
      g_autofree char *key = name_key (&ctx, mention->start, mention->end);
      DiemOfficial *official = g_hash_table_lookup (ctx.by_name, key);

      if (official != NULL)
        add_mention (official, tokens, mention->start, mention->end);
    }
  link_short_references (&ctx);
  link_title_references (&ctx);

  for (guint i = 0; i < officials->len; i++)
    sort_mentions (g_ptr_array_index (officials, i));
  g_ptr_array_sort (officials, compare_first_mention);

  g_hash_table_unref (ctx.by_name);
  g_array_unref (ctx.names);
  g_free (ctx.shared);
}
