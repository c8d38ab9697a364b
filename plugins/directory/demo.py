import uuid
from datetime import date, time

from demo.plugins import PluginDemo
from plugins.directory import demo_content as content
from plugins.directory.schedules import occurs_on

#: Demo records get ids derived from a stable key, so loading again updates them in place.
DEMO_NAMESPACE = uuid.UUID("6b0f3f52-6f3e-4d0c-9a57-4b6f1f5f7a11")


def demo_id(key):
    return uuid.uuid5(DEMO_NAMESPACE, key)


class DirectoryDemo(PluginDemo):
    """Taxonomies, national helplines and regional partners for the network; each hub's own partners
    and walk-in hours, kept by that hub."""

    def load_network(self, context):
        from plugins.directory.models import Taxonomy, TaxonomyTerm
        from regions.models import Region

        for name, spec in content.TAXONOMIES.items():
            taxonomy = _upsert(Taxonomy, f"taxonomy:{name}", name=name, description=spec["description"], version="1")
            for code, term_name in spec["terms"].items():
                _upsert(TaxonomyTerm, f"term:{code}", taxonomy=taxonomy, code=code, name=term_name)
        for spec in content.NATIONAL_HELPLINES:
            _partner(spec, f"national:{spec['key']}", is_national=True, place=None)
        regions = {region.slug: region for region in Region.objects.all()}
        regional = [spec for spec in content.REGIONAL_PARTNERS if spec["region"] in regions]
        for spec in regional:
            _partner(spec, f"region:{spec['key']}", owner_region=regions[spec["region"]],
                     municipalities=spec["municipalities"], place=None)
        context.log(f"partneroverzicht: {len(content.NATIONAL_HELPLINES)} landelijke hulplijnen, {len(regional)} regionale partners")

    def load_hub(self, context):
        from tenants.gateway import gateway

        area = content.HUB_AREAS.get(context.hub.slug)
        if area is None:
            return
        hub_id = context.hub.pk
        with gateway.public_schema():
            from tenants.models import Hub

            hub = Hub.objects.get(pk=hub_id)
            for number, template in enumerate(content.LOCAL_PARTNERS):
                surname = area["surnames"][number % len(area["surnames"])]
                spec = {**template,
                        "organization": template["organization"].format(town=area["town"], surname=surname)}
                _partner(spec, f"{hub.slug}:{template['key']}", owner_hub=hub, municipalities=area["municipalities"],
                         place=(area, number))
            walk_in = content.HUB_WALK_INS.get(hub.slug)
            if walk_in:
                _walk_in(walk_in, hub, area)
        context.log(f"partneroverzicht: {len(content.LOCAL_PARTNERS) + bool(walk_in)} eigen partners en inloopspreekuren")


def _upsert(model, key, **fields):
    obj, _ = model.objects.update_or_create(id=demo_id(key), defaults=fields)
    return obj


def _organization(key, name, description, **owner):
    from plugins.directory.models import Organization

    slug = name.lower().replace(" ", "").replace(",", "").replace("'", "")[:30]
    return _upsert(Organization, f"org:{key}", name=name, description=description,
                   email=f"info@{slug}.example.nl",
                   website=f"https://www.{slug}.example.nl", **owner)


def _partner(spec, key, place, is_national=False, municipalities=(), owner_hub=None, owner_region=None):
    from plugins.directory.models import Location, Organization, Phone, Service, ServiceAtLocation

    if is_national:
        organization = _upsert(Organization, f"org:{key}", name=spec["organization"], description=spec["description"],
                               website=spec["url"], email="", owner_hub=None, owner_region=None)
    else:
        # Partners of one organization (a welfare foundation offers several) share its record.
        organization = _organization(f"{key.split(':')[0]}:{spec['organization']}", spec["organization"], spec["description"],
                                     owner_hub=owner_hub, owner_region=owner_region)
    service = _upsert(
        Service, f"service:{key}", organization=organization, name=spec["name"], description=spec["description"],
        url=spec.get("url") or organization.website, email=organization.email, is_free=spec.get("free", False) or is_national,
        fees_description=spec.get("fees", "Gratis." if spec.get("free") or is_national else ""),
        is_national=is_national, municipalities=list(municipalities), languages=spec.get("languages", ["nl"]),
        application_process="Bel of mail ons; bij een inloopspreekuur kunt u ook zonder afspraak langskomen.",
    )
    _set_terms(service, spec["terms"])
    number = spec.get("phone") or _fake_phone(place, key)
    _upsert(Phone, f"phone:{key}", service=service, number=number, description="Algemeen nummer")
    for index, cost in enumerate(spec.get("costs", [])):
        from plugins.directory.models import CostOption

        _upsert(CostOption, f"cost:{key}:{index}", service=service, option=cost["option"], amount=cost["amount"])
    link = None
    if place is not None:
        area, number_in_area = place
        location = _upsert(
            Location, f"location:{key}", organization=organization, name=f"{organization.name}, {area['town']}",
            address=f"Voorbeeldstraat {10 + number_in_area * 3}", postal_code=f"{area['postcode']} A{chr(65 + number_in_area)}",
            city=area["town"], accessibility="Gelijkvloers, met een invalidentoilet.",
        )
        link = _upsert(ServiceAtLocation, f"sal:{key}", service=service, location=location)
    for index, schedule in enumerate(spec["schedules"]):
        _schedule(f"{key}:{index}", service, link, schedule)
    return service


def _walk_in(spec, hub, area):
    from plugins.directory.models import Location, Phone, Service, ServiceAtLocation

    key = f"{hub.slug}:inloop"
    organization = _organization(key, spec["organization"], spec["description"], owner_hub=hub, owner_region=None)
    organization.is_government = True
    organization.save(update_fields=["is_government", "last_modified"])
    service = _upsert(
        Service, f"service:{key}", organization=organization, name=spec["name"], description=spec["description"],
        url=organization.website, email=organization.email, is_free=True, fees_description="Gratis.",
        municipalities=area["municipalities"], languages=["nl", "en"],
        application_process="Loop binnen tijdens het spreekuur; bij een spreekuur op afspraak belt of mailt u vooraf.",
    )
    _set_terms(service, ["inloopspreekuur", spec.get("audience", "ouders")])
    _upsert(Phone, f"phone:{key}", service=service, number=f"{area['phone']} 100", description="Knooppunt")
    for index, session in enumerate(spec["sessions"]):
        location = _upsert(
            Location, f"location:{key}:{index}", organization=organization, name=session["location"],
            address=session.get("address", ""), postal_code=session.get("postal_code", ""), city=session.get("city", ""),
            is_virtual=session.get("virtual", False),
            accessibility="" if session.get("virtual") else "Toegankelijk voor rolstoelen.",
        )
        link = _upsert(ServiceAtLocation, f"sal:{key}:{index}", service=service, location=location)
        _schedule(f"{key}:{index}", service, link, {**session, "attending": session.get("attending", "walk-in")})


def _schedule(key, service, link, spec):
    from plugins.directory.models import Schedule, ScheduleException

    schedule = _upsert(
        Schedule, f"schedule:{key}", service=service, service_at_location=link, freq=spec.get("freq", "WEEKLY"),
        interval=spec.get("interval", 1), byday=spec["byday"], opens_at=time.fromisoformat(spec["opens"]),
        closes_at=time.fromisoformat(spec["closes"]), attending_type=spec.get("attending", "appointment"),
        description=spec.get("with", ""), notes=spec.get("note", ""),
        valid_from=date.fromisoformat(spec["valid_from"]) if spec.get("valid_from") else None,
        valid_to=date.fromisoformat(spec["valid_to"]) if spec.get("valid_to") else None,
    )
    if service.is_national:
        return schedule
    plain = {"freq": schedule.freq, "interval": schedule.interval, "byday": schedule.byday,
             "valid_from": spec.get("valid_from"), "valid_to": spec.get("valid_to")}
    closures = {day: reason for day, reason in content.HOLIDAYS.items() if occurs_on(plain, date.fromisoformat(day))}
    closures.update(spec.get("closed", {}))
    for day, reason in closures.items():
        _upsert(ScheduleException, f"exception:{key}:{day}", schedule=schedule, date=date.fromisoformat(day),
                closed=True, reason=reason, opens_at=None, closes_at=None)
    for day, (opens, closes, reason) in spec.get("changed", {}).items():
        _upsert(ScheduleException, f"exception:{key}:{day}", schedule=schedule, date=date.fromisoformat(day), closed=False,
                opens_at=time.fromisoformat(opens), closes_at=time.fromisoformat(closes), reason=reason)
    return schedule


def _set_terms(service, codes):
    from plugins.directory.models import TaxonomyTerm

    service.terms.set(TaxonomyTerm.objects.filter(code__in=codes))


def _fake_phone(place, key):
    prefix = place[0]["phone"] if place else "088 000"
    return f"{prefix} {sum(map(ord, key)) % 900 + 100}"
