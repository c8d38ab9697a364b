"""The directory in a hub: the filterable list, a page per service, the walk-in overview, the iCal feed."""

from datetime import timedelta

from django.http import Http404, HttpResponse
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import cache_control

from plugins.directory import presenting
from plugins.directory.reading import service_for, services_for, taxonomies
from plugins.directory.schedules import is_open, sessions_between
from tenants.current import current_hub

PER_PAGE = 20
# Lazy: the labels follow the language of the page; the query parameters stay Dutch.
FILTER_FLAGS = {"gratis": _("Gratis"), "inloop": _("Inloop zonder afspraak"), "nu-open": _("Nu open")}
LANGUAGE_LABELS = {"nl": _("Nederlands"), "en": _("Engels"), "de": _("Duits"), "tr": _("Turks"), "ar": _("Arabisch"),
                   "pl": _("Pools")}


def _terms(taxonomy_name):
    return [term for taxonomy in taxonomies() if taxonomy["name"] == taxonomy_name for term in taxonomy["terms"]]


def _choice(request, name, allowed):
    value = request.GET.get(name, "")
    return value if value in allowed else ""


#: "Nu open" and the next session change with the clock: the page cache must not keep these pages.
clock_dependent = cache_control(no_cache=True)


@clock_dependent
def directory(request):
    hub = current_hub(request)
    services = services_for(hub)
    categories, audiences = _terms("categorie"), _terms("doelgroep")
    languages = sorted({code for service in services for code in service["languages"]}, key=lambda code: (code != "nl", code))
    chosen = {
        "categorie": _choice(request, "categorie", {term["code"] for term in categories}),
        "doelgroep": _choice(request, "doelgroep", {term["code"] for term in audiences}),
        "taal": _choice(request, "taal", set(languages)),
        "q": request.GET.get("q", "").strip()[:100],
        **{flag: request.GET.get(flag) == "1" for flag in FILTER_FLAGS},
    }
    moment = presenting.now()
    matching = []
    for service in services:
        codes = {term["code"] for term in service["terms"]}
        if chosen["categorie"] and chosen["categorie"] not in codes:
            continue
        if chosen["doelgroep"] and chosen["doelgroep"] not in codes:
            continue
        if chosen["taal"] and chosen["taal"] not in service["languages"]:
            continue
        if chosen["gratis"] and not service["is_free"]:
            continue
        if chosen["q"] and chosen["q"].lower() not in f"{service['name']} {service['description']} {service['organization']['name']}".lower():
            continue
        if chosen["inloop"] and not any(schedule["attending_type"] == "walk-in" for schedule in service["schedules"]):
            continue
        if chosen["nu-open"] and not is_open(service["schedules"], moment):
            continue
        matching.append(service)
    # National helplines are few and shown on every page; local help is paged, and only the services
    # on the page get their next session computed.
    national = [presenting.summary(service, moment) for service in matching if service["is_national"]]
    page = Paginator([service for service in matching if not service["is_national"]], PER_PAGE).get_page(request.GET.get("pagina"))
    local = [presenting.summary(service, moment) for service in page]
    query = request.GET.copy()
    query.pop("pagina", None)
    return render(request, "directory/directory.html", {
        "local": local,
        "national": national,
        "page": page,
        "page_query": query.urlencode(),
        "count": len(matching),
        "categories": categories,
        "audiences": audiences,
        "languages": [(code, LANGUAGE_LABELS.get(code, code)) for code in languages],
        "flags": [(flag, label, chosen[flag]) for flag, label in FILTER_FLAGS.items()],
        "chosen": chosen,
        "hub": hub,
    })


@clock_dependent
def service_detail(request, service_id):
    service = service_for(current_hub(request), service_id)
    if service is None:
        raise Http404("Deze hulpverlener staat niet in het overzicht van deze hub.")
    # A copy: the cached service is shared by every request.
    service = {**service, "locations": [
        {**location, "route_url": presenting.route_url(location) if location["address"] and not location["is_virtual"] else ""}
        for location in service["locations"]
    ]}
    moment = presenting.now()
    upcoming = sessions_between([s for s in service["schedules"] if s["attending_type"] == "walk-in"], moment, moment + timedelta(days=120))
    return render(request, "directory/service.html", {
        "service": service,
        "hours": presenting.hours(service),
        "next_walk_in": presenting.session_view(upcoming[0], service) if upcoming else None,
        "open_now": presenting.summary(service, moment)["open_now"],
        "json_ld": presenting.json_ld(service, request.build_absolute_uri()),
        "languages": [LANGUAGE_LABELS.get(code, code) for code in service["languages"]],
    })


def _coming_walk_ins(hub, moment, weeks):
    sessions = []
    for service in services_for(hub):
        walk_ins = [schedule for schedule in service["schedules"] if schedule["attending_type"] == "walk-in"]
        sessions += [presenting.session_view(session, service)
                     for session in sessions_between(walk_ins, moment, moment + timedelta(weeks=weeks))]
    return sorted(sessions, key=lambda session: session["starts"])


@clock_dependent
def walk_in_overview(request):
    moment = presenting.now()
    sessions = _coming_walk_ins(current_hub(request), moment, weeks=2)
    days = []
    for session in sessions:
        if not days or days[-1]["label"] != session["date_label"]:
            days.append({"label": session["date_label"], "sessions": []})
        days[-1]["sessions"].append(session)
    return render(request, "directory/walk_ins.html", {"days": days, "hub": current_hub(request)})


def walk_in_feed(request):
    hub = current_hub(request)
    body = presenting.icalendar(hub.name, request.get_host().split(":")[0], services_for(hub))
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="inloopspreekuren-{hub.slug}.ics"'
    return response
