"""
The gateway: the one way code running for a hub reads network-wide data.

Network-wide data (the hub registry, regions, and the data of network-wide plugins such as a
partner directory) lives in the public schema. A hub's connection can reach public tables through
its search path, but any join from them to a table every schema has (images, pages, users) then
lands in the hub's table of that name: public image 7 silently becomes the hub's image 7. So code
running for a hub never queries network data itself. It asks the gateway, which switches the
connection to the public schema, lets a `build` function read and serialize (or render) there,
switches back, and caches the plain result under a key that is the same for every hub.

Saving or deleting a tracked model invalidates what was built from it, at once and again when
the transaction commits (so a reader in another process cannot cache the old state in between).
"""

import hashlib
import json
import uuid
from collections import OrderedDict
from contextlib import contextmanager

from django.core.cache import caches
from django.core.exceptions import ImproperlyConfigured
from django.db import connection, models, transaction
from django.db.models.signals import post_delete, post_save
from django.utils import translation
from django_tenants.utils import get_public_schema_name

CACHE_ALIAS = "network"
DEFAULT_TIMEOUT = 24 * 60 * 60


class NetworkDataOutsidePublicSchema(RuntimeError):
    """Network-wide data was queried from a hub's schema instead of through the gateway."""


class NetworkManager(models.Manager):
    """Default manager of network-wide models: it refuses to query from any schema but public."""

    def get_queryset(self):
        if connection.schema_name != get_public_schema_name():
            raise NetworkDataOutsidePublicSchema(
                f"{self.model._meta.label} is network-wide data in the public schema, but this code runs in "
                f"schema {connection.schema_name!r}. Read it through tenants.gateway."
            )
        return super().get_queryset()


class Gateway:
    def __init__(self, cache_alias=CACHE_ALIAS, timeout=DEFAULT_TIMEOUT, memo_size=32):
        self.cache_alias = cache_alias
        self.timeout = timeout
        self._tracked = set()
        self._listeners = []
        # Big results kept unpickled in this process, by their full cache key: the key holds the
        # generation tokens, so a change anywhere in the network still reaches every process.
        self._memo = OrderedDict()
        self._memo_size = memo_size

    @property
    def cache(self):
        return caches[self.cache_alias]

    @contextmanager
    def public_schema(self):
        """Run the block in the public schema and return to the hub's schema after."""
        previous = connection.tenant
        if connection.schema_name == get_public_schema_name():
            yield
            return
        connection.set_schema_to_public()
        try:
            yield
        finally:
            connection.set_tenant(previous)

    def run(self, build, *args, **kwargs):
        """`build(*args, **kwargs)` in the public schema, uncached.

        The result must be plain data: a queryset or model instance would run its queries later,
        back in the hub's schema.
        """
        with self.public_schema():
            result = build(*args, **kwargs)
        _refuse_lazy_results(result, build)
        return result

    def get(self, model, pk, build, *, revision_id=None, language=None):
        """What `build(obj)` makes of one object, cached per (object, revision, language).

        `revision_id` reads a stored revision (pinned content) instead of the object's current
        state. Returns None when the object (or revision) does not exist.
        """
        if not revision_id:
            self._require_tracked(model)
        language = language or translation.get_language() or "nl"
        version = f"r{revision_id}" if revision_id else self._token(_version_key(model, pk))
        key = _object_key(model, pk, version, language, build)
        cached = self.cache.get(key)
        if cached is not None:
            return cached
        with translation.override(language):
            result = self.run(_build_object, model, pk, revision_id, build)
        if result is not None:
            self.cache.set(key, result, self.timeout)
        return result

    def get_many(self, model, pks, build, *, language=None):
        """`get()` of several objects of one model, {pk: result}, in two round trips to the cache
        (the version tokens, then the entries) when they are cached; a miss is built as by get()."""
        self._require_tracked(model)
        language = language or translation.get_language() or "nl"
        pks = list(pks)
        tokens = self._tokens([_version_key(model, pk) for pk in pks])
        keys = {pk: _object_key(model, pk, token, language, build) for pk, token in zip(pks, tokens)}
        cached = self.cache.get_many(list(keys.values()))
        return {
            pk: cached[key] if key in cached else self.get(model, pk, build, language=language)
            for pk, key in keys.items()
        }

    def query(self, name, build, *, models, params=None, language=None, memo=False):
        """What `build(**params)` returns, cached until an object of any of `models` changes.

        `memo=True` also keeps the result in this process (read-only for callers!), for results
        large enough that unpickling them from the cache on every request costs milliseconds.
        """
        for model in models:
            self._require_tracked(model)
        language = language or translation.get_language() or "nl"
        generations = ":".join(self._tokens([f"{_label(model)}:generation" for model in models]))
        digest = hashlib.sha1(json.dumps(params or {}, sort_keys=True, default=str).encode()).hexdigest()[:16]
        key = f"query:{name}:{digest}:{language}:{generations}"
        if memo and key in self._memo:
            self._memo.move_to_end(key)
            return self._memo[key]
        result = self.cache.get(key)
        if result is None:
            with translation.override(language):
                result = self.run(build, **(params or {}))
            self.cache.set(key, result, self.timeout)
        if memo:
            self._memo[key] = result
            while len(self._memo) > self._memo_size:
                self._memo.popitem(last=False)
        return result

    def invalidate(self, model, pk=None):
        keys = [f"{_label(model)}:generation"]
        if pk is not None:
            keys.append(_version_key(model, pk))
        self.cache.delete_many(keys)
        for listener in self._listeners:
            listener()

    def on_invalidate(self, listener):
        """Call `listener()` whenever network-wide data changed (e.g. to empty page caches)."""
        if listener not in self._listeners:
            self._listeners.append(listener)

    def track(self, model):
        """Invalidate what was built from `model` whenever one of its objects is saved or deleted."""
        if model in self._tracked:
            return
        self._tracked.add(model)
        post_save.connect(self._changed, sender=model, weak=False, dispatch_uid=f"gateway:{_label(model)}:save")
        post_delete.connect(self._changed, sender=model, weak=False, dispatch_uid=f"gateway:{_label(model)}:delete")

    def _require_tracked(self, model):
        # Without tracking, a save would not invalidate what was cached: hubs would show old data.
        if model not in self._tracked:
            raise ImproperlyConfigured(
                f"{model._meta.label} is not tracked by the gateway; call gateway.track() for it in its "
                "app's AppConfig.ready()."
            )

    def _changed(self, sender, instance, **kwargs):
        self.invalidate(sender, instance.pk)
        transaction.on_commit(lambda: self.invalidate(sender, instance.pk))

    def _tokens(self, keys):
        """The version tokens of `keys`, in one round trip to the cache when they are there."""
        found = self.cache.get_many(keys) if len(keys) > 1 else {}
        return [found.get(key) or self._token(key) for key in keys]

    def _token(self, key):
        token = self.cache.get(key)
        if token is None:
            token = uuid.uuid4().hex[:12]
            # add() keeps a token another process set meanwhile, so both build under one key.
            if not self.cache.add(key, token, self.timeout):
                token = self.cache.get(key) or token
        return token


def _build_object(model, pk, revision_id, build):
    if revision_id:
        from wagtail.models import Revision

        revision = Revision.objects.filter(pk=revision_id, object_id=str(pk)).first()
        obj = revision.as_object() if revision else None
    else:
        obj = model._default_manager.filter(pk=pk).first()
    return None if obj is None else build(obj)


def _label(model):
    return model._meta.label_lower


def _name(build):
    return f"{build.__module__}.{build.__qualname__}"


def _version_key(model, pk):
    """The token that changes whenever the object is saved or deleted."""
    return f"{_label(model)}:{pk}:version"


def _object_key(model, pk, version, language, build):
    return f"object:{_label(model)}:{pk}:{version}:{language}:{_name(build)}"


def _refuse_lazy_results(result, build):
    values = result if isinstance(result, (list, tuple)) else [result]
    if any(isinstance(value, (models.Model, models.QuerySet)) for value in values):
        raise TypeError(
            f"{_name(build)} returned model instances or a queryset; return plain data (dicts, strings) so "
            "nothing is read after the gateway has switched back to the hub's schema."
        )


gateway = Gateway()
