"""
Reading the directory for a hub (or the portal): always through the gateway, as plain data.

The whole directory is built once into dicts and cached in the network cache until any of its
records changes; a hub's view of it is that list filtered to the hub's service area.
"""

from django.db.models import Prefetch, Q

from plugins.directory import models as m
from plugins.directory.schedules import week_order
from tenants.gateway import gateway


def _clock(value):
    return value.strftime("%H:%M") if value else None


def _schedule(schedule):
    return {
        "id": str(schedule.id),
        "service_at_location_id": str(schedule.service_at_location_id) if schedule.service_at_location_id else None,
        "freq": schedule.freq,
        "interval": schedule.interval,
        "byday": schedule.byday,
        "opens_at": _clock(schedule.opens_at),
        "closes_at": _clock(schedule.closes_at),
        "valid_from": schedule.valid_from.isoformat() if schedule.valid_from else None,
        "valid_to": schedule.valid_to.isoformat() if schedule.valid_to else None,
        "attending_type": schedule.attending_type,
        "description": schedule.description,
        "notes": schedule.notes,
        "exceptions": [
            {
                "id": str(item.id),
                "date": item.date.isoformat(),
                "closed": item.closed,
                "opens_at": _clock(item.opens_at),
                "closes_at": _clock(item.closes_at),
                "reason": item.reason,
            }
            for item in schedule.exceptions.all()
        ],
    }


def _organization(organization):
    return {
        "id": str(organization.id),
        "name": organization.name,
        "alternate_name": organization.alternate_name,
        "description": organization.description,
        "email": organization.email,
        "website": organization.website,
        "is_government": organization.is_government,
        "owner_hub": organization.owner_hub.slug if organization.owner_hub_id else None,
        "owner_region": organization.owner_region.slug if organization.owner_region_id else None,
        "last_modified": organization.last_modified.isoformat(),
    }


def _service(service):
    # Monday first, as residents read a week (the byday codes do not sort that way).
    schedules = sorted((_schedule(schedule) for schedule in service.schedules.all()), key=week_order)
    locations = []
    for link in service.service_at_locations.all():
        location = link.location
        locations.append({
            "service_at_location_id": str(link.id),
            "service_at_location_description": link.description,
            "last_modified": max(link.last_modified, location.last_modified).isoformat(),
            "id": str(location.id),
            "name": location.name,
            "description": location.description,
            "address": location.address,
            "postal_code": location.postal_code,
            "city": location.city,
            "is_virtual": location.is_virtual,
            "accessibility": location.accessibility,
        })
    return {
        "id": str(service.id),
        "name": service.name,
        "description": service.description,
        "url": service.url,
        "email": service.email,
        "status": service.status,
        "application_process": service.application_process,
        "is_free": service.is_free,
        "fees_description": service.fees_description,
        "is_national": service.is_national,
        "municipalities": list(service.municipalities),
        "languages": list(service.languages),
        "terms": [
            {"id": str(term.id), "code": term.code, "name": term.name, "taxonomy": term.taxonomy.name,
             "taxonomy_id": str(term.taxonomy_id)}
            for term in service.terms.all()
        ],
        "organization": _organization(service.organization),
        "locations": locations,
        "phones": [{"id": str(phone.id), "number": phone.number, "description": phone.description} for phone in service.phones.all()],
        "contacts": [
            {"id": str(contact.id), "name": contact.name, "title": contact.title, "email": contact.email}
            for contact in service.contacts.all()
        ],
        "cost_options": [
            {"id": str(cost.id), "option": cost.option, "amount": float(cost.amount) if cost.amount is not None else None}
            for cost in service.cost_options.all()
        ],
        "schedules": schedules,
        "last_modified": service.last_modified.isoformat(),
    }


def _build_directory(hub_id=None, municipalities=()):
    """Every service, or (with `hub_id`) those in the area of that hub: national, its own, or covering
    one of its `municipalities`."""
    services = m.Service.objects.all()
    if hub_id is not None:
        services = services.filter(
            Q(is_national=True) | Q(organization__owner_hub_id=hub_id) | Q(municipalities__overlap=list(municipalities))
        )
    services = (
        services.select_related("organization__owner_hub", "organization__owner_region")
        .prefetch_related(
            Prefetch("terms", queryset=m.TaxonomyTerm.objects.select_related("taxonomy")),
            Prefetch("service_at_locations", queryset=m.ServiceAtLocation.objects.select_related("location").order_by("location__name")),
            "phones",
            "contacts",
            "cost_options",
            Prefetch("schedules", queryset=m.Schedule.objects.prefetch_related("exceptions").order_by("byday", "opens_at")),
        )
        .order_by("name")
    )
    return [_service(service) for service in services]


def _build_taxonomies():
    return [
        {
            "id": str(taxonomy.id), "name": taxonomy.name, "description": taxonomy.description,
            "uri": taxonomy.uri, "version": taxonomy.version,
            "terms": [
                {"id": str(term.id), "code": term.code, "name": term.name, "description": term.description}
                for term in taxonomy.terms.order_by("name")
            ],
        }
        for taxonomy in m.Taxonomy.objects.order_by("name")
    ]


def all_services():
    """Every service of the network, as dicts (see `_service`)."""
    return gateway.query("directory-services", _build_directory, models=m.TRACKED_MODELS, language="nl", memo=True)


def taxonomies():
    return gateway.query("directory-taxonomies", _build_taxonomies, models=[m.Taxonomy, m.TaxonomyTerm], language="nl", memo=True)


def serves_hub(service, hub):
    """Whether `service` is in `hub`'s area: national, covering one of its municipalities, or its own
    (the same rule as `_build_directory`, for code that holds the whole list)."""
    if service["is_national"] or service["organization"]["owner_hub"] == hub.slug:
        return True
    return bool(set(service["municipalities"]) & set(hub.municipalities or []))


def services_for(hub):
    """The services shown in `hub` (every service on the portal, where `hub` is None).

    Cached per hub, so a hub reads only its own area from the cache, not the whole network's."""
    if hub is None:
        return all_services()
    params = {"hub_id": hub.pk, "municipalities": sorted(hub.municipalities or [])}
    return gateway.query("directory-hub-services", _build_directory, models=m.TRACKED_MODELS, params=params, language="nl",
                         memo=True)


def service_for(hub, service_id):
    return next((service for service in services_for(hub) if service["id"] == str(service_id)), None)
