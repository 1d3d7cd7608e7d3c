/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-fold.c — Vietnamese diacritic folding for search and matching */
#include "diem-fold.h"

#include <string.h>

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
