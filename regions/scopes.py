"""
What a coordinator may publish to: the whole network, or the hubs of some regions.

A coordinator is a portal user; their scope is the union of the scopes of their portal groups
(set on the group's page in the portal admin). Superusers coordinate the whole network. Users of
a hub's admin coordinate nothing: their groups live in the hub's schema, where the ids of the
portal's groups mean something else.
"""

from dataclasses import dataclass, field

from regions.models import CoordinatorScope, Region
from tenants.current import on_portal


@dataclass(frozen=True)
class Scope:
    whole_network: bool = False
    region_ids: frozenset = field(default_factory=frozenset)

    @property
    def is_empty(self):
        return not self.whole_network and not self.region_ids

    def includes_region(self, region):
        region_id = getattr(region, "pk", region)
        return self.whole_network or region_id in self.region_ids

    def includes_hub(self, hub):
        return self.whole_network or hub.region_id in self.region_ids

    def regions(self):
        regions = Region.objects.all()
        return regions if self.whole_network else regions.filter(pk__in=self.region_ids)

    def hubs(self):
        from tenants.models import Hub

        hubs = Hub.objects.hubs()
        return hubs if self.whole_network else hubs.filter(region_id__in=self.region_ids)

    def describe(self):
        if self.whole_network:
            return "het hele netwerk"
        return ", ".join(self.regions().values_list("name", flat=True)) or "geen werkgebied"


NO_SCOPE = Scope()


def scope_of(user):
    """The scope of a portal user (see the module docstring)."""
    if not on_portal() or not getattr(user, "is_authenticated", False) or not user.is_active:
        return NO_SCOPE
    if user.is_superuser:
        return Scope(whole_network=True)
    scopes = CoordinatorScope.objects.filter(group_id__in=user.groups.values_list("pk", flat=True))
    if scopes.filter(whole_network=True).exists():
        return Scope(whole_network=True)
    return Scope(region_ids=frozenset(scopes.values_list("regions__pk", flat=True).exclude(regions__pk=None)))


def set_group_scope(group, whole_network=False, regions=()):
    """Give a portal group a scope (empty: none)."""
    scope, _ = CoordinatorScope.objects.get_or_create(group_id=group.pk)
    scope.whole_network = whole_network
    scope.save()
    scope.regions.set(regions)
    return scope
