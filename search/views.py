from urllib.parse import urlencode

from django.conf import settings
from django.http import Http404, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext
from django.views.decorators.cache import never_cache

from pages.models import AUDIENCE_CHOICES
from search import service, statistics
from search.helplines import NATIONAL_HELPLINES, crisis_helplines, walk_in_sessions
from search.models import KIND_LABELS, IndexedDocument
from tenants.current import current_hub
from tenants.gateway import gateway

AUDIENCE_LABELS = dict(AUDIENCE_CHOICES)


def _word(value, limit):
    """A filter value as searched: printable characters only, cut at `limit`."""
    return service.clean_query(value)[:limit]


def _parameters(request):
    """The search parameters, whatever was sent: unknown ones ignored, the last of repeated ones used."""
    get = request.GET
    try:
        page = int(get.get("page") or 1)
    except (TypeError, ValueError, OverflowError):
        page = 1
    return {
        "query": service.clean_query(get.get("q")),
        "scope": _word(get.get("scope"), 10) or "all",
        "kind": _word(get.get("kind"), 40),
        "audience": _word(get.get("audience"), 20),
        "hub_slug": _word(get.get("hub"), 50),
        "page": max(1, min(page, service.MAX_PAGE)),
    }


def _language(request):
    """The resident's language: `lang=`, else the page's (/en/zoeken/), else Dutch."""
    requested = _word(request.GET.get("lang"), 5) or translation.get_language() or "nl"
    return requested if requested in dict(settings.LANGUAGES) else "nl"


def _run(request):
    parameters = _parameters(request)
    hub = current_hub(request)
    outcome = service.search(
        parameters["query"],
        hub=hub,
        scope=parameters["scope"],
        kind=parameters["kind"],
        audience=parameters["audience"],
        hub_slug=parameters["hub_slug"],
        page=parameters["page"],
        language=_language(request),
    )
    return parameters, hub, outcome


def _link(parameters, **changes):
    values = {"q": parameters["query"], "scope": parameters["scope"], "kind": parameters["kind"],
              "audience": parameters["audience"], "hub": parameters["hub_slug"], "page": 1}
    values.update(changes)
    return "?" + urlencode({key: value for key, value in values.items() if value not in ("", None, 1) or key == "q"})


def _facets(outcome, parameters):
    names, slugs = outcome.hub_names, outcome.hub_slugs
    groups = []
    for name, title, labels, current in (
        ("kind", gettext("Soort"), KIND_LABELS, parameters["kind"]),
        ("audience", gettext("Voor wie"), AUDIENCE_LABELS, parameters["audience"]),
        ("hub", gettext("Hub"), None, parameters["hub_slug"]),
    ):
        options = []
        for value, count in sorted(outcome.facets.get(name, {}).items(), key=lambda item: -item[1]):
            key = slugs.get(value, "") if name == "hub" else value
            label = names.get(value, key) if name == "hub" else (gettext(labels[value]) if value in labels else value)
            options.append({"value": key, "label": label, "count": count, "selected": key == current,
                            "url": _link(parameters, **{name: "" if key == current else key})})
        if options:
            groups.append({"name": name, "title": title, "options": options})
    return groups


def _click_url(result, query):
    return "/zoeken/naar/?" + urlencode({"q": query, "naar": result.url})


@never_cache
def search(request):
    parameters, hub, outcome = _run(request)
    # Counted once per search a resident starts: not the further pages, not a filter narrowing it
    # (whose "nothing found" says nothing about the words), not HEAD requests of link checkers.
    filtered = parameters["kind"] or parameters["audience"] or parameters["hub_slug"]
    if outcome.query and parameters["page"] == 1 and not filtered and request.method == "GET":
        statistics.record_search(hub, outcome.query, outcome.count)
    for result in outcome.results:
        result.click_url = _click_url(result, outcome.query)
    context = {
        "query": outcome.query,
        "outcome": outcome,
        "hub": hub,
        "scopes": [
            # Without the hub filter: another hub's, kept into "deze hub", found nothing and hid the filters.
            {"value": value, "label": gettext(label), "selected": value == outcome.scope, "url": _link(parameters, scope=value, hub="")}
            for value, label in service.SCOPES.items()
        ] if hub else [],
        "facets": _facets(outcome, parameters),
        "suggestion_url": _link(parameters, q=outcome.suggestion) if outcome.suggestion else "",
        "previous_url": _link(parameters, page=outcome.page - 1) if outcome.page > 1 else "",
        "next_url": _link(parameters, page=outcome.page + 1) if outcome.page < outcome.pages else "",
        "first_number": (outcome.page - 1) * service.PAGE_SIZE + 1,
    }
    crisis = crisis_helplines(outcome.query)
    context["crisis_helplines"] = [{**line, "text": gettext(line["text"])} for line in crisis]
    if outcome.query and not outcome.count:
        context["walk_in_sessions"] = walk_in_sessions(hub)
        # The rest of them: those the query asked for stand above, first.
        context["helplines"] = [{**line, "text": gettext(line["text"])} for line in NATIONAL_HELPLINES if line not in crisis]
    return render(request, "search/search.html", context)


@never_cache
def api_search(request):
    parameters, hub, outcome = _run(request)
    slugs, names = outcome.hub_slugs, outcome.hub_names
    return JsonResponse(
        {
            "query": outcome.query,
            "scope": outcome.scope,
            "count": outcome.count,
            "page": outcome.page,
            "pages": outcome.pages,
            "results": [
                {"title": result.title, "url": result.url, "hub": result.hub, "kind": result.kind, "snippet": str(result.snippet)}
                for result in outcome.results
            ],
            "facets": {
                name: [
                    {"value": slugs.get(value, "") if name == "hub" else value,
                     "label": names.get(value, "") if name == "hub" else (KIND_LABELS if name == "kind" else AUDIENCE_LABELS).get(value, value),
                     "count": count}
                    for value, count in sorted(counts.items(), key=lambda item: -item[1])
                ]
                for name, counts in outcome.facets.items()
            },
            "suggestion": outcome.suggestion or None,
        },
        json_dumps_params={"ensure_ascii": False},
    )


def click(request):
    """Count a click on a result, then send the resident there. Only URLs in the index are
    followed, so this is no open redirect; nothing about the resident is stored."""
    target = _word(request.GET.get("naar"), 500)
    query = service.clean_query(request.GET.get("q"))

    def lookup(url):
        return IndexedDocument.objects.filter(url=url).values_list("title", flat=True).first()

    title = gateway.run(lookup, target) if target else None
    if title is None:
        raise Http404("Dit zoekresultaat bestaat niet (meer).")
    if query:
        statistics.record_click(current_hub(request), query, target, title)
    return HttpResponseRedirect(target)
