/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-documents.c — resolutions and other legal and party documents
 *
 * "Nghị quyết số 98/2023/QH15 của Quốc hội về …", "Nghị quyết 24-NQ/TW", a short
 * "Nghị quyết 98" (the same resolution), unnumbered ones named by the meeting that
 * passed them ("Nghị quyết Đại hội XI", "Nghị quyết Trung ương 4 (Khóa XII)") or by
 * their subject ("Nghị quyết của Quốc hội về …"). "của X" gives the issuer, shared back
 * over a list ("Nghị quyết 24, Nghị quyết 31 của Bộ Chính trị"). Plurals ("các nghị
 * quyết của Trung ương") name no document and are skipped.
 */
#include "diem-documents.h"

#include <string.h>

#include "diem-grammar.h"

#define EVENT_MAX_TOKENS 10
#define SUBJECT_MAX_TOKENS 30

typedef struct
{
  const DiemTokens *tokens;
  GPtrArray        *resolutions;
  GPtrArray        *documents;
  GHashTable       *by_key;   /* kind:key → DiemDocument */
} Context;

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

static gboolean
is_numeral (const DiemTokens *tokens,
            guint             i)
{
  return diem_tokens_has (tokens, i, DIEM_TOKEN_DIGIT)
         || (diem_tokens_has (tokens, i, DIEM_TOKEN_CAPITALISED) && is_roman (diem_tokens_key (tokens, i)));
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
  /* "Bộ Chính trị khóa XIII" */
  if (diem_tokens_is (tokens, end, "khóa") && is_numeral (tokens, end + 1))
    end += 2;
  if (end <= i + 1)
    return i;
  g_free (*issuer);
  *issuer = text_of (tokens, i + 1, end);
  return end;
}

/* End of the subject after "về", at punctuation that closes the clause or at "và các",
 * "và những" that run on to something else. */
static guint
subject_end (const DiemTokens *tokens,
             guint             i,
             guint             limit)
{
  guint max = MIN (limit, i + SUBJECT_MAX_TOKENS);

  for (guint pos = i; pos < max; pos++)
    {
      if (diem_grammar_is_punct (tokens, pos, ",;.:!?()\"“”…"))
        return pos;
      if (diem_tokens_is (tokens, pos, "và")
          && (diem_tokens_is (tokens, pos + 1, "các") || diem_tokens_is (tokens, pos + 1, "những")))
        return pos;
      if (pos > i && diem_tokens_has (tokens, pos, DIEM_TOKEN_BLOCK_START))
        return pos;
    }
  return max;
}

/* The meeting that passed an unnumbered resolution: "Đại hội XI", "Trung ương 4 (Khóa
 * XII)", "Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII". Returns its end
 * (== i when there is none) and a name and key for it. */
static guint
read_event (const DiemTokens *tokens,
            guint             i,
            guint             limit,
            char            **name,
            char            **key,
            char            **issuer)
{
  guint max = MIN (limit, i + EVENT_MAX_TOKENS);
  guint pos = i, designator = G_MAXUINT, end, name_end;
  const char *first = diem_tokens_key (tokens, i);
  const char *type;

  if (!(g_str_equal (first, "đại") || g_str_equal (first, "hội") || g_str_equal (first, "trung")))
    return i;
  if (!diem_tokens_has (tokens, i, DIEM_TOKEN_CAPITALISED) && !g_str_equal (first, "đại"))
    return i;

  for (; pos < max; pos++)
    {
      if (diem_tokens_has (tokens, pos, DIEM_TOKEN_PUNCT) || diem_tokens_is (tokens, pos, "của")
          || diem_grammar_stop_word (tokens, pos, limit) > 0)
        break;
      if (is_numeral (tokens, pos))
        {
          designator = pos;
          break;
        }
    }
  if (designator == G_MAXUINT)
    return i;
  end = designator + 1;
  if (diem_tokens_is (tokens, end, "khóa") && is_numeral (tokens, end + 1))
    end += 2;
  else if (diem_grammar_is_punct (tokens, end, "(") && diem_tokens_is (tokens, end + 1, "khóa")
           && is_numeral (tokens, end + 2) && diem_grammar_is_punct (tokens, end + 3, ")"))
    end += 4;

  name_end = end;
  type = "event";
  for (guint k = i; k < designator; k++)
    if (diem_tokens_is (tokens, k, "đại") && diem_tokens_is (tokens, k + 1, "hội"))
      type = "congress";
  if (g_str_equal (type, "event"))
    type = "plenum";

  /* "Hội nghị lần thứ 11 Ban Chấp hành Trung ương …": the body that met follows */
  if (diem_tokens_has (tokens, end, DIEM_TOKEN_CAPITALISED) && !diem_tokens_is (tokens, end, "của"))
    {
      guint body_end = diem_grammar_body_end (tokens, end, limit);

      if (diem_tokens_is (tokens, body_end, "khóa") && is_numeral (tokens, body_end + 1))
        body_end += 2;
      if (body_end > end)
        {
          g_autofree char *body = text_of (tokens, end, body_end);
          g_autofree char *body_lower = g_utf8_strdown (body, -1);

          g_free (*issuer);
          *issuer = g_steal_pointer (&body);
          if (g_str_equal (type, "plenum") && strstr (body_lower, "trung ương") != NULL)
            {
              *name = g_strdup_printf ("Nghị quyết Hội nghị Trung ương %s",
                                       diem_tokens_key (tokens, designator));
              *key = g_strdup_printf ("%s:%u", type, numeral_value (tokens, designator));
              return body_end;
            }
        }
      name_end = end;
      end = MAX (end, body_end);
    }
  {
    g_autofree char *event = text_of (tokens, i, name_end);

    *name = g_strconcat ("Nghị quyết ", event, NULL);
  }
  *key = g_strdup_printf ("%s:%u", type, numeral_value (tokens, designator));
  return end;
}

static gboolean
ids_same_number (const char *a,
                 const char *b)
{
  gsize la = strlen (a), lb = strlen (b);
  const char *s = la <= lb ? a : b, *l = la <= lb ? b : a;
  gsize n = MIN (la, lb);

  if (g_ascii_strcasecmp (a, b) == 0)
    return TRUE;
  return g_ascii_strncasecmp (s, l, n) == 0 && (l[n] == '/' || l[n] == '-');
}

static DiemDocument *
find_numbered (GPtrArray        *list,
               DiemDocumentKind  kind,
               const char       *id)
{
  for (guint i = 0; i < list->len; i++)
    {
      DiemDocument *doc = g_ptr_array_index (list, i);

      if (doc->kind == kind && g_ascii_isdigit (doc->id[0]) && ids_same_number (doc->id, id))
        return doc;
    }
  return NULL;
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
  g_autofree char *full_key = NULL;

  if (key == NULL)
    doc = find_numbered (list, kind, id);
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
        g_hash_table_insert (ctx->by_key, g_steal_pointer (&full_key), doc);
    }
  else if ((key == NULL && strlen (id) > strlen (doc->id))
           || (prefer_short && strlen (id) < strlen (doc->id)))
    {
      g_free (doc->id);
      doc->id = g_strdup (id);
    }
  if (issuer != NULL && doc->issuer == NULL)
    doc->issuer = g_strdup (issuer);
  return doc;
}

static void
read_sentence (Context *ctx,
               guint    start,
               guint    end)
{
  const DiemTokens *tokens = ctx->tokens;
  const DiemLexicon *kinds = diem_lexicon (DIEM_LEXICON_DOCUMENT_KINDS);
  g_autoptr(GPtrArray) chain = g_ptr_array_new (); /* documents sharing a later "của X" */

  for (guint i = start; i < end; i++)
    {
      guint len = 0, pos;
      int entry = diem_lexicon_match (kinds, tokens, i, end, &len);
      DiemDocumentKind kind;
      g_autofree char *id = NULL;
      g_autofree char *key = NULL;
      g_autofree char *issuer = NULL;
      g_autofree char *subject = NULL;
      gboolean prefer_short = FALSE;
      gboolean named_by_event = FALSE; /* "Nghị quyết Trung ương 4 khóa XII" names its own body */
      DiemDocument *doc;

      if (entry < 0)
        {
          /* a list of documents goes on through "," "và" ";" only */
          if (!diem_grammar_is_punct (tokens, i, ",;") && !diem_tokens_is (tokens, i, "và")
              && !diem_tokens_is (tokens, i, "số") && !diem_tokens_has (tokens, i, DIEM_TOKEN_DIGIT))
            g_ptr_array_set_size (chain, 0);
          continue;
        }
      kind = kind_from_name (diem_lexicon_field (kinds, entry, 1));
      pos = i + len;
      /* plurals and counts name no single document */
      if (i > start && (diem_tokens_is (tokens, i - 1, "các") || diem_tokens_is (tokens, i - 1, "những")
                        || diem_tokens_has (tokens, i - 1, DIEM_TOKEN_DIGIT)))
        continue;
      if (diem_tokens_is (tokens, pos, "số"))
        pos++;

      if (diem_tokens_has (tokens, pos, DIEM_TOKEN_DIGIT))
        {
          id = text_of (tokens, pos, pos + 1);
          pos++;
        }
      else if (kind == DIEM_DOCUMENT_RESOLUTION)
        {
          guint event_end = read_event (tokens, pos, end, &id, &key, &issuer);

          if (event_end > pos)
            {
              pos = event_end;
              named_by_event = TRUE;
            }
          else
            {
              pos = read_issuer (tokens, pos, end, &issuer);
              if (diem_tokens_is (tokens, pos, "về"))
                {
                  guint s_end = subject_end (tokens, pos + 1, end);
                  g_autofree char *about = NULL;
                  GString *subject_key;

                  if (s_end <= pos + 1)
                    continue;
                  about = text_of (tokens, pos + 1, s_end);
                  subject_key = g_string_new ("about:");
                  id = g_strconcat ("Nghị quyết về ", about, NULL);
                  for (guint k = pos + 1; k < MIN (s_end, pos + 7); k++)
                    g_string_append_printf (subject_key, "%s ", diem_tokens_key (tokens, k));
                  key = g_string_free (subject_key, FALSE);
                  subject = g_steal_pointer (&about);
                  prefer_short = TRUE;
                  pos = s_end;
                }
            }
        }
      else if (kind == DIEM_DOCUMENT_LAW && diem_tokens_has (tokens, i, DIEM_TOKEN_CAPITALISED)
               && diem_tokens_has (tokens, pos, DIEM_TOKEN_CAPITALISED))
        {
          guint name_end = subject_end (tokens, pos, end);

          for (guint k = pos; k < name_end; k++)
            if (diem_tokens_is (tokens, k, "của") || diem_grammar_stop_word (tokens, k, end) > 0)
              {
                name_end = k;
                break;
              }
          if (name_end > pos)
            {
              id = text_of (tokens, i, name_end);
              key = g_utf8_strdown (id, -1);
              pos = name_end;
            }
        }
      if (id == NULL)
        continue;

      /* "ngày 22/7/2016" between the number and the issuer */
      if (diem_tokens_is (tokens, pos, "ngày") && diem_tokens_has (tokens, pos + 1, DIEM_TOKEN_DIGIT))
        pos += 2;
      pos = read_issuer (tokens, pos, end, &issuer);
      if (subject == NULL && diem_tokens_is (tokens, pos, "về"))
        {
          guint s_end = subject_end (tokens, pos + 1, end);

          if (s_end > pos + 1)
            subject = text_of (tokens, pos + 1, s_end);
        }

      doc = record (ctx, kind, id, key, issuer, prefer_short);
      diem_mentions_add (doc->mentions, diem_tokens_get (tokens, i)->start,
                         diem_tokens_get (tokens, MAX (pos, i + len) - 1)->end);
      if (subject != NULL && doc->subject == NULL)
        doc->subject = g_steal_pointer (&subject);
      if (issuer != NULL)
        {
          /* "Nghị quyết 24, Nghị quyết 31 của Bộ Chính trị về …": issuer and subject
           * belong to the whole list */
          for (guint k = 0; k < chain->len; k++)
            {
              DiemDocument *earlier = g_ptr_array_index (chain, k);

              if (earlier->issuer == NULL)
                earlier->issuer = g_strdup (issuer);
              if (earlier->subject == NULL && doc->subject != NULL)
                earlier->subject = g_strdup (doc->subject);
            }
          g_ptr_array_set_size (chain, 0);
        }
      else if (!named_by_event)
        g_ptr_array_add (chain, doc);
      i = MAX (pos, i + len) - 1;
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
  Context ctx = { tokens, resolutions, documents, NULL };

  ctx.by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint s = 0; s < tokens->sentences->len; s++)
    {
      const DiemSentence *sentence = &g_array_index (tokens->sentences, DiemSentence, s);

      read_sentence (&ctx, sentence->start, sentence->end);
    }
  g_hash_table_unref (ctx.by_key);

  for (guint i = 0; i < resolutions->len; i++)
    issuer_from_number (g_ptr_array_index (resolutions, i));
  for (guint i = 0; i < documents->len; i++)
    issuer_from_number (g_ptr_array_index (documents, i));
}
