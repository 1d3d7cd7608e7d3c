/* diem-sidebar.c — what the article names: officials, award tiers, resolutions, other documents
 *
 * Each row keeps the mentions of its entry; activating a row emits ::mentions-activated
 * with them, and the window highlights them in the reading view.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "diem-sidebar.h"

struct _DiemSidebar
{
  AdwBin       parent_instance;

  GtkLabel    *officials_count;
  GtkListBox  *officials_list;
  GtkLabel    *awards_count;
  GtkListBox  *awards_list;
  GtkLabel    *resolutions_count;
  GtkListBox  *resolutions_list;
  GtkWidget   *documents_header;
  GtkLabel    *documents_count;
  GtkListBox  *documents_list;

  DiemArticle *article;
  GtkWidget   *active_row;
};

G_DEFINE_FINAL_TYPE (DiemSidebar, diem_sidebar, ADW_TYPE_BIN)

enum {
  MENTIONS_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
document_kind_label (DiemDocumentKind kind)
{
  switch (kind)
    {
    case DIEM_DOCUMENT_RESOLUTION:
      return _("Resolution");
    case DIEM_DOCUMENT_DECREE:
      return _("Decree");
    case DIEM_DOCUMENT_DECISION:
      return _("Decision");
    case DIEM_DOCUMENT_DIRECTIVE:
      return _("Directive");
    case DIEM_DOCUMENT_CONCLUSION:
      return _("Conclusion");
    case DIEM_DOCUMENT_CIRCULAR:
      return _("Circular");
    case DIEM_DOCUMENT_LAW:
      return _("Law");
    default:
      return _("Document");
    }
}

static GtkWidget *
add_label (GtkWidget  *box,
           const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (GTK_BOX (box), label);
  return label;
}

/* A row with its content box; @mentions is owned by the article the sidebar holds. */
static GtkWidget *
add_row (GtkListBox *list,
         GArray     *mentions,
         GString    *accessible_name,
         GtkWidget **content)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);

  gtk_widget_add_css_class (box, "entity-row");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), mentions != NULL && mentions->len > 0);
  g_object_set_data (G_OBJECT (row), "mentions", mentions);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name->str,
                                  -1);
  gtk_list_box_append (list, row);
  *content = box;
  return row;
}

static void
add_official_row (DiemSidebar        *self,
                  const DiemOfficial *official)
{
  g_autoptr(GString) name = g_string_new (official->name);
  GtkWidget *box;

  for (guint i = 0; i < official->titles->len; i++)
    g_string_append_printf (name, ", %s", (const char *) g_ptr_array_index (official->titles, i));

  add_row (self->officials_list, official->mentions, name, &box);
  add_label (box, official->name, "entity-title");
  for (guint i = 0; i < official->titles->len; i++)
    add_label (box, g_ptr_array_index (official->titles, i), "entity-detail");
}

static void
add_award_row (DiemSidebar     *self,
               const DiemAward *award)
{
  g_autoptr(GString) name = g_string_new (award->award);
  GtkWidget *box;

  for (guint i = 0; i < award->recipients->len; i++)
    g_string_append_printf (name, i == 0 ? ": %s" : ", %s",
                            (const char *) g_ptr_array_index (award->recipients, i));
  if (award->presenter != NULL)
    {
      g_string_append (name, "; ");
      g_string_append_printf (name, _("presented by %s"), award->presenter);
    }

  add_row (self->awards_list, award->mentions, name, &box);
  add_label (box, award->award, "entity-title");
  for (guint i = 0; i < award->recipients->len; i++)
    add_label (box, g_ptr_array_index (award->recipients, i), "award-recipient");
  if (award->presenter != NULL)
    {
      g_autofree char *presenter = g_strdup_printf (_("Presented by %s"), award->presenter);

      add_label (box, presenter, "entity-note");
    }
}

static void
add_document_row (GtkListBox         *list,
                  const DiemDocument *document)
{
  g_autoptr(GString) name = g_string_new (NULL);
  g_autofree char *title = NULL;
  GtkWidget *box;

  /* a bare number reads better with its kind in front: "Resolution 98/2023/QH15" */
  if (g_ascii_isdigit (document->id[0]))
    title = g_strdup_printf ("%s %s", document_kind_label (document->kind), document->id);
  else
    title = g_strdup (document->id);

  g_string_append (name, title);
  if (document->issuer != NULL)
    g_string_append_printf (name, ", %s", document->issuer);

  add_row (list, document->mentions, name, &box);
  add_label (box, title, "entity-title");
  if (document->issuer != NULL)
    add_label (box, document->issuer, "entity-detail");
  if (document->subject != NULL)
    {
      g_autofree char *subject = g_strdup_printf (_("On %s"), document->subject);

      add_label (box, subject, "entity-note");
    }
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
set_count (GtkLabel *label,
           guint     count)
{
  g_autofree char *text = g_strdup_printf ("%u", count);

  gtk_label_set_text (label, text);
}

static void
on_row_activated_cb (GtkListBox    *list,
                     GtkListBoxRow *row,
                     DiemSidebar   *self)
{
  GArray *mentions = g_object_get_data (G_OBJECT (row), "mentions");

  if (self->active_row != NULL)
    gtk_widget_remove_css_class (self->active_row, "active-entity");
  self->active_row = GTK_WIDGET (row);
  gtk_widget_add_css_class (self->active_row, "active-entity");

  g_signal_emit (self, signals[MENTIONS_ACTIVATED], 0, mentions);
}

static GtkWidget *
create_placeholder (void)
{
  GtkWidget *label = gtk_label_new (_("None found"));

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "empty-section");
  return label;
}

static void
diem_sidebar_dispose (GObject *object)
{
  DiemSidebar *self = DIEM_SIDEBAR (object);

  g_clear_object (&self->article);

  G_OBJECT_CLASS (diem_sidebar_parent_class)->dispose (object);
}

static void
diem_sidebar_class_init (DiemSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = diem_sidebar_dispose;

  /**
   * DiemSidebar::mentions-activated:
   * @mentions: (element-type DiemSpan): byte ranges of the entry in the article's text
   */
  signals[MENTIONS_ACTIVATED] =
    g_signal_new ("mentions-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ARRAY | G_SIGNAL_TYPE_STATIC_SCOPE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/diem-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, DiemSidebar, officials_count);
  gtk_widget_class_bind_template_child (widget_class, DiemSidebar, officials_list);
  gtk_widget_class_bind_template_child (widget_class, DiemSidebar, awards_count);
  gtk_widget_class_bind_template_child (widget_class, DiemSidebar, awards_list);
  gtk_widget_class_bind_template_child (widget_class, DiemSidebar, resolutions_count);
  gtk_widget_class_bind_template_child (widget_class, DiemSidebar, resolutions_list);
  gtk_widget_class_bind_template_child (widget_class, DiemSidebar, documents_header);
  gtk_widget_class_bind_template_child (widget_class, DiemSidebar, documents_count);
  gtk_widget_class_bind_template_child (widget_class, DiemSidebar, documents_list);
  gtk_widget_class_set_css_name (widget_class, "diemsidebar");
}

static void
diem_sidebar_init (DiemSidebar *self)
{
  GtkListBox *lists[] = { NULL, NULL, NULL, NULL };

  gtk_widget_init_template (GTK_WIDGET (self));

  lists[0] = self->officials_list;
  lists[1] = self->awards_list;
  lists[2] = self->resolutions_list;
  lists[3] = self->documents_list;
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      gtk_list_box_set_placeholder (lists[i], create_placeholder ());
      g_signal_connect (lists[i], "row-activated", G_CALLBACK (on_row_activated_cb), self);
    }
}

void
diem_sidebar_set_article (DiemSidebar *self,
                          DiemArticle *article)
{
  GPtrArray *officials, *awards, *resolutions, *documents;

  g_return_if_fail (DIEM_IS_SIDEBAR (self));
  g_return_if_fail (article == NULL || DIEM_IS_ARTICLE (article));

  self->active_row = NULL;
  clear_list (self->officials_list);
  clear_list (self->awards_list);
  clear_list (self->resolutions_list);
  clear_list (self->documents_list);
  g_set_object (&self->article, article);

  officials = article ? diem_article_get_officials (article) : NULL;
  awards = article ? diem_article_get_awards (article) : NULL;
  resolutions = article ? diem_article_get_resolutions (article) : NULL;
  documents = article ? diem_article_get_documents (article) : NULL;

  for (guint i = 0; officials != NULL && i < officials->len; i++)
    add_official_row (self, g_ptr_array_index (officials, i));
  for (guint i = 0; awards != NULL && i < awards->len; i++)
    add_award_row (self, g_ptr_array_index (awards, i));
  for (guint i = 0; resolutions != NULL && i < resolutions->len; i++)
    add_document_row (self->resolutions_list, g_ptr_array_index (resolutions, i));
  for (guint i = 0; documents != NULL && i < documents->len; i++)
    add_document_row (self->documents_list, g_ptr_array_index (documents, i));

  set_count (self->officials_count, officials ? officials->len : 0);
  set_count (self->awards_count, awards ? awards->len : 0);
  set_count (self->resolutions_count, resolutions ? resolutions->len : 0);
  set_count (self->documents_count, documents ? documents->len : 0);
  gtk_widget_set_visible (self->documents_header, documents != NULL && documents->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->documents_list), documents != NULL && documents->len > 0);
}

/**
 * diem_sidebar_get_list_box:
 *
 * Returns: (transfer none): the list of one section
 */
GtkListBox *
diem_sidebar_get_list_box (DiemSidebar        *self,
                           DiemSidebarSection  section)
{
  g_return_val_if_fail (DIEM_IS_SIDEBAR (self), NULL);

  switch (section)
    {
    case DIEM_SIDEBAR_OFFICIALS:
      return self->officials_list;
    case DIEM_SIDEBAR_AWARDS:
      return self->awards_list;
    case DIEM_SIDEBAR_RESOLUTIONS:
      return self->resolutions_list;
    case DIEM_SIDEBAR_DOCUMENTS:
      return self->documents_list;
    default:
      g_return_val_if_reached (NULL);
    }
}
