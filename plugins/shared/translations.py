"""
Translations of shared pieces, the wagtail-localize way.

A piece's translation is a `SharedPiece` in another locale with the Dutch piece's translation
key, registered with wagtail-localize: a `TranslationSource` made from the Dutch piece, a
`Translation` per target language and a `StringTranslation` per translated string. Coordinators
translate in the portal with wagtail-localize's editor ("Vertalen" in the library's listing, then
the translated piece's edit view); "Vertalingen bijwerken" shows what changed in the Dutch text.

`register_copy` turns a translation that was written as a plain copy (the demo's, and those an
earlier version of the library made) into such a translation, keeping its text as written.
"""

from collections import defaultdict

from wagtail_localize.models import String, StringTranslation, Translation, TranslationContext, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments


def register_copy(source, translated):
    """Record `translated` (a copy in another locale) in wagtail-localize as the translation of `source`.

    Its blocks first take the ids of the Dutch blocks they translate (block by block while the
    types match), so that wagtail-localize pairs their strings. Strings are paired by segment
    path and order; a string without a counterpart (the translation left a block out, or split
    a paragraph) stays open in the translation editor, while the piece keeps its translated text.
    Returns the number of strings recorded. Running it again changes nothing.
    """
    model = type(source)
    source = model.objects.get(pk=source.pk)
    translated = model.objects.get(pk=translated.pk)
    aligned = with_ids_of(list(source.body.raw_data), [dict(block) for block in translated.body.raw_data])
    if aligned != list(translated.body.raw_data):
        # A plain update: the text is unchanged, so no new version, no signals, no search update.
        model.objects.filter(pk=translated.pk).update(body=aligned)
        translated = model.objects.get(pk=translated.pk)
    translation_source, _ = TranslationSource.get_or_create_from_instance(source)
    Translation.objects.get_or_create(
        source=translation_source, target_locale=translated.locale, defaults={"enabled": True}
    )
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


def register_all_copies():
    """Register every translation of a Dutch piece that wagtail-localize does not know yet (portal)."""
    from plugins.shared.models import SharedPiece

    registered = 0
    sources = {piece.translation_key: piece for piece in SharedPiece.objects.filter(locale__language_code="nl")}
    for piece in SharedPiece.objects.exclude(locale__language_code="nl").select_related("locale").order_by("pk"):
        source = sources.get(piece.translation_key)
        if source is None:
            continue
        known = Translation.objects.filter(source__object_id=piece.translation_key, target_locale=piece.locale).exists()
        if not known:
            register_copy(source, piece)
            registered += 1
    return registered


def _strings_by_path(instance):
    strings = defaultdict(list)
    for segment in extract_segments(instance):
        if isinstance(segment, StringSegmentValue):
            strings[segment.path].append(segment.string)
    return strings


def _is_child(value):
    # A stream child or list item as stored: {"type": ..., "value": ..., "id": ...}.
    return isinstance(value, dict) and {"type", "value"} <= value.keys() <= {"type", "value", "id"}


def with_ids_of(source, target):
    """`target` (stored stream data) with the block ids of `source` where the block types match."""
    if isinstance(source, list) and isinstance(target, list):
        result = list(target)
        for index, (original, translated) in enumerate(zip(source, target)):
            if _is_child(original) and original.get("id"):
                if _is_child(translated) and translated["type"] == original["type"]:
                    result[index] = {**translated, "id": original["id"], "value": with_ids_of(original["value"], translated["value"])}
                elif original["type"] == "item" and not _is_child(translated):
                    result[index] = {"type": "item", "value": with_ids_of(original["value"], translated), "id": original["id"]}
            else:
                result[index] = with_ids_of(original, translated)
        return result
    if isinstance(source, dict) and isinstance(target, dict):
        return {key: with_ids_of(source[key], value) if key in source else value for key, value in target.items()}
    return target
