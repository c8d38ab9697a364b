from django.utils import translation
from django.utils.translation import gettext

from pages.models import AUDIENCE_CHOICES
from search.documents import Indexer, SearchDocument
from tenants.current import current_hub

AUDIENCES = {code for code, _label in AUDIENCE_CHOICES}


class WalkInSessionIndexer(Indexer):
    """One document per regular walk-in hour of the hub's live, public walk-in pages (from the
    directory), for the audiences of its service. Numbered in the page's order, Monday first: the
    search's no-results page lists them in that order."""

    kind = "inloopspreekuur"

    def documents(self):
        from plugins.walkin.models import WalkInPage

        hub = current_hub()
        for page in WalkInPage.objects.live().public().specific():
            # In the page's language, as the page shows them (days and "Met ..." are translated).
            with translation.override(page.locale.language_code):
                for number, row in enumerate(page.regular_hours()):
                    location = row["location"] or {}
                    yield SearchDocument(
                        source=f"walkin:{hub.slug if hub else '-'}:{page.pk}:{number}",
                        kind=self.kind,
                        title=f"{page.title}: {row['when']} {row['time']}",
                        url=page.full_url,
                        hub=hub.slug if hub else None,
                        language=page.locale.language_code,
                        summary=_summary(location.get("name", ""), row["with_whom"]),
                        body=" ".join([row["when"], location.get("name", ""), location.get("address", ""), row["with_whom"] or ""]),
                        audiences=tuple(sorted(AUDIENCES & {term["code"] for term in row["service"]["terms"]})),
                        published_until=page.expire_at,
                    )


def _summary(place, with_whom):
    """"Centrum voor ouders, spreekkamer 1. Met een maatschappelijk werker.": two sentences, each
    starting with a capital (the directory's "with whom" text starts lower-case)."""
    sentences = [f"{place}." if place else "", gettext("Met %(whom)s.") % {"whom": with_whom} if with_whom else ""]
    return " ".join(sentence for sentence in sentences if sentence)
