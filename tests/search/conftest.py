"""
Search fixtures: an osmem-server (in-memory OpenSearch) for the session, and a fresh index on it
per test, filled from the federated index table as `rebuild_search_index` fills a cluster.
"""

import uuid

import pytest
from django.db import connection
from django.test import override_settings

from search.backends import get_search_backend


@pytest.fixture(scope="session")
def osmem():
    from osmem_server import OsmemServer

    server = OsmemServer.start(japanese=False)
    yield server
    server.close()


def engine_settings(url, index, backend="search.backends.opensearch"):
    return {"default": {"BACKEND": backend, "URLS": [url], "INDEX": index}}


@pytest.fixture
def on_osmem(osmem):
    """The OpenSearch backend on osmem as the default backend, with a copy of the demo index."""
    index = f"test-{uuid.uuid4().hex[:10]}"
    with override_settings(KNOOPPUNT_SEARCH_BACKENDS=engine_settings(osmem.url, index)):
        backend = get_search_backend()
        backend.rebuild()
        yield backend
        backend.indexing_client.indices.delete(index=index, ignore_unavailable=True)


def api(client, **params):
    response = client.get("/api/search/", params)
    # The request left the connection in the host's schema; the test reads the index next.
    connection.set_schema_to_public()
    assert response.status_code == 200, response.content[:300]
    return response.json()
