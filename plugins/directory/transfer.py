"""
Export and import of the directory as HSDS 3 JSON: a list of full service objects.

Import checks every row first and reports every problem with its row and field; one problem and
nothing is written. Records are matched by their HSDS ids, and a record whose values are
unchanged is not saved, so importing the same file twice changes nothing (not even
`last_modified`). HSDS has no holiday exceptions: the export adds them to each schedule as
`exceptions` (other HSDS readers ignore the key).
"""

import uuid
from dataclasses import dataclass, field
from datetime import date, time

from django.db import transaction

from hubplatform.progress import Progress
from plugins.directory import hsds
from plugins.directory import models as m
from plugins.directory.reading import _build_directory
from plugins.directory.schedules import parse_byday

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
    with transaction.atomic():
        for item in progress.items(rows, "importeren"):
            _import_one(item, owner or {}, report)
    return report


def _import_one(item, owner, report):
    data = item["organization"]
    org_id = uuid.UUID(data["id"])
    existing = m.Organization.objects.filter(pk=org_id).first()
    organization = _sync(report, m.Organization, org_id, name=data["name"], description=data.get("description", ""),
                         email=data.get("email", ""), website=data.get("website", ""),
                         **({} if existing else owner))
    areas = [area.get("name", "") for area in item.get("service_areas", [])]
    costs = [cost for cost in item.get("cost_options", []) if not (cost.get("amount") == 0 and cost.get("option") == "Gratis")]
    service = _sync(
        report, m.Service, uuid.UUID(item["id"]), organization=organization, name=item["name"],
        description=item.get("description", ""), url=item.get("url", ""), email=item.get("email", ""),
        status=item.get("status", "active"), application_process=item.get("application_process", ""),
        fees_description=item.get("fees_description", ""),
        is_free=any(cost.get("amount") == 0 for cost in item.get("cost_options", [])),
        is_national=NATIONAL_AREA in areas, municipalities=[name for name in areas if name != NATIONAL_AREA],
        languages=[language["code"] for language in item.get("languages", []) if language.get("code")],
    )
    term_ids = {uuid.UUID(str(attribute["taxonomy_term_id"])) for attribute in item.get("attributes", [])}
    if set(service.terms.values_list("id", flat=True)) != term_ids:
        service.terms.set(term_ids)
    _remove_others(service.phones.all(), [
        _sync(report, m.Phone, uuid.UUID(phone["id"]), service=service, number=phone["number"],
              description=phone.get("description", "")).pk
        for phone in item.get("phones", [])
    ])
    _remove_others(service.contacts.all(), [
        _sync(report, m.Contact, uuid.UUID(contact["id"]), service=service, name=contact.get("name", ""),
              title=contact.get("title", ""), email=contact.get("email", "")).pk
        for contact in item.get("contacts", [])
    ])
    _remove_others(service.cost_options.all(), [
        _sync(report, m.CostOption, uuid.UUID(cost["id"]), service=service, option=cost.get("option", ""),
              amount=cost.get("amount")).pk
        for cost in costs
    ])
    links = []
    for link in item.get("service_at_locations", []):
        place = link["location"]
        address = (place.get("addresses") or [{}])[0]
        accessibility = (place.get("accessibility") or [{}])[0]
        location = _sync(report, m.Location, uuid.UUID(place["id"]), organization=organization, name=place.get("name", ""),
                         description=place.get("description", ""), address=address.get("address_1", ""),
                         postal_code=address.get("postal_code", ""), city=address.get("city", ""),
                         is_virtual=place.get("location_type") == "virtual",
                         accessibility=accessibility.get("description", ""))
        links.append(_sync(report, m.ServiceAtLocation, uuid.UUID(link["id"]), service=service, location=location,
                           description=link.get("description", "")).pk)
    _remove_others(service.service_at_locations.all(), links)
    schedules = []
    for entry in item.get("schedules", []):
        link_id = entry.get("service_at_location_id")
        schedule = _sync(
            report, m.Schedule, uuid.UUID(entry["id"]), service=service,
            service_at_location=m.ServiceAtLocation.objects.filter(pk=link_id).first() if link_id else None,
            freq=entry["freq"], interval=int(entry.get("interval") or 1), byday=entry["byday"].upper().replace(" ", ""),
            opens_at=_clock(entry["opens_at"]), closes_at=_clock(entry["closes_at"]),
            valid_from=date.fromisoformat(entry["valid_from"]) if entry.get("valid_from") else None,
            valid_to=date.fromisoformat(entry["valid_to"]) if entry.get("valid_to") else None,
            attending_type=ATTENDING[entry.get("attending_type", "appointment")],
            description=entry.get("description", ""), notes=entry.get("notes", ""),
        )
        schedules.append(schedule.pk)
        _remove_others(schedule.exceptions.all(), [
            _sync(report, m.ScheduleException, uuid.UUID(exception["id"]) if exception.get("id") else uuid.uuid5(schedule.pk, exception["date"]),
                  schedule=schedule, date=date.fromisoformat(exception["date"]), closed=bool(exception.get("closed", True)),
                  opens_at=_clock(exception["opens_at"]) if exception.get("opens_at") else None,
                  closes_at=_clock(exception["closes_at"]) if exception.get("closes_at") else None,
                  reason=exception.get("reason", "")).pk
            for exception in entry.get("exceptions", [])
        ])
    _remove_others(service.schedules.all(), schedules)
