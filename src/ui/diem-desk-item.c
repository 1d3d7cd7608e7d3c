/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-desk-item.c — one article on the editor's desk, for the desk's list
 *
 * Properties for the row template: the headline, a line of details (file name and
 * when it was last worked on) and whether it is ready for a digest.
 */
#include "config.h"

#include "diem-desk-item.h"

#include <gio/gio.h>
#include <glib/gi18n.h>

struct _DiemDeskItem
{
  GObject  parent_instance;

  char    *hash;
  char    *headline;
  char    *source_uri;
  gint64   modified;
  gboolean ready;
};

G_DEFINE_FINAL_TYPE (DiemDeskItem, diem_desk_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_HEADLINE,
  PROP_DETAILS,
  PROP_READY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
diem_desk_item_finalize (GObject *object)
{
  DiemDeskItem *self = DIEM_DESK_ITEM (object);

  g_free (self->hash);
  g_free (self->headline);
  g_free (self->source_uri);
  G_OBJECT_CLASS (diem_desk_item_parent_class)->finalize (object);
}

static void
diem_desk_item_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DiemDeskItem *self = DIEM_DESK_ITEM (object);

  switch (prop_id)
    {
    case PROP_HEADLINE:
      g_value_set_string (value, diem_desk_item_get_headline (self));
      break;
    case PROP_DETAILS:
      g_value_take_string (value, diem_desk_item_dup_details (self));
      break;
    case PROP_READY:
      g_value_set_boolean (value, self->ready);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
diem_desk_item_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  DiemDeskItem *self = DIEM_DESK_ITEM (object);

  switch (prop_id)
    {
    case PROP_READY:
      diem_desk_item_set_ready (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
diem_desk_item_class_init (DiemDeskItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = diem_desk_item_finalize;
  object_class->get_property = diem_desk_item_get_property;
  object_class->set_property = diem_desk_item_set_property;

  properties[PROP_HEADLINE] =
    g_param_spec_string ("headline", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DETAILS] =
    g_param_spec_string ("details", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_READY] =
    g_param_spec_boolean ("ready", NULL, NULL, FALSE, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
diem_desk_item_init (DiemDeskItem *self)
{
}

DiemDeskItem *
diem_desk_item_new (const DiemDeskRow *row)
{
  DiemDeskItem *self = g_object_new (DIEM_TYPE_DESK_ITEM, NULL);

  self->hash = g_strdup (row->text_hash);
  self->headline = g_strdup (row->headline);
  self->source_uri = g_strdup (row->source_uri);
  self->modified = row->modified;
  self->ready = row->status == DIEM_DESK_STATUS_READY;
  return self;
}

const char *
diem_desk_item_get_hash (DiemDeskItem *self)
{
  g_return_val_if_fail (DIEM_IS_DESK_ITEM (self), NULL);
  return self->hash;
}

const char *
diem_desk_item_get_headline (DiemDeskItem *self)
{
  g_return_val_if_fail (DIEM_IS_DESK_ITEM (self), NULL);
  return self->headline != NULL && *self->headline != '\0' ? self->headline : _("Untitled article");
}

const char *
diem_desk_item_get_source_uri (DiemDeskItem *self)
{
  g_return_val_if_fail (DIEM_IS_DESK_ITEM (self), NULL);
  return self->source_uri;
}

/* "cau-tan-loc.txt · 6 Dec 2026 14:05" */
char *
diem_desk_item_dup_details (DiemDeskItem *self)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (self->modified / G_USEC_PER_SEC);
  /* TRANSLATORS: when an article was last worked on, a strftime()-style format */
  g_autofree char *date = when != NULL ? g_date_time_format (when, _("%e %b %Y %H:%M")) : g_strdup ("");
  g_autofree char *name = NULL;

  if (self->source_uri != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (self->source_uri);

      name = g_file_get_basename (file);
    }
  if (name == NULL)
    return g_strdup (g_strstrip (date));
  return g_strdup_printf ("%s · %s", name, g_strstrip (date));
}

gboolean
diem_desk_item_get_ready (DiemDeskItem *self)
{
  g_return_val_if_fail (DIEM_IS_DESK_ITEM (self), FALSE);
  return self->ready;
}

void
diem_desk_item_set_ready (DiemDeskItem *self,
                          gboolean      ready)
{
  g_return_if_fail (DIEM_IS_DESK_ITEM (self));
  if (self->ready == ready)
    return;
  self->ready = ready;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READY]);
}
