/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-json-writer.c — a JSON document written as it is made
 *
 * A JsonBuilder tree of a 10 MB article holds tens of thousands of nodes and a copy of
 * the text, and costs more than the extraction; the writer keeps only a buffer and the
 * nesting. Its layout is JsonGenerator's pretty print (two spaces, "name" : value), and
 * strings still go through JsonGenerator, so the document is the one json-glib writes.
 */
#include "diem-json-writer.h"

#include <json-glib/json-glib.h>
#include <string.h>

/* Written to the stream a buffer at a time. */
#define FLUSH_BYTES (256 * 1024)
/* A long string is escaped a piece at a time: never a copy of the whole text. */
#define STRING_PIECE_BYTES (64 * 1024)
#define INDENT 2

struct _DiemJsonWriter
{
  GOutputStream *stream;    /* (nullable) NULL keeps the whole document in buffer */
  GString       *buffer;
  GString       *piece;     /* one escaped piece of a long string */
  GArray        *counts;    /* (element-type guint) values so far in each open container */
  gboolean       after_name; /* a member's name is written, its value comes next */
  JsonGenerator *generator;
  GHashTable    *names;     /* member name (a static string) → its escaped form */
  GError        *error;
};

DiemJsonWriter *
diem_json_writer_new (GOutputStream *stream)
{
  DiemJsonWriter *self = g_new0 (DiemJsonWriter, 1);

  self->stream = stream != NULL ? g_object_ref (stream) : NULL;
  self->buffer = g_string_sized_new (FLUSH_BYTES + STRING_PIECE_BYTES);
  self->piece = g_string_sized_new (STRING_PIECE_BYTES + 64);
  self->counts = g_array_new (FALSE, FALSE, sizeof (guint));
  self->generator = json_generator_new ();
  self->names = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  return self;
}

void
diem_json_writer_free (DiemJsonWriter *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->stream);
  g_string_free (self->buffer, TRUE);
  g_string_free (self->piece, TRUE);
  g_array_unref (self->counts);
  g_object_unref (self->generator);
  g_hash_table_unref (self->names);
  g_clear_error (&self->error);
  g_free (self);
}

static void
flush (DiemJsonWriter *self)
{
  if (self->stream == NULL || self->buffer->len == 0)
    return;
  if (self->error == NULL)
    g_output_stream_write_all (self->stream, self->buffer->str, self->buffer->len, NULL, NULL,
                               &self->error);
  g_string_truncate (self->buffer, 0);
}

static void
maybe_flush (DiemJsonWriter *self)
{
  if (self->buffer->len >= FLUSH_BYTES)
    flush (self);
}

static void
append_indent (DiemJsonWriter *self,
               guint           level)
{
  for (guint i = 0; i < level * INDENT; i++)
    g_string_append_c (self->buffer, ' ');
}

/* What comes before a value or a member's name: the separator and the indent. */
static void
begin_item (DiemJsonWriter *self)
{
  guint *count;

  if (self->after_name)
    {
      self->after_name = FALSE;
      return;
    }
  if (self->counts->len == 0)
    return;
  count = &g_array_index (self->counts, guint, self->counts->len - 1);
  g_string_append (self->buffer, *count > 0 ? ",\n" : "\n");
  (*count)++;
  append_indent (self, self->counts->len);
}

/* @value as JsonGenerator writes a string, quotes included, appended to @out. */
static void
generate_string (DiemJsonWriter *self,
                 const char     *value,
                 GString        *out)
{
  /* a new node each time: the generator's root shares the node's value */
  g_autoptr(JsonNode) node = json_node_init_string (json_node_alloc (), value);

  json_generator_set_root (self->generator, node);
  json_generator_to_gstring (self->generator, out);
}

static void
append_string (DiemJsonWriter *self,
               const char     *value,
               gsize           length)
{
  const char *p = value, *end = value + length;

  if (length <= STRING_PIECE_BYTES && value[length] == '\0')
    {
      generate_string (self, value, self->buffer);
      return;
    }
  /* a string's escaped form is its pieces' escaped forms end to end; a piece ends
   * before a character, never inside one */
  g_string_append_c (self->buffer, '"');
  while (p < end)
    {
      const char *stop = p + MIN ((gsize) (end - p), STRING_PIECE_BYTES);
      g_autofree char *piece = NULL;

      while (stop < end && ((guchar) *stop & 0xC0) == 0x80)
        stop--;
      piece = g_strndup (p, stop - p);
      g_string_truncate (self->piece, 0);
      generate_string (self, piece, self->piece);
      g_string_append_len (self->buffer, self->piece->str + 1, (gssize) self->piece->len - 2);
      p = stop;
      maybe_flush (self);
    }
  g_string_append_c (self->buffer, '"');
}

static void
begin_container (DiemJsonWriter *self,
                 char            bracket)
{
  guint zero = 0;

  begin_item (self);
  g_string_append_c (self->buffer, bracket);
  g_array_append_val (self->counts, zero);
}

static void
end_container (DiemJsonWriter *self,
               char            bracket)
{
  guint count;

  g_return_if_fail (self->counts->len > 0);
  count = g_array_index (self->counts, guint, self->counts->len - 1);
  g_array_set_size (self->counts, self->counts->len - 1);
  if (count > 0)
    g_string_append_c (self->buffer, '\n');
  /* JsonGenerator indents the close of an empty object, not of an empty array */
  if (count > 0 || bracket == '}')
    append_indent (self, self->counts->len);
  g_string_append_c (self->buffer, bracket);
  maybe_flush (self);
}

void
diem_json_writer_begin_object (DiemJsonWriter *self)
{
  begin_container (self, '{');
}

void
diem_json_writer_end_object (DiemJsonWriter *self)
{
  end_container (self, '}');
}

void
diem_json_writer_begin_array (DiemJsonWriter *self)
{
  begin_container (self, '[');
}

void
diem_json_writer_end_array (DiemJsonWriter *self)
{
  end_container (self, ']');
}

/* @name must outlive the writer (a literal, a category's key): names are looked up by
 * address. */
void
diem_json_writer_member (DiemJsonWriter *self,
                         const char     *name)
{
  const char *escaped;

  g_return_if_fail (!self->after_name);
  begin_item (self);
  escaped = g_hash_table_lookup (self->names, name);
  if (escaped == NULL)
    {
      g_autoptr(GString) out = g_string_new (NULL);

      generate_string (self, name, out);
      g_string_append (out, " : ");
      escaped = out->str;
      g_hash_table_insert (self->names, (gpointer) name, g_string_free (g_steal_pointer (&out), FALSE));
    }
  g_string_append (self->buffer, escaped);
  self->after_name = TRUE;
}

/* length -1: NUL-terminated. A NULL value is written as null. */
void
diem_json_writer_string (DiemJsonWriter *self,
                         const char     *value,
                         gssize          length)
{
  if (value == NULL)
    {
      diem_json_writer_null (self);
      return;
    }
  begin_item (self);
  append_string (self, value, length < 0 ? strlen (value) : (gsize) length);
  maybe_flush (self);
}

void
diem_json_writer_int (DiemJsonWriter *self,
                      gint64          value)
{
  char digits[24];
  guint n = 0;
  guint64 magnitude = value < 0 ? -(guint64) value : (guint64) value;

  begin_item (self);
  do
    {
      digits[n++] = (char) ('0' + magnitude % 10);
      magnitude /= 10;
    }
  while (magnitude > 0);
  if (value < 0)
    g_string_append_c (self->buffer, '-');
  while (n > 0)
    g_string_append_c (self->buffer, digits[--n]);
}

void
diem_json_writer_null (DiemJsonWriter *self)
{
  begin_item (self);
  g_string_append (self->buffer, "null");
}

/* Writes what is still buffered; FALSE with @error set when any write failed. */
gboolean
diem_json_writer_finish (DiemJsonWriter *self,
                         GError        **error)
{
  g_return_val_if_fail (self->counts->len == 0 && !self->after_name, FALSE);
  flush (self);
  if (self->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&self->error));
      return FALSE;
    }
  return TRUE;
}

/* The document of a writer made without a stream. */
char *
diem_json_writer_steal_data (DiemJsonWriter *self,
                             gsize          *length)
{
  GString *buffer = self->buffer;

  g_return_val_if_fail (self->stream == NULL, NULL);
  if (length != NULL)
    *length = buffer->len;
  self->buffer = g_string_new (NULL);
  return g_string_free (buffer, FALSE);
}
