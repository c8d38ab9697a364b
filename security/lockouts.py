"""
Login lockouts (django-axes), as coordinators see and lift them.

Axes keeps its failed attempts in each schema's own tables, so a lockout belongs to one hub (or
the portal): the same user name in another hub is not touched. Coordinators work on the portal,
so reading a hub's lockouts means entering that hub's schema; this module is the one place that
does it, for the hubs in the coordinator's scope (regions.scopes) only.

Password forms that are no login (a page's or a document folder's password, security.views)
have their failures counted by axes too, under a name that stands for the password instead of
a user name: `password_name()`. Such a name holds a colon, which no user name can (Django's
user name validator), so a lockout of a password is never taken for an account's.
"""

from dataclasses import dataclass
from datetime import datetime

from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Max, Q, Sum
from django.utils import timezone
from django_tenants.utils import get_public_schema_name, schema_context, tenant_context

from regions.scopes import scope_of
from tenants.current import current_hub, on_portal

ACCOUNT = "account"
ADDRESS = "adres"
PAGE_PASSWORD = "paginawachtwoord"
DOCUMENT_PASSWORD = "documentwachtwoord"
PASSWORDS = (PAGE_PASSWORD, DOCUMENT_PASSWORD)
# Per kind: the AccessAttempt field a lockout is counted on, and which of its values belong to it.
_NOT_A_PASSWORD = ~Q(username__contains=":")
KINDS = {
    ACCOUNT: ("username", _NOT_A_PASSWORD),
    ADDRESS: ("ip_address", Q()),
    PAGE_PASSWORD: ("username", Q(username__startswith=f"{PAGE_PASSWORD}:")),
    DOCUMENT_PASSWORD: ("username", Q(username__startswith=f"{DOCUMENT_PASSWORD}:")),
}


def password_name(kind, restriction_id):
    """The name axes counts the failures of one page's or document folder's password under."""
    return f"{kind}:{restriction_id}"


def password_kind(name):
    """PAGE_PASSWORD or DOCUMENT_PASSWORD for a `password_name()`, else None (a user name)."""
    kind = (name or "").partition(":")[0]
    return kind if kind in PASSWORDS else None


@dataclass(frozen=True)
class Lockout:
    site_name: str
    schema_name: str
    kind: str  # one of KINDS
    value: str
    label: str  # what the coordinator reads: the value, or the protected page or folder
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
    for kind, (field, belongs) in KINDS.items():
        rows = (
            recent.exclude(**{f"{field}__isnull": True})
            .filter(belongs)
            .values(field)
            .annotate(failures=Sum("failures_since_start"), last=Max("attempt_time"))
            .filter(failures__gte=settings.AXES_FAILURE_LIMIT)
            .order_by("-last")
        )
        labels = _labels(kind, [row[field] for row in rows])
        found += [
            Lockout(site_name, schema_name, kind, row[field], labels.get(row[field], row[field]), row["failures"], row["last"])
            for row in rows
        ]
    return found


def _labels(kind, values):
    """{password name: the title of the page, or the name of the folder, it protects}."""
    if kind not in PASSWORDS or not values:
        return {}
    from wagtail.models import CollectionViewRestriction, PageViewRestriction

    ids = {int(value.partition(":")[2]): value for value in values if value.partition(":")[2].isdigit()}
    if kind == PAGE_PASSWORD:
        restrictions = PageViewRestriction.objects.filter(pk__in=ids).values_list("pk", "page__title")
    else:
        restrictions = CollectionViewRestriction.objects.filter(pk__in=ids).values_list("pk", "collection__name")
    return {ids[pk]: title for pk, title in restrictions}


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
    if schema_name not in sites or kind not in KINDS:
        raise OutOfScope(schema_name)
    _name, hub = sites[schema_name]
    field, _belongs = KINDS[kind]
    with _in_site(hub, schema_name):
        deleted, _ = AccessAttempt.objects.filter(**{field: value}).delete()
    return deleted

