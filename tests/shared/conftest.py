import pytest
from django.db import connection
from wagtail.models import Locale

from plugins.shared.demo import piece_ids
from plugins.shared.models import SharedPiece


@pytest.fixture
def ids():
    """The demo's shared pieces by key ("kind-en-scheiding", "mediation", ...)."""
    return piece_ids()


def draft_piece(**fields):
    """A shared piece that was never published (a revision, no live version)."""
    connection.set_schema_to_public()
    piece = SharedPiece(
        title=fields.pop("title", "Nog niet klaar"),
        body=[{"type": "paragraph", "value": "<p>Geheime concepttekst</p>"}],
        locale=Locale.objects.get(language_code="nl"),
        live=False,
        **fields,
    )
    piece.save()
    piece.save_revision()
    return piece
