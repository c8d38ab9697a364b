"""The shared blocks render accessible HTML that works without JavaScript."""

import pytest
from django.core.exceptions import ValidationError
from django.template.loader import render_to_string

from blocks.blocks import BaseStreamBlock


@pytest.fixture
def stream_block():
    return BaseStreamBlock()


def render(stream_block, name, value=None):
    block = stream_block.child_blocks[name]
    value = block.to_python(value if value is not None else block.meta.preview_value)
    return block.render(value)


def test_faq_answers_open_without_javascript(stream_block):
    html = render(stream_block, "faq")

    assert "<details><summary>Kost het geld?</summary>" in html


def test_steps_are_an_ordered_list(stream_block):
    html = render(stream_block, "steps")

    assert '<ol class="kp-steps">' in html
    assert "<h3>Bel of loop binnen</h3>" in html


def test_contact_details_are_a_definition_list_with_a_dialable_number(stream_block):
    html = render(stream_block, "contact", {"title": "Bel ons", "phone": "0523 000 101", "email": "a@example.nl"})

    assert '<a href="tel:0523000101">0523 000 101</a>' in html
    assert '<a href="mailto:a@example.nl">' in html
    assert "<dl>" in html


def test_callout_tone_is_named_for_screen_readers(stream_block):
    html = render(stream_block, "callout", {"title": "Veilig thuis?", "text": "<p>Bel 112 bij gevaar.</p>", "tone": "warning"})

    assert 'aria-label="Let op"' in html
    assert "kp-callout--warning" in html


def test_a_link_needs_a_page_or_an_address(stream_block):
    from wagtail.blocks import StructBlockValidationError

    link_block = stream_block.child_blocks["links"].child_blocks["links"].child_block
    with pytest.raises(StructBlockValidationError):
        link_block.clean(link_block.to_python({"title": "Nergens heen", "page": None, "url": ""}))


def test_every_block_has_an_icon_and_a_description(stream_block):
    for name, block in stream_block.child_blocks.items():
        assert block.meta.icon, name
        assert getattr(block.meta, "description", None) or getattr(block, "plugin_key", None), name


def test_the_stream_template_renders_blocks_in_order(stream_block):
    value = stream_block.to_python(
        [{"type": "heading", "value": "Eerste"}, {"type": "paragraph", "value": "<p>Tweede</p>"}]
    )
    html = render_to_string("blocks/stream.html", {"self": value})

    assert html.index("<h2>Eerste</h2>") < html.index("<p>Tweede</p>")


def library_blocks(stream_block):
    return {name: block for name, block in stream_block.child_blocks.items() if not getattr(block, "plugin_key", None)}


def test_every_block_of_the_library_has_a_preview_and_a_dutch_description(stream_block):
    from blocks.blocks import LibraryStreamBlock

    for blocks_ in (library_blocks(stream_block), LibraryStreamBlock().child_blocks):
        for name, block in blocks_.items():
            assert block.meta.description, name
            assert block.get_preview_value() is not None, name
            # The preview the editor sees renders without a chosen image or document.
            assert block.render(block.get_preview_value()).strip(), name


def test_the_library_offers_video_helplines_and_downloads_in_shared_pieces(stream_block):
    from blocks.blocks import LibraryStreamBlock

    assert {"video", "download", "helplines"} <= set(stream_block.child_blocks)
    shared = LibraryStreamBlock().child_blocks
    assert {"video", "helplines", "download"} <= set(shared)
    assert "shared_content" not in shared
    # Texts in pieces may link to documents; page bodies keep their own set of features.
    assert "document-link" in shared["paragraph"].features
    assert "document-link" not in stream_block.child_blocks["paragraph"].features


def test_a_video_is_a_link_and_loads_nothing_from_the_video_service(stream_block):
    import re

    html = render(stream_block, "video", {
        "title": "Zo vertel je het je kind",
        "url": "https://www.youtube.com/watch?v=abc123",
        "transcript": "https://www.example.nl/tekstversie",
    })

    assert "<h2>Zo vertel je het je kind</h2>" in html
    assert '<a class="kp-video__link" href="https://www.youtube.com/watch?v=abc123"' in html
    assert "Video bekijken op YouTube" in html
    assert "Lees de tekstversie van de video" in html
    for tag in ("iframe", "img", "script", "video", "embed", "object", "link"):
        assert f"<{tag}" not in html
    # Nothing in the block is fetched by the browser: the only addresses are links to follow.
    assert not re.search(r"\b(src|srcset|poster|data)=", html)


def test_a_video_names_vimeo_and_refuses_other_sites(stream_block):
    from wagtail.blocks import StructBlockValidationError

    block = stream_block.child_blocks["video"]
    html = render(stream_block, "video", {"title": "Uitleg", "url": "https://vimeo.com/123", "transcript": "https://www.example.nl/t"})
    assert "Video bekijken op Vimeo" in html

    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"title": "Elders", "url": "https://video.example.com/1", "transcript": "https://www.example.nl/t"}))
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"title": "Zonder tekstversie", "url": "https://youtu.be/abc", "transcript": ""}))


def test_a_download_shows_its_file_type_and_size_in_dutch(stream_block):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    Document = get_document_model()
    document = Document(title="Ouderschapsplan (invulformulier)", file=ContentFile(b"%" * 120_000, name="ouderschapsplan.pdf"))
    document.save()
    url = document.url
    try:
        html = render(stream_block, "download", {"document": document.pk, "title": "", "description": "Om samen in te vullen."})
        big = render(stream_block, "download", {"document": document.pk, "title": "Het plan", "description": ""})
    finally:
        document.file.delete(save=False)

    assert f'<a href="{url}">Ouderschapsplan (invulformulier) <span class="kp-download__meta">(PDF, 120 kB)</span></a>' in html
    assert "Om samen in te vullen." in html
    assert ">Het plan <span" in big


def test_file_sizes_read_as_dutch_numbers():
    from blocks.blocks import file_size_label

    assert file_size_label(850) == "850 bytes"
    assert file_size_label(120_400) == "120 kB"
    assert file_size_label(1_540_000) == "1,5 MB"


def test_the_helplines_come_from_the_partner_directory(stream_block):
    from plugins.directory.models import Service

    html = render(stream_block, "helplines", {"title": ""})

    assert "<h2>Landelijke hulplijnen</h2>" in html
    for name in ("Kindertelefoon", "Veilig Thuis", "Juridisch Loket"):
        assert name in html
    assert 'href="tel:08000432"' in html

    # Renamed in the directory, renamed in the block: there is no second list to keep up to date.
    service = Service.objects.filter(is_national=True, name__icontains="Kindertelefoon").get()
    service.name = "De Kindertelefoon (nieuwe naam)"
    service.save()
    assert "De Kindertelefoon (nieuwe naam)" in render(stream_block, "helplines", {"title": "Bel gerust"})
    assert "<h2>Bel gerust</h2>" in render(stream_block, "helplines", {"title": "Bel gerust"})


def test_a_hub_page_with_the_demo_video_loads_nothing_from_the_video_service():
    from tests.conftest import hub_client

    html = hub_client("helmond").get("/goed-om-te-weten/").content.decode()

    assert "Video bekijken op Vimeo" in html  # the demo's video piece, embedded
    assert "Het kind- en scheidingsloket" in html  # the region's new piece
    assert "<iframe" not in html
    assert "player.vimeo.com" not in html


def test_a_shared_piece_shows_a_changed_helpline_at_once(hubs, in_hub):
    from django.db import connection

    from plugins.directory.models import Service
    from plugins.shared import library
    from plugins.shared.demo import piece_ids

    piece_id = piece_ids()["als-de-ruzie-blijft"]
    with in_hub(hubs["helmond"]):
        assert "Veilig Thuis" in library.render(piece_id)["html"]  # now cached rendered

    connection.set_schema_to_public()
    service = Service.objects.filter(is_national=True, name__icontains="Veilig Thuis").get()
    service.name = "Veilig Thuis (nieuwe naam)"
    service.save()

    with in_hub(hubs["helmond"]):
        assert "Veilig Thuis (nieuwe naam)" in library.render(piece_id)["html"]


def test_residents_read_the_video_and_helpline_links_in_their_language(stream_block):
    from django.utils import translation

    with translation.override("en"):
        video = render(stream_block, "video")
        helplines = render(stream_block, "helplines", {"title": ""})

    assert "Watch the video on YouTube" in video
    assert "Read the text version of the video" in video
    assert "National helplines" in helplines
    assert "Call <a href=" in helplines
