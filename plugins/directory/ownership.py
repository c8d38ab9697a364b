"""
The one place that writes the directory on behalf of an admin user, and decides which records
that user may touch.

- In a hub's admin: the services of organizations that hub owns (`owner_hub`), nothing else.
- In the portal's admin: coordinators keep the records no hub owns: those of the regions in their
  scope, and (whole-network coordinators) the national ones.

Every lookup by id goes through `editable_services`, so an id of another hub's or the region's
record answers 404, however the request was made. Everything runs in the public schema through
the gateway and returns plain data.
"""

from django.db import transaction
from django.db.models import Q
from django.http import Http404

from plugins.directory import models as m
from plugins.directory.forms import exceptions_text
from regions.scopes import scope_of
from tenants.current import current_hub
from tenants.gateway import gateway


class Editor:
    """Who edits, resolved while the request is still in its own schema."""

    def __init__(self, request):
        self.hub = current_hub(request)
        self.scope = None if self.hub else scope_of(request.user)

    @property
    def may_edit(self):
        return self.hub is not None or not self.scope.is_empty

    def organizations_filter(self):
        if self.hub is not None:
            return Q(owner_hub_id=self.hub.pk)
        if self.scope.whole_network:
            return Q(owner_hub__isnull=True)
        return Q(owner_hub__isnull=True, owner_region_id__in=self.scope.region_ids)

    def default_owner(self):
        if self.hub is not None:
            return {"owner_hub_id": self.hub.pk, "owner_region_id": None}
        region_ids = sorted(self.scope.region_ids)
        return {"owner_hub_id": None, "owner_region_id": None if self.scope.whole_network else region_ids[0]}


def _services(editor):
    return m.Service.objects.filter(organization__in=m.Organization.objects.filter(editor.organizations_filter()))


def editable_services(editor):
    def build():
        return [
            {"id": str(service.id), "name": service.name, "organization": service.organization.name,
             "schedules": service.schedules.count(), "last_modified": service.last_modified}
            for service in _services(editor).select_related("organization").order_by("organization__name", "name")
        ]

    return gateway.run(build)


def editable_organizations(editor):
    return gateway.run(lambda: [(str(o.id), o.name) for o in m.Organization.objects.filter(editor.organizations_filter())])


def term_choices():
    return gateway.run(lambda: [(term.code, f"{term.taxonomy.name}: {term.name}")
                                for term in m.TaxonomyTerm.objects.select_related("taxonomy").order_by("taxonomy__name", "name")])


def load_service(editor, service_id):
    """The form data of a service `editor` may edit; 404 for any other id."""

    def build():
        service = _services(editor).filter(pk=service_id).select_related("organization").first()
        if service is None:
            return None
        link = service.service_at_locations.select_related("location").first()
        location = link.location if link else None
        return {
            "service": {
                "organization": str(service.organization_id), "new_organization": "", "name": service.name,
                "description": service.description, "url": service.url, "email": service.email,
                "phone": service.phones.values_list("number", flat=True).first() or "",
                "is_free": service.is_free, "fees_description": service.fees_description,
                "municipalities": ", ".join(service.municipalities), "languages": ", ".join(service.languages),
                "terms": list(service.terms.values_list("code", flat=True)),
                "location_name": location.name if location else "", "address": location.address if location else "",
                "postal_code": location.postal_code if location else "", "city": location.city if location else "",
            },
            "schedules": [
                {"id": str(s.id), "freq": s.freq, "byday": s.byday, "opens_at": s.opens_at, "closes_at": s.closes_at,
                 "attending_type": s.attending_type, "description": s.description, "notes": s.notes,
                 "valid_from": s.valid_from, "valid_to": s.valid_to,
                 "exceptions": exceptions_text(s.exceptions.order_by("date").values())}
                for s in service.schedules.order_by("byday", "opens_at")
            ],
        }

    data = gateway.run(build)
    if data is None:
        raise Http404("Deze dienst bestaat niet of u mag hem niet bewerken.")
    return data


def save_service(editor, service_id, data, schedules):
    """Create (service_id None) or update a service the editor may edit, with its location and schedules."""

    def write():
        with transaction.atomic():
            if service_id is not None:
                service = _services(editor).filter(pk=service_id).first()
                if service is None:
                    raise Http404("Deze dienst bestaat niet of u mag hem niet bewerken.")
            else:
                service = m.Service()
            organizations = m.Organization.objects.filter(editor.organizations_filter())
            if data["new_organization"]:
                organization = m.Organization.objects.create(
                    name=data["new_organization"], description=data["description"], **editor.default_owner()
                )
            else:
                organization = organizations.filter(pk=data["organization"]).first()
                if organization is None:
                    raise Http404("Deze organisatie bestaat niet of u mag hem niet bewerken.")
            for field in ("name", "description", "url", "email", "is_free", "fees_description", "municipalities", "languages"):
                setattr(service, field, data[field])
            service.organization = organization
            service.save()
            service.terms.set(m.TaxonomyTerm.objects.filter(code__in=data["terms"]))
            service.phones.all().delete()
            if data["phone"]:
                m.Phone.objects.create(service=service, number=data["phone"])
            link = None
            if data["location_name"]:
                link = service.service_at_locations.select_related("location").first()
                location = link.location if link else m.Location(organization=organization)
                for field in ("address", "postal_code", "city"):
                    setattr(location, field, data[field])
                location.name = data["location_name"]
                location.save()
                link = link or m.ServiceAtLocation.objects.create(service=service, location=location)
            kept = []
            for entry in schedules:
                schedule = service.schedules.filter(pk=entry.get("id") or None).first() or m.Schedule(service=service)
                for field in ("freq", "byday", "opens_at", "closes_at", "attending_type", "description", "notes", "valid_from", "valid_to"):
                    setattr(schedule, field, entry[field])
                schedule.service_at_location = schedule.service_at_location or link
                schedule.save()
                kept.append(schedule.pk)
                days = [item["date"] for item in entry["exceptions"]]
                schedule.exceptions.exclude(date__in=days).delete()
                for item in entry["exceptions"]:
                    m.ScheduleException.objects.update_or_create(
                        schedule=schedule, date=item["date"],
                        defaults={key: item[key] for key in ("closed", "opens_at", "closes_at", "reason")},
                    )
            service.schedules.exclude(pk__in=kept).delete()
            return str(service.id)

    return gateway.run(write)
