from plugins.base import ON_HUBS, ON_PORTAL, PER_HUB, MenuEntry, PluginConfig, PluginUrls


class SharedContentConfig(PluginConfig):
    """Shared content: coordinators write a piece once in the portal; hubs embed or syndicate it.

    The library (`SharedPiece`) lives in the public schema only and hubs read it through
    tenants.gateway. The app is nevertheless installed in every schema (PER_HUB): a piece has
    revisions, a lock owner and a locale, tables every schema has, and a relation from a
    public-only table to them would cross schemas (hubplatform.E003). Its hub-side half, the
    syndicated page and the hub's choice to publish them at once, is per hub by nature.
    """

    default = True
    name = "plugins.shared"
    label = "shared"
    verbose_name = "Gedeelde inhoud"

    plugin_key = "shared"
    plugin_description = "Teksten die coördinatoren één keer schrijven: insluiten of als eigen pagina overnemen."
    data_scope = PER_HUB
    page_types = ("shared.SyndicatedPage",)
    blocks = (("shared_content", "plugins.shared.blocks.SharedContentBlock"),)
    urls = (
        PluginUrls("plugins.shared.urls", prefix="gedeelde-bestanden/", on=ON_HUBS, localized=False),
        PluginUrls("plugins.shared.portal_urls", prefix="gedeeld/", on=ON_PORTAL),
    )
    # The library's documents belong to no hub, so they are indexed once, in the public schema.
    network_indexers = ("plugins.shared.indexers.SharedPieceIndexer",)
    demo = "plugins.shared.demo.SharedContentDemo"
    admin_menu_items = (
        MenuEntry(label="Gedeelde inhoud", url="shared_hub:overview", icon_name="doc-full-inverse", order=260, on=ON_HUBS),
        MenuEntry(label="Gebruik gedeelde inhoud", url="shared_portal:usage_index", icon_name="doc-full-inverse", order=170, on=ON_PORTAL),
    )

    def ready(self):
        from plugins.shared import signals
        from plugins.shared.models import SharedPiece
        from tenants.gateway import gateway

        gateway.track(SharedPiece)
        signals.connect()
