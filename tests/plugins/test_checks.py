"""The system checks that guard what plugins declare, each with a message that says what to do."""

import pytest
from django.conf import settings
from django.test import override_settings

from plugins.base import MenuEntry
from plugins.checks import check_data_scopes, check_declarations, check_network_plugins
from plugins.registry import registry
from tests.example_plugin.models import Notice


def test_the_installed_plugins_pass_every_check():
    assert check_data_scopes(None) == []
    assert check_network_plugins(None) == []
    assert check_declarations(None) == []


def test_a_per_hub_plugin_missing_from_the_hubs_is_reported():
    with override_settings(TENANT_APPS=[app for app in settings.TENANT_APPS if app != "plugins.walkin"]):
        errors = check_data_scopes(None)

    assert [error.id for error in errors] == ["plugins.E001"]
    assert "'walkin' keeps its data per hub" in errors[0].msg


def test_a_network_plugin_installed_in_the_hubs_is_reported():
    with override_settings(TENANT_APPS=[*settings.TENANT_APPS, "tests.example_plugin"]):
        errors = check_data_scopes(None)

    assert [error.id for error in errors] == ["plugins.E001"]
    assert "silently read nothing" in errors[0].hint


def test_a_network_plugin_with_page_types_is_reported(monkeypatch):
    monkeypatch.setattr(registry.get("example"), "page_types", ("example_pages_plugin.ExamplePage",))

    errors = check_network_plugins(None)

    assert [error.id for error in errors] == ["plugins.E002"]
    assert "Pages live in every hub's schema" in errors[0].hint


def test_a_network_model_without_the_guarding_manager_is_reported(monkeypatch):
    from django.db import models

    monkeypatch.setattr(Notice._meta, "default_manager", models.Manager())

    assert [error.id for error in check_network_plugins(None)] == ["plugins.E003"]


@pytest.mark.parametrize(
    "attribute, value, code",
    [
        ("requires", ("bestaat-niet",), "plugins.E004"),
        ("admin_menu_items", (MenuEntry(label="Kapot", url="bestaat_niet_url"),), "plugins.E005"),
    ],
)
def test_bad_declarations_are_reported(monkeypatch, attribute, value, code):
    monkeypatch.setattr(registry.get("walkin"), attribute, value)

    assert [error.id for error in check_declarations(None)] == [code]


@override_settings(KNOOPPUNT_DEFAULT_PLUGINS=["walkin", "bestaat-niet"])
def test_an_unknown_default_plugin_is_reported():
    assert [error.id for error in check_declarations(None)] == ["plugins.E006"]
