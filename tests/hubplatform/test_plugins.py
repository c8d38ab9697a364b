"""The plugin framework end to end, through the example plugin in tests/example_plugin."""

import io
import json

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Site

from hubplatform.pages.models import HomePage
from hubplatform.plugins import registry
from tests.conftest import hub_client
from tests.example_plugin.models import ExamplePage


def set_plugins(hub, keys):
    hub.enabled_plugins = keys
    hub.save(update_fields=["enabled_plugins"])


@pytest.fixture
def example_page(hardenberg, in_hub):
    """An example page and an example block on the Hardenberg home page, plugin switched on."""
    set_plugins(hardenberg, ["walkin", "example"])
    with in_hub(hardenberg):
        home = Site.objects.get(is_default_site=True).root_page.specific
        page = home.add_child(instance=ExamplePage(title="Voorbeeldpagina", slug="voorbeeld", text="Hallo uit de plugin"))
        page.save_revision().publish()
        home.body = json.dumps([{"type": "example_notice", "value": "Bericht van de voorbeeldplugin"}])
        home.save_revision().publish()
    return page


def test_plugins_are_found_at_start_up_with_what_they_contribute():
    example = registry.get("example")

    assert registry.keys() == ["example", "walkin"]
    assert example.verbose_name == "Voorbeeldplugin"
    assert example.get_page_models() == [ExamplePage]
    assert "example_notice" in HomePage._meta.get_field("body").stream_block.child_blocks
    assert [provider.__name__ for provider in example.get_search_providers()] == ["find_notices"]
    assert [entry.label for entry in example.admin_menu_items] == ["Voorbeeldmenu"]


def test_an_enabled_plugin_works_everywhere_in_its_hub(example_page, editor_client):
    client = hub_client("hardenberg")

    assert "Hallo uit de plugin" in client.get("/voorbeeld/").content.decode()
    assert "Bericht van de voorbeeldplugin" in client.get("/").content.decode()
    assert "Voorbeeldtreffer uit de plugin" in client.get("/zoeken/?q=voorbeeldtreffer").content.decode()
    assert "http://hardenberg.localhost/voorbeeld/" in client.get("/sitemap.xml").content.decode()
    editor = editor_client("hardenberg")
    assert "Voorbeeldmenu" in editor.get("/admin/").content.decode()
    home_id = example_page.get_parent().pk
    assert editor.get(f"/admin/pages/add/example_plugin/examplepage/{home_id}/").status_code == 200
    assert "voorbeeldpagina" in editor.get(f"/admin/pages/{home_id}/add_subpage/").content.decode().lower()


def test_a_disabled_plugin_is_gone_from_the_hub_but_its_content_is_kept(example_page, hardenberg, editor_client, in_hub):
    set_plugins(hardenberg, ["walkin"])
    client = hub_client("hardenberg")

    assert client.get("/voorbeeld/").status_code == 404
    assert "Bericht van de voorbeeldplugin" not in client.get("/").content.decode()
    assert "Voorbeeldtreffer" not in client.get("/zoeken/?q=voorbeeldtreffer").content.decode()
    assert "/voorbeeld/" not in client.get("/sitemap.xml").content.decode()
    editor = editor_client("hardenberg")
    assert "Voorbeeldmenu" not in editor.get("/admin/").content.decode()
    home_id = example_page.get_parent().pk
    add_form = editor.get(f"/admin/pages/add/example_plugin/examplepage/{home_id}/")
    assert add_form.status_code in (302, 403, 404)  # Wagtail redirects with "permission denied"
    assert "voorbeeldpagina" not in editor.get(f"/admin/pages/{home_id}/add_subpage/").content.decode().lower()
    with in_hub(hardenberg):
        assert not ExamplePage.can_create_at(HomePage.objects.get(pk=home_id))
        assert ExamplePage.objects.filter(slug="voorbeeld").exists()


def test_a_plugin_enabled_in_one_hub_stays_off_in_another(example_page):
    assert hub_client("helmond").get("/voorbeeld/").status_code == 404
    assert "Voorbeeldtreffer" not in hub_client("helmond").get("/zoeken/?q=voorbeeldtreffer").content.decode()


def test_the_hub_plugins_command_switches_plugins_per_hub(hardenberg, helmond):
    out = io.StringIO()
    call_command("hub_plugins", "hardenberg", "--enable", "example", "--disable", "walkin", stdout=out)

    hardenberg.refresh_from_db()
    helmond.refresh_from_db()
    assert hardenberg.enabled_plugins == ["example"]
    assert helmond.enabled_plugins == ["walkin"]
    assert "example              aan" in out.getvalue()
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
    assert hardenberg.enabled_plugins == ["walkin"]


def test_coordinators_switch_plugins_for_a_hub_in_the_portal_admin(portal_client, hardenberg):
    from hubplatform.demo.loader import COORDINATOR

    assert portal_client.login_form(COORDINATOR["username"], COORDINATOR["password"]).status_code == 302
    listing = portal_client.get("/admin/hubs/").content.decode()
    for name in ("Informatieknooppunt Relaties en Scheiden Hardenberg", "Duurzaam Ouderschap Helmond"):
        assert name in listing
    assert "hardenberg.localhost" in listing
    edit_url = f"/admin/hubs/edit/{hardenberg.pk}/"
    form = portal_client.get(edit_url)
    assert form.status_code == 200
    assert "Voorbeeldplugin" in form.content.decode()

    response = portal_client.post(
        edit_url, {"name": hardenberg.name, "region": hardenberg.region_id, "enabled_plugins": ["walkin", "example"]}
    )

    assert response.status_code == 302
    hardenberg.refresh_from_db()
    assert hardenberg.enabled_plugins == ["walkin", "example"]


def test_plugins_count_as_off_inside_a_bare_schema_context(hardenberg, in_schema):
    from hubplatform.plugins import is_enabled

    set_plugins(hardenberg, ["walkin", "example"])
    with in_schema("hardenberg"):
        assert is_enabled("example") is False
