/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-plain-parser.c — blocks of a plain-text article
 *
 * Paragraphs are separated by blank lines (or by single newlines when the text has no
 * blank line at all). The first paragraph is a headline when it reads like one; the
 * next is the lead. A sentence ending in "Ảnh: NAME", "(Ảnh: NAME)" or ". Ảnh NAME" is a
 * photo caption, split out of the paragraph it was glued into. A line of capitalised
 * names ("Tin, ảnh: A - B") is a byline at the end, under the headline, or where it closes
 * one story of a round-up before the next ("*…") opens.
 */
#include "diem-plain-parser.h"

#include "diem-lexicon.h"

#include <string.h>

#define HEADLINE_MAX_CHARS 220
#define BYLINE_MAX_CHARS 80
#define BYLINE_MAX_NAME_WORDS 4
#define CAPTION_MAX_SENTENCES 3
#define CREDIT_MAX_WORDS 6

static const char *const credit_markers[] = { "Ảnh:", "Ảnh :", "ẢNH:", "Ảnh ", NULL };

static gboolean
is_space_at (const char *p)
{
  return g_unichar_isspace (g_utf8_get_char (p));
}

static void
trim_span (const char *text,
           gsize      *start,
           gsize      *end)
{
  while (*start < *end && is_space_at (text + *start))
    *start = (gsize) (g_utf8_next_char (text + *start) - text);
  while (*end > *start)
    {
      const char *prev = g_utf8_find_prev_char (text + *start, text + *end);
      if (prev == NULL || !is_space_at (prev))
        break;
      *end = (gsize) (prev - text);
    }
}

static gboolean
has_blank_line (const char *text,
                gsize       length)
{
  for (gsize i = 0; i < length; i++)
    {
      gsize j;

      if (text[i] != '\n')
        continue;
      for (j = i + 1; j < length && (text[j] == ' ' || text[j] == '\t'); j++)
        ;
      if (j < length && text[j] == '\n')
        return TRUE;
    }
  return FALSE;
}

/* Appends [start, end) pairs of non-empty paragraphs to spans. */
static void
split_paragraphs (const char *text,
                  gsize       length,
                  GArray     *spans)
{
  gboolean blank_separated = has_blank_line (text, length);
  gsize para_start = 0;
  gsize line_start = 0;

  while (line_start <= length)
    {
      const char *nl = memchr (text + line_start, '\n', length - line_start);
      gsize line_end = nl ? (gsize) (nl - text) : length;
      gsize s = line_start, e = line_end;
      gboolean blank;

      trim_span (text, &s, &e);
      blank = s == e;

      if (blank || !blank_separated || nl == NULL)
        {
          gsize ps = para_start, pe = blank ? line_start : line_end;

          trim_span (text, &ps, &pe);
          if (ps < pe)
            {
              DiemSpan span = { ps, pe };
              g_array_append_val (spans, span);
            }
          para_start = line_end + 1;
        }

      if (nl == NULL)
        break;
      line_start = line_end + 1;
    }
}

static gboolean
word_is_capitalised (const char *word,
                     gsize       length)
{
  return length > 0 && g_unichar_isupper (g_utf8_get_char (word));
}

static gboolean
word_is_all_caps (const char *word,
                  gsize       length)
{
  const char *p = word, *end = word + length;
  gboolean letters = FALSE;

  for (; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_islower (c))
        return FALSE;
      letters |= g_unichar_isalpha (c);
    }
  return letters;
}

static gboolean
ends_sentence_before (const char *text,
                      gsize       start,
                      gsize       dot)
{
  gsize w = dot;
  g_autofree char *word = NULL;

  /* the word before the period */
  while (w > start && !is_space_at (g_utf8_find_prev_char (text + start, text + w)))
    w = (gsize) (g_utf8_find_prev_char (text + start, text + w) - text);
  if (w == dot || dot - w > 8)
    return TRUE;
  word = g_utf8_strdown (text + w, (gssize) (dot - w));
  return !diem_lexicon_contains (diem_lexicon_get ("period-abbreviations"), word);
}

/* Start of the sentence that ends at `end`, no earlier than `start`: after the last
 * ". X" (or ! ? …) where X is an upper-case letter or an opening quote. */
static gsize
sentence_start_before (const char *text,
                       gsize       start,
                       gsize       end,
                       guint       sentences)
{
  gsize pos = end;

  while (sentences-- > 0)
    {
      gsize found = start;

      for (gsize i = pos; i > start; i--)
        {
          char c = text[i - 1];
          gsize next;

          if (c != '.' && c != '!' && c != '?' && c != ':')
            continue;
          if (i >= pos)
            continue;
          next = i;
          if (!is_space_at (text + next))
            continue;
          while (next < pos && is_space_at (text + next))
            next++;
          if (next < pos && (g_unichar_isupper (g_utf8_get_char (text + next)) || text[next] == '"')
              && (c != '.' || ends_sentence_before (text, start, i - 1)))
            {
              found = next;
              break;
            }
        }
      if (found == start)
        return start;
      pos = found;
    }
  return pos;
}

/* After ". " at @marker, is [name, end) a short run of capitalised words, the credit of
 * "… phường Biên Hòa. Ảnh Hoàng Vũ"? */
static gboolean
bare_credit_ends (const char *text,
                  gsize       marker,
                  gsize       name,
                  gsize       end)
{
  guint words = 0;

  if (marker < 2 || text[marker - 1] != ' ' || text[marker - 2] != '.')
    return FALSE;
  while (name < end)
    {
      gsize w = name;

      while (w < end && !is_space_at (text + w))
        w = (gsize) (g_utf8_next_char (text + w) - text);
      if (!word_is_capitalised (text + name, w - name) || ++words > 4)
        return FALSE;
      while (w < end && is_space_at (text + w))
        w++;
      name = w;
    }
  return words > 0;
}

typedef struct
{
  gsize marker;       /* where "Ảnh" (or the opening parenthesis) starts */
  gsize credit_start;
  gsize credit_end;
  gsize end;          /* after the credit and its closing punctuation */
} CreditMatch;

/* Finds the next "Ảnh: NAME" at or after `from` inside [from, end). A credit inside the
 * paragraph ends at its closing parenthesis or at the end of its upper-case run; a
 * credit at the paragraph's end runs to the end. */
/* The first "Ả" in text[0, length): memchr for its first byte is many times faster
 * than a byte-by-byte search through a long article. */
static const char *
find_photo_letter (const char *text,
                   gsize       length)
{
  static const char letter[] = "Ả";
  const char *end = text + length;
  const char *p = text;

  while (end - p >= (gssize) strlen (letter) && (p = memchr (p, letter[0], end - p)) != NULL)
    {
      if ((gsize) (end - p) >= strlen (letter) && memcmp (p, letter, strlen (letter)) == 0)
        return p;
      p++;
    }
  return NULL;
}

static gboolean
find_credit (const char  *text,
             gsize        from,
             gsize        end,
             CreditMatch *match)
{
  while (from < end)
    {
      const char *hit = NULL;
      gsize marker_len = 0;
      gboolean in_parens;
      gsize p, q;

      /* every marker starts with "Ả": one scan finds the next candidate */
      hit = find_photo_letter (text + from, end - from);
      if (hit == NULL)
        return FALSE;
      for (guint i = 0; credit_markers[i] != NULL && marker_len == 0; i++)
        if ((gsize) (text + end - hit) >= strlen (credit_markers[i])
            && strncmp (hit, credit_markers[i], strlen (credit_markers[i])) == 0)
          marker_len = strlen (credit_markers[i]);
      if (marker_len == 0)
        {
          from = (gsize) (hit - text) + strlen ("Ả");
          continue;
        }

      p = (gsize) (hit - text);
      from = p + marker_len;
      /* "Ảnh " without a colon counts inside parentheses, "(Ảnh TTXVN)", and after a
       * sentence when a short run of capitalised words ends the paragraph: ". Ảnh Hoàng Vũ" */
      in_parens = p > 0 && text[p - 1] == '(';
      if (text[p + marker_len - 1] == ' ' && !in_parens && !bare_credit_ends (text, p, p + marker_len, end))
        continue;
      /* the marker must start a word: after a space, or a joiner such as "_" or "-" */
      if (p > 0 && !in_parens)
        {
          gunichar before = g_utf8_get_char (g_utf8_find_prev_char (text, text + p));

          if (g_unichar_isalnum (before) || g_unichar_ismark (before))
            continue;
        }

      q = p + marker_len;
      while (q < end && text[q] == ' ')
        q++;
      match->marker = in_parens ? p - 1 : p;
      match->credit_start = q;

      if (in_parens)
        {
          const char *close = memchr (text + q, ')', end - q);
          if (close == NULL)
            continue;
          match->credit_end = (gsize) (close - text);
          match->end = match->credit_end + 1;
        }
      else
        {
          /* a short tail is the whole credit; inside a paragraph, the upper-case run */
          gsize rest = q;
          gsize last_caps_end = q;
          guint words = 0;
          gboolean caps_run = TRUE;

          while (rest < end)
            {
              gsize w = rest;

              while (w < end && !is_space_at (text + w))
                w = (gsize) (g_utf8_next_char (text + w) - text);
              caps_run = caps_run && word_is_all_caps (text + rest, w - rest);
              if (caps_run)
                last_caps_end = w;
              words++;
              if (!caps_run && words > CREDIT_MAX_WORDS)
                break;
              while (w < end && is_space_at (text + w))
                w++;
              rest = w;
            }
          if (words <= CREDIT_MAX_WORDS)
            match->credit_end = end;
          else if (last_caps_end > q)
            match->credit_end = last_caps_end;
          else
            continue;
          match->end = match->credit_end;
        }

      while (match->end < end && (text[match->end] == '.' || text[match->end] == ' '))
        match->end++;
      /* a trailing period after the credit belongs to the sentence, not the name */
      while (match->credit_end > match->credit_start
             && (text[match->credit_end - 1] == '.' || text[match->credit_end - 1] == ' ')
             && match->credit_end == end)
        match->credit_end--;
      if (match->credit_end > match->credit_start)
        return TRUE;
    }
  return FALSE;
}

static void
add_paragraph (GPtrArray    *blocks,
               const char   *text,
               gsize         start,
               gsize         end)
{
  trim_span (text, &start, &end);
  if (start < end)
    g_ptr_array_add (blocks, diem_block_new (DIEM_BLOCK_PARAGRAPH, start, end));
}

static DiemBlock *
caption_block_new (const char        *text,
                   gsize              start,
                   const CreditMatch *credit)
{
  DiemBlock *block;
  gsize text_end = credit->marker;
  gsize end = credit->end;

  /* the joiner of "… cán bộ_Ảnh: X" or "… cây xanh - Ảnh: X" belongs to neither */
  for (;;)
    {
      trim_span (text, &start, &text_end);
      if (text_end > start && (text[text_end - 1] == '_' || text[text_end - 1] == '-'))
        text_end--;
      else if (text_end >= start + 3 && (strncmp (text + text_end - 3, "–", 3) == 0
                                         || strncmp (text + text_end - 3, "—", 3) == 0))
        text_end -= 3;
      else
        break;
    }
  trim_span (text, &start, &end);
  block = diem_block_new (DIEM_BLOCK_CAPTION, start, end);
  block->text_span.start = start;
  block->text_span.end = text_end;
  block->credit = g_strndup (text + credit->credit_start, credit->credit_end - credit->credit_start);
  return block;
}

/* A paragraph with captions in it becomes paragraph / caption / paragraph blocks. */
static gboolean
split_captions (GPtrArray  *blocks,
                const char *text,
                DiemSpan    para)
{
  CreditMatch credit;
  gsize cursor = para.start;
  gboolean any = FALSE;

  while (find_credit (text, cursor, para.end, &credit))
    {
      gsize caption_start;

      if (credit.end >= para.end)
        {
          /* a caption paragraph: the whole of it unless it is a long body paragraph */
          caption_start = sentence_start_before (text, cursor, credit.marker, CAPTION_MAX_SENTENCES);
          if (caption_start != cursor)
            caption_start = sentence_start_before (text, cursor, credit.marker, 1);
        }
      else
        caption_start = sentence_start_before (text, cursor, credit.marker, 1);

      if (caption_start >= credit.marker)
        {
          cursor = credit.end;
          continue;
        }
      add_paragraph (blocks, text, cursor, caption_start);
      g_ptr_array_add (blocks, caption_block_new (text, caption_start, &credit));
      cursor = credit.end;
      any = TRUE;
    }
  if (any)
    add_paragraph (blocks, text, cursor, para.end);
  return any;
}

/* A body paragraph: paragraph and caption blocks; `lead` when it opens the article. */
void
diem_plain_add_body_paragraph (GPtrArray  *blocks,
                               const char *text,
                               DiemSpan    para,
                               gboolean    lead)
{
  guint before = blocks->len;

  if (split_captions (blocks, text, para))
    return;
  add_paragraph (blocks, text, para.start, para.end);
  if (lead && blocks->len > before)
    ((DiemBlock *) g_ptr_array_index (blocks, before))->kind = DIEM_BLOCK_LEAD;
}

/* Labels that only a known caption ends with: "Ảnh minh họa: X", "Nguồn: X", "Video: X",
 * bare or in parentheses. In running text they are words, so plain text never splits
 * on them. */
static const char *const caption_credit_labels[] = {
  "Ảnh minh họa:", "Ảnh minh hoạ:", "Ảnh minh họa :", "Nguồn:", "Nguồn :", "Video:", "Video :",
  "Clip:", "Đồ họa:", "Đồ hoạ:", "Ảnh:", "Ảnh :", "ẢNH:", NULL
};

static gboolean
find_labelled_credit (const char  *text,
                      gsize        start,
                      gsize        end,
                      CreditMatch *match)
{
  gsize best = G_MAXSIZE, best_len = 0;
  gsize q, credit_end;
  gboolean in_parens;
  guint words = 0;

  for (guint i = 0; caption_credit_labels[i] != NULL; i++)
    {
      gsize len = strlen (caption_credit_labels[i]);

      for (gsize p = start; p + len <= end; p++)
        if (strncmp (text + p, caption_credit_labels[i], len) == 0
            && (p == start || is_space_at (g_utf8_find_prev_char (text, text + p)) || text[p - 1] == '(')
            && (best == G_MAXSIZE || p > best))
          {
            best = p;
            best_len = len;
          }
    }
  if (best == G_MAXSIZE)
    return FALSE;
  in_parens = best > start && text[best - 1] == '(';
  q = best + best_len;
  while (q < end && text[q] == ' ')
    q++;
  credit_end = end;
  if (in_parens)
    {
      const char *close = memchr (text + q, ')', end - q);
      if (close == NULL)
        return FALSE;
      credit_end = (gsize) (close - text);
    }
  while (credit_end > q && (text[credit_end - 1] == '.' || text[credit_end - 1] == ' '))
    credit_end--;
  if (credit_end <= q)
    return FALSE;
  for (gsize p = q; p < credit_end; p++)
    if (text[p] == ' ')
      words++;
  if (words + 1 > CREDIT_MAX_WORDS)
    return FALSE;
  match->marker = in_parens ? best - 1 : best;
  match->credit_start = q;
  match->credit_end = credit_end;
  match->end = in_parens ? credit_end + 1 : end;
  return TRUE;
}

/* A caption known to be one (an HTML figcaption, a Markdown image title), with its
 * credit split off when it ends in one. */
DiemBlock *
diem_plain_caption_block (const char *text,
                          DiemSpan    span)
{
  CreditMatch credit;
  gsize cursor = span.start;
  gsize start = span.start, end = span.end;

  trim_span (text, &start, &end);
  if (find_labelled_credit (text, start, end, &credit))
    return caption_block_new (text, start, &credit);
  while (find_credit (text, cursor, end, &credit))
    {
      if (credit.end >= end)
        return caption_block_new (text, start, &credit);
      cursor = credit.end;
    }
  return diem_block_new (DIEM_BLOCK_CAPTION, start, end);
}

static gboolean
looks_like_headline (const char *text,
                     DiemSpan    span,
                     guint       n_paragraphs)
{
  gsize len = span.end - span.start;
  const char *last;

  if (n_paragraphs < 2 || memchr (text + span.start, '\n', len) != NULL)
    return FALSE;
  if (g_utf8_strlen (text + span.start, (gssize) len) > HEADLINE_MAX_CHARS)
    return FALSE;
  last = g_utf8_find_prev_char (text + span.start, text + span.end);
  /* a single final period ends a sentence; ".." and "…" mark a shortened headline */
  if (*last == '.')
    return len >= 2 && last[-1] == '.';
  return TRUE;
}

/* "Báo Nhân Dân", "Nhóm PV", "TTXVN": does the part of a byline name an outlet, an
 * agency or a role, by its first words? */
static gboolean
names_an_outlet (const char *part)
{
  const DiemLexicon *outlets = diem_lexicon_get ("byline-outlets");
  g_autofree char *lower = g_utf8_strdown (part, -1);
  g_auto(GStrv) words = g_strsplit (lower, " ", 4);
  g_autoptr(GString) opening = g_string_new (NULL);

  for (guint n = 0; n < 3 && words[n] != NULL; n++)
    {
      if (n > 0)
        g_string_append_c (opening, ' ');
      g_string_append (opening, words[n]);
      if (diem_lexicon_contains (outlets, opening->str))
        return TRUE;
    }
  return FALSE;
}

/* Splits "NGÔ BÌNH - VĂN MINH" or "Sơn Hà" into names; NULL when the paragraph is not
 * a byline. An aside in brackets such as "(Thực hiện)" is dropped. */
GPtrArray *
diem_plain_parse_byline (const char *text,
                         DiemSpan    span)
{
  g_autofree char *line = g_strndup (text + span.start, span.end - span.start);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) parts = NULL;
  char *paren;

  if (g_utf8_strlen (line, -1) > BYLINE_MAX_CHARS || strchr (line, '\n') != NULL)
    return NULL;
  /* the aside is dropped and what follows it still read: "A (thứ 4 từ trái) đã được
   * trao …" is a sentence, not a byline */
  while ((paren = strchr (line + 1, '(')) != NULL)
    {
      char *close = strchr (paren, ')');

      if (close == NULL)
        *paren = '\0';
      else
        memmove (paren, close + 1, strlen (close + 1) + 1);
    }
  g_strstrip (line);
  /* "Tin, ảnh: A - B", "Bài và ảnh: A": what the authors did, then their names */
  if (g_regex_match_simple ("^(tin|bài|ảnh|video)((,| và) (ảnh|video))?\\s*:", line, G_REGEX_CASELESS, 0))
    memmove (line, strchr (line, ':') + 1, strlen (strchr (line, ':') + 1) + 1);
  g_strstrip (line);
  /* "Theo TTXVN" names the agency the article comes from, not its authors */
  if (g_regex_match_simple ("^theo\\s", line, G_REGEX_CASELESS, 0))
    return NULL;

  /* "A - B", "A, B", "A và B", and "MINH AN-VĂN BÌNH" where a dash joins two names in
   * capitals (a hyphenated name is not written in capitals on both sides) */
  parts = g_regex_split_simple ("\\s+-\\s+|\\s*[,;/]\\s*|\\s+và\\s+|\\s+–\\s+|(?<=\\p{Lu}\\p{Lu})-(?=\\p{Lu}\\p{Lu})",
                                line, 0, 0);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_auto(GStrv) words = NULL;
      guint n;

      g_strstrip (parts[i]);
      /* "Hải Yến - Ảnh: Quang Vinh": what this one did, then the name */
      if (g_regex_match_simple ("^(tin|bài|ảnh|video)\\s*:", parts[i], G_REGEX_CASELESS, 0))
        {
          memmove (parts[i], strchr (parts[i], ':') + 1, strlen (strchr (parts[i], ':') + 1) + 1);
          g_strstrip (parts[i]);
        }
      if (*parts[i] == '\0' || names_an_outlet (parts[i]))
        continue;
      words = g_strsplit_set (parts[i], " \t", -1);
      n = g_strv_length (words);
      if (n < 1 || n > BYLINE_MAX_NAME_WORDS)
        return NULL;
      for (guint j = 0; j < n; j++)
        {
          const char *w = words[j];
          for (const char *c = w; *c; c = g_utf8_next_char (c))
            if (!g_unichar_isalpha (g_utf8_get_char (c)) && *c != '.')
              return NULL;
          if (!word_is_capitalised (w, strlen (w)))
            return NULL;
        }
      g_ptr_array_add (names, g_strdup (parts[i]));
    }
  if (names->len == 0)
    return NULL;
  return g_steal_pointer (&names);
}

/* A paragraph that opens a new story in a round-up ("*Sáng 2-11, …", "• …"). */
static gboolean
opens_section (const char *text,
               DiemSpan    span)
{
  return (span.end > span.start && strchr ("*+-", text[span.start]) != NULL)
         || g_str_has_prefix (text + span.start, "•");
}

void
diem_plain_parse (const char *text,
                  gsize       length,
                  GPtrArray  *blocks)
{
  g_autoptr(GArray) paragraphs = g_array_new (FALSE, FALSE, sizeof (DiemSpan));
  guint first_body = 0;

  split_paragraphs (text, length, paragraphs);
  if (paragraphs->len == 0)
    return;

  for (guint i = 0; i < paragraphs->len; i++)
    {
      DiemSpan para = g_array_index (paragraphs, DiemSpan, i);
      g_autoptr(GPtrArray) names = NULL;
      CreditMatch credit;

      /* a first paragraph that ends in a photo credit is a caption, not a headline */
      if (i == 0 && looks_like_headline (text, para, paragraphs->len)
          && !(find_credit (text, para.start, para.end, &credit) && credit.end >= para.end))
        {
          g_ptr_array_add (blocks, diem_block_new (DIEM_BLOCK_HEADLINE, para.start, para.end));
          first_body = 1;
          continue;
        }

      /* a line of names: the byline at the end, under the headline, or closing one story
       * of a round-up before the next opens */
      if (paragraphs->len > 1
          && (i == paragraphs->len - 1 || (i == 1 && first_body == 1)
              || (i + 1 < paragraphs->len && i > first_body
                  && opens_section (text, g_array_index (paragraphs, DiemSpan, i + 1)))))
        names = diem_plain_parse_byline (text, para);
      if (names != NULL)
        {
          DiemBlock *block = diem_block_new (DIEM_BLOCK_BYLINE, para.start, para.end);

          block->names = g_steal_pointer (&names);
          g_ptr_array_add (blocks, block);
          if (i == first_body)
            first_body++;
          continue;
        }

      diem_plain_add_body_paragraph (blocks, text, para, i == first_body);
    }
}
