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

    def clean(self):
        cleaned = super().clean()
        # Checked here, not only as a required field: Wagtail saves drafts without their required
        # fields, and a regional coordinator's draft must not become a network-wide piece.
        if not self.scope.whole_network and cleaned.get("region_id") is None:
            self.add_error("region_id", "Kies een regio uit uw werkgebied.")
        return cleaned
