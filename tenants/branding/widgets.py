from django import forms


class ColourWidget(forms.TextInput):
    """A colour picker next to the hex code, with the contrast against white text in Dutch
    notation (8,7:1), updated while the editor picks (tenants/branding/static/branding/)."""

    input_type = "color"
    template_name = "branding/colour_widget.html"

    class Media:
        js = ["branding/colour-contrast.js"]
