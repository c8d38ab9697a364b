from plugins.walkin.blocks import WEEKDAYS
from search.documents import Indexer, SearchDocument
from tenants.current import current_hub


class WalkInSessionIndexer(Indexer):
    """One document per weekly walk-in session of the hub's live, public walk-in pages."""

    kind = "inloopspreekuur"

    def documents(self):
        from plugins.walkin.models import WalkInPage

        hub = current_hub()
        day_names = dict(WEEKDAYS)
        for page in WalkInPage.objects.live().public().specific():
            for number, session in enumerate(page.sessions):
                value = session.value
                day = day_names.get(int(value["weekday"]), "")
                yield SearchDocument(
                    source=f"walkin:{hub.slug if hub else '-'}:{page.pk}:{number}",
                    kind=self.kind,
                    title=f"{page.title}: {day} {value['opens']:%H:%M}–{value['closes']:%H:%M}",
                    url=page.full_url,
                    hub=hub.slug if hub else None,
                    language=page.locale.language_code,
                    summary=f"{value['location']}. {value['with_whom'] or ''}".strip(),
                    body=" ".join([day, value["location"], value["address"] or "", value["with_whom"] or ""]),
                    published_until=page.expire_at,
                )
