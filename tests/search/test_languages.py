"""A resident reading in another language gets that version of a page when there is one."""

from django.db import connection

from tests.conftest import hub_client
from tests.search.conftest import api

DUTCH, ENGLISH = "Uit elkaar: waar begint u?", "Separating: where do you start?"


def test_results_come_in_the_residents_language_when_the_page_exists_in_it():
    # The demo translates Hardenberg's first-steps page into English.
    dutch = [result["title"] for result in api(hub_client("hardenberg"), q="mediator")["results"]]
    english = api(hub_client("hardenberg"), q="mediator", lang="en")["results"]
    english_page = hub_client("hardenberg").get("/en/zoeken/", {"q": "mediator"}).content.decode()
    connection.set_schema_to_public()

    assert DUTCH in dutch and ENGLISH not in dutch
    titles = [result["title"] for result in english]
    assert ENGLISH in titles and DUTCH not in titles
    assert "/en/" in english[titles.index(ENGLISH)]["url"]
    assert ENGLISH in english_page
    # Pages without an English version still come, in Dutch.
    assert any(result["url"].startswith("http://hardenberg.localhost/") and "/en/" not in result["url"] for result in english)


def test_a_page_found_by_its_dutch_words_comes_in_the_residents_language():
    # A resident reading English who types Dutch words ("uit elkaar") matches only the Dutch
    # version of the page; the English version exists, so that is the one shown.
    english = api(hub_client("hardenberg"), q="uit elkaar waar begint", lang="en", scope="hub")["results"]
    connection.set_schema_to_public()

    titles = [result["title"] for result in english]
    assert ENGLISH in titles and DUTCH not in titles
    assert "/en/" in english[titles.index(ENGLISH)]["url"]


def test_a_dutch_resident_typing_english_words_gets_the_dutch_version():
    dutch = api(hub_client("hardenberg"), q="separating where start", scope="hub")["results"]
    connection.set_schema_to_public()

    titles = [result["title"] for result in dutch]
    assert DUTCH in titles and ENGLISH not in titles


def test_a_result_in_another_language_than_the_page_says_which():
    html = hub_client("hardenberg").get("/ar/zoeken/", {"q": "scheiding"}).content.decode()
    connection.set_schema_to_public()

    assert '<li lang="nl" dir="ltr">' in html
