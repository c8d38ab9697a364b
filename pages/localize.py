"""
Recording a translation that was written as a copy (same translation key, another locale) with
wagtail-localize, so its translation editor opens filled in and "Vertalingen bijwerken" shows what
changed in the source. Used for the demo's page translations (demo/translations.py) and for shared
pieces (plugins/shared/translations.py).

wagtail-localize pairs strings by the segment paths of the source, which hold the body's block
ids: a copy's blocks first take the ids of the blocks they translate (`with_ids_of`).
"""

from collections import defaultdict

from wagtail.models import Page
from wagtail_localize.models import String, StringTranslation, Translation, TranslationContext, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments


def register_translation(source, translated):
    """Record `translated` in wagtail-localize as the translation of `source`.

    Strings are paired by segment path (and order within it); a segment whose translation has a
    different number of strings (a paragraph split in two, say) stays open in the editor, while
    the translated object keeps its text. Returns the number of strings recorded. Running it again
    changes nothing.
    """
    source, translated = _fresh(source), _fresh(translated)
    translation_source, _ = TranslationSource.get_or_create_from_instance(source)
    Translation.objects.get_or_create(source=translation_source, target_locale=translated.locale, defaults={"enabled": True})
    contexts = {context.path: context for context in TranslationContext.objects.filter(object_id=translation_source.object_id)}
    originals, translations = _strings_by_path(source), _strings_by_path(translated)
    recorded = 0
    for path, source_strings in originals.items():
        target_strings = translations.get(path, [])
        if path not in contexts or len(target_strings) != len(source_strings):
            continue
        for original, text in zip(source_strings, target_strings):
            if not text.data.strip():
                continue
            StringTranslation.objects.update_or_create(
                translation_of=String.from_value(translation_source.locale, original),
                locale=translated.locale,
                context=contexts[path],
                defaults={"data": text.data, "translation_type": "manual", "has_error": False, "field_error": ""},
            )
            recorded += 1
    return recorded


def with_ids_of(source, target):
    """`target` (stored stream data) with the block ids of `source` where the block types match."""
    if isinstance(source, list) and isinstance(target, list):
        result = list(target)
        for index, (original, translated) in enumerate(zip(source, target)):
            if _is_child(original) and original.get("id"):
                if _is_child(translated) and translated["type"] == original["type"]:
                    result[index] = {**translated, "id": original["id"], "value": with_ids_of(original["value"], translated["value"])}
                elif original["type"] == "item" and not _is_child(translated):
                    # A list block item written as a plain value: give it the stored form.
                    result[index] = {"type": "item", "value": with_ids_of(original["value"], translated), "id": original["id"]}
            else:
                result[index] = with_ids_of(original, translated)
        return result
    if isinstance(source, dict) and isinstance(target, dict):
        return {key: with_ids_of(source[key], value) if key in source else value for key, value in target.items()}
    return target


def _fresh(instance):
    # As stored, in its own type: what a caller holds may be stale or a plain Page.
    fresh = type(instance)._default_manager.get(pk=instance.pk)
    return fresh.specific if isinstance(fresh, Page) else fresh


def _strings_by_path(instance):
    strings = defaultdict(list)
    for segment in extract_segments(instance):
        if isinstance(segment, StringSegmentValue):
            strings[segment.path].append(segment.string)
    return strings


def _is_child(value):
    # A stream child or list item as stored: {"type": ..., "value": ..., "id": ...}.
    return isinstance(value, dict) and {"type", "value"} <= value.keys() <= {"type", "value", "id"}
