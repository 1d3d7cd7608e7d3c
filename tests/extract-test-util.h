/* extract-test-util.h — run the extractors over a few sentences */
#pragma once

#include "diem-extract.h"

static inline DiemExtraction *
extract_text (const char *text)
{
  DiemExtraction *out = diem_extraction_new ();

  diem_extract (text, strlen (text), NULL, out);
  return out;
}

static inline const DiemOfficial *
find_official (DiemExtraction *out,
               const char     *name)
{
  for (guint i = 0; i < out->officials->len; i++)
    {
      const DiemOfficial *official = g_ptr_array_index (out->officials, i);

      if (g_str_equal (official->name, name))
        return official;
    }
  return NULL;
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
