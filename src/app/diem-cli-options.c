/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-cli-options.c — the command line's options, read once for the window and the CLI
 *
 * The executable reads its command line with these options in a GApplication that has
 * no GTK: an export, a digest or --version is done there, and only a window needs the
 * GTK front end, which is then loaded. The window's application adds the same options,
 * so --help and a bad option read the same either way.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "diem-cli-options.h"
#include "diem-cli.h"

static const GOptionEntry option_entries[] = {
  { "export-json", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the extraction of ARTICLE as JSON to FILE (- for standard output) and exit"), N_("FILE") },
  { "export-pdf", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write ARTICLE and its summary as PDF to FILE and exit"), N_("FILE") },
  { "paper", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Paper size of the PDF: a4 (the default) or letter"), N_("SIZE") },
  { "pdf-contents", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("What the PDF holds: both (the default), article or summary"), N_("PARTS") },
  { "digest", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write one PDF digest of the ARTICLEs, with the work kept on the desk, to FILE and exit"), N_("FILE") },
  { "digest-title", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("The title on the digest's cover"), N_("TITLE") },
  { "no-desk", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Export the extraction as it is, without the corrections and summary kept on the desk"), NULL },
  { "encoding", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Read ARTICLE in ENCODING (UTF-8, UTF-16, WINDOWS-1258, VISCII, TCVN3, VNI) instead of detecting it"),
    N_("ENCODING") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and exit"), NULL },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[ARTICLE…]") },
  { NULL }
};

void
diem_cli_options_add (GApplication *app)
{
  g_application_add_main_option_entries (app, option_entries);
  g_application_set_option_context_summary (app,
                                            _("Read a Vietnamese news article and list its officials, honours and resolutions."));
}

/**
 * diem_cli_options_handle:
 *
 * Does what the options ask without a window: --version, an export or a digest.
 *
 * Returns: the exit status, or -1 when the options ask for the window
 */
int
diem_cli_options_handle (GVariantDict *options)
{
  g_autofree char *json_path = NULL;
  g_autofree char *pdf_path = NULL;
  g_autofree char *encoding = NULL;
  g_autofree char *paper = NULL;
  g_autofree char *pdf_contents = NULL;
  g_autofree char *digest_path = NULL;
  g_autofree char *digest_title = NULL;
  g_autofree const char **remaining = NULL;
  gboolean no_desk = g_variant_dict_contains (options, "no-desk");

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", "diembao", PACKAGE_VERSION);
      return 0;
    }

  g_variant_dict_lookup (options, "export-json", "^ay", &json_path);
  g_variant_dict_lookup (options, "export-pdf", "^ay", &pdf_path);
  g_variant_dict_lookup (options, "encoding", "s", &encoding);
  g_variant_dict_lookup (options, "paper", "s", &paper);
  g_variant_dict_lookup (options, "pdf-contents", "s", &pdf_contents);
  g_variant_dict_lookup (options, "digest", "^ay", &digest_path);
  g_variant_dict_lookup (options, "digest-title", "s", &digest_title);
  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &remaining);

  if (digest_path != NULL)
    {
      DiemCliDigestRequest request = { remaining, digest_path, digest_title, paper, no_desk };

      if (json_path != NULL || pdf_path != NULL)
        {
          g_printerr ("diembao: %s\n", _("A digest is written alone, without --export-json or --export-pdf"));
          return 2;
        }
      return diem_cli_digest (&request);
    }

  if (json_path != NULL || pdf_path != NULL)
    {
      guint n = remaining ? g_strv_length ((char **) remaining) : 0;
      DiemCliRequest request = { n == 1 ? remaining[0] : NULL, encoding, json_path, pdf_path,
                                 paper, pdf_contents, no_desk };

      if (n > 1)
        {
          g_printerr ("diembao: %s\n", _("Export takes exactly one article file"));
          return 2;
        }
      return diem_cli_export (&request);
    }
  return -1;
}

typedef struct
{
  int      status;
  gboolean wants_window;
} Outcome;

static int
on_handle_local_options (GApplication *app,
                         GVariantDict *options,
                         Outcome      *outcome)
{
  outcome->status = diem_cli_options_handle (options);
  outcome->wants_window = outcome->status < 0;
  /* the window's application reads the command line again: this one only stops */
  return MAX (outcome->status, 0);
}

/**
 * diem_cli_options_run:
 * @wants_window: (out): set when the command line asks for the window, which this
 *   does not open
 *
 * Reads the command line as the window's application does, without GTK, and does what
 * needs no window. --help and a bad option are answered here.
 *
 * Returns: the exit status, meaningless when @wants_window is set
 */
int
diem_cli_options_run (int        argc,
                      char     **argv,
                      gboolean  *wants_window)
{
  g_autoptr(GApplication) app = g_application_new (APPLICATION_ID, G_APPLICATION_HANDLES_OPEN);
  Outcome outcome = { 0, FALSE };
  int status;

  diem_cli_options_add (app);
  g_signal_connect (app, "handle-local-options", G_CALLBACK (on_handle_local_options), &outcome);
  status = g_application_run (app, argc, argv);
  *wants_window = outcome.wants_window;
  return status;
}
