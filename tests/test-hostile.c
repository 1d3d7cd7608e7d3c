/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-hostile.c — generated hostile input: no crash, no hang, no super-linear blow-up
 *
 * The suite's timeout is the guard against a hang; each case also checks that the
 * result still makes sense.
 */
#include <string.h>

#include "diem-article.h"

static DiemArticle *
load (const GString *text)
{
  g_autoptr(GError) error = NULL;
  DiemArticle *article = diem_article_new_from_data (text->str, text->len, NULL, &error);

  g_assert_no_error (error);
  return article;
}

static void
test_hostile_five_megabyte_line (void)
{
  g_autoptr(GString) text = g_string_new ("Tiêu đề\n\n");
  g_autoptr(DiemArticle) article = NULL;

  while (text->len < 5 * 1024 * 1024)
    g_string_append (text, "Chủ tịch UBND tỉnh Nguyễn Văn An trao Huân chương Lao động hạng Ba cho Sở Y tế, ");
  article = load (text);
  g_assert_cmpuint (diem_article_get_blocks (article)->len, ==, 2);
}

static void
test_hostile_hundred_thousand_names (void)
{
  g_autoptr(GString) text = g_string_new ("Danh sách\n\n");
  g_autoptr(DiemArticle) article = NULL;
  GPtrArray *officials;

  for (int i = 0; i < 100000; i++)
    g_string_append_printf (text, "Nguyễn Văn %s%s ", i % 2 ? "Bình" : "An", i % 3 ? "" : ",");
  article = load (text);
  officials = diem_article_get_officials (article);
  /* names without an office are not officials */
  g_assert_cmpuint (officials->len, ==, 0);
}

static void
test_hostile_fifty_thousand_recipients (void)
{
  g_autoptr(GString) text = g_string_new ("Khen thưởng\n\nChủ tịch UBND tỉnh trao Bằng khen cho ");
  g_autoptr(DiemArticle) article = NULL;
  GPtrArray *awards;

  for (int i = 0; i < 50000; i++)
    g_string_append_printf (text, "%sTrường Tiểu học số %d", i ? "; " : "", i + 1);
  g_string_append (text, ".\n");
  article = load (text);
  awards = diem_article_get_awards (article);
  g_assert_cmpuint (awards->len, <=, 1);
  if (awards->len == 1)
    g_assert_cmpuint (((DiemAward *) g_ptr_array_index (awards, 0))->recipients->len, <=, 50000);
}

static void
test_hostile_many_credits (void)
{
  g_autoptr(GString) text = g_string_new ("Ảnh\n\n");
  g_autoptr(DiemArticle) article = NULL;
  guint captions = 0;
  GPtrArray *blocks;

  for (int i = 0; i < 20000; i++)
    g_string_append (text, "Ảnh đẹp. Ảnh: AN Ảnh ");
  article = load (text);
  blocks = diem_article_get_blocks (article);
  for (guint i = 0; i < blocks->len; i++)
    captions += ((DiemBlock *) g_ptr_array_index (blocks, i))->kind == DIEM_BLOCK_CAPTION;
  g_assert_cmpuint (captions, ==, 20000);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hostile/five-megabyte-line", test_hostile_five_megabyte_line);
  g_test_add_func ("/hostile/hundred-thousand-names", test_hostile_hundred_thousand_names);
  g_test_add_func ("/hostile/fifty-thousand-recipients", test_hostile_fifty_thousand_recipients);
  g_test_add_func ("/hostile/many-credits", test_hostile_many_credits);

  return g_test_run ();
}
