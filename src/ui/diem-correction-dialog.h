/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diem-correction-dialog.h — a small form in a message dialog, for one correction
 *
 * Fields are added by id: a line of text, a list of lines (titles, recipients: one a
 * line) or a choice among names. The dialog answers "apply" or "cancel".
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DIEM_TYPE_CORRECTION_DIALOG (diem_correction_dialog_get_type ())
G_DECLARE_FINAL_TYPE (DiemCorrectionDialog, diem_correction_dialog, DIEM, CORRECTION_DIALOG, AdwMessageDialog)

DiemCorrectionDialog *diem_correction_dialog_new        (GtkWindow            *parent,
                                                         const char           *heading,
                                                         const char           *body,
                                                         const char           *apply_label);
void                  diem_correction_dialog_add_text   (DiemCorrectionDialog *self,
                                                         const char           *id,
                                                         const char           *title,
                                                         const char           *value);
void                  diem_correction_dialog_add_lines  (DiemCorrectionDialog *self,
                                                         const char           *id,
                                                         const char           *title,
                                                         GPtrArray            *values);
void                  diem_correction_dialog_add_choice (DiemCorrectionDialog *self,
                                                         const char           *id,
                                                         const char           *title,
                                                         GPtrArray            *choices);
GtkWidget            *diem_correction_dialog_get_field  (DiemCorrectionDialog *self,
                                                         const char           *id);
char                 *diem_correction_dialog_dup_text   (DiemCorrectionDialog *self,
                                                         const char           *id);
GPtrArray            *diem_correction_dialog_dup_lines  (DiemCorrectionDialog *self,
                                                         const char           *id);
guint                 diem_correction_dialog_get_choice (DiemCorrectionDialog *self,
                                                         const char           *id);

G_END_DECLS
