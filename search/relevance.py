"""
How good the search is, measured on the judged set (search.judged_queries).

For every query with relevant pages, on the host it names (a hub with its default scope, or the
portal):
- precision at 3: the share of the top 3 that is a relevant or acceptable page;
- reciprocal rank: 1 / the rank of the first relevant page (0 when not in the top 10);
- pass: every relevant page in the top 3 and no known-bad page first.
Queries that nothing should answer are "quiet" when the searched hub returns nothing of its own.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.utils.text import slugify

from search import service
from search.judged_queries import JUDGED
from tenants.gateway import gateway
from tenants.models import Hub

TOP = 3
DEPTH = 10


#: How the judged set names what is not a hub's page: a shared piece, a national helpline.
SHARED, NATIONAL = "gedeeld", "landelijk"


def page_identity(result):
    """What the judged set names a result by:
    - a page: (hub slug or "portal", page slug), a hub's home "home";
    - a partner service: (the hub whose directory shows it, or "landelijk", "partner:" + its name slugified);
    - a shared piece: ("gedeeld", its title slugified).
    A walk-in session leads to its walk-in page and is named by that page."""
    if result.kind == "partner":
        host = urlsplit(result.url).hostname
        keeper = host.split(".")[0] if host else NATIONAL
        return (keeper, "partner:" + slugify(result.title))
    if result.kind == "gedeelde inhoud":
        return (SHARED, slugify(result.title))
    path = [part for part in urlsplit(result.url).path.split("/") if part and part != "en"]
    return (result.hub or "portal", path[-1] if path else "home")


#: Kinds left out of the ranking rather than judged: none. Partner services and shared pieces are
#: judged like pages (named as above); a new kind of result is judged from the start.
UNJUDGED_KINDS = set()


def ranked_pages(results):
    """Identities in order, each once (a walk-in session leads to its page)."""
    seen, ranked = set(), []
    for result in results:
        if result.kind in UNJUDGED_KINDS:
            continue
        identity = page_identity(result)
        if identity not in seen:
            seen.add(identity)
            ranked.append(identity)
    return ranked


@dataclass
class QueryScore:
    query: dict
    ranked: list
    passed: bool
    precision: float
    reciprocal_rank: float


@dataclass
class Evaluation:
    scores: list = field(default_factory=list)
    quiet: list = field(default_factory=list)

    @property
    def judged(self):
        return len(self.scores)

    @property
    def precision_at_3(self):
        return sum(score.precision for score in self.scores) / max(1, self.judged)

    @property
    def mrr(self):
        return sum(score.reciprocal_rank for score in self.scores) / max(1, self.judged)

    @property
    def passed(self):
        return sum(1 for score in self.scores if score.passed)

    def per_tag(self):
        tags = defaultdict(lambda: [0, 0])
        for score in self.scores:
            for tag in score.query.get("tags", ()):
                tags[tag][0] += score.passed
                tags[tag][1] += 1
        return dict(sorted(tags.items()))

    def failures(self):
        return [score for score in self.scores if not score.passed]


def score_query(query, ranked):
    relevant = list(query["relevant"])
    acceptable = set(relevant) | set(query.get("also_ok", ()))
    top = ranked[:TOP]
    precision = sum(1 for page in top if page in acceptable) / TOP
    rank = next((position for position, page in enumerate(ranked[:DEPTH], start=1) if page in relevant), None)
    passed = all(page in top for page in relevant) and not (top and top[0] in query.get("not_first", ()))
    return QueryScore(query, ranked, passed, precision, 1 / rank if rank else 0.0)


def evaluate(queries=JUDGED):
    with gateway.public_schema():
        hubs = {hub.slug: hub for hub in Hub.objects.hubs()}
    evaluation = Evaluation()
    for query in queries:
        hub = hubs.get(query["hub"]) if query["hub"] else None
        outcome = service.search(query["query"], hub=hub, scope="all")
        ranked = ranked_pages(outcome.results)
        if not query["relevant"]:
            own = [page for page in ranked if page[0] == (query["hub"] or "portal")]
            evaluation.quiet.append((query, not own))
            continue
        evaluation.scores.append(score_query(query, ranked))
    return evaluation
