"""The anonymous page cache: hits for residents, never across hubs or for editors, emptied on change."""

from django.db import connection
from django_tenants.utils import tenant_context

from pages import cache as page_cache
from tenants.branding.models import BrandingSettings
from tests.conftest import hub_client


def _get(client, path="/"):
    response = client.get(path)
    assert response.status_code == 200
    return response, response.get("X-Knooppunt-Cache")


def test_a_second_anonymous_view_comes_from_the_cache():
    client = hub_client("hardenberg")
    first, state = _get(client, "/ouders/")
    assert state == "miss"
    second, state = _get(client, "/ouders/")
    assert state == "hit"
    assert second.content == first.content
    assert second["Content-Type"].startswith("text/html")
    assert not second.cookies


def test_a_page_over_https_never_gets_the_plain_http_entry(settings):
    # HSTS goes only with HTTPS responses; an entry made over plain HTTP has none.
    settings.SECURE_HSTS_SECONDS = 3600
    client = hub_client("hardenberg")
    plain, _state = _get(client, "/contact/")
    response = client.get("/contact/", secure=True)

    assert "Strict-Transport-Security" not in plain
    assert response.status_code == 200 and response["Strict-Transport-Security"].startswith("max-age=3600")


def test_the_same_path_on_two_hubs_never_shares_an_entry():
    hardenberg, helmond = hub_client("hardenberg"), hub_client("helmond")
    _get(hardenberg, "/")
    _get(helmond, "/")
    from_hardenberg, state_h = _get(hardenberg, "/")
    from_helmond, state_m = _get(helmond, "/")
    assert (state_h, state_m) == ("hit", "hit")
    assert "Hardenberg" in from_hardenberg.content.decode() and "Helmond" not in from_hardenberg.content.decode()
    assert "Helmond" in from_helmond.content.decode() and "Hardenberg" not in from_helmond.content.decode()


def test_logged_in_editors_never_get_or_fill_the_cache(editor_client):
    anonymous = hub_client("hardenberg")
    _get(anonymous, "/")
    editor = editor_client("hardenberg")
    response, state = _get(editor, "/")
    assert state is None
    assert b"wagtail-userbar" in response.content or b"userbar" in response.content
    cached, state = _get(anonymous, "/")
    assert state == "hit" and b"userbar" not in cached.content


def test_requests_with_a_query_string_and_admin_pages_are_not_cached():
    client = hub_client("hardenberg")
    for _ in range(2):
        _response, state = _get(client, "/zoeken/?q=ouders")
    assert state is None


def test_publishing_a_page_empties_only_that_hubs_cache(hubs):
    hardenberg, helmond = hub_client("hardenberg"), hub_client("helmond")
    _get(hardenberg, "/ouders/")
    _get(helmond, "/")
    with tenant_context(hubs["hardenberg"]):
        from pages.models import AudiencePage

        page = AudiencePage.objects.get(slug="ouders", locale__language_code="nl")
        page.title = "Voor moeders en vaders"
        page.save_revision().publish()
    connection.set_schema_to_public()

    response, state = _get(hardenberg, "/ouders/")
    assert state == "miss" and "Voor moeders en vaders" in response.content.decode()
    _response, state = _get(helmond, "/")
    assert state == "hit"


def test_unpublishing_empties_the_cache_and_the_page_is_gone(hubs):
    client = hub_client("hardenberg")
    _get(client, "/over-ons/")
    with tenant_context(hubs["hardenberg"]):
        from wagtail.models import Page

        Page.objects.get(slug="over-ons", locale__language_code="nl").unpublish()
    connection.set_schema_to_public()
    assert client.get("/over-ons/").status_code == 404


def test_a_branding_change_empties_the_hubs_cache(hubs):
    client = hub_client("helmond")
    _get(client, "/")
    with tenant_context(hubs["helmond"]):
        branding = BrandingSettings.objects.get()
        branding.hub_name = "Samen Ouder Helmond"
        branding.save()
    connection.set_schema_to_public()
    response, state = _get(client, "/")
    assert state == "miss" and "Samen Ouder Helmond" in response.content.decode()


def test_invalidate_hub_and_invalidate_network_are_there_for_other_code(hubs):
    hardenberg, helmond = hub_client("hardenberg"), hub_client("helmond")
    for client in (hardenberg, helmond):
        _get(client, "/")
    page_cache.invalidate_hub(hubs["hardenberg"])
    assert _get(hardenberg, "/")[1] == "miss"
    assert _get(helmond, "/")[1] == "hit"

    page_cache.invalidate_network()
    assert _get(hardenberg, "/")[1] == "miss"
    assert _get(helmond, "/")[1] == "miss"


def test_a_network_wide_save_through_the_gateway_empties_every_hub(hubs):
    client = hub_client("twente")
    _get(client, "/")
    connection.set_schema_to_public()
    hub = hubs["cranendonck"]
    hub.name = hub.name + " "
    hub.save()
    assert _get(client, "/")[1] == "miss"
