"""
The anonymous page cache: residents' page views served from Redis, per hub.

What is cached: a GET or HEAD without a query string, by a visitor without a session cookie (an
editor who is logged in, or anyone with a session, always gets a fresh page), answered with a
200 HTML response that sets no cookie and does not say `private`/`no-store`.

Isolation: an entry's key holds the schema name and the host, and the entry is stored with the
generation of its hub. A hub's generation changes when something on its pages may have changed
(`invalidate_hub`), and a network generation when network-wide data changed
(`invalidate_network`), so an entry is served only while both are what they were when it was
stored. Keys of one hub never match another hub's host, and the cache is never read for a
request with a session.

Who calls what:
- this app: publish, unpublish, delete and move of a page, a saved site or branding setting
  (`invalidate_hub` of the schema the change happened in);
- tenants.gateway: a save or delete of any network-wide model it tracks (`invalidate_network`);
- shared content and the directory: call `invalidate_hub(hub)` for the hubs that show a changed
  piece, or `invalidate_network()` when every hub may show it.
"""

import contextvars
import math
import pickle
import uuid
from collections import OrderedDict

from django.conf import settings
from django.core.cache import caches
from django.db import connection, transaction
from django.http import HttpResponse

from tenants.middleware import CACHE_DOWN, warm_content_types

CACHE_ALIAS = "pages"
NETWORK_GENERATION_KEY = "pages:generation:network"
CACHED_HEADERS = ("Content-Type", "Content-Language", "Content-Security-Policy", "Link", "Vary",
                  "Referrer-Policy", "Permissions-Policy", "X-Content-Type-Options", "X-Frame-Options",
                  "Cross-Origin-Opener-Policy", "Strict-Transport-Security")
SKIPPED_PREFIXES = ("/admin/", "/documents/", "/media/", "/healthz", "/static/", "/django-admin/")


# The schema and generation of the hub whose page is being built (set by the middleware below).
_building = contextvars.ContextVar("knooppunt_hub_generation", default=None)
_memo = OrderedDict()
MEMO_SIZE = 512


def _cache():
    return caches[CACHE_ALIAS]


def hub_memo(name, build, *, copy=False, keep=None):
    """`build()`, kept in this process for the current hub generation while a page is built.

    For what a hub's pages need on every view and that only a publish, unpublish, move or a
    branding, site, locale, restriction or network-wide change can alter (the site, the
    routes, the locales): each of those starts a new generation, which every request reads
    from the shared cache, so no worker ever uses a value of an older generation, and a value
    costs no round trip to the cache server once the worker has it. Outside a page view (a
    command, the admin) it is just `build()`. `copy=True` for mutable objects (model
    instances): each caller gets its own copy. `keep(value)` false: the value is not kept.
    """
    current = _building.get()
    # The gateway switches to the public schema to read network-wide data: nothing built there
    # is kept under the hub's generation, nor the hub's value handed out there.
    if current is None or current[0] != connection.schema_name:
        return build()
    key = (*current, name)
    try:
        value = _memo[key]
        _memo.move_to_end(key)
    except KeyError:
        value = build()
        if keep is not None and not keep(value):
            return value
        if copy:
            value = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
        _memo[key] = value
        while len(_memo) > MEMO_SIZE:
            _memo.popitem(last=False)
    return pickle.loads(value) if copy else value


def _generation_key(schema_name):
    return f"pages:generation:{schema_name}"


def _schema_of(hub):
    return hub if isinstance(hub, str) else hub.schema_name


def forget_process_values():
    """Drop what `hub_memo` kept in this process (for tests, whose rolled-back changes keep
    their generation, and for the benchmark's cold figure)."""
    _memo.clear()


def invalidate_hub(hub):
    """Empty the page cache of one hub (a `Hub` or a schema name), now and on commit."""
    keys = [_generation_key(_schema_of(hub))]
    _delete_now_and_on_commit(keys)


def invalidate_hubs(hubs):
    """Empty the page cache of several hubs."""
    _delete_now_and_on_commit([_generation_key(_schema_of(hub)) for hub in hubs])


def invalidate_network():
    """Empty the page cache of every hub and the portal (network-wide data changed)."""
    _delete_now_and_on_commit([NETWORK_GENERATION_KEY])


def invalidate_current_schema():
    invalidate_hub(connection.schema_name)


def _delete_now_and_on_commit(keys):
    cache = _cache()
    cache.delete_many(keys)
    # A reader in another process may store a page built from the old state before this
    # transaction commits; dropping the generation again on commit voids that entry too.
    transaction.on_commit(lambda: cache.delete_many(keys))


def _new_generation(cache, key, timeout=None):
    token = uuid.uuid4().hex[:12]
    # add() keeps a token another process set meanwhile.
    if not cache.add(key, token, timeout):
        token = cache.get(key) or token
    return token


def seconds_until_next_scheduled_change():
    """Seconds until a page of the current hub expires or is scheduled to go live; None if none is.

    A hub's generation lives no longer than that, so nothing cached under it (pages, menus, the
    header and footer) still shows a page after its expiry time, or hides one after its go-live
    time, even before the scheduler's next pass. One query: it runs on the first view after
    every publish. Any scheduled revision counts (a snippet's too): a generation that ends early
    costs one rebuild, one that ends late shows a page that should not be seen.
    """
    from django.utils import timezone
    from wagtail.models import Page, Revision

    now = timezone.now()
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT LEAST("
            f"(SELECT min({quote('expire_at')}) FROM {quote(Page._meta.db_table)} "
            f"WHERE {quote('live')} AND {quote('expire_at')} > %s), "
            f"(SELECT min({quote('approved_go_live_at')}) FROM {quote(Revision._meta.db_table)} "
            f"WHERE {quote('approved_go_live_at')} > %s))",
            [now, now],
        )
        upcoming = cursor.fetchone()[0]
    return math.ceil((upcoming - now).total_seconds()) if upcoming is not None else None


def _cacheable_request(request):
    if request.method not in ("GET", "HEAD") or request.META.get("QUERY_STRING"):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False
    return not request.path_info.startswith(SKIPPED_PREFIXES)


def _cacheable_response(response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if not response.get("Content-Type", "").startswith("text/html"):
        return False
    control = response.get("Cache-Control", "")
    return not any(word in control for word in ("private", "no-store", "no-cache"))


class AnonymousPageCacheMiddleware:
    """Serves residents' pages from the cache; put it right after the tenant middleware."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.timeout = getattr(settings, "KNOOPPUNT_PAGE_CACHE_SECONDS", 600)

    def __call__(self, request):
        tenant = getattr(request, "tenant", None)
        if tenant is None:
            return self.get_response(request)
        schema_name = tenant.schema_name
        if request.path_info.startswith(SKIPPED_PREFIXES):
            return self._build(request, schema_name)
        cacheable = _cacheable_request(request)
        # The scheme too: a response keeps the headers it was built with, and HTTPS ones carry
        # HSTS where plain HTTP ones must not.
        key = f"pages:page:{schema_name}:{request.scheme}:{request.get_host()}:{request.path}"
        try:
            cache = _cache()
            found = cache.get_many([_generation_key(schema_name), NETWORK_GENERATION_KEY] + ([key] if cacheable else []))
        except CACHE_DOWN:
            # Without the cache residents still get every page, built from the database.
            return self._build(request, schema_name)
        generations = [found.get(_generation_key(schema_name)), found.get(NETWORK_GENERATION_KEY)]
        entry = found.get(key)
        if entry is not None and entry["generations"] == generations and None not in generations:
            return self._from_entry(entry)
        # Generations are fixed before the page is built: an invalidation while it is being built
        # changes them, so the entry stored below is never served.
        generations = [
            generations[0]
            or _new_generation(cache, _generation_key(schema_name), seconds_until_next_scheduled_change()),
            generations[1] or _new_generation(cache, NETWORK_GENERATION_KEY),
        ]
        # What every page shows around its content (pages.chrome) is cached under this too.
        request.hub_generation = "-".join(generations)
        building = _building.set((schema_name, request.hub_generation))
        try:
            return self._build_and_store(request, schema_name, cacheable, key, cache, generations)
        finally:
            _building.reset(building)

    def _build_and_store(self, request, schema_name, cacheable, key, cache, generations):
        from pages.chrome import site_for_request

        # Content types first: the site's home page is read in its own type.
        warm_content_types(schema_name)
        site_for_request(request)
        response = self.get_response(request)
        if not cacheable:
            return response
        user = getattr(request, "user", None)
        if _cacheable_response(response) and not (user is not None and user.is_authenticated):
            cache.set(key, self._to_entry(response, generations), self.timeout)
            response["X-Knooppunt-Cache"] = "miss"
        return response

    def _build(self, request, schema_name):
        warm_content_types(schema_name)
        return self.get_response(request)

    @staticmethod
    def _to_entry(response, generations):
        headers = {name: response[name] for name in CACHED_HEADERS if name in response}
        return {"generations": generations, "content": response.content, "headers": headers}

    @staticmethod
    def _from_entry(entry):
        response = HttpResponse(entry["content"])
        for name, value in entry["headers"].items():
            response[name] = value
        response["X-Knooppunt-Cache"] = "hit"
        return response


def clear_install_caches():
    """Drop every cached entry of this install, in every cache alias (its key prefix only).

    For a database that was just (re)built, e.g. by `make run` after the database was dropped:
    cached sites, hubs and pages of the old database would name rows that no longer exist.
    """
    for alias in settings.CACHES:
        cache = caches[alias]
        prefix = settings.CACHES[alias].get("KEY_PREFIX", "")
        try:
            from django_redis import get_redis_connection

            client = get_redis_connection(alias)
        except (ImportError, NotImplementedError):
            cache.clear()  # a local-memory cache belongs to this process alone
            continue
        # Tenant-aware keys put the schema before the prefix ("hardenberg:knooppunt:1:..."), the
        # others start with it: match both, and nothing of another install's prefix.
        for pattern in (f"{prefix}:*", f"*:{prefix}:*"):
            batch = []
            for key in client.scan_iter(match=pattern, count=1000):
                batch.append(key)
                if len(batch) == 1000:
                    client.delete(*batch)
                    batch = []
            if batch:
                client.delete(*batch)
