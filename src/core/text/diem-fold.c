/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-fold.c — Vietnamese diacritic folding for search and matching */
#include "diem-fold.h"

#include <string.h>

/* Case folding, character by character as GLib does it, from a table of GLib's own
 * answers for the characters of Vietnamese text and its neighbours. */
#define CASE_TABLE_SIZE 0x2100

typedef struct
{
  guint8 length; /* bytes of folded; 0 when the folding is longer than the slot */
  char   folded[11];
} CaseSlot;

static const CaseSlot *
case_table (void)
{
  static gsize once = 0;
  static CaseSlot table[CASE_TABLE_SIZE];

  if (g_once_init_enter (&once))
    {
      for (gunichar c = 1; c < CASE_TABLE_SIZE; c++)
        {
          char utf8[8];
          gint n = g_unichar_to_utf8 (c, utf8);
          g_autofree char *folded = g_utf8_casefold (utf8, n);
          gsize length = strlen (folded);

          if (length <= sizeof table[c].folded)
            {
              table[c].length = (guint8) length;
              memcpy (table[c].folded, folded, length);
            }
        }
      g_once_init_leave (&once, 1);
    }
  return table;
}

/**
 * diem_fold_case:
 *
 * The same string as g_utf8_casefold (text, -1), for valid UTF-8: GLib searches its
 * folding table for every character, and the awards fold every recipient they add.
 */
char *
diem_fold_case (const char *text)
{
  const CaseSlot *table = case_table ();
  gsize length = strlen (text);
  /* a character of two bytes or more folds to at most a slot's bytes, or to three
   * characters past the table */
  char *out = g_malloc (length * (sizeof table[0].folded / 2 + 1) + 1);
  char *end = out;

  for (const guchar *p = (const guchar *) text; *p != '\0';)
    {
      gunichar c;
      guint n;

      if (*p < 0x80)
        {
          *end++ = table[*p].folded[0];
          p++;
          continue;
        }
      c = g_utf8_get_char ((const char *) p);
      n = (guint) (g_utf8_next_char (p) - (const char *) p);
      if (c < CASE_TABLE_SIZE && table[c].length > 0)
        {
          memcpy (end, table[c].folded, table[c].length);
          end += table[c].length;
        }
      else
        {
          g_autofree char *folded = g_utf8_casefold ((const char *) p, n);
          gsize folded_length = strlen (folded);

          memcpy (end, folded, folded_length);
          end += folded_length;
        }
      p += n;
    }
  *end = '\0';
  return out;
}

/* The base letter of one character, lower case, without tone or vowel marks. */
static gunichar
fold_char (gunichar c)
{
  gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n;

  if (c < 0x80)
    return g_unichar_tolower (c);
  if (c == 0x0110 || c == 0x0111 || c == 0x00D0) /* Đ đ, and Ð that some sites use for Đ */
    return 'd';
  n = g_unichar_fully_decompose (c, FALSE, decomposed, G_N_ELEMENTS (decomposed));
  if (n == 0)
    return g_unichar_tolower (c);
  return g_unichar_tolower (decomposed[0]);
}

char *
diem_fold_with_map (const char *text,
                    gssize      length,
                    GArray    **byte_map)
{
  const char *end;
  const char *p;
  GString *out;
  GArray *map = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  if (length < 0)
    length = strlen (text);
  end = text + length;
  out = g_string_sized_new (length);
  if (byte_map != NULL)
    map = g_array_sized_new (FALSE, FALSE, sizeof (gsize), length + 1);

  for (p = text; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);
      gsize before = out->len;

      if (c == (gunichar) -1 || c == (gunichar) -2)
        break;
      if (g_unichar_ismark (c))
        continue; /* combining marks of decomposed input */
      g_string_append_unichar (out, fold_char (c));
      if (map != NULL)
        for (gsize i = before; i < out->len; i++)
          {
            gsize origin = p - text;
            g_array_append_val (map, origin);
          }
    }

  if (map != NULL)
    {
      gsize origin = p - text;
      g_array_append_val (map, origin);
      *byte_map = map;
    }
  return g_string_free (out, FALSE);
}

char *
diem_fold (const char *text,
           gssize      length)
{
  return diem_fold_with_map (text, length, NULL);
}
