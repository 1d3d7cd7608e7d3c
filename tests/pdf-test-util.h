/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pdf-test-util.h — reading PDFs in tests: page counts and sizes from the bytes, and
 * what poppler-utils and qpdf say about a file
 *
 * The tool helpers return NULL when the tool is not installed; the tests then skip.
 */
#pragma once

#include <glib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "diem-pdf-export.h"

#include "diem-article.h"

/* Compressed streams hold NUL bytes: these compare bytes, never strings. */
static inline guint
pdf_count_pages (const char *pdf,
                 gsize       length)
{
  guint pages = 0;

  /* "/Type /Page" objects, not "/Type /Pages" */
  for (const char *p = pdf; p + 12 <= pdf + length; p++)
    if (memcmp (p, "/Type /Page", 11) == 0 && p[11] != 's')
      pages++;
  return pages;
}

static inline gboolean
pdf_first_page_size (const char *pdf,
                     gsize       length,
                     double     *width,
                     double     *height)
{
  for (const char *p = pdf; p + 17 <= pdf + length; p++)
    if (memcmp (p, "/MediaBox [ 0 0 ", 16) == 0)
      {
        char *end = NULL;

        *width = g_ascii_strtod (p + 16, &end);
        *height = g_ascii_strtod (end, NULL);
        return TRUE;
      }
  return FALSE;
}

/* Articles and text --------------------------------------------------------- */

/* @relative_path: from the tests folder */
static inline DiemArticle *
pdf_test_load_article (const char *relative_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, relative_path, NULL);
  DiemArticle *article;

  file = g_file_new_for_path (path);
  article = diem_article_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  return article;
}

/* NFC, then every run of white space as one space: how words are compared, since
 * pdftotext keeps the normalisation of the text and guesses the spaces. */
static inline char *
pdf_fold_text (const char *text)
{
  g_autofree char *nfc = g_utf8_normalize (text, -1, G_NORMALIZE_NFC);
  g_auto(GStrv) words = g_strsplit_set (nfc, " \t\r\n\f\v", -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, words[i]);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Tools ---------------------------------------------------------------------- */

/* Runs @argv (its first element a program name looked up in PATH) and returns what it
 * printed, or NULL when the program is not installed. It must exit with 0 and, unless
 * @err is given, print nothing on stderr. */
static inline char *
pdf_tool_run (const char *const *argv,
              char             **err)
{
  g_autofree char *program = g_find_program_in_path (argv[0]);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autofree char *errors = NULL;
  char *out = NULL;
  int status = 0;

  if (program == NULL)
    return NULL;
  g_ptr_array_add (args, program);
  for (guint i = 1; argv[i] != NULL; i++)
    g_ptr_array_add (args, (gpointer) argv[i]);
  g_ptr_array_add (args, NULL);

  g_spawn_sync (NULL, (char **) args->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &out, &errors, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_test_message ("%s: %s", argv[0], errors);
  g_assert_no_error (error);
  if (err != NULL)
    *err = g_steal_pointer (&errors);
  else if (errors != NULL && *errors != '\0')
    {
      g_test_message ("%s printed: %s", argv[0], errors);
      g_assert_cmpstr (errors, ==, "");
    }
  return out;
}

static inline char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };

  return pdf_tool_run (argv, NULL);
}

/* One field of pdfinfo's output, as "Title", "Page size" or "Pages". */
static inline char *
pdf_info_field (const char *info,
                const char *field)
{
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);
  g_autofree char *prefix = g_strconcat (field, ":", NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      return g_strstrip (g_strdup (lines[i] + strlen (prefix)));
  return NULL;
}

/* Every font pdffonts lists is embedded, as a subset ("ABCDEF+Name"). Returns how
 * many fonts, or 0 without pdffonts. */
static inline guint
pdf_assert_fonts_embedded (const char *path)
{
  const char *argv[] = { "pdffonts", path, NULL };
  g_autofree char *fonts = pdf_tool_run (argv, NULL);
  g_auto(GStrv) lines = NULL;
  gboolean in_table = FALSE;
  guint n_fonts = 0;

  if (fonts == NULL)
    return 0;
  lines = g_strsplit (fonts, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) split = NULL;
      const char *columns[32];
      guint n = 0;

      if (g_str_has_prefix (lines[i], "-----"))
        {
          in_table = TRUE;
          continue;
        }
      if (!in_table || *lines[i] == '\0')
        continue;
      /* the type column may hold spaces; count from the right: emb sub uni id gen */
      split = g_strsplit_set (lines[i], " ", -1);
      for (guint k = 0; split[k] != NULL && n < G_N_ELEMENTS (columns); k++)
        if (*split[k] != '\0')
          columns[n++] = split[k];
      g_assert_cmpuint (n, >=, 6);
      if (!g_str_equal (columns[n - 5], "yes") || !g_str_equal (columns[n - 4], "yes"))
        g_test_message ("not embedded as a subset: %s", lines[i]);
      g_assert_cmpstr (columns[n - 5], ==, "yes");
      g_assert_cmpstr (columns[n - 4], ==, "yes");
      g_assert_true (strlen (columns[0]) > 7 && columns[0][6] == '+');
      n_fonts++;
    }
  g_assert_cmpuint (n_fonts, >, 0);
  return n_fonts;
}

/* qpdf ----------------------------------------------------------------------- */

/* qpdf's JSON (version 2) for @keys, e.g. "outlines"; NULL without qpdf. */
static inline JsonNode *
pdf_qpdf_json (const char        *path,
               const char *const *keys)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;

  g_ptr_array_add (argv, g_strdup ("qpdf"));
  g_ptr_array_add (argv, g_strdup ("--json=2"));
  for (guint i = 0; keys[i] != NULL; i++)
    g_ptr_array_add (argv, g_strdup_printf ("--json-key=%s", keys[i]));
  g_ptr_array_add (argv, g_strdup (path));
  g_ptr_array_add (argv, NULL);
  out = pdf_tool_run ((const char *const *) argv->pdata, NULL);
  if (out == NULL)
    return NULL;
  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

/* A string of qpdf's JSON ("u:text" for text, "/Name" for names) without its prefix. */
static inline const char *
pdf_json_string (JsonNode *node)
{
  const char *value;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  value = json_node_get_string (node);
  return g_str_has_prefix (value, "u:") || g_str_has_prefix (value, "b:") ? value + 2 : value;
}

static inline double
pdf_json_number (JsonNode *node)
{
  g_assert_true (JSON_NODE_HOLDS_VALUE (node));
  return json_node_get_double (node);
}

typedef struct
{
  guint  page;      /* from 1 */
  double rect[4];   /* x0 y0 x1 y1, PDF units (y up) */
  char  *dest_name; /* (nullable) a named destination */
  guint  dest_page; /* from 1; 0 when the destination does not resolve */
  double dest_x;
  double dest_y;    /* PDF units (y up) */
} PdfLink;

static inline void
pdf_link_clear (gpointer data)
{
  g_free (((PdfLink *) data)->dest_name);
}

static inline JsonObject *
pdf_json_object_value (JsonObject *objects,
                       const char *reference)
{
  g_autofree char *key = g_strconcat ("obj:", reference, NULL);
  JsonObject *object = json_object_has_member (objects, key) ? json_object_get_object_member (objects, key)
                                                             : NULL;
  JsonNode *value = object != NULL ? json_object_get_member (object, "value") : NULL;

  return value != NULL && JSON_NODE_HOLDS_OBJECT (value) ? json_node_get_object (value) : NULL;
}

/* Destination arrays ([page /XYZ x y zoom]) by name, from the name tree's leaves. */
static inline void
pdf_collect_dests (JsonObject *objects,
                   GHashTable *dests)
{
  g_autoptr(GList) members = json_object_get_members (objects);

  for (GList *l = members; l != NULL; l = l->next)
    {
      JsonNode *value = json_object_get_member (json_object_get_object_member (objects, l->data), "value");
      JsonArray *names;

      if (value == NULL || !JSON_NODE_HOLDS_OBJECT (value)
          || !json_object_has_member (json_node_get_object (value), "/Names"))
        continue;
      if (!JSON_NODE_HOLDS_ARRAY (json_object_get_member (json_node_get_object (value), "/Names")))
        continue;
      names = json_object_get_array_member (json_node_get_object (value), "/Names");
      for (guint i = 0; i + 1 < json_array_get_length (names); i += 2)
        g_hash_table_insert (dests, g_strdup (pdf_json_string (json_array_get_element (names, i))),
                             json_array_get_element (names, i + 1));
    }
}

/* Every link annotation of @path, with where its destination is; NULL without qpdf. */
static inline GArray *
pdf_links (const char *path)
{
  const char *keys[] = { "pages", "qpdf", NULL };
  g_autoptr(JsonNode) root = pdf_qpdf_json (path, keys);
  g_autoptr(GHashTable) page_numbers = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) dests = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonArray *pages;
  JsonObject *objects;
  GArray *links;

  if (root == NULL)
    return NULL;
  pages = json_object_get_array_member (json_node_get_object (root), "pages");
  objects = json_array_get_object_element (json_object_get_array_member (json_node_get_object (root), "qpdf"),
                                           1);
  for (guint i = 0; i < json_array_get_length (pages); i++)
    {
      JsonObject *page = json_array_get_object_element (pages, i);

      g_hash_table_insert (page_numbers, (gpointer) json_object_get_string_member (page, "object"),
                           GUINT_TO_POINTER ((guint) json_object_get_int_member (page, "pageposfrom1")));
    }
  pdf_collect_dests (objects, dests);

  links = g_array_new (FALSE, TRUE, sizeof (PdfLink));
  g_array_set_clear_func (links, pdf_link_clear);
  for (guint i = 0; i < json_array_get_length (pages); i++)
    {
      JsonObject *page = json_array_get_object_element (pages, i);
      JsonObject *dict = pdf_json_object_value (objects, json_object_get_string_member (page, "object"));
      JsonArray *annots;

      g_assert_nonnull (dict);
      if (!json_object_has_member (dict, "/Annots"))
        continue;
      annots = json_object_get_array_member (dict, "/Annots");
      for (guint k = 0; k < json_array_get_length (annots); k++)
        {
          JsonObject *annot = pdf_json_object_value (objects, json_array_get_string_element (annots, k));
          PdfLink link = { 0 };
          JsonArray *rect;
          JsonNode *dest = NULL;

          g_assert_nonnull (annot);
          if (g_strcmp0 (json_object_get_string_member_with_default (annot, "/Subtype", ""), "/Link") != 0)
            continue;
          link.page = i + 1;
          rect = json_object_get_array_member (annot, "/Rect");
          for (guint r = 0; r < 4; r++)
            link.rect[r] = pdf_json_number (json_array_get_element (rect, r));

          /* /Dest, or a GoTo action's /D: a name or an explicit array */
          if (json_object_has_member (annot, "/Dest"))
            dest = json_object_get_member (annot, "/Dest");
          else if (json_object_has_member (annot, "/A"))
            {
              JsonObject *action = json_object_get_object_member (annot, "/A");

              g_assert_cmpstr (json_object_get_string_member_with_default (action, "/S", ""), ==, "/GoTo");
              dest = json_object_get_member (action, "/D");
            }
          g_assert_nonnull (dest);
          if (!JSON_NODE_HOLDS_ARRAY (dest))
            {
              link.dest_name = g_strdup (pdf_json_string (dest));
              dest = g_hash_table_lookup (dests, link.dest_name);
            }
          if (dest != NULL && JSON_NODE_HOLDS_ARRAY (dest))
            {
              JsonArray *array = json_node_get_array (dest);

              link.dest_page = GPOINTER_TO_UINT (g_hash_table_lookup (page_numbers,
                                                                      json_array_get_string_element (array, 0)));
              link.dest_x = pdf_json_number (json_array_get_element (array, 2));
              link.dest_y = pdf_json_number (json_array_get_element (array, 3));
            }
          g_array_append_val (links, link);
        }
    }
  return links;
}

/* pdftotext -bbox ------------------------------------------------------------- */

typedef struct
{
  char  *text;
  double x0, y0, x1, y1; /* points from the top left corner of the page */
} PdfWord;

static inline void
pdf_word_clear (gpointer data)
{
  g_free (((PdfWord *) data)->text);
}

static inline double
pdf_attribute (const char *line,
               const char *name)
{
  g_autofree char *prefix = g_strdup_printf (" %s=\"", name);
  const char *found = strstr (line, prefix);

  g_assert_nonnull (found);
  return g_ascii_strtod (found + strlen (prefix), NULL);
}

/* The words of page @page (from 1) with their boxes; NULL without pdftotext. */
static inline GArray *
pdf_page_words (const char *path,
                guint       page)
{
  g_autofree char *number = g_strdup_printf ("%u", page);
  const char *argv[] = { "pdftotext", "-bbox", "-enc", "UTF-8", "-f", number, "-l", number, path, "-", NULL };
  g_autofree char *out = pdf_tool_run (argv, NULL);
  g_auto(GStrv) lines = NULL;
  GArray *words;

  if (out == NULL)
    return NULL;
  words = g_array_new (FALSE, TRUE, sizeof (PdfWord));
  g_array_set_clear_func (words, pdf_word_clear);
  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = g_strstrip (lines[i]);
      const char *start = strchr (line, '>');
      const char *end = g_strrstr (line, "</word>");
      PdfWord word;
      g_autoptr(GString) text = NULL;

      if (!g_str_has_prefix (line, "<word ") || start == NULL || end == NULL)
        continue;
      word.x0 = pdf_attribute (line, "xMin");
      word.y0 = pdf_attribute (line, "yMin");
      word.x1 = pdf_attribute (line, "xMax");
      word.y1 = pdf_attribute (line, "yMax");
      text = g_string_new_len (start + 1, end - start - 1);
      g_string_replace (text, "&lt;", "<", 0);
      g_string_replace (text, "&gt;", ">", 0);
      g_string_replace (text, "&quot;", "\"", 0);
      g_string_replace (text, "&apos;", "'", 0);
      g_string_replace (text, "&amp;", "&", 0);
      word.text = g_utf8_normalize (text->str, -1, G_NORMALIZE_NFC);
      g_array_append_val (words, word);
    }
  return words;
}

/* Removes the flat folder a PDF test program wrote its files in, and frees its path. */
static inline void
pdf_test_remove_dir (char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (path, name, NULL);

      g_unlink (file);
    }
  g_rmdir (path);
  g_free (path);
}

/* Exports @article as @dir/@name and returns the path. */
static inline char *
pdf_test_export (DiemArticle      *article,
                 const char       *dir,
                 const char       *name,
                 DiemPaper         paper,
                 DiemPageContents  contents)
{
  const DiemPdfOptions options = { paper, contents };
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (diem_pdf_export_to_file_full (article, path, &options, &error));
  g_assert_no_error (error);
  return path;
}
