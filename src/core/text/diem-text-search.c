/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-text-search.c — finding a query in a text a stretch at a time */
#include "diem-text-search.h"

#include <string.h>

#include "diem-fold.h"

struct _DiemTextSearch
{
  char     *needle; /* the query folded, or lower-cased when marks must match */
  gsize     needle_length;
  gboolean  match_diacritics;
  gsize     last_end; /* where the last match ended: matches never overlap */
};

/* Line breaks and tabs read as spaces (the reading view joins a hard-wrapped paragraph
 * with spaces); the byte count stays, so a map into the original stays right. */
static void
blank_breaks (char *text)
{
  for (char *p = text; *p != '\0'; p++)
    if (*p == '\n' || *p == '\r' || *p == '\t')
      *p = ' ';
}

/* Lower case, one character for one, with a map from each byte back to the original. */
static char *
lower_with_map (const char *text,
                gsize       length,
                GArray    **byte_map)
{
  const char *end = text + length;
  GString *out = g_string_sized_new (length);
  GArray *map = g_array_sized_new (FALSE, FALSE, sizeof (gsize), length + 1);
  const char *p;

  for (p = text; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);
      gsize before = out->len;
      gsize origin = p - text;

      if (c == (gunichar) -1 || c == (gunichar) -2)
        break;
      g_string_append_unichar (out, g_unichar_tolower (c));
      for (gsize i = before; i < out->len; i++)
        g_array_append_val (map, origin);
    }
  {
    gsize origin = p - text;

    g_array_append_val (map, origin);
  }
  *byte_map = map;
  return g_string_free (out, FALSE);
}

/**
 * diem_text_search_new:
 * @query: what to look for; without @match_diacritics "nguyen" finds "Nguyễn"
 * @match_diacritics: whether marks must match too (case is ignored either way)
 *
 * Returns: (transfer full): a search, to run over a text with diem_text_search_range()
 */
DiemTextSearch *
diem_text_search_new (const char *query,
                      gboolean    match_diacritics)
{
  DiemTextSearch *self = g_new0 (DiemTextSearch, 1);
  g_autofree char *composed = query != NULL ? g_utf8_normalize (query, -1, G_NORMALIZE_NFC) : NULL;

  self->match_diacritics = match_diacritics;
  if (composed == NULL)
    self->needle = g_strdup ("");
  else if (!match_diacritics)
    self->needle = diem_fold (composed, -1);
  else
    self->needle = g_utf8_strdown (composed, -1);
  blank_breaks (self->needle);
  self->needle_length = strlen (self->needle);
  return self;
}

void
diem_text_search_free (DiemTextSearch *self)
{
  if (self == NULL)
    return;
  g_free (self->needle);
  g_free (self);
}

/* Whether the search can find nothing anywhere (an empty query, or marks alone). */
gboolean
diem_text_search_is_empty (DiemTextSearch *self)
{
  g_return_val_if_fail (self != NULL, TRUE);
  return self->needle_length == 0;
}

/* The character boundary at or before @offset. */
static gsize
char_start (const char *text,
            gsize       offset)
{
  while (offset > 0 && ((guchar) text[offset] & 0xC0) == 0x80)
    offset--;
  return offset;
}

/**
 * diem_text_search_range:
 * @text: valid UTF-8, NFC
 * @length: the length of @text in bytes
 * @from: where the matches to find may start (a byte offset)
 * @to: where they must have started by; a match may run on past it
 * @matches: (element-type DiemSpan): gets the matches, as byte ranges into @text
 *
 * Appends the matches starting in [@from, @to), in order. Run over consecutive ranges,
 * the matches do not overlap: one that ended past @to hides any that start inside it.
 */
void
diem_text_search_range (DiemTextSearch *self,
                        const char     *text,
                        gsize           length,
                        gsize           from,
                        gsize           to,
                        GArray         *matches)
{
  g_autoptr(GArray) map = NULL;
  g_autofree char *stretch = NULL;
  gsize stop;

  g_return_if_fail (self != NULL && text != NULL && matches != NULL);

  to = MIN (to, length);
  from = char_start (text, MIN (MAX (from, self->last_end), to));
  if (self->needle_length == 0 || from >= to)
    return;

  /* a match starting before @to may end after it: in an NFC text every character folds
   * to one byte at least, so a needle of n bytes spans at most n characters of 4 bytes
   * (a few more allow for stray combining marks) */
  stop = MIN (length, to + 4 * self->needle_length + 16);
  stop = stop < length ? char_start (text, stop) : length;

  if (self->match_diacritics)
    stretch = lower_with_map (text + from, stop - from, &map);
  else
    stretch = diem_fold_with_map (text + from, stop - from, &map);
  blank_breaks (stretch);

  for (const char *p = strstr (stretch, self->needle); p != NULL; p = strstr (p + self->needle_length, self->needle))
    {
      gsize at = p - stretch;
      DiemSpan span = { from + g_array_index (map, gsize, at),
                        from + g_array_index (map, gsize, at + self->needle_length) };

      if (span.start >= to)
        break;
      g_array_append_val (matches, span);
      self->last_end = span.end;
    }
}
