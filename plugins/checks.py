"""
System checks for the rules that follow from what plugins declare.
"""

from django.conf import settings
from django.core import checks
from django.urls import NoReverseMatch

from plugins.base import DATA_SCOPES, NETWORK, PER_HUB
from plugins.registry import registry


def _error(message, hint, code):
    return checks.Error(message, hint=hint, id=f"plugins.{code}")


@checks.register()
def check_data_scopes(app_configs, **kwargs):
    """A plugin's app must be installed in the schemas its data scope names, and only there."""
    errors = []
    for plugin in registry.all():
        in_public = plugin.name in settings.SHARED_APPS
        in_hubs = plugin.name in settings.TENANT_APPS
        if plugin.data_scope not in DATA_SCOPES:
            errors.append(
                _error(
                    f"Plugin {plugin.plugin_key!r} has data_scope {plugin.data_scope!r}.",
                    "Use plugins.base.PER_HUB or plugins.base.NETWORK.",
                    "E001",
                )
            )
        elif plugin.data_scope == PER_HUB and not (in_public and in_hubs):
            errors.append(
                _error(
                    f"Plugin {plugin.plugin_key!r} keeps its data per hub, so {plugin.name} must be in both "
                    "SHARED_APPS and TENANT_APPS.",
                    "Hubs hold its rows; the portal keeps an empty copy of its tables so that deletes there "
                    "find every table a cascade may reach. plugins.discovery places it for you.",
                    "E001",
                )
            )
        elif plugin.data_scope == NETWORK and not (in_public and not in_hubs):
            errors.append(
                _error(
                    f"Plugin {plugin.plugin_key!r} keeps its data network-wide, so {plugin.name} must be in "
                    "SHARED_APPS and not in TENANT_APPS.",
                    "A copy of its tables in every hub would be empty, and code in a hub would silently read "
                    "nothing. Hubs read network data through tenants.gateway.",
                    "E001",
                )
            )
    return errors


@checks.register()
def check_network_plugins(app_configs, **kwargs):
    """Network-wide plugins have no pages, and their models refuse queries outside the public schema."""
    from tenants.gateway import NetworkManager

    errors = []
    for plugin in registry.all():
        if not plugin.is_network_wide:
            continue
        if plugin.page_types:
            errors.append(
                _error(
                    f"Plugin {plugin.plugin_key!r} keeps its data network-wide but declares page types.",
                    "Pages live in every hub's schema. Offer the hub-facing pages as PluginUrls, or put "
                    "the page types in a per-hub plugin that `requires` this one.",
                    "E002",
                )
            )
        for model in plugin.get_models():
            if not isinstance(model._default_manager, NetworkManager):
                errors.append(
                    _error(
                        f"{model._meta.label} is network-wide data but its default manager is not a "
                        "tenants.gateway.NetworkManager.",
                        "Set `objects = NetworkManager()`, so that a query from a hub's schema fails loudly "
                        "instead of reading the wrong tables.",
                        "E003",
                    )
                )
    return errors


@checks.register()
def check_declarations(app_configs, **kwargs):
    """Required plugins exist, default plugins exist, and menu entries point somewhere."""
    errors = []
    known = set(registry.keys())
    for plugin in registry.all():
        for required in plugin.requires:
            if required not in known:
                errors.append(
                    _error(
                        f"Plugin {plugin.plugin_key!r} requires {required!r}, which is no installed plugin.",
                        f"Installed plugins: {', '.join(sorted(known))}.",
                        "E004",
                    )
                )
        for entry in plugin.admin_menu_items:
            try:
                entry.resolve_url()
            except NoReverseMatch:
                errors.append(
                    _error(
                        f"Menu item {entry.label!r} of plugin {plugin.plugin_key!r} names URL {entry.url!r}, "
                        "which does not exist.",
                        "Give a path starting with / or the name of a URL pattern.",
                        "E005",
                    )
                )
    for key in settings.KNOOPPUNT_DEFAULT_PLUGINS:
        if key not in known:
            errors.append(
                _error(
                    f"KNOOPPUNT_DEFAULT_PLUGINS names {key!r}, which is no installed plugin.",
                    f"Installed plugins: {', '.join(sorted(known))}.",
                    "E006",
                )
            )
    return errors
