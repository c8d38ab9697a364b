"""
Search backends, chosen by settings in the style of Wagtail's and Django's cache framework:

    KNOOPPUNT_SEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.postgres", ...options}}

`BACKEND` names a module exposing `SearchBackend` (or the class itself). Every backend answers the
same `SearchRequest` (search.backends.base) and passes the same contract tests
(tests/search/backend_contract.py).
"""

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.signals import setting_changed
from django.utils.module_loading import import_string

DEFAULT_BACKENDS = {"default": {"BACKEND": "search.backends.postgres"}}
_backends = {}


def backend_class(path):
    try:
        target = import_string(path)
    except ImportError:
        try:
            target = import_string(f"{path}.SearchBackend")
        except ImportError as error:
            raise ImproperlyConfigured(
                f"Search backend {path!r} could not be imported: give a module that has a SearchBackend class."
            ) from error
    if isinstance(target, type):
        return target
    backend = getattr(target, "SearchBackend", None)
    if backend is None:
        raise ImproperlyConfigured(f"Search backend module {path!r} has no SearchBackend class.")
    return backend


def get_search_backend(alias="default"):
    if alias not in _backends:
        configured = getattr(settings, "KNOOPPUNT_SEARCH_BACKENDS", DEFAULT_BACKENDS)
        if alias not in configured:
            raise ImproperlyConfigured(f"KNOOPPUNT_SEARCH_BACKENDS has no backend named {alias!r}.")
        params = dict(configured[alias])
        path = params.pop("BACKEND", None)
        if not path:
            raise ImproperlyConfigured(f"KNOOPPUNT_SEARCH_BACKENDS[{alias!r}] has no BACKEND.")
        _backends[alias] = backend_class(path)(alias, params)
    return _backends[alias]


def _forget_backends(setting, **kwargs):
    if setting == "KNOOPPUNT_SEARCH_BACKENDS":
        _backends.clear()


setting_changed.connect(_forget_backends)
