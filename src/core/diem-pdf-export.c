/* diem-pdf-export.c — placeholder until the PDF renderer lands */
#include "diem-pdf-export.h"

gboolean
diem_pdf_export_to_file (DiemArticle *article,
                         const char  *path,
                         GError     **error)
{
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "PDF export is not available yet");
  return FALSE;
}
