"""
The shared StreamField block library. Every page body is a `blocks.fields.BodyField`, built from
`BaseStreamBlock`; plugins add their own blocks to it (`PluginConfig.blocks`).
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext, gettext_noop
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from plugins.registry import plugin_blocks

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3"]


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        template = "blocks/heading.html"
        form_classname = "title"
        description = "Een tussenkop (h2) die de tekst eronder in stukken deelt."
        preview_value = "Wat kunt u zelf doen?"


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=RICH_TEXT_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph.html"
        description = "Gewone tekst met opsommingen en links."
        preview_value = "<p>Uit elkaar gaan is zwaar. U hoeft het niet alleen te doen.</p>"


# Dutch in the editor; residents hear them in their own language (see get_context).
CALLOUT_TONES = [("info", gettext_noop("Goed om te weten")), ("tip", gettext_noop("Tip")), ("warning", gettext_noop("Let op"))]


class CalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="titel")
    text = blocks.RichTextBlock(label="tekst", features=RICH_TEXT_FEATURES)
    tone = blocks.ChoiceBlock(label="soort", choices=CALLOUT_TONES, default="info")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        # Screen readers announce the kind of box, since its colour alone says nothing to them.
        tone = dict(CALLOUT_TONES).get(value["tone"], "")
        context["tone_label"] = gettext(tone) if tone else ""
        return context

    class Meta:
        icon = "help"
        template = "blocks/callout.html"
        description = "Een opvallend kader voor een tip of waarschuwing."
        preview_value = {"title": "Tip", "text": "<p>Schrijf uw vragen vooraf op.</p>", "tone": "tip"}


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label="vraag")
    answer = blocks.RichTextBlock(label="antwoord", features=RICH_TEXT_FEATURES)


class FAQBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="titel", required=False)
    items = blocks.ListBlock(QuestionBlock(), label="vragen")

    class Meta:
        icon = "list-ul"
        template = "blocks/faq.html"
        description = "Veelgestelde vragen; het antwoord klapt open, ook zonder JavaScript."
        preview_value = {
            "title": "Veelgestelde vragen",
            "items": [{"question": "Kost het geld?", "answer": "<p>Nee, het is gratis.</p>"}],
        }


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="stap")
    text = blocks.RichTextBlock(label="uitleg", features=RICH_TEXT_FEATURES)


class StepsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="titel", required=False)
    steps = blocks.ListBlock(StepBlock(), label="stappen")

    class Meta:
        icon = "list-ol"
        template = "blocks/steps.html"
        description = "Een genummerd stappenplan."
        preview_value = {
            "title": "Zo werkt het",
            "steps": [{"title": "Bel of loop binnen", "text": "<p>Een afspraak is niet nodig.</p>"}],
        }


class ContactBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="titel")
    name = blocks.CharBlock(label="naam", required=False)
    role = blocks.CharBlock(label="functie", required=False)
    phone = blocks.CharBlock(label="telefoon", required=False)
    email = blocks.EmailBlock(label="e-mail", required=False)
    address = blocks.CharBlock(label="adres", required=False)
    hours = blocks.CharBlock(label="bereikbaar", required=False)

    class Meta:
        icon = "user"
        template = "blocks/contact.html"
        description = "Contactgegevens van een persoon of loket."
        preview_value = {"title": "Vragen?", "phone": "0000 000 000", "email": "info@example.nl"}


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label="citaat")
    attribution = blocks.CharBlock(label="wie zegt het", required=False)

    class Meta:
        icon = "openquote"
        template = "blocks/quote.html"
        description = "Een uitspraak van een ouder, kind of professional."
        preview_value = {"text": "Praten hielp ons echt.", "attribution": "Een moeder"}


class ImageFigureBlock(blocks.StructBlock):
    image = ImageChooserBlock(label="afbeelding")
    caption = blocks.CharBlock(label="onderschrift", required=False)

    class Meta:
        icon = "image"
        template = "blocks/image.html"
        description = "Een afbeelding met onderschrift."


class LinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="tekst van de link")
    page = blocks.PageChooserBlock(label="pagina", required=False)
    url = blocks.URLBlock(label="of een webadres", required=False)
    description = blocks.CharBlock(label="korte uitleg", required=False)

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"page": ValidationError("Kies een pagina of vul een webadres in.")}
            )
        return value


class LinkListBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="titel", required=False)
    links = blocks.ListBlock(LinkBlock(), label="links")

    class Meta:
        icon = "link"
        template = "blocks/links.html"
        description = "Een lijst met links naar pagina's of andere websites."


class BaseStreamBlock(blocks.StreamBlock):
    """The one block set every page body starts from, plus the blocks of installed plugins."""

    heading = HeadingBlock(label="Tussenkop")
    paragraph = ParagraphBlock(label="Tekst")
    callout = CalloutBlock(label="Opvallend kader")
    faq = FAQBlock(label="Veelgestelde vragen")
    steps = StepsBlock(label="Stappenplan")
    contact = ContactBlock(label="Contactgegevens")
    quote = QuoteBlock(label="Citaat")
    image = ImageFigureBlock(label="Afbeelding")
    links = LinkListBlock(label="Lijst met links")

    def __init__(self, local_blocks=None, **kwargs):
        super().__init__([*(local_blocks or []), *plugin_blocks()], **kwargs)

    class Meta:
        template = "blocks/stream.html"


class LibraryStreamBlock(BaseStreamBlock):
    """The library's own blocks, without those of plugins: for shared content, which every hub
    shows whatever plugins it has switched on (and which must not embed shared content itself)."""

    def __init__(self, **kwargs):
        blocks.StreamBlock.__init__(self, **kwargs)
