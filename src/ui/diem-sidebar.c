/* diem-sidebar.c — what the article names: officials, award tiers, resolutions, other documents
 *
 * Each row keeps the mentions of its entry; activating a row emits ::mentions-activated
 * with them, and the window highlights them in the reading view.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "diem-entity-section.h"
#include "diem-sidebar.h"

struct _DiemSidebar
{
  AdwBin             parent_instance;

  DiemEntitySection *officials_section;
  DiemEntitySection *awards_section;
  DiemEntitySection *resolutions_section;
  DiemEntitySection *documents_section;
  GtkWidget         *row_menu;

  DiemArticle       *article;
  GtkWidget         *active_row;
  GtkWidget         *menu_row;
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

/* A row's text as it is copied: its lines, without the mention count. */
#define ROW_TEXT_KEY "diem-row-text"
/* A row's first line: the name of its entry. */
#define ROW_TITLE_KEY "diem-row-title"

static GtkWidget *
add_label (GtkWidget  *box,
           const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);
  GtkWidget *row = gtk_widget_get_ancestor (box, GTK_TYPE_LIST_BOX_ROW);
  GString *row_text = g_object_get_data (G_OBJECT (row), ROW_TEXT_KEY);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (GTK_BOX (box), label);

  if (row_text->len > 0)
    g_string_append_c (row_text, '\n');
  g_string_append (row_text, text);
  return label;
}

static char *
dup_mention_count (GArray *mentions)
{
  guint n = mentions != NULL ? mentions->len : 0;

  return g_strdup_printf (ngettext ("%u mention", "%u mentions", n), n);
}

static void
free_row_text (gpointer data)
{
  g_string_free (data, TRUE);
}

/*
 * A row whose first line is @title with the mention count beside it; returns the box
 * that takes the row's further lines. @mentions is owned by the article the sidebar holds.
 */
static GtkWidget *
add_row (GtkListBox *list,
         GArray     *mentions,
         const char *title,
         GString    *accessible_name)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *first_line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autofree char *count = dup_mention_count (mentions);
  GtkWidget *title_label, *count_label;

  g_object_set_data_full (G_OBJECT (row), ROW_TEXT_KEY, g_string_new (NULL), free_row_text);
  g_object_set_data_full (G_OBJECT (row), ROW_TITLE_KEY, g_strdup (title), g_free);
  gtk_widget_add_css_class (box, "entity-row");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_box_append (GTK_BOX (box), first_line);

  title_label = add_label (first_line, title, "entity-title");
  gtk_widget_set_hexpand (title_label, TRUE);
  count_label = gtk_label_new (count);
  gtk_widget_set_valign (count_label, GTK_ALIGN_START);
  gtk_widget_add_css_class (count_label, "mention-count");
  gtk_widget_add_css_class (count_label, "numeric");
  gtk_box_append (GTK_BOX (first_line), count_label);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), mentions != NULL && mentions->len > 0);
  g_object_set_data (G_OBJECT (row), "mentions", mentions);
  g_string_append_printf (accessible_name, ", %s", count);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name->str,
                                  -1);
  gtk_list_box_append (list, row);
  return box;
}

static void
add_official_row (DiemSidebar        *self,
                  const DiemOfficial *official)
{
  g_autoptr(GString) name = g_string_new (official->name);
  GtkListBox *list = diem_entity_section_get_list_box (self->officials_section);
  GtkWidget *box;

  for (guint i = 0; i < official->titles->len; i++)
    g_string_append_printf (name, ", %s", (const char *) g_ptr_array_index (official->titles, i));

  box = add_row (list, official->mentions, official->name, name);
  for (guint i = 0; i < official->titles->len; i++)
    add_label (box, g_ptr_array_index (official->titles, i), "entity-detail");
}

/* Where @needle is written in the article: recipients are found as written, since the
 * extractor keeps the mentions of the award, not of each recipient. */
static GArray *
find_spans (DiemArticle *article,
            const char  *needle)
{
  const char *text = diem_article_get_text (article);
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (DiemSpan));
  gsize length = strlen (needle);

  for (const char *p = length > 0 ? strstr (text, needle) : NULL; p != NULL; p = strstr (p + length, needle))
    {
      DiemSpan span = { p - text, p - text + length };

      g_array_append_val (spans, span);
    }
  return spans;
}

/* A recipient is a row of its own under its tier, so its mentions can be stepped through. */
static void
add_recipient_row (DiemSidebar *self,
                   GtkListBox  *list,
                   const char  *recipient)
{
  GArray *spans = find_spans (self->article, recipient);
  g_autoptr(GString) name = g_string_new (recipient);
  GtkWidget *box = add_row (list, spans, recipient, name);
  GtkWidget *row = gtk_widget_get_ancestor (box, GTK_TYPE_LIST_BOX_ROW);

  /* the row owns what it found, unlike the entries' mentions, which the article owns */
  g_object_set_data_full (G_OBJECT (row), "diem-owned-mentions", spans, (GDestroyNotify) g_array_unref);
  gtk_widget_add_css_class (row, "recipient-row");
}

static void
add_award_row (DiemSidebar     *self,
               const DiemAward *award)
{
  g_autoptr(GString) name = g_string_new (award->award);
  GtkListBox *list = diem_entity_section_get_list_box (self->awards_section);
  GtkWidget *box;

  for (guint i = 0; i < award->recipients->len; i++)
    g_string_append_printf (name, i == 0 ? ": %s" : ", %s",
                            (const char *) g_ptr_array_index (award->recipients, i));
  if (award->presenter != NULL)
    {
      g_string_append (name, "; ");
      g_string_append_printf (name, _("presented by %s"), award->presenter);
    }

  box = add_row (list, award->mentions, award->award, name);
  if (award->presenter != NULL)
    {
      g_autofree char *presenter = g_strdup_printf (_("Presented by %s"), award->presenter);

      add_label (box, presenter, "entity-note");
    }
  for (guint i = 0; i < award->recipients->len; i++)
    {
      GString *tier_text = g_object_get_data (G_OBJECT (gtk_widget_get_ancestor (box, GTK_TYPE_LIST_BOX_ROW)), ROW_TEXT_KEY);

      /* a copied tier carries its recipients */
      g_string_append_printf (tier_text, "\n%s", (const char *) g_ptr_array_index (award->recipients, i));
      add_recipient_row (self, list, g_ptr_array_index (award->recipients, i));
    }
}

static void
add_document_row (DiemEntitySection  *section,
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

  box = add_row (diem_entity_section_get_list_box (section), document->mentions, title, name);
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

static DiemEntitySection *
get_section (DiemSidebar        *self,
             DiemSidebarSection  section)
{
  switch (section)
    {
    case DIEM_SIDEBAR_OFFICIALS:
      return self->officials_section;
    case DIEM_SIDEBAR_AWARDS:
      return self->awards_section;
    case DIEM_SIDEBAR_RESOLUTIONS:
      return self->resolutions_section;
    case DIEM_SIDEBAR_DOCUMENTS:
      return self->documents_section;
    default:
      g_return_val_if_reached (NULL);
    }
}

/* The context menu ---------------------------------------------------------- */

static void
popup_row_menu (DiemSidebar *self,
                GtkWidget   *row,
                double       x,
                double       y)
{
  graphene_point_t in_row = GRAPHENE_POINT_INIT (x, y), in_self;
  GdkRectangle at;

  if (!gtk_widget_compute_point (row, GTK_WIDGET (self), &in_row, &in_self))
    return;
  self->menu_row = row;
  at = (GdkRectangle) { (int) in_self.x, (int) in_self.y, 1, 1 };
  gtk_popover_set_pointing_to (GTK_POPOVER (self->row_menu), &at);
  gtk_popover_popup (GTK_POPOVER (self->row_menu));
}

static void
on_list_pressed_cb (GtkGestureClick *gesture,
                    int              n_press,
                    double           x,
                    double           y,
                    DiemSidebar     *self)
{
  GtkWidget *list = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  GtkListBoxRow *row = gtk_list_box_get_row_at_y (GTK_LIST_BOX (list), (int) y);
  graphene_point_t in_list = GRAPHENE_POINT_INIT (x, y), in_row;

  if (row == NULL || !gtk_widget_compute_point (list, GTK_WIDGET (row), &in_list, &in_row))
    return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  popup_row_menu (self, GTK_WIDGET (row), in_row.x, in_row.y);
}

/* Shift+F10 and the Menu key open the menu of the row that has the focus. */
static gboolean
show_focus_menu (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   user_data)
{
  DiemSidebar *self = DIEM_SIDEBAR (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row = focus != NULL ? gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW) : NULL;

  if (row == NULL || !gtk_widget_is_ancestor (row, widget))
    return FALSE;
  popup_row_menu (self, row, gtk_widget_get_width (row) / 2.0, gtk_widget_get_height (row) / 2.0);
  return TRUE;
}

static void
copy_row_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  DiemSidebar *self = DIEM_SIDEBAR (widget);
  GString *text;

  if (self->menu_row == NULL)
    return;
  text = g_object_get_data (G_OBJECT (self->menu_row), ROW_TEXT_KEY);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text->str);
  gtk_popover_popdown (GTK_POPOVER (self->row_menu));
}

static GtkWidget *
create_row_menu (DiemSidebar *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkWidget *popover;

  g_menu_append (menu, _("_Copy"), "entity.copy");
  popover = gtk_popover_menu_new_from_model (G_MENU_MODEL (menu));
  gtk_popover_set_has_arrow (GTK_POPOVER (popover), FALSE);
  gtk_widget_set_halign (popover, GTK_ALIGN_START);
  gtk_widget_set_parent (popover, GTK_WIDGET (self));
  return popover;
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
diem_sidebar_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  DiemSidebar *self = DIEM_SIDEBAR (widget);

  GTK_WIDGET_CLASS (diem_sidebar_parent_class)->size_allocate (widget, width, height, baseline);
  gtk_popover_present (GTK_POPOVER (self->row_menu));
}

static void
diem_sidebar_dispose (GObject *object)
{
  DiemSidebar *self = DIEM_SIDEBAR (object);

  /* closed first: an open popover's timers outlive its surface otherwise */
  if (self->row_menu != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->row_menu));
  g_clear_pointer (&self->row_menu, gtk_widget_unparent);
  g_clear_object (&self->article);

  G_OBJECT_CLASS (diem_sidebar_parent_class)->dispose (object);
}

static void
diem_sidebar_class_init (DiemSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = diem_sidebar_dispose;
  widget_class->size_allocate = diem_sidebar_size_allocate;

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

  g_type_ensure (DIEM_TYPE_ENTITY_SECTION);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/diem-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, DiemSidebar, officials_section);
  gtk_widget_class_bind_template_child (widget_class, DiemSidebar, awards_section);
  gtk_widget_class_bind_template_child (widget_class, DiemSidebar, resolutions_section);
  gtk_widget_class_bind_template_child (widget_class, DiemSidebar, documents_section);

  gtk_widget_class_install_action (widget_class, "entity.copy", NULL, copy_row_action);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, show_focus_menu, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Menu, 0, show_focus_menu, NULL);
  gtk_widget_class_set_css_name (widget_class, "diemsidebar");
}

static void
diem_sidebar_init (DiemSidebar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->row_menu = create_row_menu (self);

  for (DiemSidebarSection section = DIEM_SIDEBAR_OFFICIALS; section <= DIEM_SIDEBAR_DOCUMENTS; section++)
    {
      GtkListBox *list = diem_entity_section_get_list_box (get_section (self, section));
      GtkGesture *press = gtk_gesture_click_new ();

      gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (press), GDK_BUTTON_SECONDARY);
      g_signal_connect (press, "pressed", G_CALLBACK (on_list_pressed_cb), self);
      gtk_widget_add_controller (GTK_WIDGET (list), GTK_EVENT_CONTROLLER (press));

      gtk_list_box_set_placeholder (list, create_placeholder ());
      g_signal_connect (list, "row-activated", G_CALLBACK (on_row_activated_cb), self);
    }
}

void
diem_sidebar_set_article (DiemSidebar *self,
                          DiemArticle *article)
{
  GPtrArray *officials, *awards, *resolutions, *documents;

  g_return_if_fail (DIEM_IS_SIDEBAR (self));
  g_return_if_fail (article == NULL || DIEM_IS_ARTICLE (article));

  gtk_popover_popdown (GTK_POPOVER (self->row_menu));
  self->active_row = NULL;
  self->menu_row = NULL;
  for (DiemSidebarSection section = DIEM_SIDEBAR_OFFICIALS; section <= DIEM_SIDEBAR_DOCUMENTS; section++)
    clear_list (diem_entity_section_get_list_box (get_section (self, section)));
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
    add_document_row (self->resolutions_section, g_ptr_array_index (resolutions, i));
  for (guint i = 0; documents != NULL && i < documents->len; i++)
    add_document_row (self->documents_section, g_ptr_array_index (documents, i));

  diem_entity_section_set_count (self->officials_section, officials ? officials->len : 0);
  diem_entity_section_set_count (self->awards_section, awards ? awards->len : 0);
  diem_entity_section_set_count (self->resolutions_section, resolutions ? resolutions->len : 0);
  diem_entity_section_set_count (self->documents_section, documents ? documents->len : 0);
  gtk_widget_set_visible (GTK_WIDGET (self->documents_section), documents != NULL && documents->len > 0);
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

  return diem_entity_section_get_list_box (get_section (self, section));
}

/**
 * diem_sidebar_get_section:
 *
 * Returns: (transfer none): one section, to fold it or keep its state
 */
DiemEntitySection *
diem_sidebar_get_section (DiemSidebar        *self,
                          DiemSidebarSection  section)
{
  g_return_val_if_fail (DIEM_IS_SIDEBAR (self), NULL);

  return get_section (self, section);
}

/**
 * diem_sidebar_dup_row_text:
 * @row: a row of one of the sidebar's lists
 *
 * Returns: (transfer full): the row's lines as its context menu copies them
 */
char *
diem_sidebar_dup_row_text (GtkListBoxRow *row)
{
  GString *text = g_object_get_data (G_OBJECT (row), ROW_TEXT_KEY);

  g_return_val_if_fail (text != NULL, NULL);

  return g_strdup (text->str);
}

/**
 * diem_sidebar_get_active_title:
 *
 * Returns: (nullable): the name of the entry whose mentions were activated last
 */
const char *
diem_sidebar_get_active_title (DiemSidebar *self)
{
  g_return_val_if_fail (DIEM_IS_SIDEBAR (self), NULL);

  return self->active_row != NULL ? g_object_get_data (G_OBJECT (self->active_row), ROW_TITLE_KEY) : NULL;
}
