/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-work-keeper.c — work kept within a second of a change, and only work */
#include <glib/gstdio.h>
#include <string.h>

#include "diem-article.h"
#include "diem-work-keeper.h"

typedef struct
{
  char           *folder;
  char           *path;
  DiemDeskStore  *store;
  DiemWorkKeeper *keeper;
  const char     *summary;  /* what "collect" writes */
  gint64          position;
  guint           collected;
} Fixture;

static void
on_collect_cb (DiemWorkKeeper *keeper,
               DiemDeskWork   *work,
               Fixture        *fixture)
{
  g_free (work->summary);
  work->summary = g_strdup (fixture->summary);
  work->reading_position = fixture->position;
  fixture->collected++;
}

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  fixture->folder = g_dir_make_tmp ("diem-keeper-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->folder, "desk.sqlite", NULL);
  fixture->store = diem_desk_store_open (fixture->path, &error);
  g_assert_no_error (error);
  fixture->keeper = diem_work_keeper_new (fixture->store);
  g_signal_connect (fixture->keeper, "collect", G_CALLBACK (on_collect_cb), fixture);
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&fixture->keeper);
  g_clear_pointer (&fixture->store, diem_desk_store_unref);
  dir = g_dir_open (fixture->folder, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (fixture->folder, name, NULL);

      g_unlink (file);
    }
  g_rmdir (fixture->folder);
  g_free (fixture->folder);
  g_free (fixture->path);
}

static DiemDeskWork *
kept (Fixture    *fixture,
      const char *text)
{
  g_autofree char *hash = diem_desk_text_hash (text, strlen (text));

  return diem_desk_store_load (fixture->store, hash, NULL);
}

static void
wait_ms (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (5000);
    }
}

static void
test_keeper_saves_within_a_second (Fixture      *fixture,
                                   gconstpointer data)
{
  const char *text = "Bài về cầu Sông Xanh.";
  gboolean was_kept = TRUE;
  g_autoptr(DiemDeskWork) after = NULL;
  gint64 start;

  diem_work_keeper_open (fixture->keeper, text, strlen (text), "Cầu Sông Xanh", "file:///tmp/cau.txt", &was_kept);
  g_assert_false (was_kept);

  fixture->summary = "Tóm tắt một.";
  start = g_get_monotonic_time ();
  diem_work_keeper_changed (fixture->keeper, DIEM_WORK_CHANGE_WORK);
  g_assert_null (kept (fixture, text));
  /* steady typing does not push the save back */
  while ((after = kept (fixture, text)) == NULL)
    {
      g_assert_cmpint (g_get_monotonic_time () - start, <, 3 * G_USEC_PER_SEC);
      diem_work_keeper_changed (fixture->keeper, DIEM_WORK_CHANGE_WORK);
      wait_ms (50);
    }
  g_assert_cmpint (g_get_monotonic_time () - start, >=, (DIEM_WORK_KEEPER_DELAY_MS - 50) * 1000);
  g_assert_cmpstr (after->summary, ==, "Tóm tắt một.");
  g_assert_cmpstr (after->headline, ==, "Cầu Sông Xanh");
  g_assert_cmpstr (after->source_uri, ==, "file:///tmp/cau.txt");
}

static void
test_keeper_position_only_on_desk (Fixture      *fixture,
                                   gconstpointer data)
{
  const char *text = "Bài chỉ để đọc.";
  g_autoptr(DiemDeskWork) after = NULL;
  gboolean was_kept = FALSE;

  diem_work_keeper_open (fixture->keeper, text, strlen (text), NULL, NULL, NULL);
  fixture->position = 500;
  diem_work_keeper_changed (fixture->keeper, DIEM_WORK_CHANGE_POSITION);
  g_assert_true (diem_work_keeper_flush (fixture->keeper, NULL));
  g_assert_null (kept (fixture, text));
  g_assert_cmpuint (fixture->collected, ==, 0);

  /* once there is work, the position is kept with it, and restored on opening */
  fixture->summary = "Ghi chú.";
  diem_work_keeper_changed (fixture->keeper, DIEM_WORK_CHANGE_WORK);
  g_assert_true (diem_work_keeper_flush (fixture->keeper, NULL));
  fixture->position = 900;
  diem_work_keeper_changed (fixture->keeper, DIEM_WORK_CHANGE_POSITION);
  diem_work_keeper_close (fixture->keeper);
  after = kept (fixture, text);
  g_assert_cmpint (after->reading_position, ==, 900);

  diem_work_keeper_open (fixture->keeper, text, strlen (text), NULL, NULL, &was_kept);
  g_assert_true (was_kept);
  g_assert_cmpint (diem_work_keeper_get_work (fixture->keeper)->reading_position, ==, 900);
}

static void
test_keeper_opening_another_saves_the_first (Fixture      *fixture,
                                             gconstpointer data)
{
  const char *first = "Bài thứ nhất.", *second = "Bài thứ hai.";
  g_autoptr(DiemDeskWork) after = NULL;

  diem_work_keeper_open (fixture->keeper, first, strlen (first), NULL, NULL, NULL);
  fixture->summary = "Của bài một.";
  diem_work_keeper_changed (fixture->keeper, DIEM_WORK_CHANGE_WORK);
  diem_work_keeper_open (fixture->keeper, second, strlen (second), NULL, NULL, NULL);
  after = kept (fixture, first);
  g_assert_nonnull (after);
  g_assert_cmpstr (after->summary, ==, "Của bài một.");
  g_assert_null (kept (fixture, second));
}

static void
test_keeper_without_store (void)
{
  g_autoptr(DiemWorkKeeper) keeper = diem_work_keeper_new (NULL);
  DiemDeskWork *work = diem_work_keeper_open (keeper, "Bài.", 5, "Bài", NULL, NULL);

  g_assert_nonnull (work);
  g_assert_cmpstr (work->headline, ==, "Bài");
  diem_work_keeper_changed (keeper, DIEM_WORK_CHANGE_WORK);
  g_assert_true (diem_work_keeper_flush (keeper, NULL));
}

/* An article's own hash of its text, computed once in whatever thread asks first, opens
 * the same work as its text does. */
static void
test_keeper_article_hash_opens_the_same_work (Fixture      *fixture,
                                              gconstpointer data)
{
  const char *text = "Tin\n\nBài về lễ trao bằng khen cho Trường Tiểu học Hòa Bình.\n";
  g_autoptr(DiemArticle) article = diem_article_new_from_data (text, strlen (text), "bai.txt", NULL);
  g_autofree char *expected = diem_desk_text_hash (diem_article_get_text (article), diem_article_get_text_length (article));
  gboolean was_kept = FALSE;

  g_assert_nonnull (article);
  g_assert_cmpstr (diem_article_get_text_hash (article), ==, expected);
  /* the same string each time: it is kept, not recomputed */
  g_assert_true (diem_article_get_text_hash (article) == diem_article_get_text_hash (article));

  diem_work_keeper_open (fixture->keeper, diem_article_get_text (article), diem_article_get_text_length (article),
                         NULL, NULL, NULL);
  fixture->summary = "Tóm tắt của bài.";
  diem_work_keeper_changed (fixture->keeper, DIEM_WORK_CHANGE_WORK);
  diem_work_keeper_close (fixture->keeper);

  diem_work_keeper_open_hashed (fixture->keeper, diem_article_get_text_hash (article), NULL, NULL, &was_kept);
  g_assert_true (was_kept);
  g_assert_cmpstr (diem_work_keeper_get_work (fixture->keeper)->summary, ==, "Tóm tắt của bài.");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/work-keeper/saves-within-a-second", Fixture, NULL, fixture_set_up,
              test_keeper_saves_within_a_second, fixture_tear_down);
  g_test_add ("/work-keeper/position-only-on-desk", Fixture, NULL, fixture_set_up,
              test_keeper_position_only_on_desk, fixture_tear_down);
  g_test_add ("/work-keeper/opening-another-saves-the-first", Fixture, NULL, fixture_set_up,
              test_keeper_opening_another_saves_the_first, fixture_tear_down);
  g_test_add ("/work-keeper/article-hash-opens-the-same-work", Fixture, NULL, fixture_set_up,
              test_keeper_article_hash_opens_the_same_work, fixture_tear_down);
  g_test_add_func ("/work-keeper/without-store", test_keeper_without_store);
  return g_test_run ();
}
