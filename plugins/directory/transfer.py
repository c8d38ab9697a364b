"""
Export and import of the directory as HSDS 3 JSON: a list of full service objects.

Import checks every row first and reports every problem with its row and field; one problem and
nothing is written. Records are matched by their HSDS ids, and a record whose values are
unchanged is not saved, so importing the same file twice changes nothing (not even
`last_modified`). HSDS has no holiday exceptions: the export adds them to each schedule as
`exceptions` (other HSDS readers ignore the key).

CSV (one row per service, for spreadsheets) is converted to the same HSDS rows and goes through
the same checks; it carries no contacts, costs or exceptions, so importing it leaves those as
they are, and says "gratis" in the column of that name (`x_is_free` on the HSDS row).
"""

import csv
import io

import uuid
from dataclasses import dataclass, field
from datetime import date, time

from django.db import transaction

from hubplatform.progress import Progress
from plugins.directory import hsds
from plugins.directory import models as m
from plugins.directory.reading import _build_directory
from plugins.directory.schedules import parse_byday
from search.indexing import reindex_once

ATTENDING = {"walk-in": "walk-in", "appointment": "appointment", "Zonder afspraak binnenlopen": "walk-in", "Op afspraak": "appointment"}
NATIONAL_AREA = "Nederland"


@dataclass
class Report:
    errors: list = field(default_factory=list)
    created: int = 0
    updated: int = 0
    unchanged: int = 0

    @property
    def ok(self):
        return not self.errors

    def error(self, row, field_name, message):
        self.errors.append((row, field_name, message))

    def lines(self):
        if self.errors:
            return [f"rij {row}, veld {field_name}: {message}" for row, field_name, message in self.errors]
        return [f"{self.created} nieuw, {self.updated} bijgewerkt, {self.unchanged} ongewijzigd"]


def export_services(progress=None):
    """Every service of the network as HSDS 3 JSON (call in the public schema)."""
    progress = progress or Progress()
    exported = []
    for service in progress.items(_build_directory(), "diensten"):
        item = hsds.service_full(service)
        for schedule, original in zip(item["schedules"], service["schedules"], strict=True):
            schedule["notes"] = original["notes"]
            schedule["exceptions"] = [dict(exception) for exception in original["exceptions"]]
        exported.append(item)
    return exported


def _uuid(value):
    return str(uuid.UUID(str(value)))


def _clock(value):
    return time.fromisoformat(str(value)[:5])


def _check(report, row, field_name, check):
    try:
        return check()
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        report.error(row, field_name, str(error) or f"ontbreekt of is ongeldig ({type(error).__name__})")
        return None


def validate(rows, report, progress):
    """Every problem of every row, before anything is written."""
    if not isinstance(rows, list):
        report.error(0, "(bestand)", "verwacht een lijst van HSDS-diensten")
        return
    terms = {str(pk) for pk in m.TaxonomyTerm.objects.values_list("id", flat=True)}
    for row, item in enumerate(progress.items(rows, "controleren"), start=1):
        if not isinstance(item, dict):
            report.error(row, "(rij)", "geen object")
            continue
        _check(report, row, "id", lambda: _uuid(item["id"]))
        if not str(item.get("name") or "").strip():
            report.error(row, "name", "naam ontbreekt")
        if item.get("status", "active") not in {"active", "inactive", "temporarily closed"}:
            report.error(row, "status", f"onbekende status {item.get('status')!r}")
        organization = item.get("organization") or {}
        _check(report, row, "organization.id", lambda: _uuid(organization["id"]))
        if not str(organization.get("name") or "").strip():
            report.error(row, "organization.name", "naam van de organisatie ontbreekt")
        for index, attribute in enumerate(item.get("attributes", [])):
            if str(attribute.get("taxonomy_term_id")) not in terms:
                report.error(row, f"attributes[{index}].taxonomy_term_id", "onbekende term")
        for index, link in enumerate(item.get("service_at_locations", [])):
            _check(report, row, f"service_at_locations[{index}].id", lambda link=link: _uuid(link["id"]))
            _check(report, row, f"service_at_locations[{index}].location.id", lambda link=link: _uuid(link["location"]["id"]))
        for index, schedule in enumerate(item.get("schedules", [])):
            prefix = f"schedules[{index}]"
            _check(report, row, f"{prefix}.id", lambda s=schedule: _uuid(s["id"]))
            if schedule.get("freq") not in {"WEEKLY", "MONTHLY"}:
                report.error(row, f"{prefix}.freq", "moet WEEKLY of MONTHLY zijn")
            _check(report, row, f"{prefix}.byday", lambda s=schedule: parse_byday(s["byday"]))
            opens = _check(report, row, f"{prefix}.opens_at", lambda s=schedule: _clock(s["opens_at"]))
            closes = _check(report, row, f"{prefix}.closes_at", lambda s=schedule: _clock(s["closes_at"]))
            if opens and closes and closes <= opens:
                report.error(row, f"{prefix}.closes_at", "eindtijd ligt niet na de begintijd")
            for name in ("valid_from", "valid_to"):
                if schedule.get(name):
                    _check(report, row, f"{prefix}.{name}", lambda s=schedule, n=name: date.fromisoformat(s[n]))
            if schedule.get("attending_type", "appointment") not in ATTENDING:
                report.error(row, f"{prefix}.attending_type", "onbekend: gebruik walk-in of appointment")
            for number, exception in enumerate(schedule.get("exceptions", [])):
                _check(report, row, f"{prefix}.exceptions[{number}].date", lambda e=exception: date.fromisoformat(e["date"]))


def _sync(report, model, pk, **values):
    """Create or update one record; an unchanged record is left alone (its last_modified too)."""
    obj = model.objects.filter(pk=pk).first()
    if obj is None:
        report.created += 1
        return model.objects.create(id=pk, **values)
    changed = [name for name, value in values.items() if getattr(obj, f"{name}_id" if isinstance(value, m.DirectoryRecord) else name) !=
               (value.pk if isinstance(value, m.DirectoryRecord) else value)]
    if changed:
        for name in changed:
            setattr(obj, name, values[name])
        obj.save()
        report.updated += 1
    else:
        report.unchanged += 1
    return obj


def _remove_others(queryset, keep):
    queryset.exclude(pk__in=keep).delete()


def check_ids(rows, report, editable=None):
    """Ids that exist must stay where they are: a row may not take over another service's schedule,
    phone or location by naming its id, and (with `editable`, a Q on Organization) may not touch
    services or organizations the importing editor does not keep."""
    children = [("phones", m.Phone), ("contacts", m.Contact), ("cost_options", m.CostOption),
                ("service_at_locations", m.ServiceAtLocation), ("schedules", m.Schedule)]
    for row, item in enumerate(rows, start=1):
        service_id = uuid.UUID(item["id"])
        organization_id = uuid.UUID(item["organization"]["id"])
        existing = m.Service.objects.filter(pk=service_id).values_list("organization_id", flat=True).first()
        if editable is not None:
            allowed = m.Organization.objects.filter(editable)
            if existing and not allowed.filter(pk=existing).exists():
                report.error(row, "id", "deze dienst beheert u niet")
            if m.Organization.objects.filter(pk=organization_id).exists() and not allowed.filter(pk=organization_id).exists():
                report.error(row, "organization.id", "deze organisatie beheert u niet")
        for key, model in children:
            for index, child in enumerate(item.get(key, [])):
                owner = model.objects.filter(pk=child["id"]).values_list("service_id", flat=True).first()
                if owner and owner != service_id:
                    report.error(row, f"{key}[{index}].id", "dit id hoort bij een andere dienst")
        for index, link in enumerate(item.get("service_at_locations", [])):
            owner = m.Location.objects.filter(pk=link["location"]["id"]).values_list("organization_id", flat=True).first()
            if owner and owner != organization_id:
                report.error(row, f"service_at_locations[{index}].location.id", "deze locatie hoort bij een andere organisatie")
        for index, schedule in enumerate(item.get("schedules", [])):
            for number, exception in enumerate(schedule.get("exceptions", [])):
                owner = m.ScheduleException.objects.filter(pk=exception.get("id")).values_list("schedule_id", flat=True).first() if exception.get("id") else None
                if owner and str(owner) != str(schedule["id"]):
                    report.error(row, f"schedules[{index}].exceptions[{number}].id", "dit id hoort bij een andere openingstijd")


def import_services(rows, *, owner=None, editable=None, progress=None):
    """Validate `rows` (HSDS services), then write them all or nothing. `owner`: {"owner_hub": hub} or
    {"owner_region": region} for organizations the file creates; `editable`: see `check_ids`.
    Call in the public schema."""
    progress = progress or Progress()
    report = Report()
    validate(rows, report, progress)
    if report.ok:
        check_ids(rows, report, editable)
    if not report.ok:
        return report
    # One re-sync of the directory's search documents for the whole file, not one per record
    # saved (a file of 26 services queued 26 full re-syncs, each of every service).
    with reindex_once(), transaction.atomic():
        for item in progress.items(rows, "importeren"):
            _import_one(item, owner or {}, report)
    return report


def _given(data, key, obj, attribute=None, default=""):
    """The row's value, or (when the row leaves the key out) what the record has now."""
    if key in data:
        return data[key]
    return getattr(obj, attribute or key) if obj is not None else default


def _date(entry, key, known):
    if entry.get(key):
        return date.fromisoformat(entry[key])
    return None if key in entry or known is None else getattr(known, key)


def _import_one(item, owner, report):
    """Write one validated row. What the row leaves out (contacts, exceptions, other locations...) is
    kept as it is."""
    data = item["organization"]
    org_id = uuid.UUID(data["id"])
    existing = m.Organization.objects.filter(pk=org_id).first()
    organization = _sync(report, m.Organization, org_id, name=data["name"],
                         description=_given(data, "description", existing), email=_given(data, "email", existing),
                         website=_given(data, "website", existing), **({} if existing else owner))
    current = m.Service.objects.filter(pk=item["id"]).first()
    areas = [area.get("name", "") for area in item.get("service_areas", [])]
    costs = [cost for cost in item.get("cost_options", []) if not (cost.get("amount") == 0 and cost.get("option") == "Gratis")]
    if "x_is_free" in item:
        is_free = item["x_is_free"]
    elif "cost_options" in item:
        is_free = any(cost.get("amount") == 0 for cost in item["cost_options"])
    else:
        is_free = current.is_free if current else False
    service = _sync(
        report, m.Service, uuid.UUID(item["id"]), organization=organization, name=item["name"],
        description=_given(item, "description", current), url=_given(item, "url", current),
        email=_given(item, "email", current), status=_given(item, "status", current, default="active"),
        application_process=_given(item, "application_process", current),
        fees_description=_given(item, "fees_description", current), is_free=is_free,
        is_national=NATIONAL_AREA in areas, municipalities=[name for name in areas if name != NATIONAL_AREA],
        languages=[language["code"] for language in item.get("languages", []) if language.get("code")],
    )
    term_ids = {uuid.UUID(str(attribute["taxonomy_term_id"])) for attribute in item.get("attributes", [])}
    if set(service.terms.values_list("id", flat=True)) != term_ids:
        service.terms.set(term_ids)
    if "phones" in item:
        _remove_others(service.phones.all(), [
            _sync(report, m.Phone, uuid.UUID(phone["id"]), service=service, number=phone["number"],
                  description=_given(phone, "description", m.Phone.objects.filter(pk=phone["id"]).first())).pk
            for phone in item["phones"]
        ])
    if "contacts" in item:
        _remove_others(service.contacts.all(), [
            _sync(report, m.Contact, uuid.UUID(contact["id"]), service=service, name=contact.get("name", ""),
                  title=contact.get("title", ""), email=contact.get("email", "")).pk
            for contact in item["contacts"]
        ])
    if "cost_options" in item:
        _remove_others(service.cost_options.all(), [
            _sync(report, m.CostOption, uuid.UUID(cost["id"]), service=service, option=cost.get("option", ""),
                  amount=cost.get("amount")).pk
            for cost in costs
        ])
    links = []
    for link in item.get("service_at_locations", []):
        place = link["location"]
        known = m.Location.objects.filter(pk=place["id"]).first()
        address = (place.get("addresses") or [{}])[0]
        values = {"organization": organization, "name": place.get("name", ""),
                  "description": _given(place, "description", known),
                  "address": address.get("address_1", ""), "postal_code": address.get("postal_code", ""),
                  "city": address.get("city", ""),
                  "is_virtual": place["location_type"] == "virtual" if "location_type" in place else (known.is_virtual if known else False),
                  "accessibility": (place["accessibility"] or [{}])[0].get("description", "") if "accessibility" in place
                  else (known.accessibility if known else "")}
        location = _sync(report, m.Location, uuid.UUID(place["id"]), **values)
        known_link = m.ServiceAtLocation.objects.filter(pk=link["id"]).first()
        links.append(_sync(report, m.ServiceAtLocation, uuid.UUID(link["id"]), service=service, location=location,
                           description=_given(link, "description", known_link)).pk)
    if not item.get("x_keep_other_locations"):
        _remove_others(service.service_at_locations.all(), links)
    schedules = []
    for entry in item.get("schedules", []):
        known = m.Schedule.objects.filter(pk=entry["id"]).first()
        link_id = entry.get("service_at_location_id") if "service_at_location_id" in entry or known is None \
            else known.service_at_location_id
        schedule = _sync(
            report, m.Schedule, uuid.UUID(entry["id"]), service=service,
            service_at_location=m.ServiceAtLocation.objects.filter(pk=link_id).first() if link_id else None,
            freq=entry["freq"], interval=int(entry.get("interval") or (known.interval if known else 1)),
            byday=entry["byday"].upper().replace(" ", ""),
            opens_at=_clock(entry["opens_at"]), closes_at=_clock(entry["closes_at"]),
            valid_from=_date(entry, "valid_from", known), valid_to=_date(entry, "valid_to", known),
            attending_type=ATTENDING[entry.get("attending_type", "appointment")],
            description=_given(entry, "description", known), notes=_given(entry, "notes", known),
        )
        schedules.append(schedule.pk)
        if "exceptions" not in entry:
            continue
        _remove_others(schedule.exceptions.all(), [
            _sync(report, m.ScheduleException, uuid.UUID(exception["id"]) if exception.get("id") else uuid.uuid5(schedule.pk, exception["date"]),
                  schedule=schedule, date=date.fromisoformat(exception["date"]), closed=bool(exception.get("closed", True)),
                  opens_at=_clock(exception["opens_at"]) if exception.get("opens_at") else None,
                  closes_at=_clock(exception["closes_at"]) if exception.get("closes_at") else None,
                  reason=exception.get("reason", "")).pk
            for exception in entry["exceptions"]
        ])
    _remove_others(service.schedules.all(), schedules)

CSV_COLUMNS = ["id", "organisatie_id", "organisatie", "naam", "omschrijving", "website", "email", "telefoon", "gratis",
               "kosten", "gemeenten", "talen", "termen", "locatie_id", "locatie", "adres", "postcode", "plaats", "tijden"]
CSV_FIELDS = {"id": "id", "organization.id": "organisatie_id", "organization.name": "organisatie", "name": "naam",
              "status": "naam", "attributes": "termen", "schedules": "tijden", "service_at_locations": "locatie_id"}
_CSV_NAMESPACE = uuid.UUID("3c1e2a7e-5d55-4c36-8f0b-1d8f0a3f8e61")
#: "WEEKLY TU 09:00-10:00 inloop"; times separated by " | ".
_ATTENDING_WORDS = {"inloop": "walk-in", "afspraak": "appointment"}


def _schedule_text(schedule):
    word = "inloop" if schedule["attending_type"] == "walk-in" else "afspraak"
    return f"{schedule['freq']} {schedule['byday']} {schedule['opens_at']}-{schedule['closes_at']} {word}"


def export_csv(progress=None, only=None):
    """Every service (or those whose ids are in `only`) as CSV, one row each."""
    progress = progress or Progress()
    out = io.StringIO()
    writer = csv.DictWriter(out, CSV_COLUMNS)
    writer.writeheader()
    for service in progress.items(_build_directory(), "diensten"):
        if only is not None and service["id"] not in only:
            continue
        location = service["locations"][0] if service["locations"] else {}
        writer.writerow({
            "id": service["id"], "organisatie_id": service["organization"]["id"], "organisatie": service["organization"]["name"],
            "naam": service["name"], "omschrijving": service["description"], "website": service["url"], "email": service["email"],
            "telefoon": service["phones"][0]["number"] if service["phones"] else "", "gratis": "ja" if service["is_free"] else "nee",
            "kosten": service["fees_description"],
            "gemeenten": "landelijk" if service["is_national"] else "|".join(service["municipalities"]),
            "talen": "|".join(service["languages"]), "termen": "|".join(term["code"] for term in service["terms"]),
            "locatie_id": location.get("id", ""), "locatie": location.get("name", ""), "adres": location.get("address", ""),
            "postcode": location.get("postal_code", ""), "plaats": location.get("city", ""),
            "tijden": " | ".join(_schedule_text(schedule) for schedule in service["schedules"]),
        })
    return out.getvalue()


def _csv_schedules(service_id, text, location_link_id, report, row):
    existing = {(s.freq, s.byday, s.opens_at.strftime("%H:%M"), s.closes_at.strftime("%H:%M")): str(s.id)
                for s in m.Schedule.objects.filter(service_id=service_id)}
    schedules = []
    for index, part in enumerate(filter(None, (piece.strip() for piece in text.split("|")))):
        words = part.split()
        try:
            freq, byday, hours, attending = words
            opens, closes = hours.split("-")
            attending_type = _ATTENDING_WORDS[attending]
        except (ValueError, KeyError):
            report.error(row, "tijden", f"tijd {index + 1} ({part!r}): schrijf bijvoorbeeld 'WEEKLY TU 09:00-10:00 inloop'")
            continue
        schedule_id = existing.get((freq, byday.upper(), opens, closes)) or str(uuid.uuid5(_CSV_NAMESPACE, f"{service_id}:{part}"))
        entry = {"id": schedule_id, "freq": freq, "byday": byday, "opens_at": opens, "closes_at": closes,
                 "attending_type": attending_type}
        if schedule_id not in existing.values():
            entry["service_at_location_id"] = location_link_id  # a new time is at the row's location
        schedules.append(entry)
    return schedules


def csv_rows(text, report):
    """HSDS rows from the CSV (see CSV_COLUMNS); problems of its own columns go into `report`."""
    reader = csv.DictReader(io.StringIO(text))
    missing = [column for column in CSV_COLUMNS if column not in (reader.fieldnames or [])]
    if missing:
        report.error(0, "(kopregel)", f"kolommen ontbreken: {', '.join(missing)}")
        return []
    terms = {term.code: str(term.id) for term in m.TaxonomyTerm.objects.all()}
    rows = []
    for row, line in enumerate(reader, start=1):
        service_id = line["id"] or str(uuid.uuid5(_CSV_NAMESPACE, f"service:{line['organisatie']}:{line['naam']}"))
        try:
            uuid.UUID(service_id)
        except ValueError:
            report.error(row, "id", "geen geldig id (UUID)")
            continue
        organization_id = line["organisatie_id"] or str(uuid.uuid5(_CSV_NAMESPACE, f"organization:{line['organisatie']}"))
        unknown = [code for code in line["termen"].split("|") if code and code not in terms]
        if unknown:
            report.error(row, "termen", f"onbekende termen: {', '.join(unknown)}")
        if line["gratis"] not in ("ja", "nee", ""):
            report.error(row, "gratis", "schrijf ja of nee")
        item = {
            "id": service_id, "name": line["naam"], "description": line["omschrijving"], "url": line["website"],
            "email": line["email"], "fees_description": line["kosten"], "x_is_free": line["gratis"] == "ja",
            "organization": {"id": organization_id, "name": line["organisatie"]},
            "x_keep_other_locations": True,
            "service_areas": [{"name": NATIONAL_AREA if line["gemeenten"] == "landelijk" else name}
                              for name in line["gemeenten"].split("|") if name],
            "languages": [{"code": code} for code in line["talen"].split("|") if code],
            "attributes": [{"taxonomy_term_id": terms[code]} for code in line["termen"].split("|") if code in terms],
            "phones": [{"id": _first_phone_id(service_id), "number": line["telefoon"]}] if line["telefoon"] else [],
        }
        link_id = None
        if line["locatie"]:
            location_id = line["locatie_id"] or str(uuid.uuid5(_CSV_NAMESPACE, f"location:{organization_id}:{line['locatie']}"))
            existing_link = m.ServiceAtLocation.objects.filter(service_id=service_id, location_id=location_id).first() \
                if _is_uuid(location_id) else None
            link_id = str(existing_link.id) if existing_link else str(uuid.uuid5(_CSV_NAMESPACE, f"sal:{service_id}:{location_id}"))
            item["service_at_locations"] = [{"id": link_id, "location": {
                "id": location_id, "name": line["locatie"],
                "addresses": [{"address_1": line["adres"], "postal_code": line["postcode"], "city": line["plaats"]}]}}]
        if _is_uuid(service_id):
            item["schedules"] = _csv_schedules(service_id, line["tijden"], link_id, report, row)
        rows.append(item)
    return rows


def _first_phone_id(service_id):
    # The CSV has one phone column: it is the service's first phone, whatever its id.
    known = m.Phone.objects.filter(service_id=service_id).order_by("number").values_list("id", flat=True).first() \
        if _is_uuid(service_id) else None
    return str(known or uuid.uuid5(_CSV_NAMESPACE, f"phone:{service_id}"))


def _is_uuid(value):
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return True


def import_csv(text, *, owner=None, editable=None, progress=None):
    """Like `import_services`, from CSV; problems are reported by CSV column where one fits."""
    report = Report()
    rows = csv_rows(text, report)
    if not report.ok:
        return report
    result = import_services(rows, owner=owner, editable=editable, progress=progress)
    result.errors = [(row, CSV_FIELDS.get(name.split("[")[0].split(".")[0] if name.startswith(("schedules", "attributes", "service_at"))
                                           else name, name), message) for row, name, message in result.errors]
    return result
