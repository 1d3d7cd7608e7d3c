/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-officials-category.c — the officials' descriptor: name and titles, in order of first mention */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "diem-category.h"
#include "diem-extract.h"
#include "diem-officials.h"

static void
extract (const DiemTokens *tokens,
         DiemExtraction   *out)
{
  diem_officials_extract (tokens, out->officials);
}

static int
compare (gconstpointer a,
         gconstpointer b)
{
  return diem_compare_first_mentions (((const DiemOfficial *) a)->mentions, ((const DiemOfficial *) b)->mentions);
}

static GArray *
get_mentions (gconstpointer entry)
{
  return ((const DiemOfficial *) entry)->mentions;
}

static char *
dup_title (gconstpointer entry)
{
  return g_strdup (((const DiemOfficial *) entry)->name);
}

static DiemFieldValue
get_name (gconstpointer entry)
{
  return (DiemFieldValue) { .text = ((const DiemOfficial *) entry)->name };
}

static DiemFieldValue
get_titles (gconstpointer entry)
{
  return (DiemFieldValue) { .list = ((const DiemOfficial *) entry)->titles };
}

static const DiemField fields[] = {
  { "name", DIEM_FIELD_TEXT, get_name },
  { "titles", DIEM_FIELD_TEXT_LIST, get_titles },
};

static const DiemLine lines[] = {
  { "titles", NULL, DIEM_LINE_DETAIL },
};

static const DiemColumn columns[] = {
  /* TRANSLATORS: column headers of the PDF summary's officials table */
  { N_("Name"), 0.30, DIEM_CELL_NAME, DIEM_COLUMN_TITLE, NULL },
  /* TRANSLATORS: the offices an official holds */
  { N_("Titles"), 0.58, DIEM_CELL_PLAIN, DIEM_COLUMN_FIELD, "titles" },
  /* TRANSLATORS: how many times the article mentions the official; a narrow column */
  { N_("Mentions"), 0.12, DIEM_CELL_NUMBER, DIEM_COLUMN_MENTIONS, NULL },
};

const DiemCategory diem_officials_category = {
  .key = "officials",
  .title = N_("Officials"),
  .extract = extract,
  .free_entry = (GDestroyNotify) diem_official_free,
  .compare = compare,
  .get_mentions = get_mentions,
  .dup_title = dup_title,
  .fields = fields,
  .n_fields = G_N_ELEMENTS (fields),
  .key_field = "name",
  .lines = lines,
  .n_lines = G_N_ELEMENTS (lines),
  .columns = columns,
  .n_columns = G_N_ELEMENTS (columns),
};
