/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-recipients.h — the noun phrases that receive an honour */
#pragma once

#include "diem-tokens.h"

G_BEGIN_DECLS

guint    diem_award_word                   (const DiemTokens *tokens,
                                            guint             i,
                                            guint             limit,
                                            const char       *kind);
guint    diem_award_word_before            (const DiemTokens *tokens,
                                            guint             end,
                                            guint             floor,
                                            const char       *kind);
gboolean diem_recipient_body_qualifier     (const DiemTokens *tokens,
                                            guint             k,
                                            guint             floor,
                                            guint             end);
gboolean diem_recipient_only_collectives   (const DiemTokens *tokens,
                                            guint             start,
                                            guint             end);
gboolean diem_recipient_brand_at           (const DiemTokens *tokens,
                                            guint             i);
/* Is [start, …) two to four name words, one of them spelt in no Vietnamese way, up to
 * end or punctuation ("Martin Duque")? Its length, or 0. */
guint    diem_recipient_foreign_name_run   (const DiemTokens *tokens,
                                            guint             start,
                                            guint             end);
/* Where the description of a group [group, stop) ends ("các cá nhân có thành tích …",
 * "các gia đình tiêu biểu"), or G_MAXUINT when nothing describes it. */
guint    diem_recipient_described_group_end (const DiemTokens *tokens,
                                             guint             group,
                                             guint             stop,
                                             guint             end);
gboolean diem_recipient_count_at           (const DiemTokens *tokens,
                                            guint             i,
                                            guint             end);
gboolean diem_recipient_domains_after      (const DiemTokens *tokens,
                                            guint             k,
                                            guint             end);
guint    diem_recipient_name_end_at_comma  (const DiemTokens *tokens,
                                            guint             start,
                                            guint             end);
gboolean diem_recipient_parent_unit_after  (const DiemTokens *tokens,
                                            guint             item,
                                            guint             k,
                                            guint             end);
guint    diem_recipient_parent_aside       (const DiemTokens *tokens,
                                            guint             k,
                                            guint             end);
guint    diem_recipient_times_before       (const DiemTokens *tokens,
                                            guint             end,
                                            guint             floor);
gboolean diem_recipient_person_fills       (const DiemTokens *tokens,
                                            guint             item,
                                            guint             end);
guint    diem_recipient_quoted_name_end    (const DiemTokens *tokens,
                                            guint             k,
                                            guint             end);
guint    diem_recipient_phrase_end         (const DiemTokens *tokens,
                                            guint             i,
                                            guint             end);
guint    diem_recipient_person_at          (const DiemTokens *tokens,
                                            guint             i,
                                            guint             end,
                                            guint            *name_len);
/* The text of the person at [person, person + name_len): a foreign name given in one
 * word ("ông Tillerson") is the fuller one the article wrote before ("Rex Tillerson"). */
char    *diem_recipient_name_text          (const DiemTokens *tokens,
                                            guint             person,
                                            guint             name_len);
char    *diem_recipient_phrase             (const DiemTokens *tokens,
                                            GPtrArray        *officials,
                                            guint             start,
                                            guint             end,
                                            gboolean          subject,
                                            gboolean         *cut);
guint    diem_recipient_names_after_count  (const DiemTokens *tokens,
                                            guint             start,
                                            guint             end);
gboolean diem_recipient_starts_new_item    (const DiemTokens *tokens,
                                            guint             item,
                                            guint             k,
                                            guint             end);
gboolean diem_recipient_count_before_comma (const DiemTokens *tokens,
                                            guint             end,
                                            guint             floor);
char    *diem_recipient_spell_out          (const DiemTokens *tokens,
                                            DiemKeyMentions  *mentions,
                                            const char       *recipient,
                                            guint            *scans);

G_END_DECLS
