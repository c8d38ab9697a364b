"""The "Gedeelde inhoud" block: a piece from the shared library, shown in a hub's page."""

from django.core.exceptions import ValidationError
from wagtail import blocks

from plugins.shared import library
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
        context["shared"] = (
            library.render(piece_id, value.get("pinned_revision") if value.get("pin") else None) if piece_id else None
        )
        return context

    class Meta:
        icon = "doc-full-inverse"
        label = "Gedeelde inhoud"
        template = "shared/shared_content_block.html"
        description = "Een tekst uit de gedeelde bibliotheek van het netwerk, altijd de nieuwste of een vastgezette versie."
