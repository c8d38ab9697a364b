import hmac
import mimetypes
import sys
import time
from pathlib import PurePosixPath

from django.conf import settings
from django.core.cache import cache
from django.db import InterfaceError, OperationalError, connection
from django.http import (
    FileResponse,
    Http404,
    HttpResponse,
    HttpResponseServerError,
    JsonResponse,
)
from django.template import loader
from django.views.decorators.cache import never_cache
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap
from wagtail.documents.views.serve import serve as wagtail_serve_document

from pages.sitemaps import HubSitemap
from security.clientip import from_loopback
from security.headers import protect_upload
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


def _may_see_details(request):
    """Monitoring on this machine, or a monitor that carries KNOOPPUNT_MONITORING_TOKEN."""
    token = settings.KNOOPPUNT_MONITORING_TOKEN
    sent = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
    if token and sent and hmac.compare_digest(sent.encode(), token.encode()):
        return True
    return from_loopback(request)


@never_cache
def healthz(request):
    """Plain status for anyone; schema, cache and search details only for monitoring."""
    checks = {}
    for name, check in (("database", _check_database), ("cache", _check_cache), ("search", _check_search)):
        try:
            checks[name] = check()
        except Exception as error:  # each client raises its own types; a service that is down is reported, not a 500
            checks[name] = {"ok": False, "error": error.__class__.__name__}
    # Without the cache (Redis) residents still get every page, built from the database: that is
    # "degraded", 200, not an error a load balancer would take the site out of service for.
    if not checks["cache"]["ok"]:
        checks["cache"]["degraded"] = True
    healthy = all(check["ok"] for name, check in checks.items() if name != "cache")
    status = 200 if healthy else 503
    degraded = any(check.get("degraded") for check in checks.values())
    summary = ("degraded" if degraded else "ok") if healthy else "error"
    if not _may_see_details(request):
        return JsonResponse({"status": summary}, status=status)
    hub = current_hub(request)
    body = {
        "status": summary,
        "host": request.get_host(),
        "hub": hub.slug if hub else None,
        **checks,
    }
    return JsonResponse(body, status=status)


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


# Shown inline as images; any other upload (an SVG left from before they were refused, a stray
# file) is sent as a download.
INLINE_MEDIA_TYPES = {"image/png", "image/jpeg", "image/gif", "image/webp", "image/avif"}


def serve_media(request, schema_name, path):
    """Serve an uploaded file, but only on the host of the hub it belongs to.

    Whatever the file holds, it is sent with headers that keep a browser from running it as a
    page of the hub (security.headers.protect_upload); nginx adds the same (knooppunt.conf).
    """
    if schema_name != current_schema_name(request):
        raise Http404("Dit bestand hoort niet bij deze website.")
    relative = PurePosixPath(path)
    if relative.is_absolute() or ".." in relative.parts or not relative.parts:
        raise Http404("Onbekend bestand.")
    if relative.parts[0] in PRIVATE_MEDIA_DIRS:
        raise Http404("Documenten staan op hun eigen adres.")
    content_type = mimetypes.guess_type(str(relative))[0] or "application/octet-stream"
    attachment_name = None if content_type in INLINE_MEDIA_TYPES else relative.name
    if settings.KNOOPPUNT_MEDIA_ACCEL_PREFIX:
        response = HttpResponse()
        response["X-Accel-Redirect"] = f"{settings.KNOOPPUNT_MEDIA_ACCEL_PREFIX}{schema_name}/{relative}"
        response["Content-Type"] = content_type
        return protect_upload(response, attachment_name)
    full_path = settings.MEDIA_ROOT / schema_name / relative
    if not full_path.is_file():
        raise Http404("Onbekend bestand.")
    return protect_upload(FileResponse(open(full_path, "rb"), content_type=content_type), attachment_name)


def serve_document(request, document_id, document_filename):
    """Wagtail's document view (its privacy checks, always a download), with the headers every
    upload gets: Wagtail's own policy, `default-src 'none'`, has no sandbox.

    Only the file itself: the password form or login redirect of a private document is a page.
    """
    response = wagtail_serve_document(request, document_id, document_filename)
    if response.has_header("Content-Disposition"):
        protect_upload(response)
    return response


def server_error(request):
    """The 500 page (no database needed); 503 with Retry-After while the database is away.

    A database that is down or restarting is a temporary outage, not a bug: proxies and monitors
    should see 503 and retry; the next request after the restart gets a fresh connection
    (CONN_HEALTH_CHECKS).
    """
    response = HttpResponseServerError(loader.get_template("500.html").render())
    if isinstance(sys.exc_info()[1], (OperationalError, InterfaceError)):
        response.status_code = 503
        response["Retry-After"] = "30"
    return response
