/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-category.c — the registry of categories, and reading an entry through its descriptor
 *
 * The built-in categories are listed here in the order they are exported and shown;
 * diem_category_register () adds one after them.
 */
#include "diem-category.h"

#include "diem-entities.h"

extern const DiemCategory diem_officials_category;
extern const DiemCategory diem_awards_category;
extern const DiemCategory diem_resolutions_category;
extern const DiemCategory diem_documents_category;

static GPtrArray *
registry (void)
{
  static GPtrArray *categories;

  if (g_once_init_enter (&categories))
    {
      GPtrArray *built_in = g_ptr_array_new ();

      g_ptr_array_add (built_in, (gpointer) &diem_officials_category);
      g_ptr_array_add (built_in, (gpointer) &diem_awards_category);
      g_ptr_array_add (built_in, (gpointer) &diem_resolutions_category);
      g_ptr_array_add (built_in, (gpointer) &diem_documents_category);
      g_once_init_leave (&categories, built_in);
    }
  return categories;
}

/**
 * diem_categories:
 * @n_categories: (out) (optional): how many there are
 *
 * Returns: (transfer none) (array length=n_categories): every category, in the order
 *   they are exported and shown
 */
const DiemCategory * const *
diem_categories (guint *n_categories)
{
  GPtrArray *categories = registry ();

  if (n_categories != NULL)
    *n_categories = categories->len;
  return (const DiemCategory * const *) categories->pdata;
}

/**
 * diem_category_lookup:
 *
 * Returns: (nullable): the category whose JSON member is @key
 */
const DiemCategory *
diem_category_lookup (const char *key)
{
  GPtrArray *categories = registry ();

  for (guint i = 0; i < categories->len; i++)
    if (g_str_equal (((const DiemCategory *) g_ptr_array_index (categories, i))->key, key))
      return g_ptr_array_index (categories, i);
  return NULL;
}

/**
 * diem_category_register:
 * @category: a descriptor that lives as long as the program
 *
 * Adds a category after the others: articles read from now on are extracted with it.
 * Call it before reading articles from more than one thread.
 */
void
diem_category_register (const DiemCategory *category)
{
  g_return_if_fail (category != NULL && category->key != NULL);
  g_return_if_fail (diem_category_lookup (category->key) == NULL);
  g_return_if_fail (category->get_mentions != NULL && category->dup_title != NULL);

  g_ptr_array_add (registry (), (gpointer) category);
}

const DiemField *
diem_category_find_field (const DiemCategory *category,
                          const char         *key)
{
  for (guint i = 0; i < category->n_fields; i++)
    if (g_str_equal (category->fields[i].key, key))
      return &category->fields[i];
  g_return_val_if_reached (NULL);
}

DiemFieldValue
diem_category_get_value (const DiemCategory *category,
                         gconstpointer       entry,
                         const char         *key)
{
  const DiemField *field = diem_category_find_field (category, key);
  DiemFieldValue value;

  g_return_val_if_fail (field != NULL, (DiemFieldValue) { .type = DIEM_FIELD_TEXT });

  value = field->get (entry);
  value.type = field->type;
  return value;
}

/**
 * diem_category_dup_text:
 *
 * Returns: (transfer full) (nullable): the field as text: a list one line per string,
 *   a number in figures; NULL when the entry has none
 */
char *
diem_category_dup_text (const DiemCategory *category,
                        gconstpointer       entry,
                        const char         *key)
{
  DiemFieldValue value = diem_category_get_value (category, entry, key);

  switch (value.type)
    {
    case DIEM_FIELD_TEXT:
      return g_strdup (value.text);
    case DIEM_FIELD_NUMBER:
      return g_strdup_printf ("%u", value.number);
    case DIEM_FIELD_TEXT_LIST:
      {
        g_autoptr(GString) text = g_string_new (NULL);

        if (value.list == NULL || value.list->len == 0)
          return NULL;
        for (guint i = 0; i < value.list->len; i++)
          {
            if (i > 0)
              g_string_append_c (text, '\n');
            g_string_append (text, g_ptr_array_index (value.list, i));
          }
        return g_string_free (g_steal_pointer (&text), FALSE);
      }
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * diem_category_get_parts:
 *
 * Returns: (transfer none) (nullable) (element-type utf8): the names listed under the
 *   entry (an award tier's recipients), each shown and linked on its own
 */
GPtrArray *
diem_category_get_parts (const DiemCategory *category,
                         gconstpointer       entry)
{
  if (category->parts_field == NULL)
    return NULL;
  return diem_category_get_value (category, entry, category->parts_field).list;
}

gsize
diem_category_first_mention (const DiemCategory *category,
                             gconstpointer       entry)
{
  GArray *mentions = category->get_mentions (entry);

  return mentions != NULL && mentions->len > 0 ? g_array_index (mentions, DiemSpan, 0).start
                                               : DIEM_CATEGORY_NO_MENTION;
}

/* For descriptors' compare functions: earlier first mention first, none last. */
int
diem_compare_first_mentions (GArray *a,
                             GArray *b)
{
  gsize x = a != NULL && a->len > 0 ? g_array_index (a, DiemSpan, 0).start : DIEM_CATEGORY_NO_MENTION;
  gsize y = b != NULL && b->len > 0 ? g_array_index (b, DiemSpan, 0).start : DIEM_CATEGORY_NO_MENTION;

  return x < y ? -1 : x > y;
}
