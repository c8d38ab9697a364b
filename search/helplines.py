"""What a search that finds nothing offers instead: the hub's walk-in hours and phone number,
and the national helplines every resident can call."""

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_noop

from pages.models import AUDIENCE_CHOICES
from search.analysis import words
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


#: Words and phrases (folded, as `search.analysis.words` gives them) that say a resident may be in
#: danger, by the helpline for it. The results page then starts with those helplines, whatever
#: else it finds, and these words are never "corrected" into others: the index need not hold
#: them ("ik wil dood" was "Bedoelde u ik wil door?", "mijn man slaat me" "... staat me?").
CRISIS = {
    "113 Zelfmoordpreventie": {
        "words": {"zelfmoord", "zelfmoordgedachten", "zelfdoding", "suicide", "suicidaal", "dood", "doodgaan", "sterven"},
        "phrases": ("niet meer leven", "einde aan maken", "eind aan maken", "er niet meer zijn"),
    },
    "Veilig Thuis": {
        "words": {"slaat", "slaan", "sla", "geslagen", "schopt", "geschopt", "mishandeld", "mishandelt", "mishandeling",
                  "geweld", "bedreigd", "bedreigt", "bedreiging", "onveilig", "misbruik", "misbruikt", "verkracht",
                  "verkrachting", "huiselijk"},
        "phrases": (),
    },
}
CRISIS_WORDS = frozenset().union(*(crisis["words"] for crisis in CRISIS.values()))


def crisis_helplines(query):
    """The national helplines a query asks for by its words (see CRISIS), in NATIONAL_HELPLINES' order."""
    typed = words(query)
    text = f" {' '.join(typed)} "
    wanted = {
        name for name, crisis in CRISIS.items()
        if crisis["words"] & set(typed) or any(f" {phrase} " in text for phrase in crisis["phrases"])
    }
    return [line for line in NATIONAL_HELPLINES if line["name"] in wanted]


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
