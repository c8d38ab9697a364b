"""
The URL patterns plugins mount, for the hubs' and the portal's URL confs.

Every view a plugin mounts is wrapped: on a hub where the plugin is off it answers 404, as the
plugin's pages do, so a switched-off feature cannot be reached by typing its address.
"""

import functools
from importlib import import_module

from django.http import Http404
from django.urls import URLPattern, URLResolver, include, path

from plugins.registry import offered_here, registry


def plugin_urlpatterns(site, localized):
    """Patterns of every plugin offered on `site` ("hubs" or "portal"), localized or not."""
    patterns = []
    for plugin in registry.all():
        mounted = [urls for urls in plugin.urls if site in urls.on and urls.localized == localized]
        for urls in mounted:
            module = import_module(urls.module)
            guarded = [_guard(pattern, plugin.plugin_key, urls.on) for pattern in module.urlpatterns]
            # As with Django's include(), the module's app_name is its namespace.
            patterns.append(path(urls.prefix, include((guarded, getattr(module, "app_name", None)))))
    return patterns


def _guard(pattern, plugin_key, on):
    if isinstance(pattern, URLResolver):
        return URLResolver(
            pattern.pattern,
            [_guard(child, plugin_key, on) for child in pattern.url_patterns],
            pattern.default_kwargs,
            pattern.app_name,
            pattern.namespace,
        )
    return URLPattern(pattern.pattern, _only_where_offered(pattern.callback, plugin_key, on), pattern.default_args, pattern.name)


def _only_where_offered(view, plugin_key, on):
    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        if not offered_here(plugin_key, on):
            raise Http404("Deze functie staat op deze website niet aan.")
        return view(request, *args, **kwargs)

    return wrapped
