from plugins.walkin.blocks import WEEKDAYS
from search.providers import SearchHit


def search_sessions(query, request):
    """Walk-in hours whose place, day or staff match every word of the query."""
    from plugins.walkin.models import WalkInPage

    words = [word.lower() for word in query.split() if word]
    day_names = dict(WEEKDAYS)
    for page in WalkInPage.objects.live().public().specific():
        for session in page.sessions:
            value = session.value
            day = day_names.get(int(value["weekday"]), "")
            haystack = " ".join(
                [page.title, day, value["location"], value["address"] or "", value["with_whom"] or ""]
            ).lower()
            if words and all(word in haystack for word in words):
                yield SearchHit(
                    title=f"{page.title}: {day} {value['opens']:%H:%M}–{value['closes']:%H:%M}",
                    url=page.get_url(request),
                    snippet=f"{value['location']}. {value['with_whom'] or ''}".strip(),
                    kind="inloopspreekuur",
                )
