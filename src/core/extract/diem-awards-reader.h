/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-awards-reader.h — what the award readers share while reading one article
 *
 * The awards are read in parts, one file each: an honour's name (diem-awards-honour.c)
 * and the honours that follow it in a series (diem-awards-series.c), recipient lists
 * after the verb (diem-awards-lists.c), the subject before it (diem-awards-subject.c,
 * diem-awards-subject-forms.c), the recipient between the verb and the honour
 * (diem-awards-object.c), presenters and issuers (diem-awards-presenters.c);
 * once the article is read, abbreviated recipients are spelt out
 * (diem-awards-abbreviations.c) and the list is tidied (diem-awards-tidy.c).
 * diem-awards.c reads each sentence and its clauses. This header holds their common
 * state.
 */
#pragma once

#include "diem-entities.h"
#include "diem-tokens.h"

G_BEGIN_DECLS

/* How far back from a verb or honour the readers look, in tokens */
#define DIEM_AWARDS_LOOK_BACK 16

typedef struct
{
  const DiemTokens *tokens;
  GPtrArray        *officials;
  GPtrArray        *awards;
  GHashTable       *by_key;     /* honour key → DiemAward */
  GHashTable       *recipients; /* award key + "\n" + folded recipient → TRUE */
  gboolean          respective; /* the last list was shared out class by class */
  /* the honour whose list the next paragraphs may go on with ("Các cá nhân gồm: …") */
  char             *listing_key;
  DiemAward        *listing;
  guint             listing_sentence;
  gboolean          listing_names;  /* a continuation was read: lone names may follow */
  GHashTable       *last_named; /* family ("huy hiệu") → DiemHonour last named in it */
} DiemAwardsReader;

typedef struct
{
  guint start, end;   /* the whole mention, class and issuer included */
  char *name;
  char *key;
  guint rank;
  guint group; /* "hạng Nhất, hạng Nhì, hạng Ba": index of the first of the series */
  guint years_tail; /* "45 năm và 50 năm tuổi Đảng": where "tuổi" is, or 0 */
  gboolean collective; /* given to collectives only: a person receives it for their unit */
  gboolean bare;       /* a family word alone ("huy chương"), no name, class or issuer */
  guint chain_last;    /* the last honour joined to this one by "và" or ",", counted or not */
} DiemHonour;

/* diem-awards.c */
guint diem_awards_give_verb_at (const DiemTokens *tokens,
                                guint             i,
                                guint             limit);

/* diem-awards-abbreviations.c */
void diem_awards_spell_out_recipients (const DiemTokens *tokens,
                                       DiemKeyMentions  *mentions,
                                       DiemAward        *award);

/* diem-awards-tidy.c */
void diem_awards_tidy (const DiemTokens *tokens,
                       GPtrArray        *awards);

/* diem-awards-presenters.c */
void diem_awards_read_presenter (DiemAwardsReader *ctx,
                                 DiemAward        *award,
                                 guint             verb,
                                 guint             floor);

void diem_awards_name_issuer_from_agent (const DiemAwardsReader *ctx,
                                         DiemHonour             *honour,
                                         guint                   verb,
                                         guint                   floor);

gboolean diem_awards_gapped_proposal (const DiemTokens *tokens,
                                      guint             first,
                                      guint             floor);
gboolean diem_awards_is_proposal (const DiemTokens *tokens,
                                  guint             verb,
                                  guint             floor);

/* diem-awards-lists.c */
guint    diem_awards_pronoun_at (const DiemTokens *tokens,
                                 guint             i,
                                 guint             end);

DiemAward *diem_awards_ensure_award (DiemAwardsReader *ctx,
                                     const DiemHonour *honour);

void diem_awards_add_recipient (DiemAwardsReader *ctx,
                                const DiemHonour *honour,
                                DiemAward        *award,
                                const char       *recipient);

gboolean diem_awards_add_phrase (DiemAwardsReader *ctx,
                                 const DiemHonour *honour,
                                 DiemAward        *award,
                                 guint             start,
                                 guint             end,
                                 gboolean          subject,
                                 gboolean         *cut);

gboolean diem_awards_read_list (DiemAwardsReader *ctx,
                                const DiemHonour *honour,
                                DiemAward        *award,
                                guint             start,
                                guint             end);

void diem_awards_read_dashed_lines (DiemAwardsReader *ctx,
                                    const DiemHonour *honour,
                                    DiemAward        *award,
                                    guint             sentence);

void diem_awards_assign_respectively (DiemAwardsReader *ctx,
                                      GArray           *found,
                                      guint             last,
                                      DiemAward        *last_award,
                                      guint             first_new);

gboolean diem_awards_read_list_continuation (DiemAwardsReader *ctx,
                                             guint             sentence);

/* diem-awards-subject-forms.c */
guint diem_awards_verb_before (const DiemTokens *tokens,
                               guint             i,
                               guint             floor,
                               gboolean         *receive);

gboolean diem_awards_read_subject_list (DiemAwardsReader *ctx,
                                        const DiemHonour *honour,
                                        DiemAward        *award,
                                        guint             start,
                                        guint             end);

gboolean diem_awards_names_follow (const DiemTokens *tokens,
                                   guint             i);

gboolean diem_awards_counted_subject (const DiemTokens *tokens,
                                      guint             verb,
                                      guint             start);

char *diem_awards_last_named_body (const DiemTokens *tokens,
                                   guint             head,
                                   guint             end);

void diem_awards_read_ceremony_host (DiemAwardsReader *ctx,
                                     const DiemHonour *honour,
                                     DiemAward        *award,
                                     guint             clause,
                                     guint             conjunction);

char *diem_awards_founded_body (const DiemAwardsReader *ctx,
                                guint                   clause,
                                guint                   conjunction);

gboolean diem_awards_opens_sentence (const DiemTokens *tokens,
                                     guint             verb,
                                     guint             start);

void diem_awards_read_fronted_subject (DiemAwardsReader *ctx,
                                       const DiemHonour *honour,
                                       DiemAward        *award,
                                       guint             start,
                                       guint             end);

char *diem_awards_pronoun_referent (const DiemTokens *tokens,
                                    guint             pronoun,
                                    guint             len);

gboolean diem_awards_sole_actor (const DiemTokens *tokens,
                                 guint             start,
                                 guint             end);

/* diem-awards-object.c */
gboolean diem_awards_read_object_before (DiemAwardsReader *ctx,
                                         const DiemHonour *honour,
                                         guint             first,
                                         guint             start);

/* diem-awards-subject.c */
void diem_awards_read_subject (DiemAwardsReader *ctx,
                               const DiemHonour *honour,
                               DiemAward        *award,
                               guint             end,
                               guint             floor);
gboolean diem_awards_read_shared_subject (DiemAwardsReader *ctx,
                                          const DiemHonour *honour,
                                          DiemAward        *award,
                                          guint             passive,
                                          guint             floor,
                                          guint             start);

/* diem-awards-honour.c */
void diem_awards_honour_clear (DiemHonour *honour);

const char *diem_awards_class_name (const char *key,
                                    guint      *index);

char *diem_awards_capitalise (const char *text);

guint diem_awards_years_tail (const DiemTokens *tokens,
                              guint             i,
                              guint             limit);

gboolean diem_awards_read_honour (const DiemAwardsReader *ctx,
                                  guint                   i,
                                  guint                   limit,
                                  DiemHonour             *honour);

/* diem-awards-series.c */
guint diem_awards_skip_aside (const DiemTokens *tokens,
                              guint             pos,
                              guint             limit);

guint diem_awards_read_sibling_classes (const DiemAwardsReader *ctx,
                                        const DiemHonour       *first,
                                        guint                   limit,
                                        GArray                 *found);

guint diem_awards_read_sibling_years (const DiemAwardsReader *ctx,
                                      const DiemHonour       *first,
                                      GArray                 *found);

gboolean diem_awards_read_named_title (const DiemAwardsReader *ctx,
                                       guint                   i,
                                       guint                   limit,
                                       DiemHonour             *honour);

/* "danh hiệu “Công dân Thủ đô ưu tú”": a title named in quotes. Asked at every token:
 * the words that open it are compared here, inline, before any call. */
static inline gboolean
diem_awards_read_quoted_honour (const DiemAwardsReader *ctx,
                                guint                   i,
                                guint                   limit,
                                DiemHonour             *honour)
{
  if (!diem_tokens_is (ctx->tokens, i, "danh") || !diem_tokens_is (ctx->tokens, i + 1, "hiệu"))
    return FALSE;
  return diem_awards_read_named_title (ctx, i, limit, honour);
}

G_END_DECLS
