"""
The HSDS 3 API (`/api/hsds/`) on every host: on a hub limited to its service area, on the
portal the whole network. Errors are JSON: 404 for unknown ids, 400 for bad parameters.
"""

import math
import uuid
from datetime import datetime

from django.http import JsonResponse
from django.utils.dateparse import parse_date, parse_datetime
from django.views.decorators.http import require_GET

from plugins.directory import hsds
from plugins.directory.reading import services_for, taxonomies
from plugins.directory.schedules import AMSTERDAM
from tenants.current import current_hub

MAX_PER_PAGE = 200
DEFAULT_PER_PAGE = 50


class BadParameter(ValueError):
    pass


def _error(status, message):
    return JsonResponse({"error": {"status": status, "message": message}}, status=status)


def _json_view(view):
    @require_GET
    def wrapped(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except BadParameter as error:
            return _error(400, str(error))

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


def _positive_int(request, name, default, maximum=None):
    raw = request.GET.get(name)
    if raw in (None, ""):
        return default
    if not raw.isdigit() or int(raw) < 1:
        raise BadParameter(f"'{name}' moet een positief geheel getal zijn.")
    value = int(raw)
    if maximum and value > maximum:
        raise BadParameter(f"'{name}' mag hoogstens {maximum} zijn.")
    return value


def _uuid_param(request, name):
    raw = request.GET.get(name)
    if raw in (None, ""):
        return None
    try:
        return str(uuid.UUID(raw))
    except ValueError:
        raise BadParameter(f"'{name}' moet een UUID zijn.") from None


def _modified_after(request):
    raw = request.GET.get("modified_after")
    if raw in (None, ""):
        return None
    try:
        value = parse_datetime(raw.replace(" ", "+"))
        if value is None:
            day = parse_date(raw)
            value = datetime(day.year, day.month, day.day) if day else None
    except ValueError:
        value = None
    if value is None:
        raise BadParameter("'modified_after' moet een datum of tijdstip in ISO 8601 zijn, bijvoorbeeld 2026-11-01T00:00:00Z.")
    if value.tzinfo is None:
        value = value.replace(tzinfo=AMSTERDAM)
    return value


def _paginate(request, items, serialize):
    page = _positive_int(request, "page", 1)
    per_page = _positive_int(request, "per_page", DEFAULT_PER_PAGE, MAX_PER_PAGE)
    total = len(items)
    total_pages = max(math.ceil(total / per_page), 1)
    contents = [serialize(item) for item in items[(page - 1) * per_page: page * per_page]]
    return JsonResponse({
        "total_items": total,
        "total_pages": total_pages,
        "page_number": page,
        "size": len(contents),
        "first_page": page == 1,
        "last_page": page >= total_pages,
        "empty": not contents,
        "contents": contents,
    })


def _matches(text_parts, query):
    haystack = " ".join(part or "" for part in text_parts).lower()
    return all(word in haystack for word in query.lower().split())


def _filtered_services(request):
    services = services_for(current_hub(request))
    query = request.GET.get("search", "").strip()
    term_id = _uuid_param(request, "taxonomy_term_id")
    taxonomy_id = _uuid_param(request, "taxonomy_id")
    organization_id = _uuid_param(request, "organization_id")
    modified_after = _modified_after(request)
    if query:
        services = [s for s in services if _matches([s["name"], s["description"], s["organization"]["name"],
                                                     *(t["name"] for t in s["terms"])], query)]
    if term_id:
        services = [s for s in services if any(t["id"] == term_id for t in s["terms"])]
    if taxonomy_id:
        services = [s for s in services if any(t["taxonomy_id"] == taxonomy_id for t in s["terms"])]
    if organization_id:
        services = [s for s in services if s["organization"]["id"] == organization_id]
    if modified_after:
        services = [s for s in services if datetime.fromisoformat(s["last_modified"]) >= modified_after]
    return services


def _lookup_id(value):
    try:
        return str(uuid.UUID(value))
    except ValueError:
        return None


@_json_view
def root(request):
    hub = current_hub(request)
    base = request.build_absolute_uri("/api/hsds/")
    return JsonResponse({
        "version": hsds.HSDS_VERSION,
        "profile": "https://openreferral.org/",
        "openapi_url": "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json",
        "publisher": hub.name if hub else "Knooppunt (regionaal portaal)",
        "endpoints": {name: base + name for name in
                      ("services", "organizations", "service_at_locations", "taxonomies", "taxonomy_terms")},
    })


@_json_view
def services(request):
    full = request.GET.get("full", "").lower() in ("1", "true")
    return _paginate(request, _filtered_services(request), hsds.service_full if full else hsds.service_list_item)


@_json_view
def service_detail(request, service_id):
    wanted = _lookup_id(service_id)
    service = next((s for s in services_for(current_hub(request)) if s["id"] == wanted), None)
    if service is None:
        return _error(404, "Deze dienst bestaat niet, of hoort niet bij het gebied van deze website.")
    return JsonResponse(hsds.service_full(service))


def _organizations(request):
    by_id = {}
    for service in services_for(current_hub(request)):
        by_id.setdefault(service["organization"]["id"], (service["organization"], []))[1].append(service)
    return by_id


@_json_view
def organizations(request):
    query = request.GET.get("search", "").strip()
    modified_after = _modified_after(request)
    found = sorted(_organizations(request).values(), key=lambda entry: entry[0]["name"])
    if query:
        found = [entry for entry in found if _matches([entry[0]["name"], entry[0]["description"]], query)]
    if modified_after:
        found = [entry for entry in found if datetime.fromisoformat(entry[0]["last_modified"]) >= modified_after]
    full = request.GET.get("full", "").lower() in ("1", "true")
    return _paginate(request, found, lambda entry: hsds.organization_full(*entry) if full else hsds.organization_list_item(entry[0]))


@_json_view
def organization_detail(request, organization_id):
    entry = _organizations(request).get(_lookup_id(organization_id))
    if entry is None:
        return _error(404, "Deze organisatie bestaat niet, of hoort niet bij het gebied van deze website.")
    return JsonResponse(hsds.organization_full(*entry))


def _service_at_locations(request, services):
    return [(service, data) for service in services for data in service["locations"]]


@_json_view
def service_at_locations(request):
    pairs = _service_at_locations(request, _filtered_services(request))
    return _paginate(request, pairs, lambda pair: hsds.service_at_location_item(*pair))


@_json_view
def service_at_location_detail(request, sal_id):
    wanted = _lookup_id(sal_id)
    pair = next((pair for pair in _service_at_locations(request, services_for(current_hub(request)))
                 if pair[1]["service_at_location_id"] == wanted), None)
    if pair is None:
        return _error(404, "Deze dienst op locatie bestaat niet, of hoort niet bij het gebied van deze website.")
    return JsonResponse(hsds.service_at_location_item(*pair, full=True))


@_json_view
def taxonomy_list(request):
    query = request.GET.get("search", "").strip()
    found = [t for t in taxonomies() if not query or _matches([t["name"], t["description"]], query)]
    return _paginate(request, found, _taxonomy_item)


def _taxonomy_item(taxonomy):
    return {"id": taxonomy["id"], "name": taxonomy["name"], "description": taxonomy["description"], "version": taxonomy["version"]}


def _term_items(taxonomy_id=None):
    return [
        {"id": term["id"], "code": term["code"], "name": term["name"], "description": term["description"] or term["name"],
         "taxonomy": taxonomy["name"], "taxonomy_id": taxonomy["id"], "language": "nl"}
        for taxonomy in taxonomies() if not taxonomy_id or taxonomy["id"] == taxonomy_id
        for term in taxonomy["terms"]
    ]


@_json_view
def taxonomy_detail(request, taxonomy_id):
    found = next((t for t in taxonomies() if t["id"] == _lookup_id(taxonomy_id)), None)
    if found is None:
        return _error(404, "Deze taxonomie bestaat niet.")
    return JsonResponse(_taxonomy_item(found))


@_json_view
def taxonomy_term_detail(request, term_id):
    found = next((term for term in _term_items() if term["id"] == _lookup_id(term_id)), None)
    if found is None:
        return _error(404, "Deze term bestaat niet.")
    return JsonResponse(found)


@_json_view
def taxonomy_terms(request):
    query = request.GET.get("search", "").strip()
    taxonomy_id = _uuid_param(request, "taxonomy_id")
    terms = _term_items(taxonomy_id)
    if query:
        terms = [term for term in terms if _matches([term["name"], term["code"]], query)]
    return _paginate(request, terms, lambda term: term)


def not_found(request, rest=""):
    return _error(404, "Onbekend adres in de HSDS-API.")
