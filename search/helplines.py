"""What a search that finds nothing offers instead: the hub's walk-in hours and phone number,
and the national helplines every resident can call."""

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_noop

from search.models import IndexedDocument
from tenants.gateway import gateway

#: National services, the same for every hub (their own published numbers). Names stay Dutch
#: (that is what residents hear on the phone); the texts are translated on the results page.
NATIONAL_HELPLINES = [
    {"name": "De Kindertelefoon", "phone": "0800 0432", "text": gettext_noop("Voor kinderen en jongeren: gratis en anoniem, elke dag van 11.00 tot 21.00 uur.")},
    {"name": "Het Juridisch Loket", "phone": "0800 8020", "text": gettext_noop("Gratis juridisch advies over scheiden, alimentatie en omgang.")},
    {"name": "Veilig Thuis", "phone": "0800 2000", "text": gettext_noop("Bij huiselijk geweld of kindermishandeling, dag en nacht bereikbaar.")},
]


def walk_in_sessions(hub, limit=6):
    """The hub's walk-in sessions, from the index (title and link), or [] on the portal."""
    if hub is None:
        return []

    def build(hub_id):
        now = timezone.now()
        rows = IndexedDocument.objects.filter(hub_id=hub_id, kind="inloopspreekuur").filter(
            Q(published_until__isnull=True) | Q(published_until__gt=now)
        )
        return list(rows.order_by("title").values("title", "url", "summary")[:limit])

    return gateway.run(build, hub.pk)
