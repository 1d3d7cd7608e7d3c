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

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/fold/names", test_fold_names);
  g_test_add_func ("/fold/decomposed-input", test_fold_decomposed_input);
  g_test_add_func ("/fold/map", test_fold_map);
  return g_test_run ();
}
