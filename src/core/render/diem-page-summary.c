/* diem-page-summary.c — the summary sheet: officials, awards, resolutions, documents
 *
 * Each section is a table (diem-page-table.c) whose rows link to their entry's first
 * mention in the article pages.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "diem-page-renderer-private.h"

/* Link targets ----------------------------------------------------------- */

static gsize
first_mention (GArray *mentions)
{
  return mentions != NULL && mentions->len > 0 ? g_array_index (mentions, DiemSpan, 0).start
                                               : DIEM_PAGE_NO_TARGET;
}

/* A recipient has no span of its own: where its name first appears as written, or
 * else the honour's first mention. */
static gsize
recipient_target (DiemArticle *article,
                  DiemAward   *award,
                  const char  *recipient)
{
  const char *text = diem_article_get_text (article);
  const char *found = *recipient != '\0'
                        ? g_strstr_len (text, (gssize) diem_article_get_text_length (article), recipient)
                        : NULL;

  return found != NULL ? (gsize) (found - text) : first_mention (award->mentions);
}

static void
add_target (GArray *targets,
            gsize   target)
{
  if (target != DIEM_PAGE_NO_TARGET)
    g_array_append_val (targets, target);
}

static void
add_document_targets (GArray    *targets,
                      GPtrArray *documents)
{
  for (guint i = 0; documents != NULL && i < documents->len; i++)
    add_target (targets, first_mention (((DiemDocument *) g_ptr_array_index (documents, i))->mentions));
}

static int
compare_offsets (gconstpointer a,
                 gconstpointer b)
{
  gsize x = *(const gsize *) a, y = *(const gsize *) b;

  return x < y ? -1 : x > y;
}

/**
 * diem_page_summary_targets:
 *
 * Returns: (transfer full) (element-type gsize): the article offsets the summary's
 *   entries link to, sorted, each once
 */
GArray *
diem_page_summary_targets (DiemArticle *article)
{
  GArray *targets = g_array_new (FALSE, FALSE, sizeof (gsize));
  GPtrArray *officials = diem_article_get_officials (article);
  GPtrArray *awards = diem_article_get_awards (article);
  guint kept = 0;

  for (guint i = 0; officials != NULL && i < officials->len; i++)
    add_target (targets, first_mention (((DiemOfficial *) g_ptr_array_index (officials, i))->mentions));
  for (guint i = 0; awards != NULL && i < awards->len; i++)
    {
      DiemAward *award = g_ptr_array_index (awards, i);

      add_target (targets, first_mention (award->mentions));
      for (guint j = 0; award->recipients != NULL && j < award->recipients->len; j++)
        add_target (targets, recipient_target (article, award, g_ptr_array_index (award->recipients, j)));
    }
  add_document_targets (targets, diem_article_get_resolutions (article));
  add_document_targets (targets, diem_article_get_documents (article));

  g_array_sort (targets, compare_offsets);
  for (guint i = 0; i < targets->len; i++)
    if (kept == 0 || g_array_index (targets, gsize, i) != g_array_index (targets, gsize, kept - 1))
      g_array_index (targets, gsize, kept++) = g_array_index (targets, gsize, i);
  g_array_set_size (targets, kept);
  return targets;
}

/* An entry links to its mention only when the mention is on one of the pages (not
 * when the summary is printed alone). */
static gsize
linkable (DiemPageRenderer *self,
          gsize             target)
{
  return target != DIEM_PAGE_NO_TARGET && g_hash_table_contains (self->targets, GSIZE_TO_POINTER (target))
           ? target
           : DIEM_PAGE_NO_TARGET;
}

/* A row leads to its entry's first mention from its first cell. */
static void
link_row (DiemPageRenderer *self,
          DiemPageItem     *row,
          gsize             target)
{
  gsize linked = linkable (self, target);

  diem_page_table_link_cell (row, 0, &linked, 1);
}

/* Sections ----------------------------------------------------------------- */

static DiemPageItem *
add_section_heading (DiemPageRenderer *self,
                     const char       *title)
{
  DiemPageItem *item = diem_page_add_text_item (self, DIEM_PAGE_ITEM_TEXT, title,
                                                diem_page_font_new (DIEM_PAGE_SANS_FAMILIES, 12.5,
                                                                    PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL),
                                                NULL, 0, PANGO_ALIGN_LEFT, FALSE, 1.0);

  item->color = 0x7a2018;
  item->space_before = 18;
  item->space_after = 6;
  item->keep_together = TRUE;
  item->keep_with_next = TRUE;
  diem_page_add_mark (self, g_strdup (title), 1, item);
  return item;
}

static void
add_none_found (DiemPageRenderer *self)
{
  DiemPageItem *item = diem_page_add_text_item (self, DIEM_PAGE_ITEM_TEXT, _("None found"),
                                                diem_page_font_new (DIEM_PAGE_SERIF_FAMILIES, 10.5,
                                                                    PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC),
                                                NULL, 0, PANGO_ALIGN_LEFT, FALSE, 1.0);
  item->color = 0x6a6a6a;
}

/* The lines of a cell: one per string. */
static char *
join_lines (GPtrArray *strings)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; strings != NULL && i < strings->len; i++)
    {
      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, g_ptr_array_index (strings, i));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
add_officials (DiemPageRenderer *self)
{
  const DiemPageColumn columns[] = {
    /* TRANSLATORS: column headers of the PDF summary's officials table */
    { _("Name"), 0.30, PANGO_ALIGN_LEFT },
    /* TRANSLATORS: the offices an official holds */
    { _("Titles"), 0.58, PANGO_ALIGN_LEFT },
    /* TRANSLATORS: how many times the article mentions the official; a narrow column */
    { _("Mentions"), 0.12, PANGO_ALIGN_RIGHT },
  };
  const DiemPageCellStyle styles[] = { DIEM_PAGE_CELL_NAME, DIEM_PAGE_CELL_PLAIN, DIEM_PAGE_CELL_NUMBER };
  GPtrArray *officials = diem_article_get_officials (self->article);
  DiemPageTable table;

  add_section_heading (self, _("Officials"));
  if (officials == NULL || officials->len == 0)
    {
      add_none_found (self);
      return;
    }
  diem_page_table_begin (&table, self, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < officials->len; i++)
    {
      DiemOfficial *official = g_ptr_array_index (officials, i);
      g_autofree char *titles = join_lines (official->titles);
      g_autofree char *count = g_strdup_printf ("%u", official->mentions->len);
      const char *texts[] = { official->name, titles, count };

      link_row (self, diem_page_table_add_row (&table, texts, styles), first_mention (official->mentions));
    }
  diem_page_table_end (&table);
}

/* Each recipient, on lines of its own, leads to where the article names it. */
static void
link_recipients (DiemPageRenderer *self,
                 DiemPageItem     *row,
                 DiemAward        *award)
{
  guint n = award->recipients != NULL ? award->recipients->len : 0;
  g_autofree gsize *targets = g_new (gsize, MAX (n, 1));

  for (guint j = 0; j < n; j++)
    targets[j] = linkable (self, recipient_target (self->article, award, g_ptr_array_index (award->recipients, j)));
  if (n > 0)
    diem_page_table_link_cell (row, 1, targets, n);
}

static void
add_awards (DiemPageRenderer *self)
{
  const DiemPageColumn columns[] = {
    /* TRANSLATORS: column headers of the PDF summary's awards table; a tier is an
     * honour and its class, e.g. "Huân chương Lao động hạng Nhất" */
    { _("Award tier"), 0.34, PANGO_ALIGN_LEFT },
    { _("Recipients"), 0.45, PANGO_ALIGN_LEFT },
    { _("Presented by"), 0.21, PANGO_ALIGN_LEFT },
  };
  const DiemPageCellStyle styles[] = { DIEM_PAGE_CELL_NAME, DIEM_PAGE_CELL_PLAIN, DIEM_PAGE_CELL_NOTE };
  GPtrArray *awards = diem_article_get_awards (self->article);
  DiemPageTable table;

  add_section_heading (self, _("Awards"));
  if (awards == NULL || awards->len == 0)
    {
      add_none_found (self);
      return;
    }
  /* the extraction keeps the tiers in rank order */
  diem_page_table_begin (&table, self, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < awards->len; i++)
    {
      DiemAward *award = g_ptr_array_index (awards, i);
      g_autofree char *recipients = join_lines (award->recipients);
      const char *texts[] = { award->award, recipients, award->presenter };
      DiemPageItem *row = diem_page_table_add_row (&table, texts, styles);

      link_row (self, row, first_mention (award->mentions));
      link_recipients (self, row, award);
    }
  diem_page_table_end (&table);
}

static const char *
document_kind_label (DiemDocumentKind kind)
{
  switch (kind)
    {
    case DIEM_DOCUMENT_RESOLUTION: return _("Resolution");
    case DIEM_DOCUMENT_DECREE:     return _("Decree");
    case DIEM_DOCUMENT_DECISION:   return _("Decision");
    case DIEM_DOCUMENT_DIRECTIVE:  return _("Directive");
    case DIEM_DOCUMENT_CONCLUSION: return _("Conclusion");
    case DIEM_DOCUMENT_CIRCULAR:   return _("Circular");
    case DIEM_DOCUMENT_LAW:        return _("Law");
    default:                       return _("Document");
    }
}

static void
add_document_table (DiemPageRenderer *self,
                    GPtrArray        *documents)
{
  const DiemPageColumn columns[] = {
    /* TRANSLATORS: column headers of the PDF summary's documents tables: the
     * document, who issued it, what it is about */
    { _("Document"), 0.30, PANGO_ALIGN_LEFT },
    { _("Issuer"), 0.26, PANGO_ALIGN_LEFT },
    { _("Subject"), 0.44, PANGO_ALIGN_LEFT },
  };
  const DiemPageCellStyle styles[] = { DIEM_PAGE_CELL_NAME, DIEM_PAGE_CELL_PLAIN, DIEM_PAGE_CELL_PLAIN };
  DiemPageTable table;

  if (documents == NULL || documents->len == 0)
    {
      add_none_found (self);
      return;
    }
  diem_page_table_begin (&table, self, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < documents->len; i++)
    {
      DiemDocument *document = g_ptr_array_index (documents, i);
      /* a bare number reads better with its kind in front: "Resolution 98/2023/QH15" */
      g_autofree char *name = g_ascii_isdigit (document->id[0])
                                ? g_strdup_printf ("%s %s", document_kind_label (document->kind), document->id)
                                : g_strdup (document->id);
      const char *texts[] = { name, document->issuer, document->subject };

      link_row (self, diem_page_table_add_row (&table, texts, styles), first_mention (document->mentions));
    }
  diem_page_table_end (&table);
}

void
diem_page_add_summary (DiemPageRenderer *self)
{
  GPtrArray *resolutions = diem_article_get_resolutions (self->article);
  GPtrArray *documents = diem_article_get_documents (self->article);
  guint first_item = self->items->len;
  DiemPageItem *title;

  title = diem_page_add_text_item (self, DIEM_PAGE_ITEM_TEXT, _("Summary"),
                                   diem_page_font_new (DIEM_PAGE_SANS_FAMILIES, 20, PANGO_WEIGHT_BOLD,
                                                       PANGO_STYLE_NORMAL),
                                   NULL, 0, PANGO_ALIGN_LEFT, FALSE, 1.0);

  diem_page_add_mark (self, g_strdup (_("Summary")), 0, title);
  title->page_break_before = TRUE;
  title->rule_below = 8;
  title->keep_with_next = TRUE;
  title->space_after = 0;

  add_officials (self);
  add_awards (self);

  add_section_heading (self, _("Resolutions"));
  add_document_table (self, resolutions);

  if (documents != NULL && documents->len > 0)
    {
      add_section_heading (self, _("Other documents"));
      add_document_table (self, documents);
    }

  for (guint i = first_item; i < self->items->len; i++)
    diem_page_item_release_lines (g_ptr_array_index (self->items, i));
}

