/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-work-keeper.h — keeps the work on the open article, within a second of a change
 *
 * The owner says when something changed; the keeper asks it (the "collect" signal) to
 * write the current state into the work, and saves it at most a second after the first
 * unsaved change, so steady typing is still kept every second. Opening another article
 * or flushing saves at once. An article merely opened and scrolled is not put on the
 * desk; its reading position is kept once it is.
 */
#pragma once

#include <glib-object.h>

#include "diem-desk-store.h"

G_BEGIN_DECLS

#define DIEM_WORK_KEEPER_DELAY_MS 1000

#define DIEM_TYPE_WORK_KEEPER (diem_work_keeper_get_type ())
G_DECLARE_FINAL_TYPE (DiemWorkKeeper, diem_work_keeper, DIEM, WORK_KEEPER, GObject)

typedef enum
{
  DIEM_WORK_CHANGE_WORK,     /* the editor's own work: corrections, summary, status */
  DIEM_WORK_CHANGE_POSITION, /* only where they are reading */
} DiemWorkChange;

DiemWorkKeeper *diem_work_keeper_new    (DiemDeskStore  *store);
DiemDeskStore  *diem_work_keeper_get_store (DiemWorkKeeper *self);
DiemDeskWork   *diem_work_keeper_open   (DiemWorkKeeper *self,
                                         const char     *text,
                                         gsize           length,
                                         const char     *headline,
                                         const char     *source_uri,
                                         gboolean       *was_kept);
DiemDeskWork   *diem_work_keeper_open_hashed (DiemWorkKeeper *self,
                                              const char     *hash,
                                              const char     *headline,
                                              const char     *source_uri,
                                              gboolean       *was_kept);
DiemDeskWork   *diem_work_keeper_get_work (DiemWorkKeeper *self);
void            diem_work_keeper_changed (DiemWorkKeeper *self,
                                          DiemWorkChange  change);
gboolean        diem_work_keeper_flush  (DiemWorkKeeper *self,
                                         GError        **error);
void            diem_work_keeper_close  (DiemWorkKeeper *self);

G_END_DECLS
