/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-image.c — a hash of a window's pixels, read through shared memory when it can */
#include <X11/Xutil.h>
#include <X11/extensions/XShm.h>
#include <stdio.h>
#include <sys/ipc.h>
#include <sys/shm.h>

#include "bench-image.h"

struct _DiemImageReader
{
  Display        *display;
  gboolean        use_shm;
  XImage         *image; /* (nullable) the shared one, for the last size asked */
  XShmSegmentInfo segment;
  guint           dumped;
};

DiemImageReader *
diem_image_reader_new (Display *display)
{
  DiemImageReader *reader = g_new0 (DiemImageReader, 1);

  reader->display = display;
  reader->use_shm = XShmQueryExtension (display);
  return reader;
}

static void
drop_shared_image (DiemImageReader *reader)
{
  if (reader->image == NULL)
    return;
  XShmDetach (reader->display, &reader->segment);
  XSync (reader->display, False);
  XDestroyImage (reader->image);
  shmdt (reader->segment.shmaddr);
  reader->image = NULL;
}

void
diem_image_reader_free (DiemImageReader *reader)
{
  drop_shared_image (reader);
  g_free (reader);
}

/* A shared image of @width × @height, made again when the size changes. The segment is
 * marked for removal at once: it goes away with the benchmark, however that ends. */
static XImage *
shared_image (DiemImageReader *reader,
              int              width,
              int              height)
{
  int screen = DefaultScreen (reader->display);

  if (reader->image != NULL && reader->image->width == width && reader->image->height == height)
    return reader->image;
  drop_shared_image (reader);

  reader->image = XShmCreateImage (reader->display, DefaultVisual (reader->display, screen),
                                   DefaultDepth (reader->display, screen), ZPixmap, NULL, &reader->segment,
                                   width, height);
  if (reader->image == NULL)
    return NULL;
  reader->segment.shmid = shmget (IPC_PRIVATE, reader->image->bytes_per_line * height, IPC_CREAT | 0600);
  reader->segment.shmaddr = reader->image->data = shmat (reader->segment.shmid, NULL, 0);
  reader->segment.readOnly = False;
  shmctl (reader->segment.shmid, IPC_RMID, NULL);
  if (reader->segment.shmaddr == (char *) -1 || !XShmAttach (reader->display, &reader->segment))
    {
      XDestroyImage (reader->image);
      reader->image = NULL;
      reader->use_shm = FALSE;
    }
  return reader->image;
}

static void
dump_image (DiemImageReader *reader,
            XImage          *image)
{
  const char *dir = g_getenv ("DIEM_BENCH_DUMP");
  g_autofree char *path = NULL;
  FILE *file;

  if (dir == NULL)
    return;
  path = g_strdup_printf ("%s/frame-%04u.ppm", dir, reader->dumped++);
  file = fopen (path, "wb");
  if (file == NULL)
    return;
  fprintf (file, "P6\n%d %d\n255\n", image->width, image->height);
  for (int y = 0; y < image->height; y++)
    for (int x = 0; x < image->width; x++)
      {
        unsigned long pixel = XGetPixel (image, x, y);

        fputc ((pixel >> 16) & 0xff, file);
        fputc ((pixel >> 8) & 0xff, file);
        fputc (pixel & 0xff, file);
      }
  fclose (file);
}

/* FNV-1a over the pixels' colour bytes, row by row: the padding byte is not content.
 * Never 0, which stands for no hash; 0 when the window cannot be read. */
guint64
diem_image_reader_hash (DiemImageReader *reader,
                        Window           window,
                        int              width,
                        int              height)
{
  XImage *image = NULL;
  guint64 hash = 14695981039346656037u;

  if (reader->use_shm && (image = shared_image (reader, width, height)) != NULL
      && !XShmGetImage (reader->display, window, image, 0, 0, AllPlanes))
    return 0;
  if (image == NULL
      && (image = XGetImage (reader->display, window, 0, 0, width, height, AllPlanes, ZPixmap)) == NULL)
    return 0;

  for (int y = 0; y < image->height; y++)
    for (int x = 0; x < image->width; x++)
      {
        unsigned long pixel = image->bits_per_pixel == 32
                              ? ((guint32 *) (image->data + y * image->bytes_per_line))[x]
                              : XGetPixel (image, x, y);

        hash ^= pixel & 0xffffff;
        hash *= 1099511628211u;
      }
  dump_image (reader, image);
  if (image != reader->image)
    XDestroyImage (image);
  return hash | 1;
}
