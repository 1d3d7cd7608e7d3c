/* diem-entity-section.c — one collapsible sidebar section: a header with a count, a list
 *
 * The header is a toggle button, so a section folds from the keyboard (Space/Enter) as
 * well as with a click, and screen readers hear its name, count and expanded state.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "diem-entity-section.h"

struct _DiemEntitySection
{
  GtkWidget        parent_instance;

  GtkToggleButton *header;
  GtkImage        *arrow;
  GtkLabel        *title_label;
  GtkLabel        *count_label;
  GtkRevealer     *revealer;
  GtkListBox      *list_box;

  guint            count;
};

G_DEFINE_FINAL_TYPE (DiemEntitySection, diem_entity_section, GTK_TYPE_WIDGET)

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

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EXPANDED] =
    g_param_spec_boolean ("expanded", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/diem-entity-section.ui");
  gtk_widget_class_bind_template_child (widget_class, DiemEntitySection, header);
  gtk_widget_class_bind_template_child (widget_class, DiemEntitySection, arrow);
  gtk_widget_class_bind_template_child (widget_class, DiemEntitySection, title_label);
  gtk_widget_class_bind_template_child (widget_class, DiemEntitySection, count_label);
  gtk_widget_class_bind_template_child (widget_class, DiemEntitySection, revealer);
  gtk_widget_class_bind_template_child (widget_class, DiemEntitySection, list_box);
  gtk_widget_class_bind_template_callback (widget_class, on_header_toggled_cb);
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
}

/**
 * diem_entity_section_get_list_box:
 *
 * Returns: (transfer none): the section's list of entries
 */
GtkListBox *
diem_entity_section_get_list_box (DiemEntitySection *self)
{
  g_return_val_if_fail (DIEM_IS_ENTITY_SECTION (self), NULL);

  return self->list_box;
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
