/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-entry.h — one entry of a category as a list item: name, detail, mentions, state
 *
 * The sidebar shows a category as a GListModel of entries; the state is kept for the
 * editor's corrections (an entry edited, added or removed by hand).
 */
#pragma once

#include <gio/gio.h>

#include "diem-article.h"

G_BEGIN_DECLS

typedef enum
{
  DIEM_ENTRY_EXTRACTED, /* as the extractor found it */
  DIEM_ENTRY_EDITED,    /* found, then corrected */
  DIEM_ENTRY_ADDED,     /* added by hand */
  DIEM_ENTRY_REMOVED,   /* found, then struck out */
} DiemEntryState;

#define DIEM_TYPE_ENTRY_STATE (diem_entry_state_get_type ())
GType diem_entry_state_get_type (void);

#define DIEM_TYPE_ENTRY (diem_entry_get_type ())
G_DECLARE_FINAL_TYPE (DiemEntry, diem_entry, DIEM, ENTRY, GObject)

DiemEntry          *diem_entry_new               (const DiemCategory *category,
                                                  const char         *name,
                                                  GArray             *mentions);
const DiemCategory *diem_entry_get_category      (DiemEntry      *self);
const char         *diem_entry_get_name          (DiemEntry      *self);
const char         *diem_entry_get_key           (DiemEntry      *self);
const char         *diem_entry_get_parent_key    (DiemEntry      *self);
void                diem_entry_set_name          (DiemEntry      *self,
                                                  const char     *name);
const char         *diem_entry_get_detail        (DiemEntry      *self);
void                diem_entry_set_detail        (DiemEntry      *self,
                                                  const char     *detail);
const char         *diem_entry_get_note          (DiemEntry      *self);
GArray             *diem_entry_get_mentions      (DiemEntry      *self);
guint               diem_entry_get_mention_count (DiemEntry      *self);
DiemEntryState      diem_entry_get_state         (DiemEntry      *self);
void                diem_entry_set_state         (DiemEntry      *self,
                                                  DiemEntryState  state);
gboolean            diem_entry_is_part           (DiemEntry      *self);
char               *diem_entry_dup_text          (DiemEntry      *self);

GListModel         *diem_entry_list_new          (DiemArticle        *article,
                                                  const DiemCategory *category);
void                diem_entry_list_append       (GListStore         *store,
                                                  DiemArticle        *article,
                                                  const DiemCategory *category,
                                                  GPtrArray          *entries,
                                                  DiemEntryState      state);

G_END_DECLS
