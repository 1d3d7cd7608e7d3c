/* SPDX-License-Identifier: GPL-3.0-or-later */
/* scratch-dir-test-util.h — a test fixture that is a fresh, flat scratch folder */
#pragma once

#include <glib.h>
#include <glib/gstdio.h>

typedef struct
{
  char *dir;
} Fixture;

static inline void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = g_dir_make_tmp ("diembao-test-XXXXXX", NULL);
  g_assert_nonnull (fixture->dir);
}

static inline void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_remove (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}
