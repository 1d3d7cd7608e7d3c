/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-image.h — an article's photo as a cairo surface, for the printed pages */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

/* 40 megapixels: a large camera's photo. Decoding more could take gigabytes. */
#define DIEM_IMAGE_MAX_PIXELS 40000000

gboolean         diem_image_is_within_limit       (GFile   *file);
gboolean         diem_image_bytes_are_within_limit (GBytes *bytes);

cairo_surface_t *diem_image_load       (GFile   *file,
                                        int      max_width,
                                        int      max_height,
                                        int     *width,
                                        int     *height,
                                        GError **error);
cairo_surface_t *diem_image_load_bytes (GBytes  *bytes,
                                        int      max_width,
                                        int      max_height,
                                        int     *width,
                                        int     *height,
                                        GError **error);

G_END_DECLS
