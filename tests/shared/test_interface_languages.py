"""Residents who read another language see a shared piece in that language when the network
translated it, and otherwise the Dutch text with a notice they can read; Dutch pages stay as they were."""

import re

import pytest
from django.db import connection
from wagtail.models import Locale, Page

from pages.models import ContentPage
from tests.conftest import HostClient, hub_client

NOTICE = {
    "nl": "Deze tekst is (nog) niet vertaald. U leest de Nederlandse versie.",
    "en": "This text has not been translated (yet). You are reading the Dutch version.",
    "ar": "هذا النص غير مترجم (بعد). أنت تقرأ النسخة الهولندية.",
    "tr": "Bu metin (henüz) çevrilmedi. Hollandaca sürümünü okuyorsunuz.",
    "pl": "Ten tekst nie jest (jeszcze) przetłumaczony. Czytasz wersję po niderlandzku.",
}
SKIP_LINK = {"nl": "Naar de inhoud", "en": "Skip to content", "ar": "انتقل إلى المحتوى", "tr": "İçeriğe geç", "pl": "Przejdź do treści"}
PLAN_NL = "Het ouderschapsplan: afspraken over uw kinderen"
PLAN_EN = "The parenting plan: agreements about your children"


@pytest.fixture
def helmond_page(hubs, in_hub):
    """Helmond's page of embedded pieces, published in `language` (a copy of the Dutch page,
    as an editor's translation starts)."""

    def page(language):
        with in_hub(hubs["helmond"]):
            # The demo's translated pages carry numchild 0 under their children; treebeard adds by it.
            Page.fix_tree()
            dutch = ContentPage.objects.get(slug="goed-om-te-weten", locale__language_code="nl")
            dutch.copy_for_translation(Locale.objects.get(language_code=language), copy_parents=True).save_revision().publish()
        response = hub_client("helmond").get(f"/{language}/goed-om-te-weten/")
        connection.set_schema_to_public()
        assert response.status_code == 200
        return response.content.decode()

    return page


def section(html, piece_id):
    return re.search(rf'<section class="kp-shared"[^>]* data-shared-piece="{piece_id}".*?</section>', html, re.S).group(0)


def test_an_english_page_shows_the_english_translation_of_a_piece_in_an_english_interface(ids, helmond_page):
    html = helmond_page("en")

    assert '<html lang="en"' in html and SKIP_LINK["en"] in html and SKIP_LINK["nl"] not in html
    plan = section(html, ids["ouderschapsplan"])
    assert plan.startswith('<section class="kp-shared" lang="en" data-shared-piece')
    assert PLAN_EN in plan and PLAN_NL not in html
    assert "kp-shared__notice" not in plan
    # The region's own piece has no English version: Dutch, said so in English, never in Dutch.
    spreekuur = section(html, ids["brabant-spreekuur"])
    assert 'lang="nl" dir="ltr"' in spreekuur and NOTICE["en"] in spreekuur
    assert NOTICE["nl"] not in html


@pytest.mark.parametrize("language", ["tr", "pl"])
def test_without_a_translation_the_dutch_text_shows_with_a_notice_in_the_residents_language(ids, helmond_page, language):
    html = helmond_page(language)

    assert f'<html lang="{language}"' in html and SKIP_LINK[language] in html
    plan = section(html, ids["ouderschapsplan"])
    assert plan.startswith('<section class="kp-shared" lang="nl" dir="ltr" data-shared-piece')
    assert PLAN_NL in plan
    assert f'<p class="kp-shared__notice" lang="{language}" dir="ltr">{NOTICE[language]}</p>' in plan
    assert NOTICE["nl"] not in html and NOTICE["en"] not in html


def test_on_an_arabic_page_the_dutch_text_reads_left_to_right_under_an_arabic_notice(ids, helmond_page):
    html = helmond_page("ar")

    assert '<html lang="ar" dir="rtl"' in html
    assert 'lang="ar"' in section(html, ids["ouderschapsplan"]).split(">")[0]  # translated: no notice
    spreekuur = section(html, ids["brabant-spreekuur"])
    assert 'lang="nl" dir="ltr"' in spreekuur
    assert f'<p class="kp-shared__notice" lang="ar" dir="rtl">{NOTICE["ar"]}</p>' in spreekuur


def test_the_portals_page_of_a_piece_speaks_the_residents_language(ids):
    def page(prefix):
        response = HostClient("localhost").get(f"{prefix}/gedeeld/{ids['ouderschapsplan']}/")
        assert response.status_code == 200
        return response.content.decode()

    english = page("/en")
    assert PLAN_EN in english and "kp-shared__notice" not in english and SKIP_LINK["en"] in english
    turkish = page("/tr")
    assert PLAN_NL in turkish and f'lang="tr" dir="ltr">{NOTICE["tr"]}</p>' in turkish and NOTICE["nl"] not in turkish


def test_dutch_pages_show_no_notice(ids):
    for html in (hub_client("hardenberg").get("/goed-om-te-weten/").content.decode(),
                 HostClient("localhost").get(f"/gedeeld/{ids['ouderschapsplan']}/").content.decode()):
        assert '<html lang="nl"' in html and PLAN_NL in html
        assert "kp-shared__notice" not in html and 'dir="ltr" data-shared-piece' not in html
