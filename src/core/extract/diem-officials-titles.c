/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-officials-titles.c — an official's titles compared and merged: one entry per
 * office, however it is spelt (abbreviated, shorter or fuller)
 */
#include "diem-officials-titles.h"

#include <string.h>

#include "diem-lexicon.h"
#include "diem-officials.h"

#define MAX_TITLES_PER_OFFICIAL 16

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

static void
replace_title (DiemOfficial *official,
               guint         i,
               const char   *title)
{
  g_free (official->titles->pdata[i]);
  official->titles->pdata[i] = g_strdup (title);
}

/* Does the word, in lower case, spell a Roman number up to 399 as a term is written
 * ("xx", "ix")? Not merely its letters: "vcci" is an acronym. */
static gboolean
is_roman_numeral (const char *word)
{
  static GRegex *roman;

  if (g_once_init_enter (&roman))
    g_once_init_leave (&roman, g_regex_new ("^c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$", G_REGEX_OPTIMIZE, 0, NULL));
  return word[0] != '\0' && g_regex_match (roman, word, 0, NULL);
}

/* The key without the term that ends it: "bí thư huyện ủy khóa xx" and "bí thư xxi"
 * give "bí thư huyện ủy" and "bí thư"; NULL when no term ends the key. */
static char *
key_without_term (const char *key)
{
  const char *last = strrchr (key, ' ');
  gsize cut;

  if (last == NULL || !is_roman_numeral (last + 1))
    return NULL;
  cut = last - key;
  if (cut >= strlen (" khóa") && (strncmp (key + cut - strlen (" khóa"), " khóa", strlen (" khóa")) == 0
                                  || strncmp (key + cut - strlen (" khoá"), " khoá", strlen (" khoá")) == 0))
    cut -= strlen (" khóa");
  return cut > 0 ? g_strndup (key, cut) : NULL;
}

/* One person, one entry per office: the same office spelt with an abbreviation is kept
 * once (the shorter spelling), and "Chủ tịch UBND tỉnh" gives way to the fuller
 * "Chủ tịch UBND tỉnh Sóc Trăng". */
void
diem_official_merge_title (DiemOfficial *official,
                           const char   *title)
{
  g_autofree char *key = NULL;
  g_autofree char *base = NULL;

  /* most mentions repeat a title exactly as before */
  for (guint i = 0; i < official->titles->len; i++)
    if (g_str_equal (g_ptr_array_index (official->titles, i), title))
      return;
  /* "Trợ lý đồng chí A" is the post of A's aide, never A's own */
  if (strstr (title, official->name) != NULL)
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
            replace_title (official, i, title);
          return;
        }
      if (key_has_prefix (existing_key, key))
        return;
      if (key_has_prefix (key, existing_key))
        {
          replace_title (official, i, title);
          return;
        }
    }
  base = key_without_term (key);
  /* the same office written shorter or longer: the fuller spelling stays */
  for (guint i = 0; i < official->titles->len; i++)
    {
      g_autofree char *existing_key = diem_official_title_key (g_ptr_array_index (official->titles, i));
      g_autofree char *existing_base = key_without_term (existing_key);

      /* "Bí thư Huyện ủy khóa XX" beside "Bí thư Huyện ủy Hoàng Su Phì": one office, one
       * term of it; where it is named says more */
      if (base != NULL && existing_base == NULL && (g_str_equal (base, existing_key) || key_has_prefix (existing_key, base)))
        return;
      if (existing_base != NULL && base == NULL && (g_str_equal (existing_base, key) || key_has_prefix (key, existing_base)))
        {
          replace_title (official, i, title);
          return;
        }

      /* "nguyên Tư lệnh Quân chủng Hải quân" and, later, "Tư lệnh Quân chủng Hải quân":
       * the article names the former post once with its qualifier, which stays */
      if (g_str_has_prefix (existing_key, "nguyên ") && key_is_short_form (key, existing_key + strlen ("nguyên ")))
        return;

      if (key_is_short_form (key, existing_key))
        return;
      if (key_is_short_form (existing_key, key))
        {
          replace_title (official, i, title);
          return;
        }
    }
  if (official->titles->len < MAX_TITLES_PER_OFFICIAL)
    diem_official_add_title (official, title);
}

/* "Thủ tướng Chính phủ, Phó Thủ tướng Chính phủ A": one person is not both X and
 * Phó X, so these are two people. */
gboolean
diem_official_titles_deputy_pair (const char *a,
                                  const char *b)
{
  g_autofree char *ka = diem_official_title_key (a);
  g_autofree char *kb = diem_official_title_key (b);

  return (g_str_has_prefix (ka, "phó ") && g_str_equal (ka + strlen ("phó "), kb))
         || (g_str_has_prefix (kb, "phó ") && g_str_equal (kb + strlen ("phó "), ka));
}

/* Could @title fold to "bộ trưởng" or "nguyên bộ trưởng"? Not without an "ộ" and an
 * "ở" in either case: most titles are passed over without folding them. */
static gboolean
may_be_bare_minister (const char *title)
{
  return (strstr (title, "ộ") != NULL || strstr (title, "Ộ") != NULL)
         && (strstr (title, "ở") != NULL || strstr (title, "Ở") != NULL);
}

/* "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ" is one title: a bare "Bộ trưởng" (or
 * "nguyên Bộ trưởng") followed by the head of a body with the rank of a ministry. */
void
diem_official_titles_join_ministerial (GPtrArray *titles)
{
  const DiemLexicon *offices = diem_lexicon (DIEM_LEXICON_OFFICES);

  for (guint i = 0; i + 1 < titles->len; i++)
    {
      g_autofree char *key = NULL;
      g_autofree char *next = NULL;
      gboolean ministerial = FALSE;

      if (!may_be_bare_minister (g_ptr_array_index (titles, i)))
        continue;
      key = fold_words (g_ptr_array_index (titles, i));
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
