import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings

from search.backends import get_search_backend
from search.backends.postgres import closest, edit_distance
from tests.search.backend_contract import BackendContract


class TestPostgresBackend(BackendContract):
    @pytest.fixture
    def backend(self):
        return get_search_backend()


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
