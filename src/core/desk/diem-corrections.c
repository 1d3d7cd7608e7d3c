/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-corrections.c — the editor's corrections applied over the extraction */
#include "diem-corrections.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "diem-fold.h"

/* An award added by the editor, with no rank from the lexicon, comes after the others. */
#define ADDED_AWARD_RANK 10000

typedef struct
{
  const char    *text;
  gsize          length;
  char          *folded;   /* (nullable) the text folded, made on first use */
  GArray        *byte_map; /* folded byte → text byte, one more than the folded bytes */
  GHashTable    *before_removal; /* "category\nkey" → the state a removed entry had */
  DiemCorrected *out;
} Replay;

static GPtrArray *
copy_strings (GPtrArray *strings)
{
  GPtrArray *copy = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < strings->len; i++)
    g_ptr_array_add (copy, g_strdup (g_ptr_array_index (strings, i)));
  return copy;
}

static GArray *
copy_mentions (GArray *mentions)
{
  GArray *copy = g_array_sized_new (FALSE, FALSE, sizeof (DiemSpan), mentions->len);

  g_array_append_vals (copy, mentions->data, mentions->len);
  return copy;
}

static DiemOfficial *
copy_official (const DiemOfficial *official)
{
  DiemOfficial *copy = diem_official_new (official->name);

  g_ptr_array_unref (copy->titles);
  copy->titles = copy_strings (official->titles);
  g_array_unref (copy->mentions);
  copy->mentions = copy_mentions (official->mentions);
  return copy;
}

static DiemAward *
copy_award (const DiemAward *award)
{
  DiemAward *copy = diem_award_new (award->award, award->rank);

  g_ptr_array_unref (copy->recipients);
  copy->recipients = copy_strings (award->recipients);
  copy->presenter = g_strdup (award->presenter);
  g_array_unref (copy->mentions);
  copy->mentions = copy_mentions (award->mentions);
  return copy;
}

static DiemDocument *
copy_document (const DiemDocument *document)
{
  DiemDocument *copy = diem_document_new (document->kind, document->id);

  copy->issuer = g_strdup (document->issuer);
  copy->subject = g_strdup (document->subject);
  g_array_unref (copy->mentions);
  copy->mentions = copy_mentions (document->mentions);
  return copy;
}

static GPtrArray *
copy_list (GPtrArray     *list,
           gpointer     (*copy) (gconstpointer),
           GDestroyNotify free_func)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (free_func);

  for (guint i = 0; list != NULL && i < list->len; i++)
    g_ptr_array_add (out, copy (g_ptr_array_index (list, i)));
  return out;
}

/* Every place the text says @words, ignoring case and diacritics, whole words only. */
static void
find_mentions (Replay     *replay,
               const char *words,
               GArray     *mentions)
{
  g_autofree char *needle = NULL;
  gsize needle_len;

  g_array_set_size (mentions, 0);
  if (words == NULL || *words == '\0' || replay->text == NULL)
    return;
  if (replay->folded == NULL)
    replay->folded = diem_fold_with_map (replay->text, replay->length, &replay->byte_map);
  needle = diem_fold (words, -1);
  needle_len = strlen (needle);
  if (needle_len == 0)
    return;
  for (const char *hit = strstr (replay->folded, needle); hit != NULL; hit = strstr (hit + 1, needle))
    {
      gsize at = hit - replay->folded;
      gsize end = at + needle_len;
      gboolean starts_word = at == 0 || !g_ascii_isalnum (replay->folded[at - 1]);
      gboolean ends_word = replay->folded[end] == '\0' || !g_ascii_isalnum (replay->folded[end]);

      if (starts_word && ends_word)
        diem_mentions_add (mentions, g_array_index (replay->byte_map, gsize, at),
                           g_array_index (replay->byte_map, gsize, end));
    }
}

static char *
state_key (const char *category,
           const char *key)
{
  return g_strconcat (category, "\n", key, NULL);
}

static void
set_state (Replay        *replay,
           const char    *category,
           const char    *key,
           DiemEntryState state)
{
  char *full = state_key (category, key);
  DiemEntryState before = GPOINTER_TO_INT (g_hash_table_lookup (replay->out->states, full));

  /* an entry the editor added stays "added" however often it is edited */
  if (before == DIEM_ENTRY_ADDED && state == DIEM_ENTRY_EDITED)
    {
      g_free (full);
      return;
    }
  g_hash_table_insert (replay->out->states, full, GINT_TO_POINTER (state));
}

static void
move_state (Replay     *replay,
            const char *category,
            const char *from,
            const char *to)
{
  g_autofree char *old_key = state_key (category, from);
  g_autofree char *stolen_key = NULL;
  gpointer state;

  if (g_strcmp0 (from, to) == 0
      || !g_hash_table_steal_extended (replay->out->states, old_key, (gpointer *) &stolen_key, &state))
    return;
  g_hash_table_insert (replay->out->states, state_key (category, to), state);
}

static const char *
member_string (JsonObject *object,
               const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING
           ? json_node_get_string (node) : NULL;
}

static gboolean
member_strings (JsonObject *object,
                const char *name,
                GPtrArray  *into)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return FALSE;
  array = json_node_get_array (node);
  g_ptr_array_set_size (into, 0);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      const char *value = json_array_get_string_element (array, i);

      if (value != NULL && *value != '\0')
        {
          gboolean seen = FALSE;

          for (guint k = 0; k < into->len && !seen; k++)
            seen = g_str_equal (g_ptr_array_index (into, k), value);
          if (!seen)
            g_ptr_array_add (into, g_strdup (value));
        }
    }
  return TRUE;
}

static void
replace_string (char      **field,
                const char *value)
{
  g_free (*field);
  *field = g_strdup (value);
}

/* Index of the entry named @key: kept lists first, then the removed ones. */
static int
index_of (GPtrArray  *list,
          const char *key,
          gsize       name_offset)
{
  for (guint i = 0; key != NULL && i < list->len; i++)
    {
      const char *name = G_STRUCT_MEMBER (const char *, g_ptr_array_index (list, i), name_offset);

      if (g_strcmp0 (name, key) == 0)
        return (int) i;
    }
  return -1;
}

typedef struct
{
  const char *category;
  GPtrArray  *list;
  GPtrArray  *removed; /* entries taken out, in the same element type, for restore */
  gsize       name_offset;
} Category;

static gboolean
remove_or_restore (Replay     *replay,
                   Category   *category,
                   const char *action,
                   const char *key)
{
  g_autofree char *full = state_key (category->category, key);
  gpointer earlier;
  int index;

  if (g_str_equal (action, "remove"))
    {
      index = index_of (category->list, key, category->name_offset);
      if (index < 0)
        return FALSE;
      g_ptr_array_add (category->removed, g_ptr_array_steal_index (category->list, index));
      g_hash_table_insert (replay->before_removal, g_strdup (full), g_hash_table_lookup (replay->out->states, full));
      set_state (replay, category->category, key, DIEM_ENTRY_REMOVED);
      return TRUE;
    }
  index = index_of (category->removed, key, category->name_offset);
  if (index < 0)
    return FALSE;
  g_ptr_array_add (category->list, g_ptr_array_steal_index (category->removed, index));
  /* restored as it was before it was removed: extracted, edited or added */
  earlier = g_hash_table_lookup (replay->before_removal, full);
  if (earlier == NULL)
    g_hash_table_remove (replay->out->states, full);
  else
    g_hash_table_insert (replay->out->states, g_steal_pointer (&full), earlier);
  return TRUE;
}

static gboolean
apply_official (Replay                   *replay,
                Category                 *category,
                const DiemDeskCorrection *correction,
                JsonObject               *payload)
{
  const char *name = member_string (payload, "name");
  int index = index_of (category->list, correction->entry, category->name_offset);
  DiemOfficial *official;

  if (g_str_equal (correction->action, "add"))
    {
      if (name == NULL || index_of (category->list, name, category->name_offset) >= 0)
        return FALSE;
      official = diem_official_new (name);
      member_strings (payload, "titles", official->titles);
      find_mentions (replay, name, official->mentions);
      g_ptr_array_add (category->list, official);
      set_state (replay, category->category, name, DIEM_ENTRY_ADDED);
      return TRUE;
    }
  if (index < 0)
    return FALSE;
  official = g_ptr_array_index (category->list, index);

  if (g_str_equal (correction->action, "edit"))
    {
      member_strings (payload, "titles", official->titles);
      if (name != NULL && !g_str_equal (name, official->name))
        {
          move_state (replay, category->category, official->name, name);
          replace_string (&official->name, name);
          find_mentions (replay, name, official->mentions);
        }
      set_state (replay, category->category, official->name, DIEM_ENTRY_EDITED);
      return TRUE;
    }
  if (g_str_equal (correction->action, "merge"))
    {
      int into_index = index_of (category->list, member_string (payload, "into"), category->name_offset);
      DiemOfficial *into;

      if (into_index < 0 || into_index == index)
        return FALSE;
      into = g_ptr_array_index (category->list, into_index);
      for (guint i = 0; i < official->titles->len; i++)
        diem_official_add_title (into, g_ptr_array_index (official->titles, i));
      for (guint i = 0; i < official->mentions->len; i++)
        {
          const DiemSpan *span = &g_array_index (official->mentions, DiemSpan, i);

          diem_mentions_add (into->mentions, span->start, span->end);
        }
      set_state (replay, category->category, into->name, DIEM_ENTRY_EDITED);
      g_ptr_array_remove_index (category->list, index);
      return TRUE;
    }
  return FALSE;
}

static int
compare_award_rank (gconstpointer a,
                    gconstpointer b)
{
  const DiemAward *x = *(DiemAward **) a, *y = *(DiemAward **) b;

  return (x->rank > y->rank) - (x->rank < y->rank);
}

static gboolean
apply_award (Replay                   *replay,
             Category                 *category,
             const DiemDeskCorrection *correction,
             JsonObject               *payload)
{
  const char *name = member_string (payload, "award");
  int index = index_of (category->list, correction->entry, category->name_offset);
  DiemAward *award;

  if (g_str_equal (correction->action, "add"))
    {
      if (name == NULL || index_of (category->list, name, category->name_offset) >= 0)
        return FALSE;
      award = diem_award_new (name, ADDED_AWARD_RANK);
      member_strings (payload, "recipients", award->recipients);
      award->presenter = g_strdup (member_string (payload, "presenter"));
      find_mentions (replay, name, award->mentions);
      g_ptr_array_add (category->list, award);
      set_state (replay, category->category, name, DIEM_ENTRY_ADDED);
      return TRUE;
    }
  if (index < 0)
    return FALSE;
  award = g_ptr_array_index (category->list, index);

  if (g_str_equal (correction->action, "edit"))
    {
      member_strings (payload, "recipients", award->recipients);
      if (json_object_has_member (payload, "presenter"))
        replace_string (&award->presenter, member_string (payload, "presenter"));
      if (name != NULL && !g_str_equal (name, award->award))
        {
          move_state (replay, category->category, award->award, name);
          replace_string (&award->award, name);
          find_mentions (replay, name, award->mentions);
        }
      set_state (replay, category->category, award->award, DIEM_ENTRY_EDITED);
      return TRUE;
    }
  if (g_str_equal (correction->action, "move"))
    {
      const char *recipient = member_string (payload, "recipient");
      int to_index = index_of (category->list, member_string (payload, "to"), category->name_offset);
      DiemAward *to;
      gboolean found = FALSE;

      if (recipient == NULL || to_index < 0 || to_index == index)
        return FALSE;
      for (guint i = 0; i < award->recipients->len && !found; i++)
        if (g_str_equal (g_ptr_array_index (award->recipients, i), recipient))
          {
            found = TRUE;
            to = g_ptr_array_index (category->list, to_index);
            diem_award_add_recipient (to, recipient);
            g_ptr_array_remove_index (award->recipients, i);
            set_state (replay, category->category, award->award, DIEM_ENTRY_EDITED);
            set_state (replay, category->category, to->award, DIEM_ENTRY_EDITED);
          }
      return found;
    }
  return FALSE;
}

static gboolean
document_kind_from_name (const char       *name,
                         DiemDocumentKind *kind)
{
  for (DiemDocumentKind k = DIEM_DOCUMENT_RESOLUTION; k <= DIEM_DOCUMENT_LAW; k++)
    if (g_strcmp0 (diem_document_kind_name (k), name) == 0)
      {
        *kind = k;
        return TRUE;
      }
  return FALSE;
}

static gboolean
apply_document (Replay                   *replay,
                Category                 *category,
                const DiemDeskCorrection *correction,
                JsonObject               *payload)
{
  const char *id = member_string (payload, "id");
  int index = index_of (category->list, correction->entry, category->name_offset);
  DiemDocument *document;

  if (g_str_equal (correction->action, "add"))
    {
      DiemDocumentKind kind = DIEM_DOCUMENT_RESOLUTION;

      if (id == NULL || index_of (category->list, id, category->name_offset) >= 0)
        return FALSE;
      if (g_str_equal (category->category, "documents")
          && (!document_kind_from_name (member_string (payload, "kind"), &kind) || kind == DIEM_DOCUMENT_RESOLUTION))
        return FALSE;
      document = diem_document_new (kind, id);
      document->issuer = g_strdup (member_string (payload, "issuer"));
      document->subject = g_strdup (member_string (payload, "subject"));
      find_mentions (replay, id, document->mentions);
      g_ptr_array_add (category->list, document);
      set_state (replay, category->category, id, DIEM_ENTRY_ADDED);
      return TRUE;
    }
  if (index < 0 || !g_str_equal (correction->action, "edit"))
    return FALSE;
  document = g_ptr_array_index (category->list, index);
  if (json_object_has_member (payload, "issuer"))
    replace_string (&document->issuer, member_string (payload, "issuer"));
  if (json_object_has_member (payload, "subject"))
    replace_string (&document->subject, member_string (payload, "subject"));
  if (id != NULL && !g_str_equal (id, document->id))
    {
      move_state (replay, category->category, document->id, id);
      replace_string (&document->id, id);
      find_mentions (replay, id, document->mentions);
    }
  set_state (replay, category->category, document->id, DIEM_ENTRY_EDITED);
  return TRUE;
}

static JsonObject *
parse_payload (const char *payload)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonNode *root;

  if (payload == NULL || !json_parser_load_from_data (parser, payload, -1, NULL))
    return NULL;
  root = json_parser_get_root (parser);
  return root != NULL && JSON_NODE_HOLDS_OBJECT (root) ? json_object_ref (json_node_get_object (root)) : NULL;
}

/* text (nullable): the article, where added and renamed entries find their mentions. */
DiemCorrected *
diem_corrections_apply (const char *text,
                        gsize       length,
                        GPtrArray  *officials,
                        GPtrArray  *awards,
                        GPtrArray  *resolutions,
                        GPtrArray  *documents,
                        GPtrArray  *corrections)
{
  DiemCorrected *out = g_new0 (DiemCorrected, 1);
  Replay replay = { text, length, NULL, NULL, NULL, out };
  Category categories[] = {
    { "officials", NULL, NULL, G_STRUCT_OFFSET (DiemOfficial, name) },
    { "awards", NULL, NULL, G_STRUCT_OFFSET (DiemAward, award) },
    { "resolutions", NULL, NULL, G_STRUCT_OFFSET (DiemDocument, id) },
    { "documents", NULL, NULL, G_STRUCT_OFFSET (DiemDocument, id) },
  };
  GDestroyNotify frees[] = {
    (GDestroyNotify) diem_official_free, (GDestroyNotify) diem_award_free,
    (GDestroyNotify) diem_document_free, (GDestroyNotify) diem_document_free,
  };

  out->officials = copy_list (officials, (gpointer (*) (gconstpointer)) copy_official, frees[0]);
  out->awards = copy_list (awards, (gpointer (*) (gconstpointer)) copy_award, frees[1]);
  out->resolutions = copy_list (resolutions, (gpointer (*) (gconstpointer)) copy_document, frees[2]);
  out->documents = copy_list (documents, (gpointer (*) (gconstpointer)) copy_document, frees[3]);
  out->removed = g_ptr_array_new_with_free_func (g_free);
  out->states = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  out->removed_entries = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  replay.before_removal = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  categories[0].list = out->officials;
  categories[1].list = out->awards;
  categories[2].list = out->resolutions;
  categories[3].list = out->documents;
  for (guint c = 0; c < G_N_ELEMENTS (categories); c++)
    categories[c].removed = g_ptr_array_new_with_free_func (frees[c]);

  for (guint i = 0; corrections != NULL && i < corrections->len; i++)
    {
      const DiemDeskCorrection *correction = g_ptr_array_index (corrections, i);
      g_autoptr(JsonObject) payload = parse_payload (correction->payload);
      gboolean applied = FALSE;

      for (guint c = 0; c < G_N_ELEMENTS (categories) && payload != NULL; c++)
        {
          Category *category = &categories[c];

          if (!g_str_equal (category->category, correction->category))
            continue;
          if (g_str_equal (correction->action, "remove") || g_str_equal (correction->action, "restore"))
            applied = remove_or_restore (&replay, category, correction->action, correction->entry);
          else if (c == 0)
            applied = apply_official (&replay, category, correction, payload);
          else if (c == 1)
            applied = apply_award (&replay, category, correction, payload);
          else
            applied = apply_document (&replay, category, correction, payload);
        }
      out->skipped += !applied;
    }

  g_ptr_array_sort (out->awards, compare_award_rank);
  for (guint c = 0; c < G_N_ELEMENTS (categories); c++)
    {
      for (guint i = 0; i < categories[c].removed->len; i++)
        g_ptr_array_add (out->removed,
                         state_key (categories[c].category,
                                    G_STRUCT_MEMBER (const char *, g_ptr_array_index (categories[c].removed, i),
                                                     categories[c].name_offset)));
      /* kept whole, so that what was removed can still be shown, struck out */
      g_hash_table_insert (out->removed_entries, (gpointer) categories[c].category, categories[c].removed);
    }
  g_hash_table_unref (replay.before_removal);
  g_free (replay.folded);
  g_clear_pointer (&replay.byte_map, g_array_unref);
  return out;
}

DiemEntryState
diem_corrected_state (DiemCorrected *self,
                      const char    *category,
                      const char    *key)
{
  g_autofree char *full = state_key (category, key);

  g_return_val_if_fail (self != NULL, DIEM_ENTRY_EXTRACTED);
  return GPOINTER_TO_INT (g_hash_table_lookup (self->states, full));
}

/**
 * diem_corrected_get_removed:
 * @category: a category's key, as "officials"
 *
 * Returns: (transfer none) (nullable): the entries of @category the editor removed, as
 *   they were when removed, in the order removed
 */
GPtrArray *
diem_corrected_get_removed (DiemCorrected *self,
                            const char    *category)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_hash_table_lookup (self->removed_entries, category);
}

void
diem_corrected_free (DiemCorrected *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->officials);
  g_ptr_array_unref (self->awards);
  g_ptr_array_unref (self->resolutions);
  g_ptr_array_unref (self->documents);
  g_ptr_array_unref (self->removed);
  g_hash_table_unref (self->removed_entries);
  g_hash_table_unref (self->states);
  g_free (self);
}
