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

from wagtail_localize.models import Translation

from pages.localize import register_translation, with_ids_of


def register_copy(source, translated):
    """Record `translated` (a copy in another locale) in wagtail-localize as the translation of `source`.

    Its blocks first take the ids of the Dutch blocks they translate (block by block while the
    types match), so that wagtail-localize pairs their strings (pages.localize). Returns the
    number of strings recorded. Running it again changes nothing.
    """
    model = type(source)
    source = model.objects.get(pk=source.pk)
    translated = model.objects.get(pk=translated.pk)
    aligned = with_ids_of(list(source.body.raw_data), [dict(block) for block in translated.body.raw_data])
    if aligned != list(translated.body.raw_data):
        # A plain update: the text is unchanged, so no new version, no signals, no search update.
        model.objects.filter(pk=translated.pk).update(body=aligned)
    return register_translation(source, translated)


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
