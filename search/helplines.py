"""What a search that finds nothing offers instead: the hub's walk-in hours and phone number,
and the national helplines every resident can call."""

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_noop

from pages.models import AUDIENCE_CHOICES
from search.models import IndexedDocument
from tenants.gateway import gateway

#: Who may be searching a hub's site; a session meant only for professionals is not offered to them.
RESIDENTS = [code for code, _label in AUDIENCE_CHOICES if code != "professionals"]

#: National services, the same for every hub (their own published numbers). Names stay Dutch
#: (that is what residents hear on the phone); the texts are translated on the results page.
NATIONAL_HELPLINES = [
    {"name": "De Kindertelefoon", "phone": "0800 0432", "text": gettext_noop("Voor kinderen en jongeren: gratis en anoniem, elke dag van 11.00 tot 21.00 uur.")},
    {"name": "Het Juridisch Loket", "phone": "0800 8020", "text": gettext_noop("Gratis juridisch advies over scheiden, alimentatie en omgang.")},
    {"name": "Veilig Thuis", "phone": "0800 2000", "text": gettext_noop("Bij huiselijk geweld of kindermishandeling, dag en nacht bereikbaar.")},
    # A separation can bring a parent or a child to think of suicide: the search says where to
    # turn. Its free number; 113 (normal rate) and the chat are in the text and on the site.
    {"name": "113 Zelfmoordpreventie", "phone": "0800 0113", "site": "https://www.113.nl",
     "text": gettext_noop("Denkt u aan zelfmoord? Praat erover, gratis en anoniem, dag en nacht. U kunt ook 113 bellen of chatten op de website.")},
]


def walk_in_sessions(hub, limit=6):
    """The hub's walk-in sessions for residents (a session without audiences is for everyone),
    from the index (title and link), in week order; [] on the portal."""
    if hub is None:
        return []

    def build(hub_id):
        now = timezone.now()
        rows = IndexedDocument.objects.filter(hub_id=hub_id, kind="inloopspreekuur").filter(
            Q(published_until__isnull=True) | Q(published_until__gt=now),
            Q(audiences=[]) | Q(audiences__overlap=RESIDENTS),
        )
        return list(rows.values("source", "title", "url", "summary"))

    return sorted(gateway.run(build, hub.pk), key=_week_position)[:limit]


def _week_position(session):
    # The walk-in indexer numbers a page's sessions Monday first, then by time
    # ("walkin:<hub>:<page>:<number>"); their titles, which start with the page's and go on with
    # the day's name, sorted dinsdag before maandag.
    *_rest, page, number = session["source"].split(":")
    return int(page), int(number)
