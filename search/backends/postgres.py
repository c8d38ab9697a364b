"""
The default backend: the federated index table itself, searched by PostgreSQL.

The analysed terms (search.analysis) are indexed with the `simple` configuration into one weighted
tsvector (title A, summary B, body C) under a GIN index. Each concept of the query is a tsquery of
its alternatives; a document scores the sum over concepts of ts_rank, each concept weighted by how
rare it is among the matches (an inverse document frequency, so "mediator" outweighs "kosten").
Spelling suggestions come from the index's vocabulary through pg_trgm.
"""

import math
import time
from typing import NamedTuple

from django.db import connection

from search.analysis import analyzer
from search.backends.base import (
    BODY_WEIGHT,
    CORRECTION_WEIGHT,
    SUMMARY_WEIGHT,
    TITLE_WEIGHT,
    BaseSearchBackend,
    Candidate,
)
from search.models import IndexedDocument, SearchTerm
from tenants.gateway import gateway

#: ts_rank's weights, in its order: D, C, B, A.
RANK_WEIGHTS = "{0.05,%s,%s,%s}" % (BODY_WEIGHT, SUMMARY_WEIGHT, TITLE_WEIGHT)
#: No length normalisation: on the judged set (search_relevance) dividing by the length's log
#: passed 114 of 137 queries and by the length 99, against 118 without.
RANK_NORMALIZATION = 0
RANK_SQL = f"ts_rank('{RANK_WEIGHTS}'::real[], d.search_vector, to_tsquery('simple', %s), {RANK_NORMALIZATION})"
#: Matches beyond the resident's own hub ranked at most: a query for "scheiding" matches half of
#: 100,000 documents, and ranking them all takes seconds (each vector is read from TOAST).
#: Past this many, which of them are ranked is PostgreSQL's choice (for common words: those in a
#: fixed sample of pages); the demo network (117 documents) never reaches it.
FAR_LIMIT = 50
#: ...but where the query's matches are estimated at no more than this many (a network of a few
#: dozen hubs, the demo's, a rare word), all of them are ranked: a sample then dropped matches a
#: resident could see and count, such as a hub's own pages under the hub filter.
RANK_ALL_MATCHES = 1000
#: A query whose words are in at least this share of the documents is "dense": its far matches
#: come from a fixed sample of the table's pages (FAR_LIMIT of them among ~500 rows), its near
#: ones from testing each of the hub's rows. A rarer one ("sparse") finds both through the text index,
#: which for a common word costs more (15-25 ms for "spreekuur", in 37,000 of 100,000 documents).
#: Measured per judged query at 100,000 documents, both ways: below 0.05 the index wins, between
#: 0.05 and 0.1 too (far matches 1.5-3.6 ms against 4-9 ms reading rows for "schulden" or
#: "triage"), from 0.13 the rows (1-2.8 ms against 3-25 ms).
DENSE_SHARE = 0.11
SPARSE_PLAN = (("enable_seqscan", "off"), ("enable_indexscan", "off"))
#: A probe for any match among all hubs whose words are in at least this share of the documents
#: first reads a sample of about PROBE_SAMPLE_PAGES of the table's pages (see has_matches).
PROBE_SAMPLE_SHARE = 0.01
PROBE_SAMPLE_PAGES = 150
#: Far matches of common words come from a fixed sample of about this many of the table's pages
#: (at ~3 rows a page, ~900 rows: FAR_LIMIT matches for a word in one document of eighteen).
FAR_SAMPLE_PAGES = 300
#: A sparse query whose text-index scan goes through at least this many entries (as a share of
#: the documents, see _postings) tests the near rows one by one instead of scanning the index
#: for them too.
NEAR_ROWS_POSTINGS = 0.05
#: The planner's cost for a common word at full size passes jit_above_cost, and compiling the
#: query then takes longer than running it (seen: 50-500 ms on a 20 ms query).
NO_JIT = (("jit", "off"),)
STATISTICS_SECONDS = 600
_statistics_cache = {}

#: How alike a word must be to a known one (pg_trgm similarity) to be offered as a correction.
SUGGESTION_SIMILARITY = 0.3
#: Words at least this long are corrected only to words that begin with the same letters.
LONG_WORD = 12
LONG_WORD_PREFIX = 3
#: A document matches a query: its vector holds the tsquery given as the parameter.
MATCHES = "d.search_vector @@ to_tsquery('simple', %s)"


class Statistics(NamedTuple):
    """What PostgreSQL's statistics say of the index table, for choosing plans."""

    #: {term: share of documents holding it}, for the most common terms.
    shares: dict
    #: The share assumed for a term not among them.
    floor: float
    #: How many pages the table has.
    pages: int
    #: How many documents it holds (None: never analysed).
    documents: float | None = None

    def sample_percent(self, pages_wanted):
        """The share of the table's pages (in percent) that makes about `pages_wanted`."""
        return 100.0 if self.pages <= pages_wanted else 100.0 * pages_wanted / self.pages


def _statistics(cursor):
    """The index table's Statistics, from pg_stats of the vector column and pg_class; kept in the
    process for a few minutes (ANALYZE changes them)."""
    now = time.monotonic()
    kept = _statistics_cache.get("statistics")
    if kept and now - kept[0] < STATISTICS_SECONDS:
        return kept[1]
    cursor.execute(
        """SELECT c.relpages, c.reltuples, s.most_common_elems::text::text[], s.most_common_elem_freqs
           FROM pg_class c LEFT JOIN pg_stats s
             ON s.schemaname = 'public' AND s.tablename = c.relname AND s.attname = 'search_vector'
           WHERE c.oid = %s::regclass""",
        [IndexedDocument._meta.db_table],
    )
    pages, documents, words, frequencies = cursor.fetchone()
    shares, floor = {}, 0.0
    if words:
        # The frequencies end with the lowest and highest of them and the share of empty vectors.
        # An unlisted word: as PostgreSQL's own estimate (ts_selfuncs.c), half the lowest listed
        # share, at most 0.5%.
        shares = dict(zip(words, frequencies))
        floor = min(0.005, frequencies[len(words)] / 2)
    statistics = Statistics(shares, floor, max(pages, 0), documents if documents >= 0 else None)
    _statistics_cache["statistics"] = (now, statistics)
    return statistics


def _rows(cursor, sql, params, settings=()):
    """The rows of `sql`, run with `settings` ((name, value) pairs) for it alone, in one round
    trip: PostgreSQL runs statements sent as one text as one transaction, so SET LOCAL ends with
    it; inside a caller's transaction, TO DEFAULT at the end puts the settings back. (BEGIN, SET
    and COMMIT on their own took 0.7 ms of a search at ~0.3 ms a round trip.)"""
    before = "".join(f"SET LOCAL {name} = {value}; " for name, value in settings)
    after = "".join(f"; SET LOCAL {name} TO DEFAULT" for name, _value in settings)
    cursor.execute(before + sql + after, params)
    for _setting in settings:
        cursor.nextset()
    return cursor.fetchall()


def tsquery(alternatives):
    """`(a | b <-> c)`: any alternative; a phrase's terms next to each other. Terms are letters
    and digits only (search.analysis.words), so nothing in them is tsquery syntax."""
    return " | ".join("(" + " <-> ".join(alternative) + ")" for alternative in alternatives if alternative)


class PostgresSearchBackend(BaseSearchBackend):
    def search(self, request):
        concepts = [concept for concept in request.concepts if tsquery(concept.alternatives)]
        if not concepts:
            return []
        params = []
        rank_columns, counts, score_terms = [], [], []
        for number, concept in enumerate(concepts):
            rank = RANK_SQL
            params.append(tsquery(concept.alternatives))
            if concept.corrections:
                rank = f"({RANK_SQL} + {CORRECTION_WEIGHT} * {RANK_SQL})"
                params.append(tsquery(concept.corrections))
            rank_columns.append(f"{rank} AS r{number}")
            counts.append(f"count(*) FILTER (WHERE r{number} > 0) AS c{number}")
            score_terms.append(f"m.r{number} * ln(1.0 + s.total / (1.0 + s.c{number}))")
        any_concept = " | ".join(
            tsquery(concept.alternatives + concept.corrections) for concept in concepts
        )
        where, where_params = self._visibility(request)
        columns = "d.id, d.hub_id, d.kind, d.language, d.translation_key, d.audiences, d.regions, d.hubs, d.title_terms, d.search_vector"
        table = IndexedDocument._meta.db_table
        match = f"SELECT {columns} FROM {table} d WHERE {MATCHES} AND {where}"
        # Each row tested (IS TRUE keeps the planner off the text index).
        tested = f"SELECT {columns} FROM {table} d WHERE ({MATCHES}) IS TRUE AND {where}"
        match_params = [any_concept, *where_params]
        settings = NO_JIT
        with gateway.public_schema(), connection.cursor() as cursor:
            if request.near_hub_ids is not None and not self._few_matches(concepts, cursor):
                # Near: the resident's own hub and what is shared; ranked in full. The rest
                # (other hubs, which come after them anyway): only the first FAR_LIMIT matches.
                near = "(d.hub_id IS NULL OR d.hub_id = ANY(%s))"
                near_match = far_match = match
                far_params = match_params
                if self._dense(concepts, cursor):
                    # Half the network matches "scheiding": the near rows (a hub's pages and the
                    # network's, a few hundred) are read through the hub index and each tested
                    # (not looked up in the text index, whose scan alone took 20 ms).
                    near_match = tested
                    if request.hub_ids is not None:
                        # Far matches among a few hubs (a region's): their rows too, through the
                        # hub index. The table read from its start until FAR_LIMIT of theirs
                        # matched: 90-106 ms for some queries restricted to 20 of 362 hubs.
                        far_match = near_match
                    else:
                        # Far matches from anywhere: the first FAR_LIMIT in a fixed sample of
                        # the table's pages, spread over all of it (REPEATABLE: the same pages
                        # each time, so they stay in PostgreSQL's buffers, and the same search
                        # gives the same results). The table's first rows were read before: a
                        # sequential scan sent them through a small ring of buffers to the
                        # operating system each time, and rows cluster by when they were indexed
                        # (the first 3,600 rows held 50 of "opa en oma"'s, 13 ms).
                        far_match = f"SELECT {columns} FROM {table} d TABLESAMPLE SYSTEM (%s) REPEATABLE (0) WHERE {MATCHES} AND {where}"
                        far_params = [_statistics(cursor).sample_percent(FAR_SAMPLE_PAGES), *match_params]
                    settings = NO_JIT + (("enable_seqscan", "off"),)
                else:
                    # Few documents match: the text index finds them. (The planner, which does not
                    # count the cost of reading vectors and checking phrases, would read the
                    # table until FAR_LIMIT rows match: 24 ms for "co-ouderschap".)
                    settings = NO_JIT + SPARSE_PLAN
                    if self._postings(concepts, cursor) >= NEAR_ROWS_POSTINGS:
                        # ...but when the index has many entries to go through (a common word,
                        # or a phrase of common words: "twee huizen", "week op week af"), the
                        # near rows are tested one by one instead, as for dense queries: one
                        # scan of those entries (3-5 ms), not two.
                        near_match = tested
                found = f"({near_match} AND {near}) UNION ALL ({far_match} AND NOT {near} LIMIT {FAR_LIMIT})"
                found_params = [*match_params, list(request.near_hub_ids), *far_params, list(request.near_hub_ids)]
            else:
                found, found_params = match, match_params
            # Each concept weighs by how rare it is among the matches (an inverse document
            # frequency), counted once over all matches (as window functions per row: 3 ms).
            sql = f"""
                WITH found AS ({found}),
                matches AS MATERIALIZED (
                    SELECT d.id, d.hub_id, d.kind, d.language, d.translation_key, d.audiences, d.regions, d.hubs,
                           d.title_terms, {", ".join(rank_columns)}
                    FROM found d
                ),
                stats AS (SELECT count(*)::float8 AS total, {", ".join(counts)} FROM matches)
                SELECT m.id, m.hub_id, m.kind, m.language, m.translation_key, m.audiences, m.regions, m.hubs,
                       m.title_terms, {" + ".join(score_terms)} AS score
                FROM matches m CROSS JOIN stats s ORDER BY score DESC, m.id LIMIT %s
            """
            rows = _rows(cursor, sql, [*found_params, *params, request.limit], settings)
        return [
            Candidate(
                id=row[0], hub_id=row[1], kind=row[2], language=row[3], translation_key=row[4],
                audiences=tuple(row[5]), regions=tuple(row[6]), hubs=tuple(row[7]), title_terms=row[8], score=float(row[9]),
            )
            for row in rows
        ]

    def _few_matches(self, concepts, cursor):
        """Whether the query's matches are estimated at RANK_ALL_MATCHES or fewer (a table never
        analysed is taken to be small)."""
        statistics = _statistics(cursor)
        if not statistics.shares or statistics.documents is None:
            return True
        return self._share(concepts, cursor) * statistics.documents <= RANK_ALL_MATCHES

    def _dense(self, concepts, cursor):
        return self._share(concepts, cursor) >= DENSE_SHARE

    def _share(self, concepts, cursor):
        """The share of the documents that hold the query's words, estimated from PostgreSQL's
        statistics of the vectors (their most common words and how common)."""
        statistics = _statistics(cursor)
        shares, floor = statistics.shares, statistics.floor
        if not shares:
            return 1.0  # not analysed yet: a small index, where any plan is quick
        # A phrase's words counted as independent: words next to each other are rarer than each.
        return sum(
            math.prod(shares.get(term, floor) for term in alternative)
            for concept in concepts
            for alternative in concept.alternatives + concept.corrections
            if alternative
        )

    def _postings(self, concepts, cursor):
        """How many index entries a query's text-index scan goes through, as a share of the
        documents: every term it names counts, those of phrases too."""
        statistics = _statistics(cursor)
        shares, floor = statistics.shares, statistics.floor
        terms = {term for concept in concepts for alternative in concept.alternatives + concept.corrections for term in alternative}
        return sum(shares.get(term, floor) for term in terms)

    def has_match(self, request):
        """Whether any visible document matches: one index probe, nothing ranked."""
        return self.has_matches([request])[0]

    def has_matches(self, requests):
        """has_match for each request, in one round trip (two when common and rare words are
        both asked); one per spelling correction offered took 1-2 ms each."""
        probes = {(): [], SPARSE_PLAN: []}  # by the settings they run under
        table = IndexedDocument._meta.db_table
        with gateway.public_schema(), connection.cursor() as cursor:
            for number, request in enumerate(requests):
                concepts = [concept for concept in request.concepts if tsquery(concept.alternatives)]
                if not concepts:
                    continue
                where, where_params = self._visibility(request)
                any_concept = " | ".join(tsquery(concept.alternatives + concept.corrections) for concept in concepts)
                # A correction is mostly a rare word: reading the table for its first match read
                # all of it (50-120 ms at 100,000 documents); the text index answers at once.
                share = self._share(concepts, cursor)
                settings = () if share >= DENSE_SHARE else SPARSE_PLAN
                matches = f"{MATCHES} AND {where}"
                probe, probe_params = f"EXISTS (SELECT FROM {table} d WHERE {matches})", [any_concept, *where_params]
                if settings and request.hub_ids is None and share >= PROBE_SAMPLE_SHARE:
                    # But where any hub's documents count, a word in one document of a hundred
                    # is mostly met within a few hundred rows, long before the text index has
                    # gone through its entries (1-4 ms for words in 4-11% of the documents):
                    # a sample of the table's pages is read first, the index only if it has none
                    # (PostgreSQL runs the second EXISTS only when the first is false), so a word
                    # the sample misses costs those pages more (~2 ms). A sample, not the table's
                    # first pages: those hold the oldest documents, not a cross-section.
                    sample = f"EXISTS (SELECT FROM {table} d TABLESAMPLE SYSTEM (%s) WHERE {matches})"
                    probe = f"{sample} OR {probe}"
                    probe_params = [_statistics(cursor).sample_percent(PROBE_SAMPLE_PAGES), *probe_params, *probe_params]
                probes[settings].append((f"SELECT {number} WHERE {probe}", probe_params))
            found = set()
            for settings, asked in probes.items():
                if asked:
                    sql = " UNION ALL ".join(probe for probe, _params in asked)
                    params = [param for _probe, probe_params in asked for param in probe_params]
                    found.update(row[0] for row in _rows(cursor, sql, params, settings))
        return [number in found for number in range(len(requests))]

    def _visibility(self, request):
        clauses = [
            "(d.published_until IS NULL OR d.published_until > %s)",
            "(d.published_from IS NULL OR d.published_from <= %s)",
        ]
        params = [request.now, request.now]
        own = "d.hub_id IS NOT NULL"
        if request.hub_ids is not None:
            own = "d.hub_id = ANY(%s)"
            params.append(list(request.hub_ids))
        network = ["d.hub_id IS NULL"]
        if request.network_for is not None:
            region, hub = request.network_for
            network.append(
                "((cardinality(d.regions) = 0 AND cardinality(d.hubs) = 0) OR %s = ANY(d.regions) OR %s = ANY(d.hubs))"
            )
            params += [region or "", hub or ""]
        if request.plugins is not None:
            network.append("(d.plugin = '' OR d.plugin = ANY(%s))")
            params.append(list(request.plugins))
        clauses.append(f"({own} OR ({' AND '.join(network)}))")
        return " AND ".join(clauses), params

    def suggest(self, words):
        """{word: [corrections, most alike first]} for words the index does not know."""
        words = [word for word in dict.fromkeys(words) if len(word) >= 4]
        if not words:
            return {}
        table = SearchTerm._meta.db_table
        found = {}
        with gateway.public_schema(), connection.cursor() as cursor:
            # A word whose stem is among the index's most common terms (PostgreSQL's statistics,
            # kept in the process) finds plenty as typed: it needs no correction, nor a lookup.
            common = _statistics(cursor).shares
            words = [word for word in words if analyzer("nl").stem(word) not in common]
            if not words:
                return {}
            # Known words next, in a lookup of their own: most queries have no unknown word, and
            # planning the trigram lookups for known words cost more than this lookup (0.9-1.2 ms
            # against 0.3-0.4 ms for the queries of the judged set).
            cursor.execute(f"SELECT word FROM {table} WHERE word = ANY(%s)", [words])
            known = {row[0] for row in cursor.fetchall()}
            words = [word for word in words if word not in known]
            if not words:
                return {}
            parts, params = [], []
            for number, word in enumerate(words):
                # A long word shares trigrams with most of the vocabulary, and its trigram lookup
                # read all of it (10 ms at 9,000 words): it is compared with the words that start
                # as it does (words are letters and digits: no LIKE wildcards).
                prefix = "AND word LIKE %s " if len(word) >= LONG_WORD else ""
                # A correction begins with the letter typed: typos at the start are rare, and
                # without this a Dutch word the index lacks got a stranger's ("zwanger": "anger",
                # "pesten": "testen"). (Words are letters and digits: no LIKE wildcards.)
                parts.append(
                    f"""(SELECT {number}, word, similarity(word, %s) AS alike FROM {table}
                         WHERE word %% %s AND similarity(word, %s) >= %s AND word LIKE %s {prefix}
                         ORDER BY alike DESC, word LIMIT 8)"""
                )
                params += [word, word, word, SUGGESTION_SIMILARITY, word[:1] + "%", *([word[:LONG_WORD_PREFIX] + "%"] if prefix else [])]
            # A similarity test per row of the vocabulary costs more than the planner thinks: a
            # sequential scan of 4,400 words took 15-30 ms, the trigram index 0.1 ms. All unknown
            # words in one round trip.
            for number, candidate, alike in _rows(cursor, " UNION ALL ".join(parts), params, (("enable_seqscan", "off"),)):
                found.setdefault(words[number], []).append((-alike, candidate))
        corrections = {}
        for word, ranked in found.items():
            candidates = closest(word, [candidate for _alike, candidate in sorted(ranked)])
            # Of corrections equally close, the word more documents hold first (the sort keeps
            # the trigram order among the rest): "mediatior" is "mediator" before "mediation".
            candidates.sort(key=lambda candidate: -common.get(analyzer("nl").stem(candidate), 0.0))
            if candidates:
                corrections[word] = candidates
        return corrections


def closest(word, candidates, max_distance=None):
    """The candidates fewest edits away (transpositions count once), if close enough; the most
    alike (by trigrams, the order given) first."""
    limit = max_distance if max_distance is not None else (1 if len(word) <= 5 else 2)
    distances = {candidate: edit_distance(word, candidate) for candidate in candidates}
    best = min(distances.values(), default=limit + 1)
    return [candidate for candidate in candidates if distances[candidate] == best] if best <= limit else []


def edit_distance(a, b):
    """Damerau-Levenshtein (optimal string alignment) distance."""
    previous_previous, previous = None, list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, start=1):
            cost = 0 if char_a == char_b else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous_previous[j - 2] + 1)
        previous_previous, previous = previous, current
    return previous[len(b)]


SearchBackend = PostgresSearchBackend
