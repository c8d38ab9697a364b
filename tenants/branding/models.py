from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.fields import StreamField

hex_colour = RegexValidator(r"^#[0-9a-fA-F]{6}$", "Gebruik een kleurcode als #0b5e55.")

# System font stacks only: a web font from another server would tell that server who visits.
FONT_STACKS = {
    "humanist": '"Segoe UI", "Noto Sans", "Open Sans", "DejaVu Sans", Calibri, sans-serif',
    "geometric": 'Avenir, "Century Gothic", "URW Gothic", Futura, "DejaVu Sans", sans-serif',
    "serif": 'Georgia, "Noto Serif", "DejaVu Serif", Cambria, serif',
}
FONT_CHOICES = [
    ("humanist", "Humanistisch schreefloos (goed leesbaar)"),
    ("geometric", "Geometrisch schreefloos"),
    ("serif", "Schreef"),
]


def relative_luminance(hex_value):
    def channel(c):
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_value[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast_ratio(first, second):
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


class FooterLinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(label="tekst")
    page = blocks.PageChooserBlock(label="pagina", required=False)
    url = blocks.URLBlock(label="of een webadres", required=False)


class BrandingSettings(BaseSiteSetting):
    """A hub's look and contact details, kept by its own editors (Instellingen > Huisstijl).

    The colours and font become CSS custom properties (design tokens) on every page, so a change
    shows on the next page view without a deploy.
    """

    hub_name = models.CharField("naam van de hub", max_length=200, default="Knooppunt")
    tagline = models.CharField("ondertitel", max_length=200, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image", verbose_name="logo", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    primary_colour = models.CharField(
        "hoofdkleur", max_length=7, default="#1f4e79", validators=[hex_colour],
        help_text="Voor de kopbalk en knoppen, met witte tekst erop.",
    )
    accent_colour = models.CharField(
        "accentkleur", max_length=7, default="#f2b33d", validators=[hex_colour],
        help_text="Voor lijnen en de focusrand.",
    )
    font = models.CharField("lettertype", max_length=20, choices=FONT_CHOICES, default="humanist")
    contact_address = models.CharField("adres", max_length=250, blank=True)
    contact_phone = models.CharField("telefoon", max_length=50, blank=True)
    contact_email = models.EmailField("e-mail", blank=True)
    contact_hours = models.CharField("bereikbaar", max_length=250, blank=True)
    footer_links = StreamField([("link", FooterLinkBlock())], verbose_name="links onderaan", blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("hub_name"), FieldPanel("tagline"), FieldPanel("logo")], heading="Naam en logo"
        ),
        MultiFieldPanel(
            [FieldPanel("primary_colour"), FieldPanel("accent_colour"), FieldPanel("font")],
            heading="Kleuren en letters",
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_address"),
                FieldPanel("contact_phone"),
                FieldPanel("contact_email"),
                FieldPanel("contact_hours"),
            ],
            heading="Contact (onderaan elke pagina)",
        ),
        FieldPanel("footer_links"),
    ]

    class Meta:
        verbose_name = "huisstijl"

    def clean(self):
        super().clean()
        # WCAG 2.1 AA asks 4.5:1 for normal text; the header puts white text on the main colour.
        if hex_colour.regex.match(self.primary_colour or "") and contrast_ratio(self.primary_colour, "#ffffff") < 4.5:
            raise ValidationError(
                {
                    "primary_colour": "Witte tekst is op deze kleur slecht te lezen "
                    f"(contrast {contrast_ratio(self.primary_colour, '#ffffff'):.1f}:1, minimaal 4,5:1). Kies een donkerdere kleur."
                }
            )

    @property
    def font_stack(self):
        return FONT_STACKS.get(self.font, FONT_STACKS["humanist"])

    def design_tokens(self):
        """CSS custom properties for this hub, read by hubplatform/static/css/hub.css.

        Colours are checked again here because the tokens are written into a stylesheet
        unescaped; a value that slipped past the form falls back to the default.
        """
        return {
            "--kp-color-primary": self._valid_colour("primary_colour"),
            "--kp-color-accent": self._valid_colour("accent_colour"),
            "--kp-font-family": self.font_stack,
        }

    def _valid_colour(self, field_name):
        value = getattr(self, field_name) or ""
        return value if hex_colour.regex.match(value) else self._meta.get_field(field_name).default
