/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-work-keeper.c — keeps the work on the open article, within a second of a change */
#include "diem-work-keeper.h"

struct _DiemWorkKeeper
{
  GObject        parent_instance;

  DiemDeskStore *store; /* (nullable) without a usable desk nothing is kept */
  DiemDeskWork  *work;  /* (nullable) the open article's */
  gboolean       on_desk;
  gboolean       dirty;
  guint          save_source;
};

G_DEFINE_FINAL_TYPE (DiemWorkKeeper, diem_work_keeper, G_TYPE_OBJECT)

enum {
  COLLECT,
  SAVE_FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
on_save_due_cb (gpointer data)
{
  DiemWorkKeeper *self = data;
  g_autoptr(GError) error = NULL;

  self->save_source = 0;
  if (!diem_work_keeper_flush (self, &error))
    g_signal_emit (self, signals[SAVE_FAILED], 0, error);
  return G_SOURCE_REMOVE;
}

static void
diem_work_keeper_dispose (GObject *object)
{
  DiemWorkKeeper *self = DIEM_WORK_KEEPER (object);

  diem_work_keeper_close (self);
  g_clear_pointer (&self->store, diem_desk_store_unref);
  G_OBJECT_CLASS (diem_work_keeper_parent_class)->dispose (object);
}

static void
diem_work_keeper_class_init (DiemWorkKeeperClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = diem_work_keeper_dispose;

  /* write the current state into the work (a DiemDeskWork *), just before it is saved */
  signals[COLLECT] = g_signal_new ("collect", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 1, G_TYPE_POINTER);
  /* a save in the background failed (a GError *): the owner tells the user */
  signals[SAVE_FAILED] = g_signal_new ("save-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                       G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
diem_work_keeper_init (DiemWorkKeeper *self)
{
}

/* store (nullable): taken with a reference. */
DiemWorkKeeper *
diem_work_keeper_new (DiemDeskStore *store)
{
  DiemWorkKeeper *self = g_object_new (DIEM_TYPE_WORK_KEEPER, NULL);

  self->store = store ? diem_desk_store_ref (store) : NULL;
  return self;
}

DiemDeskStore *
diem_work_keeper_get_store (DiemWorkKeeper *self)
{
  g_return_val_if_fail (DIEM_IS_WORK_KEEPER (self), NULL);
  return self->store;
}

static void
replace_string (char      **field,
                const char *value)
{
  g_free (*field);
  *field = g_strdup (value);
}

/* Saves what is pending for the article open now, and forgets it. */
void
diem_work_keeper_close (DiemWorkKeeper *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (DIEM_IS_WORK_KEEPER (self));
  if (!diem_work_keeper_flush (self, &error))
    g_signal_emit (self, signals[SAVE_FAILED], 0, error);
  g_clear_pointer (&self->work, diem_desk_work_free);
  self->on_desk = FALSE;
}

/* The work on an article that is being opened: as kept when it is on the desk
 * (*was_kept), or new. Headline and source are brought up to date. (transfer none) */
DiemDeskWork *
diem_work_keeper_open (DiemWorkKeeper *self,
                       const char     *text,
                       gsize           length,
                       const char     *headline,
                       const char     *source_uri,
                       gboolean       *was_kept)
{
  g_autofree char *hash = NULL;

  g_return_val_if_fail (DIEM_IS_WORK_KEEPER (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  hash = diem_desk_text_hash (text, length);
  return diem_work_keeper_open_hashed (self, hash, headline, source_uri, was_kept);
}

/* As diem_work_keeper_open (), for a text whose hash (diem_desk_text_hash ()) is known. */
DiemDeskWork *
diem_work_keeper_open_hashed (DiemWorkKeeper *self,
                              const char     *hash,
                              const char     *headline,
                              const char     *source_uri,
                              gboolean       *was_kept)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (DIEM_IS_WORK_KEEPER (self), NULL);
  g_return_val_if_fail (hash != NULL, NULL);

  diem_work_keeper_close (self);
  if (self->store != NULL)
    self->work = diem_desk_store_load (self->store, hash, &error);
  if (error != NULL)
    g_signal_emit (self, signals[SAVE_FAILED], 0, error);
  self->on_desk = self->work != NULL;
  if (self->work == NULL)
    self->work = diem_desk_work_new (hash);
  if (headline != NULL)
    replace_string (&self->work->headline, headline);
  if (source_uri != NULL)
    replace_string (&self->work->source_uri, source_uri);
  if (was_kept != NULL)
    *was_kept = self->on_desk;
  return self->work;
}

DiemDeskWork *
diem_work_keeper_get_work (DiemWorkKeeper *self)
{
  g_return_val_if_fail (DIEM_IS_WORK_KEEPER (self), NULL);
  return self->work;
}

void
diem_work_keeper_changed (DiemWorkKeeper *self,
                          DiemWorkChange  change)
{
  g_return_if_fail (DIEM_IS_WORK_KEEPER (self));

  if (self->store == NULL || self->work == NULL)
    return;
  if (change == DIEM_WORK_CHANGE_POSITION && !self->on_desk)
    return;
  self->dirty = TRUE;
  /* not pushed back by later changes: steady typing is still kept every second */
  if (self->save_source == 0)
    self->save_source = g_timeout_add (DIEM_WORK_KEEPER_DELAY_MS, on_save_due_cb, self);
}

gboolean
diem_work_keeper_flush (DiemWorkKeeper *self,
                        GError        **error)
{
  g_return_val_if_fail (DIEM_IS_WORK_KEEPER (self), FALSE);

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (!self->dirty || self->store == NULL || self->work == NULL)
    return TRUE;
  g_signal_emit (self, signals[COLLECT], 0, self->work);
  if (!diem_desk_store_save (self->store, self->work, error))
    return FALSE;
  self->dirty = FALSE;
  self->on_desk = TRUE;
  return TRUE;
}
