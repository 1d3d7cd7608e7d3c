/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-desk-window.c — the articles the editor has worked on, newest first
 *
 * A list view over the desk's rows; the search matches headlines and file names as Find
 * does (case and diacritics ignored). Activating a row asks for the article to be
 * opened ("open-uri"); a row's Ready box is written to the desk at once.
 */
#include "config.h"

#include "diem-desk-window.h"

#include <glib/gi18n.h>

#include "diem-desk-item.h"

struct _DiemDeskWindow
{
  AdwWindow       parent_instance;

  /* template widgets */
  AdwWindowTitle *window_title;
  GtkSearchEntry *search_entry;
  GtkStack       *stack;
  GtkListView    *list_view;
  AdwStatusPage  *empty_page;

  /* owned state */
  DiemDeskStore  *store; /* (nullable) */
  GListStore     *items; /* (element-type DiemDeskItem) */
};

G_DEFINE_FINAL_TYPE (DiemDeskWindow, diem_desk_window, ADW_TYPE_WINDOW)

enum {
  OPEN_URI,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (DiemDeskWindow *self,
            const GError   *error)
{
  adw_status_page_set_title (self->empty_page, _("The Desk Cannot Be Read"));
  adw_status_page_set_description (self->empty_page, error->message);
  adw_status_page_set_icon_name (self->empty_page, "dialog-warning-symbolic");
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
update_subtitle (DiemDeskWindow *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  g_autofree char *subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u article", "%u articles", n), n);

  adw_window_title_set_subtitle (self->window_title, subtitle);
}

static void
on_ready_toggled_cb (GtkCheckButton *button,
                     GtkListItem    *list_item)
{
  DiemDeskItem *item = gtk_list_item_get_item (list_item);
  DiemDeskWindow *self = DIEM_DESK_WINDOW (gtk_widget_get_root (GTK_WIDGET (button)));
  gboolean ready = gtk_check_button_get_active (button);
  g_autoptr(GError) error = NULL;

  /* the binding sets the box when a row is bound: only the user's toggles count */
  if (item == NULL || diem_desk_item_get_ready (item) == ready)
    return;
  diem_desk_item_set_ready (item, ready);
  if (self->store != NULL
      && !diem_desk_store_set_status (self->store, diem_desk_item_get_hash (item),
                                      ready ? DIEM_DESK_STATUS_READY : DIEM_DESK_STATUS_DRAFT, &error))
    show_error (self, error);
}

static void
on_search_changed_cb (DiemDeskWindow *self,
                      GtkSearchEntry *entry)
{
  diem_desk_window_reload (self);
}

static void
on_row_activated_cb (DiemDeskWindow *self,
                     guint           position,
                     GtkListView    *list_view)
{
  g_autoptr(DiemDeskItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), position);

  if (item != NULL && diem_desk_item_get_source_uri (item) != NULL)
    g_signal_emit (self, signals[OPEN_URI], 0, diem_desk_item_get_source_uri (item));
}

static void
diem_desk_window_dispose (GObject *object)
{
  DiemDeskWindow *self = DIEM_DESK_WINDOW (object);

  g_clear_pointer (&self->store, diem_desk_store_unref);
  g_clear_object (&self->items);
  G_OBJECT_CLASS (diem_desk_window_parent_class)->dispose (object);
}

static void
diem_desk_window_class_init (DiemDeskWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = diem_desk_window_dispose;

  /* the user asks for the article at this URI */
  signals[OPEN_URI] = g_signal_new ("open-uri", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                    G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/diem-desk-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DiemDeskWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, DiemDeskWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DiemDeskWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, DiemDeskWindow, list_view);
  gtk_widget_class_bind_template_child (widget_class, DiemDeskWindow, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
diem_desk_window_init (DiemDeskWindow *self)
{
  g_autoptr(GtkBuilderScope) scope = gtk_builder_cscope_new ();
  g_autoptr(GtkListItemFactory) factory = NULL;
  g_autoptr(GtkSelectionModel) selection = NULL;

  g_type_ensure (DIEM_TYPE_DESK_ITEM);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->items = g_list_store_new (DIEM_TYPE_DESK_ITEM);
  gtk_builder_cscope_add_callback_symbol (GTK_BUILDER_CSCOPE (scope), "on_ready_toggled_cb", G_CALLBACK (on_ready_toggled_cb));
  factory = gtk_builder_list_item_factory_new_from_resource (scope, RESOURCE_PREFIX "/diem-desk-row.ui");
  selection = GTK_SELECTION_MODEL (gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->items))));
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, selection);
}

/* store (nullable): without a desk the window says why. */
DiemDeskWindow *
diem_desk_window_new (DiemDeskStore *store)
{
  DiemDeskWindow *self = g_object_new (DIEM_TYPE_DESK_WINDOW, NULL);

  self->store = store ? diem_desk_store_ref (store) : NULL;
  diem_desk_window_reload (self);
  return self;
}

void
diem_desk_window_reload (DiemDeskWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) items = NULL;
  const char *query;

  g_return_if_fail (DIEM_IS_DESK_WINDOW (self));

  if (self->store == NULL)
    {
      DiemDeskStore *store = diem_desk_store_get_default (&error);

      if (store == NULL)
        {
          show_error (self, error);
          return;
        }
      self->store = diem_desk_store_ref (store);
    }
  query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  rows = diem_desk_store_list (self->store, query, &error);
  if (rows == NULL)
    {
      show_error (self, error);
      return;
    }
  items = g_ptr_array_new_full (rows->len, g_object_unref);
  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (items, diem_desk_item_new (g_ptr_array_index (rows, i)));
  /* one splice: the list view sees one change, not thousands */
  g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)), items->pdata, items->len);
  update_subtitle (self);
  if (items->len == 0 && *query != '\0')
    {
      adw_status_page_set_title (self->empty_page, _("No Article Matches"));
      adw_status_page_set_description (self->empty_page, _("Try another word of the headline or the file name"));
      adw_status_page_set_icon_name (self->empty_page, "edit-find-symbolic");
    }
  else if (items->len == 0)
    {
      adw_status_page_set_title (self->empty_page, _("Nothing on the Desk Yet"));
      adw_status_page_set_description (self->empty_page, _("Articles you correct or summarise are kept here"));
      adw_status_page_set_icon_name (self->empty_page, "document-edit-symbolic");
    }
  gtk_stack_set_visible_child_name (self->stack, items->len > 0 ? "list" : "empty");
}

GListModel *
diem_desk_window_get_items (DiemDeskWindow *self)
{
  g_return_val_if_fail (DIEM_IS_DESK_WINDOW (self), NULL);
  return G_LIST_MODEL (self->items);
}

void
diem_desk_window_set_query (DiemDeskWindow *self,
                            const char     *query)
{
  g_return_if_fail (DIEM_IS_DESK_WINDOW (self));
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), query);
  /* search-changed waits a moment; the caller wants the list now */
  diem_desk_window_reload (self);
}
