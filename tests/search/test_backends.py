import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings
from django.utils import timezone

from search.analysis import Concept, analyzer
from search.backends import get_search_backend
from search.backends.base import SearchRequest
from search.backends.postgres import closest, edit_distance
from search.models import IndexedDocument
from tenants.models import Hub
from tests.search.backend_contract import BackendContract, document


class TestPostgresBackend(BackendContract):
    @pytest.fixture
    def backend(self):
        return get_search_backend()

    def test_probes_for_common_and_rare_words_asked_together_each_get_their_own_answer(self, backend, monkeypatch):
        """has_matches sends probes for common words and, under other planner settings, for rare
        ones (those in one document of a hundred or more first read a sample of the table's pages)
        in one text: each answer must still land with its own probe."""
        self.index(document("t:1", "Over de kievit"), document("t:2", "Over de grutto"))
        words = ["kievit", "zwaluwstaart", "grutto", "qqxyzzy", "kievit", "grutto"]
        # As if the statistics said: common, uncommon, uncommon, rare, rare, uncommon.
        shares = iter([0.5, 0.05, 0.05, 0.0, 0.0, 0.05])
        monkeypatch.setattr(type(backend), "_share", lambda self, concepts, cursor: next(shares))

        def request(query):
            return SearchRequest(concepts=tuple(analyzer("nl").parse(query)), now=timezone.now())

        assert backend.has_matches([request(word) for word in words]) == [True, False, True, False, True, True]

    @pytest.mark.parametrize(
        "share, postings",
        [
            (0.5, 0.5),  # common words: near rows tested one by one, far ones read from the table
            (0.05, 1.0),  # uncommon words, many index entries: near rows tested, far ones through the index
            (0.0, 0.0),  # rare words: both through the index
        ],
    )
    def test_each_query_plan_finds_the_same_documents(self, backend, monkeypatch, share, postings):
        """The plan follows estimates of how common the words are; a resident of Hardenberg finds
        the own hub's, the network's and other hubs' documents whichever plan runs, with a
        phrase of synonyms among the alternatives."""
        hubs = dict(Hub.objects.hubs().values_list("slug", "pk"))
        self.index(
            document("t:own", "Kwartelkooi", hub="hardenberg"),
            document("t:phrase", "Over de kwartel kooi", hub="hardenberg"),
            document("t:network", "Kwartelkooi voor iedereen"),
            document("t:other", "Kwartelkooi", hub="helmond"),
            document("t:unrelated", "Kievit", hub="hardenberg"),
        )
        from search.backends import postgres

        monkeypatch.setattr(type(backend), "_few_matches", lambda self, concepts, cursor: False)
        monkeypatch.setattr(type(backend), "_share", lambda self, concepts, cursor: share)
        monkeypatch.setattr(type(backend), "_postings", lambda self, concepts, cursor: postings)
        # The far sample as the whole table, whatever the test database's page count says (a
        # local one reused for many runs grows dead pages, and the sample then left some out).
        monkeypatch.setattr(postgres, "FAR_SAMPLE_PAGES", 10**9)
        concepts = (Concept(("kwartelkooi",), (("kwartelkooi",), ("kwartel", "kooi"))),)
        request = SearchRequest(concepts=concepts, now=timezone.now(), near_hub_ids=(hubs["hardenberg"],),
                                network_for=("vechtdal", "hardenberg"))
        candidates = backend.search(request)
        sources = dict(IndexedDocument.objects.filter(pk__in=[c.id for c in candidates]).values_list("pk", "source"))

        assert sorted(sources.values()) == ["t:network", "t:other", "t:own", "t:phrase"]

    @pytest.mark.parametrize("few", [True, False])
    def test_other_hubs_matches_are_all_ranked_unless_there_are_many(self, backend, monkeypatch, few):
        """Past FAR_LIMIT other hubs' matches are a sample, but only where the statistics say a
        query has more than RANK_ALL_MATCHES matches: at the demo's size a resident sees them all."""
        from search.backends import postgres

        hubs = dict(Hub.objects.hubs().values_list("slug", "pk"))
        self.index(*(document(f"t:{number}", "Kwartelkooi", hub="helmond") for number in range(4)))
        monkeypatch.setattr(postgres, "FAR_LIMIT", 2)
        monkeypatch.setattr(type(backend), "_few_matches", lambda self, concepts, cursor: few)
        monkeypatch.setattr(type(backend), "_share", lambda self, concepts, cursor: 0.0)

        found = self.found(backend, "kwartelkooi", near_hub_ids=(hubs["hardenberg"],))

        assert len(found) == (4 if few else 2)

    def test_a_correction_begins_with_the_letter_typed_and_prefers_the_commoner_word(self, backend, monkeypatch):
        from django.db import connection

        from search.backends import postgres

        self.index(document("t:1", "Niet langer vol anger"))
        # Which of two equally close words is commoner comes from PostgreSQL's statistics, which
        # a test database has only once analysed.
        with connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {IndexedDocument._meta.db_table}")
        monkeypatch.setattr(postgres, "_statistics_cache", {})

        suggestions = backend.suggest(["mediatior", "zwanger"])

        # "mediation" is as close as "mediator" (one letter), but the demo's pages say mediator far more.
        assert suggestions["mediatior"][0] == "mediator"
        assert "zwanger" not in suggestions  # not "anger", nor "langer"


class TestOpenSearchBackendOnOsmem(BackendContract):
    @pytest.fixture
    def backend(self, on_osmem):
        return on_osmem


@pytest.mark.parametrize(
    "config",
    [
        {"default": {"BACKEND": "search.backends.nosuchengine"}},
        {"default": {"BACKEND": "search.analysis"}},
        {"default": {}},
        {"other": {"BACKEND": "search.backends.postgres"}},
    ],
)
def test_a_bad_backend_setting_says_what_is_wrong(config):
    with override_settings(KNOOPPUNT_SEARCH_BACKENDS=config), pytest.raises(ImproperlyConfigured):
        get_search_backend()


def test_a_backend_may_be_named_by_module_or_class():
    with override_settings(KNOOPPUNT_SEARCH_BACKENDS={"default": {"BACKEND": "search.backends.postgres.PostgresSearchBackend"}}):
        assert get_search_backend().name == "postgres"


def test_edit_distance_counts_a_swap_once():
    assert edit_distance("scheidnig", "scheiding") == 1
    assert edit_distance("mediatior", "mediator") == 1
    assert closest("mediatior", ["mediation", "mediator", "media"]) == ["mediation", "mediator"]
    assert closest("kat", ["kast", "kaart"]) == ["kast"]
    assert closest("zzzz", ["scheiding"]) == []
