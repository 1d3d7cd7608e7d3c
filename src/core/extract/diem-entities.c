/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-entities.c — what the extractors find in an article */
#include "config.h"

#include "diem-entities.h"

#include "diem-lexicon.h"

static GPtrArray *
string_array_new (void)
{
  return g_ptr_array_new_with_free_func (g_free);
}

static gboolean
string_array_add_unique (GPtrArray  *array,
                         const char *value)
{
  for (guint i = 0; i < array->len; i++)
    if (g_strcmp0 (g_ptr_array_index (array, i), value) == 0)
      return FALSE;
  g_ptr_array_add (array, g_strdup (value));
  return TRUE;
}

static GArray *
mentions_new (void)
{
  return g_array_new (FALSE, FALSE, sizeof (DiemSpan));
}

DiemOfficial *
diem_official_new (const char *name)
{
  DiemOfficial *official = g_new0 (DiemOfficial, 1);

  official->name = g_strdup (name);
  official->titles = string_array_new ();
  official->mentions = mentions_new ();
  return official;
}

void
diem_official_free (DiemOfficial *official)
{
  if (official == NULL)
    return;
  g_free (official->name);
  g_ptr_array_unref (official->titles);
  g_array_unref (official->mentions);
  g_free (official);
}

gboolean
diem_official_add_title (DiemOfficial *official,
                         const char   *title)
{
  return string_array_add_unique (official->titles, title);
}

DiemAward *
diem_award_new (const char *award,
                guint       rank)
{
  DiemAward *self = g_new0 (DiemAward, 1);

  self->award = g_strdup (award);
  self->rank = rank;
  self->recipients = string_array_new ();
  self->mentions = mentions_new ();
  return self;
}

void
diem_award_free (DiemAward *award)
{
  if (award == NULL)
    return;
  g_free (award->award);
  g_free (award->presenter);
  g_ptr_array_unref (award->recipients);
  g_array_unref (award->mentions);
  g_free (award);
}

gboolean
diem_award_add_recipient (DiemAward  *award,
                          const char *recipient)
{
  return string_array_add_unique (award->recipients, recipient);
}

DiemDocument *
diem_document_new (DiemDocumentKind kind,
                   const char      *id)
{
  DiemDocument *document = g_new0 (DiemDocument, 1);

  document->kind = kind;
  document->id = g_strdup (id);
  document->mentions = mentions_new ();
  return document;
}

void
diem_document_free (DiemDocument *document)
{
  if (document == NULL)
    return;
  g_free (document->id);
  g_free (document->issuer);
  g_free (document->subject);
  g_array_unref (document->mentions);
  g_free (document);
}

const char *
diem_document_kind_name (DiemDocumentKind kind)
{
  switch (kind)
    {
    case DIEM_DOCUMENT_RESOLUTION: return "resolution";
    case DIEM_DOCUMENT_DECREE:     return "decree";
    case DIEM_DOCUMENT_DECISION:   return "decision";
    case DIEM_DOCUMENT_DIRECTIVE:  return "directive";
    case DIEM_DOCUMENT_CONCLUSION: return "conclusion";
    case DIEM_DOCUMENT_CIRCULAR:   return "circular";
    case DIEM_DOCUMENT_LAW:        return "law";
    default:                       g_return_val_if_reached ("document");
    }
}

/* The kind as Vietnamese articles write it ("Nghị quyết"), from the document-kinds lexicon. */
const char *
diem_document_kind_words (DiemDocumentKind kind)
{
  const DiemLexicon *kinds = diem_lexicon (DIEM_LEXICON_DOCUMENT_KINDS);
  const char *name = diem_document_kind_name (kind);

  for (guint i = 0; i < diem_lexicon_size (kinds); i++)
    if (g_strcmp0 (diem_lexicon_field (kinds, (int) i, 1), name) == 0)
      return diem_lexicon_entry (kinds, (int) i);
  g_return_val_if_reached (name);
}

/* Keeps the mentions sorted by start and free of exact duplicates. */
void
diem_mentions_add (GArray *mentions,
                   gsize   start,
                   gsize   end)
{
  DiemSpan span = { start, end };
  guint i = mentions->len;

  while (i > 0 && g_array_index (mentions, DiemSpan, i - 1).start > start)
    i--;
  if (i > 0)
    {
      DiemSpan *before = &g_array_index (mentions, DiemSpan, i - 1);
      if (before->start == start && before->end == end)
        return;
    }
  g_array_insert_val (mentions, i, span);
}
