"""The demo network that `make run` loads is complete, and its contact details are fictional."""

import re

import pytest
from wagtail.images import get_image_model
from wagtail.models import Site

from hubplatform.demo.content import cranendonck, hardenberg, helmond, portal, twente
from hubplatform.pages.models import AudiencePage, ContentPage
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
