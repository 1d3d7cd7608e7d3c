/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-documents.c — resolutions and other legal and party documents
 *
 * "Nghị quyết số 98/2023/QH15 của Quốc hội về …", "Nghị quyết 24-NQ/TW", "Chỉ thị số
 * 15/CT-TTg" (a number is kept whole, its code names the issuer when the text does not),
 * a short "Nghị quyết 98" (the same resolution), unnumbered ones named by the meeting that
 * passed them ("Nghị quyết Đại hội XI", "Nghị quyết Trung ương 4 (Khóa XI, XII)": one per
 * term) or by their subject ("Nghị quyết của Quốc hội về …", "Nghị quyết điều chỉnh …").
 * "của X" gives the issuer, shared back over a list ("Nghị quyết 24, Nghị quyết 31 của Bộ
 * Chính trị"); so does the subject of the sentence ("Quốc hội đã thông qua Nghị quyết …")
 * and, for a congress, the party organisation named in it. Plurals ("các nghị quyết của
 * Trung ương", "hai nghị quyết") name no document and are skipped.
 */
#include "diem-documents.h"

#include <string.h>

#include "diem-grammar.h"

#define EVENT_MAX_TOKENS 16
#define SUBJECT_MAX_TOKENS 30

typedef struct
{
  const DiemTokens *tokens;
  GPtrArray        *resolutions;
  GPtrArray        *documents;
  GHashTable       *by_key;    /* kind:key → DiemDocument */
  GHashTable       *by_part;   /* kind:number or its part → list order + 1 */
  GHashTable       *by_number; /* kind:whole number → list order + 1 */
  GHashTable       *by_subject; /* kind:first words of a numbered one's subject → DiemDocument */
} Context;

#define SUBJECT_KEY_WORDS 4

/* "3:thí điểm cơ chế đặc": the key under which a numbered document's subject finds it
 * again when the article later names it by that subject alone; NULL for a subject too
 * short to tell documents apart. */
static char *
subject_key (DiemDocumentKind  kind,
             const char       *subject)
{
  g_autofree char *lower = g_utf8_strdown (subject, -1);
  g_auto(GStrv) words = g_strsplit_set (lower, " ,", SUBJECT_KEY_WORDS + 1);
  g_autoptr(GString) key = g_string_new (NULL);
  guint n = 0;

  g_string_printf (key, "%d:", kind);
  for (guint k = 0; words[k] != NULL && n < SUBJECT_KEY_WORDS; k++)
    if (words[k][0] != '\0')
      {
        g_string_append_printf (key, n > 0 ? " %s" : "%s", words[k]);
        n++;
      }
  return n >= 3 ? g_string_free (g_steal_pointer (&key), FALSE) : NULL;
}

static DiemDocumentKind
kind_from_name (const char *name)
{
  static const char *const names[] = {
    "resolution", "decree", "decision", "directive", "conclusion", "circular", "law"
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_strcmp0 (name, names[i]) == 0)
      return (DiemDocumentKind) i;
  return DIEM_DOCUMENT_RESOLUTION;
}

static gboolean
is_roman (const char *key)
{
  if (key[0] == '\0')
    return FALSE;
  for (const char *p = key; *p; p++)
    if (strchr ("ivxlc", *p) == NULL)
      return FALSE;
  return TRUE;
}

/* "lần thứ tám": ordinals written as words, one to ten; the value is the index + 1. */
static const char *const ordinal_words[] = {
  "nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười",
};

static guint
ordinal_value (const DiemTokens *tokens,
               guint             i)
{
  if (!diem_tokens_is (tokens, i - 1, "thứ") || i == 0)
    return 0;
  for (guint k = 0; k < G_N_ELEMENTS (ordinal_words); k++)
    if (diem_tokens_is (tokens, i, ordinal_words[k]))
      return k + 1;
  return 0;
}

static gboolean
is_numeral (const DiemTokens *tokens,
            guint             i)
{
  return diem_tokens_has (tokens, i, DIEM_TOKEN_DIGIT)
         || (diem_tokens_has (tokens, i, DIEM_TOKEN_CAPITALISED) && is_roman (diem_tokens_key (tokens, i)))
         || ordinal_value (tokens, i) > 0;
}

static guint
roman_value (const char *key)
{
  guint total = 0, previous = 0;

  for (gssize i = strlen (key) - 1; i >= 0; i--)
    {
      guint v = key[i] == 'i' ? 1 : key[i] == 'v' ? 5 : key[i] == 'x' ? 10 : key[i] == 'l' ? 50 : 100;

      total = v < previous ? total - v : total + v;
      previous = MAX (previous, v);
    }
  return total;
}

static guint
numeral_value (const DiemTokens *tokens,
               guint             i)
{
  const char *key = diem_tokens_key (tokens, i);

  if (ordinal_value (tokens, i) > 0)
    return ordinal_value (tokens, i);
  return g_ascii_isdigit (key[0]) ? (guint) g_ascii_strtoull (key, NULL, 10) : roman_value (key);
}

static char *
text_of (const DiemTokens *tokens,
         guint             first,
         guint             end)
{
  return diem_tokens_dup_text (tokens, first, end - 1);
}

/* End of the issuing body after "của". */
static guint
read_issuer (const DiemTokens *tokens,
             guint             i,
             guint             limit,
             char            **issuer)
{
  guint end;

  if (!diem_tokens_is (tokens, i, "của"))
    return i;
  end = diem_grammar_body_end (tokens, i + 1, limit);
  /* "của Chính phủ Về chính sách …": a subject written with a capital starts after it */
  for (guint k = i + 2; k < end; k++)
    if (diem_tokens_is (tokens, k, "về"))
      {
        end = k;
        break;
      }
  /* "Bộ Chính trị khóa XIII" */
  if (diem_tokens_is (tokens, end, "khóa") && is_numeral (tokens, end + 1))
    end += 2;
  if (end <= i + 1)
    return i;
  g_free (*issuer);
  *issuer = text_of (tokens, i + 1, end);
  return end;
}

/* Words after which a subject does not go on: the clause's verb and its aspect ("được",
 * "đã", "vừa", "diễn ra"), where, when or to whom it applies ("tại", "từ ngày", "đối
 * với"), its term ("nhiệm kỳ"). */
static gboolean
ends_subject (const DiemTokens *tokens,
              guint             i)
{
  static const char *const single[] = { "được", "đã", "sẽ", "đang", "nhằm", "tại", "vừa", "cũng", "bị" };
  static const char *const day_times[] = { "sáng", "trưa", "chiều", "tối", "đêm" };
  static const char *const pairs[][2] = {
    { "đối", "với" }, { "nhiệm", "kỳ" }, { "và", "các" }, { "và", "những" }, { "trong", "đó" },
    { "có", "hiệu" }, { "diễn", "ra" }, { "từ", "ngày" }, { "kể", "từ" }, { "sau", "khi" }, { "đồng", "thời" },
  };

  for (guint k = 0; k < G_N_ELEMENTS (single); k++)
    if (diem_tokens_is (tokens, i, single[k]))
      return TRUE;
  for (guint k = 0; k < G_N_ELEMENTS (pairs); k++)
    if (diem_tokens_is (tokens, i, pairs[k][0]) && diem_tokens_is (tokens, i + 1, pairs[k][1]))
      return TRUE;
  /* "ngày 2/6", "tối ngày 2/6", "sáng 12/3" */
  for (guint k = 0; k < G_N_ELEMENTS (day_times); k++)
    if (diem_tokens_is (tokens, i, day_times[k])
        && (diem_tokens_is (tokens, i + 1, "ngày") || diem_tokens_has (tokens, i + 1, DIEM_TOKEN_DIGIT)))
      return TRUE;
  return diem_tokens_is (tokens, i, "ngày") && diem_tokens_has (tokens, i + 1, DIEM_TOKEN_DIGIT);
}

/* Does a word of document-verbs.txt with @role span exactly [first, end)? */
static gboolean
document_verb_spans (const DiemTokens *tokens,
                     guint             first,
                     guint             end,
                     const char       *role)
{
  const DiemLexicon *verbs = diem_lexicon_get ("document-verbs");
  guint len = 0;
  int entry = diem_lexicon_match (verbs, tokens, first, end, &len);

  return entry >= 0 && first + len == end && strstr (diem_lexicon_field (verbs, entry, 1), role) != NULL;
}

/* Length of the subject verb that opens an unnumbered document's name at i, or 0. */
static guint
subject_verb_at (const DiemTokens *tokens,
                 guint             i,
                 guint             limit)
{
  for (guint len = 3; len > 0; len--)
    if (i + len <= limit && document_verb_spans (tokens, i, i + len, "subject"))
      return len;
  return 0;
}

/* After a comma in a subject, does a short item of the same enumeration follow
 * ("phòng, chống tham nhũng, lãng phí", "khoa học, công nghệ, đổi mới sáng tạo"), or a
 * longer last one that the sentence ends on? A capitalised word, a clause word or a
 * long run before another comma starts something else. */
static gboolean
comma_continues_subject (const DiemTokens *tokens,
                         guint             comma,
                         guint             limit)
{
  guint item = comma + 1, pos;

  /* "điều chỉnh, bổ sung kế hoạch …": verbs of one subject share what follows */
  if (subject_verb_at (tokens, item, limit) > 0 && !diem_tokens_has (tokens, item, DIEM_TOKEN_CAPITALISED))
    return TRUE;
  if (!diem_tokens_has (tokens, item, DIEM_TOKEN_WORD) || diem_tokens_has (tokens, item, DIEM_TOKEN_CAPITALISED)
      || diem_tokens_has (tokens, item, DIEM_TOKEN_DIGIT) || diem_grammar_stop_word (tokens, item, limit) > 0
      || ends_subject (tokens, item))
    return FALSE;
  for (pos = item; pos < limit && pos < item + 5; pos++)
    if (diem_tokens_has (tokens, pos, DIEM_TOKEN_PUNCT) || diem_tokens_is (tokens, pos, "và"))
      break;
  if (pos < item + 5)
    return TRUE;
  /* "thí điểm một số cơ chế, chính sách đặc thù phát triển TP Đà Nẵng": a longer last
   * item, with no word of a clause in it, that the sentence ends on */
  for (pos = item; pos < limit && pos < item + 16; pos++)
    {
      /* "kinh tế - xã hội": a dash joins two terms; "TP. Đà Nẵng": an abbreviation */
      if (diem_tokens_has (tokens, pos, DIEM_TOKEN_PUNCT) && !diem_grammar_is_dash (tokens, pos)
          && !diem_grammar_is_abbreviation_period (tokens, pos))
        return diem_grammar_is_punct (tokens, pos, ".;");
      /* "…, nguyên Chỉ huy trưởng …": an office says who a person named before is */
      if (diem_grammar_stop_word (tokens, pos, limit) > 0 || ends_subject (tokens, pos) || diem_tokens_is (tokens, pos, "và")
          || diem_grammar_office_at (tokens, pos, limit, TRUE) > 0)
        return FALSE;
    }
  return pos == limit;
}

/* End of the subject after "về" or a subject verb, at punctuation that closes the
 * clause, at a word that starts something else, or at "và các", "và những" that run on
 * to something else; a comma inside an enumeration does not end it. */
static guint
subject_end (const DiemTokens *tokens,
             guint             i,
             guint             limit)
{
  const DiemLexicon *kinds = diem_lexicon (DIEM_LEXICON_DOCUMENT_KINDS);
  guint max = MIN (limit, i + SUBJECT_MAX_TOKENS);
  guint len = 0;

  /* a subject in quotation marks runs to the closing mark, whatever it holds */
  if (diem_grammar_is_punct (tokens, i, "\"“"))
    {
      for (guint pos = i + 1; pos < MIN (limit, i + 2 * SUBJECT_MAX_TOKENS); pos++)
        if (diem_grammar_is_punct (tokens, pos, "\"”"))
          return pos > i + 1 ? pos + 1 : i;
      return i;
    }

  for (guint pos = i; pos < max; pos++)
    {
      if (diem_grammar_is_punct (tokens, pos, ",") && comma_continues_subject (tokens, pos, max))
        continue;
      if (diem_grammar_is_punct (tokens, pos, ",;.:!?()\"“”…"))
        return pos;
      if (pos > i && ends_subject (tokens, pos))
        return pos;
      /* "… và Nghị quyết về …": the next document of a list */
      if (diem_tokens_is (tokens, pos, "và") && diem_lexicon_match (kinds, tokens, pos + 1, limit, &len) >= 0)
        return pos;
      if (pos > i && diem_tokens_has (tokens, pos, DIEM_TOKEN_BLOCK_START))
        return pos;
    }
  return max;
}

static gboolean
is_term_word (const DiemTokens *tokens,
              guint             i)
{
  /* both placements of the tone mark are written */
  return diem_tokens_is (tokens, i, "khóa") || diem_tokens_is (tokens, i, "khoá");
}

/* The meeting that passed an unnumbered resolution, as read by read_event (). */
typedef struct
{
  char  *name;     /* "Nghị quyết Đại hội XI", "Nghị quyết Trung ương 4 (Khóa XII)" */
  char  *prefix;   /* the name without its terms, when it has several */
  char  *key;      /* type and number, then "/term" when one term is given */
  char  *issuer;   /* (nullable) */
  guint  terms[4]; /* tokens of the terms in "(Khóa XI, XII)" */
  guint  n_terms;
} Event;

static void
event_clear (Event *event)
{
  g_clear_pointer (&event->name, g_free);
  g_clear_pointer (&event->prefix, g_free);
  g_clear_pointer (&event->key, g_free);
  g_clear_pointer (&event->issuer, g_free);
}

/* "khóa XII", "(Khóa XII)", "(Khóa XI, XII)" at i: its end, its terms in @event. */
static guint
read_terms (const DiemTokens *tokens,
            guint             i,
            Event            *event)
{
  guint pos;

  if (is_term_word (tokens, i) && is_numeral (tokens, i + 1))
    {
      event->terms[event->n_terms++] = i + 1;
      pos = i + 2;
      /* "khóa XI, khóa XII", "khóa XI và XII": one resolution of each term */
      while ((diem_grammar_is_punct (tokens, pos, ",") || diem_tokens_is (tokens, pos, "và"))
             && event->n_terms < G_N_ELEMENTS (event->terms))
        {
          guint term = is_term_word (tokens, pos + 1) ? pos + 2 : pos + 1;

          /* a term of the same writing, a bare one in capitals: not "5 năm qua" */
          if (!is_numeral (tokens, term)
              || diem_tokens_has (tokens, term, DIEM_TOKEN_DIGIT) != diem_tokens_has (tokens, i + 1, DIEM_TOKEN_DIGIT)
              || (term == pos + 1 && !diem_tokens_has (tokens, term, DIEM_TOKEN_UPPER)))
            break;
          event->terms[event->n_terms++] = term;
          pos = term + 1;
        }
      return pos;
    }
  if (!diem_grammar_is_punct (tokens, i, "(") || !is_term_word (tokens, i + 1) || !is_numeral (tokens, i + 2))
    return i;
  event->terms[event->n_terms++] = i + 2;
  for (pos = i + 3; diem_grammar_is_punct (tokens, pos, ",") && is_numeral (tokens, pos + 1)
                    && event->n_terms < G_N_ELEMENTS (event->terms);
       pos += 2)
    event->terms[event->n_terms++] = pos + 1;
  if (!diem_grammar_is_punct (tokens, pos, ")"))
    {
      event->n_terms = 0;
      return i;
    }
  return pos + 1;
}

/* The party organisation that held a congress, named inside it: "Đại hội Đảng bộ Quân
 * đội lần thứ X" → "Đảng bộ Quân đội". */
static char *
congress_body (const DiemTokens *tokens,
               guint             i,
               guint             designator)
{
  guint end = designator;

  for (guint k = i; k < designator; k++)
    if (diem_tokens_is (tokens, k, "đảng") && diem_tokens_has (tokens, k, DIEM_TOKEN_CAPITALISED))
      {
        if (diem_tokens_is (tokens, end - 1, "thứ") && diem_tokens_is (tokens, end - 2, "lần"))
          end -= 2;
        /* "Đại hội Đảng khóa XII" */
        else if (is_term_word (tokens, end - 1))
          end -= 1;
        return end > k ? text_of (tokens, k, end) : NULL;
      }
  return NULL;
}

/* The meeting that passed an unnumbered resolution: "Đại hội XI", "Trung ương 4 (Khóa
 * XII)", "Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII". Returns its end
 * (== i when there is none) and fills @event. */
static guint
read_event (const DiemTokens *tokens,
            guint             i,
            guint             limit,
            Event            *event)
{
  guint max = MIN (limit, i + EVENT_MAX_TOKENS);
  guint pos = i, designator = G_MAXUINT, end, name_end;
  const char *first = diem_tokens_key (tokens, i);
  const char *type;

  /* "Trung ương" is also written "TƯ", "TW" or "T.Ư", "Đại hội" "ĐH" */
  if (!(g_str_equal (first, "đại") || g_str_equal (first, "hội") || g_str_equal (first, "trung")
        || (diem_tokens_has (tokens, i, DIEM_TOKEN_UPPER)
            && (g_str_equal (first, "tư") || g_str_equal (first, "tw") || g_str_equal (first, "t.ư")
                || g_str_equal (first, "đh")))))
    return i;
  if (!diem_tokens_has (tokens, i, DIEM_TOKEN_CAPITALISED) && !g_str_equal (first, "đại"))
    return i;

  for (; pos < max; pos++)
    {
      /* before the stop words, which hold "năm" of "lần thứ năm" */
      if (is_numeral (tokens, pos))
        {
          designator = pos;
          break;
        }
      if (diem_tokens_has (tokens, pos, DIEM_TOKEN_PUNCT) || diem_tokens_is (tokens, pos, "của")
          || diem_grammar_stop_word (tokens, pos, limit) > 0)
        break;
    }
  if (designator == G_MAXUINT)
    return i;
  /* "Hội nghị Trung ương khóa XII": a term, not which meeting; a congress is one a term
   * ("Đại hội Đảng khóa XII") */
  if (designator > i && is_term_word (tokens, designator - 1) && !diem_tokens_is (tokens, i, "đại")
      && !diem_tokens_is (tokens, i, "đh"))
    return i;
  /* "Đại hội Đảng bộ Hải quân vùng 2 lần thứ IX": a number inside the body's name is
   * not the meeting's */
  for (pos = designator + 1; pos + 2 < max; pos++)
    {
      if (diem_tokens_is (tokens, pos, "lần") && diem_tokens_is (tokens, pos + 1, "thứ") && is_numeral (tokens, pos + 2))
        {
          designator = pos + 2;
          break;
        }
      if (diem_tokens_has (tokens, pos, DIEM_TOKEN_PUNCT) || diem_grammar_stop_word (tokens, pos, limit) > 0)
        break;
    }
  end = read_terms (tokens, designator + 1, event);

  name_end = end;
  type = "event";
  for (guint k = i; k < designator; k++)
    if ((diem_tokens_is (tokens, k, "đại") && diem_tokens_is (tokens, k + 1, "hội"))
        || (diem_tokens_is (tokens, k, "đh") && diem_tokens_has (tokens, k, DIEM_TOKEN_UPPER)))
      type = "congress";
  if (g_str_equal (type, "event"))
    type = "plenum";
  else
    event->issuer = congress_body (tokens, i, designator);

  /* "Hội nghị lần thứ 11 Ban Chấp hành Trung ương …": the body that met follows */
  if (diem_tokens_has (tokens, end, DIEM_TOKEN_CAPITALISED) && !diem_tokens_is (tokens, end, "của"))
    {
      guint body_end = diem_grammar_body_end (tokens, end, limit);

      if (is_term_word (tokens, body_end) && is_numeral (tokens, body_end + 1))
        body_end += 2;
      if (body_end > end)
        {
          g_autofree char *body = text_of (tokens, end, body_end);
          g_autofree char *body_lower = g_utf8_strdown (body, -1);

          g_free (event->issuer);
          event->issuer = g_steal_pointer (&body);
          if (g_str_equal (type, "plenum") && strstr (body_lower, "trung ương") != NULL)
            {
              /* "lần thứ năm" and "lần thứ 5" are "Hội nghị Trung ương 5" */
              event->name = g_strdup_printf ("Nghị quyết Hội nghị Trung ương %u",
                                             numeral_value (tokens, designator));
              event->key = g_strdup_printf ("%s:%u", type, numeral_value (tokens, designator));
              event->n_terms = 0;
              return body_end;
            }
        }
      name_end = end;
      end = MAX (end, body_end);
    }
  {
    g_autofree char *event_text = text_of (tokens, i, name_end);
    g_autofree char *prefix_text = text_of (tokens, i, designator + 1);

    event->name = g_strconcat ("Nghị quyết ", event_text, NULL);
    event->prefix = g_strconcat ("Nghị quyết ", prefix_text, NULL);
  }
  if (event->n_terms == 1)
    event->key = g_strdup_printf ("%s:%u/%u", type, numeral_value (tokens, designator),
                                  numeral_value (tokens, event->terms[0]));
  else
    event->key = g_strdup_printf ("%s:%u", type, numeral_value (tokens, designator));
  return end;
}

/* Numbered documents are found again by their number or any part of it cut at a '/' or
 * '-' ("98" and "98/2023" are "98/2023/QH15"; "24" is "24-NQ/TW"): every document is
 * indexed under each such prefix and under its whole number, so that a lookup costs a
 * few hash probes whatever the number of documents. */
#define NUMBER_MAX_PARTS 8

static char *
number_key (DiemDocumentKind kind,
            const char      *id,
            gsize            length)
{
  g_autofree char *lower = g_ascii_strdown (id, (gssize) length);

  return g_strdup_printf ("%d:%s", kind, lower);
}

/* Lengths of id's prefixes that end before a '/' or '-', shortest first, then the
 * whole id; returns how many. */
static guint
number_parts (const char *id,
              gsize      *lengths)
{
  guint n = 0;

  for (const char *p = id; *p != '\0' && n < NUMBER_MAX_PARTS - 1; p++)
    if ((*p == '/' || *p == '-') && p > id)
      lengths[n++] = (gsize) (p - id);
  lengths[n++] = strlen (id);
  return n;
}

static void
index_numbered (Context      *ctx,
                DiemDocument *doc,
                guint         order)
{
  gsize lengths[NUMBER_MAX_PARTS];
  guint n = number_parts (doc->id, lengths);

  for (guint k = 0; k < n; k++)
    {
      char *key = number_key (doc->kind, doc->id, lengths[k]);

      /* the first document keeps a part that two share */
      if (g_hash_table_contains (ctx->by_part, key))
        g_free (key);
      else
        g_hash_table_insert (ctx->by_part, key, GUINT_TO_POINTER (order + 1));
    }
  g_hash_table_insert (ctx->by_number, number_key (doc->kind, doc->id, lengths[n - 1]),
                       GUINT_TO_POINTER (order + 1));
}

static void
unindex_number (Context      *ctx,
                DiemDocument *doc)
{
  g_autofree char *key = number_key (doc->kind, doc->id, strlen (doc->id));

  g_hash_table_remove (ctx->by_number, key);
}

/* The earliest document whose number is id, starts with id, or is how id starts. */
static DiemDocument *
find_numbered (Context          *ctx,
               GPtrArray        *list,
               DiemDocumentKind  kind,
               const char       *id,
               guint            *order_out)
{
  gsize lengths[NUMBER_MAX_PARTS];
  guint n = number_parts (id, lengths);
  g_autofree char *whole = number_key (kind, id, lengths[n - 1]);
  guint best = GPOINTER_TO_UINT (g_hash_table_lookup (ctx->by_part, whole));

  for (guint k = 0; k + 1 < n; k++)
    {
      g_autofree char *part = number_key (kind, id, lengths[k]);
      guint order = GPOINTER_TO_UINT (g_hash_table_lookup (ctx->by_number, part));

      if (order != 0 && (best == 0 || order < best))
        best = order;
    }
  *order_out = best - 1;
  return best != 0 ? g_ptr_array_index (list, best - 1) : NULL;
}

static DiemDocument *
record (Context          *ctx,
        DiemDocumentKind  kind,
        const char       *id,
        const char       *key,
        const char       *issuer,
        gboolean          prefer_short)
{
  GPtrArray *list = kind == DIEM_DOCUMENT_RESOLUTION ? ctx->resolutions : ctx->documents;
  DiemDocument *doc = NULL;
  guint order = 0;
  g_autofree char *full_key = NULL;

  if (key == NULL)
    doc = find_numbered (ctx, list, kind, id, &order);
  else
    {
      g_autofree char *issuer_key = issuer != NULL ? g_utf8_strdown (issuer, -1) : NULL;
      DiemDocument *same = NULL;

      full_key = g_strdup_printf ("%d:%s", kind, key);
      /* the same meeting's resolution under another body is another resolution
       * ("Nghị quyết Đại hội XIII" of the Party and of a Party committee) */
      for (guint n = 0; n < 8; n++)
        {
          g_autofree char *k = g_strdup_printf ("%s#%u", full_key, n);
          DiemDocument *candidate = g_hash_table_lookup (ctx->by_key, k);
          g_autofree char *candidate_issuer = NULL;

          if (candidate == NULL)
            {
              if (same == NULL)
                {
                  g_free (full_key);
                  full_key = g_steal_pointer (&k);
                }
              break;
            }
          candidate_issuer = candidate->issuer ? g_utf8_strdown (candidate->issuer, -1) : NULL;
          if (issuer_key == NULL || candidate_issuer == NULL || g_str_equal (issuer_key, candidate_issuer))
            {
              same = candidate;
              break;
            }
        }
      doc = same;
    }

  if (doc == NULL)
    {
      doc = diem_document_new (kind, id);
      g_ptr_array_add (list, doc);
      if (full_key != NULL)
        {
          const char *term = strchr (key, '/');

          g_hash_table_insert (ctx->by_key, g_steal_pointer (&full_key), doc);
          /* "Nghị quyết Trung ương 4 (Khóa XII)", later just "Nghị quyết Trung ương 4" */
          if (term != NULL)
            {
              char *base = g_strdup_printf ("%d:%.*s#0", kind, (int) (term - key), key);

              if (g_hash_table_contains (ctx->by_key, base))
                g_free (base);
              else
                g_hash_table_insert (ctx->by_key, base, doc);
            }
        }
      else
        index_numbered (ctx, doc, list->len - 1);
    }
  else if (key == NULL && strlen (id) > strlen (doc->id))
    {
      /* "98", then "98/2023/QH15": the document now goes by the longer number */
      unindex_number (ctx, doc);
      g_free (doc->id);
      doc->id = g_strdup (id);
      index_numbered (ctx, doc, order);
    }
  else if (prefer_short && strlen (id) < strlen (doc->id))
    {
      g_free (doc->id);
      doc->id = g_strdup (id);
    }
  if (issuer != NULL && doc->issuer == NULL)
    doc->issuer = g_strdup (issuer);
  /* "Quốc hội", later "Quốc hội khóa XV": the fuller name of the same body */
  else if (issuer != NULL && g_str_has_prefix (issuer, doc->issuer) && strlen (issuer) > strlen (doc->issuer)
           && issuer[strlen (doc->issuer)] == ' ')
    {
      g_free (doc->issuer);
      doc->issuer = g_strdup (issuer);
    }
  return doc;
}

/* "CP", "TTg", "NQ/TW": a short word with two capitals at least, as an issuer's code is
 * written; "Trung" is none. */
static gboolean
is_code (const DiemTokens *tokens,
         guint             i)
{
  const DiemToken *token = diem_tokens_get (tokens, i);
  guint capitals = 0;

  if (token == NULL || !(token->flags & DIEM_TOKEN_WORD) || (token->flags & DIEM_TOKEN_BLOCK_START)
      || token->end - token->start > 12)
    return FALSE;
  for (const char *c = tokens->text + token->start; c < tokens->text + token->end; c = g_utf8_next_char (c))
    capitals += g_unichar_isupper (g_utf8_get_char (c));
  return capitals >= 2;
}

/* End of a document number at i: "15/CT-TTg" comes as "15/CT", "-", "TTg" when its last
 * code is not all capitals; the parts written without spaces belong together. */
static guint
number_end (const DiemTokens *tokens,
            guint             i)
{
  guint last = i;

  while (!diem_tokens_has (tokens, last, DIEM_TOKEN_SPACE_AFTER) && diem_grammar_is_punct (tokens, last + 1, "-/")
         && !diem_tokens_has (tokens, last + 1, DIEM_TOKEN_SPACE_AFTER)
         && diem_tokens_has (tokens, last + 2, DIEM_TOKEN_WORD)
         && !diem_tokens_has (tokens, last + 2, DIEM_TOKEN_BLOCK_START))
    last += 2;
  /* "54/NQ - CP", "29 - NQ/TW", "339/NQ - BCH - HLGVN": short codes after spaced
   * dashes, when a '/' is on either side of them */
  for (guint round = 0; round < 3 && diem_grammar_is_dash (tokens, last + 1) && is_code (tokens, last + 2); round++)
    {
      guint code_end = last + 3;
      gboolean slash = FALSE;

      while (!diem_tokens_has (tokens, code_end - 1, DIEM_TOKEN_SPACE_AFTER) && diem_grammar_is_punct (tokens, code_end, "-/")
             && diem_tokens_has (tokens, code_end + 1, DIEM_TOKEN_WORD) && code_end - last < 8)
        code_end += 2;
      for (guint k = i; k < code_end && !slash; k++)
        slash = strchr (diem_tokens_key (tokens, k), '/') != NULL;
      if (!slash)
        break;
      last = code_end - 1;
    }
  return last + 1;
}

/* After "Nghị quyết 24," or "Nghị định 15/2020/NĐ-CP và": another number of the same
 * shape (with a code or without); a bare one only where the clause does not go on
 * from it ("24, 31 của …", not "24, 31 năm qua"); one with a thousands dot is a
 * quantity. */
static gboolean
is_listed_number (const DiemTokens *tokens,
                  guint             i,
                  guint             limit,
                  gboolean          coded)
{
  static const char *const after[] = { "và", "của", "ngày", "về", "đã", "được", "do" };
  guint n_end;
  g_autofree char *id = NULL;

  if (!diem_tokens_has (tokens, i, DIEM_TOKEN_DIGIT) || !g_ascii_isdigit (diem_tokens_key (tokens, i)[0]))
    return FALSE;
  n_end = number_end (tokens, i);
  id = text_of (tokens, i, n_end);
  if ((strchr (id, '/') != NULL) != coded || strchr (id, '.') != NULL)
    return FALSE;
  /* a number with its code is a document's whatever follows */
  if (coded || n_end >= limit || diem_grammar_is_punct (tokens, n_end, ",;.:)"))
    return TRUE;
  for (guint k = 0; k < G_N_ELEMENTS (after); k++)
    if (diem_tokens_is (tokens, n_end, after[k]))
      return TRUE;
  return FALSE;
}

/* Is the document kind at @kind the object of a verb that puts documents out or hands
 * them over ("ban hành nghị quyết …", "công bố nghị quyết …")? Not when the act is only
 * named, intended or needed ("việc ban hành …", "sẽ ban hành …", "cần ban hành …"). */
/* "ban hành tiếp Nghị quyết", "ký thêm Quyết định": where the verb before the kind at
 * @kind ends, past an adverb of going on. */
static guint
verb_end_before (const DiemTokens *tokens,
                 guint             start,
                 guint             kind)
{
  if (kind > start + 1 && (diem_tokens_is (tokens, kind - 1, "tiếp") || diem_tokens_is (tokens, kind - 1, "thêm")))
    return kind - 1;
  return kind;
}

static gboolean
kind_is_object (const DiemTokens *tokens,
                guint             start,
                guint             kind)
{
  static const char *const unreal[] = { "việc", "sẽ", "cần", "phải", "để", "chưa", "nên", "muốn" };

  kind = verb_end_before (tokens, start, kind);
  for (guint len = 1; len <= 3 && len <= kind - start; len++)
    if (document_verb_spans (tokens, kind - len, kind, "issue")
        || document_verb_spans (tokens, kind - len, kind, "object"))
      {
        for (guint k = 0; k < G_N_ELEMENTS (unreal); k++)
          if (kind - len > start && diem_tokens_is (tokens, kind - len - 1, unreal[k]))
            return FALSE;
        return TRUE;
      }
  return FALSE;
}

/* At the head of a sentence "Nghị quyết xác nhận kết quả được thông qua": the name by
 * subject verb is the subject of a clause whose own verb puts it out, from @s_end on. */
static gboolean
name_before_issue_verb (const DiemTokens *tokens,
                        guint             s_end,
                        guint             limit)
{
  if (!diem_tokens_is (tokens, s_end, "được") && !diem_tokens_is (tokens, s_end, "đã")
      && !diem_tokens_is (tokens, s_end, "vừa"))
    return FALSE;
  /* "được Ủy ban Thường vụ Quốc hội thông qua", "vừa được ban hành": the verb after
   * the agent, in the same clause and within a few words */
  for (guint first = s_end + 1; first < MIN (limit, s_end + 10); first++)
    {
      if (diem_tokens_has (tokens, first, DIEM_TOKEN_PUNCT))
        return FALSE;
      for (guint len = 1; len <= 3 && first + len <= limit; len++)
        if (document_verb_spans (tokens, first, first + len, "issue"))
          return TRUE;
    }
  return FALSE;
}

/* "Ngày", "Sáng", "tháng": a word that opens a time */
static gboolean
is_time_word (const DiemTokens *tokens,
              guint             i)
{
  static const char *const words[] = { "ngày", "tháng", "năm", "sáng", "chiều", "tối", "trưa", "đêm", "hôm", NULL };

  for (guint k = 0; words[k] != NULL; k++)
    if (diem_tokens_is (tokens, i, words[k]))
      return TRUE;
  return FALSE;
}

/* The issuer as the subject of the sentence: "Thủ tướng Chính phủ vừa ký Quyết định …",
 * "HĐND tỉnh đã thông qua Nghị quyết …". @kind is the document kind's first token. */
static char *
sentence_issuer (const DiemTokens *tokens,
                 guint             start,
                 guint             kind)
{
  guint verb, body;

  kind = verb_end_before (tokens, start, kind);
  verb = kind;
  for (guint len = 1; len <= 3 && len <= kind - start; len++)
    if (document_verb_spans (tokens, kind - len, kind, "issue"))
      verb = kind - len;
  if (verb == kind)
    return NULL;
  for (guint n = 0; n < 3; n++)
    for (guint len = 1; len <= 2 && len <= verb - start; len++)
      if (document_verb_spans (tokens, verb - len, verb, "aspect"))
        {
          verb -= len;
          break;
        }
  /* the longest body that ends right before the verb, not a person's name */
  for (body = verb > start + DIEM_TITLE_MAX_TOKENS ? verb - DIEM_TITLE_MAX_TOKENS : start; body < verb; body++)
    {
      gboolean named = FALSE;
      guint place = 0;

      /* not the end of a longer name ("tỉnh Bà Rịa - Vũng Tàu") */
      if (!diem_tokens_has (tokens, body, DIEM_TOKEN_CAPITALISED)
          || (body > start && diem_tokens_has (tokens, body - 1, DIEM_TOKEN_WORD)
              && diem_tokens_has (tokens, body - 1, DIEM_TOKEN_CAPITALISED))
          || (body > start && diem_grammar_is_dash (tokens, body - 1))
          || diem_grammar_body_end (tokens, body, verb) != verb)
        continue;
      for (guint k = body; k < verb && !named; k++)
        named = k + diem_grammar_name_at (tokens, k, verb) == verb;
      /* a place alone ("TP. Hồ Chí Minh" cut at its dot) is where, not who */
      if (diem_lexicon_match (diem_lexicon (DIEM_LEXICON_PLACES), tokens, body, verb, &place) >= 0
          && body + place == verb)
        continue;
      /* "Ngày 30/10/2018 ban hành …": when, not who */
      if (is_time_word (tokens, body) && diem_tokens_has (tokens, body + 1, DIEM_TOKEN_DIGIT))
        continue;
      if (!named)
        return text_of (tokens, body, verb);
    }
  return NULL;
}

/* "Công ty Luật Hợp danh …", "Trường Đại học Luật …": "Luật" after a capitalised word
 * inside the sentence or after a term of organisation names is a word of an
 * organisation's name, not a law. */
static gboolean
law_in_name (const DiemTokens *tokens,
             guint             start,
             guint             kind)
{
  if (kind >= start + 2 && diem_grammar_org_term_at (tokens, kind - 2, kind))
    return TRUE;
  return kind > start && diem_tokens_has (tokens, kind - 1, DIEM_TOKEN_WORD)
         && diem_tokens_has (tokens, kind - 1, DIEM_TOKEN_CAPITALISED)
         && !(kind - 1 == start || diem_tokens_has (tokens, kind - 1, DIEM_TOKEN_BLOCK_START));
}

/* Does a law's name stop at k: punctuation, the clause's words ("nếu", "rồi", "của")? */
static gboolean
law_name_stops (const DiemTokens *tokens,
                guint             k,
                guint             limit)
{
  static const char *const clause[] = {
    "của", "nếu", "rồi", "lại", "thì", "mà", "là", "khi", "để", "theo", "trong", "với",
    "vì", "do", "nên", "hay", "hoặc", "nhưng", "song", "cho", "thay", "trình",
  };

  if (k >= limit || diem_tokens_has (tokens, k, DIEM_TOKEN_PUNCT) || ends_subject (tokens, k)
      || diem_grammar_stop_word (tokens, k, limit) > 0)
    return TRUE;
  for (guint c = 0; c < G_N_ELEMENTS (clause); c++)
    if (diem_tokens_is (tokens, k, clause[c]))
      return TRUE;
  return FALSE;
}

/* End of a law's name after "Luật" at @first: a common-noun phrase begun with a capital
 * ("Đất đai", "Tổ chức Chính phủ", "Phí và lệ phí"). It stops at the clause's words, at
 * a comma, at a name that starts after lower-case words ("Luật Đầu tư Nghị định …"), at
 * "và" unless the name ends within two words of it. A name whose second word is
 * capitalised is a firm's, a place's or a person's ("Luật Bảo Ngọc"): none. */
static guint
law_name_end (const DiemTokens *tokens,
              guint             first,
              guint             limit)
{
  guint max = MIN (limit, first + SUBJECT_MAX_TOKENS);
  gboolean lower = FALSE;
  guint k;

  /* "Luật Đất đai", "Luật Tổ chức …": the name's second word is in lower case */
  if (!diem_tokens_has (tokens, first + 1, DIEM_TOKEN_WORD) || diem_tokens_has (tokens, first + 1, DIEM_TOKEN_CAPITALISED))
    return first;
  for (k = first; k < max; k++)
    {
      if (k > first && !diem_tokens_is (tokens, k - 1, "và") && law_name_stops (tokens, k, limit))
        break;
      if (diem_tokens_is (tokens, k, "và")
          && !(law_name_stops (tokens, k + 2, limit) || law_name_stops (tokens, k + 3, limit)))
        break;
      if (k > first && diem_tokens_has (tokens, k, DIEM_TOKEN_CAPITALISED)
          && !diem_tokens_has (tokens, k - 1, DIEM_TOKEN_CAPITALISED) && !diem_grammar_org_term_at (tokens, k, limit))
        break;
      if (diem_tokens_has (tokens, k, DIEM_TOKEN_WORD) && !diem_tokens_has (tokens, k, DIEM_TOKEN_CAPITALISED))
        lower = TRUE;
    }
  return lower ? k : first;
}

/* A count or a plural before a document kind names no single document. */
static gboolean
is_plural_before (const DiemTokens *tokens,
                  guint             i)
{
  static const char *const words[] = { "các", "những", "nhiều", "hai", "ba", "bốn", "mấy", "loạt" };

  if (diem_tokens_has (tokens, i, DIEM_TOKEN_DIGIT))
    return TRUE;
  for (guint k = 0; k < G_N_ELEMENTS (words); k++)
    if (diem_tokens_is (tokens, i, words[k]))
      return TRUE;
  return FALSE;
}

/* "về vấn đề này", "về cùng một vấn đề": a subject that points back or at something of
 * the same kind names no document of its own. */
static gboolean
is_reference_subject (const DiemTokens *tokens,
                      guint             first,
                      guint             end)
{
  static const char *const pointing[] = { "này", "đó", "ấy", "kia", "trên" };

  for (guint k = 0; k < G_N_ELEMENTS (pointing); k++)
    if (diem_tokens_is (tokens, end - 1, pointing[k]))
      return TRUE;
  return diem_tokens_is (tokens, first, "cùng") || diem_tokens_is (tokens, first, "các");
}

/* "Nghị quyết về …", "Nghị quyết điều chỉnh …", "Nghị quyết để tháo gỡ …": an
 * unnumbered resolution named by its subject or its purpose, from @pos (on "về", "để"
 * or the subject verb) to its end. */
static char *
read_subject_name (const DiemTokens *tokens,
                   guint             pos,
                   guint             limit,
                   guint            *end,
                   char            **key,
                   char            **subject)
{
  gboolean about = diem_tokens_is (tokens, pos, "về");
  gboolean purpose = diem_tokens_is (tokens, pos, "để");
  guint first = about || purpose ? pos + 1 : pos;
  guint s_end = subject_end (tokens, first, limit);
  g_autofree char *text = NULL;
  GString *subject_key;

  if (s_end <= first || is_reference_subject (tokens, first, s_end))
    return NULL;
  text = text_of (tokens, first, s_end);
  subject_key = g_string_new ("about:");
  for (guint k = first; k < MIN (s_end, first + 6); k++)
    g_string_append_printf (subject_key, "%s ", diem_tokens_key (tokens, k));
  *key = g_string_free (subject_key, FALSE);
  *end = s_end;
  *subject = g_strdup (text);
  return g_strconcat (about ? "Nghị quyết về " : purpose ? "Nghị quyết để " : "Nghị quyết ", text, NULL);
}

/* The documents of one sentence's list so far: "Nghị quyết 24, 31 của Bộ Chính trị". */
typedef struct
{
  GPtrArray       *chain; /* documents sharing a later "của X" */
  guint            next;  /* where "Nghị quyết 24, 31" goes on */
  DiemDocumentKind kind;
  gboolean         coded;
} DocumentList;

/* Reads the document of the given kind whose name starts at pos: its kind is written
 * at i over len tokens, or, with len 0, the list goes on at i. Returns the last token
 * read, or i when it names no document. */
static guint
read_document (Context          *ctx,
               DocumentList     *list,
               guint             start,
               guint             end,
               guint             i,
               guint             len,
               DiemDocumentKind  kind,
               guint             pos)
{
  const DiemTokens *tokens = ctx->tokens;
  g_autofree char *id = NULL;
  g_autofree char *key = NULL;
  g_autofree char *issuer = NULL;
  g_autofree char *subject = NULL;
  gboolean prefer_short = FALSE;
  gboolean named_by_event = FALSE; /* "Nghị quyết Trung ương 4 khóa XII" names its own body */
  Event event = { 0 };
  DiemDocument *doc;
  gsize mention_start, mention_end;

  if (diem_tokens_is (tokens, pos, "số"))
    pos++;
  /* plurals and counts name no single document, unless numbers follow ("các Nghị
   * quyết 19, 35"); a number before is an article's ("Điều 3 Nghị quyết 02/…") */
  if (i > start && is_plural_before (tokens, i - 1) && !diem_tokens_has (tokens, pos, DIEM_TOKEN_DIGIT))
    return i;

  /* "pháp luật 10.884 vụ", "điều luật 146", "dự thảo Luật 2 phương án": a law goes
   * by its name; only "Luật số 59/2020/QH14" is numbered */
  if (kind == DIEM_DOCUMENT_LAW && diem_tokens_has (tokens, pos, DIEM_TOKEN_DIGIT)
      && !(pos > i + len && diem_tokens_has (tokens, i, DIEM_TOKEN_CAPITALISED)))
    return i;
  if (diem_tokens_has (tokens, pos, DIEM_TOKEN_DIGIT))
    {
      guint n_end = number_end (tokens, pos);
      char *out;

      /* "54/NQ - CP" is the number 54/NQ-CP: its only spaces are around that dash */
      id = text_of (tokens, pos, n_end);
      out = id;
      for (const char *c = id; *c != '\0'; c++)
        if (!g_ascii_isspace (*c))
          *out++ = *c;
      *out = '\0';
      pos = n_end;
      if (diem_grammar_is_punct (tokens, pos, ",") || diem_tokens_is (tokens, pos, "và"))
        {
          list->next = pos;
          list->kind = kind;
          list->coded = strchr (id, '/') != NULL;
        }
    }
  else if (kind == DIEM_DOCUMENT_RESOLUTION)
    {
      guint event_end = read_event (tokens, pos, end, &event);

      if (event_end > pos)
        {
          pos = event_end;
          named_by_event = TRUE;
          id = g_steal_pointer (&event.name);
          key = g_steal_pointer (&event.key);
          issuer = g_steal_pointer (&event.issuer);
        }
      else
        {
          guint s_end = pos;

          event_clear (&event);
          pos = read_issuer (tokens, pos, end, &issuer);
          /* "Nghị quyết HĐQT về …", "nghị quyết Quốc hội về …": the body written
           * right after the kind, before its subject */
          if (pos == i + len && diem_tokens_has (tokens, pos, DIEM_TOKEN_CAPITALISED))
            {
              guint body_end = diem_grammar_body_end (tokens, pos, end);

              if (body_end > pos && diem_tokens_is (tokens, body_end, "về"))
                {
                  issuer = text_of (tokens, pos, body_end);
                  pos = body_end;
                }
            }
          /* a name by subject verb is a title ("Nghị quyết điều chỉnh …" written with
           * a capital, after a verb or in a list, or the object of a verb that puts it
           * out), not the sentence's own subject ("Nghị quyết quy định rõ …") unless
           * that verb follows it ("… được Quốc hội thông qua") */
          /* "ban hành Nghị quyết để tháo gỡ …": what a resolution put out is for names it */
          if (diem_tokens_is (tokens, pos, "về")
              || (pos == i + len && diem_tokens_is (tokens, pos, "để") && kind_is_object (tokens, start, i)
                  && subject_end (tokens, pos + 1, end) > pos + 2)
              || (pos == i + len && subject_verb_at (tokens, pos, end) > 0
                  && subject_end (tokens, pos, end) > pos + subject_verb_at (tokens, pos, end)
                  && ((i > start && diem_tokens_has (tokens, i, DIEM_TOKEN_CAPITALISED))
                      || kind_is_object (tokens, start, i)
                      || name_before_issue_verb (tokens, subject_end (tokens, pos, end), end))))
            id = read_subject_name (tokens, pos, end, &s_end, &key, &subject);
          if (id != NULL)
            {
              prefer_short = TRUE;
              pos = s_end;
            }
        }
    }
  else if (kind == DIEM_DOCUMENT_LAW && diem_tokens_has (tokens, i, DIEM_TOKEN_CAPITALISED)
           && diem_tokens_has (tokens, pos, DIEM_TOKEN_CAPITALISED) && !law_in_name (tokens, start, i))
    {
      guint name_end = law_name_end (tokens, pos, end);

      if (name_end > pos)
        {
          id = text_of (tokens, i, name_end);
          key = g_utf8_strdown (id, -1);
          pos = name_end;
        }
    }
  if (id == NULL)
    {
      event_clear (&event);
      return i;
    }

  /* "ngày 22/7/2016" or ", ngày 22/7/2016" between the number and the issuer */
  if (diem_grammar_is_punct (tokens, pos, ",") && diem_tokens_is (tokens, pos + 1, "ngày")
      && diem_tokens_has (tokens, pos + 2, DIEM_TOKEN_DIGIT) && diem_tokens_is (tokens, pos + 3, "của"))
    pos++;
  if (diem_tokens_is (tokens, pos, "ngày") && diem_tokens_has (tokens, pos + 1, DIEM_TOKEN_DIGIT))
    pos += 2;
  pos = read_issuer (tokens, pos, end, &issuer);
  if (subject == NULL && diem_tokens_is (tokens, pos, "về"))
    {
      guint s_end = subject_end (tokens, pos + 1, end);

      if (s_end > pos + 1)
        subject = text_of (tokens, pos + 1, s_end);
    }
  if (issuer == NULL)
    issuer = sentence_issuer (tokens, start, i);

  mention_start = diem_tokens_get (tokens, i)->start;
  mention_end = diem_tokens_get (tokens, MAX (pos, i + len) - 1)->end;
  if (event.n_terms > 1)
    {
      /* "Nghị quyết Trung ương 4 (Khóa XI, XII)": one resolution of each term */
      doc = NULL;
      for (guint t = 0; t < event.n_terms; t++)
        {
          g_autofree char *term = text_of (tokens, event.terms[t], event.terms[t] + 1);
          g_autofree char *term_name = g_strdup_printf ("%s (Khóa %s)", event.prefix, term);
          g_autofree char *term_key = g_strdup_printf ("%s/%u", key, numeral_value (tokens, event.terms[t]));
          DiemDocument *term_doc = record (ctx, kind, term_name, term_key, issuer, FALSE);

          diem_mentions_add (term_doc->mentions, mention_start, mention_end);
          doc = doc != NULL ? doc : term_doc;
        }
    }
  else
    {
      g_autofree char *by_subject = subject != NULL ? subject_key (kind, subject) : NULL;

      doc = NULL;
      /* "Nghị quyết 54 của Quốc hội về thí điểm cơ chế …", later "nghị quyết của Quốc
       * hội về thí điểm cơ chế …": the numbered one, named again by its subject */
      if (prefer_short && by_subject != NULL)
        {
          DiemDocument *same = g_hash_table_lookup (ctx->by_subject, by_subject);

          if (same != NULL
              && (issuer == NULL || same->issuer == NULL || g_utf8_collate (issuer, same->issuer) == 0))
            doc = same;
        }
      if (doc == NULL)
        doc = record (ctx, kind, id, key, issuer, prefer_short);
      diem_mentions_add (doc->mentions, mention_start, mention_end);
      if (key == NULL && by_subject != NULL && !g_hash_table_contains (ctx->by_subject, by_subject))
        g_hash_table_insert (ctx->by_subject, g_steal_pointer (&by_subject), doc);
    }
  event_clear (&event);
  if (subject != NULL && doc->subject == NULL)
    doc->subject = g_steal_pointer (&subject);
  if (issuer != NULL)
    {
      /* "Nghị quyết 24, Nghị quyết 31 của Bộ Chính trị về …": issuer and subject
       * belong to the whole list */
      for (guint k = 0; k < list->chain->len; k++)
        {
          DiemDocument *earlier = g_ptr_array_index (list->chain, k);

          if (earlier->issuer == NULL)
            earlier->issuer = g_strdup (issuer);
          if (earlier->subject == NULL && doc->subject != NULL)
            earlier->subject = g_strdup (doc->subject);
        }
      g_ptr_array_set_size (list->chain, 0);
    }
  else if (!named_by_event)
    g_ptr_array_add (list->chain, doc);
  return MAX (pos, i + len) - 1;
}

static void
read_sentence (Context *ctx,
               guint    start,
               guint    end)
{
  const DiemTokens *tokens = ctx->tokens;
  const DiemLexicon *kinds = diem_lexicon (DIEM_LEXICON_DOCUMENT_KINDS);
  g_autoptr(GPtrArray) chain = g_ptr_array_new ();
  DocumentList list = { chain, G_MAXUINT, DIEM_DOCUMENT_RESOLUTION, FALSE };

  /* most tokens start no document and are passed over here, at the cost of a lookup */
  for (guint i = start; i < end; i++)
    {
      guint len = 0;
      int entry = diem_lexicon_match (kinds, tokens, i, end, &len);

      if (entry >= 0)
        {
          list.next = G_MAXUINT;
          i = read_document (ctx, &list, start, end, i, len, kind_from_name (diem_lexicon_field (kinds, entry, 1)), i + len);
        }
      else if (i == list.next + 1
               && (is_listed_number (tokens, i, end, list.coded)
                   || (diem_tokens_is (tokens, i, "số") && is_listed_number (tokens, i + 1, end, list.coded))))
        {
          /* "Nghị quyết số 24, 31 của Bộ Chính trị", "số 18-NQ/TW, số 19-NQ/TW": the
           * kind is not written again */
          list.next = G_MAXUINT;
          i = read_document (ctx, &list, start, end, i, 0, list.kind, i);
        }
      /* a list of documents goes on through "," "và" ";" only */
      else if (list.chain->len > 0 && !diem_grammar_is_punct (tokens, i, ",;") && !diem_tokens_is (tokens, i, "và")
               && !diem_tokens_is (tokens, i, "số") && !diem_tokens_has (tokens, i, DIEM_TOKEN_DIGIT))
        g_ptr_array_set_size (list.chain, 0);
    }
}

/* "333/2017/UBTVQH14" → "Ủy ban Thường vụ Quốc hội": the issuer that the number's
 * last part codes, for documents whose text names none. */
static void
issuer_from_number (DiemDocument *document)
{
  const char *slash = strrchr (document->id, '/');
  const char *code = slash ? slash + 1 : NULL;
  const char *dash;
  g_autofree char *lower = NULL;
  const DiemLexicon *codes;
  gsize length;
  int entry;

  if (document->issuer != NULL || code == NULL || !g_ascii_isdigit (document->id[0]))
    return;
  dash = strrchr (code, '-');
  if (dash != NULL)
    code = dash + 1;
  length = strlen (code);
  while (length > 0 && g_ascii_isdigit (code[length - 1]))
    length--;
  if (length == 0)
    return;
  lower = g_utf8_strdown (code, (gssize) length);
  codes = diem_lexicon_get ("issuer-codes");
  entry = diem_lexicon_lookup (codes, lower);
  if (entry >= 0)
    document->issuer = g_strdup (diem_lexicon_field (codes, entry, 1));
}

void
diem_documents_extract (const DiemTokens *tokens,
                        GPtrArray        *resolutions,
                        GPtrArray        *documents)
{
  Context ctx = { tokens, resolutions, documents, NULL, NULL, NULL, NULL };

  ctx.by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ctx.by_part = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ctx.by_number = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ctx.by_subject = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint s = 0; s < tokens->sentences->len; s++)
    {
      const DiemSentence *sentence = &g_array_index (tokens->sentences, DiemSentence, s);

      read_sentence (&ctx, sentence->start, sentence->end);
    }
  g_hash_table_unref (ctx.by_key);
  g_hash_table_unref (ctx.by_part);
  g_hash_table_unref (ctx.by_number);
  g_hash_table_unref (ctx.by_subject);

  for (guint i = 0; i < resolutions->len; i++)
    issuer_from_number (g_ptr_array_index (resolutions, i));
  for (guint i = 0; i < documents->len; i++)
    issuer_from_number (g_ptr_array_index (documents, i));
}
