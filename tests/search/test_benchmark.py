"""What `make prepare` does before migrating the hubs: a `make bench-search` that was killed
leaves its hubs behind, and its index-only hubs (rows without a schema) would stop
`migrate_schemas --tenant`, and so `make run`."""

from io import StringIO

from django.core.management import call_command

from search.benchmark import PREFIX
from search.documents import SearchDocument
from search.indexing import apply
from search.models import IndexedDocument
from tenants.models import Hub


def test_prepare_removes_what_a_killed_benchmark_left_and_nothing_else():
    hubs_before = set(Hub.objects.values_list("slug", flat=True))
    leftover = Hub(schema_name="bench_search_0", slug=f"{PREFIX}0", name="Bench 0")
    leftover.auto_create_schema = False
    leftover.save()
    document = SearchDocument(source="bench:1", kind="pagina", title="Kwartelkooi", body="",
                              url="http://example.localhost/bench/1/", hub=leftover.slug)
    apply([(document, "bench", "")], IndexedDocument.objects.filter(indexer="bench"))
    assert IndexedDocument.objects.filter(hub=leftover).exists()
    output = StringIO()

    call_command("bench_search", remove_leftovers=True, stdout=output)

    assert "1 hubs van een afgebroken benchmark verwijderd" in output.getvalue()
    assert set(Hub.objects.values_list("slug", flat=True)) == hubs_before
    assert not IndexedDocument.objects.filter(source="bench:1").exists()
    assert IndexedDocument.objects.exists()  # the demo network's documents stay

    again = StringIO()
    call_command("bench_search", remove_leftovers=True, stdout=again)
    assert again.getvalue() == ""
