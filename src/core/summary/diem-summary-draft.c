/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-summary-draft.c — a first draft of the editor's summary, in Vietnamese
 *
 * Key points are an extractive choice: sentences are nodes, two sentences are linked by
 * the topic syllables and syllable pairs they share (TextRank's overlap, normalised by
 * the log of their sizes), and the most central ones win. Vietnamese writes a word as
 * several syllables, so pairs of neighbouring syllables stand in for words.
 */
#include "diem-summary-draft.h"

#include <math.h>
#include <string.h>

#include "diem-grammar.h"
#include "diem-lexicon.h"
#include "diem-tokens.h"

/* Enough for any news article; keeps the graph's cost bounded on a pasted book. */
#define MAX_SENTENCES 400
#define MIN_POINT_WORDS 8
#define MAX_POINT_WORDS 70
#define DAMPING 0.85
#define ITERATIONS 40

typedef struct
{
  gsize   start, end; /* bytes of the sentence in the article's text */
  guint   words;
  GArray *features;   /* (element-type guint32) sorted, unique */
  double  score;
} Sentence;

static void
sentence_clear (Sentence *sentence)
{
  g_clear_pointer (&sentence->features, g_array_unref);
}

static int
compare_guint32 (gconstpointer a,
                 gconstpointer b)
{
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;

  return (x > y) - (x < y);
}

static gboolean
is_topic_word (const DiemTokens  *tokens,
               guint              i,
               const DiemLexicon *stopwords)
{
  return diem_tokens_has (tokens, i, DIEM_TOKEN_WORD) && !diem_tokens_has (tokens, i, DIEM_TOKEN_DIGIT)
         && !diem_lexicon_contains (stopwords, diem_tokens_key (tokens, i));
}

static GArray *
features_of (const DiemTokens  *tokens,
             guint              first,
             guint              end,
             const DiemLexicon *stopwords)
{
  GArray *features = g_array_new (FALSE, FALSE, sizeof (guint32));
  guint32 previous = 0;
  gboolean has_previous = FALSE;
  guint kept = 0;

  for (guint i = first; i < end; i++)
    {
      guint32 hash;

      if (!is_topic_word (tokens, i, stopwords))
        {
          has_previous = FALSE;
          continue;
        }
      hash = g_str_hash (diem_tokens_key (tokens, i));
      g_array_append_val (features, hash);
      if (has_previous)
        {
          guint32 pair = previous * 31u + hash + 0x9e3779b9u;

          g_array_append_val (features, pair);
        }
      previous = hash;
      has_previous = TRUE;
    }
  g_array_sort (features, compare_guint32);
  for (guint i = 0; i < features->len; i++)
    if (kept == 0 || g_array_index (features, guint32, kept - 1) != g_array_index (features, guint32, i))
      g_array_index (features, guint32, kept++) = g_array_index (features, guint32, i);
  g_array_set_size (features, kept);
  return features;
}

static guint
shared_features (const GArray *a,
                 const GArray *b)
{
  guint i = 0, j = 0, shared = 0;

  while (i < a->len && j < b->len)
    {
      guint32 x = g_array_index (a, guint32, i), y = g_array_index (b, guint32, j);

      if (x == y)
        shared++;
      i += x <= y;
      j += y <= x;
    }
  return shared;
}

guint
diem_summary_count_words (const char *text)
{
  guint words = 0;
  gboolean in_word = FALSE;

  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c) || g_unichar_ismark (c))
        {
          words += !in_word;
          in_word = TRUE;
        }
      else if (g_unichar_isspace (c))
        in_word = FALSE;
    }
  return words;
}

/* The lead and paragraphs, as sentences; captions, bylines and the headline are not
 * what the article says. */
static GArray *
collect_sentences (DiemArticle *article,
                   DiemTokens **tokens_out)
{
  const char *text = diem_article_get_text (article);
  GPtrArray *blocks = diem_article_get_blocks (article);
  const DiemLexicon *stopwords = diem_lexicon_get ("summary-stopwords");
  DiemTokens *tokens = diem_tokens_new (text, MIN (diem_article_get_text_length (article), MAX_SENTENCES * 1024));
  GArray *sentences = g_array_new (FALSE, TRUE, sizeof (Sentence));
  guint n_blocks = 0;

  g_array_set_clear_func (sentences, (GDestroyNotify) sentence_clear);
  /* Every block with words starts a sentence, so MAX_SENTENCES of them hold all the
   * sentences used: the rest of a long text (a pasted book) is never read. */
  for (guint i = 0; i < blocks->len && n_blocks < MAX_SENTENCES; i++)
    {
      const DiemBlock *block = g_ptr_array_index (blocks, i);
      guint n_tokens = tokens->tokens->len;

      if (block->kind != DIEM_BLOCK_LEAD && block->kind != DIEM_BLOCK_PARAGRAPH)
        continue;
      diem_tokens_add_span (tokens, block->span.start, block->span.end);
      if (tokens->tokens->len > n_tokens)
        n_blocks++;
    }
  diem_tokens_finish (tokens, diem_grammar_is_abbreviation);

  for (guint s = 0; s < tokens->sentences->len && sentences->len < MAX_SENTENCES; s++)
    {
      const DiemSentence *range = &g_array_index (tokens->sentences, DiemSentence, s);
      Sentence sentence = { 0 };
      g_autofree char *words = NULL;

      if (range->end <= range->start)
        continue;
      sentence.start = diem_tokens_get (tokens, range->start)->start;
      sentence.end = diem_tokens_get (tokens, range->end - 1)->end;
      words = g_strndup (text + sentence.start, sentence.end - sentence.start);
      sentence.words = diem_summary_count_words (words);
      sentence.features = features_of (tokens, range->start, range->end, stopwords);
      g_array_append_val (sentences, sentence);
    }
  *tokens_out = tokens;
  return sentences;
}

static void
rank_sentences (GArray *sentences)
{
  guint n = sentences->len;
  g_autofree double *weights = g_new0 (double, (gsize) n * n);
  g_autofree double *out_sum = g_new0 (double, n);
  g_autofree double *next = g_new0 (double, n);

  for (guint i = 0; i < n; i++)
    {
      Sentence *a = &g_array_index (sentences, Sentence, i);

      a->score = 1.0;
      for (guint j = i + 1; j < n; j++)
        {
          Sentence *b = &g_array_index (sentences, Sentence, j);
          guint shared = shared_features (a->features, b->features);
          double weight;

          if (shared == 0)
            continue;
          weight = shared / (log1p (a->features->len) + log1p (b->features->len));
          weights[(gsize) i * n + j] = weights[(gsize) j * n + i] = weight;
          out_sum[i] += weight;
          out_sum[j] += weight;
        }
    }

  for (guint round = 0; round < ITERATIONS; round++)
    {
      for (guint i = 0; i < n; i++)
        {
          double sum = 0;

          for (guint j = 0; j < n; j++)
            if (weights[(gsize) j * n + i] > 0)
              sum += weights[(gsize) j * n + i] / out_sum[j] * g_array_index (sentences, Sentence, j).score;
          next[i] = (1 - DAMPING) + DAMPING * sum;
        }
      for (guint i = 0; i < n; i++)
        g_array_index (sentences, Sentence, i).score = next[i];
    }
}

static int
compare_by_score (gconstpointer a,
                  gconstpointer b,
                  gpointer      data)
{
  const Sentence *sentences = data;
  const Sentence *x = &sentences[*(const guint *) a], *y = &sentences[*(const guint *) b];

  if (x->score != y->score)
    return x->score < y->score ? 1 : -1;
  return (x->start > y->start) - (x->start < y->start);
}

static int
compare_guint (gconstpointer a,
               gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return (x > y) - (x < y);
}

/* Indices of the key points, in the article's order. */
static GArray *
choose_points (GArray *sentences,
               guint   event,
               guint   budget)
{
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (guint));
  GArray *chosen = g_array_new (FALSE, FALSE, sizeof (guint));
  guint used = 0;

  for (guint i = 0; i < sentences->len; i++)
    {
      const Sentence *sentence = &g_array_index (sentences, Sentence, i);

      if (i != event && sentence->words >= MIN_POINT_WORDS && sentence->words <= MAX_POINT_WORDS)
        g_array_append_val (order, i);
    }
  g_array_sort_with_data (order, compare_by_score, sentences->data);
  for (guint k = 0; k < order->len; k++)
    {
      guint i = g_array_index (order, guint, k);
      guint words = g_array_index (sentences, Sentence, i).words;

      if (used + words > budget)
        continue;
      used += words;
      g_array_append_val (chosen, i);
    }
  g_array_sort (chosen, compare_guint);
  return chosen;
}

/* A sentence of a list in the article keeps its words, not its marker ('•', '–', '#'):
 * the draft is Markdown and makes its own bullets. An opening quote or bracket stays. */
static const char *
skip_list_marker (const char *sentence)
{
  const char *p = sentence;

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);

      if (g_unichar_isalnum (c) || type == G_UNICODE_OPEN_PUNCTUATION || type == G_UNICODE_INITIAL_PUNCTUATION
          || c == '"' || c == '\'')
        break;
      p = g_utf8_next_char (p);
    }
  return p;
}

static void
append_sentence (GString     *out,
                 const char  *text,
                 const Sentence *sentence)
{
  g_autofree char *raw = g_strndup (text + sentence->start, sentence->end - sentence->start);
  g_auto(GStrv) lines = g_strsplit_set (raw, "\r\n", -1);
  g_autofree char *joined = g_strjoinv (" ", lines);

  g_string_append (out, g_strstrip ((char *) skip_list_marker (joined)));
}

static void
append_awards (GString   *out,
               GPtrArray *awards)
{
  if (awards == NULL || awards->len == 0)
    return;
  g_string_append (out, "\n\n**Khen thưởng**\n");
  for (guint i = 0; i < awards->len; i++)
    {
      const DiemAward *award = g_ptr_array_index (awards, i);

      g_string_append_printf (out, "\n- %s", award->award);
      for (guint r = 0; r < award->recipients->len; r++)
        g_string_append_printf (out, "%s%s", r == 0 ? ": " : "; ",
                                (const char *) g_ptr_array_index (award->recipients, r));
    }
}

static void
append_documents (GString   *out,
                  GPtrArray *documents)
{
  if (documents == NULL || documents->len == 0)
    return;
  g_string_append (out, "\n\n**Văn bản**\n");
  for (guint i = 0; i < documents->len; i++)
    {
      const DiemDocument *document = g_ptr_array_index (documents, i);

      if (g_ascii_isdigit (document->id[0]))
        g_string_append_printf (out, "\n- %s số %s", diem_document_kind_words (document->kind), document->id);
      else
        g_string_append_printf (out, "\n- %s", document->id);
      if (document->issuer != NULL)
        g_string_append_printf (out, " của %s", document->issuer);
      if (document->subject != NULL && strstr (document->id, document->subject) == NULL)
        g_string_append_printf (out, " về %s", document->subject);
    }
}

static GPtrArray *
all_documents (DiemArticle *article)
{
  GPtrArray *all = g_ptr_array_new ();

  g_ptr_array_extend (all, diem_article_get_resolutions (article), NULL, NULL);
  g_ptr_array_extend (all, diem_article_get_documents (article), NULL, NULL);
  return all;
}

/* awards and documents (nullable): the lists as the editor corrected them; NULL takes
 * the article's own. target_words bounds the event and the key points together. */
char *
diem_summary_draft (DiemArticle *article,
                    GPtrArray   *awards,
                    GPtrArray   *documents,
                    guint        target_words)
{
  g_autoptr(DiemTokens) tokens = NULL;
  g_autoptr(GArray) sentences = NULL;
  g_autoptr(GArray) points = NULL;
  g_autoptr(GPtrArray) own_documents = NULL;
  GString *out = g_string_new (NULL);
  const char *text;
  guint event_words = 0;

  g_return_val_if_fail (DIEM_IS_ARTICLE (article), NULL);

  if (target_words == 0)
    target_words = DIEM_SUMMARY_DEFAULT_WORDS;
  text = diem_article_get_text (article);
  sentences = collect_sentences (article, &tokens);

  if (sentences->len > 0)
    {
      const Sentence *event = &g_array_index (sentences, Sentence, 0);

      append_sentence (out, text, event);
      event_words = event->words;
      rank_sentences (sentences);
      points = choose_points (sentences, 0, target_words > event_words ? target_words - event_words : 0);
      for (guint k = 0; k < points->len; k++)
        {
          g_string_append (out, k == 0 ? "\n\n- " : "\n- ");
          append_sentence (out, text, &g_array_index (sentences, Sentence, g_array_index (points, guint, k)));
        }
    }

  append_awards (out, awards != NULL ? awards : diem_article_get_awards (article));
  if (documents == NULL)
    documents = own_documents = all_documents (article);
  append_documents (out, documents);
  g_string_append_c (out, '\n');
  return g_string_free (out, FALSE);
}
