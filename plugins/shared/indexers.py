from django.utils.html import strip_tags
from django.utils import translation

from plugins.shared import library
from plugins.shared.usage import uses_in_current_hub
from search.documents import Indexer, SearchDocument
from tenants.current import current_hub


class SharedPieceIndexer(Indexer):
    """One document per shared piece a hub shows embedded, found at the hub's page that shows it.

    A piece has no page of its own for residents: it is read where a hub embeds it, so that is
    what a search finds (syndicated pages are the hub's own pages and are indexed as such). The
    language of the documents is the hub page's: Dutch, as embeds are placed in Dutch pages.
    """

    kind = "gedeelde inhoud"

    def documents(self):
        from wagtail.models import Page

        hub = current_hub()
        embedded = [use for use in uses_in_current_hub() if use.how != "overgenomen"]
        pages = Page.objects.live().public().in_bulk([use.page_id for use in embedded])
        for use in embedded:
            page = pages.get(use.page_id)
            with translation.override("nl"):
                shown = library.render(use.piece_id, use.revision_id if use.how == "vastgezet" else None, hub=hub)
            if page is None or shown is None:
                continue
            yield SearchDocument(
                source=f"shared:{hub.slug}:{page.pk}:{use.piece_id}",
                kind=self.kind,
                title=shown["title"],
                url=page.full_url,
                hub=hub.slug,
                language="nl",
                summary=shown["summary"],
                body=strip_tags(shown["html"]),
                published_until=page.expire_at,
            )
