/* diem-page-summary.c — the summary sheet: officials, awards, resolutions, documents */
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
static void
link_to (DiemPageRenderer *self,
         DiemPageItem     *item,
         gsize             target)
{
  if (target != DIEM_PAGE_NO_TARGET && g_hash_table_contains (self->targets, GSIZE_TO_POINTER (target)))
    item->link_target = target;
}

/* Entries ------------------------------------------------------------------ */

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

/* "LEAD — rest", with the lead in bold and a hanging indent for wrapped lines. */
static DiemPageItem *
add_entry (DiemPageRenderer *self,
           const char       *lead,
           const char       *rest,
           gsize             target)
{
  g_autofree char *text = NULL;
  PangoAttrList *attrs = pango_attr_list_new ();
  DiemPageItem *item;

  text = rest != NULL && *rest != '\0' ? g_strdup_printf ("%s — %s", lead, rest) : g_strdup (lead);
  diem_page_add_attribute (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD), 0, strlen (lead));
  item = diem_page_add_text_item (self, DIEM_PAGE_ITEM_TEXT, text,
                                  diem_page_font_new (DIEM_PAGE_SERIF_FAMILIES, 10.5, PANGO_WEIGHT_NORMAL,
                                                      PANGO_STYLE_NORMAL),
                                  attrs, 0, PANGO_ALIGN_LEFT, FALSE, 1.02);
  pango_layout_set_indent (item->layout, -14 * PANGO_SCALE);
  diem_page_item_measure_lines (item);
  item->space_after = 4;
  link_to (self, item, target);
  return item;
}

/* Name — titles (×mentions): the count is a sign, not a word, and reads in any language. */
static void
add_officials (DiemPageRenderer *self)
{
  GPtrArray *officials = diem_article_get_officials (self->article);

  add_section_heading (self, _("Officials"));
  if (officials == NULL || officials->len == 0)
    {
      add_none_found (self);
      return;
    }
  for (guint i = 0; i < officials->len; i++)
    {
      DiemOfficial *official = g_ptr_array_index (officials, i);
      g_autoptr(GString) rest = g_string_new (NULL);

      for (guint j = 0; official->titles != NULL && j < official->titles->len; j++)
        {
          if (j > 0)
            g_string_append (rest, "; ");
          g_string_append (rest, g_ptr_array_index (official->titles, j));
        }
      if (official->mentions->len > 0)
        g_string_append_printf (rest, "%s(×%u)", rest->len > 0 ? " " : "", official->mentions->len);
      add_entry (self, official->name, rest->str, first_mention (official->mentions));
    }
}

static void
add_awards (DiemPageRenderer *self)
{
  GPtrArray *awards = diem_article_get_awards (self->article);

  add_section_heading (self, _("Awards"));
  if (awards == NULL || awards->len == 0)
    {
      add_none_found (self);
      return;
    }
  /* the extraction keeps the tiers in rank order */
  for (guint i = 0; i < awards->len; i++)
    {
      DiemAward *award = g_ptr_array_index (awards, i);
      DiemPageItem *tier = diem_page_add_text_item (self, DIEM_PAGE_ITEM_TEXT, award->award,
                                                    diem_page_font_new (DIEM_PAGE_SANS_FAMILIES, 10.5,
                                                                        PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL),
                                                    NULL, 0, PANGO_ALIGN_LEFT, FALSE, 1.0);

      tier->space_before = i > 0 ? 9 : 0;
      tier->space_after = 3;
      tier->keep_together = TRUE;
      tier->keep_with_next = award->recipients != NULL && award->recipients->len > 0;
      link_to (self, tier, first_mention (award->mentions));

      for (guint j = 0; award->recipients != NULL && j < award->recipients->len; j++)
        {
          const char *recipient = g_ptr_array_index (award->recipients, j);
          g_autofree char *bullet = g_strdup_printf ("•  %s", recipient);
          DiemPageItem *item = diem_page_add_text_item (self, DIEM_PAGE_ITEM_TEXT, bullet,
                                                        diem_page_font_new (DIEM_PAGE_SERIF_FAMILIES, 10.5,
                                                                            PANGO_WEIGHT_NORMAL,
                                                                            PANGO_STYLE_NORMAL),
                                                        NULL, 12, PANGO_ALIGN_LEFT, FALSE, 1.0);

          pango_layout_set_indent (item->layout, -10 * PANGO_SCALE);
          diem_page_item_measure_lines (item);
          item->space_after = 2;
          link_to (self, item, recipient_target (self->article, award, recipient));
        }

      if (award->presenter != NULL)
        {
          g_autofree char *line = g_strdup_printf (_("Presented by %s"), award->presenter);
          DiemPageItem *item = diem_page_add_text_item (self, DIEM_PAGE_ITEM_TEXT, line,
                                                        diem_page_font_new (DIEM_PAGE_SERIF_FAMILIES, 9.5,
                                                                            PANGO_WEIGHT_NORMAL,
                                                                            PANGO_STYLE_ITALIC),
                                                        NULL, 12, PANGO_ALIGN_LEFT, FALSE, 1.0);
          item->color = 0x5a5a5a;
          item->space_before = 2;
        }
    }
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
add_document_list (DiemPageRenderer *self,
                   GPtrArray        *documents,
                   gboolean          with_kind)
{
  for (guint i = 0; documents != NULL && i < documents->len; i++)
    {
      DiemDocument *document = g_ptr_array_index (documents, i);
      g_autoptr(GString) rest = g_string_new (NULL);
      g_autofree char *lead = with_kind
        ? g_strdup_printf ("%s %s", document_kind_label (document->kind), document->id)
        : g_strdup (document->id);

      if (document->issuer != NULL)
        g_string_append (rest, document->issuer);
      if (document->subject != NULL)
        {
          if (rest->len > 0)
            g_string_append (rest, ", ");
          g_string_append (rest, document->subject);
        }
      add_entry (self, lead, rest->str, first_mention (document->mentions));
    }
}

void
diem_page_add_summary (DiemPageRenderer *self)
{
  GPtrArray *resolutions = diem_article_get_resolutions (self->article);
  GPtrArray *documents = diem_article_get_documents (self->article);
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
  if (resolutions == NULL || resolutions->len == 0)
    add_none_found (self);
  add_document_list (self, resolutions, FALSE);

  if (documents != NULL && documents->len > 0)
    {
      add_section_heading (self, _("Other documents"));
      add_document_list (self, documents, TRUE);
    }
}

