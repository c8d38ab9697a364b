"""When the cluster is down or slow, residents still get results from PostgreSQL, /healthz says
the search is degraded, and a reindex catches the cluster up when it is back."""

from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from osmem_server import OsmemServer

from search.backends import get_search_backend
from tests.conftest import HostClient, hub_client
from tests.search.conftest import api, engine_settings
from tests.search.test_indexing import WORD, add_page


def health(host="hardenberg.localhost"):
    response = HostClient(host).get("/healthz")
    connection.set_schema_to_public()
    return response.status_code, response.json()


def test_search_falls_back_to_postgres_when_osmem_stops_and_catches_up_after(hardenberg):
    server = OsmemServer.start(japanese=False)
    address = server.url.split("//", 1)[1]
    with override_settings(KNOOPPUNT_SEARCH_BACKENDS=engine_settings(server.url, "fallback")):
        backend = get_search_backend()
        backend.rebuild()
        assert health()[1]["search"]["engine"] == "up"
        assert api(hub_client("hardenberg"), q="scheiding")["results"][0]["hub"] == "hardenberg"

        server.close()

        body = api(hub_client("hardenberg"), q="scheiding")
        assert body["count"] > 0 and body["results"][0]["hub"] == "hardenberg"
        assert hub_client("hardenberg").get("/zoeken/", {"q": "scheiding"}).status_code == 200
        status, report = health()
        assert status == 200 and report["status"] == "degraded"
        assert report["search"]["engine"] == "down" and report["search"]["serving"] == "postgres"

        add_page(hardenberg)  # indexed in PostgreSQL; the cluster misses it
        assert [r["title"] for r in api(hub_client("hardenberg"), q=WORD)["results"]] == [f"Over de {WORD}"]
        assert health()[1]["search"]["stale"] is True

        server = OsmemServer.start(japanese=False, addr=address)
        try:
            call_command("rebuild_search_index", "--engine-only", stdout=open("/dev/null", "w"))
            hits = backend.client.search(index="fallback", body={"query": {"match": {"title_terms": "zwaluwstaartvlinder"}}})
            assert hits["hits"]["total"]["value"] == 1
            assert health()[1]["search"]["stale"] is False
        finally:
            server.close()


def test_a_slow_cluster_counts_as_down(osmem):
    # A black hole: nothing answers within the timeout (port of a listening socket that never replies).
    import socket

    with socket.socket() as sink:
        sink.bind(("127.0.0.1", 0))
        sink.listen(1)
        url = f"http://127.0.0.1:{sink.getsockname()[1]}"
        settings = engine_settings(url, "slow")
        settings["default"]["TIMEOUT"] = 0.3
        with override_settings(KNOOPPUNT_SEARCH_BACKENDS=settings):
            body = api(hub_client("helmond"), q="scheiding")

    assert body["count"] > 0


def test_the_elasticsearch_client_refuses_osmem_and_residents_still_get_results(osmem):
    with override_settings(KNOOPPUNT_SEARCH_BACKENDS=engine_settings(osmem.url, "es", backend="search.backends.elasticsearch")):
        backend = get_search_backend()
        try:
            backend.client.search(index="es", body={"query": {"match_all": {}}})
            refused = False
        except backend.engine_errors as error:
            refused = str(error)
        body = api(hub_client("hardenberg"), q="scheiding")
        status = backend.status()

    assert refused, "the elasticsearch client accepted osmem-server; update the README's verification table"
    assert body["count"] > 0 and body["results"][0]["hub"] == "hardenberg"
    assert status["degraded"] and status["serving"] == "postgres"
