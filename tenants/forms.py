from django import forms
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm

from plugins.registry import registry
from tenants.provisioning import ProvisioningError, validate_plugins


class HubForm(WagtailAdminModelForm):
    enabled_plugins = forms.MultipleChoiceField(
        label="Plugins",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Een plugin die uit staat, biedt in deze hub geen paginatypen aan en zijn pagina's zijn er niet te zien.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["enabled_plugins"].choices = [
            (plugin.plugin_key, f"{plugin.verbose_name}: {plugin.plugin_description}") for plugin in registry.all()
        ]

    def clean_postcode_areas(self):
        areas = self.cleaned_data["postcode_areas"] or []
        for area in areas:
            low, _, high = area.partition("-")
            if not (low.isdigit() and len(low) == 4 and (not high or (high.isdigit() and len(high) == 4 and high >= low))):
                raise forms.ValidationError(f"'{area}' is geen postcodegebied. Schrijf vier cijfers, of een reeks als 7770-7799.")
        return areas

    def clean_enabled_plugins(self):
        keys = sorted(self.cleaned_data["enabled_plugins"])
        try:
            validate_plugins(keys)
        except ProvisioningError as error:
            raise forms.ValidationError(str(error)) from None
        return keys


class LoginForm(WagtailLoginForm):
    """Wagtail's login form, whose password field has no label of its own (it showed "Password")."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = "Wachtwoord"
