/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-a11y.h — accessible names that GTK 4.8 gets wrong */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void diem_a11y_repair_names (GtkWidget *root);

G_END_DECLS
