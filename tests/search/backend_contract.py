"""
The contract every search backend passes (in the style of Wagtail's BackendTests): mix
`BackendContract` into a test class whose `backend` fixture makes that backend the default.

Test documents use made-up words, so the demo network's documents never interfere.
"""

from datetime import timedelta

import pytest
from django.utils import timezone

from search.analysis import analyzer
from search.backends.base import SearchRequest
from search.documents import SearchDocument
from search.indexing import apply
from search.models import IndexedDocument
from tenants.models import Hub

TEST_INDEXER = "tests.contract"


def document(source, title, body="", hub=None, **fields):
    return SearchDocument(source=source, kind=fields.pop("kind", "pagina"), title=title, body=body,
                          url=f"http://example.localhost/{source}/", hub=hub, **fields)


class BackendContract:
    def index(self, *documents):
        apply([(doc, TEST_INDEXER, doc.source.split(":")[0] if doc.source.startswith("example:") else "") for doc in documents],
              IndexedDocument.objects.filter(indexer=TEST_INDEXER))

    def found(self, backend, query, **request):
        concepts = analyzer("nl").parse(query)
        candidates = backend.search(SearchRequest(concepts=tuple(concepts), now=timezone.now(), **request))
        sources = dict(IndexedDocument.objects.filter(pk__in=[c.id for c in candidates]).values_list("pk", "source"))
        return [sources[candidate.id] for candidate in candidates if candidate.id in sources]

    def test_finds_the_documents_with_the_word_and_no_others(self, backend):
        # Guards against an engine that indexes every word as the same empty term and so matches
        # everything (osmem-server with a Dutch stemmer does).
        self.index(document("t:1", "Over de zwaluwstaart"), document("t:2", "Over de kievit"))

        assert self.found(backend, "zwaluwstaart") == ["t:1"]
        assert self.found(backend, "qqxyzzy") == []

    def test_has_match_answers_whether_a_visible_document_matches(self, backend):
        self.index(document("t:1", "Over de zwaluwstaart", published_until=timezone.now() - timedelta(days=1)),
                   document("t:2", "Over de kievit"))

        def request(query):
            return SearchRequest(concepts=tuple(analyzer("nl").parse(query)), now=timezone.now())

        assert backend.has_match(request("kievit"))
        assert not backend.has_match(request("zwaluwstaart"))  # expired
        assert not backend.has_match(request("qqxyzzy"))
        # All at once (the spelling corrections of one search), each answered for itself.
        assert backend.has_matches([request("kievit"), request("zwaluwstaart"), request("qqxyzzy"), request("kievit")]) == [
            True, False, False, True,
        ]

    def test_dutch_word_forms_find_each_other(self, backend):
        self.index(document("t:1", "Nieuws", body="Wij tellen de zwaluwnesten in de schuur."))

        assert self.found(backend, "zwaluwnest") == ["t:1"]
        assert self.found(backend, "Zwaluwnésten") == ["t:1"]

    def test_a_compound_is_found_by_its_last_part(self, backend):
        self.index(document("t:1", "Geld", body="De zwaluwalimentatie wordt elk jaar hoger."))

        assert "t:1" in self.found(backend, "alimentatie")

    def test_a_word_in_the_title_outweighs_one_in_the_body(self, backend):
        self.index(
            document("t:body", "Iets anders", body="Hier staat het woord kwartelkooi ergens in de tekst van de pagina."),
            document("t:title", "De kwartelkooi", body="Een pagina over iets heel anders dan dat."),
        )

        assert self.found(backend, "kwartelkooi") == ["t:title", "t:body"]

    def test_expired_and_future_documents_are_never_returned(self, backend):
        now = timezone.now()
        self.index(
            document("t:old", "Kwartelkooi oud", published_until=now - timedelta(minutes=1)),
            document("t:future", "Kwartelkooi later", published_from=now + timedelta(days=1)),
            document("t:now", "Kwartelkooi nu", published_until=now + timedelta(days=1)),
        )

        assert self.found(backend, "kwartelkooi") == ["t:now"]

    def test_hub_scope_keeps_other_hubs_out(self, backend):
        hubs = dict(Hub.objects.hubs().values_list("slug", "pk"))
        self.index(document("t:h", "Kwartelkooi", hub="hardenberg"), document("t:m", "Kwartelkooi", hub="helmond"))

        assert self.found(backend, "kwartelkooi", hub_ids=(hubs["hardenberg"],)) == ["t:h"]
        assert sorted(self.found(backend, "kwartelkooi")) == ["t:h", "t:m"]

    def test_network_documents_are_found_only_where_they_are_meant(self, backend):
        self.index(
            document("t:all", "Kwartelkooi overal"),
            document("t:twente", "Kwartelkooi Twente", regions=("twente",)),
            document("t:helmond", "Kwartelkooi Helmond", hubs=("helmond",)),
        )
        nothing = ()

        assert sorted(self.found(backend, "kwartelkooi", hub_ids=nothing, network_for=("vechtdal", "hardenberg"))) == ["t:all"]
        assert sorted(self.found(backend, "kwartelkooi", hub_ids=nothing, network_for=("twente", "twente"))) == ["t:all", "t:twente"]
        assert sorted(self.found(backend, "kwartelkooi", hub_ids=nothing, network_for=("zuidoost-brabant", "helmond"))) == ["t:all", "t:helmond"]

    def test_documents_of_a_switched_off_network_plugin_stay_out(self, backend):
        self.index(document("example:1", "Kwartelkooi mededeling"))

        assert self.found(backend, "kwartelkooi", plugins=()) == []
        assert self.found(backend, "kwartelkooi", plugins=("example",)) == ["example:1"]

    def test_removed_documents_are_gone(self, backend):
        self.index(document("t:1", "Kwartelkooi"))
        self.index()

        assert self.found(backend, "kwartelkooi") == []

    def test_suggests_the_word_meant(self, backend):
        if not backend.supports_suggestions:
            pytest.skip("backend offers no suggestions")
        self.index(document("t:1", "De kwartelkooi", body="Een kwartelkooi voor de tuin."))

        assert backend.suggest(["kwartelkooj"])["kwartelkooj"][0] == "kwartelkooi"
        assert "kwartelkooi" not in backend.suggest(["kwartelkooi"])
