/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-desk-store.h — the editor's kept work, in an SQLite database
 *
 * One row per article the editor has worked on, known by the SHA-256 of its NFC text so
 * that a moved or re-saved file finds its work again; the article file itself is never
 * written. Corrections are kept as an ordered log of operations over the extraction
 * (category, action, the entry they apply to, a JSON payload): the store keeps them
 * as given and does not interpret them.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define DIEM_DESK_ERROR (diem_desk_error_quark ())

typedef enum
{
  DIEM_DESK_ERROR_LOCKED,    /* another process holds the database */
  DIEM_DESK_ERROR_READ_ONLY, /* the file or its folder cannot be written */
  DIEM_DESK_ERROR_FULL,      /* the disk is full */
  DIEM_DESK_ERROR_CORRUPT,   /* not a database, or a damaged one */
  DIEM_DESK_ERROR_NEWER,     /* written by a newer version of the app */
  DIEM_DESK_ERROR_FAILED,
} DiemDeskError;

typedef enum
{
  DIEM_DESK_STATUS_DRAFT,
  DIEM_DESK_STATUS_READY,
} DiemDeskStatus;

typedef struct
{
  char *category; /* registry key: "officials", "awards", … */
  char *action;   /* "edit", "add", "remove", "restore", "merge", "move" */
  char *entry;    /* (nullable) the entry it applies to, as the category names it */
  char *payload;  /* JSON object with the new values */
} DiemDeskCorrection;

typedef struct
{
  char          *text_hash;        /* diem_desk_text_hash () of the article */
  char          *headline;         /* (nullable) */
  char          *source_uri;       /* (nullable) where the article was last opened from */
  DiemDeskStatus status;
  char          *summary;          /* (nullable) the editor's summary, Markdown */
  gboolean       summary_edited;   /* the editor wrote in it: never regenerate silently */
  gint64         reading_position; /* character offset of the first visible line */
  gint64         modified;         /* µs since the epoch, set when saved */
  GPtrArray     *corrections;      /* (element-type DiemDeskCorrection) in the order made */
} DiemDeskWork;

typedef struct
{
  char          *text_hash;
  char          *headline;
  char          *source_uri;
  DiemDeskStatus status;
  gint64         modified;
} DiemDeskRow;

typedef struct _DiemDeskStore DiemDeskStore;

GQuark              diem_desk_error_quark      (void);

char               *diem_desk_text_hash        (const char *text,
                                                gsize       length);

DiemDeskCorrection *diem_desk_correction_new   (const char *category,
                                                const char *action,
                                                const char *entry,
                                                const char *payload);
void                diem_desk_correction_free  (DiemDeskCorrection *correction);

DiemDeskWork       *diem_desk_work_new         (const char *text_hash);
void                diem_desk_work_free        (DiemDeskWork *work);

void                diem_desk_row_free         (DiemDeskRow *row);
const char         *diem_desk_status_name      (DiemDeskStatus status);

char               *diem_desk_store_default_path (void);
DiemDeskStore      *diem_desk_store_get_default  (GError    **error);
DiemDeskStore      *diem_desk_store_open       (const char *path,
                                                GError    **error);
DiemDeskStore      *diem_desk_store_ref        (DiemDeskStore *self);
void                diem_desk_store_unref      (DiemDeskStore *self);
int                 diem_desk_store_schema_version (DiemDeskStore *self);

gboolean            diem_desk_store_save       (DiemDeskStore      *self,
                                                DiemDeskWork       *work,
                                                GError            **error);
DiemDeskWork       *diem_desk_store_load       (DiemDeskStore      *self,
                                                const char         *text_hash,
                                                GError            **error);
gboolean            diem_desk_store_set_status (DiemDeskStore      *self,
                                                const char         *text_hash,
                                                DiemDeskStatus      status,
                                                GError            **error);
gboolean            diem_desk_store_forget     (DiemDeskStore      *self,
                                                const char         *text_hash,
                                                GError            **error);
gboolean            diem_desk_store_is_empty   (DiemDeskStore      *self);
GPtrArray          *diem_desk_store_list       (DiemDeskStore      *self,
                                                const char         *query,
                                                GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DiemDeskCorrection, diem_desk_correction_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DiemDeskWork, diem_desk_work_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DiemDeskRow, diem_desk_row_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DiemDeskStore, diem_desk_store_unref)

G_END_DECLS
