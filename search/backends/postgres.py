"""
The default backend: the federated index table itself, searched by PostgreSQL.

The analysed terms (search.analysis) are indexed with the `simple` configuration into one weighted
tsvector (title A, summary B, body C) under a GIN index. Each concept of the query is a tsquery of
its alternatives; a document scores the sum over concepts of ts_rank, each concept weighted by how
rare it is among the matches (an inverse document frequency, so "mediator" outweighs "kosten").
Spelling suggestions come from the index's vocabulary through pg_trgm.
"""

from django.db import connection, transaction

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
#: Past this many, which of them are ranked is PostgreSQL's choice; the demo network (117
#: documents) never reaches it.
FAR_LIMIT = 200
#: How alike a word must be to a known one (pg_trgm similarity) to be offered as a correction.
SUGGESTION_SIMILARITY = 0.3


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
        rank_columns, score_terms = [], []
        for number, concept in enumerate(concepts):
            rank = RANK_SQL
            params.append(tsquery(concept.alternatives))
            if concept.corrections:
                rank = f"({RANK_SQL} + {CORRECTION_WEIGHT} * {RANK_SQL})"
                params.append(tsquery(concept.corrections))
            rank_columns.append(f"{rank} AS r{number}")
            score_terms.append(
                f"r{number} * ln(1.0 + count(*) OVER () / (1.0 + count(*) FILTER (WHERE r{number} > 0) OVER ()))"
            )
        any_concept = " | ".join(
            tsquery(concept.alternatives + concept.corrections) for concept in concepts
        )
        where, where_params = self._visibility(request)
        columns = "d.id, d.hub_id, d.kind, d.language, d.translation_key, d.audiences, d.regions, d.hubs, d.search_vector"
        table = IndexedDocument._meta.db_table
        match = f"SELECT {columns} FROM {table} d WHERE d.search_vector @@ to_tsquery('simple', %s) AND {where}"
        match_params = [any_concept, *where_params]
        if request.near_hub_ids is not None:
            # Near: the resident's own hub and what is shared; ranked in full. The rest (other
            # hubs, which come after them anyway): only the first FAR_LIMIT matches are ranked.
            near = "(d.hub_id IS NULL OR d.hub_id = ANY(%s))"
            found = f"({match} AND {near}) UNION ALL ({match} AND NOT {near} LIMIT {FAR_LIMIT})"
            found_params = [*match_params, list(request.near_hub_ids), *match_params, list(request.near_hub_ids)]
        else:
            found, found_params = match, match_params
        sql = f"""
            WITH found AS ({found}),
            matches AS MATERIALIZED (
                SELECT d.id, d.hub_id, d.kind, d.language, d.translation_key, d.audiences, d.regions, d.hubs,
                       {", ".join(rank_columns)}
                FROM found d
            )
            SELECT id, hub_id, kind, language, translation_key, audiences, regions, hubs,
                   {" + ".join(score_terms)} AS score
            FROM matches ORDER BY score DESC, id LIMIT %s
        """
        params = [*found_params, *params, request.limit]
        with gateway.public_schema(), transaction.atomic(), connection.cursor() as cursor:
            # The planner's cost for a common word at full size passes jit_above_cost, and compiling
            # the query then takes longer than running it (seen: 50-500 ms on a 20 ms query).
            cursor.execute("SET LOCAL jit = off")
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        return [
            Candidate(
                id=row[0], hub_id=row[1], kind=row[2], language=row[3], translation_key=row[4],
                audiences=tuple(row[5]), regions=tuple(row[6]), hubs=tuple(row[7]), score=float(row[8]),
            )
            for row in rows
        ]

    def has_match(self, request):
        """Whether any visible document matches: one index probe, nothing ranked."""
        concepts = [concept for concept in request.concepts if tsquery(concept.alternatives)]
        if not concepts:
            return False
        where, where_params = self._visibility(request)
        any_concept = " | ".join(tsquery(concept.alternatives + concept.corrections) for concept in concepts)
        sql = (f"SELECT 1 FROM {IndexedDocument._meta.db_table} d "
               f"WHERE d.search_vector @@ to_tsquery('simple', %s) AND {where} LIMIT 1")
        with gateway.public_schema(), connection.cursor() as cursor:
            cursor.execute(sql, [any_concept, *where_params])
            return cursor.fetchone() is not None

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
        if not words:
            return {}
        with gateway.public_schema():
            known = set(SearchTerm.objects.filter(word__in=words).values_list("word", flat=True))
            corrections = {}
            with transaction.atomic(), connection.cursor() as cursor:
                # A similarity test per row of the vocabulary costs more than the planner thinks:
                # a sequential scan of 4,400 words took 15-30 ms, the trigram index 0.1 ms.
                cursor.execute("SET LOCAL enable_seqscan = off")
                for word in words:
                    if word in known or len(word) < 4:
                        continue
                    cursor.execute(
                        f"""SELECT word FROM {SearchTerm._meta.db_table}
                            WHERE word %% %s AND similarity(word, %s) >= %s
                            ORDER BY similarity(word, %s) DESC, word LIMIT 8""",
                        [word, word, SUGGESTION_SIMILARITY, word],
                    )
                    candidates = closest(word, [row[0] for row in cursor.fetchall()])
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
