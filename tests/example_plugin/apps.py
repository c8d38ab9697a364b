"""A tiny plugin, installed only in the test settings, that uses every extension point."""

from hubplatform.plugins import MenuEntry, PluginConfig


class ExamplePluginConfig(PluginConfig):
    default = True
    name = "tests.example_plugin"
    label = "example_plugin"
    verbose_name = "Voorbeeldplugin"

    plugin_key = "example"
    plugin_description = "Laat zien hoe een plugin werkt."
    page_types = ("example_plugin.ExamplePage",)
    blocks = (("example_notice", "tests.example_plugin.blocks.NoticeBlock"),)
    search_providers = ("tests.example_plugin.search.find_notices",)
    admin_menu_items = (MenuEntry(label="Voorbeeldmenu", url="/admin/voorbeeld/", icon_name="cog", order=999),)
