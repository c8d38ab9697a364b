import mimetypes
import time
from pathlib import PurePosixPath

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap

from pages.sitemaps import HubSitemap
from tenants.current import current_hub, current_schema_name

# Wagtail serves documents itself (with privacy checks); their files are never public media.
PRIVATE_MEDIA_DIRS = {"documents"}


def _check_database():
    started = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return {"ok": True, "schema": current_schema_name(), "ms": round((time.perf_counter() - started) * 1000, 2)}


def _check_cache():
    started = time.perf_counter()
    key = "healthz"
    token = str(time.time_ns())
    cache.set(key, token, 10)
    ok = cache.get(key) == token
    backend = settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]
    return {"ok": ok, "backend": backend, "ms": round((time.perf_counter() - started) * 1000, 2)}


def _check_search():
    from search.backends import get_search_backend

    # The federated index answers residents; with a cluster configured its status says whether
    # searches fall back to PostgreSQL ("degraded").
    return get_search_backend().status()


@never_cache
def healthz(request):
    checks = {}
    for name, check in (("database", _check_database), ("cache", _check_cache), ("search", _check_search)):
        try:
            checks[name] = check()
        except Exception as error:  # each client raises its own types; a service that is down is reported, not a 500
            checks[name] = {"ok": False, "error": error.__class__.__name__}
    healthy = all(check["ok"] for check in checks.values())
    degraded = any(check.get("degraded") for check in checks.values())
    hub = current_hub(request)
    body = {
        "status": ("degraded" if degraded else "ok") if healthy else "error",
        "host": request.get_host(),
        "hub": hub.slug if hub else None,
        **checks,
    }
    return JsonResponse(body, status=200 if healthy else 503)


def robots_txt(request):
    """Crawlers may read every public page; the admin and search results are not worth indexing."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /zoeken/",
        f"Sitemap: {request.scheme}://{request.get_host()}/sitemap.xml",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def sitemap(request):
    return wagtail_sitemap(request, sitemaps={"pages": HubSitemap(request)})


def serve_media(request, schema_name, path):
    """Serve an uploaded file, but only on the host of the hub it belongs to."""
    if schema_name != current_schema_name(request):
        raise Http404("Dit bestand hoort niet bij deze website.")
    relative = PurePosixPath(path)
    if relative.is_absolute() or ".." in relative.parts or not relative.parts:
        raise Http404("Onbekend bestand.")
    if relative.parts[0] in PRIVATE_MEDIA_DIRS:
        raise Http404("Documenten staan op hun eigen adres.")
    if settings.KNOOPPUNT_MEDIA_ACCEL_PREFIX:
        response = HttpResponse()
        response["X-Accel-Redirect"] = f"{settings.KNOOPPUNT_MEDIA_ACCEL_PREFIX}{schema_name}/{relative}"
        response["Content-Type"] = mimetypes.guess_type(str(relative))[0] or "application/octet-stream"
        return response
    full_path = settings.MEDIA_ROOT / schema_name / relative
    if not full_path.is_file():
        raise Http404("Onbekend bestand.")
    return FileResponse(open(full_path, "rb"))
