/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-file-util.c — writing output files without ever leaving half of one */
/* realpath () */
#define _DEFAULT_SOURCE

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gio.h>
#include <gio/gunixoutputstream.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diem-file-util.h"

struct _DiemAtomicFile
{
  char          *path;
  char          *temp_path; /* NULL when written in place */
  GOutputStream *stream;
  int            fd;
  gboolean       committed;
};

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

static gboolean
refuse_folder (const char  *path,
               GError     **error)
{
  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    return FALSE;
  g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR,
               _("Cannot write to “%s”: it is a folder"), path);
  return TRUE;
}

/* A device or a pipe (/dev/stdout, /dev/null, a FIFO) is written in place: renaming
 * a temporary file over it would replace the device itself. */
static gboolean
is_special_file (const char *path)
{
  return g_file_test (path, G_FILE_TEST_EXISTS) && !g_file_test (path, G_FILE_TEST_IS_REGULAR);
}

/* g_file_set_contents_full writes to a temporary name in the target folder, syncs and
 * renames, so a reader sees either the old file or the whole new one. */
gboolean
diem_write_file_atomically (const char  *path,
                            const char  *contents,
                            gsize        length,
                            GError     **error)
{
  if (refuse_folder (path, error))
    return FALSE;
  if (is_special_file (path))
    return write_in_place (path, contents, length, error);

  return g_file_set_contents_full (path, contents, (gssize) length,
                                   G_FILE_SET_CONTENTS_CONSISTENT, 0644, error);
}

static void
set_error_from_errno (GError     **error,
                      int          saved_errno,
                      const char  *path)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               _("Cannot write to “%s”: %s"), display, g_strerror (saved_errno));
}

DiemAtomicFile *
diem_atomic_file_new (const char  *path,
                      GError     **error)
{
  g_autoptr(DiemAtomicFile) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  if (refuse_folder (path, error))
    return NULL;

  self = g_new0 (DiemAtomicFile, 1);
  self->path = g_strdup (path);
  self->fd = -1;

  if (is_special_file (path))
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);

      self->stream = G_OUTPUT_STREAM (g_file_append_to (file, G_FILE_CREATE_NONE, NULL, error));
      return self->stream != NULL ? g_steal_pointer (&self) : NULL;
    }

  {
    g_autofree char *folder = g_path_get_dirname (path);
    g_autofree char *name = g_path_get_basename (path);

    self->temp_path = g_strdup_printf ("%s/.%s.XXXXXX", folder, name);
  }
  self->fd = g_mkstemp_full (self->temp_path, O_WRONLY | O_CLOEXEC, 0644);
  if (self->fd < 0)
    {
      int saved_errno = errno;

      g_clear_pointer (&self->temp_path, g_free);
      set_error_from_errno (error, saved_errno, path);
      return NULL;
    }
  /* mkstemp makes the file private; an export is as readable as any other file */
  {
    mode_t mask = umask (0);

    umask (mask);
    if (fchmod (self->fd, 0666 & ~mask) != 0)
      g_debug ("fchmod %s: %s", self->temp_path, g_strerror (errno));
  }
  self->stream = g_unix_output_stream_new (self->fd, FALSE);
  return g_steal_pointer (&self);
}

/**
 * diem_atomic_file_get_stream:
 *
 * Returns: (transfer none): where to write the file's contents
 */
GOutputStream *
diem_atomic_file_get_stream (DiemAtomicFile *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->stream;
}

/* Syncs and renames the temporary file over the target: a reader sees either the old
 * file or the whole new one. */
gboolean
diem_atomic_file_commit (DiemAtomicFile  *self,
                         GError         **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (!self->committed, FALSE);

  if (!g_output_stream_close (self->stream, NULL, error))
    return FALSE;
  if (self->temp_path == NULL)
    {
      self->committed = TRUE;
      return TRUE;
    }
  if (fsync (self->fd) != 0 || close (self->fd) != 0)
    {
      set_error_from_errno (error, errno, self->path);
      self->fd = -1;
      return FALSE;
    }
  self->fd = -1;
  if (g_rename (self->temp_path, self->path) != 0)
    {
      set_error_from_errno (error, errno, self->path);
      return FALSE;
    }
  self->committed = TRUE;
  return TRUE;
}

/* Frees @self; an uncommitted file is removed. */
void
diem_atomic_file_free (DiemAtomicFile *self)
{
  if (self == NULL)
    return;
  if (self->stream != NULL && !g_output_stream_is_closed (self->stream))
    g_output_stream_close (self->stream, NULL, NULL);
  g_clear_object (&self->stream);
  if (self->fd >= 0)
    close (self->fd);
  if (self->temp_path != NULL && !self->committed)
    g_unlink (self->temp_path);
  g_free (self->temp_path);
  g_free (self->path);
  g_free (self);
}

/* The identity of what @path names, through symbolic links; a file that does not exist
 * yet is named by its real folder and its name. */
static char *
dup_identity (const char *path)
{
  struct stat st;
  g_autofree char *folder = NULL;
  g_autofree char *folder_real = NULL;
  g_autofree char *name = NULL;

  if (g_stat (path, &st) == 0)
    return g_strdup_printf ("inode:%ju:%ju", (uintmax_t) st.st_dev, (uintmax_t) st.st_ino);

  folder = g_path_get_dirname (path);
  name = g_path_get_basename (path);
  folder_real = realpath (folder, NULL);
  if (folder_real == NULL)
    return g_strdup_printf ("path:%s", path);
  return g_strdup_printf ("path:%s/%s", folder_real, name);
}

/**
 * diem_file_is_same:
 *
 * Whether two paths name the same file, following symbolic links and hard links
 * alike; for files that do not exist yet, whether they would be the same file.
 */
gboolean
diem_file_is_same (const char *path_a,
                   const char *path_b)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  g_return_val_if_fail (path_a != NULL && path_b != NULL, FALSE);

  a = dup_identity (path_a);
  b = dup_identity (path_b);
  return g_strcmp0 (a, b) == 0;
}
