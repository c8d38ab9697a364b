"""An uncached hub page needs few database queries, whatever the size of its menu."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_tenants.utils import tenant_context

from pages.models import ContentPage, HomePage
from tests.conftest import hub_client

BUDGET = 10
PAGES = ["/", "/ouders/", "/ouders/uit-elkaar-waar-begint-u/", "/en/ouders/uit-elkaar-waar-begint-u/", "/inloopuur/"]


def _uncached_queries(client, path):
    client.get(path)  # the process's own caches (site, content types, header and footer) are warm
    client.cookies["sessionid"] = "geen-sessie"  # a visitor with a session bypasses the page cache
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, path
    assert response.get("X-Knooppunt-Cache") is None
    return len(queries)


@pytest.mark.parametrize("path", PAGES)
def test_a_hub_page_needs_at_most_ten_queries(path):
    assert _uncached_queries(hub_client("hardenberg"), path) <= BUDGET


def test_the_number_of_queries_does_not_grow_with_the_menu(hubs):
    before = _uncached_queries(hub_client("hardenberg"), "/ouders/")
    with tenant_context(hubs["hardenberg"]):
        home = HomePage.objects.get(locale__language_code="nl")
        for number in range(30):
            page = ContentPage(title=f"Menupagina {number}", slug=f"menupagina-{number}", show_in_menus=True)
            home.add_child(instance=page)
            page.save_revision().publish()
    connection.set_schema_to_public()
    client = hub_client("hardenberg")
    assert b"Menupagina 29" in client.get("/ouders/").content
    assert _uncached_queries(client, "/ouders/") <= max(before, BUDGET)
