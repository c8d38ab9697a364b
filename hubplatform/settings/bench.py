"""
make bench-scale and bench-search: production-like settings (DEBUG off: no query log growing in
the worker whose memory is measured, none around each timed query) plus, for bench-scale, the
bench-only app that `bench_scale` writes into a temporary folder for its run (KNOOPPUNT_BENCH_APP,
on PYTHONPATH): its second migration is the one applied to every hub.
"""

import os

from .base import *  # noqa: F401,F403
from .base import PLUGINS, schema_app_lists

SECRET_KEY = "bench-only-not-secret"
ALLOWED_HOSTS = ["*"]
KNOOPPUNT_SITE_PORT = 80
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

SHARED_APPS, TENANT_APPS, INSTALLED_APPS = schema_app_lists(PLUGINS)
if os.environ.get("KNOOPPUNT_BENCH_APP"):
    BENCH_APPS = [os.environ["KNOOPPUNT_BENCH_APP"]]
    SHARED_APPS = SHARED_APPS + BENCH_APPS
    TENANT_APPS = TENANT_APPS + BENCH_APPS
    INSTALLED_APPS = INSTALLED_APPS + BENCH_APPS

# django-tenants' parallel executor, one process per core.
TENANT_MULTIPROCESSING_MAX_PROCESSES = int(os.environ.get("KNOOPPUNT_MIGRATE_PROCESSES", os.cpu_count() or 2))
TENANT_MULTIPROCESSING_CHUNKS = 2
