"""
What a hub's search looks through: its own pages (Wagtail's search, Dutch configuration) and the
documents of the plugins switched on in that hub.
"""

from dataclasses import dataclass

from wagtail.models import Page, Site

from plugins.registry import exclude_unavailable, registry
from scheduling.expiry import has_expired
from search.documents import matches
from tenants.gateway import gateway

MAX_QUERY_LENGTH = 200


@dataclass(frozen=True)
class SearchHit:
    title: str
    url: str
    snippet: str = ""
    kind: str = "pagina"


def clean_query(raw):
    """Trim a query to something safe to hand to the search backend."""
    return " ".join((raw or "").replace("\x00", " ").split())[:MAX_QUERY_LENGTH]


def search_pages(query, request):
    pages = exclude_unavailable(Page.objects.live().public().in_site(Site.find_for_request(request)))
    # specific() before search() loads each page type in one query, not one query per hit.
    for page in pages.specific().search(query, operator="and")[:50]:
        if has_expired(page):  # until the scheduler unpublishes it (the index cannot filter on it)
            continue
        yield SearchHit(
            title=page.title,
            url=page.get_url(request),
            snippet=getattr(page, "intro", "") or getattr(page, "hero_intro", "") or page.search_description,
            kind="pagina",
        )


def _network_documents(indexer):
    return list(indexer.documents())


def plugin_documents():
    """The documents of the plugins switched on in the current hub."""
    for plugin in registry.enabled():
        for indexer in plugin.get_indexers():
            if plugin.is_network_wide:
                yield from gateway.run(_network_documents, indexer)
            else:
                yield from indexer.documents()


def search_hub(query, request):
    """Pages first, then the plugins' documents that contain every word of the query."""
    hits = list(search_pages(query, request))
    words = query.lower().split()
    for document in plugin_documents():
        if words and matches(document, words):
            hits.append(SearchHit(title=document.title, url=document.url, snippet=document.summary, kind=document.kind))
    return hits
