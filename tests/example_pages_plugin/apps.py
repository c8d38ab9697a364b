"""A per-hub test plugin with a page type and a menu item."""

from plugins.base import PER_HUB, MenuEntry, PluginConfig


class ExamplePagesPluginConfig(PluginConfig):
    default = True
    name = "tests.example_pages_plugin"
    label = "example_pages_plugin"
    verbose_name = "Voorbeeldpagina's"

    plugin_key = "example-pages"
    plugin_description = "Laat zien hoe een plugin met eigen paginatypen werkt."
    data_scope = PER_HUB
    page_types = ("example_pages_plugin.ExamplePage",)
    admin_menu_items = (MenuEntry(label="Voorbeeldmenu", url="/admin/voorbeeld/", icon_name="cog", order=999),)
