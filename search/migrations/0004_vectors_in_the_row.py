from django.db import migrations


class Migration(migrations.Migration):
    """Index rows keep their search vector in the row, not in TOAST.

    A row longer than ~2 kB has its longest values moved to TOAST, and most search vectors are
    longer than that: a hub's near matches then read ~1,100 pages (toast index and chunks) instead
    of ~300, and ranking reads each vector again (at 100,000 documents, 200 judged queries: 4.8
    against 3.3 ms at p50 for PostgreSQL's part of a search). With the target at a page's size a
    row is moved to TOAST only beyond that, its body text first. Rows written before keep their
    vectors where they are until they are indexed again.
    """

    dependencies = [
        ("search", "0003_small_gin_pending_list"),
    ]

    operations = [
        migrations.RunSQL(
            "ALTER TABLE search_indexeddocument SET (toast_tuple_target = 8160)",
            reverse_sql="ALTER TABLE search_indexeddocument RESET (toast_tuple_target)",
        ),
    ]
