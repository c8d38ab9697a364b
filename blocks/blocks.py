"""
The shared StreamField block library. Every page body is a `blocks.fields.BodyField`, built from
`BaseStreamBlock`; plugins add their own blocks to it (`PluginConfig.blocks`).
"""

import os
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.utils.translation import gettext, gettext_noop
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
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
    def __init__(self, features=None, **kwargs):
        super().__init__(features=features or RICH_TEXT_FEATURES, **kwargs)

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
        # No image is known in advance: the preview shows the figure with its caption only.
        preview_value = {"image": None, "caption": "Samen praten helpt, ook als het moeilijk is."}


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

    def get_context(self, value, parent_context=None):
        from pages.models import openable  # pages.models builds its bodies from these blocks

        context = super().get_context(value, parent_context)
        # The chosen page may since have been unpublished, have expired, been made private or
        # been deleted: its link would lead a resident to a 404 or a password form.
        links = list(value["links"])
        can_open = {page.pk for page in openable([link.get("page") for link in links])}

        def leads_somewhere(link):
            page = link.get("page")
            return page.pk in can_open if page is not None else bool(link.get("url"))

        context["links"] = [link for link in links if leads_somewhere(link)]
        return context

    class Meta:
        icon = "link"
        template = "blocks/links.html"
        description = "Een lijst met links naar pagina's of andere websites."
        preview_value = {
            "title": "Meer lezen",
            "links": [{"title": "Het Juridisch Loket", "url": "https://www.juridischloket.nl", "description": "gratis juridisch advies"}],
        }


#: Video services a video block accepts: host -> the name residents know it by.
VIDEO_SERVICES = {
    "youtube.com": "YouTube",
    "youtu.be": "YouTube",
    "youtube-nocookie.com": "YouTube",
    "vimeo.com": "Vimeo",
}


def video_service(url):
    """The name of the video service `url` points at (YouTube, Vimeo), or "" for any other host."""
    host = (urlsplit(url or "").hostname or "").lower()
    for domain, name in VIDEO_SERVICES.items():
        if host == domain or host.endswith("." + domain):
            return name
    return ""


class VideoBlock(blocks.StructBlock):
    """A video on YouTube or Vimeo, shown as a plain link: nothing from the video service loads in
    the resident's browser (no player, thumbnail or script) until they choose to go there."""

    title = blocks.CharBlock(label="titel van de video")
    url = blocks.URLBlock(label="webadres van de video", help_text="Een video op YouTube of Vimeo.")
    transcript = blocks.URLBlock(
        label="tekstversie of uitgeschreven tekst (link)",
        help_text="Verplicht: wie de video niet kan zien of horen, leest hier wat er gezegd wordt.",
    )

    def clean(self, value):
        value = super().clean(value)
        if not video_service(value.get("url")):
            raise blocks.StructBlockValidationError(
                block_errors={"url": ValidationError("Gebruik een video op YouTube of Vimeo.")}
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["service"] = video_service(value.get("url")) or gettext("de website van de video")
        return context

    class Meta:
        icon = "media"
        template = "blocks/video.html"
        description = (
            "Een link naar een video op YouTube of Vimeo, met een tekstversie. De video zelf laadt pas "
            "op de website van de dienst, als de bezoeker daarvoor kiest."
        )
        preview_value = {
            "title": "Zo vertel je het je kind",
            "url": "https://www.youtube.com/watch?v=voorbeeld",
            "transcript": "https://www.example.nl/tekstversie",
        }


def file_size_label(size):
    """A file size as residents read it in Dutch: "850 bytes", "120 kB", "1,5 MB"."""
    if size is None:
        return ""
    if size < 1000:
        return f"{size} bytes"
    if size < 1000 * 1000:
        return f"{round(size / 1000)} kB"
    return f"{size / (1000 * 1000):.1f} MB".replace(".", ",")


def file_type_label(filename):
    """The file's type as its extension in capitals ("PDF"), or "" when it has none."""
    return os.path.splitext(filename or "")[1].lstrip(".").upper()


class DownloadBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label="document")
    title = blocks.CharBlock(label="titel", required=False, help_text="Leeg: de titel van het document.")
    description = blocks.CharBlock(label="korte uitleg", required=False)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        document = value.get("document")
        context["document"] = document
        if document is not None:
            size = document.file_size
            if size is None:
                try:
                    size = document.file.size
                except (OSError, ValueError):
                    size = None
            context["file_type"] = file_type_label(document.file.name)
            context["file_size"] = file_size_label(size)
            context["link_title"] = value.get("title") or document.title
        return context

    class Meta:
        icon = "doc-full"
        template = "blocks/download.html"
        description = "Een document om te downloaden, met bestandstype en grootte (bijvoorbeeld PDF, 120 kB)."
        # No document is known in advance: the preview shows the title and the explanation.
        preview_value = {"document": None, "title": "Voorbeeld ouderschapsplan", "description": "Een lijst om samen in te vullen."}


def national_helplines():
    """The national helplines from the partner directory (its services marked national), as the
    directory pages show them: one source for every page that lists them."""
    from plugins.directory import reading

    return [service for service in reading.all_services() if service["is_national"]]


class HelplinesBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="titel", required=False, help_text="Leeg: \u2018Landelijke hulplijnen\u2019.")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["helplines"] = national_helplines()
        return context

    class Meta:
        icon = "mobile-alt"
        template = "blocks/helplines.html"
        description = (
            "De landelijke hulplijnen (zoals de Kindertelefoon, Veilig Thuis en Het Juridisch Loket) "
            "uit het partneroverzicht, altijd met de actuele nummers."
        )
        preview_value = {"title": "Landelijke hulplijnen"}


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
    video = VideoBlock(label="Video")
    download = DownloadBlock(label="Download")
    helplines = HelplinesBlock(label="Landelijke hulplijnen")

    def __init__(self, local_blocks=None, **kwargs):
        super().__init__([*(local_blocks or []), *plugin_blocks()], **kwargs)

    class Meta:
        template = "blocks/stream.html"


class LibraryStreamBlock(BaseStreamBlock):
    """The library's own blocks, without those of plugins: for shared content, which every hub
    shows whatever plugins it has switched on (and which must not embed shared content itself).

    Texts may link to documents too: the portal's documents, which a hub serves on its own host
    while it may show the piece (plugins.shared.library), or copies into its own library when it
    takes the piece as a page of its own (plugins.shared.syndication)."""

    paragraph = ParagraphBlock(label="Tekst", features=[*RICH_TEXT_FEATURES, "document-link"])

    def __init__(self, **kwargs):
        blocks.StreamBlock.__init__(self, **kwargs)
