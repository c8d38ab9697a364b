"""
The demo hubs' pages in English, Arabic, Turkish and Polish (demo/content/translations.py).

Each translation is a real Wagtail translation of its Dutch page: `copy_for_translation` makes
the page in the other locale (same translation key, the translated parent as parent), the
translated text replaces the copy's, and it is published. Pages without a translation do not
exist in that language at all (no alias pages), so they answer 404 there and the language
switcher does not offer them. Editors keep these pages as any other page, or translate more
through wagtail-localize's "Vertalen".
"""

from wagtail.models import Locale

from demo.content.translations import TRANSLATIONS
from demo.plugins import StreamBuilder


def load_translations(context):
    """Translate the hub's home page and the pages the content file has translations for."""
    per_language = TRANSLATIONS.get(context.hub.slug, {})
    for language, content in per_language.items():
        locale = Locale.objects.get(language_code=language)
        translated = _translate_tree(context, locale, content)
        context.log(f"{language}: {len(translated)} pagina's vertaald")


def _translate_tree(context, locale, content):
    home = context.home
    translated = {"home": _translation(home, locale)}
    dutch_pages = [
        context.pages[slug] for slug in content["pages"]
    ]
    # Parents before children: a translation is made under its parent's translation.
    for page in sorted(dutch_pages, key=lambda page: page.depth):
        translated[page.slug] = _translation(page, locale)
    links = dict(context.pages)
    links.update({slug: page for slug, page in translated.items() if slug != "home"})
    builder = StreamBuilder(context.images, links)

    home_copy = translated["home"]
    home_copy.hero_title = content["home"]["hero_title"]
    home_copy.hero_intro = content["home"]["hero_intro"]
    home_copy.body = builder.stream(content["home"].get("body", []))
    home_copy.save_revision().publish()
    for slug, spec in content["pages"].items():
        page = translated[slug]
        page.title = spec["title"]
        page.intro = spec.get("intro", "")
        page.body = builder.stream(spec.get("body", []))
        page.save_revision().publish()
    return translated


def _translation(page, locale):
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    return page.copy_for_translation(locale).specific
