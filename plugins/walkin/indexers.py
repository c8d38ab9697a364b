from search.documents import Indexer, SearchDocument
from tenants.current import current_hub


class WalkInSessionIndexer(Indexer):
    """One document per regular walk-in hour of the hub's live, public walk-in pages (from the directory)."""

    kind = "inloopspreekuur"

    def documents(self):
        from plugins.walkin.models import WalkInPage

        hub = current_hub()
        for page in WalkInPage.objects.live().public().specific():
            for number, row in enumerate(page.regular_hours()):
                location = row["location"] or {}
                yield SearchDocument(
                    source=f"walkin:{hub.slug if hub else '-'}:{page.pk}:{number}",
                    kind=self.kind,
                    title=f"{page.title}: {row['when']} {row['time']}",
                    url=page.full_url,
                    hub=hub.slug if hub else None,
                    language=page.locale.language_code,
                    summary=f"{location.get('name', '')}. {row['with_whom'] or ''}".strip(),
                    body=" ".join([row["when"], location.get("name", ""), location.get("address", ""), row["with_whom"] or ""]),
                    published_until=page.expire_at,
                )
