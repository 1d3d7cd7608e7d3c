/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-awards-category.c — the award tiers' descriptor: honour and class, recipients in
 * order, presenter; tiers in order of precedence */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "diem-awards.h"
#include "diem-category.h"
#include "diem-extract.h"

/* Recipients are matched against the officials already found. */
static void
extract (const DiemTokens *tokens,
         DiemExtraction   *out)
{
  diem_awards_extract (tokens, out->officials, out->awards);
}

static int
compare (gconstpointer a,
         gconstpointer b)
{
  const DiemAward *x = a, *y = b;

  if (x->rank != y->rank)
    return x->rank < y->rank ? -1 : 1;
  return diem_compare_first_mentions (x->mentions, y->mentions);
}

static GArray *
get_mentions (gconstpointer entry)
{
  return ((const DiemAward *) entry)->mentions;
}

static char *
dup_title (gconstpointer entry)
{
  return g_strdup (((const DiemAward *) entry)->award);
}

static DiemFieldValue
get_award (gconstpointer entry)
{
  return (DiemFieldValue) { .text = ((const DiemAward *) entry)->award };
}

static DiemFieldValue
get_rank (gconstpointer entry)
{
  return (DiemFieldValue) { .number = ((const DiemAward *) entry)->rank };
}

static DiemFieldValue
get_recipients (gconstpointer entry)
{
  return (DiemFieldValue) { .list = ((const DiemAward *) entry)->recipients };
}

static DiemFieldValue
get_presenter (gconstpointer entry)
{
  return (DiemFieldValue) { .text = ((const DiemAward *) entry)->presenter };
}

static const DiemField fields[] = {
  { "award", DIEM_FIELD_TEXT, get_award },
  { "rank", DIEM_FIELD_NUMBER, get_rank },
  { "recipients", DIEM_FIELD_TEXT_LIST, get_recipients },
  { "presenter", DIEM_FIELD_TEXT, get_presenter },
};

static const DiemLine lines[] = {
  /* TRANSLATORS: under an award tier in the sidebar; %s is who presented it */
  { "presenter", N_("Presented by %s"), DIEM_LINE_NOTE },
};

static const DiemColumn columns[] = {
  /* TRANSLATORS: column headers of the PDF summary's awards table; a tier is an
   * honour and its class, e.g. "Huân chương Lao động hạng Nhất" */
  { N_("Award tier"), 0.34, DIEM_CELL_NAME, DIEM_COLUMN_TITLE, NULL },
  { N_("Recipients"), 0.45, DIEM_CELL_PLAIN, DIEM_COLUMN_FIELD, "recipients" },
  { N_("Presented by"), 0.21, DIEM_CELL_NOTE, DIEM_COLUMN_FIELD, "presenter" },
};

const DiemCategory diem_awards_category = {
  .key = "awards",
  .title = N_("Awards"),
  .extract = extract,
  .free_entry = (GDestroyNotify) diem_award_free,
  .compare = compare,
  .get_mentions = get_mentions,
  .dup_title = dup_title,
  .fields = fields,
  .n_fields = G_N_ELEMENTS (fields),
  .key_field = "award",
  .parts_field = "recipients",
  .lines = lines,
  .n_lines = G_N_ELEMENTS (lines),
  .columns = columns,
  .n_columns = G_N_ELEMENTS (columns),
};
