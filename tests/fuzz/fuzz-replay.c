/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-replay.c — runs a fuzz target over saved inputs, without libFuzzer
 *
 * In the normal build each target in tests/fuzz/ is linked with this main instead of
 * libFuzzer's, and `meson test --suite fuzz-replay` feeds it every file of its corpus
 * and of its saved crashes: an input that once failed keeps being tried.
 */
#include <glib.h>
#include <stdint.h>
#include <stdio.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static gboolean
replay_file (const char *path,
             guint      *count)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(GError) error = NULL;

  if (!g_file_get_contents (path, &contents, &length, &error))
    {
      g_printerr ("fuzz-replay: %s\n", error->message);
      return FALSE;
    }
  LLVMFuzzerTestOneInput ((const uint8_t *) contents, length);
  (*count)++;
  return TRUE;
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char *const *) a, *(const char *const *) b);
}

/* Files of a folder in name order, so that a failure repeats the same way. */
static gboolean
replay_folder (const char *path,
               guint      *count)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    return TRUE;
  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.')
      g_ptr_array_add (names, g_build_filename (path, name, NULL));
  g_ptr_array_sort (names, compare_paths);
  for (guint i = 0; i < names->len; i++)
    if (!g_file_test (names->pdata[i], G_FILE_TEST_IS_DIR) && !replay_file (names->pdata[i], count))
      return FALSE;
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  guint count = 0;

  for (int i = 1; i < argc; i++)
    {
      gboolean ok;

      /* a target without saved crashes has no folder for them */
      if (!g_file_test (argv[i], G_FILE_TEST_EXISTS))
        continue;
      ok = g_file_test (argv[i], G_FILE_TEST_IS_DIR) ? replay_folder (argv[i], &count)
                                                               : replay_file (argv[i], &count);
      if (!ok)
        return 1;
    }
  printf ("replayed %u inputs\n", count);
  return count > 0 ? 0 : 77;
}
