/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-font-coverage.c — which characters of a text the chosen font cannot draw
 *
 * Pango falls back to another font, glyph by glyph, for what the chosen one lacks, so
 * nothing goes missing from a PDF; but a Vietnamese letter set in a different face
 * stands out on the page. This asks the font Pango actually loads (fontconfig may have
 * substituted the family asked for) through HarfBuzz, code point by code point.
 */
#include "diem-font-coverage.h"

#include <hb.h>
#include <pango/pangocairo.h>

/**
 * diem_font_coverage_missing:
 * @families: a Pango family list, as in "Noto Serif, DejaVu Serif, serif"
 * @family_used: (out) (optional): the family that was loaded
 *
 * Returns: (transfer full) (nullable): the distinct characters of @text, in order of
 *   first appearance, that the loaded font has no glyph for; NULL when it has them all
 */
char *
diem_font_coverage_missing (const char  *families,
                            const char  *text,
                            char       **family_used)
{
  PangoFontMap *font_map = pango_cairo_font_map_get_default ();
  PangoContext *context = pango_font_map_create_context (font_map);
  PangoFontDescription *description = pango_font_description_from_string (families);
  g_autoptr(PangoFont) font = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  GString *missing = g_string_new (NULL);
  hb_font_t *hb_font;

  pango_font_description_set_size (description, 11 * PANGO_SCALE);
  font = pango_font_map_load_font (font_map, context, description);
  pango_font_description_free (description);
  g_object_unref (context);
  if (font == NULL)
    {
      g_string_free (missing, TRUE);
      if (family_used != NULL)
        *family_used = NULL;
      return g_strdup (text);
    }

  if (family_used != NULL)
    {
      PangoFontDescription *loaded = pango_font_describe (font);

      *family_used = g_strdup (pango_font_description_get_family (loaded));
      pango_font_description_free (loaded);
    }

  hb_font = pango_font_get_hb_font (font);
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      hb_codepoint_t glyph;

      if (c < 0x20 || g_unichar_isspace (c) || g_hash_table_contains (seen, GUINT_TO_POINTER (c)))
        continue;
      g_hash_table_add (seen, GUINT_TO_POINTER (c));
      if (!hb_font_get_nominal_glyph (hb_font, c, &glyph))
        g_string_append_unichar (missing, c);
    }
  if (missing->len == 0)
    {
      g_string_free (missing, TRUE);
      return NULL;
    }
  return g_string_free (missing, FALSE);
}
