"""The "Gedeelde inhoud" block: a piece from the shared library, shown in a hub's page."""

from django.core.exceptions import ValidationError
from django.db import connection
from django.utils import translation
from wagtail import blocks

from plugins.shared import library, usage
from plugins.shared.chooser import NOT_AVAILABLE, SharedPieceChooserBlock


class SharedContentBlock(blocks.StructBlock):
    piece = SharedPieceChooserBlock(
        label="gedeeld stuk",
        help_text="Alleen gepubliceerde stukken voor uw hub: zoek en bekijk ze in het venster 'Kies een gedeeld stuk'.",
    )
    pin = blocks.BooleanBlock(
        label="deze versie vastzetten",
        required=False,
        help_text="Aan: uw pagina blijft deze versie tonen, ook als de coördinator het stuk later aanpast.",
    )
    pinned_revision = blocks.IntegerBlock(
        label="vastgezette versie",
        required=False,
        help_text="Wordt bij het opslaan ingevuld. Leegmaken en opslaan zet de nieuwste versie vast.",
    )

    def clean(self, value):
        value = super().clean(value)
        found = library.visible_status(value["piece"])
        if found is None:
            # Withdrawn between the piece's own check and this one.
            raise blocks.StructBlockValidationError({"piece": ValidationError(NOT_AVAILABLE)})
        if not value["pin"]:
            value["pinned_revision"] = None
        elif not value["pinned_revision"]:
            value["pinned_revision"] = found["live_revision_id"]
        elif value["pinned_revision"] not in found["published_revision_ids"]:
            raise blocks.StructBlockValidationError(
                {"pinned_revision": ValidationError("Dit is geen gepubliceerde versie van dit stuk.")}
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        try:
            piece_id = int(value["piece"])
        except (TypeError, ValueError):
            piece_id = None
        pinned = value.get("pinned_revision") if value.get("pin") else None
        if not piece_id:
            context["shared"] = None
        elif pinned:
            context["shared"] = library.render(piece_id, pinned)
        else:
            latest = _latest_of_page(parent_context)
            context["shared"] = latest[piece_id] if piece_id in latest else library.render(piece_id)
        return context

    class Meta:
        icon = "doc-full-inverse"
        label = "Gedeelde inhoud"
        template = "shared/shared_content_block.html"
        description = "Een tekst uit de gedeelde bibliotheek van het netwerk, altijd de nieuwste of een vastgezette versie."


def _latest_of_page(parent_context):
    """The latest versions of every piece the page being rendered embeds unpinned, read once per
    request and language in two round trips (not two per piece); {} outside a page view."""
    request = parent_context.get("request") if parent_context else None
    page = parent_context.get("page") if parent_context else None
    body = getattr(getattr(page, "body", None), "raw_data", None)
    if request is None or body is None:
        return {}
    key = (connection.schema_name, page.pk, translation.get_language())
    kept = getattr(request, "_knooppunt_shared_pieces", None)
    if kept is None or kept[0] != key:
        ids = [piece_id for piece_id, pinned in usage.embeds(body) if not pinned]
        kept = (key, library.render_many(ids) if ids else {})
        request._knooppunt_shared_pieces = kept
    return kept[1]
