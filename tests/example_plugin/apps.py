"""A network-wide test plugin that uses every extension point a network-wide plugin has."""

from plugins.base import (
    NETWORK,
    ON_HUBS_AND_PORTAL,
    ON_PORTAL,
    MenuEntry,
    PluginConfig,
    PluginUrls,
)


class ExamplePluginConfig(PluginConfig):
    default = True
    name = "tests.example_plugin"
    label = "example_plugin"
    verbose_name = "Voorbeeldplugin"

    plugin_key = "example"
    plugin_description = "Laat zien hoe een plugin met gegevens voor het hele netwerk werkt."
    data_scope = NETWORK
    blocks = (("example_notice", "tests.example_plugin.blocks.NoticeBlock"),)
    urls = (
        PluginUrls("tests.example_plugin.urls", prefix="mededelingen/", on=ON_HUBS_AND_PORTAL),
        PluginUrls("tests.example_plugin.api_urls", prefix="api/mededelingen/", on=ON_HUBS_AND_PORTAL, localized=False),
    )
    admin_menu_items = (
        MenuEntry(label="Mededelingen", url="/admin/mededelingen/", icon_name="info-circle", on=ON_PORTAL),
    )
    indexers = ("tests.example_plugin.indexers.NoticeIndexer",)
    demo = "tests.example_plugin.demo.ExampleDemo"

    def ready(self):
        from search.indexing import reindex_on_save
        from tenants.gateway import gateway
        from tests.example_plugin.models import Notice

        gateway.track(Notice)
        # Every save or delete of a notice re-syncs the plugin's search documents (a task).
        reindex_on_save(Notice, self.plugin_key)
