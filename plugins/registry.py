"""
The plugins Django found, and whether each is available where code runs now.

A plugin is switched on per hub (`Hub.enabled_plugins`). Which hub that is comes from
`tenants.current.current_hub()`: the hub of the request, or the hub a command entered with
`tenant_context` or `schema_context`.
"""

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import import_string

from plugins.base import PluginConfig
from tenants.current import current_hub, on_portal


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

    def enabled(self, hub=None):
        """The plugins switched on in `hub` (default: the current hub)."""
        hub = hub if hub is not None else current_hub()
        return [config for config in self.all() if is_enabled(config.plugin_key, hub)]


registry = PluginRegistry()


def is_enabled(plugin_key, hub=None):
    """Whether a plugin is switched on in `hub` (default: the current hub). Never on the portal."""
    hub = hub if hub is not None else current_hub()
    return hub is not None and not hub.is_portal and plugin_key in (hub.enabled_plugins or [])


def offered_here(plugin_key, on):
    """Whether something a plugin offers `on` hubs and/or the portal is offered where code runs now."""
    if on_portal():
        return "portal" in on
    return "hubs" in on and is_enabled(plugin_key)


def _app_installed_in_current_schema(app_config):
    # An app's tables exist only in the schemas of the list it is in; offering its page types
    # elsewhere would let an editor create a page that points at a missing table.
    app_names = settings.SHARED_APPS if on_portal() else settings.TENANT_APPS
    return app_config.name in app_names


def page_type_available(model):
    """Whether pages of `model` may be created and served where code runs now."""
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
    """`pages` without those of plugins that are off here (for menus, sitemaps, search)."""
    hub = current_hub()
    for config in registry.all():
        if not is_enabled(config.plugin_key, hub):
            for model in config.get_page_models():
                pages = pages.not_type(model)
    return pages


def plugin_blocks():
    """The blocks plugins add to the block library, each tagged with its plugin's key.

    Called while models are imported: app configs exist then, models do not yet.
    """
    contributed = []
    for config in registry.all():
        for name, block_path in config.blocks:
            block = import_string(block_path)()
            block.plugin_key = config.plugin_key
            contributed.append((name, block))
    return contributed
