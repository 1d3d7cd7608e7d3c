/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-entry-row.c — a sidebar row: an entry's name, mention count, detail and note
 *
 * Setting another entry rewrites every label, and the accessible name of the list row
 * around it, which is what a screen reader says.
 * An entry the editor corrected says so: a small "Edited" or "Added" label, a removed
 * one dimmed and struck out, and the list row's accessible description.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "diem-entity-section.h"
#include "diem-entry-row-private.h"

struct _DiemEntryRow
{
  GtkWidget  parent_instance;

  /* template widgets */
  GtkLabel  *title_label;
  GtkLabel  *state_label;
  GtkLabel  *count_label;
  GtkLabel  *detail_label;
  GtkLabel  *note_label;

  /* owned state */
  DiemEntry *entry;
};

G_DEFINE_FINAL_TYPE (DiemEntryRow, diem_entry_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ENTRY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_optional_label (GtkLabel   *label,
                    const char *text)
{
  gtk_label_set_label (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL);
}

static const struct
{
  const char *css_class;
  const char *label;       /* shown beside the name */
  const char *description; /* said after the name */
} state_marks[] = {
  [DIEM_ENTRY_EXTRACTED] = { NULL, NULL, NULL },
  /* TRANSLATORS: beside a sidebar entry the editor corrected; keep it short */
  [DIEM_ENTRY_EDITED] = { "entry-edited", N_("Edited"), N_("Corrected by the editor") },
  /* TRANSLATORS: beside a sidebar entry the editor added; keep it short */
  [DIEM_ENTRY_ADDED] = { "entry-added", N_("Added"), N_("Added by the editor") },
  /* TRANSLATORS: beside a sidebar entry the editor removed; keep it short */
  [DIEM_ENTRY_REMOVED] = { "entry-removed", N_("Removed"), N_("Removed by the editor; its menu can restore it") },
};

/* The list row's state class and description are set again at each new entry. */
static void
update_state_marks (DiemEntryRow *self,
                    GtkWidget    *item)
{
  DiemEntryState state = diem_entry_get_state (self->entry);

  for (guint i = 0; i < G_N_ELEMENTS (state_marks); i++)
    if (state_marks[i].css_class != NULL && i != state)
      gtk_widget_remove_css_class (item, state_marks[i].css_class);
  /* a recipient is corrected with its tier: only the tier carries the mark */
  if (state_marks[state].css_class == NULL || diem_entry_is_part (self->entry))
    {
      gtk_widget_set_visible (GTK_WIDGET (self->state_label), FALSE);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (item), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }
  gtk_widget_add_css_class (item, state_marks[state].css_class);
  gtk_label_set_label (self->state_label, _(state_marks[state].label));
  gtk_widget_set_visible (GTK_WIDGET (self->state_label), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (item),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _(state_marks[state].description),
                                  -1);
}

/* The list row holds the focus and is what assistive technologies name. */
static void
update_list_item (DiemEntryRow *self)
{
  GtkWidget *item = gtk_widget_get_parent (GTK_WIDGET (self));
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *joined = NULL;
  g_autofree char *name = NULL;

  if (item == NULL || self->entry == NULL)
    return;

  text = diem_entry_dup_text (self->entry);
  lines = g_strsplit (text, "\n", -1);
  joined = g_strjoinv (", ", lines);
  name = g_strdup_printf ("%s, %s", joined, gtk_label_get_label (self->count_label));
  gtk_accessible_update_property (GTK_ACCESSIBLE (item),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  /* a recipient sits under its tier, indented */
  if (diem_entry_is_part (self->entry))
    gtk_widget_add_css_class (item, "recipient-row");
  else
    gtk_widget_remove_css_class (item, "recipient-row");
  update_state_marks (self, item);
  _diem_entry_row_update_active (self);
}

/* Marks the list row when its entry is its section's active one. */
void
_diem_entry_row_update_active (DiemEntryRow *self)
{
  GtkWidget *item = gtk_widget_get_parent (GTK_WIDGET (self));
  GtkWidget *section = gtk_widget_get_ancestor (GTK_WIDGET (self), DIEM_TYPE_ENTITY_SECTION);
  DiemEntry *active = section != NULL ? diem_entity_section_get_active (DIEM_ENTITY_SECTION (section)) : NULL;

  g_assert (DIEM_IS_ENTRY_ROW (self));

  if (item == NULL)
    return;
  if (self->entry != NULL && self->entry == active)
    gtk_widget_add_css_class (item, "active-entity");
  else
    gtk_widget_remove_css_class (item, "active-entity");
}

static void
diem_entry_row_root (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (diem_entry_row_parent_class)->root (widget);
  update_list_item (DIEM_ENTRY_ROW (widget));
}

static void
diem_entry_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DiemEntryRow *self = DIEM_ENTRY_ROW (object);

  switch (prop_id)
    {
    case PROP_ENTRY:
      g_value_set_object (value, self->entry);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
diem_entry_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  DiemEntryRow *self = DIEM_ENTRY_ROW (object);

  switch (prop_id)
    {
    case PROP_ENTRY:
      diem_entry_row_set_entry (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
diem_entry_row_dispose (GObject *object)
{
  DiemEntryRow *self = DIEM_ENTRY_ROW (object);
  GtkWidget *child;

  g_clear_object (&self->entry);
  gtk_widget_dispose_template (GTK_WIDGET (object), DIEM_TYPE_ENTRY_ROW);
  /* the first line's box has no name, so the template leaves it */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (diem_entry_row_parent_class)->dispose (object);
}

static void
diem_entry_row_class_init (DiemEntryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = diem_entry_row_get_property;
  object_class->set_property = diem_entry_row_set_property;
  object_class->dispose = diem_entry_row_dispose;
  widget_class->root = diem_entry_row_root;

  properties[PROP_ENTRY] =
    g_param_spec_object ("entry", NULL, NULL, G_TYPE_OBJECT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/diem-entry-row.ui");
  gtk_widget_class_bind_template_child (widget_class, DiemEntryRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, DiemEntryRow, state_label);
  gtk_widget_class_bind_template_child (widget_class, DiemEntryRow, count_label);
  gtk_widget_class_bind_template_child (widget_class, DiemEntryRow, detail_label);
  gtk_widget_class_bind_template_child (widget_class, DiemEntryRow, note_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "entryrow");
}

static void
diem_entry_row_init (DiemEntryRow *self)
{
  GtkLayoutManager *layout;

  gtk_widget_init_template (GTK_WIDGET (self));
  layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 3);
}

/**
 * diem_entry_row_get_entry:
 *
 * Returns: (transfer none) (nullable): the entry shown
 */
DiemEntry *
diem_entry_row_get_entry (DiemEntryRow *self)
{
  g_return_val_if_fail (DIEM_IS_ENTRY_ROW (self), NULL);
  return self->entry;
}

void
diem_entry_row_set_entry (DiemEntryRow *self,
                          DiemEntry    *entry)
{
  guint n;
  g_autofree char *count = NULL;

  g_return_if_fail (DIEM_IS_ENTRY_ROW (self));
  g_return_if_fail (entry == NULL || DIEM_IS_ENTRY (entry));

  if (!g_set_object (&self->entry, entry))
    return;
  if (entry != NULL)
    {
      n = diem_entry_get_mention_count (entry);
      count = g_strdup_printf (ngettext ("%u mention", "%u mentions", n), n);
      gtk_label_set_label (self->title_label, diem_entry_get_name (entry));
      gtk_label_set_label (self->count_label, count);
      set_optional_label (self->detail_label, diem_entry_get_detail (entry));
      set_optional_label (self->note_label, diem_entry_get_note (entry));
      update_list_item (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTRY]);
}
