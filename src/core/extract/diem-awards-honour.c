/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-awards-honour.c — an honour's name, as written in one mention
 *
 * The name from the lexicon ("Huân chương Lao động"), with its own name, motto
 * ("Kỷ niệm chương “…”"), years ("Huy hiệu 50 năm tuổi Đảng"), class ("hạng nhất" →
 * "hạng Nhất") and, for flags and certificates, who gives it ("Bằng khen của Thủ tướng
 * Chính phủ").
 */
#include "diem-awards-reader.h"

#include "diem-grammar.h"
#include "diem-lexicon.h"
#include "diem-recipients.h"

void
diem_awards_honour_clear (DiemHonour *honour)
{
  g_clear_pointer (&honour->name, g_free);
  g_clear_pointer (&honour->key, g_free);
}

const char *
diem_awards_class_name (const char *key,
                        guint      *index)
{
  static const char *const words[] = { "nhất", "nhì", "ba" };
  static const char *const capitalised[] = { "Nhất", "Nhì", "Ba" };
  static const char *const romans[] = { "i", "ii", "iii" };
  static const char *const digits[] = { "1", "2", "3" };
  /* older writing: "Huân chương Quân công hạng Hai" is the second class */
  static const char *const older[] = { NULL, "hai", NULL };

  for (guint i = 0; i < 3; i++)
    {
      if (g_str_equal (key, words[i]))
        {
          *index = i;
          return capitalised[i];
        }
      if (g_str_equal (key, romans[i]) || g_str_equal (key, digits[i]) || g_strcmp0 (key, older[i]) == 0)
        {
          *index = i;
          return NULL; /* written as it stands */
        }
    }
  return NULL;
}

char *
diem_awards_capitalise (const char *text)
{
  gunichar first = g_utf8_get_char (text);
  char buffer[8];
  int n = g_unichar_to_utf8 (g_unichar_toupper (first), buffer);

  return g_strconcat ((buffer[n] = '\0', buffer), g_utf8_next_char (text), NULL);
}

/* "50 năm tuổi Đảng", "45 năm và 50 năm tuổi Đảng": the position of "tuổi" that ends
 * the series of years starting at i, or G_MAXUINT. */
guint
diem_awards_years_tail (const DiemTokens *tokens,
                        guint             i,
                        guint             limit)
{
  guint pos = i;

  for (guint round = 0; round < 8 && pos + 3 < limit; round++)
    {
      if (!diem_tokens_has (tokens, pos, DIEM_TOKEN_DIGIT) || !diem_tokens_is (tokens, pos + 1, "năm"))
        return G_MAXUINT;
      pos += 2;
      if (diem_tokens_is (tokens, pos, "tuổi") && diem_tokens_has (tokens, pos + 1, DIEM_TOKEN_WORD))
        return pos;
      if (!(diem_grammar_is_punct (tokens, pos, ",") || diem_tokens_is (tokens, pos, "và")))
        return G_MAXUINT;
      pos++;
    }
  return G_MAXUINT;
}

/* Does another honour of the lexicon start at i, other than a title written before
 * its holder's name, which the family word is the medal of ("huân chương Anh hùng
 * Nga")? */
static gboolean
another_family_at (const DiemTokens *tokens,
                   guint             i,
                   guint             limit)
{
  return diem_lexicon_match (diem_lexicon (DIEM_LEXICON_HONOURS), tokens, i, limit, NULL) >= 0
         && diem_lexicon_match (diem_lexicon (DIEM_LEXICON_RANKS), tokens, i, limit, NULL) < 0;
}

/* "Huân chương Victoria", "Huy hiệu Tuổi trẻ sáng tạo": the end of the proper name that
 * completes a family word at i (a capitalised word, and the lower-case words of the same
 * name after it), or i when none follows. A person, an office or a body after the family
 * word is who gives or gets it, not its name. */
static guint
own_name_end (const DiemTokens *tokens,
              guint             i,
              guint             limit)
{
  guint pos = i;

  if (!diem_tokens_has (tokens, i, DIEM_TOKEN_CAPITALISED) || !diem_tokens_has (tokens, i, DIEM_TOKEN_WORD)
      || diem_tokens_has (tokens, i, DIEM_TOKEN_DIGIT) || diem_grammar_stop_word (tokens, i, limit) > 0
      || diem_grammar_name_at (tokens, i, limit) > 0 || diem_grammar_office_at (tokens, i, limit, FALSE) > 0
      || another_family_at (tokens, i, limit))
    return i;
  while (pos < MIN (limit, i + 4) && diem_tokens_has (tokens, pos, DIEM_TOKEN_WORD)
         && !diem_tokens_has (tokens, pos, DIEM_TOKEN_DIGIT)
         && (pos == i || !(diem_tokens_get (tokens, pos)->flags & DIEM_TOKEN_BLOCK_START))
         && diem_grammar_stop_word (tokens, pos, limit) == 0 && diem_awards_give_verb_at (tokens, pos, limit) == 0
         && !diem_tokens_is (tokens, pos, "hạng") && !diem_tokens_is (tokens, pos, "và")
         && diem_award_word (tokens, pos, limit, "purpose") == 0
         && diem_award_word (tokens, pos, limit, "locative") == 0
         && diem_award_word (tokens, pos, limit, "epithet") == 0)
    pos++;
  return pos;
}

/* End of "chống Mỹ cứu nước" (also with a comma), "chống Mỹ" or "chống Pháp" at i, or i. */
static guint
war_qualifier_end (const DiemTokens *tokens,
                   guint             i,
                   guint             limit)
{
  guint k = i + 2;

  if (k > limit || !diem_tokens_is (tokens, i, "chống"))
    return i;
  if (diem_tokens_is (tokens, i + 1, "pháp"))
    return k;
  if (!diem_tokens_is (tokens, i + 1, "mỹ"))
    return i;
  /* "chống Mỹ cứu nước", or "chống Mỹ" alone */
  k += diem_grammar_is_punct (tokens, k, ",");
  return k + 2 <= limit && diem_tokens_is (tokens, k, "cứu") && diem_tokens_is (tokens, k + 1, "nước") ? k + 2 : i + 2;
}

/* The end of a motto's words from i: up to punctuation, a number, a verb of giving or a
 * stop word; "và" stays inside when a lower-case word follows it ("Vì sự nghiệp nông
 * nghiệp và phát triển nông thôn"). */
static guint
unquoted_motto_end (const DiemTokens *tokens,
                    guint             i,
                    guint             limit)
{
  guint pos = i;

  while (pos < MIN (limit, i + 10) && diem_tokens_has (tokens, pos, DIEM_TOKEN_WORD)
         && !diem_tokens_has (tokens, pos, DIEM_TOKEN_DIGIT)
         && !(diem_tokens_get (tokens, pos)->flags & DIEM_TOKEN_BLOCK_START) && diem_awards_give_verb_at (tokens, pos, limit) == 0)
    {
      if (diem_tokens_is (tokens, pos, "và"))
        {
          if (diem_tokens_has (tokens, pos + 1, DIEM_TOKEN_CAPITALISED) || !diem_tokens_has (tokens, pos + 1, DIEM_TOKEN_WORD))
            break;
        }
      /* a two-word verb that ends the motto names its domain ("Vì sự nghiệp kiểm tra
       * của Đảng") */
      else if (diem_grammar_stop_word (tokens, pos, limit) > 0)
        {
          guint verb = diem_grammar_stop_word (tokens, pos, limit), after = pos + verb;

          if (pos <= i + 1 || verb < 2
              || !(after >= limit || diem_tokens_has (tokens, after, DIEM_TOKEN_PUNCT)
                   || diem_tokens_is (tokens, after, "của") || diem_tokens_is (tokens, after, "cho")))
            break;
        }
      pos++;
    }
  return pos;
}

/* "thành phố", "tỉnh", "huyện", "cấp cơ sở" at i, in lower case: the length of the
 * level of government it names, or 0. */
static guint
government_level_at (const DiemTokens *tokens,
                     guint             i,
                     guint             limit)
{
  /* each level in one word or two */
  static const char *const levels[][2] = { { "tỉnh", NULL }, { "huyện", NULL }, { "quận", NULL }, { "thị", "xã" },
                                           { "thành", "phố" }, { "xã", NULL }, { "phường", NULL } };

  if (diem_tokens_has (tokens, i, DIEM_TOKEN_CAPITALISED))
    return 0;
  /* "cấp thành phố", "cấp cơ sở", "cấp bộ" */
  if (diem_tokens_is (tokens, i, "cấp") && i + 1 < limit)
    {
      guint level = government_level_at (tokens, i + 1, limit);

      if (level == 0 && i + 2 < limit && diem_tokens_is (tokens, i + 1, "cơ") && diem_tokens_is (tokens, i + 2, "sở"))
        level = 2;
      /* "cấp bộ", "cấp ngành", "cấp trường": one word of a level */
      if (level == 0 && diem_tokens_has (tokens, i + 1, DIEM_TOKEN_WORD) && !diem_tokens_has (tokens, i + 1, DIEM_TOKEN_CAPITALISED)
          && diem_grammar_stop_word (tokens, i + 1, limit) == 0 && diem_awards_give_verb_at (tokens, i + 1, limit) == 0)
        level = 1;
      return level > 0 ? level + 1 : 0;
    }
  for (guint k = 0; k < G_N_ELEMENTS (levels); k++)
    if (diem_tokens_is (tokens, i, levels[k][0]))
      {
        if (levels[k][1] == NULL)
          return 1;
        if (i + 1 < limit && diem_tokens_is (tokens, i + 1, levels[k][1]))
          return 2;
      }
  return 0;
}

/* "bộ", "sở", "ban" or a level of government, in lower case, at i: the head
 * of a body whose name follows. */
static gboolean
lower_case_body_head (const DiemTokens *tokens,
                      guint             i)
{
  static const char *const heads[] = { "bộ", "sở", "ban", NULL };

  if (diem_tokens_has (tokens, i, DIEM_TOKEN_CAPITALISED))
    return FALSE;
  for (guint k = 0; heads[k] != NULL; k++)
    if (diem_tokens_is (tokens, i, heads[k]))
      return TRUE;
  return government_level_at (tokens, i, i + 2) > 0;
}

/* The key of a named honour: its name in lower case, with quotes or without them one
 * motto ("Kỷ niệm chương “Vì sự nghiệp …”"), its spaces single. */
static void
append_unquoted_key (GString    *key,
                     const char *name)
{
  g_autofree char *lower = g_utf8_strdown (name, -1);

  for (const char *c = lower; *c != '\0'; c = g_utf8_next_char (c))
    {
      gunichar ch = g_utf8_get_char (c);

      if (ch == '"' || ch == '\'' || ch == 0x201C || ch == 0x201D || ch == 0x2018 || ch == 0x2019)
        continue;
      if (g_unichar_isspace (ch) && (key->len == 0 || key->str[key->len - 1] == ' '))
        continue;
      g_string_append_unichar (key, g_unichar_isspace (ch) ? ' ' : ch);
    }
  while (key->len > 0 && key->str[key->len - 1] == ' ')
    g_string_truncate (key, key->len - 1);
}

/* The honour starting at i, if any. */
gboolean
diem_awards_read_honour (const DiemAwardsReader *ctx,
                         guint                   i,
                         guint                   limit,
                         DiemHonour             *honour)
{
  const DiemTokens *tokens = ctx->tokens;
  const DiemLexicon *honours = diem_lexicon (DIEM_LEXICON_HONOURS);
  guint len = 0, pos, class_index = 0, class_token = 0, level;
  int entry = diem_lexicon_match (honours, tokens, i, limit, &len);
  g_autofree char *head = NULL;
  g_autofree char *issuer = NULL;
  const char *class_word = NULL;
  const char *field;
  g_autofree char *years = NULL;
  g_autofree char *years_key = NULL;
  g_autofree char *key_head = NULL;
  gboolean has_class = FALSE, motto = FALSE, issuer_bare = FALSE, all_classes = FALSE, named = FALSE;
  GString *name, *key;

  if (entry < 0)
    return FALSE;
  pos = i + len;
  /* "Huy hiệu 50 năm tuổi Đảng": the years are part of the honour; "Huy hiệu 45 năm và
   * 50 năm tuổi Đảng" is a series of them, read by diem_awards_read_sibling_years () */
  if (diem_tokens_has (tokens, pos, DIEM_TOKEN_DIGIT) && diem_tokens_is (tokens, pos + 1, "năm"))
    {
      guint tail = diem_awards_years_tail (tokens, pos, limit);

      if (tail != G_MAXUINT)
        {
          g_autofree char *number = diem_tokens_dup_text (tokens, pos, pos + 1);
          g_autofree char *age = diem_tokens_dup_text (tokens, tail, tail + 1);

          years = g_strdup_printf ("%s %s", number, age);
          honour->years_tail = tail;
          len += tail == pos + 2 ? 4 : 2;
        }
    }
  /* "Huy hiệu 65 tuổi Đảng": the years without "năm" */
  else if (diem_tokens_has (tokens, pos, DIEM_TOKEN_DIGIT) && diem_tokens_is (tokens, pos + 1, "tuổi")
           && pos + 2 < limit && diem_tokens_has (tokens, pos + 2, DIEM_TOKEN_CAPITALISED))
    {
      g_autofree char *number = diem_tokens_dup_text (tokens, pos, pos);
      g_autofree char *age = diem_tokens_dup_text (tokens, pos + 1, pos + 2);

      years = g_strdup_printf ("%s %s", number, age);
      /* the same badge as "65 năm tuổi Đảng" */
      years_key = g_strdup_printf ("%s năm %s", number, age);
      honour->years_tail = pos + 1;
      len += 3;
    }
  head = diem_tokens_dup_text (tokens, i, i + len - 1);
  if (years != NULL)
    {
      g_autofree char *family = diem_tokens_dup_text (tokens, i, pos - 1);

      g_free (head);
      head = g_strdup_printf ("%s %s", family, years);
      key_head = g_strdup_printf ("%s %s", family, years_key != NULL ? years_key : years);
    }
  /* "Kỷ niệm chương “Vì sự nghiệp …”", "huy hiệu ' Tuổi trẻ dũng cảm '": a medal named
   * by its motto */
  if (years == NULL && diem_grammar_is_punct (tokens, i + len, "\"“'‘"))
    for (guint k = i + len + 2; k < MIN (limit, i + len + 16); k++)
      if (diem_grammar_is_punct (tokens, k, "\"”'’"))
        {
          g_autofree char *family = diem_tokens_dup_text (tokens, i, i + len - 1);
          g_autofree char *open = diem_tokens_dup_text (tokens, i + len, i + len);
          g_autofree char *motto_text = diem_tokens_dup_text (tokens, i + len + 1, k - 1);
          g_autofree char *close = diem_tokens_dup_text (tokens, k, k);

          /* the quotes hug the motto, however the source spaced them */
          g_free (head);
          head = g_strconcat (family, " ", open, motto_text, close, NULL);
          len = k + 1 - i;
          motto = TRUE;
          break;
        }
  /* "Kỷ niệm chương Vì sự nghiệp giáo dục": a motto without quotes, its first word
   * capitalised */
  if (years == NULL && !motto && diem_tokens_is (tokens, i + len, "vì")
      && (diem_tokens_has (tokens, i + len, DIEM_TOKEN_CAPITALISED)
          || (diem_tokens_is (tokens, i + len + 1, "sự") && diem_tokens_is (tokens, i + len + 2, "nghiệp"))))
    {
      guint k = unquoted_motto_end (tokens, i + len + 1, limit);

      if (k > i + len + 1)
        {
          g_free (head);
          head = diem_tokens_dup_text (tokens, i, k - 1);
          len = k - i;
          motto = TRUE;
        }
    }
  pos = i + len;
  if (years == NULL && !motto)
    {
      guint own = pos;

      if (g_strcmp0 (diem_lexicon_field (honours, entry, 3), "named") == 0)
        {
          own = own_name_end (tokens, pos, limit);
          /* "Huy chương Vàng", "huy chương bạch kim": a contest's prize, in either case */
          if (diem_award_word (tokens, pos, MAX (own, MIN (pos + 2, limit)), "prize") > 0)
            return FALSE;
        }
      /* "Huân chương Kháng chiến chống Mỹ cứu nước hạng Nhất": the war it was for is
       * part of the older name */
      if (own == pos)
        own = war_qualifier_end (tokens, pos, limit);
      if (own > pos)
        {
          g_free (head);
          head = diem_tokens_dup_text (tokens, i, own - 1);
          len = own - i;
          named = TRUE;
          pos = own;
        }
    }
  if (diem_tokens_is (tokens, pos, "hạng") && diem_tokens_has (tokens, pos + 1, DIEM_TOKEN_WORD))
    {
      guint index = 0;
      const char *word = diem_awards_class_name (diem_tokens_key (tokens, pos + 1), &index);

      if (word != NULL || index > 0 || g_str_equal (diem_tokens_key (tokens, pos + 1), "i")
          || g_str_equal (diem_tokens_key (tokens, pos + 1), "1"))
        {
          has_class = TRUE;
          class_index = index;
          class_word = word;
          class_token = pos + 1;
          pos += 2;
        }
    }
  field = diem_lexicon_field (honours, entry, 2);
  /* "bằng khen đột xuất của Chủ tịch UBND tỉnh": the epithet is read past, not named */
  {
    guint epithet = diem_award_word (tokens, pos, limit, "epithet");

    if (epithet > 0 && diem_tokens_is (tokens, pos + epithet, "của"))
      pos += epithet;
  }
  if (field != NULL && g_str_equal (field, "issuer") && !motto && diem_tokens_is (tokens, pos, "của"))
    {
      guint end = diem_grammar_body_end (tokens, pos + 1, limit);
      guint office = diem_tokens_has (tokens, pos + 1, DIEM_TOKEN_CAPITALISED)
                         ? 0 : diem_grammar_office_at (tokens, pos + 1, limit, TRUE);

      /* "bằng khen của chủ tịch UBND tỉnh": an office written in lower case, then its body */
      if (office > 0)
        end = MAX (diem_grammar_body_end (tokens, pos + 1 + office, limit), pos + 1 + office);
      /* "bằng khen của bộ GD & ĐT", "của tỉnh Quảng Nam": a body's head noun or a kind of
       * place in lower case, then its name */
      else if (lower_case_body_head (tokens, pos + 1) && diem_tokens_has (tokens, pos + 2, DIEM_TOKEN_CAPITALISED))
        end = diem_grammar_body_end (tokens, pos + 2, limit);
      /* "Bằng khen của Bộ trưởng Bộ Công an Tô Lâm": the office gives it, not the person
       * who holds it */
      if (diem_grammar_office_at (tokens, pos + 1, end, TRUE) > 0)
        for (guint j = pos + 1 + diem_grammar_office_at (tokens, pos + 1, end, TRUE); j + 1 < end; j++)
          if (diem_grammar_name_at (tokens, j, end) == end - j)
            {
              end = j;
              break;
            }

      if (end > pos + 1)
        {
          issuer = diem_tokens_dup_text (tokens, pos + 1, end - 1);
          pos = end;
        }
    }
  /* "Bằng khen thành phố", "giấy khen huyện": the level of government that gives it */
  else if (field != NULL && g_str_equal (field, "issuer") && !motto && !has_class
           && (level = government_level_at (tokens, pos, limit)) > 0
           && (pos + level >= limit || !diem_tokens_has (tokens, pos + level, DIEM_TOKEN_CAPITALISED)))
    {
      issuer = diem_tokens_dup_text (tokens, pos, pos + level - 1);
      issuer_bare = TRUE;
      pos += level;
    }
  else if (field != NULL && g_str_equal (field, "issuer") && !motto && !has_class
           && diem_grammar_office_at (tokens, pos, limit, FALSE) > 0)
    {
      /* "bằng khen Thủ tướng Chính phủ": the office that gives it, without "của" */
      guint end = diem_grammar_body_end (tokens, pos, limit);

      if (end > pos && diem_grammar_name_at (tokens, end, limit) == 0)
        {
          issuer = diem_tokens_dup_text (tokens, pos, end - 1);
          issuer_bare = TRUE;
          pos = end;
        }
    }
  else if (!motto && diem_tokens_is (tokens, pos, "của"))
    {
      /* "Huân chương Hữu nghị của Nhà nước Liên bang Nga": who gives an order is not
       * part of its name, but the honour runs on to the end of it */
      guint end = diem_grammar_body_end (tokens, pos + 1, limit);
      guint office = diem_grammar_office_at (tokens, pos + 1, limit, FALSE);
      /* "lễ đón nhận Huân chương … của Trường A": whose ceremony it is, left to the
       * clause; a receiving just before the honour and a body after "của" */
      gboolean host = i >= 2 && diem_tokens_is (tokens, i - 1, "nhận")
                      && (diem_award_word (tokens, pos + 1, limit, "head") > 0 || diem_recipient_brand_at (tokens, pos + 1));

      /* "của Chủ tịch nước": an office whose last word is in lower case */
      if (pos + 1 + office > end)
        end = MAX (diem_grammar_body_end (tokens, pos + 1 + office, limit), pos + 1 + office);

      if (!host && end > pos + 1 && diem_grammar_name_at (tokens, pos + 1, limit) == 0
          && (end >= limit || diem_tokens_has (tokens, end, DIEM_TOKEN_PUNCT) || diem_tokens_is (tokens, end, "và")
              || diem_tokens_is (tokens, end, "cho") || (diem_tokens_is (tokens, end, "đối") && diem_tokens_is (tokens, end + 1, "với"))))
        pos = end;
    }
  /* "Huân chương Lao động các hạng": every class at once */
  if (!has_class && years == NULL && !motto && diem_tokens_is (tokens, pos, "các") && diem_tokens_is (tokens, pos + 1, "hạng"))
    {
      all_classes = TRUE;
      pos += 2;
    }

  {
    g_autofree char *capitalised = diem_awards_capitalise (head);
    g_autofree char *entry_key = g_utf8_strdown (diem_lexicon_entry (honours, entry), -1);

    name = g_string_new (capitalised);
    key = g_string_new (entry_key);
    if (years != NULL || motto || named)
      {
        g_string_truncate (key, 0);
        append_unquoted_key (key, key_head != NULL ? key_head : head);
      }
  }
  if (has_class)
    {
      g_string_append (name, " hạng ");
      if (class_word != NULL)
        g_string_append (name, class_word);
      else
        g_string_append_len (name, tokens->text + diem_tokens_get (tokens, class_token)->start,
                             diem_tokens_get (tokens, class_token)->end - diem_tokens_get (tokens, class_token)->start);
      g_string_append_printf (key, "#%u", class_index);
    }
  if (all_classes)
    {
      g_string_append (name, " các hạng");
      g_string_append (key, "#all");
    }
  if (issuer != NULL)
    {
      g_autofree char *issuer_key = g_utf8_strdown (issuer, -1);

      g_string_append_printf (name, issuer_bare ? " %s" : " của %s", issuer);
      g_string_append_printf (key, "@%s", issuer_key);
    }
  honour->start = i;
  honour->end = pos;
  honour->name = g_string_free (name, FALSE);
  honour->key = g_string_free (key, FALSE);
  honour->rank = (guint) g_ascii_strtoull (diem_lexicon_field (honours, entry, 1), NULL, 10) + class_index;
  honour->collective = g_strcmp0 (diem_lexicon_field (honours, entry, 4), "collective") == 0;
  honour->bare = g_strcmp0 (diem_lexicon_field (honours, entry, 3), "named") == 0 && !named && !has_class
                 && years == NULL && !motto && issuer == NULL && !all_classes;
  return TRUE;
}
