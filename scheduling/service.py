"""
Scheduled publishing and expiry in every schema: the portal and each hub.

This is what Wagtail's `publish_scheduled` command does (publish revisions whose go-live time
has passed, unpublish objects whose expiry time has passed), with two differences:

- it runs once per schema: a hub's pages live in the hub's schema, and the command only sees the
  schema the connection is on;
- each object is published or unpublished in a transaction of its own. Wagtail's publish clears
  the revision's go-live time before it saves the page, in separate statements; a scheduler killed
  between the two lost the task (the page never went live). Now a killed pass leaves the object as
  it was, and the next pass finds the same due revision again.

Each schema's pass holds a PostgreSQL advisory lock, so two schedulers (two app servers) never
work on the same schema at once.
"""

import logging
import zlib

from django.apps import apps
from django.db import connection, transaction
from django.utils import timezone
from django_tenants.utils import get_public_schema_name, schema_context, tenant_context
from wagtail.models import DraftStateMixin, Page, Revision

from tenants.gateway import NetworkManager
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


logger = logging.getLogger(__name__)


def _publish_scheduled():
    """Expire and publish what is due in the current schema, one transaction per object.

    Expiry unpublishes through Wagtail, which sends `page_unpublished` (log action
    "wagtail.unpublish.scheduled"): the event a search index follows.
    """
    now = timezone.now()
    models = [Page] + [
        m for m in apps.get_models() if issubclass(m, DraftStateMixin) and not issubclass(m, Page) and _lives_here(m)
    ]
    for model in models:
        for obj in model.objects.filter(live=True, expire_at__lt=now).order_by("expire_at"):
            _one(obj.unpublish, set_expired=True, log_action="wagtail.unpublish.scheduled")
    for revision in Revision.objects.filter(approved_go_live_at__lt=now).order_by("approved_go_live_at"):
        _one(revision.publish, log_action="wagtail.publish.scheduled")


def _lives_here(model):
    # Network-wide models (the shared library) have rows in the public schema only, and refuse
    # to be queried anywhere else (tenants.gateway.NetworkManager).
    return not isinstance(model._default_manager, NetworkManager) or connection.schema_name == get_public_schema_name()


def _one(action, **kwargs):
    try:
        with transaction.atomic():
            action(**kwargs)
    except Exception:  # one broken object must not hold up every other page of the hub
        logger.exception("Gepland publiceren of verlopen mislukt in schema %s", connection.schema_name)


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
