/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-grammar.c — phrase shapes shared by the extractors */
#include "diem-grammar.h"

#include <string.h>

#include "diem-syllable.h"

/* A bundled lexicon the grammar asks by name, looked up once into *slot:
 * diem_lexicon_get () locks and hashes, and the tokeniser asks at every period, the
 * name reader at every name. */
static const DiemLexicon *
lexicon_once (gsize      *slot,
              const char *name)
{
  if (g_once_init_enter (slot))
    g_once_init_leave (slot, (gsize) diem_lexicon_get (name));
  return (const DiemLexicon *) *slot;
}

static const DiemLexicon *
period_abbreviations (void)
{
  static gsize lexicon = 0;

  return lexicon_once (&lexicon, "period-abbreviations");
}

static const DiemLexicon *
eponyms (void)
{
  static gsize lexicon = 0;

  return lexicon_once (&lexicon, "eponyms");
}

#define HEADLINE_MAX_TOKENS 64

/* Is the word at i written as an abbreviation of the lexicon? An acronym is not one
 * the lexicon writes in mixed case: "tập đoàn TH. Dịp này" ends a sentence, "Th.
 * Nguyễn" does not. */
static gboolean
written_as_period_abbreviation (const DiemTokens *tokens,
                                guint             i)
{
  int entry = diem_lexicon_lookup (period_abbreviations (), diem_tokens_key (tokens, i));

  if (entry < 0)
    return FALSE;
  if (diem_tokens_has (tokens, i, DIEM_TOKEN_UPPER))
    for (const char *c = diem_lexicon_entry (period_abbreviations (), entry); *c != '\0'; c++)
      if (g_ascii_islower (*c))
        return FALSE;
  return TRUE;
}

/* Is the word at i one that a period after it does not end the sentence: a rank
 * ("Đ.") or an abbreviation ("GS.", "TP.")? */
gboolean
diem_grammar_is_abbreviation (const DiemTokens *tokens,
                              guint             i)
{
  return diem_lexicon_contains (diem_lexicon (DIEM_LEXICON_RANKS), diem_tokens_key (tokens, i))
         || written_as_period_abbreviation (tokens, i);
}

/* End (exclusive) of the headline: the article's first block, up to its first full stop,
 * a few dozen tokens at most. */
guint
diem_grammar_headline_end (const DiemTokens *tokens)
{
  guint n = tokens->tokens->len, end = 0;

  while (end < n && end < HEADLINE_MAX_TOKENS && !(end > 0 && diem_tokens_has (tokens, end, DIEM_TOKEN_BLOCK_START))
         && !diem_grammar_is_punct (tokens, end, ".!?"))
    end++;
  return end;
}

/* Is the token at i the period of an abbreviation inside a name ("TP. HCM", "Q. Bình
 * Thạnh"), a capitalised word after it? */
gboolean
diem_grammar_is_abbreviation_period (const DiemTokens *tokens,
                                     guint             i)
{
  return i > 0 && diem_grammar_is_punct (tokens, i, ".") && diem_tokens_has (tokens, i - 1, DIEM_TOKEN_WORD)
         && diem_tokens_has (tokens, i + 1, DIEM_TOKEN_CAPITALISED) && diem_tokens_has (tokens, i + 1, DIEM_TOKEN_WORD)
         && written_as_period_abbreviation (tokens, i - 1);
}

/* diem_grammar_is_punct () at a punctuation token. */
gboolean
diem_grammar_punct_is_one_of (const DiemTokens *tokens,
                              guint             i,
                              const char       *chars)
{
  const char *key = diem_tokens_key (tokens, i);

  /* most marks are one byte: looked for without a call into the C library */
  if (key[0] != '\0' && key[1] == '\0')
    {
      for (const char *c = chars; *c != '\0'; c++)
        if (*c == key[0])
          return TRUE;
      return FALSE;
    }
  return strstr (chars, key) != NULL;
}

gboolean
diem_grammar_is_dash (const DiemTokens *tokens,
                      guint             i)
{
  return diem_grammar_is_punct (tokens, i, "-–—");
}

/* Words the grammar asks about at nearly every name, marked on their tokens once */
static const char *const qualifier_words[] = { "nguyên", "cựu", "quyền", "tập" };
static const char *const place_classifiers[] = {
  "tỉnh", "thành", "phố", "tp", "quận", "huyện", "xã", "phường", "thị", "trấn", "đường",
  "làng", "thôn", "ấp", "bản", "sông", "núi", "cầu", "chợ", "cảng", "đảo", "vịnh", "châu",
};

/* Sets @flag at the offset of each of @words that the article has in marks, which
 * holds a byte for every offset into the tokens' keys. */
static void
mark_keys (const DiemTokens  *tokens,
           const char *const *words,
           guint              n_words,
           guint8            *marks,
           guint8             flag)
{
  for (guint k = 0; k < n_words; k++)
    {
      guint offset;

      if (diem_tokens_find_key (tokens, words[k], &offset))
        marks[offset] |= flag;
    }
}

/* Looks every token up once in the lexicons consulted at nearly every position (stop
 * words, offices) and in the grammar's own word lists, so the grammar's repeated
 * questions cost an array read. */
void
diem_grammar_annotate (DiemTokens *tokens)
{
  enum { MARK_QUALIFIER = 1 << 0, MARK_PLACE_CLASSIFIER = 1 << 1 };
  const DiemLexicon *stopwords = diem_lexicon (DIEM_LEXICON_STOPWORDS);
  const DiemLexicon *offices = diem_lexicon (DIEM_LEXICON_OFFICES);
  guint n = tokens->tokens->len;
  g_autofree guint8 *marks = g_new0 (guint8, tokens->keys->len + 1);

  diem_lexicon_annotate (tokens);
  mark_keys (tokens, qualifier_words, G_N_ELEMENTS (qualifier_words), marks, MARK_QUALIFIER);
  mark_keys (tokens, place_classifiers, G_N_ELEMENTS (place_classifiers), marks, MARK_PLACE_CLASSIFIER);
  for (guint i = 0; i < n; i++)
    {
      DiemToken *token = &g_array_index (tokens->tokens, DiemToken, i);
      guint8 mark = marks[token->key];
      guint len = 0;

      if (!(token->flags & DIEM_TOKEN_WORD))
        continue;
      if (mark & MARK_QUALIFIER)
        token->flags |= DIEM_TOKEN_QUALIFIER;
      if (mark & MARK_PLACE_CLASSIFIER)
        token->flags |= DIEM_TOKEN_PLACE_CLASSIFIER;
      if (!(token->flags & DIEM_TOKEN_CAPITALISED)
          && diem_lexicon_match (stopwords, tokens, i, n, &len) >= 0)
        token->stop_len = MIN (len, G_MAXUINT8);
      if (diem_lexicon_match (offices, tokens, i, n, &len) >= 0)
        token->office_len = MIN (len, G_MAXUINT8);
    }
}

/* Does the token at i open a sentence: the text's first, one after a full stop, or
 * one that opens a block? */
gboolean
diem_grammar_opens_sentence (const DiemTokens *tokens,
                             guint             i)
{
  return i == 0 || diem_grammar_is_punct (tokens, i - 1, ".!?") || diem_tokens_has (tokens, i, DIEM_TOKEN_BLOCK_START);
}

/* Is the word at i part of a compound ("hàng không", "chương trình") that holds a stop
 * word or a word of the awards' grammar? */
gboolean
diem_grammar_in_compound (const DiemTokens *tokens,
                          guint             i)
{
  const DiemLexicon *compounds = diem_lexicon (DIEM_LEXICON_COMPOUNDS);

  for (guint back = 0; back <= 1 && back <= i; back++)
    {
      guint len = 0;

      if (diem_lexicon_match (compounds, tokens, i - back, tokens->tokens->len, &len) >= 0 && len > back)
        return TRUE;
    }
  return FALSE;
}

/* Can the word at i, which a verb lexicon matched, be that verb? Not inside a compound
 * ("phong trào", "gắn kết"), nor capitalised after a word, where it is a name
 * ("Nguyễn Phong Quang", "huyện Phong Điền"); after a number or punctuation it may be
 * the verb, capitalised by mistake or to open a clause. */
gboolean
diem_grammar_verb_at (const DiemTokens *tokens,
                      guint             i)
{
  if (diem_grammar_in_compound (tokens, i))
    return FALSE;
  if (!diem_tokens_has (tokens, i, DIEM_TOKEN_CAPITALISED) || i == 0 || diem_tokens_has (tokens, i, DIEM_TOKEN_BLOCK_START))
    return TRUE;
  return !diem_tokens_has (tokens, i - 1, DIEM_TOKEN_WORD) || diem_tokens_has (tokens, i - 1, DIEM_TOKEN_DIGIT);
}

/* Length of the stop word (lower case as written) at i, or 0. */
guint
diem_grammar_stop_word (const DiemTokens *tokens,
                        guint             i,
                        guint             limit)
{
  guint len = 0;

  if (i >= tokens->tokens->len)
    return 0;
  len = diem_tokens_get (tokens, i)->stop_len;
  if (len > 0 && diem_grammar_in_compound (tokens, i))
    return 0;
  if (len == 0 || i + len <= limit)
    return len;
  /* the cached match runs past the limit: a shorter one may still fit */
  if (diem_lexicon_match (diem_lexicon (DIEM_LEXICON_STOPWORDS), tokens, i, limit, &len) < 0)
    return 0;
  return len;
}

gboolean
diem_grammar_joins_name_parts (const DiemTokens *tokens,
                               guint             i,
                               guint             end)
{
  /* "V-League" is a brand: an initial before the hyphen is no part of a name */
  return i > 0 && i + 1 < end && diem_grammar_is_dash (tokens, i) && diem_grammar_is_foreign_name_word (tokens, i - 1)
         && g_utf8_strlen (diem_tokens_key (tokens, i - 1), -1) >= 2
         && diem_tokens_get (tokens, i)->start == diem_tokens_get (tokens, i - 1)->end
         && diem_tokens_get (tokens, i + 1)->start == diem_tokens_get (tokens, i)->end
         && diem_grammar_is_foreign_name_word (tokens, i + 1) && diem_grammar_office_at (tokens, i + 1, end, TRUE) == 0;
}

guint
diem_grammar_aside_close (const DiemTokens *tokens,
                          guint             open,
                          guint             limit,
                          guint             max)
{
  if (!diem_grammar_is_punct (tokens, open, "("))
    return G_MAXUINT;
  for (guint k = open + 1; k < limit && k < open + max; k++)
    if (diem_grammar_is_punct (tokens, k, "()"))
      return diem_grammar_is_punct (tokens, k, ")") ? k : G_MAXUINT;
  return G_MAXUINT;
}

/* The kind the offices lexicon gives the office at head ("leader", "posted", "aide"),
 * its length in len; NULL when none starts there or it has no kind. */
const char *
diem_grammar_office_kind (const DiemTokens *tokens,
                          guint             head,
                          guint             limit,
                          guint            *len)
{
  const DiemLexicon *offices = diem_lexicon (DIEM_LEXICON_OFFICES);
  int entry;

  *len = 0;
  entry = diem_lexicon_match (offices, tokens, head, limit, len);
  return entry >= 0 ? diem_lexicon_field (offices, entry, 1) : NULL;
}

gboolean
diem_grammar_is_leader_office (const DiemTokens *tokens,
                               guint             head,
                               guint             end)
{
  guint len = 0;
  const char *kind;

  /* "cựu Tổng thống", "nguyên Thủ tướng" */
  if (diem_tokens_is (tokens, head, "cựu") || diem_tokens_is (tokens, head, "nguyên"))
    head++;
  kind = diem_grammar_office_kind (tokens, head, end, &len);
  return head + len == end && g_strcmp0 (kind, "leader") == 0;
}

gboolean
diem_grammar_foreign_spelling (const DiemTokens *tokens,
                               guint             start,
                               guint             end)
{
  for (guint k = start; k < end; k++)
    if (!diem_syllable_is_valid (diem_tokens_key (tokens, k), -1))
      return TRUE;
  return FALSE;
}

guint
diem_grammar_leader_name_at (const DiemTokens *tokens,
                             guint             head,
                             guint             name,
                             guint             end)
{
  guint k = name;

  guint words = 0;

  if (!diem_grammar_is_leader_office (tokens, head, name))
    return 0;
  while (k < end && words < 5)
    {
      if (k > name && diem_grammar_joins_name_parts (tokens, k, end))
        {
          k++;
          continue;
        }
      if (!diem_grammar_is_foreign_name_word (tokens, k) || diem_grammar_office_at (tokens, k, end, TRUE) > 0
          || diem_lexicon_match (diem_lexicon (DIEM_LEXICON_PLACES), tokens, k, end, NULL) >= 0)
        break;
      k++;
      words++;
    }
  if (words < 2 || words > 4 || (k < end && diem_grammar_is_foreign_name_word (tokens, k))
      || !diem_grammar_foreign_spelling (tokens, name, k))
    return 0;
  return k - name;
}

static gboolean
is_place_classifier (const DiemTokens *tokens,
                     guint             i)
{
  return diem_tokens_has (tokens, i, DIEM_TOKEN_PLACE_CLASSIFIER);
}

/* "K’Mak": a capital, an apostrophe and a capitalised syllable, kept as one token */
static gboolean
has_apostrophe (const DiemTokens *tokens,
                guint             i)
{
  const char *key = diem_tokens_key (tokens, i);

  /* a word holds punctuation only where the tokeniser joined it */
  if (diem_tokens_has (tokens, i, DIEM_TOKEN_WORD) && !diem_tokens_has (tokens, i, DIEM_TOKEN_JOINED))
    return FALSE;
  return strstr (key, "’") != NULL || strchr (key, '\'') != NULL;
}

/* Is tokens[start, start+len) a personal name? Family name first, not a place, and
 * its last word does not begin an organisation term with the word after it. */
gboolean
diem_grammar_is_joining_ampersand (const DiemTokens *tokens,
                                   guint             i)
{
  return i > 0 && diem_grammar_is_punct (tokens, i, "&") && diem_tokens_has (tokens, i - 1, DIEM_TOKEN_UPPER)
         && diem_tokens_has (tokens, i + 1, DIEM_TOKEN_UPPER);
}

gboolean
diem_grammar_person_named_as_place (const DiemTokens *tokens,
                                    guint             start,
                                    guint             len)
{
  const DiemLexicon *places = diem_lexicon (DIEM_LEXICON_PLACES);
  guint n = 0;
  int entry = diem_lexicon_match (places, tokens, start, start + len, &n);

  if (entry < 0 || n != len || g_strcmp0 (diem_lexicon_field (places, entry, 1), "person") != 0)
    return FALSE;
  for (guint back = 1; back <= 3 && back <= start; back++)
    if (diem_grammar_office_at (tokens, start - back, start, TRUE) == back)
      return TRUE;
  return FALSE;
}

static gboolean
is_name (const DiemTokens *tokens,
         guint             start,
         guint             len)
{
  gboolean place;
  guint n = 0;

  /* four words at most, five for Ê Đê names that open on the prefix "Y" ("Y Thanh Hà
   * Niê Kđăm") */
  if (len < 1 || len > 5 || (len == 5 && !diem_tokens_is (tokens, start, "y")))
    return FALSE;
  /* Tây Nguyên names such as "K’Mak", "H’Hen Niê" have no family name from the list
   * but are names by their shape */
  /* "U Thị Thanh", "Sần Thị Mai": a rare family name the list lacks, shown as one by
   * the middle name "Thị" after it */
  if (!diem_lexicon_has_phrase (diem_lexicon (DIEM_LEXICON_SURNAMES), tokens, start, 1)
      && !has_apostrophe (tokens, start)
      && !(len >= 3 && len <= 4 && diem_tokens_is (tokens, start + 1, "thị")))
    return FALSE;
  if (len < 2 && !has_apostrophe (tokens, start))
    return FALSE;
  /* "Trường Đại học Y Hà Nội": after the term of a school the prefix "Y" is its field,
   * and "Y" followed by a place names none */
  if (diem_tokens_is (tokens, start, "y")
      && ((start >= 2 && diem_lexicon_match (diem_lexicon (DIEM_LEXICON_ORG_WORDS), tokens, start - 2, start, &n) >= 0 && n == 2)
          || diem_lexicon_has_phrase (diem_lexicon (DIEM_LEXICON_PLACES), tokens, start + 1, len - 1)))
    return FALSE;
  if (diem_lexicon_match (diem_lexicon (DIEM_LEXICON_ORG_WORDS), tokens, start + len - 1,
                          start + len + 1, &n) >= 0 && n == 2)
    return FALSE;
  /* "Đoàn Trường đại học …": the whole run is a term ("Đoàn trường") */
  if (diem_lexicon_match (diem_lexicon (DIEM_LEXICON_ORG_WORDS), tokens, start, start + len, &n) >= 0 && n == len)
    return FALSE;
  /* "Bí thư Trung ương Đoàn Lê Quốc Phong": the Youth Union ("Đoàn") whose central
   * committee it is, then a whole name, not the family name "Đoàn"; a middle name after
   * it ("Trung ương Đoàn Văn Hùng") says it is one */
  if (start >= 2 && len >= 3 && diem_tokens_is (tokens, start, "đoàn") && diem_tokens_is (tokens, start - 2, "trung")
      && diem_tokens_is (tokens, start - 1, "ương") && !diem_tokens_is (tokens, start + 1, "văn")
      && !diem_tokens_is (tokens, start + 1, "thị") && is_name (tokens, start + 1, len - 1))
    return FALSE;
  /* "Thành Đoàn Đà Nẵng", "tỉnh Đoàn Nghệ An": the family name ends a term that starts
   * before it, written in capitals or followed by a place */
  if (start >= 1 && diem_lexicon_match (diem_lexicon (DIEM_LEXICON_ORG_WORDS), tokens, start - 1, start + 1, &n) >= 0 && n == 2
      && (diem_tokens_has (tokens, start - 1, DIEM_TOKEN_CAPITALISED)
          || diem_lexicon_has_phrase (diem_lexicon (DIEM_LEXICON_PLACES), tokens, start + 1, len - 1)))
    return FALSE;
  if (diem_lexicon_match (diem_lexicon (DIEM_LEXICON_OFFICES), tokens, start + len - 1,
                          start + len + 1, &n) >= 0 && n == 2)
    return FALSE;

  /* neither the name nor its first two words may be a place ("Hà Nội Hoàng") */
  place = FALSE;
  for (guint i = start + 1; i < start + len && !place; i++)
    if (i == start + 1 || i == start + len - 1)
      place = diem_lexicon_has_phrase (diem_lexicon (DIEM_LEXICON_PLACES), tokens, start, i - start + 1);
  return !place;
}

/* Do the words from first up to end (exclusive) end with a place of min_words to three
 * words ("… Hà Tĩnh", "… Việt Nam")? */
gboolean
diem_grammar_ends_on_place (const DiemTokens *tokens,
                            guint             first,
                            guint             end,
                            guint             min_words)
{
  for (guint len = min_words; len <= 3 && end >= first + len; len++)
    if (diem_lexicon_has_phrase (diem_lexicon (DIEM_LEXICON_PLACES), tokens, end - len, len))
      return TRUE;
  return FALSE;
}

/* "Quỹ Học bổng Vừ A Dính", "đường Lê Lợi": does a name at i name what comes before it? */
static gboolean
names_after_eponym (const DiemTokens *tokens,
                    guint             i)
{
  return i > 0 && diem_tokens_has (tokens, i - 1, DIEM_TOKEN_WORD) && !diem_tokens_has (tokens, i, DIEM_TOKEN_BLOCK_START)
         && diem_lexicon_contains (eponyms (), diem_tokens_key (tokens, i - 1));
}

/* Length of the personal name starting exactly at i, or 0. */
guint
diem_grammar_name_at (const DiemTokens *tokens,
                      guint             i,
                      guint             limit)
{
  guint run = 0;

  while (i + run < limit && run < 5 && diem_grammar_is_name_word (tokens, i + run))
    run++;
  /* checked only for a run of name words: most tokens are not one */
  if (run < 1 || (run < 2 && !has_apostrophe (tokens, i)) || (i > 0 && is_place_classifier (tokens, i - 1)))
    return 0;
  for (guint len = run; len >= 1; len--)
    if (is_name (tokens, i, len))
      return names_after_eponym (tokens, i) ? 0 : len;
  return 0;
}

/* In a run of name words, the name is the longest well-formed tail ("Hà Nội Hoàng
 * Trung Hải" → "Hoàng Trung Hải"); returns its start, or run_end when there is none. */
guint
diem_grammar_name_in_run (const DiemTokens *tokens,
                          guint             run_start,
                          guint             run_end)
{
  /* after "quận", "tỉnh"… the run may open with a place ("quận Nam Từ Liêm Nguyễn Văn Hải") */
  guint classifier = run_start > 1 && diem_grammar_is_abbreviation_period (tokens, run_start - 1) ? run_start - 2 : run_start - 1;
  gboolean after_place = run_start > 0 && is_place_classifier (tokens, classifier);

  for (guint pass = after_place ? 0 : 1; pass < 2; pass++)
  for (guint len = MIN (5, run_end - run_start); len >= 1; len--)
    {
      guint start = run_end - len;

      /* first look for a name after the place; "tỉnh Lê Văn Sáu" has none. A place
       * is two words or more: in "tỉnh Ngô Vũ Thăng" the whole run is the name. */
      if (pass == 0 && start < run_start + 2)
        continue;
      /* communes, wards and districts are too many for the place list, and their names
       * are two words: "xã Đồng Tâm" is a place, while after "tỉnh" the list decides */
      if (after_place && start == run_start && len == 2 && !diem_tokens_is (tokens, classifier, "tỉnh"))
        continue;
      /* "châu Âu", "châu Á": a continent's name is one word, never a family name */
      if (start == run_start && after_place && diem_tokens_is (tokens, classifier, "châu"))
        continue;
      /* "tỉnh Lâm Đồng Trần Văn Hiệp": the name cannot start inside a place */
      if (start > run_start && diem_grammar_ends_on_place (tokens, run_start, start + 1, 2))
        continue;
      if (is_name (tokens, start, len))
        return start == run_start && names_after_eponym (tokens, start) ? run_end : start;
    }
  return run_end;
}

/* diem_grammar_office_at () where an office or its qualifier starts. */
guint
diem_grammar_office_from (const DiemTokens *tokens,
                          guint             i,
                          guint             limit,
                          gboolean          any_case)
{
  guint len = 0, lead = 0;

  /* former, acting and trainee posts are titles with their qualifier: "nguyên Giám đốc",
   * "cựu Đại sứ", "quyền Chủ tịch", "tập sự Phó Vụ trưởng" */
  if (diem_tokens_is (tokens, i, "nguyên") || diem_tokens_is (tokens, i, "cựu") || diem_tokens_is (tokens, i, "quyền"))
    lead = 1;
  else if (diem_tokens_is (tokens, i, "tập") && diem_tokens_is (tokens, i + 1, "sự"))
    lead = 2;
  if (!diem_tokens_has (tokens, i + lead, DIEM_TOKEN_WORD))
    return 0;
  /* "Cựu đại sứ A": a capitalised qualifier carries the office written in lower case */
  if (!any_case && !diem_tokens_has (tokens, i + lead, DIEM_TOKEN_CAPITALISED)
      && !(lead == 1 && diem_tokens_has (tokens, i, DIEM_TOKEN_CAPITALISED) && !diem_tokens_is (tokens, i, "quyền")))
    return 0;
  len = diem_tokens_get (tokens, i + lead)->office_len;
  if (len == 0)
    return 0;
  if (i + lead + len > limit
      && diem_lexicon_match (diem_lexicon (DIEM_LEXICON_OFFICES), tokens, i + lead, limit, &len) < 0)
    return 0;
  /* "Đại sứ quán", "Lãnh sự quán": the office's house, a body and not a post; "Bộ Tư
   * lệnh", "Bộ Chỉ huy": the command, a body too */
  if (diem_tokens_is (tokens, i + lead + len, "quán")
      || (lead == 0 && i > 0 && diem_tokens_is (tokens, i - 1, "bộ") && diem_tokens_has (tokens, i - 1, DIEM_TOKEN_CAPITALISED)))
    return 0;
  /* "thành viên" only counts in an apposition, where any_case is set */
  return lead + len;
}

/* diem_grammar_address_at () where a form of address or a rank may start. */
guint
diem_grammar_address_from (const DiemTokens *tokens,
                           guint             i,
                           guint             limit,
                           gboolean         *military)
{
  const DiemLexicon *honorifics, *ranks;
  guint pos = i;

  honorifics = diem_lexicon (DIEM_LEXICON_HONORIFICS);
  ranks = diem_lexicon (DIEM_LEXICON_RANKS);
  for (guint round = 0; round < 4 && pos < limit; round++)
    {
      guint len = 0, rank_len = 0;
      int entry = diem_lexicon_match (ranks, tokens, pos, limit, &rank_len);

      /* a rank that opens on a form of address is the rank: "Anh hùng Lao động" */
      if (diem_lexicon_match (honorifics, tokens, pos, limit, &len) >= 0 && !(entry >= 0 && rank_len > len))
        {
          /* "chị Anh", "anh Em": a capitalised one word after a form of address is the
           * given name */
          if (pos > i && len == 1 && diem_tokens_has (tokens, pos, DIEM_TOKEN_CAPITALISED)
              && diem_tokens_has (tokens, pos - 1, DIEM_TOKEN_WORD))
            break;
          pos += len;
          continue;
        }
      len = rank_len;
      if (entry >= 0)
        {
          const char *kind = diem_lexicon_field (ranks, entry, 1);

          if (military != NULL && kind != NULL && g_str_equal (kind, "military"))
            *military = TRUE;
          pos += len;
          if (diem_grammar_is_punct (tokens, pos, "."))
            pos++;
          continue;
        }
      break;
    }
  return pos - i;
}

/* End (exclusive) of the organisation phrase of a title whose head starts at i: up to
 * punctuation, a stop word, a personal name or another office after "kiêm"/"và". A
 * spaced dash continues the phrase ("Bộ Lao động - Thương binh và Xã hội"). */
guint
diem_grammar_title_end (const DiemTokens *tokens,
                        guint             i,
                        guint             limit)
{
  guint head = diem_grammar_office_at (tokens, i, limit, TRUE);
  guint pos = i + head;
  guint max = MIN (limit, i + DIEM_TITLE_MAX_TOKENS);

  if (head == 0)
    return i;
  while (pos < max)
    {
      const DiemToken *token = diem_tokens_get (tokens, pos);

      if (token->flags & DIEM_TOKEN_BLOCK_START)
        break;
      if (token->flags & DIEM_TOKEN_PUNCT)
        {
          if (diem_grammar_is_abbreviation_period (tokens, pos))
            {
              pos++;
              continue;
            }
          if (diem_grammar_is_joining_ampersand (tokens, pos))
            {
              pos++;
              continue;
            }
          /* "… Công ty X – người từng …" starts an aside about the person */
          if (diem_grammar_is_dash (tokens, pos) && diem_tokens_has (tokens, pos + 1, DIEM_TOKEN_WORD)
              && (!diem_tokens_is (tokens, pos + 1, "người") || diem_tokens_has (tokens, pos + 1, DIEM_TOKEN_CAPITALISED))
              && diem_grammar_office_at (tokens, pos + 1, limit, TRUE) == 0
              && diem_grammar_name_at (tokens, pos + 1, limit) == 0
              && diem_grammar_stop_word (tokens, pos + 1, limit) == 0)
            {
              pos++;
              continue;
            }
          break;
        }
      if (diem_grammar_stop_word (tokens, pos, limit) > 0)
        break;
      /* "… kiêm Chủ nhiệm Ủy ban Biên giới quốc gia Huân chương Lao động": an honour
       * given to the holder is no part of the office */
      if ((token->flags & DIEM_TOKEN_CAPITALISED) && diem_lexicon_may_start (tokens, pos, 1u << DIEM_LEXICON_HONOURS)
          && diem_lexicon_match (diem_lexicon (DIEM_LEXICON_HONOURS), tokens, pos, limit, NULL) >= 0)
        break;
      if ((diem_tokens_is (tokens, pos, "kiêm") || diem_tokens_is (tokens, pos, "và"))
          && diem_grammar_office_at (tokens, pos + 1, limit, TRUE) > 0)
        break;
      /* "… và các đồng chí …", "… và đồng chí …", "… và Phan Văn A": another person, not
       * part of the organisation */
      /* "… Việt Nam và là Phó Chủ tịch …", "… và đến năm 2012": a second predicate */
      if (diem_tokens_is (tokens, pos, "và")
          && (diem_tokens_is (tokens, pos + 1, "các") || diem_tokens_is (tokens, pos + 1, "những")
              || diem_grammar_stop_word (tokens, pos + 1, limit) > 0
              || diem_grammar_address_at (tokens, pos + 1, limit, NULL) > 0
              || diem_grammar_name_at (tokens, pos + 1, limit) > 0))
        break;
      /* "… Bí thư Đặc khu Bà Rịa - Vũng Tàu thu hút …": a title that reaches a province
       * or a country ends there, unless a place below it, the term, "học" or "của"
       * follows */
      if ((token->flags & DIEM_TOKEN_CAPITALISED) && diem_lexicon_may_start (tokens, pos, 1u << DIEM_LEXICON_PLACES))
        {
          guint place = 0;

          /* one syllable is left out: "Pháp", "Mỹ" are as often words ("Ban Pháp chế") */
          if (diem_lexicon_match (diem_lexicon (DIEM_LEXICON_PLACES), tokens, pos, limit, &place) >= 0 && place > 1
              && pos + place < max && diem_tokens_has (tokens, pos + place, DIEM_TOKEN_WORD)
              && !diem_tokens_has (tokens, pos + place, DIEM_TOKEN_CAPITALISED | DIEM_TOKEN_DIGIT)
              && !diem_grammar_is_place_word (tokens, pos + place)
              && !diem_tokens_is (tokens, pos + place, "khóa") && !diem_tokens_is (tokens, pos + place, "khoá")
              /* "Viện Việt Nam học": the study of the place; "… của Philippines": whose */
              && !diem_tokens_is (tokens, pos + place, "học") && !diem_tokens_is (tokens, pos + place, "của"))
            return pos + place;
        }
      if (diem_grammar_is_name_word (tokens, pos) && diem_grammar_name_at (tokens, pos, limit) > 0)
        {
          guint run_end = pos;

          while (run_end < limit && diem_grammar_is_name_word (tokens, run_end))
            run_end++;
          /* in "Thành ủy Hà Nội Hoàng Trung Hải" only the tail is the name */
          if (diem_grammar_name_in_run (tokens, pos, run_end) < run_end)
            return diem_grammar_name_in_run (tokens, pos, run_end);
        }
      pos++;
    }
  /* cut off at the limit, a title does not end on its conjunction */
  if (pos > i + head && diem_tokens_is (tokens, pos - 1, "và"))
    pos--;
  return pos;
}

/* Length of a run of one to three lower-case words at i that are not stop words and are
 * followed by a capitalised word, or 0. */
static guint
lower_run_to_capital (const DiemTokens *tokens,
                      guint             i,
                      guint             limit)
{
  for (guint pos = i; pos < MIN (limit, i + 4); pos++)
    {
      const DiemToken *token = diem_tokens_get (tokens, pos);

      if (pos > i && (token->flags & DIEM_TOKEN_CAPITALISED) && (token->flags & DIEM_TOKEN_WORD))
        return pos - i;
      if (!(token->flags & DIEM_TOKEN_WORD) || (token->flags & DIEM_TOKEN_CAPITALISED)
          || (token->flags & DIEM_TOKEN_BLOCK_START) || diem_grammar_stop_word (tokens, pos, limit) > 0)
        return 0;
    }
  return 0;
}

/* Is a two-word term of organisation names at i ("Xã hội", "thường vụ"), in any case? */
gboolean
diem_grammar_org_term_at (const DiemTokens *tokens,
                          guint             i,
                          guint             limit)
{
  guint n = 0;

  return diem_tokens_has (tokens, i, DIEM_TOKEN_WORD)
         && diem_lexicon_match (diem_lexicon (DIEM_LEXICON_ORG_WORDS), tokens, i, limit, &n) >= 0 && n == 2;
}

/* End (exclusive) of an issuing body or organisation after "của": capitalised words and
 * the lower-case words of their compounds ("Thủ tướng Chính phủ", "Đảng bộ TPHCM"). */
guint
diem_grammar_body_end (const DiemTokens *tokens,
                       guint             i,
                       guint             limit)
{
  guint pos = i;
  guint max = MIN (limit, i + DIEM_TITLE_MAX_TOKENS);

  if (!diem_tokens_has (tokens, i, DIEM_TOKEN_CAPITALISED))
    return i;
  while (pos < max)
    {
      const DiemToken *token = diem_tokens_get (tokens, pos);

      if (pos > i && (token->flags & DIEM_TOKEN_BLOCK_START))
        break;
      /* "Bộ Lao động - Thương binh và Xã hội", "Ban Thi đua - Khen thưởng": a dash
       * between two domains of one body */
      if (pos > i && diem_grammar_is_punct (tokens, pos, "-–") && diem_grammar_org_term_at (tokens, pos + 1, max)
          && diem_grammar_office_at (tokens, pos + 1, max, TRUE) == 0)
        {
          pos += 3;
          continue;
        }
      if ((token->flags & DIEM_TOKEN_PUNCT) && diem_grammar_is_abbreviation_period (tokens, pos))
        {
          pos++;
          continue;
        }
      if (pos > i && diem_grammar_is_joining_ampersand (tokens, pos))
        {
          pos++;
          continue;
        }
      if (token->flags & DIEM_TOKEN_PUNCT)
        break;
      if (diem_grammar_stop_word (tokens, pos, limit) > 0)
        break;
      /* "… của UBND huyện 3 năm liền": a number of years or times is no unit's number;
       * "Quận 3 năm 2023" is the district's */
      if ((token->flags & DIEM_TOKEN_DIGIT) && (diem_tokens_is (tokens, pos + 1, "năm") || diem_tokens_is (tokens, pos + 1, "lần"))
          && !diem_tokens_has (tokens, pos + 2, DIEM_TOKEN_DIGIT))
        break;
      if (!(token->flags & (DIEM_TOKEN_CAPITALISED | DIEM_TOKEN_DIGIT)))
        {
          guint n = 0;

          /* a lower-case word belongs to the body when it completes a term begun by the
           * capitalised word before it ("Chính phủ", "Đảng bộ", "Thủ tướng"), or names a
           * kind of place before a proper name ("tỉnh Kon Tum") */
          if (diem_lexicon_match (diem_lexicon (DIEM_LEXICON_ORG_WORDS), tokens, pos - 1, pos + 1, &n) >= 0 && n == 2)
            ;
          else if (diem_lexicon_match (diem_lexicon (DIEM_LEXICON_OFFICES), tokens, pos - 1, pos + 1, &n) >= 0 && n == 2)
            ;
          else if (is_place_classifier (tokens, pos))
            ;
          /* "Ban thường vụ", "Bộ Lao động thương binh và xã hội": a term of the name
           * written in lower case, as some papers write all but its first word */
          else if (diem_grammar_org_term_at (tokens, pos, max))
            pos++;
          else if (diem_tokens_is (tokens, pos, "khóa") && diem_tokens_has (tokens, pos + 1, DIEM_TOKEN_WORD))
            ;
          /* "Đảng ủy Khối các cơ quan Trung ương": a plural of common nouns inside the
           * name, between two capitalised parts of it */
          else if (diem_tokens_is (tokens, pos, "các") && lower_run_to_capital (tokens, pos + 1, max) > 0)
            pos += lower_run_to_capital (tokens, pos + 1, max);
          /* "Bộ Giáo dục và Đào tạo": "và" between two domains of one body */
          else if (diem_tokens_is (tokens, pos, "và") && pos > i + 1 && pos + 2 < max
                   && diem_grammar_org_term_at (tokens, pos + 1, max)
                   && diem_lexicon_match (diem_lexicon (DIEM_LEXICON_ORG_WORDS), tokens, pos + 1, max, &n) >= 0
                   && (pos + 1 + n >= max || !diem_tokens_has (tokens, pos + 1 + n, DIEM_TOKEN_CAPITALISED)))
            ;
          else
            break;
        }
      pos++;
    }
  return pos;
}

/* Is the word at i a kind of place written before a proper name ("tỉnh", "huyện")? */
gboolean
diem_grammar_is_place_word (const DiemTokens *tokens,
                            guint             i)
{
  return diem_tokens_has (tokens, i, DIEM_TOKEN_WORD) && is_place_classifier (tokens, i);
}
