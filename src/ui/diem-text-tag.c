/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-text-tag.c — a text tag whose colours a screen reader can read on GTK 4.8
 *
 * When an assistive technology asks a GtkTextView for the attributes of a run of text,
 * GTK 4.8 reads the tag's "foreground" property, which GtkTextTag only lets one write:
 * GObject warns, GTK then dereferences an unset pointer and the application crashes.
 * This tag shadows "foreground" with a readable copy of "foreground-rgba". Any tag that
 * colours its text must be one of these.
 */
#include "config.h"

#include "diem-text-tag.h"

struct _DiemTextTag
{
  GtkTextTag parent_instance;
};

G_DEFINE_FINAL_TYPE (DiemTextTag, diem_text_tag, GTK_TYPE_TEXT_TAG)

enum {
  PROP_0,
  PROP_FOREGROUND,
  N_PROPS
};

static void
diem_text_tag_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_FOREGROUND:
      {
        g_autoptr(GdkRGBA) rgba = NULL;

        g_object_get (object, "foreground-rgba", &rgba, NULL);
        g_value_set_boxed (value, rgba);
      }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
diem_text_tag_class_init (DiemTextTagClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = diem_text_tag_get_property;

  /* a subclass may reuse a parent's property name; lookups find this one first */
  g_object_class_install_property (object_class, PROP_FOREGROUND,
                                   g_param_spec_boxed ("foreground", NULL, NULL, GDK_TYPE_RGBA,
                                                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
}

static void
diem_text_tag_init (DiemTextTag *self)
{
}

/**
 * diem_text_buffer_create_tag:
 * @tag_name: (nullable): the tag's name in @buffer's table
 *
 * Like gtk_text_buffer_create_tag(), with a #DiemTextTag.
 *
 * Returns: (transfer none): the tag, owned by @buffer's tag table
 */
GtkTextTag *
diem_text_buffer_create_tag (GtkTextBuffer *buffer,
                             const char    *tag_name,
                             const char    *first_property_name,
                             ...)
{
  g_autoptr(GtkTextTag) tag = NULL;
  va_list args;

  g_return_val_if_fail (GTK_IS_TEXT_BUFFER (buffer), NULL);

  tag = g_object_new (DIEM_TYPE_TEXT_TAG, "name", tag_name, NULL);
  if (first_property_name != NULL)
    {
      va_start (args, first_property_name);
      g_object_set_valist (G_OBJECT (tag), first_property_name, args);
      va_end (args);
    }
  if (!gtk_text_tag_table_add (gtk_text_buffer_get_tag_table (buffer), tag))
    return NULL;
  return tag;
}
