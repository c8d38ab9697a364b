"""
Rendered pieces of residents' pages kept in the cache: Wagtail's fragment cache tags, per hub.

`{% hubcache name %}` keeps what is the same on every page of a hub (the footer),
`{% hubpagecache name %}` what is the same for every resident of one page (its header, its body).
Both are Wagtail's `{% wagtailcache %}` / `{% wagtailpagecache %}` (which skip the cache in
previews), with the key and the rules residents' pages need:

- the key holds the schema, scheme, host and language, and the hub generation of pages.cache,
  so a publish, unpublish, branding or network-wide change in a hub starts new fragments, and
  nothing of one hub is ever served to another (the default cache's keys carry the schema too);
- a page fragment's key also holds the page's cache key (id, URL, last publication), its site
  and the request's path, since a page with sub-routes renders one page object at many paths;
- the cache is neither read nor filled for an editor who is logged in, a request that is not
  GET or HEAD, a page fragment asked with a query string, or a request without a generation
  (outside the page cache's middleware);
- a fragment lives as long as a page in the page cache (KNOOPPUNT_PAGE_CACHE_SECONDS), so a
  block that depends on the time (next walk-in hours) is as fresh as it is in the page cache.
"""

from django import template
from django.conf import settings
from django.db import connection
from django.template import Variable
from django.utils import translation
from wagtail.models import PAGE_TEMPLATE_VAR, Page
from wagtail.templatetags.wagtail_cache import WagtailCacheNode, WagtailPageCacheNode

register = template.Library()

VARY_VAR = "knooppunt_fragment_vary"


class _PageCacheSeconds:
    """The fragments' lifetime, read like a template variable when a fragment is stored."""

    def resolve(self, context):
        return getattr(settings, "KNOOPPUNT_PAGE_CACHE_SECONDS", 600)


def _vary_on(request, per_page):
    """What a fragment's key holds besides its name; None when it must not be cached."""
    generation = getattr(request, "hub_generation", None) if request is not None else None
    if generation is None or request.method not in ("GET", "HEAD"):
        return None
    if per_page and request.META.get("QUERY_STRING"):
        return None
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return None
    vary = [connection.schema_name, request.scheme, request.get_host(), translation.get_language(), generation]
    return vary + [request.path] if per_page else vary


class HubCacheNode(WagtailCacheNode):
    per_page = False

    def __init__(self, nodelist, fragment_name):
        super().__init__(nodelist, _PageCacheSeconds(), fragment_name, [Variable(VARY_VAR)], None)

    def render(self, context):
        vary = _vary_on(context.get("request"), self.per_page)
        if vary is None:
            return self.nodelist.render(context)
        with context.push({VARY_VAR: vary}):
            return super().render(context)


class HubPageCacheNode(HubCacheNode, WagtailPageCacheNode):
    per_page = True

    def render(self, context):
        if not isinstance(context.get(PAGE_TEMPLATE_VAR), Page):
            return self.nodelist.render(context)
        return super().render(context)


def _cache_tag(name, node_class):
    def do_cache(parser, token):
        nodelist = parser.parse((f"end{name}",))
        parser.delete_first_token()
        tokens = token.split_contents()
        if len(tokens) != 2:
            raise template.TemplateSyntaxError(f"'{name}' takes one argument: the fragment's name.")
        return node_class(nodelist, tokens[1])

    register.tag(name, do_cache)


_cache_tag("hubcache", HubCacheNode)
_cache_tag("hubpagecache", HubPageCacheNode)
