/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-sidebar.c — what the article names: a section per category of the registry
 *
 * Each section shows its category's entries (DiemEntry, diem_entry_list_new ());
 * activating one emits ::mentions-activated with its mentions, and the window
 * highlights them in the reading view. With the editor's corrections, each entry shows
 * its state and the removed ones follow, struck out. An entry's menu offers the
 * window's corrections (win.edit-entry, win.remove-entry, …) with the entry's category
 * and key as their target.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "diem-entity-section.h"
#include "diem-entry-row.h"
#include "diem-sidebar.h"

struct _DiemSidebar
{
  AdwBin       parent_instance;

  /* template widgets */
  GtkBox      *sections_box;

  /* owned state */
  GHashTable  *sections;  /* (element-type utf8 DiemEntitySection) by category key, borrowed widgets */
  GtkWidget   *row_menu;
  DiemArticle *article;
  DiemEntry   *menu_entry;
  DiemEntry   *active_entry;
};

G_DEFINE_FINAL_TYPE (DiemSidebar, diem_sidebar, ADW_TYPE_BIN)

enum {
  MENTIONS_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The context menu ---------------------------------------------------------- */

static void
append_item (GMenu      *menu,
             const char *label,
             const char *action,
             GVariant   *target)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, target);
  g_menu_append_item (menu, item);
}

/* What can be done to @entry: copied, and corrected as its kind and state allow. */
static GMenuModel *
create_entry_menu (DiemEntry *entry)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) corrections = g_menu_new ();
  const char *category = diem_entry_get_category (entry)->key;
  const char *key = diem_entry_get_key (entry);

  g_menu_append (menu, _("_Copy"), "entity.copy");
  if (diem_entry_get_state (entry) == DIEM_ENTRY_REMOVED)
    append_item (corrections, _("_Restore"), "win.restore-entry", g_variant_new ("(ss)", category, key));
  else if (diem_entry_is_part (entry))
    {
      const char *tier = diem_entry_get_parent_key (entry);

      append_item (corrections, _("_Move to Another Tier…"), "win.move-recipient",
                   g_variant_new ("(sss)", tier, key, ""));
      append_item (corrections, _("_Remove From This Tier"), "win.remove-recipient",
                   g_variant_new ("(ss)", tier, key));
    }
  else
    {
      append_item (corrections, _("_Edit…"), "win.edit-entry", g_variant_new ("(ss)", category, key));
      if (g_str_equal (category, "officials"))
        append_item (corrections, _("_Merge With…"), "win.merge-official", g_variant_new ("(ss)", key, ""));
      append_item (corrections, _("Re_move"), "win.remove-entry", g_variant_new ("(ss)", category, key));
    }
  g_menu_append_section (menu, NULL, G_MENU_MODEL (corrections));
  return G_MENU_MODEL (menu);
}

static void
popup_row_menu (DiemSidebar *self,
                GtkWidget   *row,
                double       x,
                double       y)
{
  graphene_point_t in_row = GRAPHENE_POINT_INIT (x, y), in_self;
  DiemEntry *entry = diem_entry_row_get_entry (DIEM_ENTRY_ROW (row));
  g_autoptr(GMenuModel) model = NULL;
  GdkRectangle at;

  if (entry == NULL || !gtk_widget_compute_point (row, GTK_WIDGET (self), &in_row, &in_self))
    return;
  g_set_object (&self->menu_entry, entry);
  model = create_entry_menu (entry);
  gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (self->row_menu), model);
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
  GtkWidget *picked = gtk_widget_pick (list, x, y, GTK_PICK_DEFAULT);
  GtkWidget *row = picked != NULL ? gtk_widget_get_ancestor (picked, DIEM_TYPE_ENTRY_ROW) : NULL;
  graphene_point_t in_list = GRAPHENE_POINT_INIT (x, y), in_row;

  if (row == NULL || !gtk_widget_compute_point (list, row, &in_list, &in_row))
    return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  popup_row_menu (self, row, in_row.x, in_row.y);
}

/* The row of a focused list row: the list row holds the focus, the entry's row is its child. */
static GtkWidget *
row_of_focus (GtkWidget *focus)
{
  GtkWidget *child;

  if (focus == NULL)
    return NULL;
  if (DIEM_IS_ENTRY_ROW (focus))
    return focus;
  child = gtk_widget_get_first_child (focus);
  if (child != NULL && DIEM_IS_ENTRY_ROW (child))
    return child;
  return gtk_widget_get_ancestor (focus, DIEM_TYPE_ENTRY_ROW);
}

/* Shift+F10 and the Menu key open the menu of the row that has the focus. */
static gboolean
show_focus_menu (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   user_data)
{
  DiemSidebar *self = DIEM_SIDEBAR (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *row = row_of_focus (root != NULL ? gtk_root_get_focus (root) : NULL);

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
  g_autofree char *text = NULL;

  if (self->menu_entry == NULL)
    return;
  text = diem_entry_dup_text (self->menu_entry);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
  gtk_popover_popdown (GTK_POPOVER (self->row_menu));
}

static GtkWidget *
create_row_menu (DiemSidebar *self)
{
  GtkWidget *popover = gtk_popover_menu_new_from_model (NULL);

  gtk_popover_set_has_arrow (GTK_POPOVER (popover), FALSE);
  gtk_widget_set_halign (popover, GTK_ALIGN_START);
  gtk_widget_set_parent (popover, GTK_WIDGET (self));
  return popover;
}

/* Sections -------------------------------------------------------------------- */

/* One entry is active in the whole sidebar: the others' sections let theirs go. */
static void
on_entry_activated_cb (DiemEntitySection *section,
                       DiemEntry         *entry,
                       DiemSidebar       *self)
{
  GHashTableIter iter;
  gpointer other;

  g_hash_table_iter_init (&iter, self->sections);
  while (g_hash_table_iter_next (&iter, NULL, &other))
    if (other != section)
      diem_entity_section_clear_active (other);
  g_set_object (&self->active_entry, entry);

  g_signal_emit (self, signals[MENTIONS_ACTIVATED], 0, diem_entry_get_mentions (entry));
}

static void
add_section (DiemSidebar        *self,
             const DiemCategory *category)
{
  DiemEntitySection *section = g_object_new (DIEM_TYPE_ENTITY_SECTION,
                                             "title", _(category->title),
                                             "visible", !category->hide_when_empty,
                                             NULL);
  GtkGesture *press = gtk_gesture_click_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (press), GDK_BUTTON_SECONDARY);
  g_signal_connect (press, "pressed", G_CALLBACK (on_list_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (diem_entity_section_get_list_box (section)),
                             GTK_EVENT_CONTROLLER (press));
  g_signal_connect (section, "entry-activated", G_CALLBACK (on_entry_activated_cb), self);

  gtk_box_append (self->sections_box, GTK_WIDGET (section));
  g_hash_table_insert (self->sections, g_strdup (category->key), section);
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
  g_clear_object (&self->menu_entry);
  g_clear_object (&self->active_entry);
  g_clear_pointer (&self->sections, g_hash_table_unref);

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
  gtk_widget_class_bind_template_child (widget_class, DiemSidebar, sections_box);

  gtk_widget_class_install_action (widget_class, "entity.copy", NULL, copy_row_action);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, show_focus_menu, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Menu, 0, show_focus_menu, NULL);
  gtk_widget_class_set_css_name (widget_class, "diemsidebar");
}

static void
diem_sidebar_init (DiemSidebar *self)
{
  const DiemCategory * const *categories;
  guint n_categories;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->row_menu = create_row_menu (self);
  self->sections = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  categories = diem_categories (&n_categories);
  for (guint i = 0; i < n_categories; i++)
    add_section (self, categories[i]);
}

void
diem_sidebar_set_article (DiemSidebar *self,
                          DiemArticle *article)
{
  diem_sidebar_set_corrected (self, article, NULL);
}

/* The entries of one category: as the article's getters give them, each in its state,
 * then the removed ones. */
static GListModel *
create_entries (DiemArticle        *article,
                const DiemCategory *category,
                DiemCorrected      *corrected)
{
  GListStore *store = g_list_store_new (DIEM_TYPE_ENTRY);
  guint n;

  if (article == NULL)
    return G_LIST_MODEL (store);
  diem_entry_list_append (store, article, category, diem_article_get_entries (article, category),
                          DIEM_ENTRY_EXTRACTED);
  if (corrected == NULL)
    return G_LIST_MODEL (store);
  n = g_list_model_get_n_items (G_LIST_MODEL (store));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DiemEntry) entry = g_list_model_get_item (G_LIST_MODEL (store), i);

      if (!diem_entry_is_part (entry))
        diem_entry_set_state (entry, diem_corrected_state (corrected, category->key, diem_entry_get_key (entry)));
    }
  diem_entry_list_append (store, article, category, diem_corrected_get_removed (corrected, category->key),
                          DIEM_ENTRY_REMOVED);
  return G_LIST_MODEL (store);
}

/**
 * diem_sidebar_set_corrected:
 * @article: (nullable): the article, its getters answering with the corrected lists
 * @corrected: (nullable): the replay of the editor's corrections, for each entry's state
 *   and the removed entries
 *
 * Shows @article's entries; none is active afterwards.
 */
void
diem_sidebar_set_corrected (DiemSidebar   *self,
                            DiemArticle   *article,
                            DiemCorrected *corrected)
{
  const DiemCategory * const *categories;
  guint n_categories;

  g_return_if_fail (DIEM_IS_SIDEBAR (self));
  g_return_if_fail (article == NULL || DIEM_IS_ARTICLE (article));

  gtk_popover_popdown (GTK_POPOVER (self->row_menu));
  g_clear_object (&self->menu_entry);
  g_clear_object (&self->active_entry);
  g_set_object (&self->article, article);

  categories = diem_categories (&n_categories);
  for (guint i = 0; i < n_categories; i++)
    {
      DiemEntitySection *section = g_hash_table_lookup (self->sections, categories[i]->key);
      g_autoptr(GListModel) entries = NULL;
      guint count = article != NULL ? diem_article_get_entries (article, categories[i])->len : 0;
      GPtrArray *removed = corrected != NULL ? diem_corrected_get_removed (corrected, categories[i]->key) : NULL;

      if (section == NULL)
        continue;
      entries = create_entries (article, categories[i], corrected);
      diem_entity_section_set_entries (section, entries);
      diem_entity_section_set_count (section, count);
      if (categories[i]->hide_when_empty)
        gtk_widget_set_visible (GTK_WIDGET (section), count > 0 || (removed != NULL && removed->len > 0));
    }
}

/**
 * diem_sidebar_find_entry:
 * @category: a category's key
 * @key: the entry's key (diem_entry_get_key ())
 *
 * Returns: (transfer none) (nullable): the entry (not a part) of that name shown
 */
DiemEntry *
diem_sidebar_find_entry (DiemSidebar *self,
                         const char  *category,
                         const char  *key)
{
  DiemEntitySection *section;
  GListModel *entries;

  g_return_val_if_fail (DIEM_IS_SIDEBAR (self), NULL);

  section = g_hash_table_lookup (self->sections, category);
  if (section == NULL || key == NULL)
    return NULL;
  entries = diem_entity_section_get_entries (section);
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(DiemEntry) entry = g_list_model_get_item (entries, i);

      if (!diem_entry_is_part (entry) && g_strcmp0 (diem_entry_get_key (entry), key) == 0)
        return entry; /* the model keeps it */
    }
  return NULL;
}

/**
 * diem_sidebar_get_active_entry:
 *
 * Returns: (transfer none) (nullable): the entry whose mentions were activated last
 */
DiemEntry *
diem_sidebar_get_active_entry (DiemSidebar *self)
{
  g_return_val_if_fail (DIEM_IS_SIDEBAR (self), NULL);
  return self->active_entry;
}

/* Marks @entry active in its section (the others' let theirs go) without emitting
 * ::mentions-activated: the window decides whether the highlight changes. */
void
diem_sidebar_set_active_entry (DiemSidebar *self,
                               DiemEntry   *entry)
{
  GHashTableIter iter;
  gpointer key, section;

  g_return_if_fail (DIEM_IS_SIDEBAR (self));

  g_hash_table_iter_init (&iter, self->sections);
  while (g_hash_table_iter_next (&iter, &key, &section))
    diem_entity_section_set_active (section, entry != NULL && g_str_equal (key, diem_entry_get_category (entry)->key)
                                               ? entry : NULL);
  g_set_object (&self->active_entry, entry);
}

/**
 * diem_sidebar_get_section:
 * @key: a category's key, as "officials"
 *
 * Returns: (transfer none) (nullable): the category's section, to fold it or keep its state
 */
DiemEntitySection *
diem_sidebar_get_section (DiemSidebar *self,
                          const char  *key)
{
  g_return_val_if_fail (DIEM_IS_SIDEBAR (self), NULL);

  return g_hash_table_lookup (self->sections, key);
}

/**
 * diem_sidebar_get_list_box:
 *
 * Returns: (transfer none): the list of one category's section
 */
GtkListBox *
diem_sidebar_get_list_box (DiemSidebar *self,
                            const char  *key)
{
  DiemEntitySection *section = diem_sidebar_get_section (self, key);

  g_return_val_if_fail (section != NULL, NULL);

  return diem_entity_section_get_list_box (section);
}

/**
 * diem_sidebar_get_entries:
 *
 * Returns: (transfer none): the DiemEntry one category's section shows
 */
GListModel *
diem_sidebar_get_entries (DiemSidebar *self,
                          const char  *key)
{
  DiemEntitySection *section = diem_sidebar_get_section (self, key);

  g_return_val_if_fail (section != NULL, NULL);

  return diem_entity_section_get_entries (section);
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

  return self->active_entry != NULL ? diem_entry_get_name (self->active_entry) : NULL;
}
