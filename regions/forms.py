from django import forms
from django.template.loader import render_to_string

from regions.models import CoordinatorScope, Region
from regions.scopes import set_group_scope
from tenants.current import on_portal


class CoordinatorScopeForm(forms.Form):
    """The "Werkgebied" panel on a portal group's page: what its members coordinate.

    Wagtail shows every permission panel on every host's group pages; in a hub this one shows
    nothing and saves nothing, since scopes belong to the portal's groups.
    """

    whole_network = forms.BooleanField(label="Het hele netwerk", required=False)
    regions = forms.ModelMultipleChoiceField(
        label="Regio's",
        queryset=Region.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Leden van deze groep publiceren alleen naar de hubs in deze regio's.",
    )

    def __init__(self, data=None, files=None, instance=None, prefix="werkgebied"):
        self.group = instance
        self.shown = on_portal()
        initial = {}
        if self.shown and instance is not None and instance.pk:
            scope = CoordinatorScope.objects.filter(group_id=instance.pk).first()
            if scope:
                initial = {"whole_network": scope.whole_network, "regions": list(scope.regions.all())}
        super().__init__(data=data if self.shown else None, files=files, initial=initial, prefix=prefix)
        if self.shown:
            self.fields["regions"].queryset = Region.objects.all()

    def is_valid(self):
        return not self.shown or super().is_valid()

    def save(self):
        if not self.shown or self.group is None:
            return
        set_group_scope(
            self.group, whole_network=self.cleaned_data["whole_network"], regions=self.cleaned_data["regions"]
        )

    def as_admin_panel(self):
        if not self.shown:
            return ""
        return render_to_string("regions/coordinator_scope_panel.html", {"form": self})
