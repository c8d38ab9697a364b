"""
Which hub a host belongs to, without a database query on every request.

django-tenants' middleware reads the `Domain` table (joined to the hub) for every request. The
answer changes only when a coordinator adds or moves a domain or edits a hub, so it is kept in
the "pages" cache under the host name, and dropped when a `Domain` or `Hub` row changes (at once
and again on commit, so another process cannot cache the old row in between). A host maps to
exactly the hub its `Domain` row names, so the cache can never hand one hub's schema to another
hub's host.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from django_tenants.middleware.main import TenantMainMiddleware

CACHE_ALIAS = "pages"
TIMEOUT = 60 * 60
UNKNOWN = "unknown-host"
# Each cache client raises its own errors when its server is down (redis.ConnectionError,
# socket errors), and a settings module may leave the alias out (InvalidCacheBackendError).
CACHE_DOWN = Exception


def _key(hostname):
    return f"tenant-host:{hostname}"


class CachedTenantMiddleware(TenantMainMiddleware):
    def get_tenant(self, domain_model, hostname):
        try:
            cache = caches[CACHE_ALIAS]
            key = _key(hostname)
            tenant = cache.get(key)
        except CACHE_DOWN:
            # Residents are served from the database while the cache is down.
            return super().get_tenant(domain_model, hostname)
        if tenant == UNKNOWN:
            raise domain_model.DoesNotExist(hostname)
        if tenant is None:
            try:
                tenant = super().get_tenant(domain_model, hostname)
            except domain_model.DoesNotExist:
                cache.set(key, UNKNOWN, TIMEOUT)
                raise
            cache.set(key, tenant, TIMEOUT)
        return tenant


def warm_content_types(schema_name):
    """Refill Django's content-type cache, which django-tenants empties on every schema switch.

    Content-type ids differ between the portal and hubs, so the list is kept per schema; without
    it every page view asks the database for each page type it shows. Called only for requests
    that reach a view: a page served from the page cache needs no content type.
    """
    try:
        _warm_content_types(schema_name)
    except CACHE_DOWN:
        pass  # Django looks content types up itself; /healthz reports the cache


def _warm_content_types(schema_name):
    from pages.cache import hub_memo

    manager = ContentType.objects
    # Django shares its content types between requests too; a view only adds to the copy.
    by_key_and_id = hub_memo("content-types", lambda: _content_types_by_key_and_id(schema_name, manager))
    manager._cache[manager.db] = dict(by_key_and_id)


def _content_types_by_key_and_id(schema_name, manager):
    found = {}
    for pk, app_label, model in _shared_content_types(schema_name):
        content_type = ContentType(id=pk, app_label=app_label, model=model)
        content_type._state.adding, content_type._state.db = False, manager.db
        found[(app_label, model)] = found[pk] = content_type
    return found


def _shared_content_types(schema_name):
    cache = caches[CACHE_ALIAS]
    key = f"content-types:{schema_name}"
    rows = cache.get(key)
    if rows is None:
        rows = list(ContentType.objects.values_list("id", "app_label", "model"))
        cache.set(key, rows, TIMEOUT)
    return rows


def forget_hosts(hostnames):
    """Drop the cached hub of these hosts now and when the current transaction commits."""
    keys = [_key(name) for name in set(hostnames) if name]
    if not keys:
        return
    cache = caches[CACHE_ALIAS]
    cache.delete_many(keys)
    transaction.on_commit(lambda: cache.delete_many(keys))


def _remember_old_domain(sender, instance, **kwargs):
    # A renamed domain must stop answering under its old name too.
    instance._previous_domain = (
        sender.objects.filter(pk=instance.pk).values_list("domain", flat=True).first() if instance.pk else None
    )


def _domain_changed(sender, instance, **kwargs):
    forget_hosts([instance.domain, getattr(instance, "_previous_domain", None)])


def _hub_changed(sender, instance, **kwargs):
    from tenants.models import Domain

    forget_hosts(Domain.objects.filter(tenant_id=instance.pk).values_list("domain", flat=True))


def connect_signals():
    from tenants.models import Domain, Hub

    pre_save.connect(_remember_old_domain, sender=Domain, dispatch_uid="hosts:domain:pre_save")
    post_save.connect(_domain_changed, sender=Domain, dispatch_uid="hosts:domain:save")
    post_delete.connect(_domain_changed, sender=Domain, dispatch_uid="hosts:domain:delete")
    post_save.connect(_hub_changed, sender=Hub, dispatch_uid="hosts:hub:save")
    # Before the hub's row (and its domains, by cascade) are gone, so its hosts are still known.
    pre_delete.connect(_hub_changed, sender=Hub, dispatch_uid="hosts:hub:delete")
