"""
The directory as Open Referral HSDS 3 JSON, from the plain dicts of `reading`.

Sub-records HSDS wants as objects with their own id (languages, service areas, accessibility)
are kept as plain values here; their ids are derived from the owner's id, so they are stable.
"""

import uuid

from plugins.directory.schedules import AMSTERDAM

HSDS_VERSION = "3.0"
_SUB_NAMESPACE = uuid.UUID("0d5b7a43-90c1-4b55-a0a5-c3b8e1c3bd2e")
LANGUAGE_NAMES = {"nl": "Nederlands", "en": "Engels", "de": "Duits", "tr": "Turks", "ar": "Arabisch", "pl": "Pools"}


def _sub_id(*parts):
    return str(uuid.uuid5(_SUB_NAMESPACE, ":".join(parts)))


def _time(clock, on_day=None):
    # HSDS asks for times with their UTC offset; the Netherlands switches between +01:00 and +02:00,
    # so the offset given is today's (the `timezone` field says the same in hours).
    from datetime import datetime

    today = on_day or datetime.now(AMSTERDAM)
    offset = today.strftime("%z")
    return f"{clock}:00{offset[:3]}:{offset[3:]}" if clock else None


def _utc_offset_hours():
    from datetime import datetime

    return datetime.now(AMSTERDAM).utcoffset().total_seconds() / 3600


def organization_list_item(organization):
    item = {
        "id": organization["id"],
        "name": organization["name"],
        "description": organization["description"],
    }
    if organization["alternate_name"]:
        item["alternate_name"] = organization["alternate_name"]
    if organization["email"]:
        item["email"] = organization["email"]
    if organization["website"]:
        item["website"] = organization["website"]
    return item


def schedule(service, data):
    notes = [data["notes"]] if data["notes"] else []
    for exception in data["exceptions"]:
        if exception["closed"]:
            notes.append(f"Gesloten op {exception['date']}{': ' + exception['reason'] if exception['reason'] else ''}.")
        else:
            notes.append(f"Op {exception['date']} van {exception['opens_at']} tot {exception['closes_at']}"
                         f"{': ' + exception['reason'] if exception['reason'] else ''}.")
    location_id = next((location["id"] for location in service["locations"]
                        if location["service_at_location_id"] == data["service_at_location_id"]), None)
    item = {
        "id": data["id"],
        "service_id": service["id"],
        "freq": data["freq"],
        "interval": data["interval"],
        "byday": data["byday"],
        "opens_at": _time(data["opens_at"]),
        "closes_at": _time(data["closes_at"]),
        "timezone": _utc_offset_hours(),
        "wkst": "MO",
        "attending_type": "Zonder afspraak binnenlopen" if data["attending_type"] == "walk-in" else "Op afspraak",
        "description": data["description"],
        "notes": " ".join(notes),
    }
    if data["service_at_location_id"]:
        item["service_at_location_id"] = data["service_at_location_id"]
        item["location_id"] = location_id
    if data["valid_from"]:
        item["valid_from"] = data["valid_from"]
        item["dtstart"] = data["valid_from"]
    if data["valid_to"]:
        item["valid_to"] = data["valid_to"]
        item["until"] = data["valid_to"]
    return item


def location(service, data):
    item = {
        "id": data["id"],
        "location_type": "virtual" if data["is_virtual"] else "physical",
        "organization_id": service["organization"]["id"],
        "name": data["name"],
        "description": data["description"],
    }
    if not data["is_virtual"] and data["address"]:
        item["addresses"] = [{
            "id": _sub_id(data["id"], "address"),
            "location_id": data["id"],
            "address_1": data["address"],
            "city": data["city"],
            "region": "",
            "state_province": "",
            "postal_code": data["postal_code"],
            "country": "NL",
            "address_type": "physical",
        }]
    if data["accessibility"]:
        item["accessibility"] = [{"id": _sub_id(data["id"], "accessibility"), "location_id": data["id"],
                                  "description": data["accessibility"]}]
    return item


def service_list_item(service):
    item = {
        "id": service["id"],
        "organization_id": service["organization"]["id"],
        "name": service["name"],
        "description": service["description"],
        "status": service["status"],
        "application_process": service["application_process"],
        "fees_description": service["fees_description"],
        "last_modified": service["last_modified"],
        "organization": organization_list_item(service["organization"]),
    }
    if service["url"]:
        item["url"] = service["url"]
    if service["email"]:
        item["email"] = service["email"]
    return item


def service_full(service):
    item = service_list_item(service)
    item.update({
        "phones": [{"id": phone["id"], "service_id": service["id"], "number": phone["number"], "description": phone["description"]}
                   for phone in service["phones"]],
        "schedules": [schedule(service, data) for data in service["schedules"]],
        "service_areas": _service_areas(service),
        "service_at_locations": [service_at_location_item(service, data, nested=True) for data in service["locations"]],
        "languages": [{"id": _sub_id(service["id"], "language", code), "service_id": service["id"], "code": code,
                       "name": LANGUAGE_NAMES.get(code, code)} for code in service["languages"]],
        "contacts": [{"id": contact["id"], "service_id": service["id"], "name": contact["name"], "title": contact["title"],
                      **({"email": contact["email"]} if contact["email"] else {})} for contact in service["contacts"]],
        "cost_options": _cost_options(service),
        "attributes": [
            {"id": _sub_id(service["id"], "attribute", term["id"]), "link_id": service["id"], "link_type": "service",
             "link_entity": "service", "taxonomy_term_id": term["id"],
             "taxonomy_term": {"id": term["id"], "code": term["code"], "name": term["name"], "description": "",
                               "taxonomy": term["taxonomy"], "taxonomy_id": term["taxonomy_id"]}}
            for term in service["terms"]
        ],
    })
    return item


def _service_areas(service):
    if service["is_national"]:
        return [{"id": _sub_id(service["id"], "area", "NL"), "service_id": service["id"], "name": "Nederland",
                 "description": "Landelijk", "extent_type": "text", "extent": "Nederland"}]
    return [{"id": _sub_id(service["id"], "area", name), "service_id": service["id"], "name": name,
             "description": f"Gemeente {name}", "extent_type": "text", "extent": name} for name in service["municipalities"]]


def _cost_options(service):
    options = [{"id": cost["id"], "service_id": service["id"], "option": cost["option"], "currency": "EUR",
                **({"amount": cost["amount"]} if cost["amount"] is not None else {})} for cost in service["cost_options"]]
    if service["is_free"] and not options:
        options.append({"id": _sub_id(service["id"], "cost", "free"), "service_id": service["id"], "option": "Gratis",
                        "currency": "EUR", "amount": 0})
    return options


def service_at_location_item(service, data, nested=False, full=False):
    item = {
        "id": data["service_at_location_id"],
        "service_id": service["id"],
        "location_id": data["id"],
        "description": data["service_at_location_description"],
        "location": location(service, data),
    }
    if nested:
        return item
    item["service"] = service_list_item(service)
    if full:
        item["schedules"] = [schedule(service, entry) for entry in service["schedules"]
                             if entry["service_at_location_id"] == data["service_at_location_id"]]
        item["phones"] = [{"id": phone["id"], "service_id": service["id"], "number": phone["number"]} for phone in service["phones"]]
    return item


def organization_full(organization, services):
    item = organization_list_item(organization)
    seen = {}
    for service in services:
        for data in service["locations"]:
            seen.setdefault(data["id"], location(service, data))
    item["locations"] = list(seen.values())
    item["services"] = [service_list_item(service) for service in services]
    for service in item["services"]:
        service.pop("organization", None)
    return item
