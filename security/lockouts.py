"""
Login lockouts (django-axes), as coordinators see and lift them.

Axes keeps its failed attempts in each schema's own tables, so a lockout belongs to one hub (or
the portal): the same user name in another hub is not touched. Coordinators work on the portal,
so reading a hub's lockouts means entering that hub's schema; this module is the one place that
does it, for the hubs in the coordinator's scope (regions.scopes) only.
"""

from dataclasses import dataclass
from datetime import datetime

from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Max, Sum
from django.utils import timezone
from django_tenants.utils import get_public_schema_name, schema_context, tenant_context

from regions.scopes import scope_of
from tenants.current import current_hub, on_portal

ACCOUNT = "account"
ADDRESS = "adres"
FIELDS = {ACCOUNT: "username", ADDRESS: "ip_address"}


@dataclass(frozen=True)
class Lockout:
    site_name: str
    schema_name: str
    kind: str  # ACCOUNT or ADDRESS
    value: str
    failures: int
    last_attempt: datetime

    @property
    def until(self):
        return self.last_attempt + settings.AXES_COOLOFF_TIME


class OutOfScope(Exception):
    """The user may not see or lift lockouts of this hub."""


def _locked_in_current_schema(site_name, schema_name):
    recent = AccessAttempt.objects.filter(attempt_time__gte=timezone.now() - settings.AXES_COOLOFF_TIME)
    found = []
    for kind, field in FIELDS.items():
        rows = (
            recent.exclude(**{f"{field}__isnull": True})
            .values(field)
            .annotate(failures=Sum("failures_since_start"), last=Max("attempt_time"))
            .filter(failures__gte=settings.AXES_FAILURE_LIMIT)
            .order_by("-last")
        )
        found += [Lockout(site_name, schema_name, kind, row[field], row["failures"], row["last"]) for row in rows]
    return found


def _sites_of(user):
    """(name, schema, hub or None) of every site whose lockouts `user` may manage."""
    if on_portal():
        scope = scope_of(user)
        sites = [(hub.name, hub.schema_name, hub) for hub in scope.hubs().order_by("name")]
        if scope.whole_network:
            sites.insert(0, ("Portaal", get_public_schema_name(), None))
        return sites
    hub = current_hub()
    return [(hub.name, hub.schema_name, hub)] if hub and user.is_superuser else []


def _in_site(hub, schema_name):
    return tenant_context(hub) if hub is not None else schema_context(schema_name)


def can_manage(user):
    return bool(_sites_of(user))


def lockouts_for(user):
    """Current lockouts of every site in the user's scope, most recent first per site."""
    found = []
    for name, schema_name, hub in _sites_of(user):
        with _in_site(hub, schema_name):
            found += _locked_in_current_schema(name, schema_name)
    return found


def lift(user, schema_name, kind, value):
    """Remove the failed attempts behind one lockout; returns how many records went."""
    sites = {schema: (name, hub) for name, schema, hub in _sites_of(user)}
    if schema_name not in sites or kind not in FIELDS:
        raise OutOfScope(schema_name)
    _name, hub = sites[schema_name]
    with _in_site(hub, schema_name):
        deleted, _ = AccessAttempt.objects.filter(**{FIELDS[kind]: value}).delete()
    return deleted

