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
  GArray           *pending;    /* (element-type NameMention) "ông A, ông B, …" awaiting the list's titles */
  GHashTable       *by_given;   /* last word of a full name → its first NameMention index + 1, or 0 when two names share it */
  char             *shared;     /* "các Ủy viên Bộ Chính trị: A, B, C": the title all share */
  guint             shared_end; /* token where that list ends */
  char             *inner;      /* "…: A; các Phó Thủ tướng: B, C": a list nested in the shared one */
  guint             inner_end;
  const DiemLexicon *office_verbs; /* "được bầu làm", "giữ chức": the office that follows is the subject's */
  const DiemLexicon *units;        /* "Bộ", "Văn phòng": a unit after a comma completes a title */
} Context;

typedef struct
{
  guint start;
  guint end;
  guint key_start; /* the full name this mention stands for: itself, or for a short */
  guint key_end;   /* reference ("ông Tùng") the earlier "Nguyễn Văn Tùng" */
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

/* Lower case, one space between words, old tone placement folded ("Uỷ" = "Ủy"). */
static char *
fold_words (const char *text)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);
  g_auto(GStrv) words = g_strsplit_set (lower, " \t-–—,.()", -1);
  GString *key = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      {
        diem_tokens_fold_tone_placement (words[i], strlen (words[i]));
        if (key->len > 0)
          g_string_append_c (key, ' ');
        g_string_append (key, words[i]);
      }
  return g_string_free (key, FALSE);
}

/* The abbreviation lexicon as folded pairs " full " → " short ", built once: both forms
 * folded as a title is, so "LĐ-TB&XH" meets "lđ tb&xh". */
static GPtrArray *
abbreviation_pairs (void)
{
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      const DiemLexicon *abbreviations = diem_lexicon (DIEM_LEXICON_ABBREVIATIONS);
      GPtrArray *pairs = g_ptr_array_new ();

      for (guint i = 0; i < diem_lexicon_size (abbreviations); i++)
        {
          const char *full = diem_lexicon_field (abbreviations, i, 1);
          g_autofree char *full_key = NULL;
          g_autofree char *short_key = NULL;

          if (full == NULL)
            continue;
          full_key = fold_words (full);
          short_key = fold_words (diem_lexicon_entry (abbreviations, i));
          g_ptr_array_add (pairs, g_strconcat (" ", full_key, " ", NULL));
          g_ptr_array_add (pairs, g_strconcat (" ", short_key, " ", NULL));
        }
      g_once_init_leave (&once, (gsize) pairs);
    }
  return (GPtrArray *) once;
}

static char *
compute_title_key (const char *title)
{
  GPtrArray *pairs = abbreviation_pairs ();
  g_autofree char *folded = fold_words (title);
  GString *key = g_string_new (" ");

  g_string_append (key, folded);
  g_string_append_c (key, ' ');
  for (guint i = 0; i + 1 < pairs->len; i += 2)
    g_string_replace (key, g_ptr_array_index (pairs, i), g_ptr_array_index (pairs, i + 1), 0);
  g_strstrip (key->str);
  key->len = strlen (key->str);
  return g_string_free (key, FALSE);
}

/* Keys computed, kept for the titles that come back (every mention compares its title
 * with the official's others); bounded, for a process that reads article after article. */
#define TITLE_KEY_CACHE_MAX 4096

/* Folds a title for comparison: lower case, one space, abbreviations for the long forms
 * ("ủy ban nhân dân" → "ubnd"). */
char *
diem_official_title_key (const char *title)
{
  static GMutex lock;
  static GHashTable *cache;
  const char *cached;
  char *key;

  g_mutex_lock (&lock);
  if (cache == NULL)
    cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  cached = g_hash_table_lookup (cache, title);
  key = cached != NULL ? g_strdup (cached) : NULL;
  g_mutex_unlock (&lock);
  if (key != NULL)
    return key;

  key = compute_title_key (title);
  g_mutex_lock (&lock);
  if (g_hash_table_size (cache) >= TITLE_KEY_CACHE_MAX)
    g_hash_table_remove_all (cache);
  g_hash_table_replace (cache, g_strdup (title), g_strdup (key));
  g_mutex_unlock (&lock);
  return key;
}

static gboolean
key_has_prefix (const char *key,
                const char *prefix)
{
  gsize n = strlen (prefix);

  return strncmp (key, prefix, n) == 0 && key[n] == ' ';
}

/* Is every word of the shorter key found, in order, in the longer one, both starting
 * with the same word? "Phó Thủ tướng Chính phủ" is "Phó Thủ tướng thường trực Chính
 * phủ" written short; "Chủ tịch UBND" and "Phó Chủ tịch UBND" differ at the first word. */
static gboolean
key_is_short_form (const char *shorter,
                   const char *longer)
{
  g_auto(GStrv) few = g_strsplit (shorter, " ", -1);
  g_auto(GStrv) many = g_strsplit (longer, " ", -1);
  guint k = 0;

  if (few[0] == NULL || many[0] == NULL || !g_str_equal (few[0], many[0]))
    return FALSE;
  for (guint i = 0; many[i] != NULL && few[k] != NULL; i++)
    if (g_str_equal (many[i], few[k]))
      k++;
  return few[k] == NULL;
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
  /* the same office written shorter or longer: the fuller spelling stays */
  for (guint i = 0; i < official->titles->len; i++)
    {
      g_autofree char *existing_key = diem_official_title_key (g_ptr_array_index (official->titles, i));

      if (key_is_short_form (key, existing_key))
        return;
      if (key_is_short_form (existing_key, key))
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

static DiemOfficial *
ensure_named (Context           *ctx,
              const NameMention *mention)
{
  return ensure_official (ctx, mention->key_start, mention->key_end);
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

/* "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch": the rest of a list of fields after a
 * comma, capitalised words ending in "và …", belongs to the organisation before it. */
static gboolean
is_field_list (const DiemTokens *tokens,
               guint             start,
               guint             end)
{
  gboolean and_seen = FALSE;

  if (end - start > 8)
    return FALSE;
  for (guint i = start; i < end; i++)
    {
      if (diem_tokens_is (tokens, i, "và") && i > start)
        and_seen = TRUE;
      else if (!diem_tokens_has (tokens, i, DIEM_TOKEN_CAPITALISED)
               && !(i > start && diem_tokens_has (tokens, i, DIEM_TOKEN_WORD)
                    && diem_tokens_has (tokens, i - 1, DIEM_TOKEN_CAPITALISED)))
        return FALSE;
    }
  return and_seen && !contains_name (tokens, start, end);
}

/* End of the unit at start ("Bộ Quốc phòng", "Trung đoàn 876", "Văn phòng Chính phủ"):
 * a unit word from the lexicon, its number, then the capitalised name after it. */
static guint
unit_end_at (const Context *ctx,
             guint          start,
             guint          limit)
{
  const DiemTokens *tokens = ctx->tokens;
  guint len = 0, pos;

  if (!diem_tokens_has (tokens, start, DIEM_TOKEN_CAPITALISED)
      || diem_lexicon_match (ctx->units, tokens, start, limit, &len) < 0
      || diem_grammar_office_at (tokens, start, limit, TRUE) > 0)
    return start;
  pos = start + len;
  while (pos < limit && diem_tokens_has (tokens, pos, DIEM_TOKEN_DIGIT))
    pos++;
  /* "Công an tỉnh", "UBND huyện Tuy Phước": the kind of place the unit serves */
  for (guint round = 0; round < 2 && pos < limit && diem_grammar_is_place_word (tokens, pos)
                        && !diem_tokens_has (tokens, pos, DIEM_TOKEN_CAPITALISED); round++)
    pos++;
  if (pos < limit && diem_tokens_has (tokens, pos, DIEM_TOKEN_CAPITALISED))
    pos = diem_grammar_body_end (tokens, pos, limit);
  return pos;
}

/* Is tokens[start, end) a unit and nothing else ("Bộ Quốc phòng", "Văn phòng Chính
 * phủ"), such as completes the title before it after a comma? */
static gboolean
is_unit (const Context *ctx,
         guint          start,
         guint          end)
{
  if (start >= end || !diem_tokens_has (ctx->tokens, start, DIEM_TOKEN_CAPITALISED))
    return FALSE;
  if (unit_end_at (ctx, start, end) != end)
    return is_field_list (ctx->tokens, start, end);
  return !contains_name (ctx->tokens, start, end);
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

/* "Thủ tướng Chính phủ, Phó Thủ tướng Chính phủ A": one person is not both X and
 * Phó X, so these are two people. */
static gboolean
is_deputy_pair (const char *a,
                const char *b)
{
  g_autofree char *ka = diem_official_title_key (a);
  g_autofree char *kb = diem_official_title_key (b);

  return (g_str_has_prefix (ka, "phó ") && g_str_equal (ka + strlen ("phó "), kb))
         || (g_str_has_prefix (kb, "phó ") && g_str_equal (kb + strlen ("phó "), ka));
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

/* "Đại sứ Việt Nam tại Lào": is token i the "tại" of a post abroad whose office head
 * starts at head, followed by a country? Returns the end of the country, or 0. */
static guint
post_abroad_end (const DiemTokens *tokens,
                 guint             head,
                 guint             i,
                 guint             limit)
{
  const DiemLexicon *offices = diem_lexicon (DIEM_LEXICON_OFFICES);
  guint len = 0;
  int entry;
  const char *kind;

  if (!diem_tokens_is (tokens, i, "tại") || !diem_tokens_has (tokens, i + 1, DIEM_TOKEN_CAPITALISED))
    return 0;
  entry = diem_lexicon_match (offices, tokens, head, limit, &len);
  kind = entry >= 0 ? diem_lexicon_field (offices, entry, 1) : NULL;
  if (kind == NULL || !g_str_equal (kind, "posted")
      || diem_lexicon_match (diem_lexicon (DIEM_LEXICON_PLACES), tokens, i + 1, limit, &len) < 0)
    return 0;
  return i + 1 + len;
}

/* Titles written before the name, ending at end: the segment right before the name and
 * earlier segments joined by ",", a dash or "kiêm". Returns them in reading order. */
static GPtrArray *
titles_before (const Context *ctx,
               guint          sentence_start,
               guint          end,
               gboolean       after_comma)
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

  for (guint round = 0; round < MAX_CHAIN && seg_end > sentence_start; round++)
    {
      guint window = seg_end > sentence_start + DIEM_TITLE_MAX_TOKENS ? seg_end - DIEM_TITLE_MAX_TOKENS
                                                                      : sentence_start;
      guint seg_start = window;
      guint head = G_MAXUINT;
      char *title;

      /* "Thứ trưởng Bộ Lao động - Thương binh và Xã hội (LĐ-TB&XH) NAME": the
       * organisation's acronym in brackets is left out of the title */
      if (round == 0 && seg_end >= sentence_start + 4 && diem_grammar_is_punct (tokens, seg_end - 1, ")")
          && diem_tokens_has (tokens, seg_end - 2, DIEM_TOKEN_UPPER) && diem_grammar_is_punct (tokens, seg_end - 3, "("))
        seg_end -= 3;
      for (guint i = seg_end; i > window; i--)
        if (is_segment_delimiter (tokens, i - 1) && !is_joining_dash (tokens, i - 1, tokens->tokens->len))
          {
            seg_start = i;
            break;
          }
      /* the title starts at the first office after the last word that cannot be part
       * of it: a stop word, "và" or another person's name */
      for (guint i = seg_start; i < seg_end; i++)
        {
          guint stop = diem_grammar_stop_word (tokens, i, seg_end);

          /* "Đại sứ Việt Nam tại Lào NAME": where the post is belongs to the title */
          if (stop > 0 && head != G_MAXUINT && post_abroad_end (tokens, head, i, seg_end) > 0)
            {
              i = post_abroad_end (tokens, head, i, seg_end) - 1;
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
          if (head == G_MAXUINT && diem_grammar_office_at (tokens, i, seg_end, FALSE) > 0)
            head = i;
        }
      if (head == G_MAXUINT)
        {
          /* a unit right before the name completes the title before it */
          if (titles->len == 0 && seg_start > sentence_start && diem_grammar_is_punct (tokens, seg_start - 1, ",")
              && is_unit (ctx, seg_start, seg_end))
            {
              if (unit_end == 0)
                unit_end = seg_end;
              seg_end = seg_start - 1;
              continue;
            }
          break;
        }
      if (contains_name (tokens, head, seg_end))
        break;
      if (must_begin && titles->len == 0 && head > seg_start)
        break;
      /* "ông A – Trưởng Ban X, ông B": a title after a dash is the name's before the dash */
      if (must_begin && titles->len == 0 && seg_start > sentence_start + 1 && diem_grammar_is_dash (tokens, seg_start - 1)
          && diem_grammar_is_name_word (tokens, seg_start - 2))
        break;
      /* in an earlier segment, an office after "của", "và", "thừa ủy quyền" is not this person's */
      if (titles->len > 0 && head > seg_start && ends_other_holder (tokens, head - 1))
        break;
      title = diem_tokens_dup_text (tokens, head, (unit_end > 0 ? unit_end : seg_end) - 1);
      unit_end = 0;
      if (titles->len > 0 && is_deputy_pair (title, g_ptr_array_index (titles, 0)))
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

/* Does an office in apposition follow at pos (", Chủ tịch …", " - Bí thư …", "(Giám đốc …)")? */
static gboolean
has_apposition (const DiemTokens *tokens,
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
aside_before_office (const Context *ctx,
                     guint          pos,
                     guint          sentence_end)
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

/* Titles in apposition after the name: ", TITLE, TITLE", " - TITLE", " (TITLE)". */
static void
titles_after (const Context *ctx,
              guint          end,
              guint          sentence_end,
              GPtrArray     *titles,
              gboolean      *for_all)
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
      if (post_abroad_end (tokens, pos, title_end, sentence_end) > 0)
        title_end = post_abroad_end (tokens, pos, title_end, sentence_end);
      /* "A, Thủ tướng Chính phủ B": that title is B's; in "A, Giám đốc X, GS.TS B đã…" it
       * may be either's, so it is left out; in a list "A, T1, ông B, T2" B has its own */
      if (diem_grammar_name_at (tokens, title_end, sentence_end) > 0)
        break;
      if (diem_grammar_is_punct (tokens, title_end, ","))
        {
          guint next = title_end + 1 + diem_grammar_address_at (tokens, title_end + 1, sentence_end, NULL);
          guint next_len = diem_grammar_name_at (tokens, next, sentence_end);

          if (next > title_end + 1 && next_len > 0 && !has_apposition (tokens, next + next_len, sentence_end))
            break;
        }
      /* "Phó Cục trưởng Cục Quản trị, Văn phòng Chính phủ": the parent unit belongs to it */
      /* and so does each parent after it ("Tiểu đoàn 3, Trung đoàn 876, Sư đoàn 356") */
      while (diem_grammar_is_punct (tokens, title_end, ","))
        {
          guint unit_end = unit_end_at (ctx, title_end + 1, sentence_end);

          if (unit_end == title_end + 1)
            unit_end = diem_grammar_body_end (tokens, title_end + 1, sentence_end);
          if (is_unit (ctx, title_end + 1, unit_end) && diem_grammar_name_at (tokens, unit_end, sentence_end) == 0
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

/* May the tokens between two names of one subject stand in a list ("A, B và đồng chí C")? */
static gboolean
is_list_gap (const DiemTokens *tokens,
             guint             start,
             guint             end)
{
  /* an aside such as "(SN 1968)" may follow a name */
  if (diem_grammar_is_punct (tokens, start, "("))
    for (guint i = start + 1; i < MIN (end, start + 8); i++)
      if (diem_grammar_is_punct (tokens, i, ")"))
        {
          start = i + 1;
          break;
        }
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
static gboolean
starts_list_item (const DiemTokens *tokens,
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

/* "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ" is one title: a bare "Bộ trưởng" (or
 * "nguyên Bộ trưởng") followed by the head of a body with the rank of a ministry. */
static void
join_ministerial_titles (GPtrArray *titles)
{
  const DiemLexicon *offices = diem_lexicon (DIEM_LEXICON_OFFICES);

  for (guint i = 0; i + 1 < titles->len; i++)
    {
      g_autofree char *key = fold_words (g_ptr_array_index (titles, i));
      g_autofree char *next = NULL;
      gboolean ministerial = FALSE;

      if (!g_str_equal (key, "bộ trưởng") && !g_str_equal (key, "nguyên bộ trưởng"))
        continue;
      next = fold_words (g_ptr_array_index (titles, i + 1));
      /* the next title's head: its first words */
      for (char *space = strchr (next, ' '); space != NULL && !ministerial; space = strchr (space + 1, ' '))
        {
          g_autofree char *head = g_strndup (next, space - next);
          int entry = diem_lexicon_lookup (offices, head);
          const char *kind = entry >= 0 ? diem_lexicon_field (offices, entry, 1) : NULL;

          ministerial = kind != NULL && g_str_equal (kind, "ministerial");
        }
      if (!ministerial)
        continue;
      {
        char *joined = g_strconcat (g_ptr_array_index (titles, i), ", ", g_ptr_array_index (titles, i + 1), NULL);

        g_free (titles->pdata[i]);
        titles->pdata[i] = joined;
        g_ptr_array_remove_index (titles, i + 1);
      }
    }
}

/* Remembers a full name by its last word, for the short references to it ("ông Tùng"). */
static void
remember_given (Context           *ctx,
                const NameMention *mention)
{
  const char *given = diem_tokens_key (ctx->tokens, mention->key_end - 1);
  gpointer known;

  if (mention->key_end - mention->key_start < 2)
    return;
  if (!g_hash_table_lookup_extended (ctx->by_given, given, NULL, &known))
    g_hash_table_insert (ctx->by_given, g_strdup (given), GUINT_TO_POINTER (ctx->names->len));
  else if (GPOINTER_TO_UINT (known) > 0)
    {
      const NameMention *first = &g_array_index (ctx->names, NameMention, GPOINTER_TO_UINT (known) - 1);
      g_autofree char *first_key = name_key (ctx, first->key_start, first->key_end);
      g_autofree char *key = name_key (ctx, mention->key_start, mention->key_end);

      /* two people share the given name: "ông Tùng" could mean either */
      if (!g_str_equal (first_key, key))
        g_hash_table_insert (ctx->by_given, g_strdup (given), GUINT_TO_POINTER (0));
    }
}

static void
read_name (Context           *ctx,
           const NameMention *named,
           guint              sentence_start,
           guint              sentence_end)
{
  const DiemTokens *tokens = ctx->tokens;
  g_autoptr(GPtrArray) titles = NULL;
  gboolean military = FALSE, for_all = FALSE;
  guint start = named->start, end = named->end;
  guint before = start, n_before;
  NameMention mention = *named;

  g_array_append_val (ctx->names, mention);
  remember_given (ctx, &mention);

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

  titles = titles_before (ctx, sentence_start, before,
                          before < start || diem_grammar_is_punct (tokens, end, ","));
  if (ctx->inner != NULL && start < ctx->inner_end)
    g_ptr_array_insert (titles, 0, g_strdup (ctx->inner));
  if (ctx->shared != NULL && start < ctx->shared_end)
    g_ptr_array_insert (titles, 0, g_strdup (ctx->shared));
  join_ministerial_titles (titles);
  n_before = titles->len;
  titles_after (ctx, end, sentence_end, titles, &for_all);
  join_ministerial_titles (titles);
  if (for_all && titles->len > n_before)
    {
      /* the names before this one in the same list, back to where the list opens */
      for (guint m = ctx->names->len - 1; m > 0; m--)
        {
          NameMention *other = &g_array_index (ctx->names, NameMention, m - 1);
          NameMention *next = &g_array_index (ctx->names, NameMention, m);
          DiemOfficial *official;

          if (other->start < sentence_start || !is_list_gap (tokens, other->end, next->start))
            break;
          official = ensure_named (ctx, other);
          for (guint t = n_before; t < titles->len; t++)
            official_add_title (official, g_ptr_array_index (titles, t));
        }
    }

  /* "ông A, ông B, ông C, Tỉnh ủy viên, Phó Chủ tịch …": the titles after the last name
   * of such a list are every name's */
  if (titles->len > n_before)
    for (guint p = 0; p < ctx->pending->len; p++)
      {
        NameMention *other = &g_array_index (ctx->pending, NameMention, p);
        DiemOfficial *official = ensure_named (ctx, other);

        for (guint t = n_before; t < titles->len; t++)
          official_add_title (official, g_ptr_array_index (titles, t));
      }
  if (titles->len == 0 && before < start && diem_grammar_is_punct (tokens, end, ",")
      && (ctx->pending->len > 0 || starts_list_item (tokens, start, sentence_start))
      && diem_grammar_address_at (tokens, end + 1, sentence_end, NULL) > 0
      && diem_grammar_name_at (tokens, end + 1 + diem_grammar_address_at (tokens, end + 1, sentence_end, NULL),
                               sentence_end) > 0)
    g_array_append_val (ctx->pending, mention);
  else
    g_array_set_size (ctx->pending, 0);
  if (titles->len == 0 && !military)
    return;

  {
    DiemOfficial *official = ensure_named (ctx, &mention);

    for (guint i = 0; i < titles->len; i++)
      official_add_title (official, g_ptr_array_index (titles, i));
  }
}

/* Stop words that may stand between a subject and its office verb ("ông A được HĐND
 * tỉnh bầu tiếp tục giữ chức …", "đã được điều động, bổ nhiệm giữ chức …"); any other
 * begins another clause. The stop word at i is stop tokens long. */
static gboolean
is_verb_gap_word (const DiemTokens *tokens,
                  guint             i,
                  guint             stop,
                  gboolean         *passive_seen)
{
  static const char *const phrases[] = {
    "được", "đã", "vừa", "mới", "sẽ", "năm", "tiếp tục", "lại", "chính thức", "đang", "cũng", "từng", "vẫn", NULL
  };
  /* only in the passive ("A được điều động, bổ nhiệm giữ chức"): "A bổ nhiệm giữ chức …"
   * makes A the appointer */
  static const char *const passive[] = { "bầu", "bổ nhiệm", "điều động", "phân công", NULL };
  g_autofree char *phrase = NULL;
  GString *joined = g_string_new (NULL);

  for (guint k = i; k < i + stop; k++)
    {
      if (k > i)
        g_string_append_c (joined, ' ');
      g_string_append (joined, diem_tokens_key (tokens, k));
    }
  phrase = g_string_free (joined, FALSE);
  if (g_str_equal (phrase, "được"))
    *passive_seen = TRUE;
  return g_strv_contains (phrases, phrase) || (*passive_seen && g_strv_contains (passive, phrase));
}

/* "Ông A tái đắc cử Bí thư Huyện ủy Hoàng Su Phì": after an office verb whose subject
 * is named earlier in the sentence, a name-shaped run right after the office completes
 * it (a district, a commune); it is no second person. Is the run at r such a one? */
static gboolean
completes_verb_office (const Context *ctx,
                       guint          r,
                       guint          sentence_start,
                       guint          first_name)
{
  const DiemTokens *tokens = ctx->tokens;

  if (ctx->names->len == first_name)
    return FALSE;
  for (guint h = r; h > sentence_start && h + DIEM_TITLE_MAX_TOKENS > r; h--)
    {
      guint head = h - 1;

      if (diem_grammar_office_at (tokens, head, r, TRUE) == 0)
        continue;
      if (diem_grammar_title_end (tokens, head, tokens->tokens->len) != r)
        return FALSE;
      for (guint v = head > sentence_start + 4 ? head - 4 : sentence_start; v < head; v++)
        {
          guint len = 0;

          if (diem_lexicon_match (ctx->office_verbs, tokens, v, head, &len) >= 0 && v + len == head)
            return TRUE;
        }
      return FALSE;
    }
  return FALSE;
}

/* "A được bầu làm Chủ tịch …", "bổ nhiệm ông B giữ chức Phó Giám đốc …", "các ông: C, D
 * được bầu làm Phó Chủ tịch …": the office after the verb belongs to the nearest names
 * before it in the same clause, never to whoever elects or appoints. */
static void
read_office_verbs (Context *ctx,
                   guint    start,
                   guint    end,
                   guint    first_name)
{
  const DiemTokens *tokens = ctx->tokens;

  guint cursor = first_name;

  if (ctx->names->len == first_name)
    return;
  for (guint i = start; i < end; i++)
    {
      guint len = 0, title_end, subject = G_MAXUINT, gap_ok = TRUE;
      int entry;
      const char *kind;
      g_autofree char *title = NULL;

      /* every office verb begins with a stop word: most tokens are not one */
      if (diem_tokens_get (tokens, i)->stop_len == 0
          || (entry = diem_lexicon_match (ctx->office_verbs, tokens, i, end, &len)) < 0)
        continue;
      kind = diem_lexicon_field (ctx->office_verbs, entry, 1);
      if (diem_grammar_office_at (tokens, i + len, end, TRUE) == 0)
        {
          i += len - 1;
          continue;
        }
      title_end = diem_grammar_title_end (tokens, i + len, end);
      /* a name-shaped run right after the office is the place that completes it */
      if (title_end > i + len && completes_verb_office (ctx, title_end, start, first_name))
        while (title_end < end && diem_grammar_is_name_word (tokens, title_end))
          title_end++;
      if (title_end <= i + len || diem_grammar_name_at (tokens, title_end, end) > 0)
        {
          i += len - 1;
          continue;
        }
      /* "bổ nhiệm chức vụ Vụ trưởng … cho bà A": the office is A's, whoever stands before */
      if (diem_tokens_is (tokens, title_end, "cho"))
        {
          guint who = title_end + 1 + diem_grammar_address_at (tokens, title_end + 1, end, NULL);
          guint who_len = diem_grammar_name_at (tokens, who, end);

          if (who_len > 0 && diem_grammar_name_in_run (tokens, who, who + who_len) == who)
            {
              g_autofree char *given = diem_tokens_dup_text (tokens, i + len, title_end - 1);

              official_add_title (ensure_official (ctx, who, who + who_len), given);
              i = title_end - 1;
              continue;
            }
        }
      /* verbs come in reading order: the cursor only moves forward, so a long sentence
       * stays linear */
      while (cursor < ctx->names->len && g_array_index (ctx->names, NameMention, cursor).end <= i)
        cursor++;
      if (cursor == first_name)
        continue;
      subject = cursor - 1;
      /* what stands between the subject and the verb: its titles and asides, no other clause */
      {
        guint from = g_array_index (ctx->names, NameMention, subject).end;
        gboolean passive = FALSE;

        gap_ok = i - from <= 24;
        for (guint k = from; gap_ok && k < i; k++)
          {
            guint stop = diem_grammar_stop_word (tokens, k, i);

            if (diem_grammar_is_punct (tokens, k, ";:"))
              gap_ok = FALSE;
            else if (stop > 0 && !is_verb_gap_word (tokens, k, stop, &passive))
              gap_ok = FALSE;
            else if (stop > 1)
              k += stop - 1;
          }
        /* "A được HĐND tỉnh bầu làm …" gives A the office; "A bầu làm …" does not */
        if (kind != NULL && g_str_equal (kind, "passive") && !passive)
          gap_ok = FALSE;
      }
      title = diem_tokens_dup_text (tokens, i + len, title_end - 1);
      while (gap_ok)
        {
          NameMention *name = &g_array_index (ctx->names, NameMention, subject);

          official_add_title (ensure_named (ctx, name), title);
          if (subject == first_name
              || !is_list_gap (tokens, g_array_index (ctx->names, NameMention, subject - 1).end, name->start)
              || !starts_list_item (tokens, g_array_index (ctx->names, NameMention, subject - 1).start, start))
            break;
          subject--;
        }
      i = title_end - 1;
    }
}

/* Does the list item at pos begin with a name, after forms of address and titles? */
static gboolean
item_names_someone (const DiemTokens *tokens,
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

/* Does a count or "các" stand at i ("các", "4", "hai")? */
static gboolean
is_count (const DiemTokens *tokens,
          guint             i)
{
  static const char *const words[] = { "các", "hai", "ba", "bốn", "sáu", "bảy", "tám", "chín", "mười", NULL };

  if (diem_tokens_has (tokens, i, DIEM_TOKEN_DIGIT))
    return TRUE;
  for (guint k = 0; words[k] != NULL; k++)
    if (diem_tokens_is (tokens, i, words[k]))
      return TRUE;
  return FALSE;
}

/* "Sở Tài chính có 4 phó giám đốc …": the unit that has the posts counted at i, ending
 * before "có"; returns its start, or i when there is none. */
static guint
owner_before_count (const Context *ctx,
                    guint          i,
                    guint          sentence_start)
{
  const DiemTokens *tokens = ctx->tokens;

  if (i < sentence_start + 2 || !diem_tokens_is (tokens, i - 1, "có"))
    return i;
  for (guint start = i - 2; start + 8 > i && start >= sentence_start; start--)
    {
      if (!diem_tokens_has (tokens, start, DIEM_TOKEN_WORD))
        break;
      if (unit_end_at (ctx, start, i - 1) == i - 1)
        return start;
      if (start == sentence_start)
        break;
    }
  return i;
}

/* "các đồng chí Ủy viên Bộ Chính trị: A, B", "Sở X có 4 phó giám đốc nghỉ hưu gồm: A, B",
 * "Hai Phó Giám đốc Sở Y tế là bà A và ông B": a title over a list of names; returns the
 * token where the list begins, or 0 when i starts no such list. */
static guint
shared_title_at (Context *ctx,
                 guint    i,
                 guint    sentence_start,
                 guint    end)
{
  const DiemTokens *tokens = ctx->tokens;
  guint head, head_len, title_end, after = 0, list_end, owner;
  char *title;

  if (!is_count (tokens, i))
    return 0;
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
  if (!item_names_someone (tokens, after, end))
    return 0;
  /* the list runs to the sentence's end until read_sentence meets a ";" that closes it */
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

/* A word of a name written in a foreign way: capitalised, no acronym or number, and
 * its syllables may be joined by hyphens ("Xổm-xạ-vạt", "Bút-đa-viêng"). */
static gboolean
is_foreign_name_word (const DiemTokens *tokens,
                      guint             i)
{
  const DiemToken *token;

  if (i >= tokens->tokens->len)
    return FALSE;
  token = diem_tokens_get (tokens, i);
  return (token->flags & DIEM_TOKEN_WORD) && (token->flags & DIEM_TOKEN_CAPITALISED)
         && !(token->flags & (DIEM_TOKEN_UPPER | DIEM_TOKEN_DIGIT))
         && strpbrk (diem_tokens_key (tokens, i), "/&.") == NULL;
}

/* "Đại sứ Hoa Kỳ tại Việt Nam NAME", "Đại sứ đặc mệnh toàn quyền Hợp chúng quốc Hoa Kỳ
 * tại Việt Nam NAME": the start of the office whose post abroad ends with "tại" at
 * run_start - 1, or G_MAXUINT. */
static guint
office_before_post (const DiemTokens *tokens,
                    guint             run_start)
{
  if (run_start < 3 || !diem_tokens_is (tokens, run_start - 1, "tại"))
    return G_MAXUINT;
  for (guint k = run_start - 2; k + 16 > run_start; k--)
    {
      if (diem_tokens_has (tokens, k, DIEM_TOKEN_PUNCT) || diem_tokens_has (tokens, k + 1, DIEM_TOKEN_BLOCK_START))
        return G_MAXUINT;
      if (diem_grammar_office_at (tokens, k, run_start, FALSE) > 0)
        return diem_grammar_title_end (tokens, k, run_start + 1) == run_start - 1
                   && post_abroad_end (tokens, k, run_start - 1, tokens->tokens->len) > 0 ? k : G_MAXUINT;
      if (k == 0)
        break;
    }
  return G_MAXUINT;
}

/* "Tổng thống Pháp Emmanuel Macron", "Thủ tướng Nhật Bản Kishida Fumio": an office, a
 * country, then a name the family-name list cannot know. The run of capitalised words
 * [run_start, run_end) must begin with the country and end with the name. */
static void
read_foreign_name (Context *ctx,
                   guint    run_start,
                   guint    run_end,
                   guint    sentence_end)
{
  const DiemTokens *tokens = ctx->tokens;
  guint head = G_MAXUINT, country = 0;

  for (guint k = run_start > 4 ? run_start - 4 : 0; k < run_start; k++)
    if (diem_grammar_office_at (tokens, k, run_start, FALSE) == run_start - k)
      {
        head = k;
        break;
      }
  if (head == G_MAXUINT)
    head = office_before_post (tokens, run_start);
  if (head == G_MAXUINT
      || diem_lexicon_match (diem_lexicon (DIEM_LEXICON_PLACES), tokens, run_start, run_end, &country) < 0)
    return;
  /* the name: two to four words, none of them a place or an office */
  if (run_end - run_start - country < 2 || run_end - run_start - country > 4)
    return;
  for (guint k = run_start + country; k < run_end; k++)
    if (diem_grammar_office_at (tokens, k, sentence_end, TRUE) > 0
        || diem_lexicon_match (diem_lexicon (DIEM_LEXICON_PLACES), tokens, k, run_end, NULL) >= 0)
      return;
  {
    g_autofree char *title = diem_tokens_dup_text (tokens, head, run_start + country - 1);
    NameMention mention = { run_start + country, run_end, run_start + country, run_end };

    g_array_append_val (ctx->names, mention);
    official_add_title (ensure_official (ctx, mention.start, mention.end), title);
  }
}

/* "đồng chí Khăm-phởi Bút-đa-viêng - Ủy viên …", "ông Marc Knapper, Đại sứ …": after a
 * form of address, two to four capitalised words that the family-name list cannot know
 * are a name when an office stands in apposition right after them. Returns the end of
 * the name read after the address at address, or address. */
static guint
read_addressed_foreign_name (Context *ctx,
                             guint    address,
                             guint    sentence_start,
                             guint    sentence_end)
{
  const DiemTokens *tokens = ctx->tokens;
  const DiemLexicon *places = diem_lexicon (DIEM_LEXICON_PLACES);
  guint i = address + diem_grammar_address_at (tokens, address, sentence_end, NULL);
  guint run_end = i, apposition;

  if (i == address || !is_foreign_name_word (tokens, i) || diem_grammar_name_at (tokens, i, sentence_end) > 0)
    return address;
  while (run_end < sentence_end && run_end < i + 5 && is_foreign_name_word (tokens, run_end))
    {
      if (diem_grammar_office_at (tokens, run_end, sentence_end, TRUE) > 0
          || diem_lexicon_match (places, tokens, run_end, sentence_end, NULL) >= 0
          || diem_lexicon_match (diem_lexicon (DIEM_LEXICON_ORG_WORDS), tokens, run_end, sentence_end, NULL) >= 0)
        return address;
      run_end++;
    }
  if (run_end - i < 2 || run_end - i > 4 || is_foreign_name_word (tokens, run_end))
    return address;
  /* the office may follow an aside in brackets, such as the name written another way */
  apposition = run_end;
  if (diem_grammar_is_punct (tokens, apposition, "("))
    for (guint k = apposition + 1; k < MIN (sentence_end, apposition + 8); k++)
      if (diem_grammar_is_punct (tokens, k, ")"))
        {
          apposition = k + 1;
          break;
        }
  if (!has_apposition (tokens, apposition, sentence_end))
    return address;
  {
    NameMention mention = { i, run_end, i, run_end };

    read_name (ctx, &mention, sentence_start, sentence_end);
  }
  return run_end;
}

/* "Ông Tùng hiện là Giám đốc …", "ông Tùng, Giám đốc Sở …, cho biết": a form of address
 * and the last word of one full name read earlier stand for that name, so the offices
 * given to the short reference are the person's. Returns the end of the reference read
 * after the address at address, or address. */
static guint
read_short_reference (Context *ctx,
                      guint    address,
                      guint    sentence_start,
                      guint    sentence_end)
{
  const DiemTokens *tokens = ctx->tokens;
  guint word = address + diem_grammar_address_at (tokens, address, sentence_end, NULL);
  gpointer known;
  const NameMention *full;
  NameMention mention;
  guint len = 0;

  if (word == address || word + 1 >= sentence_end || !diem_grammar_is_name_word (tokens, word)
      || (is_foreign_name_word (tokens, word + 1) && diem_grammar_office_at (tokens, word + 1, sentence_end, FALSE) == 0)
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
  full = &g_array_index (ctx->names, NameMention, GPOINTER_TO_UINT (known) - 1);
  mention = (NameMention) { word, word + 1, full->key_start, full->key_end };
  read_name (ctx, &mention, sentence_start, sentence_end);
  return word + 1;
}

static void
read_sentence (Context *ctx,
               guint    start,
               guint    end)
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

      /* a ";" closes a nested list; the shared list goes on over every item that names
       * someone ("các đồng chí Ủy viên Trung ương Đảng: A, Phó Thủ tướng; B, Bộ trưởng …") */
      if (diem_grammar_is_punct (tokens, i, ";"))
        {
          if (ctx->inner != NULL && i < ctx->inner_end)
            ctx->inner_end = i;
          if (ctx->shared != NULL && i < ctx->shared_end && !item_names_someone (tokens, i + 1, end))
            ctx->shared_end = i;
        }

      list = shared_title_at (ctx, i, start, end);
      if (list > 0)
        {
          i = list;
          continue;
        }
      run_end = read_addressed_foreign_name (ctx, i, start, end);
      if (run_end == i)
        run_end = read_short_reference (ctx, i, start, end);
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
      if (name_start == i && completes_verb_office (ctx, i, start, first_name))
        ;
      else if (name_start < run_end)
        {
          NameMention mention = { name_start, run_end, name_start, run_end };

          read_name (ctx, &mention, start, end);
        }
      else
        {
          /* "Thủ tướng Lào Xổm-xạ-vạt Lềng-xa-vắt": a foreign name may join syllables */
          while (run_end < end && run_end < i + 8 && is_foreign_name_word (tokens, run_end))
            run_end++;
          read_foreign_name (ctx, i, run_end, end);
        }
      i = run_end;
    }
  read_office_verbs (ctx, start, end, first_name);
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
  Context ctx = { tokens, officials, NULL, NULL, NULL, NULL, NULL, 0, NULL, 0, NULL, NULL };

  ctx.by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ctx.names = g_array_new (FALSE, FALSE, sizeof (NameMention));
  ctx.pending = g_array_new (FALSE, FALSE, sizeof (NameMention));
  ctx.by_given = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ctx.office_verbs = diem_lexicon_get ("office-verbs");
  ctx.units = diem_lexicon (DIEM_LEXICON_UNITS);

  for (guint s = 0; s < tokens->sentences->len; s++)
    {
      const DiemSentence *sentence = &g_array_index (tokens->sentences, DiemSentence, s);

      read_sentence (&ctx, sentence->start, sentence->end);
    }

  /* every mention of an official's name, also where no title was given */
  for (guint i = 0; i < ctx.names->len; i++)
    {
      NameMention *mention = &g_array_index (ctx.names, NameMention, i);
      g_autofree char *key = name_key (&ctx, mention->key_start, mention->key_end);
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
  g_array_unref (ctx.pending);
  g_hash_table_unref (ctx.by_given);
  g_free (ctx.shared);
  g_free (ctx.inner);
}
