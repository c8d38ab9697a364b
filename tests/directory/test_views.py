"""The directory in a hub: filters without JavaScript, the service page, JSON-LD, the walk-in overview, iCal."""

import json
import re
from html import unescape
from datetime import datetime
from unittest import mock

from django.db import connection

from plugins.directory.demo import demo_id
from plugins.directory.models import Schedule
from plugins.directory.schedules import AMSTERDAM
from tests.conftest import hub_client

LIST = "/hulp-in-de-buurt/"


def html(client, path, **params):
    response = client.get(path, params)
    assert response.status_code == 200, (path, response.status_code)
    return response.content.decode()


def titles(page):
    return [unescape(title) for title in re.findall(r'<h3><a href="/hulp-in-de-buurt/[0-9a-f-]+/">([^<]+)</a></h3>', page)]


def service_path(client, name):
    page = html(client, LIST, q=name)
    return re.search(rf'<a href="(/hulp-in-de-buurt/[0-9a-f-]+/)">{re.escape(name)}</a>', page).group(1)


def at(text):
    return datetime.fromisoformat(text).replace(tzinfo=AMSTERDAM)


def test_the_directory_lists_the_hubs_area_and_the_national_helplines():
    page = html(hub_client("hardenberg"), LIST)

    assert "Inloopuur Samen Doen" in titles(page)
    assert "Landelijke hulplijnen" in page and "De Kindertelefoon: bellen of chatten" in page and "0800 0432" in page
    assert "Centrum voor ouders" not in page  # Helmond's own


def test_filters_are_a_plain_get_form_and_each_narrows_the_list():
    client = hub_client("helmond")
    everything = titles(html(client, LIST))
    page = html(client, LIST)
    assert '<form class="kp-directory-filters" method="get"' in page and "<script" not in page.split("<main")[1]

    mediation = titles(html(client, LIST, categorie="mediation"))
    assert mediation and set(mediation) < set(everything) and all("ediation" in title for title in mediation)
    children = titles(html(client, LIST, doelgroep="kinderen"))
    assert "Kindergroep 'Twee huizen'" in children and "Mediation bij scheiding" not in children
    polish = titles(html(client, LIST, taal="pl"))
    assert polish == ["Schuldhulp en inkomensadvies"]
    free = titles(html(client, LIST, gratis="1"))
    assert "Mediation bij scheiding" not in free and "Maatschappelijk werk" in free
    walk_in = titles(html(client, LIST, inloop="1"))
    assert "Echtscheidingsspreekuur" in walk_in and "Urgentie en tijdelijke woonruimte na scheiding" not in walk_in
    assert titles(html(client, LIST, categorie="bestaat-niet")) == everything  # an unknown value is ignored, not an error


def test_open_now_follows_the_clock_and_the_holidays():
    client = hub_client("helmond")
    with mock.patch("plugins.directory.presenting.now", return_value=at("2026-12-07T13:30")):  # a Monday
        open_on_monday = titles(html(client, LIST, **{"nu-open": "1"}))
    with mock.patch("plugins.directory.presenting.now", return_value=at("2027-03-29T13:30")):  # Easter Monday
        open_on_easter_monday = titles(html(client, LIST, **{"nu-open": "1"}))

    assert "Echtscheidingsspreekuur" in open_on_monday
    assert "Echtscheidingsspreekuur" not in open_on_easter_monday
    assert "Veilig Thuis: advies en melding" in open_on_easter_monday


def test_a_service_page_has_address_route_link_contact_hours_and_next_session():
    client = hub_client("cranendonck")
    with mock.patch("plugins.directory.presenting.now", return_value=at("2027-02-14T12:00")):
        page = html(client, service_path(client, "Inloopspreekuur scheiden"))

    assert "Voorbeeldplein 1, 6020 AA Budel" in page
    assert "https://www.openstreetmap.org/search?query=Voorbeeldplein+1" in page
    assert "<iframe" not in page
    assert 'href="tel:0495000100"' in page
    assert "Elke woensdag, 13:30–16:00 uur" in page
    # The Monday evening of 15 February is closed (carnival), so the next walk-in is Wednesday.
    assert "Volgende inloopspreekuur" in page and "Woensdag 17 februari, 13:30–16:00 uur" in page
    assert "Gemeentehuis gesloten (carnaval)" in page


def test_json_ld_is_a_government_service_with_opening_and_holiday_hours():
    client = hub_client("hardenberg")
    page = html(client, service_path(client, "Inloopuur Samen Doen"))
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1))

    assert data["@context"] == "https://schema.org" and data["@type"] == "GovernmentService"
    assert data["provider"]["@type"] == "GovernmentOrganization"
    tuesday = next(spec for spec in data["hoursAvailable"] if spec["dayOfWeek"] == ["https://schema.org/Tuesday"])
    assert (tuesday["@type"], tuesday["opens"], tuesday["closes"]) == ("OpeningHoursSpecification", "09:00", "10:00")
    kings_day = [spec for spec in data["specialOpeningHoursSpecification"] if spec["validFrom"] == "2027-04-27"]
    assert kings_day and kings_day[0]["opens"] == kings_day[0]["closes"] == "00:00"


def test_another_hubs_service_page_is_not_found_here():
    client = hub_client("helmond")
    path = service_path(client, "Echtscheidingsspreekuur")

    assert hub_client("hardenberg").get(path).status_code == 404
    assert hub_client("hardenberg").get("/hulp-in-de-buurt/00000000-0000-0000-0000-000000000000/").status_code == 404


def test_the_portal_shows_a_national_services_page_but_no_overview(portal_client):
    path = service_path(hub_client("hardenberg"), "De Kindertelefoon: bellen of chatten")

    page = html(portal_client, path)

    assert "<h1>De Kindertelefoon: bellen of chatten</h1>" in page and "0800 0432" in page
    assert "Terug naar het overzicht" not in page
    assert portal_client.get(LIST).status_code == 404


def test_the_walk_in_overview_lists_coming_sessions_of_partners_in_the_area():
    with mock.patch("plugins.directory.presenting.now", return_value=at("2026-12-21T08:00")):
        page = html(hub_client("hardenberg"), LIST + "inloopspreekuren/")

    assert "Dinsdag 22 december" in page and "Inloopuur Samen Doen" in page
    assert "Vrijdag 25 december" not in page  # no walk-in on Christmas
    assert "inloopspreekuren.ics" in page
    assert "Echtscheidingsspreekuur" not in page


def parse_ics(text):
    """A minimal RFC 5545 reader: unfold lines, collect VEVENT properties."""
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    lines = text.replace("\r\n ", "").split("\r\n")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    events, current = [], None
    for line in lines:
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            events.append(current)
            current = None
        elif current is not None and ":" in line:
            key, value = line.split(":", 1)
            current[key] = value
    return events


def test_the_ical_feed_holds_the_coming_walk_in_sessions_in_utc():
    with mock.patch("plugins.directory.presenting.now", return_value=at("2026-12-21T08:00")):
        response = hub_client("hardenberg").get("/hulp-in-de-buurt/inloopspreekuren.ics")
    assert response["Content-Type"].startswith("text/calendar")
    events = parse_ics(response.content.decode())

    samen_doen = [event for event in events if event["SUMMARY"] == "Inloopuur Samen Doen"]
    assert "20261222T080000Z" in {event["DTSTART"] for event in samen_doen}  # 09:00 in winter time
    assert all(event["UID"] and event["DTEND"] > event["DTSTART"] for event in events)
    assert len({event["UID"] for event in events}) == len(events)
    assert not [event for event in events if event["DTSTART"].startswith("20261225")]


def test_the_walk_in_page_reads_its_hours_from_the_directory():

    client = hub_client("hardenberg")
    page = html(client, "/inloopuur/")
    assert page.index("Elke dinsdag van 09:00–10:00 uur") < page.index("Elke woensdag") < page.index("Elke donderdag")

    connection.set_schema_to_public()
    schedule = Schedule.objects.get(pk=demo_id("schedule:hardenberg:inloop:0"))
    schedule.opens_at = "08:30"
    schedule.save()

    page = html(client, "/inloopuur/")
    assert "Elke dinsdag van 08:30–10:00 uur" in page
    assert "08:30" in html(client, service_path(client, "Inloopuur Samen Doen"))


def test_pages_that_say_open_now_are_not_kept_by_the_page_cache():
    client = hub_client("helmond")
    for path in (LIST, LIST + "inloopspreekuren/", service_path(client, "Echtscheidingsspreekuur")):
        assert "no-cache" in client.get(path)["Cache-Control"]
