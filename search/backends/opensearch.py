"""
An OpenSearch cluster as the search engine, through the official opensearch-py client.

The engine holds a copy of the federated index table with the terms search.analysis prepared,
split on whitespace only: the Dutch analysis is the same as on PostgreSQL, and osmem-server (the
in-memory OpenSearch the tests use) indexes only what it handles correctly. Each concept of the
query is a dis_max of its alternatives (a phrase for several terms); BM25 scores them.

When the cluster is down or slow (timeout under a second), searches go to PostgreSQL instead,
/healthz says so, and the copy is marked stale; `rebuild_search_index --engine-only` catches it up.
"""

import logging
import time

from django.core.cache import caches

from search.backends.base import BaseSearchBackend, Candidate
from search.backends.postgres import PostgresSearchBackend
from search.models import IndexedDocument
from tenants.gateway import gateway

logger = logging.getLogger(__name__)

TITLE_BOOST, SUMMARY_BOOST, BODY_BOOST = 3, 2, 1
FIELDS = [f"title_terms^{TITLE_BOOST}", f"summary_terms^{SUMMARY_BOOST}", f"body_terms^{BODY_BOOST}"]
STATE_CACHE = "network"
#: After a failure, searches skip the engine this long: a slow cluster would otherwise cost
#: every resident the full timeout.
DEGRADED_FOR = 30

SETTINGS = {
    "number_of_shards": 1,
    "analysis": {
        "analyzer": {
            # The terms arrive analysed; only split them.
            "prepared": {"type": "custom", "tokenizer": "whitespace", "filter": ["lowercase"]},
            # The words as written, for spelling suggestions.
            "plain": {"type": "custom", "tokenizer": "standard", "filter": ["lowercase", "asciifolding"]},
        }
    },
}
MAPPINGS = {
    "properties": {
        "id": {"type": "long"},
        "hub_id": {"type": "long"},
        "kind": {"type": "keyword"},
        "plugin": {"type": "keyword"},
        "language": {"type": "keyword"},
        "translation_key": {"type": "keyword"},
        "audiences": {"type": "keyword"},
        "regions": {"type": "keyword"},
        "hubs": {"type": "keyword"},
        "published_from": {"type": "date"},
        "published_until": {"type": "date"},
        "title_terms": {"type": "text", "analyzer": "prepared"},
        "summary_terms": {"type": "text", "analyzer": "prepared"},
        "body_terms": {"type": "text", "analyzer": "prepared"},
        "words": {"type": "text", "analyzer": "plain"},
    }
}


class OpenSearchBackend(BaseSearchBackend):
    has_engine = True
    #: What answers when the engine does not.
    fallback_backend_class = PostgresSearchBackend

    def __init__(self, alias, params):
        super().__init__(alias, params)
        self.urls = params.get("URLS") or ["http://127.0.0.1:9200"]
        self.index_name = params.get("INDEX", "knooppunt")
        self.timeout = float(params.get("TIMEOUT", 0.8))
        self.indexing_timeout = float(params.get("INDEXING_TIMEOUT", 30))
        self.fallback = self.fallback_backend_class(alias, {})
        self._clients = {}

    # ------------------------------------------------------------ the client (swapped by elasticsearch)

    def make_client(self, timeout):
        from opensearchpy import OpenSearch

        return OpenSearch(hosts=self.urls, timeout=timeout, max_retries=0, retry_on_timeout=False)

    def bulk(self, actions):
        from opensearchpy import helpers

        return helpers.bulk(self.indexing_client, actions, refresh=True, raise_on_error=False)

    @property
    def engine_errors(self):
        from opensearchpy.exceptions import OpenSearchException

        return (OpenSearchException, OSError)

    @property
    def client(self):
        """For searching: gives up within a second, so residents get the fallback quickly."""
        if "search" not in self._clients:
            self._clients["search"] = self.make_client(self.timeout)
        return self._clients["search"]

    @property
    def indexing_client(self):
        """For filling the index: bulk requests may take seconds."""
        if "indexing" not in self._clients:
            self._clients["indexing"] = self.make_client(self.indexing_timeout)
        return self._clients["indexing"]

    # ------------------------------------------------------------ state

    @property
    def _state(self):
        return caches[STATE_CACHE]

    def _key(self, name):
        return f"search-engine:{self.alias}:{name}"

    def _failed(self, error, doing):
        logger.warning("Search engine %s failed while %s: %s", self.name, doing, error)
        self._state.set(self._key("degraded"), time.time(), DEGRADED_FOR)

    def _recently_failed(self):
        return self._state.get(self._key("degraded")) is not None

    def _mark_stale(self):
        self._state.set(self._key("stale"), True, None)

    # ------------------------------------------------------------ searching

    def search(self, request):
        if not request.concepts:
            return []
        if self._recently_failed():
            return self.fallback.search(request)
        body = {
            "size": request.limit,
            "query": self.compile_query(request),
            "_source": ["id", "hub_id", "kind", "language", "translation_key", "audiences", "regions", "hubs", "title_terms"],
        }
        try:
            response = self.client.search(index=self.index_name, body=body)
        except self.engine_errors as error:
            self._failed(error, "searching")
            return self.fallback.search(request)
        return [
            Candidate(
                id=hit["_source"]["id"], score=float(hit["_score"] or 0), hub_id=hit["_source"].get("hub_id"),
                kind=hit["_source"]["kind"], language=hit["_source"]["language"],
                translation_key=hit["_source"].get("translation_key") or "",
                audiences=tuple(hit["_source"].get("audiences") or ()), regions=tuple(hit["_source"].get("regions") or ()),
                hubs=tuple(hit["_source"].get("hubs") or ()), title_terms=hit["_source"].get("title_terms") or "",
            )
            for hit in response["hits"]["hits"]
        ]

    def compile_query(self, request):
        should = []
        for concept in request.concepts:
            alternatives = [self._match(alternative, 1.0) for alternative in concept.alternatives if alternative]
            alternatives += [self._match(correction, 0.6) for correction in concept.corrections if correction]
            if alternatives:
                should.append({"dis_max": {"queries": alternatives, "tie_breaker": 0.1}})
        return {"bool": {"should": should, "minimum_should_match": 1, "filter": self._visibility(request)}}

    @staticmethod
    def _match(terms, boost):
        kind = "phrase" if len(terms) > 1 else "best_fields"
        return {"multi_match": {"query": " ".join(terms), "fields": FIELDS, "type": kind, "boost": boost}}

    @staticmethod
    def _visibility(request):
        now = request.now.isoformat()
        filters = [
            {"bool": {"should": [{"bool": {"must_not": {"exists": {"field": "published_until"}}}},
                                 {"range": {"published_until": {"gt": now}}}], "minimum_should_match": 1}},
            {"bool": {"should": [{"bool": {"must_not": {"exists": {"field": "published_from"}}}},
                                 {"range": {"published_from": {"lte": now}}}], "minimum_should_match": 1}},
        ]
        own = {"terms": {"hub_id": list(request.hub_ids)}} if request.hub_ids is not None else {"exists": {"field": "hub_id"}}
        network = [{"bool": {"must_not": {"exists": {"field": "hub_id"}}}}]
        if request.network_for is not None:
            region, hub = request.network_for
            network.append({"bool": {"should": [
                {"bool": {"must_not": [{"exists": {"field": "regions"}}, {"exists": {"field": "hubs"}}]}},
                {"term": {"regions": region or ""}},
                {"term": {"hubs": hub or ""}},
            ], "minimum_should_match": 1}})
        if request.plugins is not None:
            network.append({"bool": {"should": [{"term": {"plugin": ""}}, {"terms": {"plugin": list(request.plugins)}}],
                                     "minimum_should_match": 1}})
        filters.append({"bool": {"should": [own, {"bool": {"filter": network}}], "minimum_should_match": 1}})
        return filters

    def suggest(self, words):
        words = [word for word in words if len(word) >= 4]
        if not words:
            return {}
        if self._recently_failed():
            return self.fallback.suggest(words)
        body = {"suggest": {f"w{number}": {"text": word, "term": {"field": "words", "suggest_mode": "missing", "size": 3}}
                            for number, word in enumerate(words)}, "size": 0}
        try:
            response = self.client.search(index=self.index_name, body=body)
        except self.engine_errors as error:
            self._failed(error, "suggesting")
            return self.fallback.suggest(words)
        corrections = {}
        for number, word in enumerate(words):
            for entry in response.get("suggest", {}).get(f"w{number}", []):
                options = entry.get("options") or []
                if options:
                    corrections[word] = [options[0]["text"]]
        return corrections

    # ------------------------------------------------------------ keeping the copy

    def _actions(self, rows):
        for row in rows:
            yield {
                "_op_type": "index", "_index": self.index_name, "_id": row.source,
                "_source": {
                    "id": row.pk, "hub_id": row.hub_id, "kind": row.kind, "plugin": row.plugin, "language": row.language,
                    "translation_key": row.translation_key, "audiences": row.audiences, "regions": row.regions,
                    "hubs": row.hubs, "published_from": row.published_from, "published_until": row.published_until,
                    "title_terms": row.title_terms, "summary_terms": row.summary_terms, "body_terms": row.body_terms,
                    "words": " ".join((row.title, row.summary, row.body)),
                },
            }

    def mirror(self, sources, removed):
        with gateway.public_schema():
            rows = list(IndexedDocument.objects.filter(source__in=sources))
        actions = list(self._actions(rows))
        actions += [{"_op_type": "delete", "_index": self.index_name, "_id": source} for source in removed]
        try:
            self.ensure_index()
            self.bulk(actions)
        except self.engine_errors as error:
            self._failed(error, "indexing")
            self._mark_stale()

    def ensure_index(self):
        indices = self.indexing_client.indices
        if not indices.exists(index=self.index_name):
            indices.create(index=self.index_name, body={"settings": SETTINGS, "mappings": MAPPINGS})

    def rebuild(self, progress=None):
        if self.indexing_client.indices.exists(index=self.index_name):
            self.indexing_client.indices.delete(index=self.index_name)
        self.ensure_index()
        with gateway.public_schema():
            ids = list(IndexedDocument.objects.order_by("pk").values_list("pk", flat=True))
            chunks = [ids[start : start + 500] for start in range(0, len(ids), 500)]
            for chunk in progress.items(chunks, label="documenten naar de zoekmachine") if progress else chunks:
                self.bulk(self._actions(IndexedDocument.objects.filter(pk__in=chunk)))
        self._state.delete_many([self._key("stale"), self._key("degraded")])
        return len(ids)

    def status(self):
        try:
            reachable = bool(self.client.ping())
        except self.engine_errors:
            reachable = False
        # Down, or failed a request in the last minute: searches go to PostgreSQL.
        degraded = not reachable or self._recently_failed()
        return {
            # PostgreSQL answers when the engine does not: residents still get results.
            "ok": True,
            "backend": self.name,
            "engine": "up" if reachable else "down",
            "degraded": degraded,
            "stale": bool(self._state.get(self._key("stale"))),
            "serving": self.fallback.name if degraded else self.name,
        }


SearchBackend = OpenSearchBackend
