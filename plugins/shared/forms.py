from django import forms
from wagtail.admin.forms import WagtailAdminModelForm

from pages.models import AUDIENCE_CHOICES
from regions.scopes import scope_of


class SharedPieceForm(WagtailAdminModelForm):
    """A piece's form: a coordinator can only give it a scope inside their own."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from plugins.shared.models import TOPIC_CHOICES

        self.scope = scope = scope_of(self.for_user)
        choices = [(region.pk, region.name) for region in scope.regions()]
        if scope.whole_network:
            choices.insert(0, ("", "Het hele netwerk"))
        self.fields["region_id"] = forms.TypedChoiceField(
            label="Voor",
            choices=choices,
            coerce=int,
            empty_value=None,
            required=not scope.whole_network,
            help_text="Het hele netwerk, of alleen de hubs van één regio.",
        )
        self.fields["audiences"] = forms.MultipleChoiceField(
            label="Doelgroepen", choices=AUDIENCE_CHOICES, widget=forms.CheckboxSelectMultiple, required=False
        )
        self.fields["topics"] = forms.MultipleChoiceField(
            label="Onderwerpen", choices=TOPIC_CHOICES, widget=forms.CheckboxSelectMultiple, required=False
        )
        self.fields["parent_piece_id"] = forms.TypedChoiceField(
            label="Onderdeel van",
            choices=[("", "Geen: een stuk op zichzelf")] + [(piece.pk, piece.title) for piece in self._possible_parents()],
            coerce=int,
            empty_value=None,
            required=False,
            help_text="Stuurt een coördinator het bovenliggende stuk met onderliggende pagina's, dan komt dit stuk als pagina eronder.",
        )

    def _possible_parents(self):
        """Dutch pieces in the coordinator's scope, neither this piece nor one below it (no loops)."""
        from plugins.shared.models import SharedPiece

        pieces = SharedPiece.objects.filter(locale__language_code="nl").order_by("title")
        if not self.scope.whole_network:
            pieces = pieces.filter(region_id__in=self.scope.region_ids)
        if self.instance.pk is None:
            return list(pieces)
        below = {self.instance.pk}
        parents = dict(SharedPiece.objects.values_list("pk", "parent_piece_id"))
        for pk in parents:
            seen, current = set(), pk
            while current is not None and current not in seen:
                if current in below:
                    below.add(pk)
                    break
                seen.add(current)
                current = parents.get(current)
        return [piece for piece in pieces if piece.pk not in below]

    def clean(self):
        cleaned = super().clean()
        # Checked here, not only as a required field: Wagtail saves drafts without their required
        # fields, and a regional coordinator's draft must not become a network-wide piece.
        if not self.scope.whole_network and cleaned.get("region_id") is None:
            self.add_error("region_id", "Kies een regio uit uw werkgebied.")
        return cleaned
