"""
An Elasticsearch cluster, through the official elasticsearch client.

Same index layout, queries and fallback as the OpenSearch backend; only the client differs.
Verified here only as far as the client goes: osmem-server is not Elasticsearch and the client
refuses it (its product check), so the tests show that refusal ends in the PostgreSQL fallback,
not that Elasticsearch ranks as OpenSearch does (see the README).
"""

from search.backends.opensearch import OpenSearchBackend


class ElasticsearchBackend(OpenSearchBackend):
    def make_client(self, timeout):
        from elasticsearch import Elasticsearch

        return Elasticsearch(hosts=self.urls, request_timeout=timeout, max_retries=0, retry_on_timeout=False)

    def bulk(self, actions):
        from elasticsearch import helpers

        return helpers.bulk(self.indexing_client, actions, refresh=True, raise_on_error=False)

    @property
    def engine_errors(self):
        from elastic_transport import TransportError
        from elasticsearch import ApiError, UnsupportedProductError

        return (ApiError, TransportError, UnsupportedProductError, OSError)


SearchBackend = ElasticsearchBackend
