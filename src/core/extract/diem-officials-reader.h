/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-officials-reader.h — what the officials' readers share while reading one article
 *
 * The officials are read in parts, one file each: names and short references
 * (diem-officials-names.c), titles before and after a name (diem-officials-titles-before.c,
 * diem-officials-titles-after.c) and the phrase shapes they share
 * (diem-officials-phrases.c), lists under one title (diem-officials-lists.c), office
 * verbs (diem-officials-verbs.c), foreign names (diem-officials-foreign-names.c); an
 * official's titles are merged by diem-officials-titles.c, and every mention is linked
 * at the end by diem-officials-mentions.c. This reader holds their common state.
 */
#pragma once

#include "diem-entities.h"
#include "diem-lexicon.h"
#include "diem-tokens.h"

G_BEGIN_DECLS

/* The most titles read in one chain before or after a name */
#define DIEM_OFFICIALS_MAX_CHAIN 6

typedef struct
{
  const DiemTokens *tokens;
  GPtrArray        *officials;  /* the output */
  GHashTable       *by_name;    /* lower-case name → DiemOfficial */
  GArray           *names;      /* (element-type DiemNameMention) every personal name seen */
  GArray           *pending;    /* (element-type DiemNameMention) "ông A, ông B, …" awaiting the list's titles */
  GHashTable       *by_given;   /* last word of a full name → index + 1 of its first name in names,
                                 * or 0 when two names share it */
  char             *shared;     /* "các Ủy viên Bộ Chính trị: A, B, C": the title all share */
  guint             shared_end; /* token where that list ends */
  char             *inner;      /* "…: A; các Phó Thủ tướng: B, C": a list nested in the shared one */
  guint             inner_end;
  const DiemLexicon *office_verbs; /* "được bầu làm", "giữ chức": the office that follows is the subject's */
  const DiemLexicon *units;        /* "Bộ", "Văn phòng": a unit after a comma completes a title */
  guint8           *count_keys; /* by key offset: TRUE for the keys of "các", "hai", …
                                 * (diem-officials-lists.c) */
} DiemOfficialsReader;

typedef struct
{
  guint start;
  guint end;
  guint key_start; /* the full name this mention stands for: itself, or for a short */
  guint key_end;   /* reference ("ông Tùng") the earlier "Nguyễn Văn Tùng" */
} DiemNameMention;

void          diem_officials_reader_init  (DiemOfficialsReader   *ctx,
                                           const DiemTokens      *tokens,
                                           GPtrArray             *officials);
void          diem_officials_reader_clear (DiemOfficialsReader   *ctx);
char         *diem_officials_words_key    (const DiemTokens      *tokens,
                                           guint                  start,
                                           guint                  end);
void          diem_officials_add_name     (DiemOfficialsReader   *ctx,
                                           const DiemNameMention *mention);
DiemOfficial *diem_officials_ensure       (DiemOfficialsReader   *ctx,
                                           guint                  start,
                                           guint                  end);
DiemOfficial *diem_officials_ensure_named (DiemOfficialsReader   *ctx,
                                           const DiemNameMention *mention);

G_END_DECLS
