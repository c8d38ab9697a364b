"""Fragments of residents' pages (pages.templatetags.fragment_cache): per hub, emptied with the
hub's generation, never filled or read for editors, previews or drafts.

Every view here carries a session cookie that is no session, so the page cache is bypassed and
the page is built from its fragments, as the benchmark's "uncached" figure does.
"""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django_tenants.utils import tenant_context
from wagtail.models import Page

from pages.models import AudiencePage, ContentPage
from tenants.branding.models import BrandingSettings
from tests.conftest import hub_client

CONTENT_PAGE = "/ouders/uit-elkaar-waar-begint-u/"


def _resident(slug):
    client = hub_client(slug)
    client.cookies["sessionid"] = "geen-sessie"
    return client


def _view(client, path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    connection.set_schema_to_public()
    assert response.status_code == 200, path
    assert response.get("X-Knooppunt-Cache") is None, "the page cache must be bypassed here"
    return response.content.decode(), len(queries)


def test_a_second_view_is_built_from_fragments_without_queries():
    client = _resident("hardenberg")
    first, _queries = _view(client, CONTENT_PAGE)
    second, queries = _view(client, CONTENT_PAGE)
    assert second == first
    assert queries == 0


def test_two_hubs_with_the_same_paths_never_share_a_fragment():
    hardenberg, helmond = _resident("hardenberg"), _resident("helmond")
    for path in ("/ouders/", "/contact/", "/privacy/"):
        for _ in range(2):  # the second view of each comes from its hub's fragments
            from_hardenberg, _queries = _view(hardenberg, path)
            from_helmond, _queries = _view(helmond, path)
        assert "Hardenberg" in from_hardenberg and "Helmond" not in from_hardenberg, path
        assert "Helmond" in from_helmond and "Hardenberg" not in from_helmond, path


def test_a_published_title_shows_in_the_menu_of_other_pages_at_once(hubs):
    client = _resident("hardenberg")
    for _ in range(2):
        before, _queries = _view(client, CONTENT_PAGE)
    assert "Voor ouders" in before
    with tenant_context(hubs["hardenberg"]):
        page = AudiencePage.objects.get(slug="netwerk", locale__language_code="nl")
        page.title = "Voor grootouders en vrienden"
        page.save_revision().publish()
    connection.set_schema_to_public()
    after, _queries = _view(client, CONTENT_PAGE)
    assert "Voor grootouders en vrienden" in after
    assert "Voor familie, vrienden en omgeving" not in after
    contact, _queries = _view(client, "/contact/")
    assert "Voor grootouders en vrienden" in contact


def test_an_unpublished_page_is_gone_although_its_route_was_kept(hubs):
    client = _resident("hardenberg")
    for _ in range(2):
        _view(client, "/over-ons/")
    with tenant_context(hubs["hardenberg"]):
        Page.objects.get(slug="over-ons", locale__language_code="nl").unpublish()
    connection.set_schema_to_public()
    assert client.get("/over-ons/").status_code == 404
    home, _queries = _view(client, "/")
    assert "Over het knooppunt" not in home


def test_a_branding_change_shows_at_once(hubs):
    client = _resident("helmond")
    for _ in range(2):
        before, _queries = _view(client, CONTENT_PAGE.replace("uit-elkaar-waar-begint-u", "hulp-bij-scheiden"))
    with tenant_context(hubs["helmond"]):
        branding = BrandingSettings.objects.get()
        branding.hub_name = "Samen Ouder Helmond"
        branding.contact_phone = "0492 00 00 99"
        branding.save()
    connection.set_schema_to_public()
    after, _queries = _view(client, "/ouders/hulp-bij-scheiden/")
    assert "Samen Ouder Helmond" in after and "0492 00 00 99" in after
    assert "Samen Ouder Helmond" not in before


def test_a_draft_seen_in_preview_never_reaches_residents(hubs, editor_client):
    resident = _resident("hardenberg")
    for _ in range(2):
        _view(resident, CONTENT_PAGE)
    with tenant_context(hubs["hardenberg"]):
        page = ContentPage.objects.get(slug="uit-elkaar-waar-begint-u", locale__language_code="nl")
        page.title = "Conceptkop die nog niet live is"
        page.intro = "Concepttekst die nog niet live is."
        page.save_revision()
        page_id = page.pk
        draft_url = reverse("wagtailadmin_pages:view_draft", args=[page_id])
    connection.set_schema_to_public()

    editor = editor_client("hardenberg")
    for _ in range(2):
        preview = editor.get(draft_url)
        assert preview.status_code == 200
        assert "Conceptkop die nog niet live is" in preview.content.decode()
    connection.set_schema_to_public()

    for client in (resident, _resident("hardenberg")):
        live, _queries = _view(client, CONTENT_PAGE)
        assert "Conceptkop" not in live and "Concepttekst" not in live
        assert "Uit elkaar: waar begint u?" in live


def test_logged_in_editors_neither_fill_nor_read_fragments(editor_client):
    editor = editor_client("hardenberg")
    for _ in range(2):
        assert editor.get(CONTENT_PAGE).status_code == 200
    connection.set_schema_to_public()
    _page, queries = _view(_resident("hardenberg"), CONTENT_PAGE)
    assert queries > 0, "the editor's views must not have filled the residents' fragments"

    # With the residents' fragments warm, an editor's view still builds the page itself: the
    # pages its body links to are looked up (a query only the body fragment being built makes;
    # a resident's view of the warm fragments asks nothing, as the test above shows).
    _view(_resident("hardenberg"), CONTENT_PAGE)
    with CaptureQueriesContext(connection) as queries:
        assert editor.get(CONTENT_PAGE).status_code == 200
    connection.set_schema_to_public()
    assert any('FROM "wagtailcore_page" WHERE "wagtailcore_page"."id" IN (' in query["sql"] for query in queries)
