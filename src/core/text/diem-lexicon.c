/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-lexicon.c — vocabulary lists, matched word by word */
#include "diem-lexicon.h"

#include <gio/gio.h>
#include <string.h>

#define LEXICON_RESOURCE_PREFIX "/io/github/diembao/DiemBao/lexicons/"

typedef struct _TrieNode TrieNode;

struct _TrieNode
{
  GHashTable *children; /* (nullable) word → TrieNode */
  int         entry;    /* index into entries, or -1 */
};

struct _DiemLexicon
{
  TrieNode   *root;
  GPtrArray  *entries; /* (element-type GStrv) entry, then its fields */
  GHashTable *whole;   /* lower-case entry → index + 1, for whole-string lookups */
  guint16     bit;     /* a bundled lexicon's bit in DiemToken.lexicons, or 0 */
};

static TrieNode *
trie_node_new (void)
{
  TrieNode *node = g_new0 (TrieNode, 1);

  node->entry = -1;
  return node;
}

static void
trie_node_free (gpointer data)
{
  TrieNode *node = data;

  if (node->children != NULL)
    g_hash_table_unref (node->children);
  g_free (node);
}

static void
lexicon_add (DiemLexicon *self,
             const char  *line)
{
  g_auto(GStrv) fields = g_strsplit (line, "|", -1);
  g_autofree char *lower = NULL;
  g_auto(GStrv) words = NULL;
  TrieNode *node = self->root;
  int index;

  for (guint i = 0; fields[i] != NULL; i++)
    g_strstrip (fields[i]);
  if (fields[0][0] == '\0')
    return;
  lower = g_utf8_strdown (fields[0], -1);
  if (g_hash_table_contains (self->whole, lower))
    return;

  index = self->entries->len;
  g_ptr_array_add (self->entries, g_steal_pointer (&fields));
  g_hash_table_insert (self->whole, g_strdup (lower), GINT_TO_POINTER (index + 1));

  words = g_strsplit (lower, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      TrieNode *child;

      if (words[i][0] == '\0')
        continue;
      if (node->children == NULL)
        node->children = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, trie_node_free);
      child = g_hash_table_lookup (node->children, words[i]);
      if (child == NULL)
        {
          child = trie_node_new ();
          g_hash_table_insert (node->children, g_strdup (words[i]), child);
        }
      node = child;
    }
  if (node->entry < 0)
    node->entry = index;
}

DiemLexicon *
diem_lexicon_new_from_data (const char *data,
                            gsize       length)
{
  DiemLexicon *self = g_new0 (DiemLexicon, 1);
  g_autofree char *copy = g_strndup (data, length);
  g_auto(GStrv) lines = g_strsplit (copy, "\n", -1);

  self->root = trie_node_new ();
  self->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  self->whole = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *hash = strchr (lines[i], '#');

      if (hash != NULL)
        *hash = '\0';
      g_strstrip (lines[i]);
      if (lines[i][0] != '\0')
        lexicon_add (self, lines[i]);
    }
  return self;
}

void
diem_lexicon_free (DiemLexicon *self)
{
  if (self == NULL)
    return;
  trie_node_free (self->root);
  g_ptr_array_unref (self->entries);
  g_hash_table_unref (self->whole);
  g_free (self);
}

/* Lexicons are loaded once, on first use, and live as long as the process. */
const DiemLexicon *
diem_lexicon_get (const char *name)
{
  static GMutex lock;
  static GHashTable *loaded;
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&lock);
  DiemLexicon *lexicon;

  if (loaded == NULL)
    loaded = g_hash_table_new (g_str_hash, g_str_equal);
  lexicon = g_hash_table_lookup (loaded, name);
  if (lexicon == NULL)
    {
      g_autofree char *path = g_strconcat (LEXICON_RESOURCE_PREFIX, name, ".txt", NULL);
      g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      gsize size = 0;
      const char *data = bytes != NULL ? g_bytes_get_data (bytes, &size) : "";

      if (bytes == NULL)
        g_critical ("Lexicon %s is missing from the resources", path);
      lexicon = diem_lexicon_new_from_data (data, size);
      g_hash_table_insert (loaded, (gpointer) g_intern_string (name), lexicon);
    }
  return lexicon;
}

/* The bundled lexicons by id: after the first call, an atomic read. */
const DiemLexicon *
diem_lexicon (DiemLexiconId id)
{
  static const char *const names[DIEM_N_LEXICONS] = {
    "abbreviations",
    "document-kinds",
    "give-verbs",
    "honorifics",
    "honours",
    "offices",
    "org-words",
    "places",
    "ranks",
    "stopwords",
    "surnames",
  };
  static gsize slots[DIEM_N_LEXICONS];

  g_return_val_if_fail (id < DIEM_N_LEXICONS, NULL);
  if (g_once_init_enter (&slots[id]))
    {
      DiemLexicon *lexicon = (DiemLexicon *) diem_lexicon_get (names[id]);

      lexicon->bit = 1u << id;
      g_once_init_leave (&slots[id], (gsize) lexicon);
    }
  return (const DiemLexicon *) slots[id];
}

/* First word → the bundled lexicons that have an entry starting with it. */
static GHashTable *
first_words (void)
{
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint id = 0; id < DIEM_N_LEXICONS; id++)
        {
          const DiemLexicon *lexicon = diem_lexicon (id);
          GHashTableIter iter;
          gpointer key;

          if (lexicon->root->children == NULL)
            continue;
          g_hash_table_iter_init (&iter, lexicon->root->children);
          while (g_hash_table_iter_next (&iter, &key, NULL))
            {
              guint mask = GPOINTER_TO_UINT (g_hash_table_lookup (table, key));

              g_hash_table_insert (table, key, GUINT_TO_POINTER (mask | lexicon->bit));
            }
        }
      g_once_init_leave (&once, (gsize) table);
    }
  return (GHashTable *) once;
}

/* One hash lookup a token tells every later match whether it can start here. */
void
diem_lexicon_annotate (DiemTokens *tokens)
{
  GHashTable *table = first_words ();

  for (guint i = 0; i < tokens->tokens->len; i++)
    {
      DiemToken *token = &g_array_index (tokens->tokens, DiemToken, i);

      token->lexicons = GPOINTER_TO_UINT (g_hash_table_lookup (table, diem_tokens_key (tokens, i)));
    }
  tokens->annotated = TRUE;
}

/* Longest entry that starts at token position (and ends before limit); returns its
 * index and sets n_tokens, or returns -1. */
int
diem_lexicon_match (const DiemLexicon *self,
                    const DiemTokens  *tokens,
                    guint              position,
                    guint              limit,
                    guint             *n_tokens)
{
  const TrieNode *node = self->root;
  int best = -1;
  guint best_len = 0;

  limit = MIN (limit, tokens->tokens->len);
  if (self->bit != 0 && tokens->annotated && position < limit
      && !(diem_tokens_get (tokens, position)->lexicons & self->bit))
    {
      if (n_tokens != NULL)
        *n_tokens = 0;
      return -1;
    }
  for (guint i = position; i < limit && node->children != NULL; i++)
    {
      node = g_hash_table_lookup (node->children, diem_tokens_key (tokens, i));
      if (node == NULL)
        break;
      if (node->entry >= 0)
        {
          best = node->entry;
          best_len = i - position + 1;
        }
    }
  if (n_tokens != NULL)
    *n_tokens = best_len;
  return best;
}

/* Index of the entry spelled `key` (lower case), or -1. */
int
diem_lexicon_lookup (const DiemLexicon *self,
                     const char        *key)
{
  return GPOINTER_TO_INT (g_hash_table_lookup (self->whole, key)) - 1;
}

gboolean
diem_lexicon_contains (const DiemLexicon *self,
                       const char        *key)
{
  return g_hash_table_contains (self->whole, key);
}

const char *
diem_lexicon_entry (const DiemLexicon *self,
                    int                index)
{
  return ((GStrv) g_ptr_array_index (self->entries, index))[0];
}

/* Field 1 is the first after the entry; NULL when the line has none. */
const char *
diem_lexicon_field (const DiemLexicon *self,
                    int                index,
                    guint              field)
{
  GStrv fields = g_ptr_array_index (self->entries, index);

  for (guint i = 0; i <= field; i++)
    if (fields[i] == NULL)
      return NULL;
  return fields[field];
}

guint
diem_lexicon_size (const DiemLexicon *self)
{
  return self->entries->len;
}
