"""The reading-level hint editors get when they save a page."""

from pages.readability import assess


def test_plain_dutch_reads_as_b1_or_easier():
    text = "<p>Gaat u uit elkaar? Dat is zwaar. U hoeft het niet alleen te doen. Wij helpen u graag. Bel ons of kom langs. Een gesprek is gratis. Samen kijken we wat u nodig hebt.</p>"
    reading = assess(text)
    assert reading.is_b1_or_easier
    assert reading.level.startswith(("A2", "B1"))


def test_officialese_is_flagged_with_its_longest_sentence_and_hardest_words():
    text = (
        "De gemeentelijke uitvoeringsorganisatie verstrekt overeenkomstig de toepasselijke beleidsregels "
        "inzake echtscheidingsbemiddeling ondersteuningsmogelijkheden aan belanghebbenden die zich in een "
        "gecompliceerde scheidingssituatie bevinden. Dat staat hier."
    )
    reading = assess(text)
    assert not reading.is_b1_or_easier
    assert reading.longest_sentences[0].startswith("De gemeentelijke uitvoeringsorganisatie")
    assert "ondersteuningsmogelijkheden" in reading.hardest_words


def test_too_little_text_gets_no_verdict():
    assert assess("<p>Kort.</p>") is None


def test_saving_a_page_in_the_admin_shows_the_hint(hubs, in_hub, rf):
    from django.contrib.messages import get_messages
    from django.contrib.messages.storage.fallback import FallbackStorage
    from wagtail import hooks

    from pages.models import ContentPage

    request = rf.post("/admin/pages/1/edit/")
    request.session = {}
    request._messages = FallbackStorage(request)
    with in_hub(hubs["helmond"]):
        page = ContentPage.objects.get(slug="hulp-bij-scheiden", locale__language_code="nl")
        for hook in hooks.get_hooks("after_edit_page"):
            hook(request, page)
    messages = [str(message) for message in get_messages(request)]
    assert any(message.startswith("Leesniveau: ") and "Flesch-Douma" in message for message in messages), messages
