from plugins.base import PER_HUB, MenuEntry, PluginConfig


class WalkInConfig(PluginConfig):
    default = True
    name = "plugins.walkin"
    label = "walkin"
    verbose_name = "Inloopspreekuren"

    plugin_key = "walkin"
    plugin_description = "Pagina's met de inloopspreekuren van de hub, uit het partneroverzicht: waar, wanneer en met wie."
    data_scope = PER_HUB
    page_types = ("walkin.WalkInPage",)
    indexers = ("plugins.walkin.indexers.WalkInSessionIndexer",)
    demo = "plugins.walkin.demo.WalkInDemo"
    admin_menu_items = (
        MenuEntry(
            label="Inloopspreekuren",
            url="wagtailadmin_pages:type_use",
            url_args=("walkin", "walkinpage"),
            icon_name="time",
            order=250,
        ),
    )
