"""create_hub and remove_hub: a working hub in one command, and clear refusals on bad input."""

import datetime
import io
import json
import uuid
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import override_settings
from django.utils import timezone
from django_tenants.utils import schema_context, schema_exists
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, PageLogEntry, Revision, Site

from pages.models import HomePage
from search.models import IndexedDocument
from tenants.branding.models import BrandingSettings
from tenants.models import Domain, Hub
from tenants.provisioning import (
    FROM_TEMPLATE,
    provision_hub,
    ready_template_schema_name,
    template_schema_name,
)
from tenants.roles import COLLECTION_PERMISSIONS, HUB_EDITOR_MODEL_PERMISSIONS, HUB_EDITORS, PAGE_PERMISSIONS
from tests.conftest import HostClient
from tests.tenants.test_cloning import catalog, next_ids


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

    monkeypatch.setattr("tenants.provisioning.personalize_site", broken_site_setup)

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


def test_remove_hub_removes_a_hub_with_its_own_partners_and_leaves_nothing_of_it_behind(monkeypatch, tmp_path):
    """The demo gives every hub partners and walk-in hours of its own (public schema, owned by the
    hub); removing such a hub crashed on the order Django deleted them in, and kept the hub."""
    from plugins.directory import demo_content
    from plugins.directory.demo import DirectoryDemo
    from plugins.directory.models import Location, Organization, Schedule, ScheduleException, Service, ServiceAtLocation
    from plugins.shared.models import PieceUse

    hub = provision_hub("opruimen", "Hub Opruimen", "opruimen.localhost", "twente").hub
    # Twente's municipalities: the region's partners are shown in this hub too.
    hub.municipalities = demo_content.HUB_AREAS["twente"]["municipalities"]
    hub.save(update_fields=["municipalities"])
    monkeypatch.setitem(demo_content.HUB_AREAS, "opruimen", demo_content.HUB_AREAS["twente"])
    monkeypatch.setitem(demo_content.HUB_WALK_INS, "opruimen", demo_content.HUB_WALK_INS["twente"])
    with schema_context(hub.schema_name):
        DirectoryDemo().load_hub(SimpleNamespace(hub=hub, log=lambda message: None))
    connection.set_schema_to_public()
    PieceUse.objects.create(piece_id=1, hub_id=hub.pk, page_id=3, page_title="Thuis", how=PieceUse.EMBEDDED)
    others = Organization.objects.exclude(owner_hub=hub).count()
    services = list(Service.objects.filter(organization__owner_hub=hub).values_list("pk", flat=True))
    schedules = list(Schedule.objects.filter(service__in=services).values_list("pk", flat=True))
    assert ServiceAtLocation.objects.filter(service__in=services).exists()
    assert Schedule.objects.filter(pk__in=schedules, service_at_location__isnull=False).exists()
    assert ScheduleException.objects.filter(schedule__in=schedules).exists()
    own_documents = [f"directory:{pk}" for pk in services]
    shown_here = IndexedDocument.objects.filter(hubs__contains=["opruimen"])
    assert shown_here.filter(source__in=own_documents).exists()
    assert shown_here.exclude(source__in=own_documents).exists(), "the region's partners are shown here too"
    media = tmp_path / hub.schema_name / "documents"
    media.mkdir(parents=True)
    (media / "folder.pdf").write_bytes(b"%PDF-1.4")

    with override_settings(MEDIA_ROOT=tmp_path):
        call_command("remove_hub", "opruimen", "--yes", stdout=io.StringIO())

    assert not Hub.objects.filter(slug="opruimen").exists()
    assert not schema_exists(hub.schema_name)
    assert not Domain.objects.filter(domain="opruimen.localhost").exists()
    assert not Organization.objects.filter(owner_hub_id=hub.pk).exists()
    assert not Service.objects.filter(pk__in=services).exists()
    assert not Location.objects.filter(organization__owner_hub_id=hub.pk).exists()
    assert not Schedule.objects.filter(pk__in=schedules).exists()
    assert not ScheduleException.objects.filter(schedule__in=schedules).exists()
    assert not PieceUse.objects.filter(hub_id=hub.pk).exists()
    assert not IndexedDocument.objects.filter(hub_id=hub.pk).exists()
    assert not IndexedDocument.objects.filter(hubs__contains=["opruimen"]).exists()
    assert not IndexedDocument.objects.filter(source__in=own_documents).exists()
    assert not (tmp_path / hub.schema_name).exists()
    assert Organization.objects.count() == others, "the other hubs' and the network's partners stay"


def test_remove_hub_takes_its_name_off_the_network_partners_that_were_shown_in_it(tmp_path):
    from plugins.directory import demo_content
    from search.indexing import request_reindex

    hub = provision_hub("opruimen", "Hub Opruimen", "opruimen.localhost", "twente").hub
    hub.municipalities = demo_content.HUB_AREAS["twente"]["municipalities"]
    hub.save(update_fields=["municipalities"])
    request_reindex("directory")
    assert IndexedDocument.objects.filter(hubs__contains=["opruimen"]).exists()

    with override_settings(MEDIA_ROOT=tmp_path):
        call_command("remove_hub", "opruimen", "--yes", stdout=io.StringIO())

    assert not IndexedDocument.objects.filter(hubs__contains=["opruimen"]).exists()
    assert IndexedDocument.objects.filter(hubs__contains=["twente"]).exists()


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


# --- a hub from the ready template is the hub the slow way makes ---------------------------------


def _rows(schema, domain, since):
    """Every row of every table of a hub's schema, with what may differ between two equal hubs
    replaced: its own domain, moments from `since` on, and the home page's random translation key."""
    with connection.cursor() as cursor:
        cursor.execute(f'SELECT translation_key FROM "{schema}".wagtailcore_page WHERE depth = 2')
        keys = {str(key) for (key,) in cursor.fetchall()}

        def normal(value):
            if isinstance(value, datetime.datetime) and value >= since:
                return "<nu>"
            if isinstance(value, uuid.UUID) and str(value) in keys:
                return "<vertaalsleutel>"
            if isinstance(value, str) and value.startswith("{"):
                try:
                    return {key: normal(item) for key, item in json.loads(value).items()}
                except ValueError:
                    pass
            if isinstance(value, str):
                return "<domein>" if value == domain else "<vertaalsleutel>" if value in keys else value
            return value

        cursor.execute(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = %s AND c.relkind = 'r' ORDER BY 1",
            [schema],
        )
        rows = {}
        for (table,) in cursor.fetchall():
            cursor.execute(f'SELECT * FROM "{schema}"."{table}"')
            rows[table] = sorted((repr([normal(value) for value in row]) for row in cursor.fetchall()))
    return rows


def _index_documents(hub, domain):
    documents = IndexedDocument.objects.filter(hub=hub).order_by("source")
    return [
        (doc.kind, doc.title, doc.url.replace(domain, "<domein>"), doc.language, doc.summary, doc.body,
         doc.title_terms, doc.body_terms)
        for doc in documents
    ]


def test_a_hub_from_the_ready_template_is_the_hub_the_slow_way_makes_row_for_row():
    since = timezone.now()

    quick = provision_hub("snel", "Hub Gelijk", "snel.localhost", "twente").hub
    slow = provision_hub("traag", "Hub Gelijk", "traag.localhost", "twente", method=FROM_TEMPLATE).hub

    assert catalog("snel") == catalog("traag") == catalog(template_schema_name())
    quick_rows, slow_rows = _rows("snel", "snel.localhost", since), _rows("traag", "traag.localhost", since)
    assert quick_rows.keys() == slow_rows.keys()
    for table in slow_rows:
        assert quick_rows[table] == slow_rows[table], table
    assert next_ids("snel") == next_ids("traag")
    # The network's search index learned both home pages.
    assert _index_documents(quick, "snel.localhost") == _index_documents(slow, "traag.localhost") != []


def test_a_new_hub_has_its_own_name_domain_translation_key_and_editor_role(in_hub):
    since = timezone.now()
    hub = provision_hub("eigen", "Hub Eigen", "eigen.localhost", "twente").hub

    with schema_context(ready_template_schema_name()):
        template_key = HomePage.objects.get().translation_key
    with in_hub(hub):
        site = Site.objects.get()
        home = site.root_page.specific
        assert (site.hostname, site.site_name, home.title, home.draft_title, home.hero_title) == (
            "eigen.localhost", "Hub Eigen", "Hub Eigen", "Hub Eigen", "Hub Eigen",
        )
        assert home.live and not home.has_unpublished_changes
        assert home.first_published_at >= since and home.last_published_at >= since
        assert home.translation_key != template_key
        revision = Revision.objects.get()
        assert revision.pk == home.live_revision_id == home.latest_revision_id
        assert revision.created_at == home.latest_revision_created_at >= since
        assert revision.content["title"] == revision.content["hero_title"] == "Hub Eigen"
        assert revision.content["translation_key"] == str(home.translation_key)
        assert revision.as_object().title == "Hub Eigen"
        assert BrandingSettings.for_site(site).hub_name == "Hub Eigen"
        assert set(PageLogEntry.objects.filter(page=home).values_list("label", flat=True)) == {"Hub Eigen"}
        assert list(HomePage.objects.search("Eigen")) == [home]  # Wagtail's own search (the admin's)

        editors = Group.objects.get(name=HUB_EDITORS)
        assert set(editors.permissions.values_list("content_type__app_label", "codename")) == set(
            HUB_EDITOR_MODEL_PERMISSIONS
        )
        assert sorted(
            GroupPagePermission.objects.filter(group=editors, page=home).values_list("permission__codename", flat=True)
        ) == sorted(PAGE_PERMISSIONS)
        assert set(
            GroupCollectionPermission.objects.filter(group=editors, collection=Collection.get_first_root_node())
            .values_list("permission__content_type__app_label", "permission__codename")
        ) == set(COLLECTION_PERMISSIONS)


def test_a_new_hub_serves_its_home_page_at_once_even_where_its_host_was_asked_for_before():
    client = HostClient("meteen.localhost")
    assert client.get("/").status_code == 404  # the unknown host is cached as unknown
    connection.set_schema_to_public()

    provision_hub("meteen", "Hub Meteen", "meteen.localhost", "twente")

    response = client.get("/")
    assert response.status_code == 200
    assert "Hub Meteen" in response.content.decode()
    assert client.get("/sitemap.xml").content.decode().count("http://meteen.localhost/") == 1


def test_a_hub_made_again_under_a_removed_hubs_name_shows_nothing_cached_from_the_old_one():
    provision_hub("opnieuw", "Oude naam", "opnieuw.localhost", "twente")
    client = HostClient("opnieuw.localhost")
    assert "Oude naam" in client.get("/").content.decode()
    connection.set_schema_to_public()  # the request left the connection in the hub's schema
    call_command("remove_hub", "opnieuw", "--yes", stdout=io.StringIO())

    provision_hub("opnieuw", "Nieuwe naam", "opnieuw.localhost", "twente")

    connection.set_schema_to_public()
    html = client.get("/").content.decode()
    assert "Nieuwe naam" in html and "Oude naam" not in html
