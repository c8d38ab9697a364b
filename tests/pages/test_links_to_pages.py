"""A resident page never links to a page residents cannot open: unpublished, expired or private.

Expired means its expiry time has passed, also before the scheduler has unpublished it: from that
moment the page answers 404 (scheduling.expiry), so the lists and links that pointed to it, the
cached ones included, must have let go of it too.
"""

import re
import time
from datetime import timedelta

from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from tests.conftest import hub_client

CHILD = "/ouders/uit-elkaar-waar-begint-u/"  # a card on /ouders/, and a "Snel naar" link on the home page


def _hrefs(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return set(re.findall(r'href="([^"]+)"', response.content.decode()))


def _nl(slug):
    return Page.objects.get(slug=slug, locale__language_code="nl")


def _publish_with(page, **fields):
    page = page.specific
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()


def test_pages_leave_every_list_and_link_the_moment_they_expire(hardenberg, in_hub):
    expires = timezone.now() + timedelta(seconds=8)
    with in_hub(hardenberg):
        for slug in ("uit-elkaar-waar-begint-u", "contact", "kinderen-en-jongeren"):
            _publish_with(_nl(slug), expire_at=expires)
        english_parents = Page.objects.get(translation_key=_nl("ouders").translation_key, locale__language_code="en")
        _publish_with(english_parents, expire_at=expires)
    client = hub_client("hardenberg")
    home, parents = _hrefs(client, "/"), _hrefs(client, "/ouders/")
    below_expired = _hrefs(client, "/kinderen-en-jongeren/mijn-ouders-gaan-uit-elkaar/")
    assert client.get("/")["X-Knooppunt-Cache"] == "hit"
    assert {CHILD, "/kinderen-en-jongeren/", "/contact/"} <= home
    assert {CHILD, "/en/ouders/"} <= parents
    assert "/kinderen-en-jongeren/" in below_expired
    assert timezone.now() < expires, "the pages expired before the test could look at them"

    time.sleep((expires - timezone.now()).total_seconds() + 1.1)

    # Before any scheduler pass: still live in the database, yet gone from every list and link,
    # also where the page came from the page cache.
    with in_hub(hardenberg):
        assert _nl("uit-elkaar-waar-begint-u").live
    assert client.get(CHILD).status_code == 404
    home = _hrefs(client, "/")
    assert CHILD not in home  # "Snel naar"
    assert "/kinderen-en-jongeren/" not in home  # the audience routes and the main menu
    assert "/contact/" not in home  # the main menu and the footer
    assert "/kinderen-en-jongeren/mijn-ouders-gaan-uit-elkaar/" in home  # its neighbour in "Snel naar" stays
    parents = _hrefs(client, "/ouders/")
    assert CHILD not in parents  # the child cards
    assert "/en/ouders/" not in parents  # the language switcher and hreflang
    below_expired = client.get("/kinderen-en-jongeren/mijn-ouders-gaan-uit-elkaar/").content.decode()
    assert 'href="/kinderen-en-jongeren/"' not in below_expired
    assert "Voor kinderen" in below_expired.split("Kruimelpad")[1]  # the breadcrumb stays, as text


def test_an_unpublished_page_leaves_the_quick_links_of_the_home_page(hardenberg, in_hub):
    client = hub_client("hardenberg")
    assert "/ouders/tijdelijk-wonen/" in _hrefs(client, "/")
    with in_hub(hardenberg):
        _nl("tijdelijk-wonen").specific.unpublish()

    home = client.get("/").content.decode()

    assert "/ouders/tijdelijk-wonen/" not in home and "Tijdelijk wonen na de scheiding" not in home
    assert 'href="/ouders/uit-elkaar-waar-begint-u/"' in home


def test_a_private_page_leaves_the_quick_links_and_the_footer(hardenberg, in_hub):
    client = hub_client("hardenberg")
    home = _hrefs(client, "/")
    assert {"/professionals/vroeg-signaleren/", "/privacy/"} <= home
    with in_hub(hardenberg):
        for slug in ("vroeg-signaleren", "privacy"):
            PageViewRestriction.objects.create(
                page=_nl(slug), restriction_type=PageViewRestriction.PASSWORD, password="alleen-voor-ons"
            )

    home = _hrefs(client, "/")

    assert "/professionals/vroeg-signaleren/" not in home
    assert "/privacy/" not in home
    assert "/professionals/vroeg-signaleren/" not in _hrefs(client, "/professionals/")


def test_a_deleted_page_leaves_no_empty_link(hardenberg, in_hub):
    with in_hub(hardenberg):
        _nl("tijdelijk-wonen").delete()

    html = hub_client("hardenberg").get("/").content.decode()

    assert 'href=""' not in html and "Tijdelijk wonen na de scheiding" not in html


def test_a_text_link_to_a_page_residents_cannot_open_keeps_its_words_without_the_link(hardenberg, in_hub):
    from wagtail.rich_text import RichText

    with in_hub(hardenberg):
        target = _nl("tijdelijk-wonen")
        page = _nl("samen-ouder-blijven").specific
        page.body.append(("paragraph", RichText(f'<p>Lees ook <a linktype="page" id="{target.pk}">over tijdelijk wonen</a>.</p>')))
        page.save_revision().publish()
    client = hub_client("hardenberg")
    assert '<a href="/ouders/tijdelijk-wonen/">over tijdelijk wonen</a>' in client.get("/ouders/samen-ouder-blijven/").content.decode()
    with in_hub(hardenberg):
        target.specific.unpublish()

    html = client.get("/ouders/samen-ouder-blijven/").content.decode()

    assert "Lees ook <a>over tijdelijk wonen</a>." in html
