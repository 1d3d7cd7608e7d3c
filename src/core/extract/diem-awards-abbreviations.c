/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-awards-abbreviations.c — abbreviated recipients spelt out
 *
 * Recipients named by an abbreviation the article spells out elsewhere are named in
 * full, once, when the award list is complete.
 */
#include "diem-awards-reader.h"

#include <string.h>

#include "diem-recipients.h"

/* Is `word` an abbreviation of the `n` words from `words`: capitals, one per word? */
static gboolean
abbreviates (const char  *word,
             char       **words,
             guint        n)
{
  const char *letter = word;

  if (g_utf8_strlen (word, -1) != (glong) n || n < 2)
    return FALSE;
  for (guint k = 0; k < n; k++, letter = g_utf8_next_char (letter))
    {
      gunichar c = g_utf8_get_char (letter);

      if (words[k] == NULL || !g_unichar_isupper (c)
          || g_unichar_toupper (g_utf8_get_char (words[k])) != c)
        return FALSE;
    }
  return TRUE;
}

/* The initials of a name, an abbreviation's letters each standing for a word:
 * "NXB Kim Đồng" and "Nhà xuất bản Kim Đồng" both give "NXBKĐ". */
static char *
initials_of (const char *name)
{
  g_auto(GStrv) words = g_strsplit (name, " ", -1);
  GString *initials = g_string_new (NULL);

  for (guint w = 0; words[w] != NULL; w++)
    {
      gboolean upper = g_utf8_strlen (words[w], -1) >= 2;

      for (const char *c = words[w]; *c != '\0' && upper; c = g_utf8_next_char (c))
        upper = g_unichar_isupper (g_utf8_get_char (c));
      if (upper)
        g_string_append (initials, words[w]);
      else if (words[w][0] != '\0')
        g_string_append_unichar (initials, g_unichar_toupper (g_utf8_get_char (words[w])));
    }
  return g_string_free (initials, FALSE);
}

/* "NXB Kim Đồng" and "Nhà xuất bản Kim Đồng": the same name, one word of it
 * abbreviated to its initials. */
static gboolean
same_name_abbreviated (const char *a,
                       const char *b)
{
  g_auto(GStrv) left = g_strsplit (a, " ", -1);
  g_auto(GStrv) right = g_strsplit (b, " ", -1);
  guint i = 0, j = 0, nl = g_strv_length (left), nr = g_strv_length (right);
  gboolean abbreviated = FALSE;

  while (i < nl && j < nr)
    {
      g_autofree char *l = g_utf8_casefold (left[i], -1);
      g_autofree char *r = g_utf8_casefold (right[j], -1);
      guint span;

      if (g_str_equal (l, r))
        {
          i++, j++;
          continue;
        }
      span = g_utf8_strlen (left[i], -1);
      if (j + span <= nr && abbreviates (left[i], right + j, span))
        {
          i++, j += span, abbreviated = TRUE;
          continue;
        }
      span = g_utf8_strlen (right[j], -1);
      if (i + span <= nl && abbreviates (right[j], left + i, span))
        {
          j++, i += span, abbreviated = TRUE;
          continue;
        }
      return FALSE;
    }
  return abbreviated && i == nl && j == nr;
}

/* Recipients named by an abbreviation the article spells out elsewhere are named in
 * full, once; one named both ways is kept as first named. Each spelling out reads the
 * whole article, so an award looks for at most MAX_SPELL_OUTS of them. */
#define MAX_SPELL_OUTS 32

void
diem_awards_spell_out_recipients (const DiemTokens *tokens,
                                  DiemKeyMentions  *mentions,
                                  DiemAward        *award)
{
  g_autoptr(GHashTable) by_initials = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint scans = 0;

  for (guint r = 0; r < award->recipients->len && scans < MAX_SPELL_OUTS; r++)
    {
      char *full = diem_recipient_spell_out (tokens, mentions, g_ptr_array_index (award->recipients, r), &scans);
      gboolean known = FALSE;

      if (full == NULL)
        continue;
      for (guint k = 0; k < award->recipients->len && !known; k++)
        known = g_str_equal (g_ptr_array_index (award->recipients, k), full);
      if (known)
        {
          g_free (full);
          g_ptr_array_remove_index (award->recipients, r--);
        }
      else
        {
          g_free (g_ptr_array_index (award->recipients, r));
          g_ptr_array_index (award->recipients, r) = full;
        }
    }
  for (guint r = 0; r < award->recipients->len; r++)
    {
      char *initials = initials_of (g_ptr_array_index (award->recipients, r));
      gpointer found = NULL;
      guint k;

      /* only names with the same initials, abbreviations spelled letter by letter, can
       * be one name written two ways: one lookup each, not every pair */
      if (!g_hash_table_lookup_extended (by_initials, initials, NULL, &found))
        {
          g_hash_table_insert (by_initials, initials, GUINT_TO_POINTER (r));
          continue;
        }
      g_free (initials);
      k = GPOINTER_TO_UINT (found);
      if (same_name_abbreviated (g_ptr_array_index (award->recipients, k), g_ptr_array_index (award->recipients, r)))
        {
          const char *kept = strstr (tokens->text, g_ptr_array_index (award->recipients, k));
          const char *other = strstr (tokens->text, g_ptr_array_index (award->recipients, r));

          /* the article's first way of writing it stays, in the first one's place */
          if (other != NULL && (kept == NULL || other < kept))
            {
              g_free (g_ptr_array_index (award->recipients, k));
              g_ptr_array_index (award->recipients, k) = g_strdup (g_ptr_array_index (award->recipients, r));
            }
          g_ptr_array_remove_index (award->recipients, r--);
        }
    }
}
