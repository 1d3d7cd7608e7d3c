/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-category.h — the registry of categories: what each kind of entry is called, and how
 * it is extracted, exported, shown, tabulated and ordered
 *
 * One descriptor per category (officials, award tiers, resolutions, other documents).
 * The extractors fill entries; the JSON export, the sidebar, the PDF summary and the
 * tests walk the registry, so a new category is an extractor, its lexicon and one
 * descriptor.
 */
#pragma once

#include <glib.h>

#include "diem-tokens.h"

G_BEGIN_DECLS

typedef struct _DiemExtraction DiemExtraction;
typedef struct _DiemCategory DiemCategory;

typedef enum
{
  DIEM_FIELD_TEXT,      /* one string; NULL is exported as null */
  DIEM_FIELD_TEXT_LIST, /* (element-type utf8) strings in order */
  DIEM_FIELD_NUMBER,    /* an unsigned count or rank */
} DiemFieldType;

typedef struct
{
  DiemFieldType type;
  union
  {
    const char *text;
    GPtrArray  *list;
    guint       number;
  };
} DiemFieldValue;

/* One member of an entry, as the JSON export writes it. */
typedef struct
{
  const char    *key;
  DiemFieldType  type;
  DiemFieldValue (*get) (gconstpointer entry);
} DiemField;

typedef enum
{
  DIEM_CELL_PLAIN,
  DIEM_CELL_NAME,   /* the entry's name: emphasised */
  DIEM_CELL_NUMBER, /* figures, aligned right */
  DIEM_CELL_NOTE,   /* secondary */
} DiemCellStyle;

typedef enum
{
  DIEM_COLUMN_TITLE,    /* the entry's title (DiemCategory.dup_title) */
  DIEM_COLUMN_FIELD,    /* a field, a list one line per string */
  DIEM_COLUMN_MENTIONS, /* how many times the article mentions the entry */
} DiemColumnSource;

/* A column of the category's table in the PDF summary. */
typedef struct
{
  const char      *label; /* N_() */
  double           width; /* share of the table's width; a table's shares add up to 1 */
  DiemCellStyle    style;
  DiemColumnSource source;
  const char      *field; /* DiemField.key, for DIEM_COLUMN_FIELD */
} DiemColumn;

typedef enum
{
  DIEM_LINE_DETAIL, /* what the entry is: titles, issuer */
  DIEM_LINE_NOTE,   /* secondary: who presented it, what it is about */
} DiemLineStyle;

/* A line under the entry's title in the sidebar, one per string of a list field. */
typedef struct
{
  const char   *field;  /* DiemField.key */
  const char   *format; /* (nullable) N_() printf format with one %s, else as written */
  DiemLineStyle style;
} DiemLine;

struct _DiemCategory
{
  const char *key;            /* JSON member, and the stem of its settings keys */
  const char *title;          /* N_() its heading in the sidebar and in the PDF summary */
  gboolean    hide_when_empty; /* shown only when the article has one (other documents) */

  /* Filling: entries are added to diem_extraction_get (out, category), in order; NULL
   * when another category's extractor fills this one too. */
  void        (*extract)      (const DiemTokens *tokens,
                               DiemExtraction   *out);
  GDestroyNotify free_entry;
  GCompareFunc   compare;     /* (nullable) the entries' order, given two entries; else as extracted */

  /* Reading an entry */
  GArray     *(*get_mentions) (gconstpointer entry); /* (element-type DiemSpan) sorted */
  char       *(*dup_title)    (gconstpointer entry); /* as shown: the name, "Nghị quyết 98/2023/QH15" */
  const DiemField *fields;
  guint            n_fields;
  const char      *parts_field; /* (nullable) a list field of names each shown and linked on its own */
  const char      *key_field;   /* the text field that names an entry in the editor's corrections */

  /* Showing it */
  const DiemLine   *lines;     /* the sidebar row's lines under its title */
  guint             n_lines;
  const DiemColumn *columns;   /* the PDF summary's table */
  guint             n_columns;
};

const DiemCategory * const *diem_categories          (guint              *n_categories);
const DiemCategory         *diem_category_lookup     (const char         *key);
void                        diem_category_register   (const DiemCategory *category);

const DiemField            *diem_category_find_field (const DiemCategory *category,
                                                      const char         *key);
DiemFieldValue              diem_category_get_value  (const DiemCategory *category,
                                                      gconstpointer       entry,
                                                      const char         *key);
char                       *diem_category_dup_text   (const DiemCategory *category,
                                                      gconstpointer       entry,
                                                      const char         *key);
GPtrArray                  *diem_category_get_parts  (const DiemCategory *category,
                                                      gconstpointer       entry);
gsize                       diem_category_first_mention (const DiemCategory *category,
                                                         gconstpointer       entry);

/* First mentions of entries without one, for sorting them last. */
#define DIEM_CATEGORY_NO_MENTION G_MAXSIZE

int                         diem_compare_first_mentions (GArray *a,
                                                         GArray *b);

G_END_DECLS
