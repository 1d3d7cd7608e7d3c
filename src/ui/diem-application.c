/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-application.c — the application: windows, app actions, command-line options
 *
 * The executable does the headless exports before it loads the front end (main.c); the
 * same options are read here (diem-cli-options.c), so the application run on its own
 * (tests) exports in handle-local-options too, before any display or D-Bus connection
 * is touched.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "diem-application.h"
#include "diem-article.h"
#include "diem-cli-options.h"
#include "diem-print.h"
#include "diem-window.h"

struct _DiemApplication
{
  AdwApplication parent_instance;
  GSettings     *settings; /* (nullable) without an installed schema */
};

G_DEFINE_FINAL_TYPE (DiemApplication, diem_application, ADW_TYPE_APPLICATION)

static DiemWindow *
new_window (DiemApplication *self)
{
  return diem_window_new (GTK_APPLICATION (self));
}

static gint
diem_application_handle_local_options (GApplication *app,
                                       GVariantDict *options)
{
  g_autofree const char **remaining = NULL;
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GError) error = NULL;
  int status = diem_cli_options_handle (options);

  if (status >= 0)
    return status;

  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &remaining);
  if (remaining == NULL)
    return -1;

  /* Files given on the command line go to the primary instance's open handler. */
  files = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; remaining[i] != NULL; i++)
    g_ptr_array_add (files, g_file_new_for_commandline_arg (remaining[i]));
  if (!g_application_register (app, NULL, &error))
    {
      g_printerr ("diembao: %s\n", error->message);
      return 1;
    }
  g_application_open (app, (GFile **) files->pdata, (int) files->len, "");
  return 0;
}

static void
diem_application_activate (GApplication *app)
{
  DiemApplication *self = DIEM_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    {
      DiemWindow *win = new_window (self);
      diem_window_show_sample (win);
      window = GTK_WINDOW (win);
    }
  gtk_window_present (window);
}

static void
diem_application_open (GApplication  *app,
                       GFile        **files,
                       int            n_files,
                       const char    *hint)
{
  DiemApplication *self = DIEM_APPLICATION (app);

  for (int i = 0; i < n_files; i++)
    {
      DiemWindow *win = new_window (self);

      diem_window_open_file (win, files[i]);
      gtk_window_present (GTK_WINDOW (win));
    }
}

static void
on_about_activated_cb (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  static const char *developers[] = { "Điểm Báo contributors", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (app),
                        "application-name", _("Điểm Báo"),
                        "application-icon", APPLICATION_ID,
                        "developer-name", _("Điểm Báo contributors"),
                        "version", PACKAGE_VERSION,
                        "comments", _("Read Vietnamese news articles and see who, which honours and which resolutions they name"),
                        "website", "https://github.com/diembao/DiemBao",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "developers", developers,
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
on_quit_activated_cb (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
on_new_window_activated_cb (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  /* an empty window, ready for the next article to be opened or dropped into it */
  DiemWindow *win = new_window (DIEM_APPLICATION (user_data));

  gtk_window_present (GTK_WINDOW (win));
}

static void
on_print_done_cb (GtkPrintOperation       *operation,
                  GtkPrintOperationResult  result,
                  gpointer                 user_data)
{
  g_autoptr(GtkWindow) parent = user_data;
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;

  if (result != GTK_PRINT_OPERATION_RESULT_ERROR)
    return;
  gtk_print_operation_get_error (operation, &error);
  dialog = adw_message_dialog_new (parent, _("Could Not Print"),
                                   error != NULL ? error->message : _("The printer reported an error."));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Prints the active window's article: the same pages as the PDF export. */
static void
on_print_activated_cb (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  DiemArticle *article;

  if (!DIEM_IS_WINDOW (window) || (article = diem_window_get_article (DIEM_WINDOW (window))) == NULL)
    return;

  operation = diem_print_operation_new (article);
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect (operation, "done", G_CALLBACK (on_print_done_cb), g_object_ref (window));
  gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, window, &error);
  if (error != NULL)
    g_debug ("Printing did not start: %s", error->message);
}

static const GActionEntry app_actions[] = {
  { "print", on_print_activated_cb },
  { "about", on_about_activated_cb },
  { "quit", on_quit_activated_cb },
  { "new-window", on_new_window_activated_cb },
};

static void
apply_color_scheme (DiemApplication *self)
{
  g_autofree char *scheme = g_settings_get_string (self->settings, "color-scheme");
  AdwColorScheme color_scheme = ADW_COLOR_SCHEME_DEFAULT;

  if (g_str_equal (scheme, "light"))
    color_scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_str_equal (scheme, "dark"))
    color_scheme = ADW_COLOR_SCHEME_FORCE_DARK;
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), color_scheme);
}

static void
on_color_scheme_changed_cb (GSettings       *settings,
                            const char      *key,
                            DiemApplication *self)
{
  apply_color_scheme (self);
}

/* Light or dark follows the system unless the menu's Style choice overrides it. */
static void
setup_color_scheme (DiemApplication *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = source ? g_settings_schema_source_lookup (source, APP_ID, TRUE) : NULL;
  g_autoptr(GAction) action = NULL;

  if (schema == NULL)
    return;
  self->settings = g_settings_new_full (schema, NULL, NULL);
  action = g_settings_create_action (self->settings, "color-scheme");
  g_action_map_add_action (G_ACTION_MAP (self), action);
  g_signal_connect (self->settings, "changed::color-scheme", G_CALLBACK (on_color_scheme_changed_cb), self);
  apply_color_scheme (self);
}

/* The first extraction loads and indexes every lexicon, tens of milliseconds that would
 * otherwise come before the window's first frame: done here, on another core, while GTK
 * opens the display (which loads the graphics drivers). */
static gpointer
warm_up_extraction_thread (gpointer data)
{
  g_autoptr(DiemArticle) sample = diem_article_new_sample (NULL);

  return NULL;
}

static void
diem_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *new_window_accels[] = { "<Control>n", NULL };
  static const char *print_accels[] = { "<Control>p", NULL };
  /* GTK's own key for a help overlay: the window builds its shortcuts window itself */
  static const char *shortcuts_accels[] = { "<Control>question", NULL };

  g_thread_unref (g_thread_new ("diem-warm-up", warm_up_extraction_thread, NULL));
  G_APPLICATION_CLASS (diem_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  setup_color_scheme (DIEM_APPLICATION (app));
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.new-window", new_window_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.print", print_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay", shortcuts_accels);
}

static void
diem_application_dispose (GObject *object)
{
  g_clear_object (&DIEM_APPLICATION (object)->settings);
  G_OBJECT_CLASS (diem_application_parent_class)->dispose (object);
}

static void
diem_application_class_init (DiemApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = diem_application_dispose;

  app_class->handle_local_options = diem_application_handle_local_options;
  app_class->activate = diem_application_activate;
  app_class->open = diem_application_open;
  app_class->startup = diem_application_startup;
}

static void
diem_application_init (DiemApplication *self)
{
  diem_cli_options_add (G_APPLICATION (self));
}

DiemApplication *
diem_application_new (void)
{
  return g_object_new (DIEM_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}
