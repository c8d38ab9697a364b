"""The results page residents see on every hub and on the portal."""

import inspect
import re
from urllib.parse import quote, unquote, urlsplit

import pytest
from django.db import connection
from django.db.models import Q
from django.utils import timezone

from demo.content import hardenberg as hardenberg_content
from search.models import IndexedDocument, SearchClick, SearchStatistic
from tenants.models import Hub
from tests.conftest import HostClient, hub_client
from tests.search.conftest import api


def result_links(html):
    listing = html.split('class="kp-results"', 1)[1].split("</ol>", 1)[0]
    return re.findall(r'href="/zoeken/naar/\?[^"]*naar=([^"&]+)', listing)


def page(slug, **params):
    response = hub_client(slug).get("/zoeken/", params)
    connection.set_schema_to_public()
    assert response.status_code == 200
    return response.content.decode()


def test_a_resident_finds_the_hubs_own_pages_in_dutch():
    links = result_links(page("cranendonck", q="inloopspreekuur"))

    assert links[0] == quote("http://cranendonck.localhost/inloopspreekuur/", safe="")


def test_search_understands_dutch_word_forms():
    # Hardenberg's pages say "vechtscheiding", never "vechtscheidingen": only stemming connects them.
    assert "vechtscheidingen" not in inspect.getsource(hardenberg_content)

    links = result_links(page("hardenberg", q="vechtscheidingen"))

    assert quote("http://hardenberg.localhost/ouders/als-praten-moeilijk-wordt/", safe="") in links[:3]


def test_the_own_hubs_pages_come_first_then_the_rest_of_the_network():
    links = result_links(page("helmond", q="scheiding"))

    hubs = [re.match(r"http%3A%2F%2F([a-z]+)\.localhost", link).group(1) for link in links]
    assert hubs[0] == "helmond"
    assert hubs == sorted(hubs, key=lambda hub: hub != "helmond")


def test_the_scope_switch_keeps_the_search_in_this_hub():
    html = page("helmond", q="Cranendonck", scope="hub")

    assert "cranendonck.localhost" not in html
    assert 'aria-current="true">Deze hub' in html


def test_matches_are_highlighted_in_the_snippets():
    html = page("hardenberg", q="alimentatie")

    assert re.search(r"<mark>(Kinder|Partner)?alimentatie</mark>", html, re.IGNORECASE)


def test_a_synonym_phrase_is_highlighted_only_where_it_stands_whole():
    # "scheiding" also finds "uit elkaar gaan"; marking "uit" and "gaan" wherever they stood
    # lit up half the words of a snippet.
    html = page("hardenberg", q="scheiding").lower()

    assert "<mark>uit</mark> <mark>elkaar</mark>" in html
    assert html.count("<mark>uit</mark>") == html.count("<mark>uit</mark> <mark>elkaar</mark>")
    assert "<mark>gaan</mark>" not in html.replace("<mark>elkaar</mark> <mark>gaan</mark>", "")


def test_a_partner_service_meant_for_one_hub_says_which():
    # One organisation runs the same youth group in each of the four hubs.
    html = page("hardenberg", q="jongerengroep")
    items = re.findall(r'<li>\s*<a href="[^"]*">([^<]*)</a>\s*<span class="kp-kind">([^<]*)</span>', html)
    labels = [label for title, label in items if title.startswith("Jongerengroep")]

    assert len(labels) == 4 and len(set(labels)) == 4
    assert any("Helmond" in label for label in labels)


def test_a_typo_gets_did_you_mean_and_results():
    html = page("hardenberg", q="mediatior")

    assert "Bedoelde u" in html and "mediator" in html
    assert result_links(html)


def test_a_search_that_finds_nothing_offers_walk_in_hours_phone_and_helplines():
    html = page("cranendonck", q="qqxyzzy")

    assert "0 resultaten" in html
    assert "Kom langs op het inloopspreekuur" in html and "/inloopspreekuur/" in html
    assert 'href="tel:' in html
    assert "De Kindertelefoon" in html and "0800 0432" in html


def walk_ins_offered(html):
    """(title, what follows it) of each walk-in session the no-results page offers."""
    if "Kom langs op het inloopspreekuur" not in html:
        return []
    listing = html.split("Kom langs op het inloopspreekuur", 1)[1].split("</ul>", 1)[0]
    return re.findall(r'<li><a href="[^"]+">([^<]+)</a>(?:: ([^<]*))?</li>', listing)


@pytest.mark.parametrize(
    "slug, days",
    [("hardenberg", ["dinsdag", "woensdag", "donderdag"]), ("helmond", ["maandag", "woensdag", "vrijdag"])],
)
def test_a_search_that_finds_nothing_lists_the_walk_in_hours_in_week_order(slug, days):
    # Sorted by title they came dinsdag, donderdag, woensdag.
    offered = walk_ins_offered(page(slug, q="qqxyzzy"))

    assert [re.search(r"elke (\w+)", title).group(1) for title, _summary in offered] == days


def test_the_walk_in_hours_say_where_and_with_whom_in_sentences():
    offered = dict(walk_ins_offered(page("hardenberg", q="qqxyzzy")))

    assert offered["Inloopuur Samen Doen: elke dinsdag 09:00–10:00"] == (
        "Samen Doen Hardenberg, spreekkamer 1. Met een medewerker van Samen Doen en een maatschappelijk werker."
    )
    # Each sentence starts with a capital ("spreekkamer 1. een medewerker" it was).
    assert not [summary for summary in offered.values() if re.search(r"\. [a-z]", summary)]


def test_walk_in_hours_only_for_professionals_are_not_offered_to_residents():
    # Twente's only walk-in hours are its "Spreekuur voor professionals" (the directory says for whom).
    help_offered = page("twente", q="qqxyzzy").split('class="kp-search-empty"', 1)[1]

    assert walk_ins_offered(help_offered) == [] and "Spreekuur voor professionals" not in help_offered
    assert "Landelijke hulplijnen" in help_offered
    for_professionals = api(hub_client("twente"), q="spreekuur", kind="inloopspreekuur", audience="professionals", scope="hub")
    assert for_professionals["count"] == 2


def test_a_search_that_finds_nothing_offers_the_suicide_prevention_line():
    html = page("cranendonck", q="qqxyzzy")

    line = html.split("<strong>113 Zelfmoordpreventie</strong>", 1)[1].split("</li>", 1)[0]
    assert '<a href="tel:08000113">0800 0113</a>' in line
    assert "Denkt u aan zelfmoord?" in line and "113 bellen" in line
    assert '<a href="https://www.113.nl">Website van 113 Zelfmoordpreventie</a>' in line


def test_the_portal_searches_every_hub(portal_client):
    html = portal_client.get("/zoeken/", {"q": "inloopspreekuur"}).content.decode()

    hubs = {match.group(1) for link in result_links(html) if (match := re.match(r"http%3A%2F%2F([a-z]+)\.localhost", link))}
    assert {"cranendonck", "hardenberg", "helmond"} <= hubs
    assert "Deze hub" not in html


def answers(host, url):
    """The status of `url` as a browser showing a result on `host` gets it (a path stays on `host`)."""
    parts = urlsplit(url)
    response = HostClient(parts.netloc or host).get(parts._replace(scheme="", netloc="").geturl())
    connection.set_schema_to_public()
    return response.status_code


def test_the_portals_first_result_for_a_national_helpline_opens(portal_client):
    # It linked to a hub's path (/hulp-in-de-buurt/<id>/), which the portal did not serve.
    html = portal_client.get("/zoeken/", {"q": "kindertelefoon"}).content.decode()
    first = unquote(result_links(html)[0])

    assert "/hulp-in-de-buurt/" in first
    assert answers("localhost", first) == 200
    assert "0800 0432" in portal_client.get(first).content.decode()


def test_every_result_links_to_a_page_that_answers_where_it_is_shown():
    # What each host may show in its widest scope ("overal"): the portal everything, a hub every
    # hub's things and the network's things of the plugins switched on there (and the portal's
    # own pages). A result's URL is absolute, or a path that every host showing it serves.
    live = IndexedDocument.objects.filter(Q(published_until__isnull=True) | Q(published_until__gt=timezone.now()))
    shown = {"localhost": live}
    for hub in Hub.objects.hubs():
        shown[f"{hub.slug}.localhost"] = live.filter(Q(hub__isnull=False) | Q(plugin__in=["", *hub.enabled_plugins]))
    checked, dead = set(), []
    for host, documents in shown.items():
        for url in documents.values_list("url", flat=True).distinct():
            target = url if urlsplit(url).netloc else (host, url)
            if target not in checked:
                checked.add(target)
                if answers(host, url) != 200:
                    dead.append((host, url))

    assert len(checked) > 200
    assert not dead


def test_the_walk_in_plugin_adds_its_sessions_to_the_search():
    html = page("cranendonck", q="woensdag")

    assert "Inloopspreekuur" in html
    assert "woensdag" in html.lower()


def test_facets_filter_the_results():
    html = page("cranendonck", q="inloopspreekuur", kind="inloopspreekuur", scope="hub")

    assert 'aria-current="true">Inloopspreekuur' in html
    listing = html.split('class="kp-results"', 1)[1].split("</ol>", 1)[0]
    assert listing.count('<span class="kp-kind">Inloopspreekuur') == listing.count("<li>")


@pytest.mark.parametrize(
    "query",
    ["'); DROP TABLE wagtailcore_page; --", "a & | ! :* (", "\x00", "x" * 5000, "<script>alert(1)</script>", "   ", "🙂👪", "طلاق"],
)
def test_hostile_queries_get_a_normal_answer(query):
    response = hub_client("twente").get("/zoeken/", {"q": query})

    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_a_click_is_counted_without_anything_about_the_resident(hardenberg):
    SearchClick.objects.all().delete()
    target = "http://hardenberg.localhost/ouders/geld-en-regelingen/"
    response = hub_client("hardenberg").get(
        "/zoeken/naar/", {"q": "Alimentatie", "naar": target}, REMOTE_ADDR="203.0.113.9", HTTP_USER_AGENT="Testbrowser/1.0"
    )

    connection.set_schema_to_public()
    assert response.status_code == 302 and response["Location"] == target
    click = SearchClick.objects.get(hub=hardenberg, query="alimentatie")
    assert click.clicks == 1
    stored = " ".join(str(value) for value in SearchClick.objects.values().first().values())
    assert "203.0.113.9" not in stored and "Testbrowser" not in stored
    assert not response.cookies


def test_the_click_endpoint_follows_only_urls_in_the_index():
    response = hub_client("hardenberg").get("/zoeken/naar/", {"q": "x", "naar": "https://evil.example.com/"})

    assert response.status_code == 404


def test_searches_are_counted_per_hub_and_query(hardenberg):
    SearchStatistic.objects.all().delete()  # the browser tests' server searched too
    client = hub_client("hardenberg")
    client.get("/zoeken/", {"q": "Scheiding "}, REMOTE_ADDR="203.0.113.9")
    client.get("/zoeken/", {"q": "scheiding"})
    client.get("/zoeken/", {"q": "qqxyzzy"})
    connection.set_schema_to_public()

    assert SearchStatistic.objects.get(hub=hardenberg, query="scheiding").searches == 2
    assert SearchStatistic.objects.get(hub=hardenberg, query="qqxyzzy").without_results == 1
    field_names = {field.name for field in SearchStatistic._meta.get_fields()}
    assert not field_names & {"ip", "ip_address", "session", "session_key", "user_agent", "cookie"}


def test_what_identifies_a_resident_in_a_query_is_not_stored(hardenberg):
    SearchStatistic.objects.all().delete()
    client = hub_client("hardenberg")
    client.get("/zoeken/", {"q": "bel mij 06-123 456 78 of mail jan.jansen@example.nl over 1234 AB omgang 2 weken"})
    client.get("/zoeken/", {"q": "omgang", "kind": "partner"})  # a filter narrowing a search: not a new search
    client.head("/zoeken/", {"q": "omgang"})
    connection.set_schema_to_public()

    stored = list(SearchStatistic.objects.filter(hub=hardenberg).values_list("query", flat=True))
    assert stored == ["bel mij (nummer) of mail (e-mailadres) over (postcode) omgang 2 weken"]


def test_the_search_page_sets_no_cookies_and_is_not_indexed_by_crawlers():
    response = hub_client("helmond").get("/zoeken/", {"q": "scheiding"})

    assert not response.cookies
    assert '<meta name="robots" content="noindex">' in response.content.decode()


@pytest.mark.parametrize(
    "query, helpline, not_suggested",
    [("ik wil dood", "113 Zelfmoordpreventie", "door"), ("mijn man slaat me", "Veilig Thuis", "staat")],
)
def test_a_resident_in_danger_gets_the_helpline_first_and_no_correction(query, helpline, not_suggested):
    html = page("hardenberg", q=query)

    crisis = html.split('class="kp-search-crisis"', 1)[1].split("</section>", 1)[0] if 'class="kp-search-crisis"' in html else ""
    assert helpline in crisis and 'href="tel:' in crisis
    assert "Bedoelde u" not in html and not_suggested not in html.split('<p role="status">', 1)[0]


def test_an_ordinary_search_shows_no_crisis_helplines():
    assert 'class="kp-search-crisis"' not in page("hardenberg", q="scheiding")


def test_a_compound_the_index_does_not_hold_finds_its_head():
    # No page says "scheidingsmediator"; many say "mediator".
    assert "scheidingsmediator" not in str(list(IndexedDocument.objects.values_list("body", flat=True)))

    links = result_links(page("hardenberg", q="scheidingsmediator"))

    assert links


def test_the_scope_links_leave_another_hubs_filter_behind():
    html = page("hardenberg", q="scheiding", hub="twente")
    scopes = html.split('class="kp-search-scopes"', 1)[1].split("</nav>", 1)[0]

    assert "hub=twente" not in scopes
    assert "<mark>" in page("hardenberg", q="scheiding", scope="hub")


def test_a_good_word_the_pages_do_not_use_is_not_swapped_among_words_that_match():
    # "berekenen" is in no page; "betekenen" is, and its pages came first.
    with_unknown = result_links(page("hardenberg", q="alimentatie berekenen"))

    assert with_unknown[:3] == result_links(page("hardenberg", q="alimentatie"))[:3]
