/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-entry.c — one entry of a category as a list item: name, detail, mentions, state
 *
 * diem_entry_list_new () reads a category's entries through its descriptor: the title
 * is the name, the descriptor's lines are the detail and the note, and each part (an
 * award's recipient) follows its entry as an entry of its own, with the places the
 * article writes it as its mentions.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "diem-entry.h"

struct _DiemEntry
{
  GObject             parent_instance;

  const DiemCategory *category;
  char               *name;
  char               *key;      /* what the editor's corrections call it (DiemCategory.key_field) */
  char               *parent_key; /* (nullable) a part's: the key of the entry it is listed under */
  char               *detail;   /* (nullable) lines under the name: titles, issuer */
  char               *note;     /* (nullable) secondary lines: presenter, subject */
  GPtrArray          *parts;    /* (element-type utf8) names listed under the entry */
  GArray             *mentions; /* (element-type DiemSpan) */
  DiemEntryState      state;
  gboolean            is_part;
};

G_DEFINE_FINAL_TYPE (DiemEntry, diem_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_DETAIL,
  PROP_NOTE,
  PROP_MENTION_COUNT,
  PROP_STATE,
  PROP_IS_PART,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GType
diem_entry_state_get_type (void)
{
  static gsize type;

  if (g_once_init_enter (&type))
    {
      static const GEnumValue values[] = {
        { DIEM_ENTRY_EXTRACTED, "DIEM_ENTRY_EXTRACTED", "extracted" },
        { DIEM_ENTRY_EDITED, "DIEM_ENTRY_EDITED", "edited" },
        { DIEM_ENTRY_ADDED, "DIEM_ENTRY_ADDED", "added" },
        { DIEM_ENTRY_REMOVED, "DIEM_ENTRY_REMOVED", "removed" },
        { 0, NULL, NULL },
      };

      g_once_init_leave (&type, g_enum_register_static ("DiemEntryState", values));
    }
  return type;
}

static void
diem_entry_finalize (GObject *object)
{
  DiemEntry *self = DIEM_ENTRY (object);

  g_free (self->name);
  g_free (self->key);
  g_free (self->parent_key);
  g_free (self->detail);
  g_free (self->note);
  g_clear_pointer (&self->parts, g_ptr_array_unref);
  g_clear_pointer (&self->mentions, g_array_unref);

  G_OBJECT_CLASS (diem_entry_parent_class)->finalize (object);
}

static void
diem_entry_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  DiemEntry *self = DIEM_ENTRY (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_DETAIL:
      g_value_set_string (value, self->detail);
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    case PROP_MENTION_COUNT:
      g_value_set_uint (value, diem_entry_get_mention_count (self));
      break;
    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;
    case PROP_IS_PART:
      g_value_set_boolean (value, self->is_part);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
diem_entry_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  DiemEntry *self = DIEM_ENTRY (object);

  switch (prop_id)
    {
    case PROP_NAME:
      diem_entry_set_name (self, g_value_get_string (value));
      break;
    case PROP_DETAIL:
      diem_entry_set_detail (self, g_value_get_string (value));
      break;
    case PROP_STATE:
      diem_entry_set_state (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
diem_entry_class_init (DiemEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = diem_entry_finalize;
  object_class->get_property = diem_entry_get_property;
  object_class->set_property = diem_entry_set_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DETAIL] =
    g_param_spec_string ("detail", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_MENTION_COUNT] =
    g_param_spec_uint ("mention-count", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL, DIEM_TYPE_ENTRY_STATE, DIEM_ENTRY_EXTRACTED,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_IS_PART] =
    g_param_spec_boolean ("is-part", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
diem_entry_init (DiemEntry *self)
{
  self->parts = g_ptr_array_new_with_free_func (g_free);
}

/**
 * diem_entry_new:
 * @mentions: (nullable): where the article names it; the entry keeps a reference
 */
DiemEntry *
diem_entry_new (const DiemCategory *category,
                const char         *name,
                GArray             *mentions)
{
  DiemEntry *self = g_object_new (DIEM_TYPE_ENTRY, NULL);

  self->category = category;
  self->name = g_strdup (name);
  self->mentions = mentions != NULL ? g_array_ref (mentions) : g_array_new (FALSE, FALSE, sizeof (DiemSpan));
  return self;
}

const DiemCategory *
diem_entry_get_category (DiemEntry *self)
{
  g_return_val_if_fail (DIEM_IS_ENTRY (self), NULL);
  return self->category;
}

const char *
diem_entry_get_name (DiemEntry *self)
{
  g_return_val_if_fail (DIEM_IS_ENTRY (self), NULL);
  return self->name;
}

/* The entry's name in the editor's corrections: an official's name, an award tier, a
 * document's number; a part's is its own name. */
const char *
diem_entry_get_key (DiemEntry *self)
{
  g_return_val_if_fail (DIEM_IS_ENTRY (self), NULL);
  return self->key != NULL ? self->key : self->name;
}

/**
 * diem_entry_get_parent_key:
 *
 * Returns: (nullable): for a part (an award's recipient), the key of its entry
 */
const char *
diem_entry_get_parent_key (DiemEntry *self)
{
  g_return_val_if_fail (DIEM_IS_ENTRY (self), NULL);
  return self->parent_key;
}

/* A correction of what was found marks it edited. */
static gboolean
replace_string (char       **field,
                const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

static void
mark_edited (DiemEntry *self)
{
  if (self->state == DIEM_ENTRY_EXTRACTED)
    diem_entry_set_state (self, DIEM_ENTRY_EDITED);
}

void
diem_entry_set_name (DiemEntry  *self,
                     const char *name)
{
  g_return_if_fail (DIEM_IS_ENTRY (self));

  if (replace_string (&self->name, name))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
      mark_edited (self);
    }
}

const char *
diem_entry_get_detail (DiemEntry *self)
{
  g_return_val_if_fail (DIEM_IS_ENTRY (self), NULL);
  return self->detail;
}

void
diem_entry_set_detail (DiemEntry  *self,
                       const char *detail)
{
  g_return_if_fail (DIEM_IS_ENTRY (self));

  if (replace_string (&self->detail, detail))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DETAIL]);
      mark_edited (self);
    }
}

const char *
diem_entry_get_note (DiemEntry *self)
{
  g_return_val_if_fail (DIEM_IS_ENTRY (self), NULL);
  return self->note;
}

/**
 * diem_entry_get_mentions:
 *
 * Returns: (transfer none) (element-type DiemSpan): byte ranges in the article's text
 */
GArray *
diem_entry_get_mentions (DiemEntry *self)
{
  g_return_val_if_fail (DIEM_IS_ENTRY (self), NULL);
  return self->mentions;
}

guint
diem_entry_get_mention_count (DiemEntry *self)
{
  g_return_val_if_fail (DIEM_IS_ENTRY (self), 0);
  return self->mentions->len;
}

DiemEntryState
diem_entry_get_state (DiemEntry *self)
{
  g_return_val_if_fail (DIEM_IS_ENTRY (self), DIEM_ENTRY_EXTRACTED);
  return self->state;
}

void
diem_entry_set_state (DiemEntry      *self,
                      DiemEntryState  state)
{
  g_return_if_fail (DIEM_IS_ENTRY (self));

  if (self->state == state)
    return;
  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

/* A name listed under another entry (an award's recipient), shown after it. */
gboolean
diem_entry_is_part (DiemEntry *self)
{
  g_return_val_if_fail (DIEM_IS_ENTRY (self), FALSE);
  return self->is_part;
}

/**
 * diem_entry_dup_text:
 *
 * Returns: (transfer full): the entry as it is copied: its name, detail, note and parts,
 *   one a line
 */
char *
diem_entry_dup_text (DiemEntry *self)
{
  GString *text;

  g_return_val_if_fail (DIEM_IS_ENTRY (self), NULL);

  text = g_string_new (self->name);
  if (self->detail != NULL)
    g_string_append_printf (text, "\n%s", self->detail);
  if (self->note != NULL)
    g_string_append_printf (text, "\n%s", self->note);
  for (guint i = 0; i < self->parts->len; i++)
    g_string_append_printf (text, "\n%s", (const char *) g_ptr_array_index (self->parts, i));
  return g_string_free (text, FALSE);
}

/* The descriptors' formats take one string, and so do their translations (msgfmt --check). */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
static void
append_formatted (GString    *text,
                  const char *format,
                  const char *value)
{
  if (format != NULL)
    g_string_append_printf (text, _(format), value);
  else
    g_string_append (text, value);
}
#pragma GCC diagnostic pop

/* The descriptor's lines of one style, one a line; NULL when there are none. */
static char *
dup_lines (const DiemCategory *category,
           gconstpointer       entry,
           DiemLineStyle       style)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < category->n_lines; i++)
    {
      const DiemLine *line = &category->lines[i];
      DiemFieldValue value;
      g_autoptr(GPtrArray) strings = g_ptr_array_new ();

      if (line->style != style)
        continue;
      value = diem_category_get_value (category, entry, line->field);
      if (value.type == DIEM_FIELD_TEXT_LIST)
        g_ptr_array_extend (strings, value.list, NULL, NULL);
      else if (value.type == DIEM_FIELD_TEXT && value.text != NULL)
        g_ptr_array_add (strings, (gpointer) value.text);
      for (guint j = 0; j < strings->len; j++)
        {
          if (text->len > 0)
            g_string_append_c (text, '\n');
          append_formatted (text, line->format, g_ptr_array_index (strings, j));
        }
    }
  return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

/* Where @needle is written in the article: a part has no mentions of its own. */
static GArray *
find_spans (DiemArticle *article,
            const char  *needle)
{
  const char *text = diem_article_get_text (article);
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (DiemSpan));
  gsize length = strlen (needle);

  for (const char *p = length > 0 ? strstr (text, needle) : NULL; p != NULL; p = strstr (p + length, needle))
    {
      DiemSpan span = { p - text, p - text + length };

      g_array_append_val (spans, span);
    }
  return spans;
}

/**
 * diem_entry_list_append:
 * @store: a GListStore of DiemEntry
 * @entries: (element-type gpointer): entries of @category
 * @state: the state they are shown in; removed ones are shown without their parts
 *
 * Appends @entries as DiemEntry, each entry's parts after it.
 */
void
diem_entry_list_append (GListStore         *store,
                        DiemArticle        *article,
                        const DiemCategory *category,
                        GPtrArray          *entries,
                        DiemEntryState      state)
{
  g_return_if_fail (G_IS_LIST_STORE (store));
  g_return_if_fail (DIEM_IS_ARTICLE (article));
  g_return_if_fail (category != NULL);

  for (guint i = 0; entries != NULL && i < entries->len; i++)
    {
      gconstpointer found = g_ptr_array_index (entries, i);
      g_autofree char *title = category->dup_title (found);
      g_autoptr(DiemEntry) entry = diem_entry_new (category, title, category->get_mentions (found));
      GPtrArray *parts = state != DIEM_ENTRY_REMOVED ? diem_category_get_parts (category, found) : NULL;

      if (category->key_field != NULL)
        entry->key = diem_category_dup_text (category, found, category->key_field);
      entry->detail = dup_lines (category, found, DIEM_LINE_DETAIL);
      entry->note = dup_lines (category, found, DIEM_LINE_NOTE);
      entry->state = state;
      g_list_store_append (store, entry);
      for (guint j = 0; parts != NULL && j < parts->len; j++)
        {
          const char *name = g_ptr_array_index (parts, j);
          g_autoptr(GArray) spans = find_spans (article, name);
          g_autoptr(DiemEntry) part = diem_entry_new (category, name, spans);

          part->is_part = TRUE;
          part->parent_key = g_strdup (diem_entry_get_key (entry));
          g_ptr_array_add (entry->parts, g_strdup (name));
          g_list_store_append (store, part);
        }
    }
}

/**
 * diem_entry_list_new:
 *
 * Returns: (transfer full): a GListModel of the DiemEntry of @category in @article, in
 *   the category's order, each entry's parts after it
 */
GListModel *
diem_entry_list_new (DiemArticle        *article,
                     const DiemCategory *category)
{
  GListStore *store = g_list_store_new (DIEM_TYPE_ENTRY);

  g_return_val_if_fail (DIEM_IS_ARTICLE (article), G_LIST_MODEL (store));
  g_return_val_if_fail (category != NULL, G_LIST_MODEL (store));

  diem_entry_list_append (store, article, category, diem_article_get_entries (article, category),
                          DIEM_ENTRY_EXTRACTED);
  return G_LIST_MODEL (store);
}
