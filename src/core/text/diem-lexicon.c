/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-lexicon.c — vocabulary lists, matched word by word */
#include "diem-lexicon.h"

#include <gio/gio.h>
#include <stdlib.h>
#include <string.h>

#define LEXICON_RESOURCE_PREFIX "/io/github/diembao/DiemBao/lexicons/"

typedef struct _TrieNode TrieNode;

typedef struct
{
  guint     word;
  TrieNode *node;
} WordChild;

struct _TrieNode
{
  GHashTable *children;   /* (nullable) word → TrieNode */
  int         entry;      /* index into entries, or -1 */
  WordChild  *by_word;    /* (nullable) the children again, sorted by word number */
  guint       n_by_word;
};

struct _DiemLexicon
{
  DiemLexiconHead head; /* first: read by the inline part of diem_lexicon_match () */
  TrieNode   *root;
  GPtrArray  *entries; /* (element-type GStrv) entry, then its fields */
  GHashTable *whole;   /* lower-case entry → index + 1, for whole-string lookups */
  gboolean    indexed; /* its trie has by_word: matched on DiemToken.word */
  TrieNode  **starts;  /* (nullable) once indexed, the root's child for every word number
                        * (NULL for a word no entry starts with): the first step of a
                        * match, taken at some tokens of every pass, is one read */
};

/* Every word of every bundled lexicon, numbered from 1: an annotated token carries its
 * key's number, and a match walks the tries by number instead of hashing each key. */
typedef struct
{
  guint32     hash;
  guint       number;
  const char *word;
} Slot;

typedef struct
{
  GHashTable *numbers; /* word → number */
  guint16    *masks;   /* number → bits of the lexicons with an entry starting with it */
  guint       n_words; /* numbers run from 1 to n_words */
  Slot       *slots;   /* the numbers again, open addressing: a token's lookup is one hash
                        * of its key and, nearly always, one comparison */
  guint       mask;    /* slots - 1, a power of two minus one */
} Vocabulary;

static const Vocabulary *the_vocabulary;

/* FNV-1a */
static inline guint32
hash_word (const char *word)
{
  guint32 hash = 2166136261u;

  for (const guchar *p = (const guchar *) word; *p != '\0'; p++)
    hash = (hash ^ *p) * 16777619u;
  return hash;
}

static void
fill_slots (Vocabulary *vocabulary)
{
  GHashTableIter iter;
  gpointer key, value;
  guint size = 64;

  while (size < vocabulary->n_words * 2)
    size *= 2;
  vocabulary->slots = g_new0 (Slot, size);
  vocabulary->mask = size - 1;
  g_hash_table_iter_init (&iter, vocabulary->numbers);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint32 hash = hash_word (key);
      guint at = hash & vocabulary->mask;

      while (vocabulary->slots[at].word != NULL)
        at = (at + 1) & vocabulary->mask;
      vocabulary->slots[at] = (Slot) { hash, GPOINTER_TO_UINT (value), key };
    }
}

static guint
word_number (const Vocabulary *vocabulary,
             const char       *key)
{
  guint32 hash = hash_word (key);

  for (guint at = hash & vocabulary->mask; vocabulary->slots[at].word != NULL; at = (at + 1) & vocabulary->mask)
    if (vocabulary->slots[at].hash == hash && strcmp (vocabulary->slots[at].word, key) == 0)
      return vocabulary->slots[at].number;
  return 0;
}

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
  g_free (node->by_word);
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
  g_free (self->starts);
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

const DiemLexicon *diem_lexicon_loaded[DIEM_N_LEXICONS];

/* Loads a bundled lexicon, once; diem_lexicon () reads it from diem_lexicon_loaded after. */
const DiemLexicon *
diem_lexicon_load (DiemLexiconId id)
{
  static const char *const names[DIEM_N_LEXICONS] = {
    "abbreviations",
    "award-words",
    "compounds",
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
    "units",
  };
  static gsize slots[DIEM_N_LEXICONS];
  G_STATIC_ASSERT (DIEM_N_LEXICONS <= 16); /* a bit each in the vocabulary's 16-bit masks */

  g_return_val_if_fail (id < DIEM_N_LEXICONS, NULL);
  if (g_once_init_enter (&slots[id]))
    {
      DiemLexicon *lexicon = (DiemLexicon *) diem_lexicon_get (names[id]);

      lexicon->head.bit = 1u << id;
      g_once_init_leave (&slots[id], (gsize) lexicon);
      g_atomic_pointer_set (&diem_lexicon_loaded[id], lexicon);
    }
  return (const DiemLexicon *) slots[id];
}

static int
compare_word_children (gconstpointer a,
                       gconstpointer b)
{
  guint x = ((const WordChild *) a)->word, y = ((const WordChild *) b)->word;

  return x < y ? -1 : x > y;
}

/* Numbers the words of a trie (new words get the next numbers) and lists each node's
 * children by number. */
static void
index_node (TrieNode   *node,
            GHashTable *numbers)
{
  GHashTableIter iter;
  gpointer key, value;
  guint n = 0;

  if (node->children == NULL)
    return;
  node->n_by_word = g_hash_table_size (node->children);
  node->by_word = g_new (WordChild, node->n_by_word);
  g_hash_table_iter_init (&iter, node->children);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint number = GPOINTER_TO_UINT (g_hash_table_lookup (numbers, key));

      if (number == 0)
        {
          number = g_hash_table_size (numbers) + 1;
          g_hash_table_insert (numbers, key, GUINT_TO_POINTER (number));
        }
      node->by_word[n].word = number;
      node->by_word[n].node = value;
      n++;
      index_node (value, numbers);
    }
  qsort (node->by_word, node->n_by_word, sizeof (WordChild), compare_word_children);
}

/* Built once: every lexicon in the resources is loaded and indexed. Lexicons made from
 * other data (diem_lexicon_new_from_data) are matched by their keys. */
static const Vocabulary *
vocabulary (void)
{
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      Vocabulary *vocabulary = g_new0 (Vocabulary, 1);
      g_auto(GStrv) names = g_resources_enumerate_children (LEXICON_RESOURCE_PREFIX,
                                                             G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      g_autoptr(GPtrArray) lexicons = g_ptr_array_new ();

      for (guint id = 0; id < DIEM_N_LEXICONS; id++)
        g_ptr_array_add (lexicons, (gpointer) diem_lexicon (id));
      for (guint i = 0; names != NULL && names[i] != NULL; i++)
        if (g_str_has_suffix (names[i], ".txt"))
          {
            g_autofree char *name = g_strndup (names[i], strlen (names[i]) - strlen (".txt"));
            const DiemLexicon *lexicon = diem_lexicon_get (name);

            if (!g_ptr_array_find (lexicons, lexicon, NULL))
              g_ptr_array_add (lexicons, (gpointer) lexicon);
          }

      vocabulary->numbers = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < lexicons->len; i++)
        index_node (((DiemLexicon *) g_ptr_array_index (lexicons, i))->root, vocabulary->numbers);
      vocabulary->n_words = g_hash_table_size (vocabulary->numbers);
      vocabulary->masks = g_new0 (guint16, vocabulary->n_words + 1);
      fill_slots (vocabulary);
      for (guint i = 0; i < lexicons->len; i++)
        {
          DiemLexicon *lexicon = g_ptr_array_index (lexicons, i);

          lexicon->starts = g_new0 (TrieNode *, vocabulary->n_words + 1);
          for (guint k = 0; k < lexicon->root->n_by_word; k++)
            {
              vocabulary->masks[lexicon->root->by_word[k].word] |= lexicon->head.bit;
              lexicon->starts[lexicon->root->by_word[k].word] = lexicon->root->by_word[k].node;
            }
          lexicon->indexed = TRUE;
        }
      the_vocabulary = vocabulary;
      g_once_init_leave (&once, 1);
    }
  return the_vocabulary;
}

/* Every token's word number, which tells every later match whether it can start here
 * and walks the tries: one hash lookup for each distinct key (the keys lie one after
 * another, each once), then an array read for each token. */
void
diem_lexicon_annotate (DiemTokens *tokens)
{
  const Vocabulary *words = vocabulary ();
  const GString *keys = tokens->keys;
  g_autofree guint *number_at = g_new (guint, keys->len + 1);

  for (gsize offset = 0; offset < keys->len; offset += strlen (keys->str + offset) + 1)
    number_at[offset] = word_number (words, keys->str + offset);
  for (guint i = 0; i < tokens->tokens->len; i++)
    {
      DiemToken *token = &g_array_index (tokens->tokens, DiemToken, i);

      token->word = number_at[token->key];
    }
  tokens->word_lexicons = words->masks;
  tokens->annotated = TRUE;
}

static const TrieNode *
child_by_word (const TrieNode *node,
               guint           word)
{
  guint lo = 0, hi = node->n_by_word;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      guint here = node->by_word[mid].word;

      if (here == word)
        return node->by_word[mid].node;
      if (here < word)
        lo = mid + 1;
      else
        hi = mid;
    }
  return NULL;
}

/* The longest entry from position, walking the trie by the tokens' word numbers. */
static int
match_indexed (const DiemLexicon *self,
               const DiemTokens  *tokens,
               guint              position,
               guint              limit,
               guint             *n_tokens)
{
  const DiemToken *all = (const DiemToken *) tokens->tokens->data;
  const TrieNode *node = self->root;
  int best = -1;
  guint best_len = 0;

  for (guint i = position; i < limit && node->n_by_word > 0; i++)
    {
      guint word = all[i].word;

      if (word == 0 || (node = i == position ? self->starts[word] : child_by_word (node, word)) == NULL)
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

/* The same by the keys, for tokens not annotated or a lexicon not indexed. */
static int
match_by_keys (const DiemLexicon *self,
               const DiemTokens  *tokens,
               guint              position,
               guint              limit,
               guint             *n_tokens)
{
  const TrieNode *node = self->root;
  int best = -1;
  guint best_len = 0;

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

static int
match_from (const DiemLexicon *self,
            const DiemTokens  *tokens,
            guint              position,
            guint              limit,
            guint             *n_tokens)
{
  if (tokens->annotated && self->indexed)
    return match_indexed (self, tokens, position, limit, n_tokens);
  return match_by_keys (self, tokens, position, limit, n_tokens);
}

/* The longest entry that starts at token position, past diem_lexicon_match ()'s quick
 * answer for the positions where no entry can start. */
int
diem_lexicon_match_at (const DiemLexicon *self,
                       const DiemTokens  *tokens,
                       guint              position,
                       guint              limit,
                       guint             *n_tokens)
{
  return match_from (self, tokens, position, MIN (limit, tokens->tokens->len), n_tokens);
}

/* Are the n tokens from position, their keys joined by spaces, an entry? */
gboolean
diem_lexicon_has_phrase (const DiemLexicon *self,
                         const DiemTokens  *tokens,
                         guint              position,
                         guint              n)
{
  const TrieNode *node = self->root;
  g_autoptr(GString) joined = NULL;

  if (n == 0 || position + n > tokens->tokens->len)
    return FALSE;
  if (tokens->annotated && self->indexed)
    {
      /* the same as looking the joined keys up: no entry has two spaces running */
      for (guint i = position; i < position + n; i++)
        {
          guint word = g_array_index (tokens->tokens, DiemToken, i).word;

          if (word == 0 || node->n_by_word == 0
              || (node = i == position ? self->starts[word] : child_by_word (node, word)) == NULL)
            return FALSE;
        }
      return node->entry >= 0;
    }
  joined = g_string_new (NULL);
  for (guint i = position; i < position + n; i++)
    {
      if (i > position)
        g_string_append_c (joined, ' ');
      g_string_append (joined, diem_tokens_key (tokens, i));
    }
  return diem_lexicon_contains (self, joined->str);
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
