"""
One search, as residents get it on the results page and from the API.

The backend finds and scores; this module decides what a resident sees: the version in their
language, the own hub's results first, then what the region shares (shared content, partner
services), then other hubs' pages; filters with their counts, one page of results with
highlighted snippets, and "bedoelde u ...?".
"""

import math
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache

from django.db import connection
from django.utils import timezone
from django.utils.translation import gettext, gettext_noop

from regions.models import Region
from search.analysis import MAX_QUERY_LENGTH, Concept, analyzer, compound_head, parse_rules, words
from search.backends import get_search_backend
from search.backends.base import Candidate, SearchRequest
from search.helplines import CRISIS_WORDS
from search.models import KIND_LABELS, PAGE_KIND, IndexedDocument, SynonymRule
from search.snippets import MAX_CHARACTERS, Seen, snippet
from tenants.gateway import gateway
from tenants.models import Hub

# Dutch; the results page shows them in the resident's language (gettext).
SCOPES = {"hub": gettext_noop("Deze hub"), "region": gettext_noop("Mijn regio"), "all": gettext_noop("Overal")}
PAGE_SIZE = 10
MAX_PAGE = 50
# Tiers, in the order residents see them.
OWN_HUB, SHARED_HERE, OWN_REGION, ELSEWHERE = range(4)


def clean_query(raw):
    """The query as searched: no control characters, single spaces, at most 200 characters."""
    text = "".join(char if char.isprintable() else " " for char in (raw or ""))
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


@dataclass
class Result:
    title: str
    url: str
    hub: str | None
    hub_name: str
    kind: str
    snippet: str
    language: str
    #: Where the results page links to: through the click counter (search.views.click).
    click_url: str = ""

    @property
    def kind_label(self):
        """What kind of thing this is, in the resident's language (a plugin's own kinds stay as they are)."""
        return gettext(KIND_LABELS[self.kind]) if self.kind in KIND_LABELS else self.kind.capitalize()


@dataclass
class Outcome:
    query: str
    scope: str
    page: int = 1
    count: int = 0
    results: list = field(default_factory=list)
    facets: dict = field(default_factory=dict)
    suggestion: str = ""
    #: hub pk: (slug, name) of every hub, as this search read them (for facets and links).
    hubs: dict = field(default_factory=dict)

    @property
    def pages(self):
        return max(1, math.ceil(self.count / PAGE_SIZE))

    @property
    def hub_names(self):
        return {pk: name for pk, (_slug, name) in self.hubs.items()}

    @property
    def hub_slugs(self):
        return {pk: slug for pk, (slug, _name) in self.hubs.items()}


@dataclass(frozen=True)
class Network:
    """What a search needs to know of the network, read in the public schema."""

    rule_lines: tuple  # the editors' synonym rules
    contexts: dict  # hub pk: {"region_slug": ..., "region_hub_ids": [...]}
    directory: dict  # hub pk: (slug, name)


def network():
    """One entry for the whole network, kept in the process and checked with one cache round trip
    per search (as three entries, three round trips: ~1 ms of a search). With 342 hubs, one cache
    entry per hub meant a database round trip for each hub's first search after any hub changed."""
    return gateway.query("search-network", _network, models=[SynonymRule, Hub, Region], memo=True)


def _network():
    rows = list(Hub.objects.hubs().values_list("pk", "slug", "name", "region_id", "region__slug"))
    by_region = {}
    for pk, _slug, _name, region_id, _region_slug in rows:
        if region_id:
            by_region.setdefault(region_id, []).append(pk)
    return Network(
        rule_lines=tuple(SynonymRule.objects.values_list("rule", flat=True)),
        contexts={
            pk: {"region_slug": region_slug or "", "region_hub_ids": by_region.get(region_id) or [pk]}
            for pk, _slug, _name, region_id, region_slug in rows
        },
        directory={pk: (slug, name) for pk, slug, name, _region_id, _region_slug in rows},
    )


def synonym_rules(known=None):
    return _parsed((known or network()).rule_lines)


@lru_cache(maxsize=8)
def _parsed(lines):
    return tuple(parse_rules(lines))


def _hub_context(hub, known=None):
    return (known or network()).contexts.get(hub.pk) or {"region_slug": "", "region_hub_ids": [hub.pk]}


def build_request(concepts, hub, scope, known=None):
    """The backend's request, and what the ordering needs to know of the hub's region. `known`:
    the network() this search already read."""
    now = timezone.now()
    if hub is None:
        # The portal: no hub of its own; at full size only a sample of very common matches is ranked.
        return SearchRequest(concepts=tuple(concepts), now=now, near_hub_ids=()), {}
    context = _hub_context(hub, known)
    plugins = tuple(hub.enabled_plugins or ())
    network_for = (context["region_slug"], hub.slug)
    if scope == "hub":
        return SearchRequest(tuple(concepts), now, hub_ids=(hub.pk,), network_for=network_for, plugins=plugins), context
    if scope == "region":
        return SearchRequest(tuple(concepts), now, hub_ids=tuple(context["region_hub_ids"]), network_for=network_for,
                             plugins=plugins, near_hub_ids=(hub.pk,)), context
    return SearchRequest(tuple(concepts), now, plugins=plugins, near_hub_ids=(hub.pk,)), context


def _tier(candidate, hub, context):
    if hub is None:
        return OWN_HUB
    if candidate.hub_id == hub.pk:
        return OWN_HUB
    if candidate.hub_id is None and candidate.kind == PAGE_KIND:
        return ELSEWHERE  # the portal's own pages: about the network, not help for residents here
    if candidate.hub_id is None:
        meant_here = (not candidate.regions and not candidate.hubs) or context["region_slug"] in candidate.regions or hub.slug in candidate.hubs
        return SHARED_HERE if meant_here else ELSEWHERE
    return OWN_REGION if candidate.hub_id in context["region_hub_ids"] else ELSEWHERE


def in_scope(candidates, scope):
    """Without the portal's own pages, except in "Overal": they are about the network (joining
    it, accessibility), not help in this hub or region. (To the backend's request they are
    network-wide things meant everywhere, as shared content is.)"""
    if scope == "all":
        return candidates
    return [candidate for candidate in candidates if not (candidate.hub_id is None and candidate.kind == PAGE_KIND)]


def in_language(candidates, language, now=None):
    """One version of each translated thing: the resident's language when it exists, else Dutch.
    The resident's version counts as existing when it is visible, whether or not it matched: a
    resident reading English who types Dutch words matches only the Dutch version."""
    candidates = candidates + _translations(candidates, language, now or timezone.now())
    chosen = {}
    for candidate in candidates:
        key = candidate.translation_key or f"id:{candidate.id}"
        current = chosen.get(key)
        if current is None or _language_rank(candidate, language) < _language_rank(current, language):
            chosen[key] = candidate
    kept = {candidate.id for candidate in chosen.values()}
    return [candidate for candidate in candidates if candidate.id in kept]


def _translations(candidates, language, now):
    """The visible versions in `language` of the candidates' translated things that did not
    match themselves, with the score of the version that did."""
    have = {(candidate.translation_key, candidate.hub_id) for candidate in candidates if candidate.language == language}
    wanted = {}
    for candidate in candidates:
        key = (candidate.translation_key, candidate.hub_id)
        if candidate.translation_key and key not in have:
            wanted[key] = max(wanted.get(key, candidate.score), candidate.score)
    if not wanted:
        return []
    with gateway.public_schema(), connection.cursor() as cursor:
        cursor.execute(
            f"""SELECT id, hub_id, kind, language, translation_key, audiences, regions, hubs, title_terms
                FROM {IndexedDocument._meta.db_table}
                WHERE language = %s AND translation_key = ANY(%s)
                  AND (published_until IS NULL OR published_until > %s)
                  AND (published_from IS NULL OR published_from <= %s)""",
            [language, sorted({key for key, _hub in wanted}), now, now],
        )
        rows = cursor.fetchall()
    return [
        Candidate(id=row[0], hub_id=row[1], kind=row[2], language=row[3], translation_key=row[4],
                  audiences=tuple(row[5]), regions=tuple(row[6]), hubs=tuple(row[7]), title_terms=row[8],
                  score=wanted[(row[4], row[1])])
        for row in rows
        if (row[4], row[1]) in wanted
    ]


def _language_rank(candidate, language):
    return 0 if candidate.language == language else 1 if candidate.language == "nl" else 2


def order(candidates, hub, context, concepts=()):
    """Own hub first, then what is shared here, then the region's hubs, then the rest; by score
    within each. A network thing meant here whose title holds every word typed, in a query of
    two or more words besides stop words (the resident typed its name: "veilig thuis", "juridisch
    loket"), ranks with the own hub's pages.
    (Letting strong results from elsewhere overtake weak own-hub ones passed fewer judged
    queries: 114 instead of 117 of 137; putting all that is shared here among the own hub's
    pages, 97 instead of 116; doing so for single words too or matching synonyms in titles, 105.)"""
    named = _named_in_title(candidates, concepts, hub, context)

    def key(candidate):
        tier = OWN_HUB if candidate.id in named else _tier(candidate, hub, context)
        return (tier, -candidate.score, candidate.id)

    return sorted(candidates, key=key)


def _named_in_title(candidates, concepts, hub, context):
    """Ids of the network things meant here whose title holds every word typed (queries of at
    least two words besides stop words; synonyms and corrections do not count)."""
    stopwords = analyzer("nl").stopwords
    if hub is None or sum(1 for concept in concepts for word in concept.words if word not in stopwords) < 2:
        return set()
    typed = [analyzer("nl").phrase(" ".join(concept.words)) for concept in concepts]
    return {
        candidate.id
        for candidate in candidates
        if _tier(candidate, hub, context) == SHARED_HERE
        and all(_holds(candidate.title_terms.split(), phrase) for phrase in typed)
    }


def _holds(terms, phrase):
    length = len(phrase)
    return any(tuple(terms[start : start + length]) == phrase for start in range(len(terms) - length + 1))


def facet_counts(candidates):
    kinds, audiences, hubs = {}, {}, {}
    for candidate in candidates:
        kinds[candidate.kind] = kinds.get(candidate.kind, 0) + 1
        for audience in candidate.audiences:
            audiences[audience] = audiences.get(audience, 0) + 1
        if candidate.hub_id:
            hubs[candidate.hub_id] = hubs.get(candidate.hub_id, 0) + 1
    return {"kind": kinds, "audience": audiences, "hub": hubs}


# All a search reads is in the public schema. Switched once for the whole search: each step
# switching on its own cost a `SET search_path` round trip per step in a hub's request (four or
# five a search).
@gateway.public_schema()
def search(query, *, hub=None, scope=None, kind="", audience="", hub_slug="", page=1, language="nl"):
    """Search as a resident of `hub` (None: on the portal). Returns an Outcome."""
    query = clean_query(query)
    # On the portal there is no own hub or region: everything is searched.
    scope = scope if hub is not None and scope in SCOPES else "all"
    outcome = Outcome(query=query, scope=scope, page=max(1, min(page, MAX_PAGE)))
    if not words(query):
        return outcome
    backend = get_search_backend()
    language_analyzer = analyzer(language)
    known = network()
    outcome.hubs = known.directory
    rules = synonym_rules(known)
    # Synonyms and stop words are Dutch; a resident reading another language also matches pages
    # stemmed in that language.
    concepts = analyzer("nl").parse(query, rules)
    if language_analyzer.language != "nl":
        concepts = [_also_stemmed_in(concept, language_analyzer) for concept in concepts]
    corrections = {}
    # What is searched, in turn, until something is found: the words as typed (with corrections
    # of unknown words, see below), then compounds the index lacks by their heads.
    tries = [concepts]
    if backend.supports_suggestions:
        # Words that say a resident may be in danger are never corrected (search.helplines).
        typed = [concept.words[0] for concept in concepts
                 if len(concept.words) == 1 and len(concept.alternatives) == 1 and concept.words[0] not in CRISIS_WORDS]
        corrections = _visible_corrections(backend, backend.suggest(typed), hub, scope, language_analyzer, known)
        corrected = [_corrected(concept, corrections, language_analyzer, rules) for concept in concepts]
        if corrected != concepts:
            # One word the index lacks is mostly a typo ("mediatior"): searched with its correction.
            # Among other words that do match, it is mostly a good word the pages do not use
            # ("alimentatie berekenen" found "betekenen" first): the correction is offered, and
            # searched only when the words as typed find nothing.
            tries = [corrected] if len(concepts) == 1 else [concepts, corrected]
    # Nothing for a compound the index does not hold ("scheidingsmediator"): its head, as the
    # index holds it beside each compound. Only then: for every query it lost as many judged
    # queries as it helped.
    with_heads = [_with_head(concept) for concept in tries[-1]]
    if with_heads != tries[-1]:
        tries.append(with_heads)
    def found(request, context, concepts):
        """The backend's candidates as this resident sees them: in scope, in their language, ordered."""
        return order(in_language(in_scope(backend.search(request), scope), language, request.now), hub, context, concepts)

    for concepts in tries:
        request, context = build_request(concepts, hub, scope, known)
        candidates = found(request, context, concepts)
        if candidates:
            break
    outcome.facets = facet_counts(candidates)
    # An unknown hub keeps nothing (not the network's documents, which belong to no hub).
    wanted_hub = {slug: pk for pk, (slug, _name) in known.directory.items()}.get(hub_slug, "") if hub_slug else None
    if (wanted_hub and hub is not None and wanted_hub != hub.pk and request.near_hub_ids
            and (request.hub_ids is None or wanted_hub in request.hub_ids)):
        # Another hub's matches may have been a sample (the backend ranks only the resident's
        # own in full): under that hub's filter, all of its matches are asked for.
        wanted = replace(request, hub_ids=(wanted_hub,), near_hub_ids=(wanted_hub,))
        candidates = found(wanted, context, concepts)
        outcome.facets["hub"][wanted_hub] = sum(1 for candidate in candidates if candidate.hub_id == wanted_hub)
    candidates = [
        candidate
        for candidate in candidates
        if (not kind or candidate.kind == kind)
        and (not audience or audience in candidate.audiences)
        and (not hub_slug or candidate.hub_id == wanted_hub)
    ]
    outcome.count = len(candidates)
    outcome.page = min(outcome.page, outcome.pages)
    shown = candidates[(outcome.page - 1) * PAGE_SIZE : outcome.page * PAGE_SIZE]
    terms = set().union(*(concept.terms for concept in concepts))
    phrases = tuple(set().union(*(concept.phrases for concept in concepts)))
    outcome.results = _results(shown, terms, phrases, known.directory)
    if corrections and outcome.count:
        outcome.suggestion = " ".join(corrections[word][0] if word in corrections else word for word in words(query))
    return outcome


def _with_head(concept):
    """A one-word concept that also matches its compound's head ("scheidingsmediator": mediator)."""
    head = compound_head(concept.words[0]) if len(concept.words) == 1 else None
    if not head:
        return concept
    alternative = (analyzer("nl").stem(head),)
    if alternative in concept.alternatives:
        return concept
    return Concept(concept.words, (*concept.alternatives, alternative), concept.corrections)


def _also_stemmed_in(concept, language_analyzer):
    alternative = tuple(language_analyzer.stem(word) for word in concept.words)
    return Concept(concept.words, tuple(sorted(set(concept.alternatives) | {alternative})), concept.corrections)


def _visible_corrections(backend, corrections, hub, scope, language_analyzer, known):
    """Only corrections that find something this resident may see: the vocabulary also holds
    words of pages that have since become private or unpublished, which must not be suggested."""
    asked = [(word, candidate) for word, candidates in corrections.items() for candidate in candidates]
    requests = [
        build_request([Concept((candidate,), ((language_analyzer.stem(candidate),),))], hub, scope, known)[0]
        for _word, candidate in asked
    ]
    visible = {}
    for (word, candidate), found in zip(asked, backend.has_matches(requests)):
        if found:
            visible.setdefault(word, []).append(candidate)
    return visible


def _corrected(concept, corrections, language_analyzer, rules):
    """A misspelt word also matches its correction and the correction's synonyms."""
    if len(concept.words) != 1 or concept.words[0] not in corrections:
        return concept
    alternatives = set()
    for correction in corrections[concept.words[0]]:
        for corrected in language_analyzer.parse(correction, rules):
            alternatives.update(corrected.alternatives)
    return concept.with_corrections(sorted(alternatives))


def _results(candidates, terms, phrases, directory):
    if not candidates:
        return []
    # The ten rows of a results page, read without the ORM: building the query took longer
    # (1.4 ms) than running it (0.6 ms). A snippet reads no further than the start of a body, so
    # long bodies stay in the database (substr reads only the first part of a stored text).
    with gateway.public_schema(), connection.cursor() as cursor:
        cursor.execute(
            f"""SELECT id, title, url, hub_id, kind, summary, language, substr(body, 1, %s)
                FROM {IndexedDocument._meta.db_table} WHERE id = ANY(%s)""",
            [MAX_CHARACTERS, [candidate.id for candidate in candidates]],
        )
        rows = {row[0]: row for row in cursor.fetchall()}
    names_by_slug = dict(directory.values())
    # Words already judged, per language, shared by the page's snippets.
    results, seen = [], defaultdict(Seen)
    for candidate in candidates:
        row = rows.get(candidate.id)
        if row is None:
            continue
        _id, title, url, hub_id, kind, summary, language, body_start = row
        slug, name = directory.get(hub_id, (None, ""))
        if hub_id is None and len(candidate.hubs) == 1:
            # A partner service or shared piece meant for one hub says which (one organisation's
            # "Jongerengroep" in four hubs came as four identical results).
            name = names_by_slug.get(candidate.hubs[0], "")
        results.append(
            Result(
                title=title,
                url=url,
                hub=slug,
                hub_name=name,
                kind=kind,
                snippet=snippet(summary, body_start, terms, analyzer(language), seen=seen[language], phrases=phrases),
                language=language,
            )
        )
    return results
