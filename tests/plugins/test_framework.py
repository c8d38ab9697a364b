"""The plugin framework end to end, through the two test plugins and the walk-in plugin.

tests/example_plugin is network-wide (a model in the public schema, a block, URLs on hubs and the
portal, an indexer, demo content); tests/example_pages_plugin keeps pages per hub.
"""

import io
import json

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection
from wagtail.models import Page, Site
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from demo.loader import COORDINATOR
from pages.models import ContentPage, HomePage
from plugins.base import NETWORK, PER_HUB
from plugins.registry import is_enabled, registry
from tests.conftest import hub_client
from tests.example_pages_plugin.models import ExamplePage
from tests.example_plugin.models import Notice


def set_plugins(hub, keys):
    hub.enabled_plugins = keys
    hub.save(update_fields=["enabled_plugins"])


@pytest.fixture
def notice():
    return Notice.objects.create(code="sluiting", title="Kerstsluiting", text="Tussen kerst en oud en nieuw zijn we dicht.")


@pytest.fixture
def notice_page(hardenberg, in_hub, notice):
    """A Hardenberg content page whose body holds the network plugin's block, plugin switched on."""
    set_plugins(hardenberg, ["walkin", "example"])
    with in_hub(hardenberg):
        home = Site.objects.get(is_default_site=True).root_page.specific
        page = home.add_child(
            instance=ContentPage(
                title="Van het netwerk",
                slug="van-het-netwerk",
                body=json.dumps(
                    [
                        {"type": "paragraph", "value": "<p>Lokale tekst.</p>"},
                        {"type": "example_notice", "value": {"code": "sluiting"}},
                    ]
                ),
            )
        )
        page.save_revision().publish()
    return page


@pytest.fixture
def example_page(hardenberg, in_hub):
    """A page of the per-hub test plugin on Hardenberg's home page, plugin switched on."""
    set_plugins(hardenberg, ["walkin", "example-pages"])
    with in_hub(hardenberg):
        home = Site.objects.get(is_default_site=True).root_page.specific
        page = home.add_child(instance=ExamplePage(title="Voorbeeldpagina", slug="voorbeeld", text="Hallo uit de plugin"))
        page.save_revision().publish()
    return page


def test_plugins_are_found_at_start_up_with_what_they_declare():
    example = registry.get("example")
    pages = registry.get("example-pages")

    assert registry.keys() == ["directory", "example", "example-pages", "shared", "walkin"]
    assert registry.get("directory").data_scope == NETWORK
    assert (example.data_scope, pages.data_scope, registry.get("walkin").data_scope) == (NETWORK, PER_HUB, PER_HUB)
    assert pages.get_page_models() == [ExamplePage]
    assert "example_notice" in HomePage._meta.get_field("body").stream_block.child_blocks
    assert [type(indexer).__name__ for indexer in example.get_indexers()] == ["NoticeIndexer"]
    assert type(example.get_demo()).__name__ == "ExampleDemo"
    assert [urls.prefix for urls in example.urls] == ["mededelingen/", "api/mededelingen/"]


def test_network_plugin_data_lives_in_the_public_schema_only(hardenberg, in_hub):
    assert "tests.example_plugin" in settings.SHARED_APPS
    assert "tests.example_plugin" not in settings.TENANT_APPS
    with in_hub(hardenberg), connection.cursor() as cursor:
        cursor.execute("SELECT to_regclass(%s), to_regclass(%s)", [f"{hardenberg.schema_name}.example_plugin_notice", "public.example_plugin_notice"])
        in_hub_schema, in_public_schema = cursor.fetchone()
    assert in_hub_schema is None
    assert in_public_schema is not None


# --- a per-hub plugin: page types ------------------------------------------------------------------


def test_an_enabled_page_plugin_works_everywhere_in_its_hub(example_page, editor_client):
    client = hub_client("hardenberg")

    assert "Hallo uit de plugin" in client.get("/voorbeeld/").content.decode()
    assert "http://hardenberg.localhost/voorbeeld/" in client.get("/sitemap.xml").content.decode()
    editor = editor_client("hardenberg")
    assert "Voorbeeldmenu" in editor.get("/admin/").content.decode()
    home_id = example_page.get_parent().pk
    assert editor.get(f"/admin/pages/add/example_pages_plugin/examplepage/{home_id}/").status_code == 200
    assert "voorbeeldpagina" in editor.get(f"/admin/pages/{home_id}/add_subpage/").content.decode().lower()


def test_a_disabled_page_plugin_is_gone_from_the_hub_but_its_pages_are_kept(example_page, hardenberg, editor_client, in_hub):
    set_plugins(hardenberg, ["walkin"])
    client = hub_client("hardenberg")

    assert client.get("/voorbeeld/").status_code == 404
    assert "/voorbeeld/" not in client.get("/sitemap.xml").content.decode()
    editor = editor_client("hardenberg")
    assert "Voorbeeldmenu" not in editor.get("/admin/").content.decode()
    home_id = example_page.get_parent().pk
    add_form = editor.get(f"/admin/pages/add/example_pages_plugin/examplepage/{home_id}/")
    assert add_form.status_code in (302, 403, 404)  # Wagtail redirects with "permission denied"
    assert "voorbeeldpagina" not in editor.get(f"/admin/pages/{home_id}/add_subpage/").content.decode().lower()
    with in_hub(hardenberg):
        assert not ExamplePage.can_create_at(HomePage.objects.get(pk=home_id))
        assert ExamplePage.objects.get(slug="voorbeeld").text == "Hallo uit de plugin"

    set_plugins(hardenberg, ["walkin", "example-pages"])
    assert "Hallo uit de plugin" in hub_client("hardenberg").get("/voorbeeld/").content.decode()


def test_a_plugin_enabled_in_one_hub_stays_off_in_another(example_page):
    assert hub_client("helmond").get("/voorbeeld/").status_code == 404


# --- a network-wide plugin: blocks, URLs, indexer ---------------------------------------------------


def test_a_network_plugins_block_shows_public_data_in_the_hub(notice_page):
    html = hub_client("hardenberg").get("/van-het-netwerk/").content.decode()

    assert "Kerstsluiting" in html
    assert "Lokale tekst." in html


def test_switching_a_network_plugin_off_and_on_keeps_the_hubs_stored_content(
    notice_page, hardenberg, in_hub, editor_client
):
    with in_hub(hardenberg):
        stored_before = Page.objects.get(pk=notice_page.pk).specific.body.raw_data
    set_plugins(hardenberg, ["walkin"])

    off = hub_client("hardenberg").get("/van-het-netwerk/").content.decode()
    assert "Kerstsluiting" not in off and "Lokale tekst." in off

    # An editor opens and publishes the page while the plugin is off: the block stays in the form.
    editor = editor_client("hardenberg")
    edit_url = f"/admin/pages/{notice_page.pk}/edit/"
    assert "sluiting" in editor.get(edit_url).content.decode()
    response = editor.post(
        edit_url,
        nested_form_data(
            {
                "title": "Van het netwerk",
                "slug": "van-het-netwerk",
                "intro": "Nu met inleiding.",
                "body": streamfield(
                    [("paragraph", rich_text("<p>Lokale tekst.</p>")), ("example_notice", {"code": "sluiting"})]
                ),
                "comments": inline_formset([]),
                "action-publish": "publish",
            }
        ),
    )
    assert response.status_code == 302, response.content.decode()[:2000]

    set_plugins(hardenberg, ["walkin", "example"])
    with in_hub(hardenberg):
        page = Page.objects.get(pk=notice_page.pk).specific
        assert page.intro == "Nu met inleiding."
        assert [block["type"] for block in page.body.raw_data] == [block["type"] for block in stored_before]
    on_again = hub_client("hardenberg").get("/van-het-netwerk/").content.decode()
    assert "Kerstsluiting" in on_again and "Nu met inleiding." in on_again


def test_a_network_plugins_urls_follow_the_hubs_switch_and_always_serve_the_portal(notice, hardenberg, portal_client):
    assert hub_client("hardenberg").get("/mededelingen/").status_code == 404
    assert hub_client("hardenberg").get("/api/mededelingen/").status_code == 404

    set_plugins(hardenberg, ["walkin", "example"])

    assert "Kerstsluiting" in hub_client("hardenberg").get("/mededelingen/").content.decode()
    assert hub_client("hardenberg").get("/api/mededelingen/").json()["results"][0]["code"] == "sluiting"
    assert hub_client("helmond").get("/mededelingen/").status_code == 404
    assert "Kerstsluiting" in portal_client.get("/mededelingen/").content.decode()


def test_a_network_plugins_indexer_feeds_the_search_of_hubs_where_it_is_on(notice, hardenberg):
    set_plugins(hardenberg, ["walkin", "example"])

    assert "Kerstsluiting" in hub_client("hardenberg").get("/zoeken/?q=kerstsluiting").content.decode()
    assert "Kerstsluiting" not in hub_client("helmond").get("/zoeken/?q=kerstsluiting").content.decode()


def test_a_plugin_supplies_its_own_demo_content(hardenberg, in_hub):
    set_plugins(hardenberg, ["walkin", "example"])

    call_command("load_demo", "--only", "hardenberg", "--refresh", stdout=io.StringIO())

    assert Notice.objects.get(code="welkom").title == "Welkom in het netwerk"
    html = hub_client("hardenberg").get("/netwerknieuws/").content.decode()
    assert "Welkom in het netwerk" in html
    # The walk-in plugin's demo page is there too, and the hub's own pages still link to it.
    assert hub_client("hardenberg").get("/inloopuur/").status_code == 200


# --- switching plugins --------------------------------------------------------------------------------


def test_a_command_in_a_hubs_schema_sees_that_hubs_plugins(hardenberg, in_schema, in_hub):
    set_plugins(hardenberg, ["walkin", "example"])

    with in_schema("hardenberg"):
        assert is_enabled("example") is True
        assert is_enabled("example-pages") is False
    with in_hub(hardenberg):
        assert [plugin.plugin_key for plugin in registry.enabled()] == ["example", "walkin"]
    assert is_enabled("example") is False  # the portal switches no plugins


def test_the_hub_plugins_command_switches_plugins_per_hub(hardenberg, helmond):
    out = io.StringIO()
    call_command("hub_plugins", "hardenberg", "--enable", "example-pages", "--disable", "walkin", stdout=out)

    hardenberg.refresh_from_db()
    helmond.refresh_from_db()
    assert hardenberg.enabled_plugins == ["directory", "example-pages", "shared"]
    assert helmond.enabled_plugins == ["directory", "walkin", "shared"]
    assert "example-pages        aan" in out.getvalue()
    assert "walkin               uit" in out.getvalue()
    assert hub_client("hardenberg").get("/inloopuur/").status_code == 404
    assert hub_client("helmond").get("/echtscheidingsspreekuur/").status_code == 200


@pytest.mark.parametrize(
    "args, message",
    [
        (("hardenberg", "--enable", "bestaatniet"), "Onbekende plugin"),
        (("nergens", "--enable", "example"), "Er is geen hub"),
        (("hardenberg", "--enable", "example", "--disable", "example"), "tegelijk aan en uit"),
    ],
)
def test_the_hub_plugins_command_refuses_bad_input(args, message, hardenberg):
    with pytest.raises(CommandError, match=message):
        call_command("hub_plugins", *args, stdout=io.StringIO())
    hardenberg.refresh_from_db()
    assert hardenberg.enabled_plugins == ["directory", "walkin", "shared"]


def test_a_plugin_cannot_be_switched_on_without_the_plugins_it_requires(hardenberg, monkeypatch):
    monkeypatch.setattr(registry.get("example-pages"), "requires", ("example",))

    with pytest.raises(CommandError, match="werkt alleen als ook example aan staat"):
        call_command("hub_plugins", "hardenberg", "--enable", "example-pages", stdout=io.StringIO())
    call_command("hub_plugins", "hardenberg", "--enable", "example-pages", "--enable", "example", stdout=io.StringIO())
    with pytest.raises(CommandError, match="werkt alleen als ook example aan staat"):
        call_command("hub_plugins", "hardenberg", "--disable", "example", stdout=io.StringIO())

    hardenberg.refresh_from_db()
    assert hardenberg.enabled_plugins == ["directory", "example", "example-pages", "shared", "walkin"]


def test_coordinators_switch_plugins_for_a_hub_in_the_portal_admin(portal_client, hardenberg):
    assert portal_client.login_form(COORDINATOR["username"], COORDINATOR["password"]).status_code == 302
    listing = portal_client.get("/admin/hubs/").content.decode()
    for name in ("Informatieknooppunt Relaties en Scheiden Hardenberg", "Duurzaam Ouderschap Helmond"):
        assert name in listing
    assert "hardenberg.localhost" in listing
    assert "Inloopspreekuren" in listing and "['walkin']" not in listing
    edit_url = f"/admin/hubs/edit/{hardenberg.pk}/"
    form = portal_client.get(edit_url)
    assert form.status_code == 200
    assert "Voorbeeldplugin" in form.content.decode()

    response = portal_client.post(
        edit_url, {"name": hardenberg.name, "region": hardenberg.region_id, "enabled_plugins": ["walkin", "example"]}
    )

    assert response.status_code == 302
    hardenberg.refresh_from_db()
    assert hardenberg.enabled_plugins == ["example", "walkin"]
