"""
What every search backend answers, and the parts they share.

A backend matches and scores: given the concepts of a query (search.analysis) and what the
resident may see, it returns the best-scoring visible documents. Ordering by hub, language,
filters, facets, pages and snippets are done once, in search.service, for every backend.
"""

from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

#: Field weights: a word in the title counts most, then the summary, then the body.
TITLE_WEIGHT, SUMMARY_WEIGHT, BODY_WEIGHT = 1.0, 0.4, 0.15
#: Spelling corrections count for less than what the resident typed.
CORRECTION_WEIGHT = 0.6
#: The most candidates a backend returns; the service orders, filters and counts within them.
MAX_CANDIDATES = 500


@dataclass(frozen=True)
class SearchRequest:
    concepts: tuple
    now: datetime
    #: Hub ids whose own documents may be returned; None: every hub's.
    hub_ids: tuple | None = None
    #: (region slug, hub slug) a network-wide document must be meant for; None: all of them.
    network_for: tuple | None = None
    #: Keys of network-wide plugins whose documents may be returned; None: every plugin's.
    plugins: tuple | None = None
    #: Hubs whose documents (and network-wide ones) must be ranked in full: the resident's own.
    #: A backend may rank only a sample of the other matches, which come after them anyway.
    #: None: rank every match.
    near_hub_ids: tuple | None = None
    limit: int = MAX_CANDIDATES


class Candidate(NamedTuple):
    """A matching document, with what the service needs to order and filter it. (A named tuple:
    a search makes hundreds, and a frozen dataclass took half as long again to make.)"""

    id: int
    score: float
    hub_id: int | None
    kind: str
    language: str
    translation_key: str
    audiences: tuple = ()
    regions: tuple = ()
    hubs: tuple = ()
    #: The title's analysed terms (search.analysis), for "the resident typed its name".
    title_terms: str = ""


class BaseSearchBackend:
    #: Whether `suggest` corrects spelling ("bedoelde u ...?").
    supports_suggestions = True
    #: Whether the backend keeps a copy of the index in a separate engine (to mirror and check).
    has_engine = False

    def __init__(self, alias, params):
        self.alias = alias
        self.params = params

    @property
    def name(self):
        return type(self).__module__.rsplit(".", 1)[-1]

    def search(self, request):
        """The visible documents matching `request`, best first (a list of Candidate)."""
        raise NotImplementedError(f"{type(self).__name__} does not implement search.")

    def has_match(self, request):
        """Whether any visible document matches `request` (backends may answer more cheaply)."""
        from dataclasses import replace

        return bool(self.search(replace(request, limit=1)))

    def has_matches(self, requests):
        """has_match for each of `requests` (backends may ask all at once)."""
        return [self.has_match(request) for request in requests]

    def suggest(self, words):
        """{word: [corrections, best first]} for the words the index does not know."""
        raise NotImplementedError(f"{type(self).__name__} does not suggest corrections (supports_suggestions).")

    def mirror(self, sources, removed):
        """Bring the engine's copy of these index rows up to date (engines only)."""

    def rebuild(self, progress=None):
        """Refill the engine's copy from the index table (engines only); returns how many."""
        return 0

    def status(self):
        """For /healthz: whether searching works, and with what."""
        return {"ok": True, "backend": self.name}
