/* SPDX-License-Identifier: GPL-3.0-or-later */
/* extract-test-util.h — run the extractors over a few sentences */
#pragma once

#include <stdarg.h>

#include "diem-extract.h"

static inline DiemExtraction *
extract_text (const char *text)
{
  DiemExtraction *out = diem_extraction_new ();

  diem_extract (text, strlen (text), NULL, out);
  return out;
}

/* The entry of @entries (a list of the category @key) whose text @field is @value. */
static inline gconstpointer
find_entry_in (GPtrArray  *entries,
               const char *key,
               const char *field,
               const char *value)
{
  const DiemCategory *category = diem_category_lookup (key);

  g_assert_nonnull (category);
  for (guint i = 0; i < entries->len; i++)
    {
      gconstpointer entry = g_ptr_array_index (entries, i);

      if (g_strcmp0 (diem_category_get_value (category, entry, field).text, value) == 0)
        return entry;
    }
  return NULL;
}

static inline gconstpointer
find_entry (DiemExtraction *out,
            const char     *key,
            const char     *field,
            const char     *value)
{
  return find_entry_in (diem_extraction_get (out, diem_category_lookup (key)), key, field, value);
}

static inline const DiemOfficial *
find_official (DiemExtraction *out,
               const char     *name)
{
  return find_entry (out, "officials", "name", name);
}

static inline const DiemAward *
find_award (DiemExtraction *out,
            const char     *name)
{
  return find_entry (out, "awards", "award", name);
}

static inline gboolean
has_string (GPtrArray  *strings,
            const char *value)
{
  for (guint i = 0; i < strings->len; i++)
    if (g_str_equal (g_ptr_array_index (strings, i), value))
      return TRUE;
  return FALSE;
}

/* @award exists and its recipients are exactly the names given, ending with NULL. */
static inline void
assert_recipients (const DiemAward *award,
                   const char      *first,
                   ...)
{
  va_list args;
  guint n = 0;

  g_assert_nonnull (award);
  va_start (args, first);
  for (const char *name = first; name != NULL; name = va_arg (args, const char *))
    {
      if (!has_string (award->recipients, name))
        g_error ("%s: no recipient \"%s\"", award->award, name);
      n++;
    }
  va_end (args);
  for (guint i = 0; i < award->recipients->len; i++)
    if (award->recipients->len != n)
      g_printerr ("%s: recipient \"%s\"\n", award->award, (char *) g_ptr_array_index (award->recipients, i));
  g_assert_cmpuint (award->recipients->len, ==, n);
}

static inline void
assert_no_recipients (DiemExtraction *out)
{
  for (guint i = 0; i < out->awards->len; i++)
    {
      const DiemAward *award = g_ptr_array_index (out->awards, i);

      if (award->recipients->len > 0)
        g_error ("%s: unexpected recipient \"%s\"", award->award, (char *) g_ptr_array_index (award->recipients, 0));
    }
}
