"""Five languages: a page is served only in the languages it exists in, with the right lang, dir,
hreflang, switcher and interface strings."""

import re

from django.db import connection
from django_tenants.utils import tenant_context
from wagtail.models import Locale, Page

from tests.conftest import hub_client


def _html(client, path, status=200):
    response = client.get(path)
    assert response.status_code == status, path
    return response.content.decode()


def test_translated_pages_carry_their_language_and_direction():
    client = hub_client("hardenberg")
    english = _html(client, "/en/ouders/")
    assert '<html lang="en" dir="ltr"' in english and "For parents" in english
    arabic = _html(client, "/ar/ouders/")
    assert '<html lang="ar" dir="rtl"' in arabic and "خروج سريع" in arabic  # "Snel weg"
    dutch = _html(client, "/ouders/")
    assert '<html lang="nl" dir="ltr"' in dutch and "Snel weg" in dutch


def test_the_switcher_and_hreflang_offer_only_existing_translations():
    client = hub_client("hardenberg")
    html = _html(client, "/ouders/")
    assert set(re.findall(r'hreflang="([a-z]{2})" href', html)) == {"nl", "en", "ar", "tr", "pl"}
    assert 'href="/pl/ouders/" lang="pl" hreflang="pl"' in html
    untranslated = _html(client, "/contact/")
    assert "hreflang" not in untranslated  # Dutch only: no switcher, no alternates


def test_a_page_that_does_not_exist_in_a_language_is_not_served_there():
    assert hub_client("hardenberg").get("/en/contact/").status_code == 404
    # Twente has no English pages at all; Wagtail would otherwise fall back to the Dutch home page.
    assert hub_client("twente").get("/en/").status_code == 404
    assert hub_client("twente").get("/").status_code == 200


def test_alias_pages_from_tree_synchronisation_are_not_served(hubs):
    with tenant_context(hubs["cranendonck"]):
        home = Page.objects.get(depth=2, locale__language_code="nl")
        # What wagtail-localize's tree synchronisation makes: an alias of the Dutch page.
        home.copy_for_translation(Locale.objects.get(language_code="pl"), alias=True)
    connection.set_schema_to_public()
    assert hub_client("cranendonck").get("/pl/").status_code == 404


def test_every_language_has_compiled_interface_strings():
    for language, expected in (("en", "Quick exit"), ("tr", "Hızlı çıkış"), ("pl", "Szybkie wyjście")):
        assert expected in _html(hub_client("helmond"), f"/{language}/")
