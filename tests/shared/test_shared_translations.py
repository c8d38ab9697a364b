"""Translations of shared pieces through wagtail-localize: written in the portal's translation
editor, within the coordinator's scope, shown by hubs in the resident's language (else Dutch)."""

import json

from django.apps import apps
from django.db import connection
from django.utils import translation
from django_tenants.utils import tenant_context
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from demo.loader import COORDINATOR, REGIONAL_COORDINATORS
from plugins.shared import library
from plugins.shared.models import SharedPiece
from tests.shared.test_shared_content import coordinator_client, publish_change

MOST_USED = ["kind-en-scheiding", "ouderschapsplan", "mediation", "geld", "wonen"]


def locale(code):
    connection.set_schema_to_public()
    return Locale.objects.get_or_create(language_code=code)[0]


def submit_url(piece_id):
    return f"/admin/localize/submit/snippet/shared/sharedpiece/{piece_id}/"


def translate_every_string(source_piece, target, prefix):
    """What a coordinator types into wagtail-localize's editor: every string of the piece."""
    connection.set_schema_to_public()
    source = TranslationSource.objects.get_for_instance(source_piece)
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=target,
            context=segment.context,
            defaults={"data": f"{prefix} {segment.string.data}", "translation_type": "manual"},
        )


def test_the_most_used_pieces_are_wagtail_localize_translations_in_english_and_arabic(ids):
    for key in MOST_USED:
        piece = SharedPiece.objects.get(pk=ids[key])
        source = TranslationSource.objects.get_for_instance_or_none(piece)
        assert source is not None, key
        for code in ("en", "ar"):
            assert Translation.objects.filter(source=source, target_locale__language_code=code, enabled=True).exists()
            translated = piece.get_translation(Locale.objects.get(language_code=code))
            assert translated.live
            # The translated title is wagtail-localize's string translation of the Dutch title.
            title = StringTranslation.objects.get(
                translation_of__data=piece.title, locale__language_code=code, context__path="title", context__object_id=source.object_id
            )
            assert title.data == translated.title
        assert StringTranslation.objects.filter(context__object_id=source.object_id).count() >= 6


def test_the_portal_opens_wagtail_localizes_editor_for_a_translated_piece(ids):
    client = coordinator_client(COORDINATOR)
    english = SharedPiece.objects.get(pk=ids["geld"]).get_translation(locale("en"))
    html = client.get(f"/admin/snippets/shared/sharedpiece/edit/{english.pk}/").content.decode()
    assert "editTranslationApp" in html or "wagtail-localize" in html.lower()
    listing = client.get("/admin/snippets/shared/sharedpiece/").content.decode()
    assert submit_url(ids["jongeren"]) in listing


def test_a_coordinator_translates_a_piece_and_hubs_show_it_in_that_language(ids, hubs):
    turkish = locale("tr")
    client = coordinator_client(COORDINATOR)
    response = client.post(submit_url(ids["jongeren"]), {"locales": [turkish.pk]})
    assert response.status_code == 302
    connection.set_schema_to_public()
    dutch = SharedPiece.objects.get(pk=ids["jongeren"])
    translated = dutch.get_translation(turkish)
    # A draft until the coordinator publishes it: hubs keep showing the Dutch, with the notice
    # (wagtail-localize by default publishes a new translation of a live piece at once, in Dutch).
    assert not translated.live
    with tenant_context(hubs["twente"]):
        shown = library.render(ids["jongeren"], language="tr")
        assert shown["language"] == "nl" and not shown["translated"]

    translate_every_string(dutch, turkish, "TR:")
    published = client.post(f"/admin/snippets/shared/sharedpiece/edit/{translated.pk}/", {"action": "publish"})
    assert published.status_code == 302
    connection.set_schema_to_public()
    translated = SharedPiece.objects.get(pk=translated.pk)
    assert translated.live and translated.title == f"TR: {dutch.title}"
    assert translated.region_id == dutch.region_id

    with tenant_context(hubs["twente"]):
        shown = library.render(ids["jongeren"], language="tr")
        assert shown["translated"] and shown["title"] == f"TR: {dutch.title}"
        assert library.render(ids["jongeren"], language="pl")["language"] == "nl"


def test_a_hub_page_in_a_language_without_translation_shows_the_dutch_and_says_so_in_that_language(ids, hubs):
    with tenant_context(hubs["helmond"]), translation.override("pl"):
        shown = library.render(ids["ouderschapsplan"])
    assert shown["language"] == "nl" and not shown["translated"]
    with tenant_context(hubs["helmond"]), translation.override("en"):
        shown = library.render(ids["ouderschapsplan"])
    assert shown["language"] == "en" and shown["translated"]


def test_a_regional_coordinator_translates_only_pieces_of_their_region(ids, hubs):
    twente = coordinator_client(REGIONAL_COORDINATORS["twente"])
    assert twente.get(submit_url(ids["brabant-spreekuur"])).status_code == 404
    assert twente.get(submit_url(ids["jongeren"])).status_code == 404  # network-wide
    assert twente.get(submit_url(ids["twente-lotgenoten"])).status_code == 200

    english = locale("en")
    assert twente.post(submit_url(ids["twente-lotgenoten"]), {"locales": [english.pk]}).status_code == 302
    connection.set_schema_to_public()
    translated = SharedPiece.objects.get(pk=ids["twente-lotgenoten"]).get_translation(english)
    # The translation keeps the piece's region, so it stays theirs (and stays out of other regions).
    assert translated.region_id == SharedPiece.objects.get(pk=ids["twente-lotgenoten"]).region_id
    assert twente.get(f"/admin/snippets/shared/sharedpiece/edit/{translated.pk}/").status_code == 200

    # A translation of another region's piece: none of wagtail-localize's routes opens it.
    network = coordinator_client(COORDINATOR)
    assert network.post(submit_url(ids["brabant-spreekuur"]), {"locales": [english.pk]}).status_code == 302
    connection.set_schema_to_public()
    brabant = Translation.objects.get(
        source__object_id=SharedPiece.objects.get(pk=ids["brabant-spreekuur"]).translation_key, target_locale=english
    )
    assert twente.get(f"/admin/localize/translate/{brabant.pk}/pofile/download/").status_code == 404
    assert twente.get(f"/admin/localize/update/{brabant.source_id}/").status_code == 404
    assert network.get(f"/admin/localize/translate/{brabant.pk}/pofile/download/").status_code == 200


def test_a_hubs_admin_has_no_way_into_the_librarys_translations(ids, editor_client):
    client = editor_client("helmond")
    assert client.get(submit_url(ids["geld"])).status_code in (403, 404)
    connection.set_schema_to_public()
    piece = SharedPiece.objects.get(pk=ids["geld"])
    english = Translation.objects.filter(source__object_id=piece.translation_key).first()
    # In a hub this id is one of the hub's own translations (every schema numbers its own), if any.
    response = client.get(f"/admin/localize/translate/{english.pk}/pofile/download/")
    assert response.status_code in (403, 404) or piece.title not in response.content.decode()


class _SchemaEditor:
    connection = connection


def test_the_data_migration_registers_translations_written_as_plain_copies_and_keeps_their_text(ids, hubs):
    from importlib import import_module

    migration = import_module("plugins.shared.migrations.0005_register_piece_translations_with_localize")
    connection.set_schema_to_public()
    dutch = SharedPiece.objects.get(pk=ids["jongeren"])
    polish = locale("pl")
    # A translation as the library made them before: a copy with its own text and its own block ids.
    copy = dutch.copy_for_translation(polish)
    copy.title = "Dla młodzieży: twoi rodzice się rozstają"
    copy.summary = "Nie jesteś z tym sam."
    copy.body = json.dumps(
        [{"type": "paragraph", "value": "<p>To nie twoja wina.</p>"}]
        + [{"type": "heading", "value": "Z kim możesz porozmawiać?"}]
    )
    copy.live = False
    copy.save()
    copy.save_revision().publish()
    assert not Translation.objects.filter(source__object_id=dutch.translation_key, target_locale=polish).exists()

    with tenant_context(hubs["helmond"]):
        migration.register_copies(apps, _SchemaEditor())  # a hub's schema: nothing to do, no error
    connection.set_schema_to_public()
    migration.register_copies(apps, _SchemaEditor())
    migration.register_copies(apps, _SchemaEditor())  # twice: nothing new

    assert Translation.objects.filter(source__object_id=dutch.translation_key, target_locale=polish, enabled=True).count() == 1
    copy = SharedPiece.objects.get(pk=copy.pk)
    assert copy.title == "Dla młodzieży: twoi rodzice się rozstają"
    assert [str(block.value) for block in copy.body][0] == "<p>To nie twoja wina.</p>"
    assert copy.body.raw_data[0]["id"] == dutch.body.raw_data[0]["id"]  # paired with the Dutch block
    recorded = StringTranslation.objects.filter(context__object_id=dutch.translation_key, locale=polish)
    assert set(recorded.values_list("data", flat=True)) >= {"Dla młodzieży: twoi rodzice się rozstają", "To nie twoja wina."}
    assert recorded.count() == len(set(recorded.values_list("translation_of_id", "context_id")))
    with tenant_context(hubs["helmond"]):
        assert library.render(ids["jongeren"], language="pl")["title"] == "Dla młodzieży: twoi rodzice się rozstają"


def test_an_older_pinned_version_shows_its_own_dutch_not_a_translation_of_a_later_version(ids, hubs):
    connection.set_schema_to_public()
    piece = SharedPiece.objects.get(pk=ids["ouderschapsplan"])
    pinned, title = piece.live_revision_id, piece.title
    publish_change(ids["ouderschapsplan"], lambda piece: setattr(piece, "title", "Het ouderschapsplan, herzien"))
    with tenant_context(hubs["helmond"]):
        latest = library.render(ids["ouderschapsplan"], language="en")
        old = library.render(ids["ouderschapsplan"], revision_id=pinned, language="en")
        old_in_dutch = library.render(ids["ouderschapsplan"], revision_id=pinned, language="nl")
    # The latest version is shown in English; the pinned one as it was written, with the notice.
    assert latest["language"] == "en" and latest["translated"]
    assert old["language"] == "nl" and not old["translated"] and old["title"] == title
    assert old_in_dutch["translated"] and old_in_dutch["title"] == title
