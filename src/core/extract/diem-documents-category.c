/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-documents-category.c — the descriptors of resolutions and of other documents:
 * kind and number, issuer, subject, in order of first mention
 *
 * One extractor fills both: a resolution is a document of one kind.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "diem-category.h"
#include "diem-documents.h"
#include "diem-extract.h"

static void
extract (const DiemTokens *tokens,
         DiemExtraction   *out)
{
  diem_documents_extract (tokens, out->resolutions, out->documents);
}

static int
compare (gconstpointer a,
         gconstpointer b)
{
  return diem_compare_first_mentions (((const DiemDocument *) a)->mentions, ((const DiemDocument *) b)->mentions);
}

static GArray *
get_mentions (gconstpointer entry)
{
  return ((const DiemDocument *) entry)->mentions;
}

/* A bare number reads better with its kind in front: "Nghị quyết 98/2023/QH15". The kind
 * is in the article's own words in every UI language, as the names beside it are
 * ("Nghị quyết Đại hội XI"): a translated kind would make half a name English. */
static char *
dup_title (gconstpointer entry)
{
  const DiemDocument *document = entry;

  if (g_ascii_isdigit (document->id[0]))
    return g_strdup_printf ("%s %s", diem_document_kind_words (document->kind), document->id);
  return g_strdup (document->id);
}

static DiemFieldValue
get_kind (gconstpointer entry)
{
  return (DiemFieldValue) { .text = diem_document_kind_name (((const DiemDocument *) entry)->kind) };
}

static DiemFieldValue
get_id (gconstpointer entry)
{
  return (DiemFieldValue) { .text = ((const DiemDocument *) entry)->id };
}

static DiemFieldValue
get_issuer (gconstpointer entry)
{
  return (DiemFieldValue) { .text = ((const DiemDocument *) entry)->issuer };
}

static DiemFieldValue
get_subject (gconstpointer entry)
{
  return (DiemFieldValue) { .text = ((const DiemDocument *) entry)->subject };
}

static const DiemField fields[] = {
  { "kind", DIEM_FIELD_TEXT, get_kind },
  { "id", DIEM_FIELD_TEXT, get_id },
  { "issuer", DIEM_FIELD_TEXT, get_issuer },
  { "subject", DIEM_FIELD_TEXT, get_subject },
};

static const DiemLine lines[] = {
  { "issuer", NULL, DIEM_LINE_DETAIL },
  /* TRANSLATORS: under a document in the sidebar; %s is what it is about */
  { "subject", N_("On %s"), DIEM_LINE_NOTE },
};

static const DiemColumn columns[] = {
  /* TRANSLATORS: column headers of the PDF summary's documents tables: the
   * document, who issued it, what it is about */
  { N_("Document"), 0.30, DIEM_CELL_NAME, DIEM_COLUMN_TITLE, NULL },
  { N_("Issuer"), 0.26, DIEM_CELL_PLAIN, DIEM_COLUMN_FIELD, "issuer" },
  { N_("Subject"), 0.44, DIEM_CELL_PLAIN, DIEM_COLUMN_FIELD, "subject" },
};

/* What resolutions and other documents share: all but their key, title and filling */
#define DOCUMENT_CATEGORY \
  .free_entry = (GDestroyNotify) diem_document_free, \
  .compare = compare, \
  .get_mentions = get_mentions, \
  .dup_title = dup_title, \
  .fields = fields, \
  .n_fields = G_N_ELEMENTS (fields), \
  .key_field = "id", \
  .lines = lines, \
  .n_lines = G_N_ELEMENTS (lines), \
  .columns = columns, \
  .n_columns = G_N_ELEMENTS (columns)

const DiemCategory diem_resolutions_category = {
  .key = "resolutions",
  .title = N_("Resolutions"),
  .extract = extract,
  DOCUMENT_CATEGORY,
};

/* Filled by the resolutions' extractor. */
const DiemCategory diem_documents_category = {
  .key = "documents",
  .title = N_("Other documents"),
  .hide_when_empty = TRUE,
  DOCUMENT_CATEGORY,
};
