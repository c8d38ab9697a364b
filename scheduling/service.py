"""
Scheduled publishing and expiry in every schema: the portal and each hub.

Wagtail's `publish_scheduled` publishes revisions whose go-live time has passed and unpublishes
objects whose expiry time has passed, but only in the schema the connection is on; a hub's pages
live in the hub's schema, so it runs once per schema here. Each schema's pass holds a PostgreSQL
advisory lock, so two schedulers (two app servers) never publish the same revision twice; a pass
that dies half-way (worker killed) rolled back what it had not finished, and the next pass finds
the same due revisions again.
"""

import io
import zlib

from django.core.management import call_command
from django.db import connection
from django_tenants.utils import get_public_schema_name, schema_context, tenant_context

from tenants.models import Hub

LOCK_NAMESPACE = 0x4B50  # "KP": keeps our advisory locks apart from any other user's


def _lock_key(schema_name):
    return (LOCK_NAMESPACE << 32) | zlib.crc32(schema_name.encode())


def _try_lock(schema_name):
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [_lock_key(schema_name)])
        return cursor.fetchone()[0]


def _unlock(schema_name):
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_unlock(%s)", [_lock_key(schema_name)])


def _publish_scheduled():
    out = io.StringIO()
    call_command("publish_scheduled", stdout=out)
    return out.getvalue()


def run_schema(schema_name, hub=None):
    """One pass of publish_scheduled in one schema; False when another scheduler holds it."""
    if not _try_lock(schema_name):
        return False
    try:
        if hub is None:
            with schema_context(schema_name):
                _publish_scheduled()
        else:
            # tenant_context, so plugins and current_hub() see the hub as in a request.
            with tenant_context(hub):
                _publish_scheduled()
    finally:
        _unlock(schema_name)
    return True


def run_all(progress=None):
    """One pass over the portal and every hub. Returns the schemas handled."""
    handled = []
    targets = [(get_public_schema_name(), None)] + [(hub.schema_name, hub) for hub in Hub.objects.hubs()]
    for schema_name, hub in targets:
        if run_schema(schema_name, hub):
            handled.append(schema_name)
        elif progress:
            progress.note(f"{schema_name}: een andere planner is hier al bezig")
    return handled
