"""Residents who read English or Arabic get the search page's own words (headings, labels, filters,
paging, the help offered when nothing is found) in that language; Dutch residents see what they
always saw."""

from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.db import connection
from django.utils import translation

from tests.conftest import hub_client

NOTHING = {"q": "qqxyzzy"}
MANY = {"q": "scheiding"}  # Hardenberg's demo finds several pages of results for it


def search_page(path, params):
    # Hardenberg has English and Arabic versions of its pages (demo.content.translations).
    response = hub_client("hardenberg").get(path, params)
    connection.set_schema_to_public()
    assert response.status_code == 200
    return response.content.decode()


DUTCH_NOTHING = [
    "0 resultaten voor <strong>qqxyzzy</strong>.",
    'aria-label="Waar zoeken"',
    ">Deze hub</a>",
    "We hebben niets gevonden. Wij helpen u graag verder.",
    "<h3>Kom langs op het inloopspreekuur</h3>",
    "<h3>Bel ons</h3>",
    "<h3>Landelijke hulplijnen</h3>",
    "Voor kinderen en jongeren: gratis en anoniem",
    "Denkt u aan zelfmoord?",
]
DUTCH_MANY = [
    "resultaten voor <strong>scheiding</strong>, pagina 2 van",
    'aria-label="Resultaten filteren"',
    "<h2>Soort</h2>",
    "<h2>Voor wie</h2>",
    '<span class="kp-kind">Pagina</span>',
    'aria-label="Meer resultaten"',
    'rel="prev">Vorige pagina</a>',
    'rel="next">Volgende pagina</a>',
]


@pytest.mark.parametrize(
    "language, expected",
    [
        ("en", ["0 results for <strong>qqxyzzy</strong>.", 'aria-label="Where to search"', ">This hub</a>",
                "We did not find anything.", "<h3>Come to our walk-in hours</h3>", "<h3>Call us</h3>",
                "<h3>National helplines</h3>", "For children and young people: free and anonymous",
                "Are you thinking about suicide?"]),
        ("ar", ["لا توجد نتائج عن <strong>qqxyzzy</strong>.", 'aria-label="أين تبحث"', ">هذا المركز</a>",
                "لم نجد شيئًا.", "<h3>تعال إلينا في أوقات الاستقبال دون موعد</h3>", "<h3>اتصل بنا هاتفيًا</h3>",
                "<h3>خطوط المساعدة الوطنية</h3>", "للأطفال والشباب: مجانًا", "هل تفكر في الانتحار؟"]),
    ],
)
def test_a_search_that_finds_nothing_speaks_the_residents_language(language, expected):
    html = search_page(f"/{language}/zoeken/", NOTHING)

    assert f'<html lang="{language}"' in html
    for text in expected:
        assert text in html
    for dutch in DUTCH_NOTHING:
        assert dutch not in html
    # The helplines' names and numbers stay as residents will hear them on the phone.
    assert "De Kindertelefoon" in html and "0800 0432" in html


@pytest.mark.parametrize("language, expected", [("tr", "İntiharı mı düşünüyorsunuz?"), ("pl", "Myślisz o samobójstwie?")])
def test_the_suicide_prevention_line_speaks_every_interface_language(language, expected):
    html = search_page(f"/{language}/zoeken/", NOTHING)

    assert expected in html and "Denkt u aan zelfmoord?" not in html
    assert "113 Zelfmoordpreventie" in html and "0800 0113" in html


@pytest.mark.parametrize(
    "language, expected",
    [
        ("en", ["results for <strong>scheiding</strong>, page 2 of", 'aria-label="Filter results"', "<h2>Type</h2>",
                "<h2>For whom</h2>", '<span class="kp-kind">Page</span>', 'aria-label="More results"',
                'rel="prev">Previous page</a>', 'rel="next">Next page</a>', ">Parents <span"]),
        ("ar", ["نتيجة عن <strong>scheiding</strong>، الصفحة 2 من", 'aria-label="تصفية النتائج"', "<h2>النوع</h2>",
                "<h2>لمن</h2>", '<span class="kp-kind">صفحة</span>', 'aria-label="مزيد من النتائج"',
                'rel="prev">الصفحة السابقة</a>', 'rel="next">الصفحة التالية</a>', ">الوالدان <span"]),
    ],
)
def test_results_filters_and_paging_speak_the_residents_language(language, expected):
    html = search_page(f"/{language}/zoeken/", {**MANY, "page": 2})

    for text in expected:
        assert text in html
    for dutch in DUTCH_MANY:
        assert dutch not in html


def test_a_chosen_filter_says_how_to_remove_it_in_the_residents_language():
    english = search_page("/en/zoeken/", {**MANY, "audience": "ouders"})
    dutch = search_page("/zoeken/", {**MANY, "audience": "ouders"})

    assert "(selected, click to remove)" in english and "(gekozen" not in english
    assert "(gekozen, klik om weg te halen)" in dutch


def test_the_dutch_search_page_is_unchanged():
    nothing = search_page("/zoeken/", NOTHING)
    many = search_page("/zoeken/", {**MANY, "page": 2})

    assert '<html lang="nl" dir="ltr"' in nothing
    for text in DUTCH_NOTHING:
        assert text in nothing
    for text in DUTCH_MANY:
        assert text in many
    assert "results for" not in many and "National helplines" not in nothing


@pytest.mark.parametrize(
    "language, counts",
    [
        ("en", {1: "1 result for", 2: "2 results for"}),
        ("ar", {0: "لا توجد نتائج عن", 1: "نتيجة واحدة عن", 2: "نتيجتان عن", 5: "5 نتائج عن", 11: "11 نتيجة عن"}),
        ("pl", {1: "1 wynik dla", 3: "3 wyniki dla", 5: "5 wyników dla", 22: "22 wyniki dla", 25: "25 wyników dla"}),
        ("tr", {1: "1 sonuç", 7: "7 sonuç"}),
    ],
)
def test_the_number_of_results_takes_the_languages_plural_form(language, counts):
    singular = "%(counter)s resultaat voor <strong>%(query)s</strong>."
    plural = "%(counter)s resultaten voor <strong>%(query)s</strong>."
    with translation.override(language):
        for count, expected in counts.items():
            assert expected in translation.ngettext(singular, plural, count) % {"counter": count, "query": "x"}


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES if code != "nl"])
def test_every_interface_string_is_translated_and_compiled(language):
    folder = Path(settings.LOCALE_PATHS[0]) / language / "LC_MESSAGES"
    catalogue = polib.pofile(str(folder / "django.po"))
    compiled = polib.mofile(str(folder / "django.mo"))

    assert not catalogue.untranslated_entries() and not catalogue.fuzzy_entries()
    assert {entry.msgid for entry in catalogue.translated_entries()} == {entry.msgid for entry in compiled if entry.msgid}
