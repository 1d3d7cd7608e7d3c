/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-a11y.c — accessible names that GTK 4.8 gets wrong
 *
 * GTK 4.8 names a button with a mnemonic label after both its raw label and the label
 * inside it, so a screen reader says "_Open Open"; and the close button GtkSearchBar
 * adds has no name at all, so it is announced by its type name, "GtkImage".
 */
#include "config.h"

#include "diem-a11y.h"

static void
name_mnemonic_button (GtkButton *button)
{
  GtkWidget *child = gtk_button_get_child (button);

  if (!gtk_button_get_use_underline (button) || gtk_button_get_label (button) == NULL
      || !GTK_IS_LABEL (child))
    return;
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, gtk_label_get_text (GTK_LABEL (child)),
                                  -1);
}

/* The bar's own buttons are those outside the child it was given. */
static void
name_search_bar_close_button (GtkWidget *widget,
                              GtkWidget *bar_child)
{
  if (widget == bar_child)
    return;
  if (GTK_IS_BUTTON (widget))
    {
      /* GTK's own translation of the word */
      gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, g_dgettext ("gtk40", "Close"),
                                      -1);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    name_search_bar_close_button (child, bar_child);
}

/**
 * diem_a11y_repair_names:
 * @root: a widget whose descendants are all built
 *
 * Gives the buttons in @root the names GTK 4.8 should have given them.
 */
void
diem_a11y_repair_names (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (GTK_IS_BUTTON (root))
    name_mnemonic_button (GTK_BUTTON (root));
  if (GTK_IS_SEARCH_BAR (root))
    name_search_bar_close_button (root, gtk_search_bar_get_child (GTK_SEARCH_BAR (root)));

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    diem_a11y_repair_names (child);
}
