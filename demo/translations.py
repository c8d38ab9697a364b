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
from collections import defaultdict

from wagtail.models import Locale, Page
from wagtail_localize.models import String, StringTranslation, Translation, TranslationContext, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

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


def register_translation(source_page, translated_page):
    """Record `translated_page` in wagtail-localize as the translation of `source_page`.

    Strings are paired by segment path (and order within it); a segment whose translation has
    a different number of strings (a paragraph split in two, say) stays open in the editor,
    while the page itself keeps the translated text.
    """
    source_page = Page.objects.get(pk=source_page.pk).specific
    translated_page = Page.objects.get(pk=translated_page.pk).specific
    source, _ = TranslationSource.get_or_create_from_instance(source_page)
    Translation.objects.get_or_create(source=source, target_locale=translated_page.locale, defaults={"enabled": True})
    contexts = {context.path: context for context in TranslationContext.objects.filter(object_id=source.object_id)}
    originals, translations = _strings_by_path(source_page), _strings_by_path(translated_page)
    for path, source_strings in originals.items():
        target_strings = translations.get(path, [])
        if path not in contexts or len(target_strings) != len(source_strings):
            continue
        for original, translated in zip(source_strings, target_strings):
            if not translated.data.strip():
                continue
            StringTranslation.objects.update_or_create(
                translation_of=String.from_value(source.locale, original),
                locale=translated_page.locale,
                context=contexts[path],
                defaults={"data": translated.data, "translation_type": "manual", "has_error": False, "field_error": ""},
            )


def _strings_by_path(page):
    strings = defaultdict(list)
    for segment in extract_segments(page):
        if isinstance(segment, StringSegmentValue):
            strings[segment.path].append(segment.string)
    return strings


def _with_ids_of(source_page, stream_json):
    """The translated body with the Dutch body's block ids, block by block while the types match."""
    translated = json.loads(stream_json)
    source = Page.objects.get(pk=source_page.pk).specific.body.raw_data
    _copy_ids(list(source), translated)
    return json.dumps(translated)


def _is_child(value):
    # A stream child or list item as stored: {"type": ..., "value": ..., "id": ...}.
    return isinstance(value, dict) and {"type", "value"} <= value.keys() <= {"type", "value", "id"}


def _copy_ids(source, target):
    if isinstance(source, list) and isinstance(target, list):
        for index, (original, translated) in enumerate(zip(source, target)):
            if _is_child(original) and original.get("id"):
                if _is_child(translated) and translated["type"] == original["type"]:
                    translated["id"] = original["id"]
                    _copy_ids(original["value"], translated["value"])
                elif original["type"] == "item" and not _is_child(translated):
                    # A list block item written as a plain value: give it the stored form.
                    target[index] = {"type": "item", "value": translated, "id": original["id"]}
                    _copy_ids(original["value"], translated)
            else:
                _copy_ids(original, translated)
    elif isinstance(source, dict) and isinstance(target, dict):
        for key, value in source.items():
            if key in target:
                _copy_ids(value, target[key])


def _translation(page, locale):
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    return page.copy_for_translation(locale).specific
