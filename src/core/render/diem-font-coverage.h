/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-font-coverage.h — which characters of a text the chosen font cannot draw */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *diem_font_coverage_missing (const char *families,
                                  const char *text,
                                  char      **family_used);

G_END_DECLS
