from django import forms
from wagtail.admin.forms import WagtailAdminModelForm

from hubplatform.plugins import registry


class MunicipalityForm(WagtailAdminModelForm):
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
