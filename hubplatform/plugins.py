"""
The plugin framework.

A plugin is a Django app under plugins/ whose AppConfig subclasses `PluginConfig` and declares
what it contributes: page types, StreamField blocks, search providers and admin menu items.
The registry is filled in `HubplatformConfig.ready()`. Each hub switches plugins on or off
(`Municipality.enabled_plugins`); a plugin that is off in a hub offers no page types there, its
pages are not served, its blocks render nothing and its menu items are hidden.
"""

from dataclasses import dataclass

from django.apps import AppConfig, apps
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.urls import NoReverseMatch, reverse
from django.utils.module_loading import import_string
from django_tenants.utils import get_public_schema_name


@dataclass(frozen=True)
class MenuEntry:
    """An admin menu item a plugin contributes; `url` is a URL name or a path."""

    label: str
    url: str
    icon_name: str = "cog"
    order: int = 900
    url_args: tuple = ()

    def resolve_url(self):
        try:
            return reverse(self.url, args=self.url_args)
        except NoReverseMatch:
            return self.url


class PluginConfig(AppConfig):
    """Base AppConfig of a platform plugin. Subclass it in the plugin's apps.py."""

    #: Stable identifier stored in each hub's list of enabled plugins.
    plugin_key = ""
    #: One sentence for coordinators choosing plugins in the portal admin.
    plugin_description = ""
    #: Page models, as "app_label.ModelName".
    page_types = ()
    #: StreamField blocks added to the shared block library: ("name", "dotted.path.BlockClass").
    blocks = ()
    #: Callables `(query, request) -> iterable of search.providers.SearchHit`, as dotted paths.
    search_providers = ()
    #: `MenuEntry` instances shown in a hub's Wagtail admin while the plugin is on there.
    admin_menu_items = ()

    def get_page_models(self):
        return [apps.get_model(label) for label in self.page_types]

    def get_search_providers(self):
        return [import_string(path) for path in self.search_providers]


class PluginRegistry:
    def __init__(self):
        self._plugins = {}
        self._by_app_label = {}
        self.ready = False

    def populate(self):
        if self.ready:
            return
        for app_config in apps.get_app_configs():
            if isinstance(app_config, PluginConfig):
                self.register(app_config)
        self.ready = True

    def register(self, app_config):
        key = app_config.plugin_key
        if not key:
            raise ImproperlyConfigured(f"Plugin app {app_config.name} must set plugin_key.")
        if key in self._plugins and self._plugins[key] is not app_config:
            raise ImproperlyConfigured(
                f"Plugin key {key!r} is used by both {self._plugins[key].name} and {app_config.name}."
            )
        self._plugins[key] = app_config
        self._by_app_label[app_config.label] = app_config

    def all(self):
        self.populate()
        return sorted(self._plugins.values(), key=lambda config: config.plugin_key)

    def keys(self):
        return [config.plugin_key for config in self.all()]

    def get(self, key):
        self.populate()
        return self._plugins.get(key)

    def for_app_label(self, app_label):
        self.populate()
        return self._by_app_label.get(app_label)

    def enabled(self, tenant=None):
        """The plugins switched on for `tenant` (default: the tenant of the current connection)."""
        return [config for config in self.all() if is_enabled(config.plugin_key, tenant)]


registry = PluginRegistry()


def current_tenant():
    return getattr(connection, "tenant", None)


def on_portal():
    return connection.schema_name == get_public_schema_name()


def is_enabled(plugin_key, tenant=None):
    """Whether a plugin is on in `tenant`. Plugins live in the hubs, never on the portal."""
    tenant = tenant or current_tenant()
    if tenant is None or tenant.schema_name == get_public_schema_name():
        return False
    # schema_context() sets a stand-in tenant that has no plugin list: nothing is on there.
    return plugin_key in (getattr(tenant, "enabled_plugins", None) or [])


def _app_installed_in_current_schema(app_config):
    # An app's tables exist only in the schemas of the list it is in; offering its page types
    # elsewhere would let an editor create a page that points at a missing table.
    app_names = settings.SHARED_APPS if on_portal() else settings.TENANT_APPS
    return app_config.name in app_names


def page_type_available(model):
    """Whether pages of `model` may be created and served on the current host."""
    app_config = apps.get_app_config(model._meta.app_label)
    if not _app_installed_in_current_schema(app_config):
        return False
    if on_portal() and not getattr(model, "available_on_portal", True):
        return False
    if not on_portal() and not getattr(model, "available_on_hubs", True):
        return False
    plugin = registry.for_app_label(app_config.label)
    return plugin is None or is_enabled(plugin.plugin_key)


def exclude_unavailable(pages):
    """`pages` without those of the plugins that are off here (for menus, sitemaps, search)."""
    for config in registry.all():
        if not is_enabled(config.plugin_key):
            for model in config.get_page_models():
                pages = pages.not_type(model)
    return pages


def plugin_blocks():
    """The blocks plugins add to the block library, tagged with their plugin's key.

    Called while models are imported: app configs exist then, models do not yet.
    """
    contributed = []
    for app_config in apps.get_app_configs():
        if isinstance(app_config, PluginConfig):
            for name, block_path in app_config.blocks:
                block = import_string(block_path)()
                block.plugin_key = app_config.plugin_key
                contributed.append((name, block))
    return contributed
