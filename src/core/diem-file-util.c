/* diem-file-util.c — writing output files without ever leaving half of one */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "diem-file-util.h"

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

  return g_file_set_contents_full (path, contents, (gssize) length,
                                   G_FILE_SET_CONTENTS_CONSISTENT, 0644, error);
}
