"""
The library in the federated index: one network-wide document (hub None) per live piece and
language, with the piece's region as where it may be found, and its page on the portal as URL.

The plugin is a per-hub plugin (see apps.py) that declares this indexer among its
`network_indexers`: it runs once, in the public schema, when `rebuild_search_index` rebuilds the
network's documents and whenever a piece is saved (`sync_library()`).
"""

from django.utils.html import strip_tags

from search.documents import Indexer, SearchDocument


class SharedPieceIndexer(Indexer):
    kind = "gedeelde inhoud"

    def documents(self):
        from wagtail.models import Site

        from plugins.shared.models import SharedPiece
        from regions.models import Region

        regions = dict(Region.objects.values_list("pk", "slug"))
        site = Site.objects.filter(is_default_site=True).first()
        root = site.root_url if site else ""
        sources = {}
        for piece in SharedPiece.objects.filter(live=True).select_related("locale"):
            sources.setdefault(str(piece.translation_key), []).append(piece)
        for versions in sources.values():
            dutch = next((piece for piece in versions if piece.locale.language_code == "nl"), None)
            if dutch is None:
                continue
            for piece in versions:
                language = piece.locale.language_code
                prefix = "" if language == "nl" else f"/{language}"
                yield SearchDocument(
                    source=f"shared:{dutch.pk}:{language}",
                    kind=self.kind,
                    title=piece.title,
                    url=f"{root}{prefix}/gedeeld/{dutch.pk}/",
                    language=language,
                    translation_key=str(piece.translation_key),
                    summary=piece.summary,
                    body=strip_tags(str(piece.body.render_as_block())),
                    audiences=tuple(dutch.audiences),
                    published_until=dutch.expire_at,
                    regions=(regions[dutch.region_id],) if dutch.region_id in regions else (),
                )


def sync_library():
    """Bring the library's search documents in step with the live pieces (public schema)."""
    from plugins.registry import registry
    from search.indexing import sync_network_plugin

    return sync_network_plugin(registry.get("shared"))
