from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.fields import StreamField

from tenants.branding import theme
from tenants.branding.contrast import contrast_ratio, dutch_ratio
from tenants.branding.widgets import ColourWidget

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
    layout = models.CharField(
        "opmaak", max_length=20, choices=theme.LAYOUT_CHOICES, default="banner",
        help_text="Hoe kop, menu en blokken eruitzien. De kleuren komen uit de velden hierboven.",
    )
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
            [
                FieldPanel("primary_colour", widget=ColourWidget),
                FieldPanel("accent_colour", widget=ColourWidget),
                FieldPanel("font"),
                FieldPanel("layout"),
            ],
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
                    f"(contrast {dutch_ratio(contrast_ratio(self.primary_colour, '#ffffff'))}, minimaal 4,5:1). "
                    "Kies een donkerdere kleur."
                }
            )

    @property
    def font_stack(self):
        return FONT_STACKS.get(self.font, FONT_STACKS["humanist"])

    def design_tokens(self):
        """The hub's design tokens (tenants.branding.theme), served as its theme stylesheet.

        Colours are checked again here because the tokens are written into CSS unescaped; a value
        that slipped past the form falls back to the default.
        """
        return theme.tokens(
            self._valid_colour("primary_colour"), self._valid_colour("accent_colour"), self.font_stack, self.layout
        )

    def theme_version(self):
        """Changes whenever the tokens do, so the stylesheet's URL can be cached for a year."""
        return theme.version(self.design_tokens())

    def _valid_colour(self, field_name):
        value = getattr(self, field_name) or ""
        return value if hex_colour.regex.match(value) else self._meta.get_field(field_name).default
