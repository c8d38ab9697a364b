from plugins.base import NETWORK, ON_HUBS, ON_HUBS_AND_PORTAL, ON_PORTAL, MenuEntry, PluginConfig, PluginUrls


class DirectoryConfig(PluginConfig):
    default = True
    name = "plugins.directory"
    label = "directory"
    verbose_name = "Partneroverzicht"

    plugin_key = "directory"
    plugin_description = (
        "Eén partneroverzicht voor het hele netwerk (Open Referral HSDS 3): hulpverleners, inloopspreekuren en "
        "landelijke hulplijnen, in elke hub gefilterd op het eigen gebied."
    )
    data_scope = NETWORK
    urls = (
        PluginUrls("plugins.directory.urls", prefix="hulp-in-de-buurt/", on=ON_HUBS),
        PluginUrls("plugins.directory.portal_urls", prefix="hulp-in-de-buurt/", on=ON_PORTAL),
        PluginUrls("plugins.directory.feed_urls", prefix="hulp-in-de-buurt/", on=ON_HUBS, localized=False),
        PluginUrls("plugins.directory.api_urls", prefix="api/hsds/", on=ON_HUBS_AND_PORTAL, localized=False),
    )
    admin_menu_items = (
        MenuEntry(
            label="Partners", url="/admin/partners/", icon_name="group", order=260, on=ON_HUBS_AND_PORTAL
        ),
    )
    indexers = ("plugins.directory.indexers.PartnerServiceIndexer",)
    demo = "plugins.directory.demo.DirectoryDemo"

    def ready(self):
        from plugins.directory.models import TRACKED_MODELS
        from search.indexing import reindex_on_save
        from tenants.gateway import gateway

        for model in TRACKED_MODELS:
            gateway.track(model)
            # A save anywhere in the directory re-syncs its search documents (a task).
            reindex_on_save(model, self.plugin_key)
