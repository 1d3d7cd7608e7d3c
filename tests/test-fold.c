/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-fold.c — Vietnamese diacritic folding */
#include <string.h>

#include "diem-fold.h"

static void
test_fold_names (void)
{
  g_autofree char *a = diem_fold ("Nguyễn Đức Thắng", -1);
  g_autofree char *b = diem_fold ("ĐẶNG Thị Ðào", -1);

  g_assert_cmpstr (a, ==, "nguyen duc thang");
  g_assert_cmpstr (b, ==, "dang thi dao");
}

static void
test_fold_decomposed_input (void)
{
  /* "ễ" written as e + circumflex + tilde */
  g_autofree char *folded = diem_fold ("Nguye\xcc\x82\xcc\x83n", -1);

  g_assert_cmpstr (folded, ==, "nguyen");
}

static void
test_fold_map (void)
{
  const char *text = "Bí thư Nên";
  g_autoptr(GArray) map = NULL;
  g_autofree char *folded = diem_fold_with_map (text, -1, &map);
  const char *hit = g_strstr_len (folded, -1, "nen");
  gsize at = hit - folded;

  g_assert_nonnull (hit);
  g_assert_cmpuint (map->len, ==, strlen (folded) + 1);
  g_assert_true (g_str_has_prefix (text + g_array_index (map, gsize, at), "Nên"));
}

/* diem_fold_case answers as g_utf8_casefold does: for every character it keeps a table
 * of, for those that fold to several (ß, ΐ, ᾷ), and past its table. */
static void
test_fold_case_as_glib (void)
{
  const char *texts[] = {
    "Trường THPT Nguyễn Thị Minh Khai", "ĐOÀN THANH NIÊN", "Straße", "ΐΰ ᾷ ǰ ŉ", "ﬁ ﬀ Ⅻ Ⓐ 𐐀",
  };

  for (gunichar c = 1; c < 0x2200; c++)
    {
      char utf8[8] = { 0 };
      g_autofree char *ours = NULL;
      g_autofree char *glib = NULL;

      if (c >= 0xD800 && c <= 0xDFFF)
        continue;
      g_unichar_to_utf8 (c, utf8);
      ours = diem_fold_case (utf8);
      glib = g_utf8_casefold (utf8, -1);
      g_assert_cmpstr (ours, ==, glib);
    }
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *ours = diem_fold_case (texts[i]);
      g_autofree char *glib = g_utf8_casefold (texts[i], -1);

      g_assert_cmpstr (ours, ==, glib);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/fold/names", test_fold_names);
  g_test_add_func ("/fold/decomposed-input", test_fold_decomposed_input);
  g_test_add_func ("/fold/map", test_fold_map);
  g_test_add_func ("/fold/case-as-glib", test_fold_case_as_glib);
  return g_test_run ();
}
