"""
make bench-scale: production-like settings (DEBUG off: no query log growing in the worker whose
memory is measured) plus one bench-only app whose second migration is the one applied to every
hub. KNOOPPUNT_BENCH_STEP=1 offers only its first migration (the state hubs are provisioned in).
"""

import os

from .base import *  # noqa: F401,F403
from .base import PLUGINS, schema_app_lists

SECRET_KEY = "bench-only-not-secret"
ALLOWED_HOSTS = ["*"]
KNOOPPUNT_SITE_PORT = 80
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

SHARED_APPS, TENANT_APPS, INSTALLED_APPS = schema_app_lists(PLUGINS)
SHARED_APPS = SHARED_APPS + ["tenants.benchscale"]
TENANT_APPS = TENANT_APPS + ["tenants.benchscale"]
INSTALLED_APPS = INSTALLED_APPS + ["tenants.benchscale"]
if os.environ.get("KNOOPPUNT_BENCH_STEP") == "1":
    MIGRATION_MODULES = {"benchscale": "tenants.benchscale.migrations_before"}

# django-tenants' parallel executor, one process per core.
TENANT_MULTIPROCESSING_MAX_PROCESSES = int(os.environ.get("KNOOPPUNT_MIGRATE_PROCESSES", os.cpu_count() or 2))
TENANT_MULTIPROCESSING_CHUNKS = 2
