/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-corrections.h — the editor's corrections applied over the extraction
 *
 * The editor has the last word: a log of corrections (DiemDeskCorrection, in the order
 * made) is replayed over what the extractors found, giving the lists that the sidebar,
 * the JSON, the PDF and the digest show. Entries are named by category and key (an
 * official's name, an award tier, a document's id); a later correction names an entry
 * as the earlier ones left it.
 *
 * Actions and their JSON payloads:
 *   edit     officials {"name", "titles"}; awards {"award", "presenter", "recipients"};
 *            resolutions, documents {"id", "issuer", "subject"} — any subset
 *   add      the same fields (awards and documents need "award" / "id"); documents
 *            also "kind" ("decree", "law", …)
 *   remove   {}; restore {} brings a removed entry back
 *   merge    officials only, {"into": NAME}: titles and mentions join NAME's
 *   move     awards only, {"recipient": R, "to": TIER}: R leaves this tier for TIER
 * A correction that names no entry, or one the lists do not hold, is skipped: an
 * improved extractor may no longer find what was corrected.
 */
#pragma once

#include "diem-desk-store.h"
#include "diem-entities.h"
#include "diem-entry.h"

G_BEGIN_DECLS

typedef struct
{
  GPtrArray  *officials;   /* (element-type DiemOfficial) the corrected lists, removed entries left out */
  GPtrArray  *awards;      /* (element-type DiemAward) in rank order */
  GPtrArray  *resolutions; /* (element-type DiemDocument) */
  GPtrArray  *documents;   /* (element-type DiemDocument) */
  GPtrArray  *removed;     /* (element-type utf8) "category\nkey" of each removed entry, for restoring */
  GHashTable *removed_entries; /* category key → (element-type gpointer) the removed entries, as they were */
  GHashTable *states;      /* "category\nkey" → DiemEntryState, for entries that are not as extracted */
  guint       skipped;     /* corrections that named nothing the lists hold */
} DiemCorrected;

DiemCorrected  *diem_corrections_apply     (const char *text,
                                            gsize       length,
                                            GPtrArray  *officials,
                                            GPtrArray  *awards,
                                            GPtrArray  *resolutions,
                                            GPtrArray  *documents,
                                            GPtrArray  *corrections);
DiemEntryState  diem_corrected_state       (DiemCorrected *self,
                                            const char    *category,
                                            const char    *key);
GPtrArray      *diem_corrected_get_removed (DiemCorrected *self,
                                            const char    *category);
void            diem_corrected_free        (DiemCorrected *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DiemCorrected, diem_corrected_free)

G_END_DECLS
