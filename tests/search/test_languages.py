"""A resident reading in English gets the English version of a page when there is one."""

from django.db import connection
from django_tenants.utils import tenant_context
from wagtail.models import Locale, Page

from tests.conftest import hub_client
from tests.search.conftest import api


def test_results_come_in_the_residents_language_when_the_page_exists_in_it(hardenberg):
    with tenant_context(hardenberg):
        english, _ = Locale.objects.get_or_create(language_code="en")
        dutch_page = Page.objects.get(slug="geld-en-regelingen").specific
        translation = dutch_page.copy_for_translation(english, copy_parents=True)
        translation.title = "Money and arrangements: child maintenance"
        translation.save_revision().publish()

    dutch = api(hub_client("hardenberg"), q="alimentatie")["results"]
    in_english = api(hub_client("hardenberg"), q="alimentatie", lang="en")["results"]
    english_page = hub_client("hardenberg").get("/en/zoeken/", {"q": "alimentatie"}).content.decode()
    connection.set_schema_to_public()

    assert dutch[0]["title"] == dutch_page.title
    assert not [result for result in dutch if result["title"].startswith("Money")]
    assert in_english[0]["title"] == "Money and arrangements: child maintenance"
    assert "/en/" in in_english[0]["url"]
    assert dutch_page.title not in [result["title"] for result in in_english]
    assert "Money and arrangements" in english_page
