"""
What a plugin declares. Subclass `PluginConfig` in the plugin's apps.py and fill in what the
plugin contributes; everything is optional except `plugin_key`.
"""

from dataclasses import dataclass

from django.apps import AppConfig
from django.urls import reverse
from django.utils.module_loading import import_string

# Where a plugin's rows live.
#: In every hub's own schema. The portal keeps an empty copy of the tables, so that a delete in
#: the portal finds every table a cascade may reach (see hubplatform.checks).
PER_HUB = "hub"
#: Once, in the public schema, for the whole network. Hubs never query these tables; they ask
#: `tenants.gateway`, which reads them in the public schema.
NETWORK = "network"
DATA_SCOPES = (PER_HUB, NETWORK)

# Where a plugin's URLs and admin menu items are offered.
ON_HUBS = frozenset({"hubs"})
ON_PORTAL = frozenset({"portal"})
ON_HUBS_AND_PORTAL = ON_HUBS | ON_PORTAL


@dataclass(frozen=True)
class MenuEntry:
    """An admin menu item. `url` is a path ("/admin/...") or the name of a URL pattern."""

    label: str
    url: str
    icon_name: str = "cog"
    order: int = 900
    url_args: tuple = ()
    on: frozenset = ON_HUBS

    def resolve_url(self):
        return self.url if self.url.startswith("/") else reverse(self.url, args=self.url_args)


@dataclass(frozen=True)
class PluginUrls:
    """A URL module (with `urlpatterns`) a plugin mounts under `prefix` on hubs, the portal, or both.

    `localized` URLs sit under the language prefix (/en/...), as pages do; APIs and feeds do not.
    As with Django's include(), the module's `app_name` is the namespace to reverse its names in.
    """

    module: str
    prefix: str = ""
    on: frozenset = ON_HUBS
    localized: bool = True


class PluginConfig(AppConfig):
    """Base AppConfig of a platform plugin."""

    #: Stable identifier, stored in each hub's list of switched-on plugins.
    plugin_key = ""
    #: One Dutch sentence for coordinators choosing plugins in the portal admin.
    plugin_description = ""
    #: Where the plugin's rows live: PER_HUB or NETWORK.
    data_scope = PER_HUB
    #: Keys of plugins that must be switched on in a hub before this one can be.
    requires = ()
    #: Page models, as "app_label.ModelName" (per-hub plugins only: pages live in the hubs).
    page_types = ()
    #: StreamField blocks offered in every page body: ("name", "dotted.path.BlockClass").
    blocks = ()
    #: `PluginUrls` the plugin mounts.
    urls = ()
    #: `MenuEntry` items shown in the Wagtail admin where the plugin is on.
    admin_menu_items = ()
    #: Dotted paths of `search.documents.Indexer` subclasses: what the federated index holds of it.
    #: They run where the plugin's data lives: inside each hub where it is on (PER_HUB), or once
    #: in the public schema (NETWORK).
    indexers = ()
    #: Indexers of a PER_HUB plugin whose things are network-wide all the same (hub None): they run
    #: once, in the public schema, as a NETWORK plugin's do. Shared content needs it: its library is
    #: public although the app is installed in every schema (see plugins/shared/apps.py).
    network_indexers = ()
    #: Dotted path of a `demo.plugins.PluginDemo` subclass that adds the plugin's demo content.
    demo = ""

    @property
    def is_network_wide(self):
        return self.data_scope == NETWORK

    def get_page_models(self):
        from django.apps import apps

        return [apps.get_model(label) for label in self.page_types]

    def get_indexers(self):
        return [import_string(path)() for path in self.indexers]

    @property
    def hub_indexer_paths(self):
        """The indexers that run inside each hub where the plugin is on."""
        return () if self.is_network_wide else tuple(self.indexers)

    @property
    def network_indexer_paths(self):
        """The indexers that run once, in the public schema, for the whole network."""
        return (*self.indexers, *self.network_indexers) if self.is_network_wide else tuple(self.network_indexers)

    def get_demo(self):
        return import_string(self.demo)() if self.demo else None
