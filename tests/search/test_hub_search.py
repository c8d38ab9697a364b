import inspect

import pytest

from demo.content import hardenberg as hardenberg_content
from tests.conftest import hub_client


def test_a_resident_finds_the_hubs_own_pages_in_dutch():
    html = hub_client("cranendonck").get("/zoeken/", {"q": "inloopspreekuur"}).content.decode()

    assert 'href="/inloopspreekuur/"' in html.split("kp-results", 1)[1]


def test_search_understands_dutch_word_forms():
    # Hardenberg's pages say "vechtscheiding", never "vechtscheidingen": only the Dutch stemmer
    # connects the two.
    assert "vechtscheidingen" not in inspect.getsource(hardenberg_content)

    html = hub_client("hardenberg").get("/zoeken/", {"q": "vechtscheidingen"}).content.decode()

    assert 'href="/ouders/als-praten-moeilijk-wordt/"' in html.split("kp-results", 1)[1]


def test_search_stays_inside_the_hub():
    html = hub_client("helmond").get("/zoeken/", {"q": "Cranendonck"}).content.decode()

    assert "Kind- en scheidingsloket" not in html
    assert "cranendonck.localhost" not in html


def test_the_walk_in_plugin_adds_its_sessions_to_the_search():
    html = hub_client("cranendonck").get("/zoeken/", {"q": "woensdag"}).content.decode()

    assert "inloopspreekuur" in html.lower()
    assert "woensdag" in html


@pytest.mark.parametrize(
    "query",
    ["'); DROP TABLE wagtailcore_page; --", "a & | ! :* (", "\x00", "x" * 5000, "<script>alert(1)</script>", "   "],
)
def test_hostile_queries_get_a_normal_answer(query):
    response = hub_client("twente").get("/zoeken/", {"q": query})

    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()
