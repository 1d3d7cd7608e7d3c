/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-article.c — a news article: its NFC text, its blocks and what was extracted */
/* realpath () */
#define _DEFAULT_SOURCE

#include "config.h"

#include <glib/gi18n-lib.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diem-article.h"
#include "diem-extract.h"
#include "diem-file-util.h"
#include "diem-html-parser.h"
#include "diem-markdown-parser.h"
#include "diem-mhtml.h"
#include "diem-plain-parser.h"
#include "diem-text.h"

/* The characters before every CHECKPOINT_STRIDE-th byte: a byte offset converts with
 * one lookup and a count over less than a stride, a character offset with a binary
 * search and the same count. The JSON export converts two offsets per block and per
 * mention (a 10 MB article's table is 1.3 MB). */
#define CHECKPOINT_STRIDE 64

struct _DiemArticle
{
  GObject         parent_instance;

  char           *text;
  gsize           length;
  char           *title_hint;
  GFile          *file;
  GPtrArray      *blocks;
  DiemExtraction *extraction;
  DiemExtraction *corrected;   /* (nullable) the editor's lists, shown instead of the extraction */
  GPtrArray      *byline;
  GArray         *checkpoints; /* (element-type gsize) lazily built: characters before
                                * each CHECKPOINT_STRIDE-th byte */
  const char     *encoding;    /* static string: the encoding the bytes were in */
  char           *source;      /* (nullable) a web page's site name */
  char           *published;   /* (nullable) a web page's publication date, as written */
  GHashTable     *embedded;    /* (nullable) a single-file page's photos: name → GBytes */
  GFile          *photo_folder; /* (nullable) a folder the user granted, read instead of the file's own */
  char           *text_hash;   /* lazily computed once: the desk's key for the text */
};

G_DEFINE_FINAL_TYPE (DiemArticle, diem_article, G_TYPE_OBJECT)


static void
diem_article_finalize (GObject *object)
{
  DiemArticle *self = DIEM_ARTICLE (object);

  g_free (self->text);
  g_free (self->title_hint);
  g_free (self->source);
  g_free (self->published);
  g_free (self->text_hash);
  g_clear_pointer (&self->embedded, g_hash_table_unref);
  g_clear_object (&self->file);
  g_clear_object (&self->photo_folder);
  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_pointer (&self->extraction, diem_extraction_free);
  g_clear_pointer (&self->corrected, diem_extraction_free);
  g_clear_pointer (&self->byline, g_ptr_array_unref);
  g_clear_pointer (&self->checkpoints, g_array_unref);

  G_OBJECT_CLASS (diem_article_parent_class)->finalize (object);
}

static void
diem_article_class_init (DiemArticleClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = diem_article_finalize;
}

static void
diem_article_init (DiemArticle *self)
{
  self->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) diem_block_free);
  self->byline = g_ptr_array_new_with_free_func (g_free);
}

static void
collect_byline (DiemArticle *self)
{
  for (guint i = 0; i < self->blocks->len; i++)
    {
      DiemBlock *block = g_ptr_array_index (self->blocks, i);

      if (block->kind != DIEM_BLOCK_BYLINE || block->names == NULL)
        continue;
      for (guint j = 0; j < block->names->len; j++)
        g_ptr_array_add (self->byline, g_strdup (g_ptr_array_index (block->names, j)));
    }
}

/* A file name may hold any bytes: the hint becomes valid UTF-8 on one line (it may
 * end up as a PDF's title), with control characters as spaces. */
static char *
dup_title_hint (const char *hint)
{
  g_autofree char *valid = NULL;
  GString *out;

  if (hint == NULL)
    return NULL;
  valid = g_utf8_make_valid (hint, -1);
  out = g_string_sized_new (strlen (valid));
  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c))
        g_string_append_c (out, ' ');
      else if (diem_text_is_noncharacter (c))
        g_string_append_unichar (out, 0xFFFD);
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

DiemArticle *
diem_article_new_from_data (const char  *data,
                            gsize        length,
                            const char  *title_hint,
                            GError     **error)
{
  return diem_article_new_from_data_full (data, length, title_hint, NULL, error);
}

static DiemArticle *article_new (const char  *data,
                                 gsize        length,
                                 const char  *title_hint,
                                 const char  *encoding,
                                 gboolean     html,
                                 GError     **error);

/* Decodes and parses: the text, blocks and byline, without the extraction. */
static DiemArticle *
new_unextracted (const char  *data,
                 gsize        length,
                 const char  *title_hint,
                 const char  *encoding,
                 GError     **error)
{
  return article_new (data, length, title_hint, encoding, FALSE, error);
}

/**
 * diem_article_new_from_html:
 *
 * Reads HTML that does not say it is HTML, such as a browser's copied selection.
 */
DiemArticle *
diem_article_new_from_html (const char  *html,
                            gsize        length,
                            const char  *title_hint,
                            GError     **error)
{
  DiemArticle *self = article_new (html, length, title_hint, NULL, TRUE, error);

  if (self != NULL)
    diem_article_extract (self);
  return self;
}

static DiemArticle *
article_new (const char  *data,
             gsize        length,
             const char  *title_hint,
             const char  *encoding,
             gboolean     html,
             GError     **error)
{
  const char *detected = NULL;
  g_autoptr(DiemArticle) self = NULL;
  g_autofree char *text = NULL;
  gsize text_length = 0;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (length == 0)
    {
      g_set_error (error, DIEM_ARTICLE_ERROR, DIEM_ARTICLE_ERROR_EMPTY, _("The file is empty"));
      return NULL;
    }
  if (length > DIEM_ARTICLE_MAX_BYTES)
    {
      g_set_error (error, DIEM_ARTICLE_ERROR, DIEM_ARTICLE_ERROR_TOO_LARGE,
                   _("The file is too large to be an article (%zu MB; at most %d MB)"),
                   length / (1024 * 1024), DIEM_ARTICLE_MAX_BYTES / (1024 * 1024));
      return NULL;
    }

  /* a page saved as one file: its HTML part is the article, its photos come with it */
  if (!html && encoding == NULL && diem_mhtml_sniff (data, length, title_hint))
    {
      g_autoptr(GHashTable) images = NULL;
      g_autoptr(GBytes) page = diem_mhtml_extract (data, length, &images, error);
      DiemArticle *article;

      if (page == NULL)
        return NULL;
      article = article_new (g_bytes_get_data (page, NULL), g_bytes_get_size (page), title_hint,
                             "UTF-8", TRUE, error);
      if (article != NULL)
        article->embedded = g_steal_pointer (&images);
      return article;
    }

  text = diem_text_decode (data, length, encoding, &detected, &text_length, error);
  if (text == NULL)
    return NULL;

  self = g_object_new (DIEM_TYPE_ARTICLE, NULL);
  self->title_hint = dup_title_hint (title_hint);
  self->encoding = detected;

  /* HTML and Markdown are rebuilt into plain text whose offsets the blocks keep */
  if (html || diem_html_sniff (text, text_length, title_hint))
    self->text = diem_html_parse (text, text_length, self->blocks, &self->source, &self->published,
                                  &self->length);
  else if (diem_markdown_sniff (title_hint))
    self->text = diem_markdown_parse (text, text_length, self->blocks, &self->length);
  else
    {
      self->text = g_steal_pointer (&text);
      self->length = text_length;
      diem_plain_parse (self->text, self->length, self->blocks);
    }

  if (self->blocks->len == 0)
    {
      g_set_error (error, DIEM_ARTICLE_ERROR, DIEM_ARTICLE_ERROR_EMPTY,
                   _("The document has no article text"));
      return NULL;
    }

  collect_byline (self);

  return g_steal_pointer (&self);
}

/**
 * diem_article_extract:
 *
 * Finds the article's officials, honours and documents, once. An article read by
 * diem_article_new_from_file_unextracted() can be shown at once and extracted in
 * another thread meanwhile: the extraction only reads the text and the blocks.
 */
void
diem_article_extract (DiemArticle *self)
{
  DiemExtraction *extraction;

  g_return_if_fail (DIEM_IS_ARTICLE (self));

  if (self->extraction != NULL)
    return;
  extraction = diem_extraction_new ();
  diem_extract (self->text, self->length, self->blocks, extraction);
  self->extraction = extraction;
}

gboolean
diem_article_is_extracted (DiemArticle *self)
{
  g_return_val_if_fail (DIEM_IS_ARTICLE (self), FALSE);
  return self->extraction != NULL;
}

/**
 * diem_article_new_from_data_full:
 * @encoding: (nullable): force this encoding (see diem_encoding_names); NULL detects it
 */
DiemArticle *
diem_article_new_from_data_full (const char  *data,
                                 gsize        length,
                                 const char  *title_hint,
                                 const char  *encoding,
                                 GError     **error)
{
  DiemArticle *self = new_unextracted (data, length, title_hint, encoding, error);

  if (self != NULL)
    diem_article_extract (self);
  return self;
}

DiemArticle *
diem_article_new_from_file (GFile         *file,
                            GCancellable  *cancellable,
                            GError       **error)
{
  return diem_article_new_from_file_full (file, NULL, cancellable, error);
}

DiemArticle *
diem_article_new_from_file_full (GFile         *file,
                                 const char    *encoding,
                                 GCancellable  *cancellable,
                                 GError       **error)
{
  DiemArticle *self = diem_article_new_from_file_unextracted (file, encoding, cancellable, error);

  if (self != NULL)
    diem_article_extract (self);
  return self;
}

/**
 * diem_article_new_from_file_unextracted:
 *
 * Reads, decodes and parses @file, like diem_article_new_from_file_full(), but leaves
 * the extraction to diem_article_extract(): the text and blocks are there at once.
 */
DiemArticle *
diem_article_new_from_file_unextracted (GFile         *file,
                                        const char    *encoding,
                                        GCancellable  *cancellable,
                                        GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *basename = NULL;
  gsize length = 0;
  DiemArticle *self;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return NULL;

  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, DIEM_ARTICLE_ERROR, DIEM_ARTICLE_ERROR_NOT_A_FILE,
                   g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY
                     ? _("This is a folder, not an article file")
                     : _("This is not a regular file"));
      return NULL;
    }
  if (g_file_info_get_size (info) > DIEM_ARTICLE_MAX_BYTES)
    {
      g_set_error (error, DIEM_ARTICLE_ERROR, DIEM_ARTICLE_ERROR_TOO_LARGE,
                   _("The file is too large to be an article (%zu MB; at most %d MB)"),
                   (gsize) g_file_info_get_size (info) / (1024 * 1024), DIEM_ARTICLE_MAX_BYTES / (1024 * 1024));
      return NULL;
    }

  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, error))
    return NULL;

  basename = g_file_get_basename (file);
  self = new_unextracted (contents, length, basename, encoding, error);
  if (self != NULL)
    self->file = g_object_ref (file);
  return self;
}

const char *
diem_article_get_text (DiemArticle *self)
{
  g_return_val_if_fail (DIEM_IS_ARTICLE (self), NULL);
  return self->text;
}

gsize
diem_article_get_text_length (DiemArticle *self)
{
  g_return_val_if_fail (DIEM_IS_ARTICLE (self), 0);
  return self->length;
}

/* The SHA-256 of a text: the desk's key for the work on it. */
char *
diem_article_hash_text (const char *text,
                        gsize       length)
{
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) text, length);
}

/* The SHA-256 of the text, which keys the editor's work on the desk. Computed once, by
 * whichever thread asks first (the window's extraction worker, so that a long text is
 * not hashed on the main thread). */
const char *
diem_article_get_text_hash (DiemArticle *self)
{
  g_return_val_if_fail (DIEM_IS_ARTICLE (self), NULL);
  if (g_once_init_enter (&self->text_hash))
    g_once_init_leave (&self->text_hash, diem_article_hash_text (self->text, self->length));
  return self->text_hash;
}

const char *
diem_article_get_title_hint (DiemArticle *self)
{
  g_return_val_if_fail (DIEM_IS_ARTICLE (self), NULL);
  return self->title_hint;
}

/**
 * diem_article_get_file:
 *
 * Returns: (transfer none) (nullable): the file the article came from
 */
GFile *
diem_article_get_file (DiemArticle *self)
{
  g_return_val_if_fail (DIEM_IS_ARTICLE (self), NULL);
  return self->file;
}

char *
diem_article_dup_span (DiemArticle *self,
                       DiemSpan     span)
{
  g_return_val_if_fail (DIEM_IS_ARTICLE (self), NULL);
  g_return_val_if_fail (span.start <= span.end && span.end <= self->length, NULL);
  return g_strndup (self->text + span.start, span.end - span.start);
}

/**
 * diem_article_check_output:
 * @path: where an export is about to be written
 *
 * An export never replaces the article it is made from: the same file under its name,
 * a symbolic link or a hard link is refused.
 *
 * Returns: FALSE with @error set when @path is the article's own file
 */
gboolean
diem_article_check_output (DiemArticle  *self,
                           const char   *path,
                           GError      **error)
{
  g_autofree char *own = NULL;

  g_return_val_if_fail (DIEM_IS_ARTICLE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  own = self->file != NULL ? g_file_get_path (self->file) : NULL;
  if (own == NULL || !diem_file_is_same (own, path))
    return TRUE;
  {
    g_autofree char *display = g_filename_display_name (path);

    g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                 _("“%s” is the article itself: an export never overwrites its article"), display);
  }
  return FALSE;
}

/* The headline block's text, or NULL when the article has none. */
char *
diem_article_dup_headline (DiemArticle *self)
{
  g_return_val_if_fail (DIEM_IS_ARTICLE (self), NULL);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      DiemBlock *block = g_ptr_array_index (self->blocks, i);

      if (block->kind == DIEM_BLOCK_HEADLINE)
        return diem_article_dup_span (self, block->span);
    }
  return NULL;
}

/* The site's name a web page gives, or NULL. */
const char *
diem_article_get_source (DiemArticle *self)
{
  g_return_val_if_fail (DIEM_IS_ARTICLE (self), NULL);
  return self->source;
}

/* The publication date a web page gives, as it writes it (ISO 8601 mostly), or NULL. */
const char *
diem_article_get_published (DiemArticle *self)
{
  g_return_val_if_fail (DIEM_IS_ARTICLE (self), NULL);
  return self->published;
}

/**
 * diem_article_format_published:
 *
 * Returns: (transfer full) (nullable): the publication date for a reader, "04/11/2021
 *   17:12" when the page gives an ISO 8601 date (with or without its time), else as the
 *   page writes it
 */
char *
diem_article_format_published (DiemArticle *self)
{
  int year, month, day, hour, minute;
  int n;

  g_return_val_if_fail (DIEM_IS_ARTICLE (self), NULL);
  if (self->published == NULL)
    return NULL;
  /* the date and time of day as the page writes them, in its own time zone */
  n = sscanf (self->published, "%4d-%2d-%2d%*1[T ]%2d:%2d", &year, &month, &day, &hour, &minute);
  if (n < 3 || !g_date_valid_dmy (day, month, year))
    return g_strdup (self->published);
  if (n == 5 && hour >= 0 && hour < 24 && minute >= 0 && minute < 60)
    return g_strdup_printf ("%02d/%02d/%04d %02d:%02d", day, month, year, hour, minute);
  return g_strdup_printf ("%02d/%02d/%04d", day, month, year);
}

const char *
diem_article_get_encoding (DiemArticle *self)
{
  g_return_val_if_fail (DIEM_IS_ARTICLE (self), NULL);
  return self->encoding;
}

GPtrArray *
diem_article_get_blocks (DiemArticle *self)
{
  g_return_val_if_fail (DIEM_IS_ARTICLE (self), NULL);
  return self->blocks;
}

/* What the views and exports show: the editor's lists when there are some. */
static DiemExtraction *
shown (DiemArticle *self)
{
  return self->corrected != NULL ? self->corrected : self->extraction;
}

/**
 * diem_article_get_extraction:
 *
 * Returns: (transfer none) (nullable): what the extractors found, before the editor's
 *   corrections; NULL until diem_article_extract()
 */
DiemExtraction *
diem_article_get_extraction (DiemArticle *self)
{
  g_return_val_if_fail (DIEM_IS_ARTICLE (self), NULL);
  return self->extraction;
}

/**
 * diem_article_set_corrected:
 * @corrected: (transfer full) (nullable): the corrected lists, or NULL for the extraction
 *
 * From now on diem_article_get_entries() and the other list getters, and so every view
 * and export, answer with @corrected. The extraction itself is kept, for replaying the
 * corrections over it again.
 */
void
diem_article_set_corrected (DiemArticle    *self,
                            DiemExtraction *corrected)
{
  g_return_if_fail (DIEM_IS_ARTICLE (self));
  g_return_if_fail (self->extraction != NULL);

  g_clear_pointer (&self->corrected, diem_extraction_free);
  self->corrected = corrected;
}

gboolean
diem_article_is_corrected (DiemArticle *self)
{
  g_return_val_if_fail (DIEM_IS_ARTICLE (self), FALSE);
  return self->corrected != NULL;
}

/**
 * diem_article_get_entries:
 * @category: one of diem_categories ()
 *
 * Returns: (transfer none) (element-type gpointer): what the article names in @category,
 *   in the category's order
 */
GPtrArray *
diem_article_get_entries (DiemArticle        *self,
                          const DiemCategory *category)
{
  g_return_val_if_fail (DIEM_IS_ARTICLE (self), NULL);
  g_return_val_if_fail (category != NULL, NULL);
  return diem_extraction_get (shown (self), category);
}

GPtrArray *
diem_article_get_officials (DiemArticle *self)
{
  g_return_val_if_fail (DIEM_IS_ARTICLE (self), NULL);
  g_return_val_if_fail (self->extraction != NULL, NULL);
  return shown (self)->officials;
}

GPtrArray *
diem_article_get_awards (DiemArticle *self)
{
  g_return_val_if_fail (DIEM_IS_ARTICLE (self), NULL);
  g_return_val_if_fail (self->extraction != NULL, NULL);
  return shown (self)->awards;
}

GPtrArray *
diem_article_get_resolutions (DiemArticle *self)
{
  g_return_val_if_fail (DIEM_IS_ARTICLE (self), NULL);
  g_return_val_if_fail (self->extraction != NULL, NULL);
  return shown (self)->resolutions;
}

GPtrArray *
diem_article_get_documents (DiemArticle *self)
{
  g_return_val_if_fail (DIEM_IS_ARTICLE (self), NULL);
  g_return_val_if_fail (self->extraction != NULL, NULL);
  return shown (self)->documents;
}

GPtrArray *
diem_article_get_byline (DiemArticle *self)
{
  g_return_val_if_fail (DIEM_IS_ARTICLE (self), NULL);
  return self->byline;
}

/* A character starts at every byte that is not a UTF-8 continuation byte (10xxxxxx). */
static inline gboolean
starts_char (char byte)
{
  return ((guchar) byte & 0xC0) != 0x80;
}

/* The characters that start in text[from, to), eight bytes at a time: a continuation
 * byte is one whose top bit is set and whose next bit is not. The eight flags, one a
 * byte, are summed into the top byte by one multiplication: without a popcount
 * instruction in the baseline x86-64 set, __builtin_popcountll is a call into libgcc. */
static gsize
count_chars (const char *text,
             gsize       from,
             gsize       to)
{
  const guint64 top_bits = G_GUINT64_CONSTANT (0x8080808080808080);
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  gsize chars = 0, byte = from;

  for (; byte + 8 <= to; byte += 8)
    {
      guint64 word;

      memcpy (&word, text + byte, 8);
      chars += 8 - ((((word & ~(word << 1) & top_bits) >> 7) * ones) >> 56);
    }
  for (; byte < to; byte++)
    chars += starts_char (text[byte]);
  return chars;
}

static void
ensure_checkpoints (DiemArticle *self)
{
  gsize n = self->length / CHECKPOINT_STRIDE + 1, chars = 0;

  if (self->checkpoints != NULL)
    return;

  self->checkpoints = g_array_sized_new (FALSE, FALSE, sizeof (gsize), n);
  g_array_set_size (self->checkpoints, n);
  for (gsize k = 0; k < n; k++)
    {
      g_array_index (self->checkpoints, gsize, k) = chars;
      if (k + 1 < n)
        chars += count_chars (self->text, k * CHECKPOINT_STRIDE, (k + 1) * CHECKPOINT_STRIDE);
    }
}

glong
diem_article_byte_to_char (DiemArticle *self,
                           gsize        byte_offset)
{
  gsize k;

  g_return_val_if_fail (DIEM_IS_ARTICLE (self), 0);

  byte_offset = MIN (byte_offset, self->length);
  ensure_checkpoints (self);
  k = byte_offset / CHECKPOINT_STRIDE;
  return (glong) (g_array_index (self->checkpoints, gsize, k)
                  + count_chars (self->text, k * CHECKPOINT_STRIDE, byte_offset));
}

gsize
diem_article_char_to_byte (DiemArticle *self,
                           glong        char_offset)
{
  guint lo = 0, hi;
  gsize chars;

  g_return_val_if_fail (DIEM_IS_ARTICLE (self), 0);

  if (char_offset <= 0)
    return 0;
  ensure_checkpoints (self);
  /* the last stride that starts with at most char_offset characters before it */
  hi = self->checkpoints->len;
  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (self->checkpoints, gsize, mid) <= (gsize) char_offset)
        lo = mid;
      else
        hi = mid;
    }
  chars = g_array_index (self->checkpoints, gsize, lo);
  for (gsize byte = (gsize) lo * CHECKPOINT_STRIDE; byte < self->length; byte++)
    if (starts_char (self->text[byte]) && chars++ == (gsize) char_offset)
      return byte;
  return self->length;
}

/* The article shipped in the core's resources, shown when the app starts without one. */
DiemArticle *
diem_article_new_sample (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize length = 0;
  const char *data;

  bytes = g_resources_lookup_data (RESOURCE_PREFIX "/sample/hcmc-2023-review.txt",
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &length);
  return diem_article_new_from_data (data, length, _("Sample article"), error);
}

static gboolean
is_remote_reference (const char *reference)
{
  const char *p = reference;

  if (g_str_has_prefix (reference, "//"))
    return TRUE;
  /* any URI scheme (http:, https:, data:, file:, ftp:) is out of bounds */
  if (!g_ascii_isalpha (*p))
    return FALSE;
  while (g_ascii_isalnum (*p) || *p == '+' || *p == '-' || *p == '.')
    p++;
  return *p == ':';
}

/**
 * diem_article_load_image:
 * @reference: an image reference as written in the article (DiemBlock.image)
 *
 * A single-file page's own photo, else a photo from the article's folder under the
 * rules of diem_article_resolve_image(). Never the network.
 *
 * Returns: (transfer full) (nullable): the photo's bytes
 */
GBytes *
diem_article_load_image (DiemArticle *self,
                         const char  *reference)
{
  g_autoptr(GFile) file = NULL;
  GBytes *bytes;

  g_return_val_if_fail (DIEM_IS_ARTICLE (self), NULL);

  if (reference == NULL)
    return NULL;
  if (self->embedded != NULL && (bytes = g_hash_table_lookup (self->embedded, reference)) != NULL)
    return g_bytes_ref (bytes);
  file = diem_article_resolve_image (self, reference);
  return file != NULL ? g_file_load_bytes (file, NULL, NULL, NULL) : NULL;
}

/**
 * diem_article_resolve_image:
 * @reference: an image reference as written in the article (DiemBlock.image)
 *
 * Images are only ever read from the article's own folder (or the one the user granted
 * for its photos, see diem_article_set_photo_folder()): remote addresses, absolute
 * paths and paths that lead outside the folder (through ".." or a symbolic link) give
 * NULL, as does an image that does not exist.
 *
 * Returns: (transfer full) (nullable): the local image file
 */
GFile *
diem_article_resolve_image (DiemArticle *self,
                            const char  *reference)
{
  g_autoptr(GFile) folder = NULL;
  g_autofree char *unescaped = NULL;
  g_autofree char *folder_path = NULL;
  g_autofree char *folder_real = NULL;
  g_autofree char *joined = NULL;
  g_autofree char *image_real = NULL;
  g_autofree char *prefix = NULL;

  g_return_val_if_fail (DIEM_IS_ARTICLE (self), NULL);

  if (reference == NULL || self->file == NULL || is_remote_reference (reference))
    return NULL;
  unescaped = g_uri_unescape_string (reference, NULL);
  if (unescaped == NULL || g_path_is_absolute (unescaped))
    return NULL;

  folder = self->photo_folder ? g_object_ref (self->photo_folder) : g_file_get_parent (self->file);
  folder_path = folder ? g_file_get_path (folder) : NULL;
  if (folder_path == NULL)
    return NULL;

  folder_real = realpath (folder_path, NULL);
  joined = g_build_filename (folder_path, unescaped, NULL);
  image_real = realpath (joined, NULL);
  if (folder_real == NULL || image_real == NULL || !g_file_test (image_real, G_FILE_TEST_IS_REGULAR))
    return NULL;

  prefix = g_str_has_suffix (folder_real, "/") ? g_strdup (folder_real) : g_strconcat (folder_real, "/", NULL);
  if (!g_str_has_prefix (image_real, prefix))
    return NULL;
  return g_file_new_for_path (image_real);
}

/**
 * diem_article_set_photo_folder:
 * @folder: (nullable): the folder that holds the page, as the user granted it
 *
 * In a sandbox only the chosen file is visible, not the photos saved beside it; once the
 * user grants the page's folder (through the file chooser portal), the page's relative
 * photo references are read from that folder, under the same rules.
 */
void
diem_article_set_photo_folder (DiemArticle *self,
                               GFile       *folder)
{
  g_return_if_fail (DIEM_IS_ARTICLE (self));
  g_return_if_fail (folder == NULL || G_IS_FILE (folder));

  g_set_object (&self->photo_folder, folder);
}

GFile *
diem_article_get_photo_folder (DiemArticle *self)
{
  g_return_val_if_fail (DIEM_IS_ARTICLE (self), NULL);

  return self->photo_folder;
}

/**
 * diem_article_count_unread_photos:
 *
 * Photos the page names in its own folder (a relative reference, not a web address) that
 * cannot be read from there, nor are carried by a single-file page.
 *
 * Returns: how many
 */
guint
diem_article_count_unread_photos (DiemArticle *self)
{
  guint unread = 0;

  g_return_val_if_fail (DIEM_IS_ARTICLE (self), 0);

  /* pasted text has no folder to look in */
  if (self->file == NULL)
    return 0;
  for (guint i = 0; self->blocks != NULL && i < self->blocks->len; i++)
    {
      const DiemBlock *block = g_ptr_array_index (self->blocks, i);
      g_autoptr(GFile) file = NULL;

      if (block->image == NULL || is_remote_reference (block->image) || g_path_is_absolute (block->image)
          || (self->embedded != NULL && g_hash_table_contains (self->embedded, block->image)))
        continue;
      file = diem_article_resolve_image (self, block->image);
      if (file == NULL || !g_file_query_exists (file, NULL))
        unread++;
    }
  return unread;
}
