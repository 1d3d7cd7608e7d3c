/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-image.h — an article's photo as a cairo surface, for the printed pages */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

cairo_surface_t *diem_image_load       (GFile   *file,
                                        GError **error);
cairo_surface_t *diem_image_load_bytes (GBytes  *bytes,
                                        GError **error);

G_END_DECLS
