"""
The chooser of the "Gedeelde inhoud" block: Wagtail's chooser modal (a ChooserViewSet, its widget
and its ChooserBlock) over the library as this hub may show it.

Wagtail's choosers read the model's table. The library's table is the portal's, and a hub never
queries it: every part that would (the listing, the chosen step, the widget's title, the block's
value) asks plugins.shared.library instead, which offers only published pieces in the hub's scope
and decides that again on every call. So a crafted chooser URL with another id answers 404 and a
crafted block value fails validation. The block keeps the piece's id as its value: rendering a
page never asks the library which pieces exist. On the portal the routes answer 404 (the
library's own pieces do not embed pieces).
"""

from dataclasses import dataclass

from django import forms
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.http import Http404
from django.urls import reverse
from django.utils.functional import cached_property
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic import chooser as chooser_views
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.admin.widgets.chooser import BaseChooser
from wagtail.blocks import ChooserBlock, FieldBlock

from plugins.shared import library
from tenants.current import on_portal

NOT_AVAILABLE = (
    "Dit gedeelde stuk is niet beschikbaar voor uw hub: het is niet (meer) gepubliceerd of niet "
    "bedoeld voor uw regio. Kies een ander stuk."
)


@dataclass(frozen=True)
class ChoosablePiece:
    """A piece as the chooser shows it: plain data from the library, never a model instance."""

    pk: int
    title: str
    summary: str = ""
    for_whom: str = ""
    available: bool = True

    def __str__(self):
        return self.title

    @classmethod
    def from_library(cls, piece):
        return cls(
            pk=piece["id"],
            title=piece["title"],
            summary=piece.get("summary", ""),
            for_whom="het hele netwerk" if piece["region_id"] is None else "uw regio",
        )


def visible_piece(piece_id):
    """The piece `piece_id` when this hub may show it, else ObjectDoesNotExist."""
    try:
        piece_id = int(piece_id)
    except (TypeError, ValueError):
        raise ObjectDoesNotExist(f"Geen stuk {piece_id!r}.") from None
    found = library.visible_status(piece_id)
    if found is None:
        raise ObjectDoesNotExist(f"Stuk {piece_id} is niet beschikbaar voor deze hub.")
    return ChoosablePiece(pk=piece_id, title=found["title"])


def _preview_url(piece):
    return reverse("shared_hub:preview", args=[piece.pk]) if piece.available else ""


class PieceSearchForm(BaseFilterForm):
    q = forms.CharField(
        label="Zoeken in titel en samenvatting",
        widget=forms.TextInput(attrs={"placeholder": "Bijvoorbeeld: ouderschapsplan"}),
        required=False,
    )

    def filter(self, objects):
        # The library searched already (PieceListingMixin.get_object_list); say so in the results.
        query = self.cleaned_data.get("q", "").strip()
        if query:
            self.is_searching = True
            self.search_query = query
        return objects

    @property
    def query(self):
        return self.cleaned_data.get("q", "").strip() if self.is_valid() else ""


class PreviewColumn(Column):
    """The piece as the hub's page would show it, folded open on request."""

    cell_template_name = "shared/chooser_preview_cell.html"

    def get_value(self, instance):
        return library.render(instance.pk)


class HubOnlyMixin:
    def dispatch(self, request, *args, **kwargs):
        if on_portal(request):
            raise Http404("Gedeelde inhoud kiest u in de beheeromgeving van een hub.")
        return super().dispatch(request, *args, **kwargs)


class PieceListingMixin(HubOnlyMixin):
    filter_form_class = PieceSearchForm
    per_page = 10

    # The listing is plain data from the library, already in title order and limited to what
    # this hub may show; no queryset, no locale filter, nothing to create here.
    i18n_enabled = False

    def get_object_list(self):
        pieces = library.available_pieces(search=self.filter_form.query)
        return [ChoosablePiece.from_library(piece) for piece in pieces]

    def apply_object_list_ordering(self, objects):
        return objects

    def can_create(self):
        return False

    @property
    def columns(self):
        return [
            TitleColumn(
                "title",
                label="Titel",
                accessor="title",
                get_url=lambda piece: self.append_preserved_url_parameters(reverse(self.chosen_url_name, args=[piece.pk])),
                link_attrs={"data-chooser-modal-choice": True},
            ),
            Column("summary", label="Samenvatting"),
            Column("for_whom", label="Voor"),
            PreviewColumn("preview", label="Voorbeeld"),
        ]


class PieceChooseView(PieceListingMixin, chooser_views.ChooseView):
    results_template_name = "shared/chooser_results.html"


class PieceChooseResultsView(PieceListingMixin, chooser_views.ChooseResultsView):
    results_template_name = "shared/chooser_results.html"


class PieceChosenResponseMixin:
    def get_object(self, pk):
        return visible_piece(pk)

    def get_edit_item_url(self, instance):
        return _preview_url(instance)


class PieceChosenView(HubOnlyMixin, PieceChosenResponseMixin, chooser_views.ChosenView):
    pass


class PieceChosenMultipleView(HubOnlyMixin, PieceChosenResponseMixin, chooser_views.ChosenMultipleView):
    def get_objects(self, pks):
        found = []
        for pk in pks:
            try:
                found.append(visible_piece(pk))
            except ObjectDoesNotExist:
                continue
        return found


class PieceCreateView(chooser_views.CreateView):
    def dispatch(self, request, *args, **kwargs):
        raise Http404("Gedeelde stukken schrijven coördinatoren in het portaal.")


class SharedPieceChooserWidget(BaseChooser):
    """The chooser's form widget: shows the chosen piece's title, read through the library."""

    show_edit_link = True
    show_clear_link = False

    def get_instance(self, value):
        if value in (None, ""):
            return None
        if isinstance(value, ChoosablePiece):
            return value
        try:
            return visible_piece(value)
        except ObjectDoesNotExist:
            # Stored earlier, withdrawn or out of scope since: say so, without its title.
            return ChoosablePiece(pk=value, title=f"Stuk {value}: niet meer beschikbaar voor uw hub", available=False)

    def get_value_data_from_instance(self, instance):
        return {"id": instance.pk, "title": instance.title, "edit_url": _preview_url(instance)}


class SharedPieceField(forms.Field):
    """The piece's id, accepted only when this hub may show that piece."""

    default_error_messages = {
        "required": "Kies een gedeeld stuk.",
        "invalid": "Ongeldig stuk. Kies een stuk met de knop 'Kies een gedeeld stuk'.",
    }

    def to_python(self, value):
        if value in self.empty_values:
            return None
        try:
            return int(value.pk if isinstance(value, ChoosablePiece) else value)
        except (TypeError, ValueError):
            raise ValidationError(self.error_messages["invalid"], code="invalid") from None

    def validate(self, value):
        super().validate(value)
        if value is not None and library.visible_status(value) is None:
            raise ValidationError(NOT_AVAILABLE, code="not_available")


class SharedPieceChooserBlockBase(ChooserBlock):
    """A ChooserBlock whose value is the piece's id (an int), never read from the library's table."""

    @cached_property
    def field(self):
        return SharedPieceField(
            widget=self.widget, required=self._required, validators=self._validators, help_text=self._help_text
        )

    def to_python(self, value):
        try:
            return None if value in (None, "") else int(value)
        except (TypeError, ValueError):
            return None

    def bulk_to_python(self, values):
        return [self.to_python(value) for value in values]

    def get_prep_value(self, value):
        return self.to_python(value)

    def value_from_form(self, value):
        return self.to_python(value)

    def clean(self, value):
        return FieldBlock.clean(self, value)

    def extract_references(self, value):
        # The id names a row in the portal's schema, not in this hub's reference index.
        return []

    def get_searchable_content(self, value):
        return []


class SharedPieceChooserViewSet(ChooserViewSet):
    model = "shared.SharedPiece"
    icon = "doc-full-inverse"
    choose_one_text = "Kies een gedeeld stuk"
    choose_another_text = "Kies een ander stuk"
    edit_item_text = "Voorbeeld bekijken"
    page_title = "Kies een gedeeld stuk"
    search_tab_label = "Zoeken"
    per_page = 10

    choose_view_class = PieceChooseView
    choose_results_view_class = PieceChooseResultsView
    chosen_view_class = PieceChosenView
    chosen_multiple_view_class = PieceChosenMultipleView
    create_view_class = PieceCreateView
    base_widget_class = SharedPieceChooserWidget
    base_block_class = SharedPieceChooserBlockBase
    register_widget = False


shared_piece_chooser = SharedPieceChooserViewSet("shared_piece_chooser", url_prefix="gedeelde-inhoud/kiezen")

SharedPieceChooserBlock = shared_piece_chooser.get_block_class(
    name="SharedPieceChooserBlock", module_path="plugins.shared.chooser"
)
