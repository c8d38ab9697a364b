"""
The demo hubs' pages in English, Arabic, Turkish and Polish (demo/content/translations.py).

Each translation is a real Wagtail translation of its Dutch page: `copy_for_translation` makes
the page in the other locale (same translation key, the translated parent as parent), the
translated text replaces the copy's, and it is published. Pages without a translation do not
exist in that language at all (no alias pages), so they answer 404 there and the language
switcher does not offer them.

Each translated page is then registered with wagtail-localize as a translation of its Dutch
source, with every string it translates stored as wagtail-localize's own string translation
(block ids follow the Dutch page's, so both have the same segments). An editor who opens one
gets wagtail-localize's translation editor, filled in; after a change to the Dutch page,
"Vertalingen bijwerken" shows which strings are new.
"""

import json

from wagtail.models import Locale, Page

from demo.content.translations import TRANSLATIONS
from demo.plugins import StreamBuilder
from pages.localize import register_translation, with_ids_of


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

    # Re-read every copy before changing it: each was made before its children, and saving a stale
    # copy would write back its old child count (numchild), which breaks adding pages under it.
    translated = {slug: Page.objects.get(pk=page.pk).specific for slug, page in translated.items()}
    home_copy = translated["home"]
    home_copy.hero_title = content["home"]["hero_title"]
    home_copy.hero_intro = content["home"]["hero_intro"]
    home_copy.body = _with_ids_of(home, builder.stream(content["home"].get("body", [])))
    home_copy.save_revision().publish()
    register_translation(home, home_copy)
    for slug, spec in content["pages"].items():
        page = translated[slug]
        page.title = spec["title"]
        page.intro = spec.get("intro", "")
        page.body = _with_ids_of(context.pages[slug], builder.stream(spec.get("body", [])))
        page.save_revision().publish()
        register_translation(context.pages[slug], page)
    return translated


def _with_ids_of(source_page, stream_json):
    """The translated body with the Dutch body's block ids, block by block while the types match."""
    source = Page.objects.get(pk=source_page.pk).specific.body.raw_data
    return json.dumps(with_ids_of(list(source), json.loads(stream_json)))


def _translation(page, locale):
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    return page.copy_for_translation(locale).specific
