/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-application.h — the application: windows, app actions, command-line options */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DIEM_TYPE_APPLICATION (diem_application_get_type ())
G_DECLARE_FINAL_TYPE (DiemApplication, diem_application, DIEM, APPLICATION, AdwApplication)

DiemApplication *diem_application_new (void);

G_END_DECLS
