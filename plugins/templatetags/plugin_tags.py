from django import template

from plugins.registry import is_enabled, registry
from tenants.current import on_portal

register = template.Library()


@register.filter
def block_enabled(bound_block):
    """False for a block of a plugin that is not available where the page is served.

    On a hub: the plugin is switched on there. On the portal, which has no plugin switches: the
    plugin is network-wide (a per-hub plugin's data is not in the portal's schema).
    """
    plugin_key = getattr(bound_block.block, "plugin_key", None)
    if plugin_key is None:
        return True
    if on_portal():
        return registry.get(plugin_key).is_network_wide
    return is_enabled(plugin_key)
