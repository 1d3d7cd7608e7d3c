/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-text-index.c — a text searchable without regard to case or Vietnamese marks */
#include "diem-text-index.h"

#include <string.h>

#include "diem-fold.h"

/* A transformed copy of the text and, per byte of it plus one, the character offset in
 * the original text where that byte's character came from. */
typedef struct
{
  char  *text;
  gsize  length;
  int   *char_offsets;
} Variant;

struct _DiemTextIndex
{
  char    *text;
  Variant  folded;
  Variant  lowered; /* built on first exact search */
};

static void
variant_clear (Variant *variant)
{
  g_clear_pointer (&variant->text, g_free);
  g_clear_pointer (&variant->char_offsets, g_free);
  variant->length = 0;
}

/* Turns a folded-byte → original-byte map into folded-byte → original-character. */
static int *
byte_map_to_char_offsets (const char *original,
                          GArray     *byte_map)
{
  int *offsets = g_new (int, byte_map->len);
  const char *p = original;
  int chars = 0;

  for (guint i = 0; i < byte_map->len; i++)
    {
      const char *target = original + g_array_index (byte_map, gsize, i);

      while (p < target)
        {
          p = g_utf8_next_char (p);
          chars++;
        }
      offsets[i] = chars;
    }
  return offsets;
}

static void
build_folded (DiemTextIndex *self)
{
  g_autoptr(GArray) byte_map = NULL;

  self->folded.text = diem_fold_with_map (self->text, -1, &byte_map);
  self->folded.length = strlen (self->folded.text);
  self->folded.char_offsets = byte_map_to_char_offsets (self->text, byte_map);
}

/* One character for one: lower case keeps every character's offset. */
static void
build_lowered (DiemTextIndex *self)
{
  gsize length = strlen (self->text);
  GString *out = g_string_sized_new (length);
  GArray *offsets = g_array_sized_new (FALSE, FALSE, sizeof (int), length + 1);
  int chars = 0;

  for (const char *p = self->text; *p != '\0'; p = g_utf8_next_char (p), chars++)
    {
      gsize before = out->len;

      g_string_append_unichar (out, g_unichar_tolower (g_utf8_get_char (p)));
      for (gsize i = before; i < out->len; i++)
        g_array_append_val (offsets, chars);
    }
  g_array_append_val (offsets, chars);

  self->lowered.length = out->len;
  self->lowered.text = g_string_free (out, FALSE);
  self->lowered.char_offsets = (int *) (void *) g_array_free (offsets, FALSE);
}

/**
 * diem_text_index_new:
 * @text: valid UTF-8
 *
 * Returns: (transfer full): an index of @text
 */
DiemTextIndex *
diem_text_index_new (const char *text)
{
  DiemTextIndex *self = g_new0 (DiemTextIndex, 1);

  g_return_val_if_fail (text != NULL, NULL);

  self->text = g_strdup (text);
  build_folded (self);
  return self;
}

void
diem_text_index_free (DiemTextIndex *self)
{
  if (self == NULL)
    return;
  variant_clear (&self->folded);
  variant_clear (&self->lowered);
  g_free (self->text);
  g_free (self);
}

static char *
prepare_query (const char *query,
               gboolean    match_diacritics)
{
  g_autofree char *composed = g_utf8_normalize (query, -1, G_NORMALIZE_NFC);
  GString *out;

  if (composed == NULL)
    return NULL;
  if (!match_diacritics)
    return diem_fold (composed, -1);

  out = g_string_sized_new (strlen (composed));
  for (const char *p = composed; *p != '\0'; p = g_utf8_next_char (p))
    g_string_append_unichar (out, g_unichar_tolower (g_utf8_get_char (p)));
  return g_string_free (out, FALSE);
}

/**
 * diem_text_index_search:
 * @query: what to look for; without @match_diacritics, "nguyen" finds "Nguyễn"
 * @match_diacritics: whether marks must match too (case is ignored either way)
 *
 * Returns: (transfer full) (element-type DiemTextRange): the matches in order, not
 *   overlapping
 */
GArray *
diem_text_index_search (DiemTextIndex *self,
                        const char    *query,
                        gboolean       match_diacritics)
{
  GArray *matches = g_array_new (FALSE, FALSE, sizeof (DiemTextRange));
  g_autofree char *needle = NULL;
  const Variant *variant;
  gsize needle_length;
  const char *p;

  g_return_val_if_fail (self != NULL, matches);

  if (query == NULL || *query == '\0')
    return matches;
  needle = prepare_query (query, match_diacritics);
  if (needle == NULL || *needle == '\0')
    return matches;
  needle_length = strlen (needle);

  if (match_diacritics && self->lowered.text == NULL)
    build_lowered (self);
  variant = match_diacritics ? &self->lowered : &self->folded;

  /* valid UTF-8 matches valid UTF-8 only at character boundaries */
  for (p = strstr (variant->text, needle); p != NULL; p = strstr (p + needle_length, needle))
    {
      gsize at = p - variant->text;
      DiemTextRange range = { variant->char_offsets[at], variant->char_offsets[at + needle_length] };

      g_array_append_val (matches, range);
    }
  return matches;
}
