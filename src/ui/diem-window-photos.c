/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-window-photos.c — a saved page's photos when only the page itself can be read
 *
 * In the Flatpak the file chooser portal hands the application the chosen file alone:
 * the photos a browser saved beside it (NAME_files/…) cannot be read. The window then
 * offers, once per page, to open the page's folder through the file chooser (the portal
 * grants it for good) and shows the photos from there. Granted folders are remembered
 * in GSettings so that a page inside one shows its photos without asking again; a folder
 * that can no longer be read is forgotten and the offer comes back.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "diem-compat.h"
#include "diem-reading-view.h"
#include "diem-window-private.h"

#define PHOTO_FOLDERS_KEY "photo-folders"

static void
show_photos_again (DiemWindow *self)
{
  diem_reading_view_set_article (self->reading_view, self->article);
}

/* A build run from its folder may have no schema, or an older one: it then forgets. */
static gboolean
can_remember (DiemWindow *self)
{
  g_autoptr(GSettingsSchema) schema = NULL;

  if (self->settings == NULL)
    return FALSE;
  g_object_get (self->settings, "settings-schema", &schema, NULL);
  return schema != NULL && g_settings_schema_has_key (schema, PHOTO_FOLDERS_KEY);
}

static void
remember_folder (DiemWindow *self,
                 const char *path)
{
  g_auto(GStrv) folders = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) updated = NULL;

  if (!can_remember (self))
    return;
  folders = g_settings_get_strv (self->settings, PHOTO_FOLDERS_KEY);
  builder = g_strv_builder_new ();
  if (g_strv_contains ((const char *const *) folders, path))
    return;
  g_strv_builder_addv (builder, (const char **) folders);
  g_strv_builder_add (builder, path);
  updated = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, PHOTO_FOLDERS_KEY, (const char *const *) updated);
}

/* A remembered folder from which the open page's photos read; folders that are gone
 * (the grant was withdrawn, the folder removed) are forgotten on the way. */
static gboolean
use_remembered_folder (DiemWindow *self)
{
  g_auto(GStrv) folders = NULL;
  g_autoptr(GStrvBuilder) kept = NULL;
  gboolean lost = FALSE;
  gboolean found = FALSE;

  if (!can_remember (self))
    return FALSE;
  folders = g_settings_get_strv (self->settings, PHOTO_FOLDERS_KEY);
  kept = g_strv_builder_new ();
  for (guint i = 0; folders[i] != NULL; i++)
    {
      g_autoptr(GFile) folder = g_file_new_for_path (folders[i]);

      if (g_file_query_file_type (folder, G_FILE_QUERY_INFO_NONE, NULL) != G_FILE_TYPE_DIRECTORY)
        {
          lost = TRUE;
          continue;
        }
      g_strv_builder_add (kept, folders[i]);
      if (found)
        continue;
      diem_article_set_photo_folder (self->article, folder);
      found = diem_article_count_unread_photos (self->article) == 0;
      if (!found)
        diem_article_set_photo_folder (self->article, NULL);
    }
  if (lost)
    {
      g_auto(GStrv) remaining = g_strv_builder_end (kept);
      g_settings_set_strv (self->settings, PHOTO_FOLDERS_KEY, (const char *const *) remaining);
    }
  return found;
}

/**
 * _diem_window_photos_check:
 *
 * Before an article shows: its photos from a folder granted before, else the offer to
 * open its folder, made once for each page.
 */
void
_diem_window_photos_check (DiemWindow *self)
{
  g_autofree char *uri = NULL;

  g_assert (DIEM_IS_WINDOW (self));

  gtk_revealer_set_reveal_child (self->photos_banner, FALSE);
  if (self->article == NULL || diem_article_get_file (self->article) == NULL
      || diem_article_count_unread_photos (self->article) == 0)
    return;
  if (use_remembered_folder (self))
    return;
  uri = g_file_get_uri (diem_article_get_file (self->article));
  if (g_strcmp0 (uri, self->photos_offered) == 0)
    return;
  g_free (self->photos_offered);
  self->photos_offered = g_steal_pointer (&uri);
  gtk_revealer_set_reveal_child (self->photos_banner, TRUE);
}

/**
 * _diem_window_grant_photo_folder:
 * @folder: the folder the user chose for the open page
 *
 * What the folder chooser ends with: the page's photos are read from @folder and the
 * folder is remembered when they are there.
 */
void
_diem_window_grant_photo_folder (DiemWindow *self,
                                 GFile      *folder)
{
  g_autofree char *path = NULL;

  g_assert (DIEM_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (folder));

  gtk_revealer_set_reveal_child (self->photos_banner, FALSE);
  if (self->article == NULL)
    return;
  path = g_file_get_path (folder);
  diem_article_set_photo_folder (self->article, folder);
  if (path == NULL || diem_article_count_unread_photos (self->article) > 0)
    {
      g_autofree char *name = g_file_get_basename (folder);
      g_autofree char *message = g_strdup_printf (_("The page’s photos are not in “%s”"), name);

      diem_article_set_photo_folder (self->article, NULL);
      _diem_window_show_toast (self, message);
      return;
    }
  remember_folder (self, path);
  show_photos_again (self);
}

static void
on_photo_folder_chosen_cb (GObject      *source,
                           GAsyncResult *result,
                           gpointer      user_data)
{
  DiemWindow *self = DIEM_WINDOW (source);
  g_autoptr(GFile) folder = diem_compat_select_folder_finish (result, NULL);

  if (folder != NULL)
    _diem_window_grant_photo_folder (self, folder);
}

static void
open_photo_folder_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  DiemWindow *self = DIEM_WINDOW (widget);
  g_autoptr(GFile) parent = NULL;

  if (self->article == NULL || diem_article_get_file (self->article) == NULL)
    return;
  parent = g_file_get_parent (diem_article_get_file (self->article));
  diem_compat_select_folder_async (GTK_WINDOW (self), _("Folder of the Saved Page"), parent, NULL,
                                   on_photo_folder_chosen_cb, NULL);
}

static void
dismiss_photos_banner_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  gtk_revealer_set_reveal_child (DIEM_WINDOW (widget)->photos_banner, FALSE);
}

void
_diem_window_photos_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, DiemWindow, photos_banner);
  gtk_widget_class_install_action (widget_class, "win.open-photo-folder", NULL, open_photo_folder_action);
  gtk_widget_class_install_action (widget_class, "win.dismiss-photos-banner", NULL, dismiss_photos_banner_action);
}

void
_diem_window_photos_dispose (DiemWindow *self)
{
  g_clear_pointer (&self->photos_offered, g_free);
}
