"""The "Gedeelde inhoud" block: a piece from the shared library, shown in a hub's page."""

from django.core.exceptions import ValidationError
from wagtail import blocks

from plugins.shared import library


def _piece_choices():
    # Evaluated each time the editor's form is built, in the hub being edited: only what this
    # hub may show is offered, and a crafted id outside it fails validation.
    return [(str(piece["id"]), piece["title"]) for piece in library.available_pieces()]


class PieceChoiceBlock(blocks.ChoiceBlock):
    """The piece's id, offered from the hub's list but read back as stored.

    ChoiceBlock matches a stored value against its choices on every read; here that would ask
    the library once per block on every page view. The list matters only in the editor's form
    (and its validation); rendering checks the piece itself (library.render).
    """

    def to_python(self, value):
        return None if value is None else str(value)

    def get_searchable_content(self, value):
        return []


class SharedContentBlock(blocks.StructBlock):
    piece = PieceChoiceBlock(
        label="gedeeld stuk",
        choices=_piece_choices,
        help_text="Alleen gepubliceerde stukken voor uw hub. Zoeken en bekijken: menu 'Gedeelde inhoud'.",
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
        found = library.visible_status(int(value["piece"]))
        if found is None:
            raise ValidationError("Dit gedeelde stuk is niet beschikbaar voor uw hub.")
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
