"""Residents who read English or Arabic get the directory's own words (headings, filters, opening hours,
dates, walk-in times) in that language; the partners' names and descriptions stay as the partners wrote
them, and Dutch residents see what they always saw."""

import re
from unittest import mock

import pytest
from django.db import connection
from django.utils import translation
from django.template import Context
from django.template.loader import get_template
from django.template.loader_tags import BlockNode
from django_tenants.utils import tenant_context

from plugins.directory.presenting import long_date
from plugins.directory.schedules import describe
from plugins.walkin.models import WalkInPage
from tests.conftest import hub_client
from tests.directory.test_schedules import at, schedule

LIST = "/hulp-in-de-buurt/"
# A Sunday: Cranendonck's Monday walk-in is closed for carnival, so the next one is Wednesday 17 February.
SUNDAY = at("2027-02-14T12:00")


def html(hub, path, moment=SUNDAY, **params):
    with mock.patch("plugins.directory.presenting.now", return_value=moment):
        response = hub_client(hub).get(path, params)
    connection.set_schema_to_public()
    assert response.status_code == 200, (path, response.status_code)
    return response.content.decode()


def service_path(hub, name):
    page = html(hub, LIST, q=name)
    return re.search(rf'<a href="(/hulp-in-de-buurt/[0-9a-f-]+/)">{re.escape(name)}</a>', page).group(1)


DUTCH_LIST = ["<h1>Hulp in de buurt</h1>", "<legend>Filter het overzicht</legend>", ">Soort hulp</label>",
              '<option value="">Iedereen</option>', ">Inloop zonder afspraak</label>", ">Toon hulp</button>",
              "<h2>Landelijke hulplijnen</h2>", "Volgende inloop: woensdag 17 februari, 13:30–16:00 uur."]
DUTCH_SERVICE = ['id="kp-next">Volgende inloopspreekuur</h2>', "Woensdag 17 februari, 13:30–16:00 uur", "<h2>Openingstijden</h2>",
                 "Elke woensdag, 13:30–16:00 uur", "U kunt zonder afspraak binnenlopen.", "Route plannen naar",
                 "Kosten:", "<h2>Goed om te weten</h2>", ">Terug naar het overzicht</a>"]


@pytest.mark.parametrize(
    "language, expected",
    [
        ("en", ["<h1>Help near you</h1>", "<legend>Filter the list</legend>", ">Type of help</label>",
                '<option value="">Everyone</option>', ">Walk in without an appointment</label>", ">Show help</button>",
                "<h2>National helplines</h2>", "Next walk-in: Wednesday 17 February, 13:30–16:00."]),
        ("ar", ["<h1>مساعدة بالقرب منك</h1>", "<legend>تصفية القائمة</legend>", ">نوع المساعدة</label>",
                '<option value="">الجميع</option>', ">الحضور دون موعد</label>", ">اعرض المساعدة</button>",
                "<h2>خطوط المساعدة الوطنية</h2>", "الاستقبال القادم دون موعد: الأربعاء 17 فبراير، 13:30–16:00."]),
    ],
)
def test_the_directory_speaks_the_residents_language(language, expected):
    page = html("cranendonck", f"/{language}{LIST}")

    assert f'<html lang="{language}"' in page
    for text in expected:
        assert text in page
    for dutch in DUTCH_LIST:
        assert dutch not in page
    assert "resultaten" not in page
    # The partners' own words are data: they stay as the partner wrote them.
    assert "Inloopspreekuur scheiden" in page


@pytest.mark.parametrize(
    "language, expected",
    [
        ("en", ['id="kp-next">Next walk-in hours</h2>', "Wednesday 17 February, 13:30–16:00", "<h2>Opening hours</h2>",
                "Every Wednesday, 13:30–16:00", "You can walk in without an appointment.", "Plan a route to",
                "Costs:", "<h2>Good to know</h2>", ">Back to the list</a>", ': closed (Gemeentehuis gesloten (carnaval))']),
        ("ar", ['id="kp-next">موعد الاستقبال القادم دون موعد</h2>', "الأربعاء 17 فبراير, 13:30–16:00", "<h2>أوقات العمل</h2>",
                "كل يوم الأربعاء, 13:30–16:00", "يمكنك الحضور دون موعد.", "خطط طريقك إلى", "التكلفة:",
                "<h2>من المفيد أن تعرف</h2>", ">العودة إلى القائمة</a>", ": مغلق (Gemeentehuis gesloten (carnaval))"]),
    ],
)
def test_a_service_page_speaks_the_residents_language(language, expected):
    path = service_path("cranendonck", "Inloopspreekuur scheiden")
    page = html("cranendonck", f"/{language}{path}")

    assert f'<html lang="{language}"' in page
    for text in expected:
        assert text in page
    for dutch in DUTCH_SERVICE:
        assert dutch not in page
    assert " uur" not in page.split("<main", 1)[-1]


def test_the_dutch_directory_and_service_pages_are_unchanged():
    listing = html("cranendonck", LIST)
    service = html("cranendonck", service_path("cranendonck", "Inloopspreekuur scheiden"))

    assert '<html lang="nl" dir="ltr"' in listing
    for text in DUTCH_LIST:
        assert text in listing
    assert re.search(r'<p role="status">\d+ resultaten</p>', listing)
    for text in DUTCH_SERVICE:
        assert text in service
    assert "Help near you" not in listing and "Opening hours" not in service


def walk_in_page_content(hub, language):
    """The walk-in page's own part (without the site around it) as the page renders it in `language`.
    The demo has no translated walk-in page, so the Dutch page is rendered with the language switched."""
    template = get_template("walkin/walk_in_page.html").template
    content = next(node for node in template.nodelist.get_nodes_by_type(BlockNode) if node.name == "content")
    with tenant_context(hub), mock.patch("plugins.directory.presenting.now", return_value=at("2026-12-21T08:00")):
        page = WalkInPage.objects.get(slug="inloopuur")
        context = Context({"page": page})
        with translation.override(language), context.bind_template(template):
            return content.nodelist.render(context)


def test_the_walk_in_page_labels_its_hours_in_the_residents_language(hardenberg):
    english = walk_in_page_content(hardenberg, "en")
    dutch = walk_in_page_content(hardenberg, "nl")

    for text in ["<h2>When and where</h2>", "<h3>Every Tuesday, 09:00–10:00</h3>", "<strong>Where:</strong>",
                 "You can walk in without an appointment.", "<h2>The next times</h2>", "<li>Tuesday 22 December, 09:00–10:00"]:
        assert text in english
    for text in ["<h2>Wanneer en waar</h2>", "<h3>Elke dinsdag van 09:00–10:00 uur</h3>", "<strong>Waar:</strong>",
                 "U kunt zonder afspraak binnenlopen.", "<h2>De komende keren</h2>", "<li>Dinsdag 22 december, 09:00–10:00 uur"]:
        assert text in dutch and text not in english


def test_the_walk_in_overview_speaks_the_residents_language():
    overview = html("hardenberg", f"/en{LIST}inloopspreekuren/", moment=at("2026-12-21T08:00"))

    for text in ["<h1>Walk-in hours in the next two weeks</h1>", "Tuesday 22 December", "<strong>09:00–10:00</strong>",
                 "Add them to your calendar (iCalendar)"]:
        assert text in overview
    assert "Dinsdag 22 december" not in overview and "Inloopuur Samen Doen" in overview


@pytest.mark.parametrize(
    "language, weekly, monthly, every_other_week, date",
    [
        ("nl", "elke dinsdag en donderdag", "elke eerste dinsdag en laatste vrijdag van de maand",
         "om de 2 weken op maandag", "dinsdag 22 december"),
        ("en", "every Tuesday and Thursday", "every first Tuesday and last Friday of the month",
         "every 2 weeks on Monday", "Tuesday 22 December"),
        ("ar", "كل يوم الثلاثاء والخميس", "الثلاثاء الأول والجمعة الأخير من كل شهر", "كل 2 أسبوع، يوم الاثنين",
         "الثلاثاء 22 ديسمبر"),
        ("tr", "her salı ve perşembe", "her ayın ilk salı ve son cuma günü", "2 haftada bir, pazartesi", "22 Aralık salı"),
        ("pl", "co tydzień: wtorek i czwartek", "wtorek w 1. tygodniu i piątek w ostatnim tygodniu miesiąca",
         "co 2 tygodnie: poniedziałek", "wtorek, 22 grudnia"),
    ],
)
def test_hours_and_dates_in_words_follow_the_language(language, weekly, monthly, every_other_week, date):
    with translation.override(language):
        assert describe(schedule("TU,TH")) == weekly
        assert describe(schedule("1TU,-1FR", freq="MONTHLY")) == monthly
        assert describe(schedule("MO", interval=2)) == every_other_week
        assert long_date(at("2026-12-22T09:00")) == date
