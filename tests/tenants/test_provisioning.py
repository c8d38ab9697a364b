"""create_hub and remove_hub: a working hub in one command, and clear refusals on bad input."""

import io

import pytest
from django.core.management import CommandError, call_command
from django_tenants.utils import schema_exists
from wagtail.models import Site

from pages.models import HomePage
from tenants.branding.models import BrandingSettings
from tenants.models import Domain, Hub
from tenants.roles import HUB_EDITORS
from tests.conftest import HostClient


def create_hub(*args):
    out = io.StringIO()
    call_command("create_hub", *args, stdout=out)
    return out.getvalue()


def test_create_hub_makes_a_hub_that_serves_its_own_site(in_hub):
    output = create_hub("west-betuwe", "--name", "Hub West Betuwe", "--domain", "westbetuwe.localhost", "--region", "twente")

    assert "[1/3]" in output and "[3/3]" in output
    assert "Hub west-betuwe aangemaakt op westbetuwe.localhost" in output
    hub = Hub.objects.get(slug="west-betuwe")
    assert hub.schema_name == "west_betuwe"
    assert schema_exists("west_betuwe")
    assert hub.region.slug == "twente"
    assert hub.enabled_plugins == ["directory", "walkin", "shared"]
    assert Domain.objects.get(domain="westbetuwe.localhost").tenant == hub
    with in_hub(hub):
        site = Site.objects.get(is_default_site=True)
        assert site.hostname == "westbetuwe.localhost"
        assert isinstance(site.root_page.specific, HomePage)
        assert site.root_page.live
        assert BrandingSettings.for_site(site).hub_name == "Hub West Betuwe"
        assert site.root_page.group_permissions.filter(group__name=HUB_EDITORS).exists()

    response = HostClient("westbetuwe.localhost").get("/")
    assert response.status_code == 200
    assert "Hub West Betuwe" in response.content.decode()


def test_create_hub_is_idempotent():
    args = ("oss", "--name", "Hub Oss", "--domain", "oss.localhost", "--region", "zuidoost-brabant")
    create_hub(*args)

    output = create_hub(*args)

    assert "bestond al" in output
    assert Hub.objects.filter(slug="oss").count() == 1
    assert HostClient("oss.localhost").get("/").status_code == 200


@pytest.mark.parametrize(
    "args, message",
    [
        (("Hard Berg", "--name", "X", "--domain", "x.localhost", "--region", "twente"), "Ongeldige korte naam"),
        (("1stad", "--name", "X", "--domain", "x.localhost", "--region", "twente"), "Ongeldige korte naam"),
        (("public", "--name", "X", "--domain", "x.localhost", "--region", "twente"), "gereserveerd"),
        (("nieuw", "--name", "X", "--domain", "hardenberg.localhost", "--region", "twente"), "al in gebruik door"),
        (("nieuw", "--name", "X", "--domain", "http://x.localhost:8000", "--region", "twente"), "Ongeldig domein"),
        (("nieuw", "--name", "X", "--domain", "x.localhost", "--region", "atlantis"), "Onbekende regio 'atlantis'"),
        (("nieuw", "--name", "   ", "--domain", "x.localhost", "--region", "twente"), "Geef de hub een naam"),
        (("nieuw", "--name", "X", "--domain", "x.localhost", "--region", "twente", "--plugins", "bestaatniet"), "Onbekende plugin"),
        (("helmond", "--name", "X", "--domain", "ander.localhost", "--region", "twente"), "bestaat al"),
    ],
)
def test_create_hub_refuses_bad_input_with_a_clear_message_and_leaves_nothing_behind(args, message):
    schemas_before = set(Hub.objects.values_list("schema_name", flat=True))

    with pytest.raises(CommandError, match=message):
        create_hub(*args)

    assert set(Hub.objects.values_list("schema_name", flat=True)) == schemas_before
    assert not schema_exists("nieuw")
    assert not Domain.objects.filter(domain__in=["x.localhost", "ander.localhost"]).exists()


def test_a_failure_halfway_rolls_back_the_schema(monkeypatch):
    def broken_site_setup(hub, domain):
        raise RuntimeError("schijf vol")

    monkeypatch.setattr("tenants.provisioning.set_up_site", broken_site_setup)

    with pytest.raises(RuntimeError):
        create_hub("halfweg", "--name", "Halfweg", "--domain", "halfweg.localhost", "--region", "twente")

    assert not schema_exists("halfweg")
    assert not Hub.objects.filter(slug="halfweg").exists()


def test_remove_hub_drops_the_schema_and_domain():
    create_hub("tijdelijk", "--name", "Tijdelijk", "--domain", "tijdelijk.localhost", "--region", "twente")

    call_command("remove_hub", "tijdelijk", "--yes", stdout=io.StringIO())

    assert not schema_exists("tijdelijk")
    assert not Domain.objects.filter(domain="tijdelijk.localhost").exists()
    assert HostClient("tijdelijk.localhost").get("/").status_code == 404


def test_remove_hub_asks_for_confirmation_and_keeps_the_hub_when_not_given(monkeypatch):
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: "iets anders")

    with pytest.raises(CommandError, match="Niet bevestigd"):
        call_command("remove_hub", "twente", stdout=io.StringIO())

    assert schema_exists("twente")


def test_remove_hub_without_a_terminal_needs_yes():
    with pytest.raises(CommandError, match="--yes"):
        call_command("remove_hub", "twente", stdout=io.StringIO())
    assert schema_exists("twente")


def test_the_portal_cannot_be_removed():
    with pytest.raises(CommandError, match="portaal kan niet"):
        call_command("remove_hub", "portaal", "--yes", stdout=io.StringIO())


def test_setup_portal_refuses_a_domain_that_belongs_to_a_hub():
    with pytest.raises(CommandError, match="al in gebruik door"):
        call_command("setup_portal", "--domain", "helmond.localhost", stdout=io.StringIO())


def test_setup_portal_adds_a_domain_the_portal_answers_on():
    call_command("setup_portal", "--domain", "regio.localhost", stdout=io.StringIO())

    response = HostClient("regio.localhost").get("/healthz")
    assert response.status_code == 200
    assert response.json()["hub"] is None
