/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-entity-section.c — one collapsible sidebar section: a header with a count, a list
 *
 * The header is a toggle button, so a section folds from the keyboard (Space/Enter) as
 * well as with a click, and screen readers hear its name, count and expanded state.
 * The list is a list box of the category's entries, a DiemEntryRow in each row: Tab stops
 * once in it, at the entry last focused, and the arrow keys move inside it. A list box,
 * not a list view: GTK 4.8's list view, in a sidebar that scrolls as a whole, allocates
 * its rows from estimated heights, which cut off the last rows when names wrap.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "diem-entity-section.h"
#include "diem-entry-row-private.h"

struct _DiemEntitySection
{
  GtkWidget           parent_instance;

  /* template widgets */
  GtkToggleButton    *header;
  GtkImage           *arrow;
  GtkLabel           *title_label;
  GtkLabel           *count_label;
  GtkRevealer        *revealer;
  GtkListBox         *list_box;
  GtkWidget          *placeholder;

  /* owned state */
  GListModel         *entries;
  DiemEntry          *active;    /* (nullable) the entry activated last */
  guint               focus_position; /* of the row focused last, where Tab comes back */
  guint               count;
};

G_DEFINE_FINAL_TYPE (DiemEntitySection, diem_entity_section, GTK_TYPE_WIDGET)

enum {
  ENTRY_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum {
  PROP_0,
  PROP_TITLE,
  PROP_EXPANDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_accessible_name (DiemEntitySection *self)
{
  /* TRANSLATORS: a sidebar section's header as read aloud, e.g. "Officials, 7 items" */
  g_autofree char *name = g_strdup_printf (ngettext ("%s, %u item", "%s, %u items", self->count),
                                           gtk_label_get_label (self->title_label), self->count);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->header),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
}

static void
on_header_toggled_cb (GtkToggleButton   *header,
                      DiemEntitySection *self)
{
  gboolean expanded = gtk_toggle_button_get_active (header);

  gtk_revealer_set_reveal_child (self->revealer, expanded);
  gtk_image_set_from_icon_name (self->arrow, expanded ? "pan-down-symbolic" : "pan-end-symbolic");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->header),
                               GTK_ACCESSIBLE_STATE_EXPANDED, expanded,
                               -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPANDED]);
}

/* The rows on screen mark the active entry; a row bound later asks (diem-entry-row.c). */
static void
set_active (DiemEntitySection *self,
            DiemEntry         *entry)
{
  if (!g_set_object (&self->active, entry))
    return;
  for (GtkWidget *item = gtk_widget_get_first_child (GTK_WIDGET (self->list_box));
       item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);

      if (row != NULL && DIEM_IS_ENTRY_ROW (row))
        _diem_entry_row_update_active (DIEM_ENTRY_ROW (row));
    }
}

static void
on_row_activated_cb (GtkListBox        *list_box,
                     GtkListBoxRow     *row,
                     DiemEntitySection *self)
{
  g_autoptr(DiemEntry) entry = g_list_model_get_item (self->entries, gtk_list_box_row_get_index (row));

  if (entry == NULL || diem_entry_get_mention_count (entry) == 0)
    return;
  set_active (self, entry);
  g_signal_emit (self, signals[ENTRY_ACTIVATED], 0, entry);
}

static void
on_row_focus_enter_cb (GtkEventControllerFocus *controller,
                       DiemEntitySection       *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  self->focus_position = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  DiemEntitySection *self = user_data;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), g_object_new (DIEM_TYPE_ENTRY_ROW, "entry", item, NULL));
  g_signal_connect_object (focus, "enter", G_CALLBACK (on_row_focus_enter_cb), self, 0);
  gtk_widget_add_controller (row, focus);
  return row;
}

static gboolean
list_can_focus (DiemEntitySection *self)
{
  return gtk_revealer_get_reveal_child (self->revealer)
         && g_list_model_get_n_items (self->entries) > 0;
}

/* Tab into the list lands on the row focused last, as long as there is one there. */
static gboolean
focus_list (DiemEntitySection *self,
            GtkDirectionType   direction)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list_box, (int) self->focus_position);

  if (!list_can_focus (self))
    return FALSE;
  if (row != NULL && gtk_widget_grab_focus (GTK_WIDGET (row)))
    return TRUE;
  return gtk_widget_child_focus (GTK_WIDGET (self->list_box), direction);
}

/* One Tab stop for the header and one for the list, whatever its length: Tab leaves the
 * list, Shift+Tab goes from it to the header; the arrow keys stay inside the list. */
static gboolean
diem_entity_section_focus (GtkWidget        *widget,
                           GtkDirectionType  direction)
{
  DiemEntitySection *self = DIEM_ENTITY_SECTION (widget);
  GtkWidget *focus_child = gtk_widget_get_focus_child (widget);
  GtkWidget *header = GTK_WIDGET (self->header);
  gboolean in_list = focus_child != NULL && focus_child != header;

  switch (direction)
    {
    case GTK_DIR_TAB_FORWARD:
      if (focus_child == NULL)
        return gtk_widget_child_focus (header, direction);
      if (!in_list)
        return focus_list (self, direction);
      return FALSE;
    case GTK_DIR_TAB_BACKWARD:
      if (focus_child == NULL)
        return focus_list (self, direction) || gtk_widget_child_focus (header, direction);
      if (in_list)
        return gtk_widget_grab_focus (header);
      return FALSE;
    case GTK_DIR_UP:
    case GTK_DIR_DOWN:
    case GTK_DIR_LEFT:
    case GTK_DIR_RIGHT:
    default:
      return GTK_WIDGET_CLASS (diem_entity_section_parent_class)->focus (widget, direction);
    }
}

static void
diem_entity_section_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  DiemEntitySection *self = DIEM_ENTITY_SECTION (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, gtk_label_get_label (self->title_label));
      break;
    case PROP_EXPANDED:
      g_value_set_boolean (value, diem_entity_section_get_expanded (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
diem_entity_section_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  DiemEntitySection *self = DIEM_ENTITY_SECTION (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      gtk_label_set_label (self->title_label, g_value_get_string (value));
      update_accessible_name (self);
      g_object_notify_by_pspec (object, pspec);
      break;
    case PROP_EXPANDED:
      diem_entity_section_set_expanded (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
diem_entity_section_dispose (GObject *object)
{
  DiemEntitySection *self = DIEM_ENTITY_SECTION (object);

  if (self->list_box != NULL)
    gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
  g_clear_object (&self->entries);
  g_clear_object (&self->active);
  gtk_widget_dispose_template (GTK_WIDGET (object), DIEM_TYPE_ENTITY_SECTION);

  G_OBJECT_CLASS (diem_entity_section_parent_class)->dispose (object);
}

static void
diem_entity_section_class_init (DiemEntitySectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = diem_entity_section_get_property;
  object_class->set_property = diem_entity_section_set_property;
  object_class->dispose = diem_entity_section_dispose;
  widget_class->focus = diem_entity_section_focus;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EXPANDED] =
    g_param_spec_boolean ("expanded", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DiemEntitySection::entry-activated:
   * @entry: the DiemEntry activated, now the section's active entry
   */
  signals[ENTRY_ACTIVATED] =
    g_signal_new ("entry-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, DIEM_TYPE_ENTRY);

  g_type_ensure (DIEM_TYPE_ENTRY);
  g_type_ensure (DIEM_TYPE_ENTRY_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/diem-entity-section.ui");
  gtk_widget_class_bind_template_child (widget_class, DiemEntitySection, header);
  gtk_widget_class_bind_template_child (widget_class, DiemEntitySection, arrow);
  gtk_widget_class_bind_template_child (widget_class, DiemEntitySection, title_label);
  gtk_widget_class_bind_template_child (widget_class, DiemEntitySection, count_label);
  gtk_widget_class_bind_template_child (widget_class, DiemEntitySection, revealer);
  gtk_widget_class_bind_template_child (widget_class, DiemEntitySection, list_box);
  gtk_widget_class_bind_template_child (widget_class, DiemEntitySection, placeholder);
  gtk_widget_class_bind_template_callback (widget_class, on_header_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "entitysection");
}

static void
diem_entity_section_init (DiemEntitySection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->header),
                               GTK_ACCESSIBLE_STATE_EXPANDED, TRUE,
                               -1);
  self->entries = G_LIST_MODEL (g_list_store_new (DIEM_TYPE_ENTRY));
}

/**
 * diem_entity_section_get_list_box:
 *
 * Returns: (transfer none): the section's list of entries, a row per entry
 */
GtkListBox *
diem_entity_section_get_list_box (DiemEntitySection *self)
{
  g_return_val_if_fail (DIEM_IS_ENTITY_SECTION (self), NULL);

  return self->list_box;
}

/**
 * diem_entity_section_get_entries:
 *
 * Returns: (transfer none): the DiemEntry shown, in order
 */
GListModel *
diem_entity_section_get_entries (DiemEntitySection *self)
{
  g_return_val_if_fail (DIEM_IS_ENTITY_SECTION (self), NULL);

  return self->entries;
}

/**
 * diem_entity_section_set_entries:
 * @entries: a GListModel of DiemEntry
 *
 * Shows @entries, none of them active; "None found" when there are none.
 */
void
diem_entity_section_set_entries (DiemEntitySection *self,
                                 GListModel        *entries)
{
  gboolean empty;

  g_return_if_fail (DIEM_IS_ENTITY_SECTION (self));
  g_return_if_fail (G_IS_LIST_MODEL (entries));

  set_active (self, NULL);
  g_set_object (&self->entries, entries);
  gtk_list_box_bind_model (self->list_box, entries, create_row, self, NULL);
  empty = g_list_model_get_n_items (entries) == 0;
  gtk_widget_set_visible (GTK_WIDGET (self->list_box), !empty);
  gtk_widget_set_visible (self->placeholder, empty);
}

/**
 * diem_entity_section_get_active:
 *
 * Returns: (transfer none) (nullable): the entry activated last, marked in its row
 */
DiemEntry *
diem_entity_section_get_active (DiemEntitySection *self)
{
  g_return_val_if_fail (DIEM_IS_ENTITY_SECTION (self), NULL);

  return self->active;
}

/* Marks @entry active without activating it: the same entry, shown again corrected. */
void
diem_entity_section_set_active (DiemEntitySection *self,
                                DiemEntry         *entry)
{
  g_return_if_fail (DIEM_IS_ENTITY_SECTION (self));
  g_return_if_fail (entry == NULL || DIEM_IS_ENTRY (entry));

  set_active (self, entry);
}

void
diem_entity_section_clear_active (DiemEntitySection *self)
{
  g_return_if_fail (DIEM_IS_ENTITY_SECTION (self));

  set_active (self, NULL);
}

void
diem_entity_section_set_count (DiemEntitySection *self,
                               guint              count)
{
  g_autofree char *text = g_strdup_printf ("%u", count);

  g_return_if_fail (DIEM_IS_ENTITY_SECTION (self));

  self->count = count;
  gtk_label_set_label (self->count_label, text);
  update_accessible_name (self);
}

gboolean
diem_entity_section_get_expanded (DiemEntitySection *self)
{
  g_return_val_if_fail (DIEM_IS_ENTITY_SECTION (self), FALSE);

  return gtk_toggle_button_get_active (self->header);
}

void
diem_entity_section_set_expanded (DiemEntitySection *self,
                                  gboolean           expanded)
{
  g_return_if_fail (DIEM_IS_ENTITY_SECTION (self));

  /* the header's ::toggled does the rest, and notifies */
  gtk_toggle_button_set_active (self->header, expanded);
}
