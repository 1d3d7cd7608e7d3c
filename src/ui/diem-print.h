/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-print.h — printing and print preview through the PDF export's page renderer */
#pragma once

#include <gtk/gtk.h>

#include "diem-article.h"

G_BEGIN_DECLS

GtkPrintOperation *diem_print_operation_new (DiemArticle *article);

G_END_DECLS
