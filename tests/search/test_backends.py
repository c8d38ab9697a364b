import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings
from django.utils import timezone

from search.analysis import analyzer
from search.backends import get_search_backend
from search.backends.base import SearchRequest
from search.backends.postgres import closest, edit_distance
from tests.search.backend_contract import BackendContract, document


class TestPostgresBackend(BackendContract):
    @pytest.fixture
    def backend(self):
        return get_search_backend()

    def test_probes_for_common_and_rare_words_asked_together_each_get_their_own_answer(self, backend, monkeypatch):
        """has_matches sends probes for common words and, under other planner settings, for rare
        ones in one text: each answer must still land with its own probe."""
        self.index(document("t:1", "Over de kievit"), document("t:2", "Over de grutto"))
        words = ["kievit", "zwaluwstaart", "grutto", "qqxyzzy", "kievit"]
        common = iter([True, False, False, True, False])
        monkeypatch.setattr(type(backend), "_dense", lambda self, concepts, cursor: next(common))

        def request(query):
            return SearchRequest(concepts=tuple(analyzer("nl").parse(query)), now=timezone.now())

        assert backend.has_matches([request(word) for word in words]) == [True, False, True, False, True]


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
