"""
"The hub of this request": the one place that answers which hub is being served or worked on.

In a request, django-tenants' middleware puts the hub on `request.tenant` and switches the
database connection to its schema. A command that works inside a hub enters `tenant_context(hub)`
(the connection then carries the hub) or `schema_context(schema_name)` (the connection then
carries only a stand-in with the schema name; the hub is looked up once).
"""

from django.db import connection
from django_tenants.utils import get_public_schema_name


def current_hub(request=None):
    """The hub being served or worked on, or None on the portal and in schemas of no hub."""
    tenant = getattr(request, "tenant", None) or getattr(connection, "tenant", None)
    if tenant is None or tenant.schema_name == get_public_schema_name():
        return None
    from tenants.models import Hub

    if isinstance(tenant, Hub):
        return tenant
    # schema_context() sets a stand-in that knows only the schema name; remember the hub on it.
    if not hasattr(tenant, "knooppunt_hub"):
        tenant.knooppunt_hub = Hub.objects.filter(schema_name=tenant.schema_name).first()
    return tenant.knooppunt_hub


def current_schema_name(request=None):
    """The schema being served or worked on: a hub's, or "public" for the portal."""
    tenant = getattr(request, "tenant", None)
    return tenant.schema_name if tenant is not None else connection.schema_name


def on_portal(request=None):
    """Whether the regional portal (the public schema) is being served or worked on."""
    return current_schema_name(request) == get_public_schema_name()
