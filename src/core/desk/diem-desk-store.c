/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-desk-store.c — the editor's kept work, in an SQLite database
 *
 * WAL journal with synchronous=NORMAL: a process killed at any moment loses at most the
 * transaction it was writing and never damages the file. The schema version lives in
 * `PRAGMA user_version`; each migration runs in its own transaction. A database that
 * cannot be used (locked, read-only, full, damaged, newer) is reported, never replaced.
 */
#include "config.h"

#include "diem-desk-store.h"

#include <errno.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "diem-article.h"
#include "diem-fold.h"

#define BUSY_TIMEOUT_MS 1500

struct _DiemDeskStore
{
  gatomicrefcount ref_count;
  sqlite3 *db;
  char    *path;
};

/* Index i brings the schema from version i to version i + 1. */
static const char *const migrations[] = {
  "CREATE TABLE article ("
  "  id               INTEGER PRIMARY KEY,"
  "  text_hash        TEXT    NOT NULL UNIQUE,"
  "  headline         TEXT,"
  "  source_uri       TEXT,"
  "  search_key       TEXT    NOT NULL DEFAULT '',"
  "  status           INTEGER NOT NULL DEFAULT 0 CHECK (status IN (0, 1)),"
  "  summary          TEXT,"
  "  summary_edited   INTEGER NOT NULL DEFAULT 0,"
  "  reading_position INTEGER NOT NULL DEFAULT 0,"
  "  created          INTEGER NOT NULL,"
  "  modified         INTEGER NOT NULL"
  ");"
  "CREATE INDEX article_by_modified ON article (modified DESC);"
  "CREATE TABLE correction ("
  "  article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,"
  "  seq        INTEGER NOT NULL,"
  "  category   TEXT    NOT NULL,"
  "  action     TEXT    NOT NULL,"
  "  entry      TEXT,"
  "  payload    TEXT    NOT NULL,"
  "  PRIMARY KEY (article_id, seq)"
  ") WITHOUT ROWID;",
};

#define SCHEMA_VERSION ((int) G_N_ELEMENTS (migrations))

G_DEFINE_QUARK (diem-desk-error-quark, diem_desk_error)

static DiemDeskError
error_code_for (int sqlite_code)
{
  switch (sqlite_code & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return DIEM_DESK_ERROR_LOCKED;
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
      return DIEM_DESK_ERROR_READ_ONLY;
    case SQLITE_FULL:
      return DIEM_DESK_ERROR_FULL;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return DIEM_DESK_ERROR_CORRUPT;
    default:
      return DIEM_DESK_ERROR_FAILED;
    }
}

static const char *
message_for (DiemDeskError code)
{
  switch (code)
    {
    case DIEM_DESK_ERROR_LOCKED:
      return _("The desk is in use by another program");
    case DIEM_DESK_ERROR_READ_ONLY:
      return _("The desk cannot be written");
    case DIEM_DESK_ERROR_FULL:
      return _("The disk is full: the desk cannot keep more work");
    case DIEM_DESK_ERROR_CORRUPT:
      return _("The desk database is damaged");
    case DIEM_DESK_ERROR_NEWER:
      return _("The desk was written by a newer version of Điểm Báo");
    case DIEM_DESK_ERROR_FAILED:
    default:
      return _("The desk could not be used");
    }
}

static gboolean
set_error (GError    **error,
           DiemDeskError code,
           const char *path,
           const char *detail)
{
  g_set_error (error, DIEM_DESK_ERROR, code, "%s (%s): %s", message_for (code), path, detail);
  return FALSE;
}

static gboolean
set_sqlite_error (DiemDeskStore *self,
                  int            sqlite_code,
                  GError       **error)
{
  return set_error (error, error_code_for (sqlite_code), self->path, sqlite3_errstr (sqlite_code));
}

static gboolean
exec (DiemDeskStore *self,
      const char    *sql,
      GError       **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return set_sqlite_error (self, rc, error);
  return TRUE;
}

static sqlite3_stmt *
prepare (DiemDeskStore *self,
         const char    *sql,
         GError       **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    {
      set_sqlite_error (self, rc, error);
      return NULL;
    }
  return stmt;
}

typedef sqlite3_stmt *sqlite3_stmt_ptr;
G_DEFINE_AUTO_CLEANUP_FREE_FUNC (sqlite3_stmt_ptr, sqlite3_finalize, NULL)

static void
bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *value)
{
  if (value != NULL)
    sqlite3_bind_text (stmt, index, value, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, index);
}

static char *
column_dup (sqlite3_stmt *stmt,
            int           index)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, index));
}

static gboolean
rollback (DiemDeskStore *self)
{
  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  return FALSE;
}

static int
read_user_version (DiemDeskStore *self,
                   GError       **error)
{
  g_auto(sqlite3_stmt_ptr) stmt = prepare (self, "PRAGMA user_version", error);
  int rc;

  if (stmt == NULL)
    return -1;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      set_sqlite_error (self, rc, error);
      return -1;
    }
  return sqlite3_column_int (stmt, 0);
}

static gboolean
has_foreign_tables (DiemDeskStore *self,
                    GError       **error)
{
  g_auto(sqlite3_stmt_ptr) stmt = prepare (self, "SELECT count(*) FROM sqlite_schema", error);
  int rc;

  if (stmt == NULL)
    return TRUE;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      set_sqlite_error (self, rc, error);
      return TRUE;
    }
  if (sqlite3_column_int (stmt, 0) > 0)
    {
      set_error (error, DIEM_DESK_ERROR_CORRUPT, self->path, _("it holds tables of another program"));
      return TRUE;
    }
  return FALSE;
}

/* Reads only: a file that is not ours, or is newer, is left exactly as it was. */
static int
usable_version (DiemDeskStore *self,
                GError       **error)
{
  int version = read_user_version (self, error);

  if (version < 0)
    return -1;
  if (version > SCHEMA_VERSION)
    {
      g_autofree char *detail = g_strdup_printf (_("schema %d, this version reads up to %d"), version, SCHEMA_VERSION);

      set_error (error, DIEM_DESK_ERROR_NEWER, self->path, detail);
      return -1;
    }
  if (version == 0 && has_foreign_tables (self, error))
    return -1;
  return version;
}

static gboolean
migrate (DiemDeskStore *self,
         int            version,
         GError       **error)
{
  for (; version < SCHEMA_VERSION; version++)
    {
      g_autofree char *bump = g_strdup_printf ("PRAGMA user_version = %d", version + 1);

      if (!exec (self, "BEGIN IMMEDIATE", error))
        return FALSE;
      if (!exec (self, migrations[version], error) || !exec (self, bump, error))
        return rollback (self);
      if (!exec (self, "COMMIT", error))
        return rollback (self);
    }
  return TRUE;
}

char *
diem_desk_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "diembao", "desk.sqlite", NULL);
}

/* The user's desk, shared by the whole process and opened on first use. A desk that
 * cannot be used gives the same error each time; the app goes on without it.
 * Returns: (nullable) (transfer none) */
DiemDeskStore *
diem_desk_store_get_default (GError **error)
{
  static GMutex lock;
  static DiemDeskStore *store;
  static GError *failure;
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&lock);

  if (store == NULL && failure == NULL)
    {
      g_autofree char *path = diem_desk_store_default_path ();

      store = diem_desk_store_open (path, &failure);
    }
  if (failure != NULL)
    g_propagate_error (error, g_error_copy (failure));
  return store;
}

DiemDeskStore *
diem_desk_store_open (const char *path,
                      GError    **error)
{
  g_autoptr(DiemDeskStore) self = g_new0 (DiemDeskStore, 1);
  g_autofree char *folder = g_path_get_dirname (path);
  int rc, version;

  g_atomic_ref_count_init (&self->ref_count);
  self->path = g_strdup (path);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved = errno;

      set_error (error, saved == ENOSPC ? DIEM_DESK_ERROR_FULL : DIEM_DESK_ERROR_READ_ONLY, path, g_strerror (saved));
      return NULL;
    }

  rc = sqlite3_open_v2 (path, &self->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (self, rc, error);
      return NULL;
    }
  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  /* SQLite opens a write-protected file for reading without a word: say it instead */
  if (sqlite3_db_readonly (self->db, "main") == 1)
    {
      set_error (error, DIEM_DESK_ERROR_READ_ONLY, path, g_strerror (EACCES));
      return NULL;
    }

  version = usable_version (self, error);
  if (version < 0)
    return NULL;
  if (!exec (self, "PRAGMA journal_mode = WAL", error)
      || !exec (self, "PRAGMA synchronous = NORMAL", error)
      || !exec (self, "PRAGMA foreign_keys = ON", error)
      || !migrate (self, version, error))
    return NULL;
  return g_steal_pointer (&self);
}

DiemDeskStore *
diem_desk_store_ref (DiemDeskStore *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
diem_desk_store_unref (DiemDeskStore *self)
{
  if (self == NULL || !g_atomic_ref_count_dec (&self->ref_count))
    return;
  /* sqlite3_close_v2 with no statements left open checkpoints the WAL and removes it */
  sqlite3_close_v2 (self->db);
  g_free (self->path);
  g_free (self);
}

int
diem_desk_store_schema_version (DiemDeskStore *self)
{
  g_return_val_if_fail (self != NULL, -1);
  return read_user_version (self, NULL);
}

char *
diem_desk_text_hash (const char *text,
                     gsize       length)
{
  return diem_article_hash_text (text, length);
}

static char *
search_key_for (const DiemDeskWork *work)
{
  g_autofree char *source_name = NULL;
  g_autofree char *joined = NULL;

  if (work->source_uri != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (work->source_uri);

      source_name = g_file_get_basename (file);
    }
  joined = g_strjoin (" ", work->headline ? work->headline : "", source_name ? source_name : "", NULL);
  return diem_fold (joined, -1);
}

static gint64
article_id_for (DiemDeskStore *self,
                const char    *text_hash,
                GError       **error)
{
  g_auto(sqlite3_stmt_ptr) stmt = prepare (self, "SELECT id FROM article WHERE text_hash = ?", error);
  int rc;

  if (stmt == NULL)
    return -1;
  bind_text (stmt, 1, text_hash);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  if (rc != SQLITE_DONE)
    set_sqlite_error (self, rc, error);
  else
    g_set_error (error, DIEM_DESK_ERROR, DIEM_DESK_ERROR_FAILED, _("No work is kept for this article"));
  return -1;
}

static gboolean
save_corrections (DiemDeskStore *self,
                  gint64         article_id,
                  GPtrArray     *corrections,
                  GError       **error)
{
  g_auto(sqlite3_stmt_ptr) clear = prepare (self, "DELETE FROM correction WHERE article_id = ?", error);
  g_auto(sqlite3_stmt_ptr) insert = NULL;
  int rc;

  if (clear == NULL)
    return FALSE;
  sqlite3_bind_int64 (clear, 1, article_id);
  if ((rc = sqlite3_step (clear)) != SQLITE_DONE)
    return set_sqlite_error (self, rc, error);
  if (corrections == NULL || corrections->len == 0)
    return TRUE;

  insert = prepare (self,
                    "INSERT INTO correction (article_id, seq, category, action, entry, payload)"
                    " VALUES (?, ?, ?, ?, ?, ?)", error);
  if (insert == NULL)
    return FALSE;
  for (guint i = 0; i < corrections->len; i++)
    {
      const DiemDeskCorrection *correction = g_ptr_array_index (corrections, i);

      sqlite3_reset (insert);
      sqlite3_bind_int64 (insert, 1, article_id);
      sqlite3_bind_int (insert, 2, (int) i);
      bind_text (insert, 3, correction->category);
      bind_text (insert, 4, correction->action);
      bind_text (insert, 5, correction->entry);
      bind_text (insert, 6, correction->payload ? correction->payload : "{}");
      if ((rc = sqlite3_step (insert)) != SQLITE_DONE)
        return set_sqlite_error (self, rc, error);
    }
  return TRUE;
}

/* Saves the whole of one article's work in one transaction; work->modified is set. */
gboolean
diem_desk_store_save (DiemDeskStore *self,
                      DiemDeskWork  *work,
                      GError       **error)
{
  g_auto(sqlite3_stmt_ptr) upsert = NULL;
  g_autofree char *search_key = NULL;
  gint64 now = g_get_real_time ();
  gint64 article_id;
  int rc;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (work != NULL && work->text_hash != NULL, FALSE);

  if (!exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  upsert = prepare (self,
                    "INSERT INTO article (text_hash, headline, source_uri, search_key, status, summary,"
                    "                     summary_edited, reading_position, created, modified)"
                    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)"
                    " ON CONFLICT (text_hash) DO UPDATE SET"
                    "   headline = ?2, source_uri = ?3, search_key = ?4, status = ?5, summary = ?6,"
                    "   summary_edited = ?7, reading_position = ?8, modified = ?9",
                    error);
  if (upsert == NULL)
    return rollback (self);
  search_key = search_key_for (work);
  bind_text (upsert, 1, work->text_hash);
  bind_text (upsert, 2, work->headline);
  bind_text (upsert, 3, work->source_uri);
  bind_text (upsert, 4, search_key);
  sqlite3_bind_int (upsert, 5, work->status);
  bind_text (upsert, 6, work->summary);
  sqlite3_bind_int (upsert, 7, work->summary_edited ? 1 : 0);
  sqlite3_bind_int64 (upsert, 8, MAX (work->reading_position, 0));
  sqlite3_bind_int64 (upsert, 9, now);
  if ((rc = sqlite3_step (upsert)) != SQLITE_DONE)
    {
      set_sqlite_error (self, rc, error);
      return rollback (self);
    }

  article_id = article_id_for (self, work->text_hash, error);
  if (article_id < 0 || !save_corrections (self, article_id, work->corrections, error))
    return rollback (self);
  if (!exec (self, "COMMIT", error))
    return rollback (self);
  work->modified = now;
  return TRUE;
}

static gboolean
load_corrections (DiemDeskStore *self,
                  gint64         article_id,
                  GPtrArray     *into,
                  GError       **error)
{
  g_auto(sqlite3_stmt_ptr) stmt = prepare (self,
                                           "SELECT category, action, entry, payload FROM correction"
                                           " WHERE article_id = ? ORDER BY seq", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, article_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (into, diem_desk_correction_new ((const char *) sqlite3_column_text (stmt, 0),
                                                     (const char *) sqlite3_column_text (stmt, 1),
                                                     (const char *) sqlite3_column_text (stmt, 2),
                                                     (const char *) sqlite3_column_text (stmt, 3)));
  if (rc != SQLITE_DONE)
    return set_sqlite_error (self, rc, error);
  return TRUE;
}

/* The kept work of one article; NULL without an error when there is none. */
DiemDeskWork *
diem_desk_store_load (DiemDeskStore *self,
                      const char    *text_hash,
                      GError       **error)
{
  g_auto(sqlite3_stmt_ptr) stmt = NULL;
  g_autoptr(DiemDeskWork) work = NULL;
  gint64 article_id;
  int rc;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (text_hash != NULL, NULL);

  stmt = prepare (self,
                  "SELECT id, headline, source_uri, status, summary, summary_edited, reading_position,"
                  "       modified FROM article WHERE text_hash = ?", error);
  if (stmt == NULL)
    return NULL;
  bind_text (stmt, 1, text_hash);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return NULL;
  if (rc != SQLITE_ROW)
    {
      set_sqlite_error (self, rc, error);
      return NULL;
    }

  work = diem_desk_work_new (text_hash);
  article_id = sqlite3_column_int64 (stmt, 0);
  work->headline = column_dup (stmt, 1);
  work->source_uri = column_dup (stmt, 2);
  work->status = sqlite3_column_int (stmt, 3) == DIEM_DESK_STATUS_READY ? DIEM_DESK_STATUS_READY : DIEM_DESK_STATUS_DRAFT;
  work->summary = column_dup (stmt, 4);
  work->summary_edited = sqlite3_column_int (stmt, 5) != 0;
  work->reading_position = sqlite3_column_int64 (stmt, 6);
  work->modified = sqlite3_column_int64 (stmt, 7);
  if (!load_corrections (self, article_id, work->corrections, error))
    return NULL;
  return g_steal_pointer (&work);
}

static gboolean
run_on_hash (DiemDeskStore *self,
             const char    *sql,
             const char    *text_hash,
             int            number,
             GError       **error)
{
  g_auto(sqlite3_stmt_ptr) stmt = prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, 1, text_hash);
  if (sqlite3_bind_parameter_count (stmt) > 1)
    sqlite3_bind_int (stmt, 2, number);
  if ((rc = sqlite3_step (stmt)) != SQLITE_DONE)
    return set_sqlite_error (self, rc, error);
  return TRUE;
}

gboolean
diem_desk_store_set_status (DiemDeskStore *self,
                            const char    *text_hash,
                            DiemDeskStatus status,
                            GError       **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return run_on_hash (self, "UPDATE article SET status = ?2 WHERE text_hash = ?1", text_hash, status, error);
}

/* Removes an article's work; its corrections go with it (foreign key cascade). */
gboolean
diem_desk_store_forget (DiemDeskStore *self,
                        const char    *text_hash,
                        GError       **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return run_on_hash (self, "DELETE FROM article WHERE text_hash = ?1", text_hash, 0, error);
}

/* No work is kept at all: a caller can skip hashing an article's text (a SHA-256 of
 * a 10 MB text costs more than reading it) when the answer cannot be found anyway. A
 * desk that cannot be asked answers FALSE, and the lookup reports why. */
gboolean
diem_desk_store_is_empty (DiemDeskStore *self)
{
  g_auto(sqlite3_stmt_ptr) stmt = NULL;

  g_return_val_if_fail (self != NULL, FALSE);

  stmt = prepare (self, "SELECT EXISTS (SELECT 1 FROM article)", NULL);
  return stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0) == 0;
}

/* The articles worked on, newest first; query (nullable) matches the headline and the
 * file name ignoring case and diacritics, as Find does. (element-type DiemDeskRow) */
GPtrArray *
diem_desk_store_list (DiemDeskStore *self,
                      const char    *query,
                      GError       **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) diem_desk_row_free);
  g_auto(sqlite3_stmt_ptr) stmt = NULL;
  g_autofree char *folded = NULL;
  int rc;

  g_return_val_if_fail (self != NULL, NULL);

  if (query != NULL)
    folded = g_strstrip (diem_fold (query, -1));
  stmt = prepare (self,
                  "SELECT text_hash, headline, source_uri, status, modified FROM article"
                  " WHERE ?1 IS NULL OR instr(search_key, ?1) > 0"
                  " ORDER BY modified DESC, id DESC", error);
  if (stmt == NULL)
    return NULL;
  bind_text (stmt, 1, folded != NULL && *folded != '\0' ? folded : NULL);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      DiemDeskRow *row = g_new0 (DiemDeskRow, 1);

      row->text_hash = column_dup (stmt, 0);
      row->headline = column_dup (stmt, 1);
      row->source_uri = column_dup (stmt, 2);
      row->status = sqlite3_column_int (stmt, 3) == DIEM_DESK_STATUS_READY ? DIEM_DESK_STATUS_READY : DIEM_DESK_STATUS_DRAFT;
      row->modified = sqlite3_column_int64 (stmt, 4);
      g_ptr_array_add (rows, row);
    }
  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&rows);
}

DiemDeskCorrection *
diem_desk_correction_new (const char *category,
                          const char *action,
                          const char *entry,
                          const char *payload)
{
  DiemDeskCorrection *correction = g_new0 (DiemDeskCorrection, 1);

  correction->category = g_strdup (category);
  correction->action = g_strdup (action);
  correction->entry = g_strdup (entry);
  correction->payload = g_strdup (payload ? payload : "{}");
  return correction;
}

void
diem_desk_correction_free (DiemDeskCorrection *correction)
{
  if (correction == NULL)
    return;
  g_free (correction->category);
  g_free (correction->action);
  g_free (correction->entry);
  g_free (correction->payload);
  g_free (correction);
}

DiemDeskWork *
diem_desk_work_new (const char *text_hash)
{
  DiemDeskWork *work = g_new0 (DiemDeskWork, 1);

  work->text_hash = g_strdup (text_hash);
  work->corrections = g_ptr_array_new_with_free_func ((GDestroyNotify) diem_desk_correction_free);
  return work;
}

void
diem_desk_work_free (DiemDeskWork *work)
{
  if (work == NULL)
    return;
  g_free (work->text_hash);
  g_free (work->headline);
  g_free (work->source_uri);
  g_free (work->summary);
  g_ptr_array_unref (work->corrections);
  g_free (work);
}

void
diem_desk_row_free (DiemDeskRow *row)
{
  if (row == NULL)
    return;
  g_free (row->text_hash);
  g_free (row->headline);
  g_free (row->source_uri);
  g_free (row);
}

const char *
diem_desk_status_name (DiemDeskStatus status)
{
  return status == DIEM_DESK_STATUS_READY ? "ready" : "draft";
}
