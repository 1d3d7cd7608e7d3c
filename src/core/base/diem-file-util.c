/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-file-util.c — writing output files without ever leaving half of one */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "diem-file-util.h"

static gboolean
write_in_place (const char  *path,
                const char  *contents,
                gsize        length,
                GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileOutputStream) stream = NULL;
  gsize written = 0;

  stream = g_file_append_to (file, G_FILE_CREATE_NONE, NULL, error);
  if (stream == NULL)
    return FALSE;
  return g_output_stream_write_all (G_OUTPUT_STREAM (stream), contents, length, &written, NULL, error)
         && g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, error);
}

/* g_file_set_contents_full writes to a temporary name in the target folder, syncs and
 * renames, so a reader sees either the old file or the whole new one. */
gboolean
diem_write_file_atomically (const char  *path,
                            const char  *contents,
                            gsize        length,
                            GError     **error)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR,
                   _("Cannot write to “%s”: it is a folder"), path);
      return FALSE;
    }

  /* A device or a pipe (/dev/stdout, /dev/null, a FIFO) is written in place: renaming
   * a temporary file over it would replace the device itself. */
  if (g_file_test (path, G_FILE_TEST_EXISTS) && !g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return write_in_place (path, contents, length, error);

  return g_file_set_contents_full (path, contents, (gssize) length,
                                   G_FILE_SET_CONTENTS_CONSISTENT, 0644, error);
}
