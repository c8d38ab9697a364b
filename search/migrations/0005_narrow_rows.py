from django.db import migrations


class Migration(migrations.Migration):
    """Index rows keep their search vector in the row and their body texts in TOAST.

    With the target at a page's size (0004), vectors stayed in the row but so did the body and
    its terms: rows averaged ~4.5 kB, under two to a page, and a hub's near matches and the far
    sample read that many more pages. The vector is now stored MAIN (kept in the row, compressed
    only if a row cannot be made short enough otherwise) and rows longer than 2,700 bytes move
    their body texts out first: ~3 rows to a page, the table 487 → 252 MB (+169 MB of TOAST).
    At 100,000 documents, the 200 judged queries' PostgreSQL part: p50 3.9 → 3.6 ms, p95 8.4 →
    7.1 ms, p95 of pages read 1,863 → 1,226. Rows written before keep their layout until they
    are indexed again.
    """

    dependencies = [
        ("search", "0004_vectors_in_the_row"),
    ]

    operations = [
        migrations.RunSQL(
            [
                "ALTER TABLE search_indexeddocument SET (toast_tuple_target = 2700)",
                "ALTER TABLE search_indexeddocument ALTER COLUMN search_vector SET STORAGE MAIN",
            ],
            reverse_sql=[
                "ALTER TABLE search_indexeddocument ALTER COLUMN search_vector SET STORAGE EXTENDED",
                "ALTER TABLE search_indexeddocument SET (toast_tuple_target = 8160)",
            ],
        ),
    ]
