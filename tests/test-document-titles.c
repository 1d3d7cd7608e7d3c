/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-document-titles.c — a document's name keeps the article's words in every UI language
 *
 * The sidebar and the PDF summary name a numbered document with its kind in front; the
 * kind comes from the article's language, not the UI's, so that "Nghị quyết 12/…" sits
 * beside "Nghị quyết Đại hội XI" and not "Resolution 12/…".
 */
#include "config.h"

#include <libintl.h>
#include <locale.h>
#include <string.h>

#include "extract-test-util.h"

static const char own_text[] =
  "Hội đồng nhân dân tỉnh ban hành Nghị quyết số 12/2024/NQ-HĐND về phát triển du lịch. "
  "Tỉnh cũng thực hiện Quyết định số 30/QĐ-UBND và tiếp tục quán triệt Nghị quyết Đại hội XI.";

static void
use_language (const char *language)
{
  g_setenv ("LANGUAGE", language, TRUE);
  /* gettext caches what it found: setting the domain again empties the cache */
  textdomain (textdomain (NULL));
}

static char *
dup_title_of (DiemExtraction *out,
              const char     *key,
              const char     *id)
{
  const DiemCategory *category = diem_category_lookup (key);
  gconstpointer entry = find_entry (out, key, "id", id);

  g_assert_nonnull (entry);
  return category->dup_title (entry);
}

static void
check_titles (void)
{
  g_autoptr(DiemExtraction) out = extract_text (own_text);
  g_autofree char *resolution = dup_title_of (out, "resolutions", "12/2024/NQ-HĐND");
  g_autofree char *decision = dup_title_of (out, "documents", "30/QĐ-UBND");

  g_assert_cmpstr (resolution, ==, "Nghị quyết 12/2024/NQ-HĐND");
  g_assert_cmpstr (decision, ==, "Quyết định 30/QĐ-UBND");
}

static void
test_titles_in_english (void)
{
  use_language ("en");
  check_titles ();
}

static void
test_titles_in_vietnamese (void)
{
  g_autofree char *locale_dir = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);
  g_autofree char *catalog = g_build_filename (locale_dir, "vi", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);

  if (!g_file_test (catalog, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("the Vietnamese catalogue is not built");
      return;
    }
  bindtextdomain (GETTEXT_PACKAGE, locale_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  use_language ("vi");
  /* the UI is Vietnamese here: its own words are */
  if (g_strcmp0 (g_dgettext (GETTEXT_PACKAGE, "Resolutions"), "Nghị quyết") != 0)
    {
      g_test_skip ("no locale in which the catalogue is read");
      return;
    }
  check_titles ();
  use_language ("C");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/document-titles/english", test_titles_in_english);
  g_test_add_func ("/document-titles/vietnamese", test_titles_in_vietnamese);
  return g_test_run ();
}
