"""The demo network that `make run` loads is complete, and its contact details are fictional."""

import html
import re

import pytest
from wagtail.images import get_image_model
from wagtail.models import Site

from demo.content import cranendonck, hardenberg, helmond, portal, twente
from pages.models import AudiencePage, ContentPage
from tests.conftest import hub_client

AUDIENCES = {"ouders", "kinderen", "netwerk", "professionals"}


@pytest.mark.parametrize("slug", ["hardenberg", "helmond", "twente", "cranendonck"])
def test_each_demo_hub_has_four_audience_routes_twelve_content_pages_and_images(slug, hubs, in_hub):
    with in_hub(hubs[slug]):
        home = Site.objects.get(is_default_site=True).root_page.specific
        audiences = {page.audience for page in home.audience_routes()}
        content_pages = ContentPage.objects.descendant_of(home).live().count()
        images = get_image_model().objects.count()

    assert audiences == AUDIENCES
    assert content_pages >= 12
    assert images >= 10
    html = hub_client(slug).get("/").content.decode()
    assert html.count('class="kp-card kp-route') == 4


@pytest.mark.parametrize("module", [hardenberg, helmond, twente, cranendonck, portal])
def test_demo_contact_details_are_fictional(module):
    text = open(module.__file__, encoding="utf-8").read()

    for email in re.findall(r"[\w.+-]+@[\w.-]+\w", text):
        assert email.endswith("example.nl"), email
    for url in re.findall(r"https?://[^\s\"'<]+", text):
        assert ".example.nl" in url or url.startswith("https://example.nl"), url


def test_audience_pages_list_their_pages(hubs, in_hub):
    with in_hub(hubs["twente"]):
        audience = AudiencePage.objects.get(audience="kinderen")
        children = list(audience.get_children().live())
        url = audience.url

    html = hub_client("twente").get(url).content.decode()
    for child in children:
        assert child.title in html


def test_loading_the_demo_again_keeps_editors_changes_unless_refreshed(hubs, in_hub):
    import io

    from django.core.management import call_command

    with in_hub(hubs["twente"]):
        page = ContentPage.objects.live().first()
        original_title = page.title
        page.title = "Door de redactie aangepast"
        page.save_revision().publish()

    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert "twente: bestaat al; inhoud ongemoeid gelaten" in out.getvalue()
    with in_hub(hubs["twente"]):
        assert ContentPage.objects.get(pk=page.pk).title == "Door de redactie aangepast"

    call_command("load_demo", "--refresh", "--only", "twente", stdout=io.StringIO())
    with in_hub(hubs["twente"]):
        assert ContentPage.objects.get(pk=page.pk).title == original_title


def test_pages_without_a_language_prefix_are_dutch_whatever_the_browser_asks(hubs):
    response = hub_client("hardenberg").get("/ouders/", HTTP_ACCEPT_LANGUAGE="en-GB,en")

    assert response.status_code == 200
    assert '<html lang="nl" dir="ltr"' in response.content.decode()
    assert "Content-Language" not in response or response["Content-Language"] == "nl"


def test_a_translated_page_is_served_under_its_language_prefix(hubs, in_hub):
    from wagtail.models import Locale, Page, Site

    with in_hub(hubs["twente"]):
        home = Site.objects.get(is_default_site=True).root_page.specific
        english = Locale.objects.get_or_create(language_code="en")[0]
        translated_home = home.copy_for_translation(english)
        translated_home.title = "Information hub Hardenberg"
        translated_home.save_revision().publish()
        root_en = Page.objects.get(pk=translated_home.pk)

    response = hub_client("twente").get("/en/")

    assert root_en.live
    assert response.status_code == 200
    assert '<html lang="en" dir="ltr"' in response.content.decode()


def test_demo_translations_open_in_wagtail_localizes_translation_editor_filled_in(hubs, in_hub, editor_client):
    from wagtail.models import Locale, Site
    from wagtail_localize.models import StringTranslation, Translation

    with in_hub(hubs["hardenberg"]):
        home = Site.objects.get(is_default_site=True).root_page.specific
        arabic = Locale.objects.get(language_code="ar")
        arabic_home = home.get_translation(arabic).specific
        translation = Translation.objects.get(source__object_id=home.translation_key, target_locale=arabic)
        translated_strings = set(
            StringTranslation.objects.filter(locale=arabic, context__object_id=home.translation_key).values_list("data", flat=True)
        )
        # Every Arabic page of the demo is a wagtail-localize translation of its Dutch page.
        untracked = [
            translated.title
            for translated in ContentPage.objects.filter(locale=arabic)
            if not Translation.objects.filter(source__object_id=translated.translation_key, target_locale=arabic).exists()
        ]

    assert translation.enabled
    assert arabic_home.hero_title in translated_strings and arabic_home.hero_title != home.hero_title
    assert untracked == []
    response = editor_client("hardenberg").get(f"/admin/pages/{arabic_home.pk}/edit/")
    assert response.status_code == 200
    body = response.content.decode()
    # wagtail-localize's editor, not the plain page form, with the Arabic strings filled in.
    props = re.search(r'class="js-translation-editor" data-props="([^"]*)"', body)
    assert props is not None
    assert arabic_home.hero_title in html.unescape(props.group(1)).encode().decode("unicode_escape")


def test_editors_can_translate_more_pages_under_the_demos_translated_pages(hubs, in_hub):
    from django.db.models import Count, OuterRef, Subquery
    from wagtail.models import Locale, Page

    with in_hub(hubs["hardenberg"]):
        # Each page's child count is what the tree holds: Wagtail adds pages by it.
        children = Page.objects.filter(path__startswith=OuterRef("path"), depth=OuterRef("depth") + 1)
        counted = Page.objects.annotate(
            actual=Subquery(children.order_by().values("depth").annotate(n=Count("pk")).values("n")[:1])
        )
        wrong = [(page.url_path, page.numchild, page.actual) for page in counted if page.numchild != (page.actual or 0)]
        walk_in = Page.objects.get(locale__language_code="nl", slug="inloopuur")
        english = walk_in.copy_for_translation(Locale.objects.get(language_code="en"))

    assert wrong == []
    assert english.url_path.endswith("/inloopuur/") and english.locale.language_code == "en"
