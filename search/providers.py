"""
What a hub's search looks through: its own pages (Wagtail's search, Dutch configuration) and
whatever the plugins switched on in that hub contribute.
"""

import logging
from dataclasses import dataclass

from wagtail.models import Page, Site

from hubplatform.plugins import exclude_unavailable, registry

logger = logging.getLogger(__name__)

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
        yield SearchHit(
            title=page.title,
            url=page.get_url(request),
            snippet=getattr(page, "intro", "") or getattr(page, "hero_intro", "") or page.search_description,
            kind="pagina",
        )


def search_hub(query, request):
    """Pages first, then the hits of the hub's enabled plugins."""
    hits = list(search_pages(query, request))
    for plugin in registry.enabled():
        for provider in plugin.get_search_providers():
            hits.extend(provider(query, request))
    return hits
