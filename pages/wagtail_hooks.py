from django.contrib import messages
from django.http import Http404
from django.utils import translation
from django.utils.html import format_html, format_html_join
from wagtail import hooks

from pages.models import locale_ids
from pages.readability import assess, page_text
from pages.rich_text import OpenablePageLinkHandler


@hooks.register("before_serve_page")
def serve_pages_only_in_their_own_language(page, request, serve_args, serve_kwargs):
    """A page that does not exist in a language answers 404 under that language's prefix.

    Wagtail's routing falls back to the Dutch home page when a hub has no home page in the
    language of the URL (/en/ would show Dutch under lang="en"), and wagtail-localize's tree
    synchronisation fills other languages with aliases of the Dutch pages. Neither is a
    translation, so neither is served.
    """
    if page.locale_id != locale_ids().get(translation.get_language()):
        raise Http404("Deze pagina bestaat niet in deze taal.")
    if page.alias_of_id and page.alias_of.locale_id != page.locale_id:
        raise Http404("Deze pagina is nog niet vertaald.")


# After Wagtail's own registration of the page link type (order 0), which this one replaces.
@hooks.register("register_rich_text_features", order=1)
def link_only_to_pages_residents_can_open(features):
    features.register_link_type(OpenablePageLinkHandler)


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def reading_level_hint(request, page):
    """After a save, tell the editor how hard the Dutch text reads (aim: B1)."""
    if page.locale.language_code != "nl":
        return
    reading = assess(page_text(page.specific))
    if reading is None:
        return
    score = f"{reading.score:.0f}".replace(".", ",")
    parts = format_html(
        "Leesniveau: {} (Flesch-Douma {}, {} woorden in {} zinnen).", reading.level, score, reading.words, reading.sentences
    )
    if not reading.is_b1_or_easier:
        parts += format_html(
            " Langste zinnen: {}. Moeilijkste woorden: {}.",
            format_html_join("; ", "“{}”", ((sentence[:160],) for sentence in reading.longest_sentences)),
            ", ".join(reading.hardest_words) or "geen",
        )
    level = messages.SUCCESS if reading.is_b1_or_easier else messages.WARNING
    messages.add_message(request, level, parts)
