import pytest

from plugins.shared.demo import piece_ids


@pytest.fixture
def ids():
    """The demo's shared pieces by key ("kind-en-scheiding", "mediation", ...)."""
    return piece_ids()
