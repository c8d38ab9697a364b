"""Password guessing is cut off per account and per client address, in each hub on its own."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

from demo.loader import COORDINATOR, REGIONAL_COORDINATORS, editor_credentials
from tests.conftest import HostClient, hub_client

LOGIN_FORMS = ["/admin/login/", "/_util/login/"]
LOCKED_TEXT = "Inloggen lukt even niet"


def guess(client, path, username, times=5, **extra):
    for attempt in range(times):
        response = client.post(path, {"username": username, "password": f"fout-{attempt}"}, **extra)
        assert response.status_code in (200, 429)
    return response


def log_in(client, path, credentials, **extra):
    return client.post(path, {"username": credentials["username"], "password": credentials["password"]}, **extra)


@pytest.mark.parametrize("path", LOGIN_FORMS)
def test_after_five_wrong_passwords_even_the_right_one_is_refused_with_a_dutch_page(path):
    client = hub_client("hardenberg")
    credentials = editor_credentials("hardenberg")

    guess(client, path, credentials["username"])
    response = log_in(client, path, credentials)

    assert response.status_code == 429
    html = response.content.decode()
    assert LOCKED_TEXT in html and "15 minuten" in html
    assert "_auth_user_id" not in client.session


def test_the_account_is_locked_whatever_address_the_guesses_come_from():
    credentials = editor_credentials("helmond")
    for number in range(5):
        guess(hub_client("helmond"), "/admin/login/", credentials["username"], times=1, REMOTE_ADDR=f"198.51.100.{number}")

    response = log_in(hub_client("helmond"), "/admin/login/", credentials, REMOTE_ADDR="203.0.113.50")

    assert response.status_code == 429


def test_an_address_that_guesses_many_names_is_locked_for_every_account():
    for number in range(5):
        guess(hub_client("twente"), "/admin/login/", f"bestaat-niet-{number}", times=1, REMOTE_ADDR="198.51.100.77")

    blocked = log_in(hub_client("twente"), "/admin/login/", editor_credentials("twente"), REMOTE_ADDR="198.51.100.77")
    elsewhere = log_in(hub_client("twente"), "/admin/login/", editor_credentials("twente"), REMOTE_ADDR="203.0.113.8")

    assert blocked.status_code == 429
    assert elsewhere.status_code == 302


def test_a_lockout_in_one_hub_leaves_a_namesake_in_another_hub_alone(hardenberg, helmond, in_hub):
    for hub in (hardenberg, helmond):
        with in_hub(hub):
            get_user_model().objects.create_user("j.jansen", password="Namesake-Wachtwoord-1", is_superuser=True)
    namesake = {"username": "j.jansen", "password": "Namesake-Wachtwoord-1"}

    guess(hub_client("hardenberg"), "/admin/login/", "j.jansen")

    assert log_in(hub_client("hardenberg"), "/admin/login/", namesake).status_code == 429
    assert log_in(hub_client("helmond"), "/admin/login/", namesake).status_code == 302


def _lockout_rows(html):
    return re.findall(r'name="value" value="([^"]+)"', html)


def test_coordinators_see_and_lift_lockouts_of_the_hubs_in_their_region_only():
    guess(hub_client("twente"), "/admin/login/", editor_credentials("twente")["username"])
    guess(hub_client("hardenberg"), "/admin/login/", editor_credentials("hardenberg")["username"])
    twente_coordinator = HostClient("localhost")
    assert twente_coordinator.login_form(*_login(REGIONAL_COORDINATORS["twente"])).status_code == 302

    page = twente_coordinator.get("/admin/inlogblokkades/").content.decode()

    assert "redacteur-twente" in _lockout_rows(page)
    assert "redacteur-hardenberg" not in page
    refused = twente_coordinator.post(
        "/admin/inlogblokkades/opheffen/", {"schema": "hardenberg", "kind": "account", "value": "redacteur-hardenberg"}
    )
    assert refused.status_code == 302 and refused.url == "/admin/"  # Wagtail's answer to PermissionDenied

    lifted = twente_coordinator.post(
        "/admin/inlogblokkades/opheffen/", {"schema": "twente", "kind": "account", "value": "redacteur-twente"}
    )
    assert lifted.status_code == 302
    assert "redacteur-twente" not in _lockout_rows(twente_coordinator.get("/admin/inlogblokkades/").content.decode())
    assert log_in(hub_client("twente"), "/admin/login/", editor_credentials("twente")).status_code == 302
    # The network coordinator sees every hub's lockouts, Hardenberg's too.
    network = HostClient("localhost")
    network.login_form(*_login(COORDINATOR))
    assert "redacteur-hardenberg" in _lockout_rows(network.get("/admin/inlogblokkades/").content.decode())


def _login(account):
    return account["username"], account["password"]


def test_a_hub_editor_cannot_open_the_lockout_list(editor_client):
    response = editor_client("helmond").get("/admin/inlogblokkades/")

    assert response.status_code == 302 and response.url == "/admin/"


def test_a_hub_editors_password_reset_mail_links_to_their_own_hub_and_works_there():
    client = hub_client("hardenberg")
    response = client.post("/admin/password_reset/", {"email": editor_credentials("hardenberg")["email"]})
    assert response.status_code == 302

    body = mail.outbox[-1].body
    link = re.search(r"(https?://\S+/admin/password_reset/confirm/\S+)", body).group(1)
    assert link.startswith("http://hardenberg.localhost/"), link
    confirm = client.get(link.removeprefix("http://hardenberg.localhost"), follow=True)
    assert confirm.status_code == 200
    assert 'name="new_password1"' in confirm.content.decode()


def test_the_admin_loads_no_avatar_from_gravatar(editor_client):
    html = editor_client("cranendonck").get("/admin/").content.decode()

    assert "gravatar" not in html.lower()


def test_every_wagtail_mail_link_of_a_hub_uses_that_hubs_host(hardenberg, helmond, in_hub):
    """Moderation, workflow and comment mails build links with base_url_setting, as the reset mail does."""
    from wagtail.admin.templatetags.wagtailadmin_tags import base_url_setting
    from wagtail.admin.utils import get_admin_base_url

    with in_hub(hardenberg):
        assert base_url_setting() == get_admin_base_url() == "http://hardenberg.localhost"
    with in_hub(helmond):
        assert base_url_setting() == "http://helmond.localhost"
    assert base_url_setting() == "http://localhost"  # the portal


def test_logging_in_as_oneself_does_not_wipe_the_guesses_at_another_account():
    # An editor of the hub guesses a colleague's password four times, logs in as themself in
    # between, and guesses on.
    own = editor_credentials("cranendonck")
    address = {"REMOTE_ADDR": "198.51.100.91"}
    for _round in range(2):
        guess(hub_client("cranendonck"), "/admin/login/", "collega-cranendonck", times=2, **address)
        assert log_in(hub_client("cranendonck"), "/admin/login/", own, **address).status_code == 302

    response = guess(hub_client("cranendonck"), "/admin/login/", "collega-cranendonck", times=1, **address)

    assert response.status_code == 429


@pytest.mark.parametrize("path", LOGIN_FORMS)
def test_a_user_name_longer_than_any_account_gets_a_normal_answer(path):
    response = hub_client("hardenberg").post(path, {"username": "x" * 300, "password": "fout"})

    assert response.status_code == 200
