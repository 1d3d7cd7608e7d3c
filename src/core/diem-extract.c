/* diem-extract.c — placeholder until the extractors land */
#include "diem-extract.h"

DiemExtraction *
diem_extraction_new (void)
{
  DiemExtraction *self = g_new0 (DiemExtraction, 1);

  self->officials = g_ptr_array_new_with_free_func ((GDestroyNotify) diem_official_free);
  self->awards = g_ptr_array_new_with_free_func ((GDestroyNotify) diem_award_free);
  self->resolutions = g_ptr_array_new_with_free_func ((GDestroyNotify) diem_document_free);
  self->documents = g_ptr_array_new_with_free_func ((GDestroyNotify) diem_document_free);
  return self;
}

void
diem_extraction_free (DiemExtraction *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->officials);
  g_ptr_array_unref (self->awards);
  g_ptr_array_unref (self->resolutions);
  g_ptr_array_unref (self->documents);
  g_free (self);
}

void
diem_extract (const char     *text,
              gsize           length,
              GPtrArray      *blocks,
              DiemExtraction *out)
{
}
