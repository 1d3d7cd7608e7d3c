/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-awards-tidy.c — the award list tidied once the article is read
 *
 * Recipients contained in others are merged, counts spelt out by a list are dropped,
 * an honour named less specifically than another is dropped, a shortened honour
 * ("Huân chương Lao động" after "Huân chương Lao động hạng Nhì") is folded into the
 * one it stands for, and the awards are sorted by rank, then by first mention.
 */
#include "diem-awards-reader.h"

#include <string.h>

#include "diem-lexicon.h"

#define MAX_COMPARED_AWARDS 256

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

/* How many a recipient that opens on a count says ("12 cá nhân" 12, "Ba ngư dân" 3, from
 * the value of a number word), or 0. */
static guint64
count_of (const char *recipient)
{
  const DiemLexicon *words = diem_lexicon (DIEM_LEXICON_AWARD_WORDS);
  const char *space = strchr (recipient, ' ');
  g_autofree char *first = NULL;
  const char *kind, *value;
  int entry;

  if (g_ascii_isdigit (recipient[0]))
    return g_ascii_strtoull (recipient, NULL, 10);
  if (space == NULL)
    return 0;
  first = g_utf8_strdown (recipient, space - recipient);
  entry = diem_lexicon_lookup (words, first);
  if (entry < 0 || (kind = diem_lexicon_field (words, entry, 1)) == NULL || !g_str_equal (kind, "number")
      || (value = diem_lexicon_field (words, entry, 2)) == NULL)
    return 0;
  return g_ascii_strtoull (value, NULL, 10);
}

/* "cho 2 cá nhân là: A; B", "Ba ngư dân … được tặng" and the three named elsewhere: a
 * count that the names given spell out is not a recipient of its own; "A và 7 đảng
 * viên" keeps it, since the names do not reach the count. */
static void
drop_spelled_out_counts (DiemAward *award)
{
  GPtrArray *recipients = award->recipients;
  guint named = 0;

  for (guint i = 0; i < recipients->len; i++)
    if (count_of (g_ptr_array_index (recipients, i)) == 0)
      named++;
  for (guint i = 0; i < recipients->len;)
    {
      const char *recipient = g_ptr_array_index (recipients, i);
      guint64 count = count_of (recipient);

      /* a count in words ("Hai tập thể …") is spelt out only by as many names: more
       * may be of another kind */
      if (count > 0 && (g_ascii_isdigit (recipient[0]) ? named >= count : named == count))
        g_ptr_array_remove_index (recipients, i);
      else
        i++;
    }
}

/* Are all the words of `shorter` among those of `longer`, which has more? */
static gboolean
words_within (const char *shorter,
              const char *longer)
{
  g_auto(GStrv) small = g_strsplit (shorter, " ", -1);
  g_auto(GStrv) large = g_strsplit (longer, " ", -1);
  guint n_large = g_strv_length (large);

  if (g_strv_length (small) >= n_large)
    return FALSE;
  for (guint i = 0; small[i] != NULL; i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < n_large && !found; j++)
        if (large[j][0] != '\0' && g_str_equal (small[i], large[j]))
          {
            large[j][0] = '\0';
            found = TRUE;
          }
      if (!found)
        return FALSE;
    }
  return TRUE;
}

/* "Huy hiệu Đảng" for someone the article also gives "Huy hiệu 50 năm tuổi Đảng": the
 * same honour named less fully, so the recipient stays only with the full name. */
static void
drop_less_specific (GPtrArray *awards)
{
  if (awards->len > 64)
    return;
  for (guint a = 0; a < awards->len; a++)
    {
      DiemAward *general = g_ptr_array_index (awards, a);
      g_autofree char *general_key = g_utf8_casefold (general->award, -1);

      for (guint b = 0; b < awards->len && general->recipients->len > 0; b++)
        {
          DiemAward *specific = g_ptr_array_index (awards, b);
          g_autofree char *specific_key = NULL;

          if (b == a || specific->recipients->len == 0)
            continue;
          specific_key = g_utf8_casefold (specific->award, -1);
          if (!words_within (general_key, specific_key))
            continue;
          for (guint r = 0; r < general->recipients->len;)
            {
              gboolean shared = FALSE;

              for (guint q = 0; q < specific->recipients->len && !shared; q++)
                shared = g_str_equal (g_ptr_array_index (general->recipients, r), g_ptr_array_index (specific->recipients, q));
              if (shared)
                g_ptr_array_remove_index (general->recipients, r);
              else
                r++;
            }
        }
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

/* Does the recipient open on a vague plural ("các", "một số")? */
static gboolean
opens_vague (const char *recipient)
{
  const DiemLexicon *words = diem_lexicon (DIEM_LEXICON_AWARD_WORDS);
  g_autofree char *lower = g_utf8_strdown (recipient, -1);
  g_auto(GStrv) parts = g_strsplit (lower, " ", 3);

  for (guint n = 1; n <= 2 && parts[n - 1] != NULL; n++)
    {
      g_autofree char *head = n == 1 ? g_strdup (parts[0]) : g_strjoin (" ", parts[0], parts[1], NULL);
      int entry = diem_lexicon_lookup (words, head);

      if (entry >= 0 && (g_strcmp0 (diem_lexicon_field (words, entry, 1), "vague") == 0
                         || g_strcmp0 (diem_lexicon_field (words, entry, 2), "vague") == 0))
        return TRUE;
    }
  return FALSE;
}

/* "Huân chương Lao động cho các cán bộ của Trường A" in a headline, when the body gives
 * "Huân chương Lao động hạng Nhì" and "hạng Ba": the plural only sums up those the body
 * names, so it goes, and the family name with it when no one is left. */
static void
drop_summaries (DiemAward *shortened)
{
  for (guint r = 0; r < shortened->recipients->len;)
    if (opens_vague (g_ptr_array_index (shortened->recipients, r)))
      g_ptr_array_remove_index (shortened->recipients, r);
    else
      r++;
}

/* "trao Huân chương cho …" in a headline names the same honour that the body calls
 * "Huân chương Lao động hạng Ba": a family name that starts exactly one honour of the
 * article is that honour. With several candidates it stays, since it could be any,
 * less what only sums them up; "Huân chương Chiến công" without a class is an honour
 * of its own. */
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
      gboolean family = names_a_family (shortened->award);
      /* "Huân chương hạng Nhất": a family and a class, whose honour is between them */
      const char *class = strstr (shortened->award, " hạng ");
      g_autofree char *class_family = class != NULL ? g_strndup (shortened->award, class - shortened->award) : NULL;

      if (class_family != NULL && names_a_family (class_family))
        {
          gsize family_length = strlen (class_family);

          for (guint j = 0; j < awards->len; j++)
            {
              DiemAward *other = g_ptr_array_index (awards, j);

              if (j != i && strncmp (other->award, class_family, family_length) == 0 && other->award[family_length] == ' '
                  && strlen (other->award) > length && g_str_has_suffix (other->award, class))
                {
                  full = other;
                  candidates++;
                }
            }
          family = candidates == 1;
          length = 0;
        }

      /* a hostile text can name thousands of honours: each compared with each only when
       * there are few */
      if (!family && awards->len > MAX_COMPARED_AWARDS)
        {
          i++;
          continue;
        }
      for (guint j = 0; length > 0 && j < awards->len; j++)
        {
          DiemAward *other = g_ptr_array_index (awards, j);

          if (j != i && strncmp (other->award, shortened->award, length) == 0 && other->award[length] == ' ')
            {
              full = other;
              candidates++;
            }
        }
      if (candidates > 1)
        {
          drop_summaries (shortened);
          if (shortened->recipients->len == 0)
            {
              g_ptr_array_remove_index (awards, i);
              continue;
            }
        }
      if (candidates != 1 || !family)
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

/* Once every sentence is read: shortened honours folded, each award's recipients spelt
 * out and merged, less specific names dropped, and the awards in rank order. */
void
diem_awards_tidy (const DiemTokens *tokens,
                  GPtrArray        *awards)
{
  DiemKeyMentions mentions = { NULL, NULL };

  fold_shortened_awards (awards);
  for (guint i = 0; i < awards->len; i++)
    {
      diem_awards_spell_out_recipients (tokens, &mentions, g_ptr_array_index (awards, i));
      merge_contained_recipients (g_ptr_array_index (awards, i));
      drop_spelled_out_counts (g_ptr_array_index (awards, i));
    }
  diem_key_mentions_clear (&mentions);
  drop_less_specific (awards);
  g_ptr_array_sort (awards, compare_awards);
}
