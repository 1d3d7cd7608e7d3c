/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-window.c — one article: header bar, extraction sidebar, reading view
 *
 * Articles load in a worker thread; a file that cannot be read leaves the article on
 * screen as it was and says why in a toast.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "diem-a11y.h"
#include "diem-compat.h"
#include "diem-window-private.h"

#define MIN_ZOOM 0.5
#define MAX_ZOOM 3.0
#define ZOOM_STEP 0.1
/* a load shows its progress only once it has taken this long */
#define PROGRESS_DELAY_MS 300
/* a jump to a mention or match laid out within this time shows no spinner */
#define SEEK_DELAY_MS 150
/* narrower than this, the sidebar goes over the article instead of beside it */
#define SIDEBAR_FOLD_WIDTH_SP 600

G_DEFINE_FINAL_TYPE (DiemWindow, diem_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_LOADING,
  PROP_SIDEBAR_VISIBLE,
  PROP_ZOOM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
_diem_window_show_toast (DiemWindow *self,
                        const char *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 6);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void update_target_indicators (DiemWindow *self);

/* A load that takes a while turns the header bar's spinner. */
static void
set_progress_shown (DiemWindow *self,
                    gboolean    shown)
{
  gtk_widget_set_visible (self->spinner, shown);
  if (shown)
    gtk_spinner_start (GTK_SPINNER (self->spinner));
  else
    gtk_spinner_stop (GTK_SPINNER (self->spinner));
}

/* The view on its way to a mention or match far down a long article: the pointer over
 * it says "busy" and the count ends in an ellipsis. Not the spinner: its animation
 * repaints the window every frame, and the main loop then seldom gets to the idle
 * turns that bring the text in, the very wait it would show. */
static void
set_seek_shown (DiemWindow *self,
                gboolean    shown)
{
  self->seek_shown = shown;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (diem_reading_view_get_text_view (self->reading_view)),
                                   shown ? "progress" : NULL);
  update_target_indicators (self);
}

static gboolean
show_seeking_cb (gpointer user_data)
{
  DiemWindow *self = user_data;

  self->seek_source = 0;
  set_seek_shown (self, TRUE);
  return G_SOURCE_REMOVE;
}

/* A jump whose text is still coming in says so at once; one that only waits for the
 * layout, once it has taken a moment. */
static void
on_reading_view_seeking_cb (DiemReadingView *view,
                            GParamSpec      *pspec,
                            DiemWindow      *self)
{
  g_clear_handle_id (&self->seek_source, g_source_remove);
  if (!diem_reading_view_is_seeking (view))
    set_seek_shown (self, FALSE);
  else if (diem_reading_view_is_current_pending (view))
    set_seek_shown (self, TRUE);
  else if (!self->seek_shown)
    self->seek_source = g_timeout_add (SEEK_DELAY_MS, show_seeking_cb, self);
}

static void
set_loading (DiemWindow *self,
             gboolean    loading)
{
  if (self->loading == !!loading)
    return;
  self->loading = !!loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static char *
dup_display_name (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  if (info != NULL)
    return g_strdup (g_file_info_get_display_name (info));
  return g_file_get_basename (file);
}

static void
update_title (DiemWindow *self)
{
  g_autofree char *headline = NULL;
  g_autofree char *file_name = NULL;
  const char *title;

  if (self->article == NULL)
    {
      adw_window_title_set_title (self->window_title, _("Điểm Báo"));
      adw_window_title_set_subtitle (self->window_title, NULL);
      gtk_window_set_title (GTK_WINDOW (self), _("Điểm Báo"));
      return;
    }

  headline = diem_article_dup_headline (self->article);
  if (diem_article_get_file (self->article) != NULL)
    file_name = dup_display_name (diem_article_get_file (self->article));

  if (headline != NULL)
    title = g_strstrip (headline);
  else if (file_name != NULL)
    title = file_name;
  else
    title = diem_article_get_title_hint (self->article);

  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, headline != NULL ? file_name : NULL);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

/* The "2 of 7" pill for mentions and the count in the find bar follow the view. */
static void
update_target_indicators (DiemWindow *self)
{
  DiemTargetKind kind = diem_reading_view_get_target_kind (self->reading_view);
  guint n = diem_reading_view_get_n_targets (self->reading_view);
  int current = diem_reading_view_get_current (self->reading_view);
  gboolean stepping = current >= 0;
  gboolean searching = diem_reading_view_is_searching (self->reading_view);
  gboolean no_matches;

  gtk_widget_set_visible (self->mention_pill, kind == DIEM_TARGET_MENTIONS && n > 0);
  if (kind == DIEM_TARGET_MENTIONS && n > 0)
    {
      /* TRANSLATORS: the current mention's position, e.g. "2 of 7"; "2 of 7…" while the
       * view is on its way to it */
      g_autofree char *position = g_strdup_printf (self->seek_shown ? C_("mention position", "%u of %u…") : _("%u of %u"),
                                                   (guint) current + 1, n);

      gtk_label_set_label (self->mention_label, position);
    }

  no_matches = kind == DIEM_TARGET_MATCHES && n == 0 && !searching && *gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0';
  if (no_matches)
    gtk_widget_add_css_class (GTK_WIDGET (self->search_entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->search_entry), "error");

  if (kind != DIEM_TARGET_MATCHES || *gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) == '\0')
    {
      gtk_label_set_label (self->match_label, "");
      gtk_label_set_label (self->match_short_label, "");
    }
  else if (n == 0)
    {
      const char *label = searching ? _("Searching…") : _("No matches");

      gtk_label_set_label (self->match_label, label);
      /* TRANSLATORS: no match found, where "No matches" does not fit */
      gtk_label_set_label (self->match_short_label, searching ? "…" : C_("match position", "0/0"));
    }
  else
    {
      g_autofree char *count = NULL;
      g_autofree char *figures = NULL;
      guint position = (guint) MAX (current, 0) + 1;

      if (searching || self->seek_shown)
        /* TRANSLATORS: the current match's position among those found so far, while the
         * search goes on, e.g. "1 of 120…" */
        count = g_strdup_printf (_("%u of %u…"), position, n);
      else
        /* TRANSLATORS: the current match's position among all, e.g. "2 of 37 matches" */
        count = g_strdup_printf (ngettext ("%u of %u match", "%u of %u matches", n), position, n);
      /* TRANSLATORS: the current match's position in figures alone, for a narrow window,
       * e.g. "2/37" ("2/37…" while the search goes on) */
      figures = g_strdup_printf (searching || self->seek_shown ? C_("match position", "%u/%u…") : C_("match position", "%u/%u"), position, n);
      gtk_label_set_label (self->match_label, count);
      gtk_label_set_label (self->match_short_label, figures);
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-match", stepping);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.previous-match", stepping);
}

static void
run_search (DiemWindow *self)
{
  diem_reading_view_find (self->reading_view,
                          gtk_editable_get_text (GTK_EDITABLE (self->search_entry)),
                          gtk_toggle_button_get_active (self->diacritics_button));
  update_target_indicators (self);
}

/* A search under way found more, or ended. */
static void
on_reading_view_targets_changed_cb (DiemReadingView *view,
                                    DiemWindow      *self)
{
  update_target_indicators (self);
}

static void
on_search_changed_cb (GtkSearchEntry *entry,
                      DiemWindow     *self)
{
  run_search (self);
}

static void
on_diacritics_toggled_cb (GtkToggleButton *button,
                          DiemWindow      *self)
{
  run_search (self);
}

static void
move_current (DiemWindow *self,
              gboolean    forward)
{
  diem_reading_view_move_current (self->reading_view, forward);
  update_target_indicators (self);
}

static void
on_search_activate_cb (GtkSearchEntry *entry,
                       DiemWindow     *self)
{
  move_current (self, TRUE);
}

static void
on_search_next_match_cb (GtkSearchEntry *entry,
                         DiemWindow     *self)
{
  move_current (self, TRUE);
}

static void
on_search_previous_match_cb (GtkSearchEntry *entry,
                             DiemWindow     *self)
{
  move_current (self, FALSE);
}

/* The entry has no binding of its own for Shift+Enter. */
static gboolean
on_search_key_pressed_cb (GtkEventControllerKey *controller,
                          guint                  keyval,
                          guint                  keycode,
                          GdkModifierType        state,
                          DiemWindow            *self)
{
  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter)
      && (state & gtk_accelerator_get_default_mod_mask ()) == GDK_SHIFT_MASK)
    {
      move_current (self, FALSE);
      return TRUE;
    }
  return FALSE;
}

/* A part that hides with the focus inside would drop it on the window, which the keyboard
 * user did not ask for: the article takes it instead. */
static void
move_focus_out_of (DiemWindow *self,
                   GtkWidget  *leaving)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (focus != NULL && (focus == leaving || gtk_widget_is_ancestor (focus, leaving)))
    gtk_widget_grab_focus (GTK_WIDGET (diem_reading_view_get_text_view (self->reading_view)));
}

/* The focus out of a closed menu --------------------------------------------
 *
 * GTK 4.8's popover menu, closed from a submenu (Open Recent), goes back to its main
 * page after it is hidden and gives that page the focus: the window's focus is then
 * inside a hidden popover, key events go there, and the window's shortcuts (Ctrl+Q)
 * are not heard until a click. The focus goes back to the button that opened the
 * menu, as when a menu closes normally, or else to the article.
 */

/* The popover, hidden, that holds the focus, or NULL. */
static GtkWidget *
get_hidden_popover_with_focus (DiemWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkWidget *popover = focus != NULL ? gtk_widget_get_ancestor (focus, GTK_TYPE_POPOVER) : NULL;

  return popover != NULL && !gtk_widget_get_visible (popover) ? popover : NULL;
}

static gboolean
refocus_cb (gpointer user_data)
{
  DiemWindow *self = user_data;
  GtkWidget *popover = get_hidden_popover_with_focus (self);
  GtkWidget *opener;

  self->refocus_source = 0;
  if (popover == NULL)
    return G_SOURCE_REMOVE;
  opener = gtk_widget_get_parent (popover);
  if (opener != NULL && gtk_widget_get_mapped (opener) && gtk_widget_grab_focus (opener))
    return G_SOURCE_REMOVE;
  gtk_widget_grab_focus (GTK_WIDGET (diem_reading_view_get_text_view (self->reading_view)));
  return G_SOURCE_REMOVE;
}

/* Checked once the change that moved the focus is over. */
static void
on_focus_widget_changed_cb (DiemWindow *self,
                            GParamSpec *pspec,
                            gpointer    user_data)
{
  if (self->refocus_source == 0 && get_hidden_popover_with_focus (self) != NULL)
    self->refocus_source = g_idle_add (refocus_cb, self);
}

static void
on_search_mode_changed_cb (GtkSearchBar *bar,
                           GParamSpec   *pspec,
                           DiemWindow   *self)
{
  if (gtk_search_bar_get_search_mode (bar))
    return;
  move_focus_out_of (self, GTK_WIDGET (bar));
  if (diem_reading_view_get_target_kind (self->reading_view) == DIEM_TARGET_MATCHES)
    diem_reading_view_clear_targets (self->reading_view);
  update_target_indicators (self);
}

/* Watching the article's file ---------------------------------------------------
 *
 * A file changed by someone else is announced in a banner, not reloaded behind the
 * editor's back: the sidebar and highlights would change under their eyes.
 */

static void
show_file_banner (DiemWindow *self,
                  gboolean    file_exists)
{
  gtk_label_set_label (self->file_banner_label,
                       file_exists ? _("The article’s file has changed on disk.")
                                   : _("The article’s file was deleted or moved. What you see is the last version read."));
  gtk_widget_set_visible (self->reload_button, file_exists);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.reload", file_exists);
  gtk_revealer_set_reveal_child (self->file_banner, TRUE);
}

static void
on_file_changed_cb (GFileMonitor      *monitor,
                    GFile             *file,
                    GFile             *other_file,
                    GFileMonitorEvent  event,
                    DiemWindow        *self)
{
  GFile *watched = self->article != NULL ? diem_article_get_file (self->article) : NULL;

  switch (event)
    {
    case G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT:
    case G_FILE_MONITOR_EVENT_CREATED:
    case G_FILE_MONITOR_EVENT_DELETED:
    case G_FILE_MONITOR_EVENT_RENAMED:
    case G_FILE_MONITOR_EVENT_MOVED_IN:
    case G_FILE_MONITOR_EVENT_MOVED_OUT:
      /* editors save by writing a new file and renaming it over the old one */
      if (watched != NULL)
        show_file_banner (self, g_file_query_exists (watched, NULL));
      break;
    default:
      break;
    }
}

static void
watch_article_file (DiemWindow *self)
{
  GFile *file = self->article != NULL ? diem_article_get_file (self->article) : NULL;

  if (self->file_monitor != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->file_monitor, on_file_changed_cb, self);
      g_file_monitor_cancel (self->file_monitor);
      g_clear_object (&self->file_monitor);
    }
  gtk_revealer_set_reveal_child (self->file_banner, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.reload", file != NULL);
  if (file == NULL)
    return;

  /* a file that cannot be watched (some network mounts) is simply not watched */
  self->file_monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (self->file_monitor != NULL)
    g_signal_connect (self->file_monitor, "changed", G_CALLBACK (on_file_changed_cb), self);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DiemWindow *self = DIEM_WINDOW (widget);
  GFile *file = self->article != NULL ? diem_article_get_file (self->article) : NULL;

  if (file != NULL)
    diem_window_open_file (self, file);
}

static void
dismiss_banner_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  gtk_revealer_set_reveal_child (DIEM_WINDOW (widget)->file_banner, FALSE);
}

/* Pages change at once: an article should not wait for a fade, and a fade into a page
 * not yet allocated makes GTK 4.8 draw parts of it before their size is known. */
static void
show_page (DiemWindow *self,
           const char *name)
{
  gtk_stack_set_visible_child_name (self->stack, name);
}

/* Every scrolled part of the sidebar back at its top: a new article starts there. */
static void
scroll_to_top (GtkWidget *widget)
{
  if (GTK_IS_SCROLLED_WINDOW (widget))
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (widget)), 0);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    scroll_to_top (child);
}

/* Neither waits for a long article's text to be all in the view, which in GTK 4.8 is
 * paced by the view measuring every line (minutes for 20 MB): the export needs the
 * extraction, Find the text on screen (a search brings the rest in at once, a few
 * seconds for 20 MB). */
static void
update_article_actions (DiemWindow *self)
{
  gboolean shown = self->article != NULL;
  gboolean extracted = shown && diem_article_is_extracted (self->article);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-pdf", extracted && self->export_cancellable == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.find", shown);
}

/* What every new article, whole or still coming in, replaces first. */
static void
replace_article (DiemWindow  *self,
                 DiemArticle *article)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  /* the work on the article that goes is kept before another takes its place */
  _diem_window_desk_set_article (self, NULL);
  g_set_object (&self->article, article);
  watch_article_file (self);
  scroll_to_top (GTK_WIDGET (self->sidebar));
  show_page (self, article != NULL ? "article" : "empty");
}

static void
cancel_loading (DiemWindow *self)
{
  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  g_clear_handle_id (&self->progress_source, g_source_remove);
  set_progress_shown (self, FALSE);
  set_loading (self, FALSE);
}

/* Shows a whole (extracted) article at once, stopping any load under way. */
static void
set_article (DiemWindow  *self,
             DiemArticle *article)
{
  cancel_loading (self);
  replace_article (self, article);
  diem_sidebar_set_article (self->sidebar, article);
  self->extraction_shown = TRUE;
  _diem_window_photos_check (self);
  diem_reading_view_set_article (self->reading_view, article);
  _diem_window_desk_set_article (self, article);
  update_article_actions (self);
  update_target_indicators (self);
  update_title (self);
}

#define RECENT_MAX_ITEMS 8

static int
compare_recent_newest_first (gconstpointer a,
                             gconstpointer b)
{
  GDateTime *x = gtk_recent_info_get_modified (*(GtkRecentInfo **) a);
  GDateTime *y = gtk_recent_info_get_modified (*(GtkRecentInfo **) b);

  return g_date_time_compare (y, x);
}

/* The PDFs this app wrote are in the recent files too (the save dialog adds them), but
 * they are not articles it can open. */
static gboolean
is_exported_file (GtkRecentInfo *info)
{
  const char *mime_type = gtk_recent_info_get_mime_type (info);

  return (mime_type != NULL && g_content_type_is_a (mime_type, "application/pdf"))
         || g_str_has_suffix (gtk_recent_info_get_uri (info), ".pdf");
}

/* The articles this app opened last, newest first. */
static void
update_recent_menu (DiemWindow *self)
{
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  GList *items = gtk_recent_manager_get_items (manager);
  g_autoptr(GPtrArray) ours = g_ptr_array_new ();
  const char *app_name = g_get_application_name ();

  for (GList *l = items; l != NULL; l = l->next)
    if (app_name != NULL && gtk_recent_info_has_application (l->data, app_name)
        && gtk_recent_info_exists (l->data) && !is_exported_file (l->data))
      g_ptr_array_add (ours, l->data);
  g_ptr_array_sort (ours, compare_recent_newest_first);

  g_menu_remove_all (self->recent_menu);
  for (guint i = 0; i < MIN (ours->len, RECENT_MAX_ITEMS); i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (ours, i);
      g_autoptr(GMenuItem) item = g_menu_item_new (gtk_recent_info_get_display_name (info), NULL);

      g_menu_item_set_action_and_target (item, "win.open-recent", "s", gtk_recent_info_get_uri (info));
      g_menu_append_item (self->recent_menu, item);
    }
  if (ours->len == 0)
    g_menu_append (self->recent_menu, _("No Recent Articles"), NULL); /* no action: greyed out */
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

static void
on_recent_changed_cb (GtkRecentManager *manager,
                      DiemWindow       *self)
{
  update_recent_menu (self);
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  diem_window_open_file (DIEM_WINDOW (widget), file);
}

static void
load_article_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  GError *error = NULL;
  DiemArticle *article = diem_article_new_from_file_unextracted (G_FILE (task_data), NULL, cancellable, &error);

  if (article == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, article, g_object_unref);
}

static void
extract_article_thread (GTask        *task,
                        gpointer      source_object,
                        gpointer      task_data,
                        GCancellable *cancellable)
{
  diem_article_extract (DIEM_ARTICLE (task_data));
  /* the desk's key, here rather than on the main thread: 20 MB take over 100 ms */
  diem_article_get_text_hash (DIEM_ARTICLE (task_data));
  g_task_return_boolean (task, TRUE);
}

/* The load ends when the text is all in the view and the sidebar is filled: not as soon
 * as the worker has extracted the article, a turn of the main loop before its result
 * reaches the sidebar. */
static void
finish_if_loaded (DiemWindow *self)
{
  if (!self->loading || self->article == NULL || !self->extraction_shown
      || !diem_reading_view_is_filled (self->reading_view))
    return;
  g_clear_object (&self->load_cancellable);
  g_clear_handle_id (&self->progress_source, g_source_remove);
  set_progress_shown (self, FALSE);
  set_loading (self, FALSE);
  update_article_actions (self);
}

static void
on_reading_view_filled_cb (DiemReadingView *view,
                           DiemWindow      *self)
{
  _diem_window_desk_restore_position (self);
  finish_if_loaded (self);
}

static void
on_article_extracted_cb (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  DiemWindow *self = DIEM_WINDOW (source);
  DiemArticle *article = g_task_get_task_data (G_TASK (result));

  /* a later open or article has taken this one's place */
  if (g_task_had_error (G_TASK (result)) || g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result)))
      || article != self->article)
    return;
  diem_sidebar_set_article (self->sidebar, article);
  self->extraction_shown = TRUE;
  /* the article reads and its sidebar is filled: what is left, the rest of a long text
   * coming in, is not a wait. The spinner's animation would slow it down. */
  g_clear_handle_id (&self->progress_source, g_source_remove);
  set_progress_shown (self, FALSE);
  /* the summary's draft needs the extraction */
  _diem_window_desk_set_article (self, article);
  update_article_actions (self);
  finish_if_loaded (self);
}

/* A file that failed to open leaves Open Recent: offered again, it would fail again. */
static void
forget_failed_file (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);

  gtk_recent_manager_remove_item (gtk_recent_manager_get_default (), uri, NULL);
}

/* What an open ends with when the file could not be read. */
static void
show_open_error (DiemWindow *self,
                 GFile      *file,
                 GError     *error)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *message = g_strdup_printf (_("Could not open “%s”: %s"), name, error->message);

  cancel_loading (self);
  /* the article that stays is as usable as before the open */
  update_article_actions (self);
  _diem_window_show_toast (self, message);
  forget_failed_file (file);
  if (self->article == NULL)
    show_page (self, "empty");
}

static void
add_to_recent (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);

  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
}

/* The text is read: it shows at once, coming in a part at a time if long, while the
 * extraction runs in another thread. */
static void
on_article_read_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  DiemWindow *self = DIEM_WINDOW (source);
  GFile *file = g_task_get_task_data (G_TASK (result));
  g_autoptr(DiemArticle) article = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTask) task = NULL;

  article = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    return;
  if (article == NULL)
    {
      show_open_error (self, file, error);
      return;
    }

  replace_article (self, article);
  diem_sidebar_set_article (self->sidebar, NULL);
  self->extraction_shown = FALSE;
  update_article_actions (self);
  update_target_indicators (self);
  update_title (self);
  add_to_recent (file);

  task = g_task_new (self, self->load_cancellable, on_article_extracted_cb, NULL);
  g_task_set_source_tag (task, on_article_read_cb);
  g_task_set_task_data (task, g_object_ref (article), g_object_unref);
  g_task_run_in_thread (task, extract_article_thread);
  _diem_window_photos_check (self);
  diem_reading_view_load_article (self->reading_view, article);
}

/* A load that takes a moment says so; one that is quick shows nothing. */
static gboolean
show_progress_cb (gpointer user_data)
{
  DiemWindow *self = user_data;

  self->progress_source = 0;
  set_progress_shown (self, TRUE);
  return G_SOURCE_REMOVE;
}

/* A file this small is read before the window first shows, so that its first frame
 * already holds the article; anything larger loads in a worker. */
#define READ_AT_ONCE_MAX_BYTES (256 * 1024)

static gboolean
is_small_local_file (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  return g_file_is_native (file) && info != NULL
         && g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR
         && g_file_info_get_size (info) <= READ_AT_ONCE_MAX_BYTES;
}

static gboolean
on_drop_cb (GtkDropTarget *target,
            const GValue  *value,
            double         x,
            double         y,
            DiemWindow    *self)
{
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;
  files = g_value_get_boxed (value);
  if (files == NULL)
    return FALSE;
  diem_window_open_file (self, G_FILE (files->data));
  return TRUE;
}

/* The sidebar beside the article or, in a narrow window, over it ----------------- */

static void
set_sidebar_visible (DiemWindow *self,
                     gboolean    visible)
{
  visible = !!visible;
  if (adw_flap_get_reveal_flap (self->flap) != visible)
    adw_flap_set_reveal_flap (self->flap, visible);
  if (self->sidebar_visible == visible)
    return;
  self->sidebar_visible = visible;
  if (!visible)
    move_focus_out_of (self, GTK_WIDGET (self->sidebar));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIDEBAR_VISIBLE]);
}

/* Opened or closed by the flap itself (a swipe, a click beside it, a fold). */
static void
on_flap_revealed_cb (AdwFlap    *flap,
                     GParamSpec *pspec,
                     DiemWindow *self)
{
  set_sidebar_visible (self, adw_flap_get_reveal_flap (flap));
}

/* Folded, the sidebar waits to be called for; unfolded again, it is as the user left it.
 * This waits for the allocation that folded the flap to end: a child changed within it
 * leaves widgets drawn without an allocation. (The header bar and the find bar give up
 * their labels' width, and Export its place, by themselves, in squeezers: were that
 * done here, after the fold, a window manager would already have held a window made
 * narrow in one step at the unfolded window's least width.) */
static gboolean
apply_folding_cb (gpointer user_data)
{
  DiemWindow *self = user_data;
  gboolean folded = adw_flap_get_folded (self->flap);

  self->compact_source = 0;
  if (folded)
    set_sidebar_visible (self, FALSE);
  else
    set_sidebar_visible (self, self->settings == NULL || g_settings_get_boolean (self->settings, "sidebar-visible"));
  return G_SOURCE_REMOVE;
}

static void
on_flap_folded_cb (AdwFlap    *flap,
                   GParamSpec *pspec,
                   DiemWindow *self)
{
  if (self->compact_source == 0)
    self->compact_source = g_idle_add (apply_folding_cb, self);
}

static void
on_sidebar_mentions_activated_cb (DiemSidebar *sidebar,
                                  GArray      *mentions,
                                  DiemWindow  *self)
{
  /* over the article, the sidebar gives way to the mention it was asked for */
  if (adw_flap_get_folded (self->flap))
    set_sidebar_visible (self, FALSE);
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  gtk_label_set_label (self->mention_title, diem_sidebar_get_active_title (sidebar));
  diem_reading_view_highlight (self->reading_view, mentions);
  update_target_indicators (self);
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DiemWindow *self = DIEM_WINDOW (widget);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
  /* searching again what the bar still holds brings its matches back */
  if (diem_reading_view_get_target_kind (self->reading_view) != DIEM_TARGET_MATCHES)
    run_search (self);
}

static void
move_match_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  move_current (DIEM_WINDOW (widget), g_str_equal (action_name, "win.next-match"));
}

static void
clear_highlight_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  DiemWindow *self = DIEM_WINDOW (widget);

  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  diem_reading_view_clear_targets (self->reading_view);
  update_target_indicators (self);
}

static void
on_open_chosen_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  DiemWindow *self = DIEM_WINDOW (source);
  g_autoptr(GFile) file = diem_compat_open_file_finish (result, NULL);

  if (file != NULL)
    diem_window_open_file (self, file);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr(GtkFileFilter) articles = gtk_file_filter_new ();
  static const struct { const char *name; const char *mime_type; const char *suffixes[3]; } kinds[] = {
    { N_("Plain Text"), "text/plain", { "txt", NULL } },
    { N_("HTML"), "text/html", { "html", "htm", NULL } },
    { N_("Markdown"), "text/markdown", { "md", "markdown", NULL } },
    { N_("Web Page, Single File"), "multipart/related", { "mhtml", "mht", NULL } },
  };
  g_autoptr(GtkFileFilter) everything = gtk_file_filter_new ();

  /* the dialog starts with the first filter */
  gtk_file_filter_set_name (articles, _("All Articles"));
  g_list_store_append (filters, articles);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, _(kinds[i].name));
      gtk_file_filter_add_mime_type (filter, kinds[i].mime_type);
      gtk_file_filter_add_mime_type (articles, kinds[i].mime_type);
      for (guint j = 0; kinds[i].suffixes[j] != NULL; j++)
        {
          gtk_file_filter_add_suffix (filter, kinds[i].suffixes[j]);
          gtk_file_filter_add_suffix (articles, kinds[i].suffixes[j]);
        }
      g_list_store_append (filters, filter);
    }
  gtk_file_filter_set_name (everything, _("All Files"));
  gtk_file_filter_add_pattern (everything, "*");
  g_list_store_append (filters, everything);
  diem_compat_open_file_async (GTK_WINDOW (widget), _("Open an Article"), G_LIST_MODEL (filters), NULL,
                               on_open_chosen_cb, NULL);
}

/* The clipboard's article, or why it could not be read. */
static void
show_pasted_article (DiemWindow   *self,
                     DiemArticle  *article,
                     const GError *error)
{
  g_autofree char *message = NULL;

  if (article != NULL)
    {
      set_article (self, article);
      return;
    }
  message = g_strdup_printf (_("Could not open the clipboard as an article: %s"),
                             error != NULL ? error->message : _("it holds no text"));
  _diem_window_show_toast (self, message);
}

static void
on_clipboard_text_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(DiemWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);
  g_autoptr(DiemArticle) article = NULL;

  if (text != NULL)
    article = diem_article_new_from_data (text, strlen (text), _("Pasted article"), &error);
  show_pasted_article (self, article, error);
}

static void
on_clipboard_html_read_cb (GObject      *source,
                           GAsyncResult *result,
                           gpointer      user_data)
{
  g_autoptr(DiemWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(DiemArticle) article = NULL;

  if (g_output_stream_splice_finish (G_OUTPUT_STREAM (source), result, &error) >= 0)
    {
      bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (source));
      /* the same import as a saved page; pasted, it has no folder, so no photos */
      article = diem_article_new_from_html (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                            _("Pasted article"), &error);
    }
  show_pasted_article (self, article, error);
}

static void
on_clipboard_html_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(DiemWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GInputStream) input = NULL;
  g_autoptr(GOutputStream) output = NULL;

  input = gdk_clipboard_read_finish (GDK_CLIPBOARD (source), result, NULL, &error);
  if (input == NULL)
    {
      /* the browser's HTML could not be had: its plain text will do */
      gdk_clipboard_read_text_async (GDK_CLIPBOARD (source), NULL, on_clipboard_text_cb,
                                     g_steal_pointer (&self));
      return;
    }
  output = g_memory_output_stream_new_resizable ();
  g_output_stream_splice_async (output, input,
                                G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE | G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                                G_PRIORITY_DEFAULT, NULL, on_clipboard_html_read_cb, g_steal_pointer (&self));
}

/* Ctrl+Shift+V: what is copied from a browser becomes the article, read from its HTML
 * when the clipboard has some (so the page's structure is kept), else from its text. */
static void
paste_article_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (widget);
  static const char *html_types[] = { "text/html", NULL };

  if (gdk_content_formats_contain_mime_type (gdk_clipboard_get_formats (clipboard), "text/html"))
    gdk_clipboard_read_async (clipboard, html_types, G_PRIORITY_DEFAULT, NULL,
                              on_clipboard_html_cb, g_object_ref (widget));
  else
    gdk_clipboard_read_text_async (clipboard, NULL, on_clipboard_text_cb, g_object_ref (widget));
}

static void
set_zoom (DiemWindow *self,
          double      zoom)
{
  zoom = CLAMP (zoom, MIN_ZOOM, MAX_ZOOM);
  if (G_APPROX_VALUE (zoom, self->zoom, 0.001))
    return;
  self->zoom = zoom;
  diem_reading_view_set_zoom (self->reading_view, zoom);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

static void
on_zoom_toast_dismissed_cb (AdwToast   *toast,
                            DiemWindow *self)
{
  self->zoom_toast = NULL;
}

/* Each step says where the text size now is; repeated steps update one toast. */
static void
show_zoom_level (DiemWindow *self)
{
  /* TRANSLATORS: the reading view's text size, e.g. "Text size 120%" */
  g_autofree char *level = g_strdup_printf (_("Text size %d%%"), (int) round (self->zoom * 100));

  if (self->zoom_toast != NULL)
    {
      adw_toast_set_title (self->zoom_toast, level);
      return;
    }
  self->zoom_toast = adw_toast_new (level);
  adw_toast_set_timeout (self->zoom_toast, 2);
  adw_toast_set_priority (self->zoom_toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect (self->zoom_toast, "dismissed", G_CALLBACK (on_zoom_toast_dismissed_cb), self);
  adw_toast_overlay_add_toast (self->toast_overlay, self->zoom_toast);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DiemWindow *self = DIEM_WINDOW (widget);

  if (g_str_equal (action_name, "win.zoom-in"))
    set_zoom (self, self->zoom + ZOOM_STEP);
  else if (g_str_equal (action_name, "win.zoom-out"))
    set_zoom (self, self->zoom - ZOOM_STEP);
  else
    set_zoom (self, 1.0);
  show_zoom_level (self);
}

static GSettings *
create_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  /* a build run from its folder may not have the schema installed; it then just forgets */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    return NULL;
  return g_settings_new_full (schema, NULL, NULL);
}

/* A width the key allows can still crowd out the article: the sidebar keeps to these. */
#define SIDEBAR_MIN_WIDTH 240
#define SIDEBAR_MAX_WIDTH 420

static gboolean
map_sidebar_width (GValue   *value,
                   GVariant *variant,
                   gpointer  user_data)
{
  g_value_set_int (value, CLAMP (g_variant_get_int32 (variant), SIDEBAR_MIN_WIDTH, SIDEBAR_MAX_WIDTH));
  return TRUE;
}

static gboolean
diem_window_close_request (GtkWindow *window)
{
  DiemWindow *self = DIEM_WINDOW (window);

  if (self->settings != NULL)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_delay (self->settings);
      g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
      if (!gtk_window_is_maximized (window))
        {
          g_settings_set_int (self->settings, "window-width", width);
          g_settings_set_int (self->settings, "window-height", height);
        }
      g_settings_apply (self->settings);
    }
  _diem_window_desk_close (self);

  return GTK_WINDOW_CLASS (diem_window_parent_class)->close_request (window);
}

/* The label under @widget that reads @text, visible or not. */
static GtkLabel *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && g_str_equal (gtk_label_get_label (GTK_LABEL (widget)), text))
    return GTK_LABEL (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *label = find_label (child, text);

      if (label != NULL)
        return label;
    }
  return NULL;
}

/* The shortcuts window is built when first asked for, not with every window as
 * GtkApplicationWindow builds a help overlay from the resources: that was about a
 * quarter of building the window. Handed to the application window, it shows the keys the
 * application binds, and lives as long as the window. It titles itself "Shortcuts" in
 * GTK's own words, which some of our languages (Vietnamese) lack: it gets ours. */
static void
show_shortcuts_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (widget);
  GtkShortcutsWindow *shortcuts = gtk_application_window_get_help_overlay (window);

  if (shortcuts == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/diem-shortcuts-window.ui");
      GtkLabel *label;

      shortcuts = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "shortcuts_window"));
      gtk_application_window_set_help_overlay (window, shortcuts);
      label = find_label (GTK_WIDGET (shortcuts), g_dgettext ("gtk40", "Shortcuts"));
      if (label != NULL)
        gtk_label_set_label (label, _("Keyboard Shortcuts"));
    }
  gtk_window_present (GTK_WINDOW (shortcuts));
}

/* A section stays folded as it was left: "<category>-expanded", for the categories the
 * schema knows. */
static void
bind_section_settings (DiemWindow *self)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  const DiemCategory * const *categories;
  guint n_categories;

  g_object_get (self->settings, "settings-schema", &schema, NULL);
  categories = diem_categories (&n_categories);
  for (guint i = 0; i < n_categories; i++)
    {
      g_autofree char *key = g_strconcat (categories[i]->key, "-expanded", NULL);

      if (g_settings_schema_has_key (schema, key))
        g_settings_bind (self->settings, key,
                         diem_sidebar_get_section (self->sidebar, categories[i]->key), "expanded",
                         G_SETTINGS_BIND_DEFAULT);
    }
}

static void
diem_window_constructed (GObject *object)
{
  DiemWindow *self = DIEM_WINDOW (object);

  G_OBJECT_CLASS (diem_window_parent_class)->constructed (object);

  if (self->settings == NULL)
    return;

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  /* written back only when the user shows or hides it, not when a narrow window folds it */
  g_settings_bind (self->settings, "sidebar-visible", self, "sidebar-visible", G_SETTINGS_BIND_GET);
  g_settings_bind_with_mapping (self->settings, "sidebar-width", self->sidebar, "width-request",
                                G_SETTINGS_BIND_GET, map_sidebar_width, NULL, NULL, NULL);
  g_settings_bind (self->settings, "zoom", self, "zoom", G_SETTINGS_BIND_DEFAULT);
  bind_section_settings (self);
}

static void
diem_window_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  DiemWindow *self = DIEM_WINDOW (object);

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    case PROP_SIDEBAR_VISIBLE:
      g_value_set_boolean (value, self->sidebar_visible);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
diem_window_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  DiemWindow *self = DIEM_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SIDEBAR_VISIBLE:
      set_sidebar_visible (self, g_value_get_boolean (value));
      if (self->settings != NULL && !adw_flap_get_folded (self->flap))
        g_settings_set_boolean (self->settings, "sidebar-visible", self->sidebar_visible);
      break;
    case PROP_ZOOM:
      set_zoom (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
diem_window_dispose (GObject *object)
{
  DiemWindow *self = DIEM_WINDOW (object);

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  g_clear_handle_id (&self->progress_source, g_source_remove);
  g_clear_handle_id (&self->seek_source, g_source_remove);
  g_clear_handle_id (&self->compact_source, g_source_remove);
  g_clear_handle_id (&self->refocus_source, g_source_remove);
  if (self->zoom_toast != NULL)
    g_signal_handlers_disconnect_by_func (self->zoom_toast, on_zoom_toast_dismissed_cb, self);
  self->zoom_toast = NULL;
  _diem_window_cancel_export (self);
  _diem_window_desk_dispose (self);
  _diem_window_photos_dispose (self);
  _diem_window_corrections_dispose (self);
  g_clear_object (&self->article);
  watch_article_file (self);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (diem_window_parent_class)->dispose (object);
}

static void
diem_window_class_init (DiemWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = diem_window_constructed;
  object_class->dispose = diem_window_dispose;
  object_class->get_property = diem_window_get_property;
  object_class->set_property = diem_window_set_property;
  window_class->close_request = diem_window_close_request;

  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SIDEBAR_VISIBLE] =
    g_param_spec_boolean ("sidebar-visible", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, MIN_ZOOM, MAX_ZOOM, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (DIEM_TYPE_SIDEBAR);
  g_type_ensure (DIEM_TYPE_READING_VIEW);
  g_type_ensure (DIEM_TYPE_SUMMARY_PANE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/diem-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DiemWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, DiemWindow, recent_menu);
  gtk_widget_class_bind_template_child (widget_class, DiemWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DiemWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, DiemWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, DiemWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, DiemWindow, reading_view);
  gtk_widget_class_bind_template_child (widget_class, DiemWindow, summary_pane);
  gtk_widget_class_bind_template_child (widget_class, DiemWindow, summary_button);
  _diem_window_desk_class_init (widget_class);
  _diem_window_photos_class_init (widget_class);
  _diem_window_export_class_init (widget_class);
  _diem_window_corrections_class_init (widget_class);
  gtk_widget_class_bind_template_child (widget_class, DiemWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, DiemWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DiemWindow, diacritics_button);
  gtk_widget_class_bind_template_child (widget_class, DiemWindow, match_label);
  gtk_widget_class_bind_template_child (widget_class, DiemWindow, match_short_label);
  gtk_widget_class_bind_template_child (widget_class, DiemWindow, mention_pill);
  gtk_widget_class_bind_template_child (widget_class, DiemWindow, mention_title);
  gtk_widget_class_bind_template_child (widget_class, DiemWindow, mention_label);
  gtk_widget_class_bind_template_child (widget_class, DiemWindow, file_banner);
  gtk_widget_class_bind_template_child (widget_class, DiemWindow, file_banner_label);
  gtk_widget_class_bind_template_child (widget_class, DiemWindow, reload_button);
  gtk_widget_class_bind_template_child (widget_class, DiemWindow, export_bar);
  gtk_widget_class_bind_template_child (widget_class, DiemWindow, export_label);
  gtk_widget_class_bind_template_child (widget_class, DiemWindow, export_progress);
  gtk_widget_class_bind_template_child (widget_class, DiemWindow, spinner);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_mentions_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_reading_view_filled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_flap_folded_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_flap_revealed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_reading_view_targets_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_next_match_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_previous_match_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_diacritics_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_mode_changed_cb);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", NULL, _diem_window_export_pdf_action);
  gtk_widget_class_install_action (widget_class, "win.paste-article", NULL, paste_article_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_property_action (widget_class, "win.toggle-sidebar", "sidebar-visible");
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-reset", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "win.next-match", NULL, move_match_action);
  gtk_widget_class_install_action (widget_class, "win.previous-match", NULL, move_match_action);
  gtk_widget_class_install_action (widget_class, "win.clear-highlight", NULL, clear_highlight_action);
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_shortcuts_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-export", NULL, _diem_window_cancel_export_action);
  gtk_widget_class_install_action (widget_class, "win.dismiss-banner", NULL, dismiss_banner_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export-pdf", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_v, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.paste-article", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.toggle-sidebar", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "win.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK, "win.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F3, 0, "win.next-match", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F3, GDK_SHIFT_MASK, "win.previous-match", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK, "win.next-match", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.previous-match", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.clear-highlight", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK, "win.reload", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.reload", NULL);
}

static void
diem_window_init (DiemWindow *self)
{
  GtkDropTarget *drop_target;
  GtkEventController *key_controller;

  self->zoom = 1.0;
  self->sidebar_visible = TRUE;
  /* a development build's header bar is striped, as GNOME's are */
  if (g_str_equal (PROFILE, "development"))
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  gtk_widget_init_template (GTK_WIDGET (self));
  diem_a11y_repair_names (GTK_WIDGET (self));
  diem_compat_fold_sidebar_below (ADW_APPLICATION_WINDOW (self), self->flap, SIDEBAR_FOLD_WIDTH_SP);

  self->settings = create_settings ();
  _diem_window_desk_init (self);
  _diem_window_corrections_init (self);

  update_recent_menu (self);
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (on_recent_changed_cb), self, 0);

  drop_target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop_target, "drop", G_CALLBACK (on_drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop_target));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-pdf", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-export", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.find", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-match", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.previous-match", FALSE);

  g_signal_connect (self, "notify::focus-widget", G_CALLBACK (on_focus_widget_changed_cb), NULL);
  g_signal_connect_object (self->reading_view, "notify::seeking", G_CALLBACK (on_reading_view_seeking_cb), self, 0);

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  key_controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (key_controller, GTK_PHASE_CAPTURE);
  g_signal_connect (key_controller, "key-pressed", G_CALLBACK (on_search_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), key_controller);
}

DiemWindow *
diem_window_new (GtkApplication *application)
{
  return g_object_new (DIEM_TYPE_WINDOW, "application", application, NULL);
}

/* Loads @file in a worker thread; a failure keeps the current article and shows why. */
void
diem_window_open_file (DiemWindow *self,
                       GFile      *file)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (DIEM_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  cancel_loading (self);

  if (self->article == NULL && !gtk_widget_get_mapped (GTK_WIDGET (self)) && is_small_local_file (file))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DiemArticle) article = diem_article_new_from_file (file, NULL, &error);

      if (article == NULL)
        {
          show_open_error (self, file, error);
          return;
        }
      set_article (self, article);
      add_to_recent (file);
      return;
    }

  self->load_cancellable = g_cancellable_new ();
  task = g_task_new (self, self->load_cancellable, on_article_read_cb, NULL);
  g_task_set_source_tag (task, diem_window_open_file);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  set_loading (self, TRUE);
  update_article_actions (self);
  self->progress_source = g_timeout_add (PROGRESS_DELAY_MS, show_progress_cb, self);
  /* A window that opens with a file says nothing about having none while it loads. */
  if (self->article == NULL && !gtk_widget_get_mapped (GTK_WIDGET (self)))
    show_page (self, "loading");
  g_task_run_in_thread (task, load_article_thread);
}

void
diem_window_show_sample (DiemWindow *self)
{
  g_autoptr(DiemArticle) article = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (DIEM_IS_WINDOW (self));

  article = diem_article_new_sample (&error);
  if (article == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not show the sample article: %s"), error->message);

      _diem_window_show_toast (self, message);
      return;
    }
  set_article (self, article);
}

/**
 * diem_window_get_article:
 *
 * Returns: (transfer none) (nullable): the article shown, once its extraction is done
 */
DiemArticle *
diem_window_get_article (DiemWindow *self)
{
  g_return_val_if_fail (DIEM_IS_WINDOW (self), NULL);
  if (self->article == NULL || !diem_article_is_extracted (self->article))
    return NULL;
  return self->article;
}

gboolean
diem_window_get_loading (DiemWindow *self)
{
  g_return_val_if_fail (DIEM_IS_WINDOW (self), FALSE);
  return self->loading;
}

/**
 * diem_window_get_sidebar:
 *
 * Returns: (transfer none): the sidebar
 */
DiemSidebar *
diem_window_get_sidebar (DiemWindow *self)
{
  g_return_val_if_fail (DIEM_IS_WINDOW (self), NULL);
  return self->sidebar;
}

/**
 * diem_window_get_recent_menu:
 *
 * Returns: (transfer none): the "Open Recent" submenu
 */
GMenuModel *
diem_window_get_recent_menu (DiemWindow *self)
{
  g_return_val_if_fail (DIEM_IS_WINDOW (self), NULL);
  return G_MENU_MODEL (self->recent_menu);
}

/**
 * diem_window_get_reading_view:
 *
 * Returns: (transfer none): the reading view
 */
DiemReadingView *
diem_window_get_reading_view (DiemWindow *self)
{
  g_return_val_if_fail (DIEM_IS_WINDOW (self), NULL);
  return self->reading_view;
}
