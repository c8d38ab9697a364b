"""An uncached hub page needs few database queries, whatever the size of its menu.

The hardest case is the first view after a publish: the hub's generation is new, so nothing of
the hub is kept (site, routes, header and footer, fragments) and the page is built from the
database, in a worker that has served pages before (its content types are known).

"Uncached": the page cache is bypassed. Once a page's fragments are in the cache it needs none;
with fragments that are not kept (KNOOPPUNT_PAGE_CACHE_SECONDS=0: every fragment is built
again, as on the first view after a fragment expired) the page is built from the database, with
what is kept per hub generation (site, routes, header data) warm.
"""

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django_tenants.utils import tenant_context

from pages.models import AudiencePage, ContentPage, HomePage
from tests.conftest import hub_client

BUDGET = 10
PAGES = ["/", "/ouders/", "/ouders/uit-elkaar-waar-begint-u/", "/en/ouders/uit-elkaar-waar-begint-u/", "/inloopuur/"]


def _asked(queries):
    # django-tenants sets the schema once per connection and hub; that is not a question.
    return [query["sql"] for query in queries if not query["sql"].startswith("SET search_path")]


@pytest.mark.parametrize("path", PAGES)
def test_the_first_view_after_a_publish_needs_at_most_ten_queries(path, hubs):
    client = hub_client("hardenberg")
    client.get(path)
    with tenant_context(hubs["hardenberg"]):
        page = AudiencePage.objects.get(slug="ouders", locale__language_code="nl")
        page.title = "Ouders (bijgewerkt)"
        page.save_revision().publish()
    connection.set_schema_to_public()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, path
    assert response["X-Knooppunt-Cache"] == "miss"  # built now, not served from before the publish
    if not path.startswith("/en/"):
        assert "Ouders (bijgewerkt)" in response.content.decode()  # the menu shows the new title
    # Counted with django-tenants' `SET search_path`: every statement sent to the database.
    assert len(queries) <= BUDGET, [query["sql"][:120] for query in queries]


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


@pytest.mark.parametrize("path", PAGES)
@override_settings(KNOOPPUNT_PAGE_CACHE_SECONDS=0)
def test_a_hub_page_built_without_its_fragments_needs_at_most_ten_queries(path):
    assert _uncached_queries(hub_client("hardenberg"), path) <= BUDGET


def test_with_its_fragments_a_page_asks_the_database_only_for_the_session():
    client = hub_client("hardenberg")
    client.get("/ouders/uit-elkaar-waar-begint-u/")
    client.cookies["sessionid"] = "geen-sessie"
    with CaptureQueriesContext(connection) as queries:
        client.get("/ouders/uit-elkaar-waar-begint-u/")
    asked = _asked(queries)
    assert len(asked) == 1 and '"django_session"' in asked[0]


@override_settings(KNOOPPUNT_PAGE_CACHE_SECONDS=0)
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
