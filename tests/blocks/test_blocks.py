"""The shared blocks render accessible HTML that works without JavaScript."""

import pytest
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
