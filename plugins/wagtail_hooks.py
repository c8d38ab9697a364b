from django.http import Http404
from django.utils.functional import lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from plugins.registry import offered_here, page_type_available, registry


@hooks.register("before_serve_page")
def refuse_unavailable_page_types(page, request, serve_args, serve_kwargs):
    # A plugin switched off in this hub keeps its pages (editors may switch it on again), but
    # residents must not reach them.
    if not page_type_available(type(page)):
        raise Http404("Deze pagina is hier niet beschikbaar.")


class PluginMenuItem(MenuItem):
    def __init__(self, plugin_key, entry):
        self.plugin_key = plugin_key
        self.entry = entry
        # URL names resolve once the URLconf is loaded, after hooks are collected.
        url = lazy(entry.resolve_url, str)()
        super().__init__(entry.label, url, icon_name=entry.icon_name, order=entry.order)

    def is_shown(self, request):
        return offered_here(self.plugin_key, self.entry.on)


def _register_plugin_menu_items():
    for plugin in registry.all():
        for entry in plugin.admin_menu_items:
            hooks.register("register_admin_menu_item", lambda key=plugin.plugin_key, e=entry: PluginMenuItem(key, e))


_register_plugin_menu_items()
