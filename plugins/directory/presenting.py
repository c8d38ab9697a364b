"""What residents see of a service: opening hours in words, the next session, JSON-LD, iCalendar."""

import json
from datetime import datetime, timedelta
from datetime import timezone as dt_timezone
from urllib.parse import quote_plus

from django.utils import timezone
from django.utils.translation import gettext, pgettext_lazy

from plugins.directory.schedules import AMSTERDAM, DAY_NAMES, describe, is_open, next_session, parse_byday, sessions_between

SCHEMA_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# A month's name in a date ("22 december"): the context lets Polish use the genitive ("22 grudnia").
MONTHS = [
    pgettext_lazy("in a date", "januari"), pgettext_lazy("in a date", "februari"), pgettext_lazy("in a date", "maart"),
    pgettext_lazy("in a date", "april"), pgettext_lazy("in a date", "mei"), pgettext_lazy("in a date", "juni"),
    pgettext_lazy("in a date", "juli"), pgettext_lazy("in a date", "augustus"), pgettext_lazy("in a date", "september"),
    pgettext_lazy("in a date", "oktober"), pgettext_lazy("in a date", "november"), pgettext_lazy("in a date", "december")]
WEEKDAYS = DAY_NAMES


def now():
    return timezone.now().astimezone(AMSTERDAM)


def long_date(moment):
    return gettext("%(weekday)s %(day)s %(month)s") % {
        "weekday": WEEKDAYS[moment.weekday()], "day": moment.day, "month": MONTHS[moment.month - 1]}


def route_url(location):
    """A route planner link (OpenStreetMap) instead of an embedded map: no third-party code on the page."""
    address = f"{location['address']}, {location['postal_code']} {location['city']}, Nederland"
    return f"https://www.openstreetmap.org/search?query={quote_plus(address)}"


def session_view(session, service):
    location = next((item for item in service["locations"]
                     if item["service_at_location_id"] == session.schedule["service_at_location_id"]), None)
    return {
        "starts": session.starts,
        "ends": session.ends,
        "date_label": long_date(session.starts),
        "time_label": f"{session.starts:%H:%M}–{session.ends:%H:%M}",
        "walk_in": session.schedule["attending_type"] == "walk-in",
        "with_whom": session.schedule["description"],
        "notes": session.schedule["notes"],
        "changed": session.changed,
        "location": location,
        "service": service,
    }


def hours(service):
    """The service's schedules in words, with their exceptions, for the detail page."""
    rows = []
    for schedule in service["schedules"]:
        location = next((item for item in service["locations"]
                         if item["service_at_location_id"] == schedule["service_at_location_id"]), None)
        rows.append({
            "when": describe(schedule),
            "time": f"{schedule['opens_at']}–{schedule['closes_at']}",
            "walk_in": schedule["attending_type"] == "walk-in",
            "with_whom": schedule["description"],
            "notes": schedule["notes"],
            "valid_from": schedule["valid_from"],
            "valid_to": schedule["valid_to"],
            "location": location,
            "exceptions": [
                {**item, "label": long_date(datetime.fromisoformat(item["date"]))}
                for item in schedule["exceptions"] if item["date"] >= now().date().isoformat()
            ],
        })
    return rows


def summary(service, moment=None):
    """What the directory list shows of a service besides its name."""
    moment = moment or now()
    upcoming = next_session(service["schedules"], moment, walk_in_only=True)
    return {
        "service": service,
        "open_now": is_open(service["schedules"], moment),
        "next_walk_in": session_view(upcoming, service) if upcoming else None,
        "has_walk_in": any(schedule["attending_type"] == "walk-in" for schedule in service["schedules"]),
    }


def json_ld(service, url):
    """schema.org GovernmentService (a municipality's own) or Service, with its provider Organization,
    weekly/monthly hours and the holiday closures and changed days as special opening hours."""
    organization = service["organization"]
    provider = {"@type": "GovernmentOrganization" if organization["is_government"] else "Organization",
                "name": organization["name"]}
    if organization["website"]:
        provider["url"] = organization["website"]
    hours_available, special = [], []
    for schedule in service["schedules"]:
        days = parse_byday(schedule["byday"])
        spec = {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": [f"https://schema.org/{SCHEMA_DAYS[weekday]}" for _, weekday in days],
            "opens": schedule["opens_at"],
            "closes": schedule["closes_at"],
        }
        if schedule["valid_from"]:
            spec["validFrom"] = schedule["valid_from"]
        if schedule["valid_to"]:
            spec["validThrough"] = schedule["valid_to"]
        if schedule["freq"] == "MONTHLY":
            spec["description"] = describe(schedule)
        hours_available.append(spec)
        for item in schedule["exceptions"]:
            # schema.org: a closed day is a special opening hours entry opening and closing at 00:00.
            special.append({
                "@type": "OpeningHoursSpecification",
                "validFrom": item["date"],
                "validThrough": item["date"],
                "opens": "00:00" if item["closed"] else item["opens_at"],
                "closes": "00:00" if item["closed"] else item["closes_at"],
                **({"description": item["reason"]} if item["reason"] else {}),
            })
    channel = {"@type": "ServiceChannel", "availableLanguage": service["languages"]}
    if service["phones"]:
        channel["servicePhone"] = {"@type": "ContactPoint", "telephone": service["phones"][0]["number"]}
    places = [
        {"@type": "Place", "name": location["name"],
         "address": {"@type": "PostalAddress", "streetAddress": location["address"], "postalCode": location["postal_code"],
                     "addressLocality": location["city"], "addressCountry": "NL"}}
        for location in service["locations"] if not location["is_virtual"] and location["address"]
    ]
    if places:
        channel["serviceLocation"] = places[0] if len(places) == 1 else places
    data = {
        "@context": "https://schema.org",
        "@type": "GovernmentService" if organization["is_government"] else "Service",
        "@id": url,
        "name": service["name"],
        "description": service["description"],
        "url": url,
        "provider": provider,
        "availableChannel": channel,
        "areaServed": ([{"@type": "Country", "name": "Nederland"}] if service["is_national"]
                       else [{"@type": "AdministrativeArea", "name": name} for name in service["municipalities"]]),
        "hoursAvailable": hours_available,
    }
    if special:
        data["specialOpeningHoursSpecification"] = special
    if service["is_free"]:
        data["offers"] = {"@type": "Offer", "price": "0", "priceCurrency": "EUR"}
    # "<" escaped so no value can close the surrounding <script> element.
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")


def _ical_text(value):
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line):
    """RFC 5545: lines longer than 75 octets continue on the next line after a space."""
    encoded = line.encode()
    if len(encoded) <= 75:
        return line
    parts, current = [], b""
    for char in line:
        piece = char.encode()
        if len(current) + len(piece) > (75 if not parts else 74):
            parts.append(current.decode())
            current = b""
        current += piece
    parts.append(current.decode())
    return "\r\n ".join(parts)


def icalendar(hub_name, host, services, moment=None, weeks=8):
    """The walk-in sessions of `services` in the coming `weeks`, one event each (exceptions applied)."""
    moment = moment or now()
    stamp = moment.astimezone(dt_timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Knooppunt//Partneroverzicht//NL", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", f"X-WR-CALNAME:{_ical_text('Inloopspreekuren ' + hub_name)}", "X-WR-TIMEZONE:Europe/Amsterdam"]
    for service in services:
        walk_ins = [schedule for schedule in service["schedules"] if schedule["attending_type"] == "walk-in"]
        for session in sessions_between(walk_ins, moment, moment + timedelta(weeks=weeks)):
            view = session_view(session, service)
            location = view["location"]
            place = ", ".join(part for part in ([location["name"], location["address"], location["city"]] if location else []) if part)
            lines += [
                "BEGIN:VEVENT",
                f"UID:{session.schedule['id']}-{session.starts:%Y%m%d}@{host}",
                f"DTSTAMP:{stamp}",
                f"DTSTART:{session.starts.astimezone(dt_timezone.utc):%Y%m%dT%H%M%SZ}",
                f"DTEND:{session.ends.astimezone(dt_timezone.utc):%Y%m%dT%H%M%SZ}",
                f"SUMMARY:{_ical_text(service['name'])}",
                f"DESCRIPTION:{_ical_text(' '.join(part for part in (view['with_whom'], view['notes']) if part))}",
                f"LOCATION:{_ical_text(place)}",
                "END:VEVENT",
            ]
    lines.append("END:VCALENDAR")
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"

