/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-awards.c — honours, their classes, recipients and presenters
 *
 * An honour comes from the lexicon ("Huân chương Lao động"), with its class ("hạng
 * nhất" → "hạng Nhất") and, for flags and certificates, who gives it ("Bằng khen của
 * Thủ tướng Chính phủ"), or from a quoted title after "danh hiệu". Recipients come from
 * "trao/tặng … cho/đến/tặng LIST", "trao tặng X HONOUR", "X được … tặng HONOUR" and
 * "X (đón) nhận HONOUR". Lists split on ";" when there is one (organisation names may
 * hold commas and "và"), else on ",". One DiemAward per honour and class, wherever it
 * is mentioned.
 */
#include "diem-awards.h"

#include <string.h>

#include "diem-grammar.h"
#include "diem-officials.h"

#define LOOK_BACK 16
#define QUOTED_HONOUR_RANK 900

typedef struct
{
  const DiemTokens *tokens;
  GPtrArray        *officials;
  GPtrArray        *awards;
  GHashTable       *by_key;     /* honour key → DiemAward */
  GHashTable       *recipients; /* award key + "\n" + folded recipient → TRUE */
} Context;

typedef struct
{
  guint start, end;   /* the whole mention, class and issuer included */
  char *name;
  char *key;
  guint rank;
  guint group; /* "hạng Nhất, hạng Nhì, hạng Ba": index of the first of the series */
} Honour;

static void
honour_clear (Honour *honour)
{
  g_clear_pointer (&honour->name, g_free);
  g_clear_pointer (&honour->key, g_free);
}

static const char *
class_name (const char *key,
            guint      *index)
{
  static const char *const words[] = { "nhất", "nhì", "ba" };
  static const char *const capitalised[] = { "Nhất", "Nhì", "Ba" };
  static const char *const romans[] = { "i", "ii", "iii" };
  static const char *const digits[] = { "1", "2", "3" };

  for (guint i = 0; i < 3; i++)
    {
      if (g_str_equal (key, words[i]))
        {
          *index = i;
          return capitalised[i];
        }
      if (g_str_equal (key, romans[i]) || g_str_equal (key, digits[i]))
        {
          *index = i;
          return NULL; /* written as it stands */
        }
    }
  return NULL;
}

static char *
capitalise (const char *text)
{
  gunichar first = g_utf8_get_char (text);
  char buffer[8];
  int n = g_unichar_to_utf8 (g_unichar_toupper (first), buffer);

  return g_strconcat ((buffer[n] = '\0', buffer), g_utf8_next_char (text), NULL);
}

/* The honour starting at i, if any. */
static gboolean
read_honour (const Context *ctx,
             guint          i,
             guint          limit,
             Honour        *honour)
{
  const DiemTokens *tokens = ctx->tokens;
  const DiemLexicon *honours = diem_lexicon (DIEM_LEXICON_HONOURS);
  guint len = 0, pos, class_index = 0;
  int entry = diem_lexicon_match (honours, tokens, i, limit, &len);
  g_autofree char *head = NULL;
  g_autofree char *issuer = NULL;
  const char *class_word = NULL;
  const char *field;
  gboolean has_class = FALSE;
  GString *name, *key;

  if (entry < 0)
    return FALSE;
  pos = i + len;
  head = diem_tokens_dup_text (tokens, i, pos - 1);
  if (diem_tokens_is (tokens, pos, "hạng") && diem_tokens_has (tokens, pos + 1, DIEM_TOKEN_WORD))
    {
      guint index = 0;
      const char *word = class_name (diem_tokens_key (tokens, pos + 1), &index);

      if (word != NULL || index > 0 || g_str_equal (diem_tokens_key (tokens, pos + 1), "i")
          || g_str_equal (diem_tokens_key (tokens, pos + 1), "1"))
        {
          has_class = TRUE;
          class_index = index;
          class_word = word;
          pos += 2;
        }
    }
  field = diem_lexicon_field (honours, entry, 2);
  if (field != NULL && g_str_equal (field, "issuer") && diem_tokens_is (tokens, pos, "của"))
    {
      guint end = diem_grammar_body_end (tokens, pos + 1, limit);

      if (end > pos + 1)
        {
          issuer = diem_tokens_dup_text (tokens, pos + 1, end - 1);
          pos = end;
        }
    }

  {
    g_autofree char *capitalised = capitalise (head);
    g_autofree char *entry_key = g_utf8_strdown (diem_lexicon_entry (honours, entry), -1);

    name = g_string_new (capitalised);
    key = g_string_new (entry_key);
  }
  if (has_class)
    {
      g_string_append (name, " hạng ");
      if (class_word != NULL)
        g_string_append (name, class_word);
      else
        g_string_append_len (name, tokens->text + diem_tokens_get (tokens, pos - 1)->start,
                             diem_tokens_get (tokens, pos - 1)->end - diem_tokens_get (tokens, pos - 1)->start);
      g_string_append_printf (key, "#%u", class_index);
    }
  if (issuer != NULL)
    {
      g_autofree char *issuer_key = g_utf8_strdown (issuer, -1);

      g_string_append_printf (name, " của %s", issuer);
      g_string_append_printf (key, "@%s", issuer_key);
    }
  honour->start = i;
  honour->end = pos;
  honour->name = g_string_free (name, FALSE);
  honour->key = g_string_free (key, FALSE);
  honour->rank = (guint) g_ascii_strtoull (diem_lexicon_field (honours, entry, 1), NULL, 10) + class_index;
  return TRUE;
}

/* "Huân chương Lao động hạng Nhất, hạng Nhì và hạng Ba": the classes after the first
 * name the same honour; each becomes an honour of its own in the series. */
static guint
read_sibling_classes (const Context *ctx,
                      const Honour  *first,
                      guint          limit,
                      GArray        *found)
{
  const DiemTokens *tokens = ctx->tokens;
  const char *hash = strrchr (first->key, '#');
  const char *class_at = g_strrstr (first->name, " hạng ");
  guint first_index, pos = first->end, added = 0;

  if (hash == NULL || class_at == NULL || strchr (hash, '@') != NULL)
    return 0;
  first_index = (guint) g_ascii_strtoull (hash + 1, NULL, 10);

  while (pos + 2 < limit
         && (diem_grammar_is_punct (tokens, pos, ",") || diem_tokens_is (tokens, pos, "và"))
         && diem_tokens_is (tokens, pos + 1, "hạng"))
    {
      guint index = 0;
      const char *word = class_name (diem_tokens_key (tokens, pos + 2), &index);
      const DiemToken *class_token = diem_tokens_get (tokens, pos + 2);
      Honour sibling = { 0 };
      g_autoptr(GString) name = g_string_new_len (first->name, class_at - first->name);

      if (word == NULL && index == 0 && !g_str_equal (diem_tokens_key (tokens, pos + 2), "i")
          && !g_str_equal (diem_tokens_key (tokens, pos + 2), "1"))
        break;
      g_string_append (name, " hạng ");
      if (word != NULL)
        g_string_append (name, word);
      else
        g_string_append_len (name, tokens->text + class_token->start, class_token->end - class_token->start);
      sibling.start = pos + 1;
      sibling.end = pos + 3;
      sibling.name = g_string_free (g_steal_pointer (&name), FALSE);
      sibling.key = g_strdup_printf ("%.*s#%u", (int) (hash - first->key), first->key, index);
      sibling.rank = first->rank - first_index + index;
      sibling.group = first->group;
      g_array_append_val (found, sibling);
      added++;
      pos += 3;
    }
  return added;
}

/* "danh hiệu “Công dân Thủ đô ưu tú”": a title named in quotes. */
static gboolean
read_quoted_honour (const Context *ctx,
                    guint          i,
                    guint          limit,
                    Honour        *honour)
{
  const DiemTokens *tokens = ctx->tokens;
  guint open, close = G_MAXUINT;
  g_autofree char *text = NULL;

  if (!diem_tokens_is (tokens, i, "danh") || !diem_tokens_is (tokens, i + 1, "hiệu"))
    return FALSE;
  open = i + 2;
  if (read_honour (ctx, open, limit, honour))
    {
      honour->start = i;
      return TRUE;
    }
  if (!diem_grammar_is_punct (tokens, open, "\"“'‘"))
    return FALSE;
  if (read_honour (ctx, open + 1, limit, honour))
    {
      if (diem_grammar_is_punct (tokens, honour->end, "\"”'’"))
        honour->end++;
      else if (!diem_grammar_is_punct (tokens, honour->end, "\"”'’"))
        {
          /* "Anh Hùng Lao động thời kỳ đổi mới": the lexicon gave only the start */
          honour_clear (honour);
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
  honour->name = capitalise (text);
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

static DiemAward *
ensure_award (Context      *ctx,
              const Honour *honour)
{
  DiemAward *award = g_hash_table_lookup (ctx->by_key, honour->key);

  if (award == NULL)
    {
      award = diem_award_new (honour->name, honour->rank);
      g_ptr_array_add (ctx->awards, award);
      g_hash_table_insert (ctx->by_key, g_strdup (honour->key), award);
    }
  diem_mentions_add (award->mentions, diem_tokens_get (ctx->tokens, honour->start)->start,
                     diem_tokens_get (ctx->tokens, honour->end - 1)->end);
  return award;
}

static void
add_recipient (Context      *ctx,
               const Honour *honour,
               DiemAward    *award,
               const char   *recipient)
{
  g_autofree char *folded = g_utf8_casefold (recipient, -1);
  char *key = g_strconcat (honour->key, "\n", folded, NULL);

  if (g_hash_table_contains (ctx->recipients, key))
    {
      g_free (key);
      return;
    }
  g_hash_table_add (ctx->recipients, key);
  g_ptr_array_add (award->recipients, g_strdup (recipient));
}

/* A recipient phrase [start, end): a person by bare name ("ông Mãi" → "Phan Văn Mãi"),
 * otherwise the words up to the first stop word. NULL when nothing is left. */
static char *
recipient_text (const Context *ctx,
                guint          start,
                guint          end,
                gboolean      *is_person,
                gboolean      *stop_list)
{
  const DiemTokens *tokens = ctx->tokens;
  guint pos = start + diem_grammar_address_at (tokens, start, end, NULL);
  guint name_len = diem_grammar_name_at (tokens, pos, end);
  guint stop_at = end;

  *is_person = FALSE;
  if (name_len > 0)
    {
      *is_person = TRUE;
      return diem_tokens_dup_text (tokens, pos, pos + name_len - 1);
    }
  if (pos > start && pos < end && diem_grammar_is_name_word (tokens, pos)
      && !diem_grammar_is_name_word (tokens, pos + 1))
    {
      const DiemOfficial *official = diem_officials_find_given (ctx->officials, diem_tokens_key (tokens, pos));

      if (official != NULL)
        {
          *is_person = TRUE;
          return g_strdup (official->name);
        }
    }
  for (guint k = pos; k < end; k++)
    if (diem_grammar_stop_word (tokens, k, end) > 0 || diem_grammar_is_punct (tokens, k, "(:\"“”"))
      {
        stop_at = k;
        break;
      }
  if (stop_at == pos)
    {
      if (stop_list != NULL)
        *stop_list = TRUE;
      return NULL;
    }
  while (stop_at > pos && diem_tokens_has (tokens, stop_at - 1, DIEM_TOKEN_PUNCT))
    stop_at--;
  if (stop_at <= pos)
    return NULL;
  return diem_tokens_dup_text (tokens, pos, stop_at - 1);
}

static void
read_list (Context      *ctx,
           const Honour *honour,
           DiemAward    *award,
           guint         start,
           guint         end)
{
  const DiemTokens *tokens = ctx->tokens;
  const char *separator = ",";
  gboolean previous_person = FALSE;
  guint item = start;

  while (end > start && diem_grammar_is_punct (tokens, end - 1, ";,"))
    end--;
  for (guint k = start; k < end; k++)
    if (diem_grammar_is_punct (tokens, k, ";"))
      {
        separator = ";";
        break;
      }

  for (guint k = start; k <= end; k++)
    {
      gboolean stop_list = FALSE, person = FALSE;
      g_autofree char *text = NULL;
      guint item_end = k;

      if (k < end && !diem_grammar_is_punct (tokens, k, separator))
        {
          /* "Sở A và Sở B": "và" joins two recipients when both begin alike */
          guint address = k + 1 < end ? diem_grammar_address_at (tokens, k + 1, end, NULL) : 0;

          if (diem_tokens_is (tokens, k, "và") && k > item
              && (diem_grammar_name_at (tokens, k + 1 + address, end) > 0
                  || diem_tokens_is (tokens, k + 1, diem_tokens_key (tokens, item))))
            ;
          else
            continue;
        }
      if (item_end > item)
        {
          if (g_str_equal (separator, ",") && previous_person
              && diem_grammar_office_at (tokens, item, item_end, TRUE) > 0)
            {
              item = k + 1;
              continue; /* "ông Lê Văn Thinh, Giám đốc Sở …": his office, not a recipient */
            }
          text = recipient_text (ctx, item, item_end, &person, &stop_list);
          if (stop_list)
            break;
          if (text != NULL)
            add_recipient (ctx, honour, award, text);
          previous_person = person;
        }
      item = k + 1;
    }
}

/* "cho 10 cá nhân, trong đó có bác sĩ Nguyễn Trung Cấp": the named ones, not the count. */
static guint
named_part (const DiemTokens *tokens,
            guint             start,
            guint             end)
{
  if (!diem_tokens_has (tokens, start, DIEM_TOKEN_DIGIT))
    return start;
  for (guint k = start; k + 2 < MIN (end, start + 8); k++)
    if (diem_tokens_is (tokens, k, "trong") && diem_tokens_is (tokens, k + 1, "đó")
        && diem_tokens_is (tokens, k + 2, "có"))
      return k + 3;
  return start;
}

static guint
verb_before (const DiemTokens *tokens,
             guint             i,
             guint             floor,
             gboolean         *receive)
{
  const DiemLexicon *verbs = diem_lexicon (DIEM_LEXICON_GIVE_VERBS);

  for (guint back = 1; back <= 2 && i >= floor + back; back++)
    {
      guint len = 0;
      int entry = diem_lexicon_match (verbs, tokens, i - back, i, &len);

      if (entry >= 0 && i - back + len == i)
        {
          *receive = g_str_equal (diem_lexicon_field (verbs, entry, 1), "receive");
          return i - back;
        }
    }
  return G_MAXUINT;
}

/* The clause before position i: back to the last ",", ";", ":" or the sentence start;
 * across a comma when the part before it is a lower-case list head ("một số tập thể,
 * cá nhân"). */
static guint
clause_start (const DiemTokens *tokens,
              guint             i,
              guint             floor)
{
  guint pos = i;

  while (pos > floor)
    {
      if (diem_grammar_is_punct (tokens, pos - 1, ";:.!?"))
        break;
      if (diem_grammar_is_punct (tokens, pos - 1, ","))
        {
          guint before = pos - 1, seg = before;

          while (seg > floor && !diem_grammar_is_punct (tokens, seg - 1, ",;:"))
            seg--;
          if (before > seg && !diem_tokens_has (tokens, seg, DIEM_TOKEN_CAPITALISED)
              && diem_tokens_is (tokens, seg, "một"))
            {
              pos = seg;
              continue;
            }
          break;
        }
      pos--;
    }
  return pos;
}

static void
add_subject (Context      *ctx,
             const Honour *honour,
             DiemAward    *award,
             guint         start,
             guint         end)
{
  gboolean person = FALSE;
  g_autofree char *text = NULL;

  guint n = 0;

  if (end <= start || diem_tokens_is (ctx->tokens, start, "các") || diem_tokens_is (ctx->tokens, start, "những"))
    return;
  /* "Trong 10 cá nhân được tặng …": a clause opening on a preposition names no one */
  if (diem_lexicon_match (diem_lexicon (DIEM_LEXICON_STOPWORDS), ctx->tokens, start, end, &n) >= 0)
    return;
  text = recipient_text (ctx, start, end, &person, NULL);
  if (text != NULL)
    add_recipient (ctx, honour, award, text);
}

static void
read_presenter (Context   *ctx,
                DiemAward *award,
                guint      verb,
                guint      floor)
{
  const DiemTokens *tokens = ctx->tokens;
  guint low = verb > floor + LOOK_BACK ? verb - LOOK_BACK : floor;

  if (award->presenter != NULL)
    return;
  for (guint end = verb; end > low; end--)
    if (diem_grammar_is_name_word (tokens, end - 1))
      {
        guint run = end - 1;

        while (run > low && diem_grammar_is_name_word (tokens, run - 1))
          run--;
        if (diem_grammar_name_in_run (tokens, run, end) < end)
          award->presenter = diem_tokens_dup_text (tokens, diem_grammar_name_in_run (tokens, run, end), end - 1);
        return;
      }
}

/* "hạng Nhất, hạng Nhì, hạng Ba cho A, B và C": as many recipients as classes are
 * given in order; otherwise the list stays with the last class. */
static void
assign_respectively (Context   *ctx,
                     GArray    *found,
                     guint      last,
                     DiemAward *last_award,
                     guint      first_new)
{
  const Honour *tail = &g_array_index (found, Honour, last);
  guint series = last - tail->group + 1;
  g_autoptr(GPtrArray) listed = NULL;

  if (series < 2 || last_award->recipients->len - first_new != series)
    return;

  listed = g_ptr_array_new_with_free_func (g_free);
  while (last_award->recipients->len > first_new)
    g_ptr_array_insert (listed, 0, g_ptr_array_steal_index (last_award->recipients, last_award->recipients->len - 1));
  for (guint k = 0; k < series; k++)
    {
      const Honour *member = &g_array_index (found, Honour, tail->group + k);
      DiemAward *award = ensure_award (ctx, member);

      g_ptr_array_add (award->recipients, g_strdup (g_ptr_array_index (listed, k)));
    }
}

static void
read_sentence (Context *ctx,
               guint    start,
               guint    end)
{
  const DiemTokens *tokens = ctx->tokens;
  GArray *found = g_array_new (FALSE, TRUE, sizeof (Honour));

  for (guint i = start; i < end; i++)
    {
      Honour honour = { 0 };

      if (read_quoted_honour (ctx, i, end, &honour) || read_honour (ctx, i, end, &honour))
        {
          guint siblings;

          honour.group = found->len;
          g_array_append_val (found, honour);
          siblings = read_sibling_classes (ctx, &honour, end, found);
          i = siblings > 0 ? g_array_index (found, Honour, found->len - 1).end - 1 : honour.end - 1;
        }
    }

  for (guint h = 0; h < found->len; h++)
    {
      Honour *honour = &g_array_index (found, Honour, h);
      guint list_end = h + 1 < found->len ? g_array_index (found, Honour, h + 1).start : end;
      guint pos = honour->end, verb, first = honour->start;
      gboolean receive = FALSE, context = FALSE;
      DiemAward *award;

      /* "Huân chương Chiến công và Bằng khen của Thủ tướng": the second shares the verb */
      for (guint back = h; back > 0; back--)
        {
          Honour *before = &g_array_index (found, Honour, back - 1);

          if (before->end + 1 == first && (diem_tokens_is (tokens, first - 1, "và") || diem_grammar_is_punct (tokens, first - 1, ",")))
            first = before->start;
          else
            break;
        }
      if (first >= start + 2 && diem_tokens_is (tokens, first - 1, "khen") && diem_tokens_is (tokens, first - 2, "bằng"))
        first -= 2;
      if (first > start && diem_tokens_is (tokens, first - 1, "nhiều"))
        first--;
      verb = verb_before (tokens, first, start, &receive);

      /* "trao tặng Học viện Kỹ thuật Mật mã Huân chương …" */
      if (verb == G_MAXUINT)
        {
          guint low = first > start + LOOK_BACK ? first - LOOK_BACK : start;

          for (guint k = first; k > low; k--)
            {
              guint v = verb_before (tokens, k, start, &receive);

              if (diem_tokens_has (tokens, k - 1, DIEM_TOKEN_PUNCT) || diem_grammar_stop_word (tokens, k - 1, first) > 0)
                {
                  if (v != G_MAXUINT && !receive && k < first && diem_tokens_has (tokens, k, DIEM_TOKEN_CAPITALISED))
                    {
                      award = ensure_award (ctx, honour);
                      add_subject (ctx, honour, award, k, first);
                      read_presenter (ctx, award, v, start);
                      context = TRUE;
                    }
                  break;
                }
            }
        }
      else
        context = TRUE;

      if (!context)
        {
          /* "… cho Sở Công Thương" with no verb in sight still names a recipient */
          if (!(diem_tokens_is (tokens, pos, "cho") || diem_tokens_is (tokens, pos, "đến")))
            continue;
        }
      award = ensure_award (ctx, honour);

      /* "năm 2020" or an aside between the honour and its recipients */
      if (diem_tokens_is (tokens, pos, "năm") && diem_tokens_has (tokens, pos + 1, DIEM_TOKEN_DIGIT))
        pos += 2;
      if (diem_tokens_is (tokens, pos, "còn"))
        pos++;
      if (diem_tokens_is (tokens, pos, "cho") || diem_tokens_is (tokens, pos, "đến")
          || diem_tokens_is (tokens, pos, "tặng"))
        {
          guint named = named_part (tokens, pos + 1, list_end);
          guint before = award->recipients->len;

          read_list (ctx, honour, award, named, list_end);
          assign_respectively (ctx, found, h, award, before);
        }
      else if (diem_tokens_is (tokens, pos, "có") || diem_tokens_is (tokens, pos, "gồm"))
        read_list (ctx, honour, award, pos + 1 + diem_grammar_is_punct (tokens, pos + 1, ":"), list_end);
      else if (verb != G_MAXUINT && !receive && pos < list_end && diem_tokens_has (tokens, pos, DIEM_TOKEN_WORD)
               && !diem_tokens_is (tokens, pos, "và") && diem_grammar_stop_word (tokens, pos, list_end) == 0)
        read_list (ctx, honour, award, pos, list_end);

      if (verb != G_MAXUINT)
        {
          /* the agent between "được" and the verb may be a long list */
          guint low = verb > start + 3 * LOOK_BACK ? verb - 3 * LOOK_BACK : start;
          guint passive = G_MAXUINT;

          for (guint k = verb; k > low; k--)
            {
              if (diem_grammar_is_punct (tokens, k - 1, ";:.!?"))
                break;
              if (diem_tokens_is (tokens, k - 1, "được"))
                {
                  passive = k - 1;
                  break;
                }
            }
          if (passive != G_MAXUINT)
            add_subject (ctx, honour, award, clause_start (tokens, passive, start), passive);
          else if (receive)
            add_subject (ctx, honour, award, clause_start (tokens, verb, start), verb);
          else
            read_presenter (ctx, award, verb, start);
        }
    }

  for (guint h = 0; h < found->len; h++)
    honour_clear (&g_array_index (found, Honour, h));
  g_array_unref (found);
}

/* "Tài chính Prudential" in a headline and "Công ty Tài chính Prudential Việt Nam" in the
 * body are one recipient: a recipient contained in a longer one of the same honour goes. */
static void
merge_contained_recipients (DiemAward *award)
{
  GPtrArray *recipients = award->recipients;

  if (recipients->len > 64)
    return;
  for (guint i = 0; i < recipients->len;)
    {
      g_autofree char *shorter = g_utf8_casefold (g_ptr_array_index (recipients, i), -1);
      gboolean contained = FALSE;

      for (guint j = 0; j < recipients->len && !contained; j++)
        {
          g_autofree char *longer = NULL;
          const char *found;

          if (j == i)
            continue;
          longer = g_utf8_casefold (g_ptr_array_index (recipients, j), -1);
          found = strlen (longer) > strlen (shorter) ? strstr (longer, shorter) : NULL;
          if (found != NULL && (found == longer || found[-1] == ' ')
              && (found[strlen (shorter)] == '\0' || found[strlen (shorter)] == ' '))
            contained = TRUE;
        }
      if (contained)
        g_ptr_array_remove_index (recipients, i);
      else
        i++;
    }
}

static int
compare_awards (gconstpointer a,
                gconstpointer b)
{
  const DiemAward *x = *(DiemAward **) a, *y = *(DiemAward **) b;
  gsize xs = x->mentions->len ? g_array_index (x->mentions, DiemSpan, 0).start : 0;
  gsize ys = y->mentions->len ? g_array_index (y->mentions, DiemSpan, 0).start : 0;

  if (x->rank != y->rank)
    return x->rank < y->rank ? -1 : 1;
  return xs < ys ? -1 : xs > ys;
}

/* Is `name` a family of honours ("Huân chương", "Bằng khen") rather than one honour:
 * a lexicon entry that starts other entries? */
static gboolean
names_a_family (const char *name)
{
  const DiemLexicon *honours = diem_lexicon (DIEM_LEXICON_HONOURS);
  g_autofree char *lower = g_utf8_strdown (name, -1);
  gsize length = strlen (lower);

  if (diem_lexicon_lookup (honours, lower) < 0)
    return FALSE;
  for (guint i = 0; i < diem_lexicon_size (honours); i++)
    {
      g_autofree char *entry = g_utf8_strdown (diem_lexicon_entry (honours, (int) i), -1);

      if (strncmp (entry, lower, length) == 0 && entry[length] == ' ')
        return TRUE;
    }
  return FALSE;
}

/* "trao Huân chương cho …" in a headline names the same honour that the body calls
 * "Huân chương Lao động hạng Ba": a family name that starts exactly one honour of the
 * article is that honour. With several candidates it stays, since it could be any;
 * "Huân chương Chiến công" without a class is an honour of its own. */
static void
fold_shortened_awards (GPtrArray *awards)
{
  guint i = 0;

  while (i < awards->len)
    {
      DiemAward *shortened = g_ptr_array_index (awards, i);
      gsize length = strlen (shortened->award);
      DiemAward *full = NULL;
      guint candidates = 0;

      if (!names_a_family (shortened->award))
        {
          i++;
          continue;
        }
      for (guint j = 0; j < awards->len; j++)
        {
          DiemAward *other = g_ptr_array_index (awards, j);

          if (j != i && strncmp (other->award, shortened->award, length) == 0 && other->award[length] == ' ')
            {
              full = other;
              candidates++;
            }
        }
      if (candidates != 1)
        {
          i++;
          continue;
        }
      {
        g_autoptr(GHashTable) known = g_hash_table_new (g_str_hash, g_str_equal);

        for (guint r = 0; r < full->recipients->len; r++)
          g_hash_table_add (known, g_ptr_array_index (full->recipients, r));
        for (guint r = 0; r < shortened->recipients->len; r++)
          {
            char *recipient = g_ptr_array_index (shortened->recipients, r);

            if (!g_hash_table_contains (known, recipient))
              g_ptr_array_add (full->recipients, g_strdup (recipient));
          }
      }
      for (guint m = 0; m < shortened->mentions->len; m++)
        {
          DiemSpan span = g_array_index (shortened->mentions, DiemSpan, m);
          diem_mentions_add (full->mentions, span.start, span.end);
        }
      if (full->presenter == NULL)
        full->presenter = g_steal_pointer (&shortened->presenter);
      g_ptr_array_remove_index (awards, i);
      i = 0; /* a shorter name may now have a single candidate left: look again */
    }
}

void
diem_awards_extract (const DiemTokens *tokens,
                     GPtrArray        *officials,
                     GPtrArray        *awards)
{
  Context ctx = { tokens, officials, awards, NULL, NULL };

  ctx.by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ctx.recipients = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint s = 0; s < tokens->sentences->len; s++)
    {
      const DiemSentence *sentence = &g_array_index (tokens->sentences, DiemSentence, s);

      read_sentence (&ctx, sentence->start, sentence->end);
    }
  fold_shortened_awards (awards);
  for (guint i = 0; i < awards->len; i++)
    merge_contained_recipients (g_ptr_array_index (awards, i));
  g_ptr_array_sort (awards, compare_awards);
  g_hash_table_unref (ctx.by_key);
  g_hash_table_unref (ctx.recipients);
}
