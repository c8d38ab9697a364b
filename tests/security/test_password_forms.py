"""Guessing the password of a page or a document folder is cut off as guessing a login is."""

import re

from axes.models import AccessAttempt
from django.db.models import Sum
from django.test import override_settings
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction, Site

from demo.loader import REGIONAL_COORDINATORS
from pages.models import ContentPage
from tests.conftest import HostClient, hub_client

LOCKED_TEXT = "Inloggen lukt even niet"
PASSWORD = "Ouders-Avond-2024"


def _private_page(hub, in_hub, slug, password=PASSWORD):
    """A published page of `hub` behind a password; returns the path of its password form."""
    with in_hub(hub):
        home = Site.objects.get(is_default_site=True).root_page.specific
        page = home.add_child(instance=ContentPage(title=f"Besloten {slug}", slug=slug, intro="Alleen met wachtwoord."))
        page.save_revision().publish()
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password=password
        )
        return f"/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"


def _try(client, form, slug, password, **extra):
    return client.post(form, {"password": password, "return_url": f"/{slug}/"}, **extra)


def _guess(client, form, slug, times=5, **extra):
    for attempt in range(times):
        response = _try(client, form, slug, f"fout-{attempt}", **extra)
        assert response.status_code in (200, 429)
    return response


def test_the_form_still_opens_the_page_with_the_right_password(hardenberg, in_hub):
    form = _private_page(hardenberg, in_hub, "besloten")
    client = hub_client("hardenberg")
    assert form in client.get("/besloten/").content.decode()  # the page asks for its password

    response = _try(client, form, "besloten", PASSWORD)

    assert response.status_code == 302 and response.url == "/besloten/"
    assert "Alleen met wachtwoord." in client.get("/besloten/").content.decode()


def test_after_five_wrong_passwords_even_the_right_one_is_refused_with_a_dutch_page(hardenberg, in_hub):
    form = _private_page(hardenberg, in_hub, "besloten")
    client = hub_client("hardenberg")

    fifth = _guess(client, form, "besloten")
    response = _try(client, form, "besloten", PASSWORD)

    assert fifth.status_code == 429
    assert response.status_code == 429
    html = response.content.decode()
    assert LOCKED_TEXT in html and "deze pagina" in html and "15 minuten" in html
    assert "Alleen met wachtwoord." not in client.get("/besloten/").content.decode()


def test_the_page_is_locked_whatever_address_the_guesses_come_from(hardenberg, in_hub):
    form = _private_page(hardenberg, in_hub, "besloten")
    for number in range(5):
        _guess(hub_client("hardenberg"), form, "besloten", times=1, REMOTE_ADDR=f"198.51.100.{number}")

    response = _try(hub_client("hardenberg"), form, "besloten", PASSWORD, REMOTE_ADDR="203.0.113.50")

    assert response.status_code == 429


@override_settings(KNOOPPUNT_TRUST_X_REAL_IP=True)
def test_behind_nginx_an_address_that_guesses_at_many_pages_is_locked_on_every_page(hardenberg, in_hub):
    forms = {slug: _private_page(hardenberg, in_hub, slug) for slug in ("pagina-a", "pagina-b", "pagina-c", "pagina-d", "pagina-e", "pagina-f")}
    nginx = {"REMOTE_ADDR": "127.0.0.1"}
    for slug in ("pagina-a", "pagina-b", "pagina-c", "pagina-d", "pagina-e"):
        _guess(hub_client("hardenberg"), forms[slug], slug, times=1, HTTP_X_REAL_IP="198.51.100.7", **nginx)

    blocked = _try(hub_client("hardenberg"), forms["pagina-f"], "pagina-f", PASSWORD, HTTP_X_REAL_IP="198.51.100.7", **nginx)
    elsewhere = _try(hub_client("hardenberg"), forms["pagina-f"], "pagina-f", PASSWORD, HTTP_X_REAL_IP="203.0.113.8", **nginx)

    assert blocked.status_code == 429
    assert elsewhere.status_code == 302


def _failures(hub, in_hub, form):
    restriction_id = form.split("/")[3]
    with in_hub(hub):
        attempts = AccessAttempt.objects.filter(username=f"paginawachtwoord:{restriction_id}")
        return attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0


def test_the_right_password_during_a_lockout_counts_as_one_more_failure_as_for_a_login(hardenberg, in_hub):
    form = _private_page(hardenberg, in_hub, "besloten")
    _guess(hub_client("hardenberg"), form, "besloten")

    _try(hub_client("hardenberg"), form, "besloten", PASSWORD)

    assert _failures(hardenberg, in_hub, form) == 6


def test_the_right_password_wipes_that_addresss_earlier_mistakes(hardenberg, in_hub):
    form = _private_page(hardenberg, in_hub, "besloten")
    _guess(hub_client("hardenberg"), form, "besloten", times=4)
    assert _try(hub_client("hardenberg"), form, "besloten", PASSWORD).status_code == 302

    _guess(hub_client("hardenberg"), form, "besloten", times=4)

    assert _try(hub_client("hardenberg"), form, "besloten", PASSWORD).status_code == 302


def test_a_lockout_in_one_hub_leaves_a_page_of_another_hub_alone(hardenberg, helmond, in_hub):
    locked = _private_page(hardenberg, in_hub, "besloten")
    other = _private_page(helmond, in_hub, "besloten")

    _guess(hub_client("hardenberg"), locked, "besloten")

    assert _try(hub_client("hardenberg"), locked, "besloten", PASSWORD).status_code == 429
    assert _try(hub_client("helmond"), other, "besloten", PASSWORD).status_code == 302


def test_english_pages_use_the_same_counted_form(hardenberg, in_hub):
    form = _private_page(hardenberg, in_hub, "besloten")

    _guess(hub_client("hardenberg"), "/en" + form, "besloten")

    assert _try(hub_client("hardenberg"), form, "besloten", PASSWORD).status_code == 429


def test_coordinators_see_a_locked_page_by_its_title_and_lift_the_lockout(hubs, in_hub):
    twente = hubs["twente"]
    form = _private_page(twente, in_hub, "besloten")
    _guess(hub_client("twente"), form, "besloten")
    coordinator = HostClient("localhost")
    account = REGIONAL_COORDINATORS["twente"]
    assert coordinator.login_form(account["username"], account["password"]).status_code == 302

    page = coordinator.get("/admin/inlogblokkades/").content.decode()

    assert "wachtwoord van een pagina" in page and "Besloten besloten" in page
    value = re.search(r'name="value" value="(paginawachtwoord:\d+)"', page).group(1)
    lifted = coordinator.post("/admin/inlogblokkades/opheffen/", {"schema": "twente", "kind": "paginawachtwoord", "value": value})
    assert lifted.status_code == 302
    assert f'value="{value}"' not in coordinator.get("/admin/inlogblokkades/").content.decode()
    assert _try(hub_client("twente"), form, "besloten", PASSWORD).status_code == 302


def test_a_document_folders_password_is_cut_off_the_same_way(hardenberg, in_hub):
    with in_hub(hardenberg):
        folder = Collection.get_first_root_node().add_child(name="Besloten stukken")
        restriction = CollectionViewRestriction.objects.create(
            collection=folder, restriction_type=CollectionViewRestriction.PASSWORD, password=PASSWORD
        )
    form = f"/documents/authenticate_with_password/{restriction.pk}/"
    client = hub_client("hardenberg")
    for attempt in range(5):
        client.post(form, {"password": f"fout-{attempt}", "return_url": "/"})

    response = client.post(form, {"password": PASSWORD, "return_url": "/"})

    assert response.status_code == 429
    assert "dit document" in response.content.decode()
