/* diem-window.c — placeholder until the reading window lands */
#include "config.h"

#include "diem-window.h"

struct _DiemWindow
{
  AdwApplicationWindow parent_instance;
  DiemArticle         *article;
};

G_DEFINE_FINAL_TYPE (DiemWindow, diem_window, ADW_TYPE_APPLICATION_WINDOW)

static void
diem_window_dispose (GObject *object)
{
  g_clear_object (&DIEM_WINDOW (object)->article);
  G_OBJECT_CLASS (diem_window_parent_class)->dispose (object);
}

static void
diem_window_class_init (DiemWindowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = diem_window_dispose;
}

static void
diem_window_init (DiemWindow *self)
{
}

DiemWindow *
diem_window_new (GtkApplication *application)
{
  return g_object_new (DIEM_TYPE_WINDOW, "application", application, NULL);
}

void
diem_window_open_file (DiemWindow *self,
                       GFile      *file)
{
  g_clear_object (&self->article);
  self->article = diem_article_new_from_file (file, NULL, NULL);
}

void
diem_window_show_sample (DiemWindow *self)
{
  g_clear_object (&self->article);
  self->article = diem_article_new_sample (NULL);
}

DiemArticle *
diem_window_get_article (DiemWindow *self)
{
  return self->article;
}
