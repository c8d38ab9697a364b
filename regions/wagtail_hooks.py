from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from regions.forms import CoordinatorScopeForm
from regions.models import Region
from tenants.current import on_portal


class PortalOnlyRegionPolicy(ModelPermissionPolicy):
    """Regions are managed in the portal; a hub's admin reads public tables but must not show them."""

    def user_has_permission(self, user, action):
        return on_portal() and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return on_portal() and super().user_has_any_permission(user, actions)

    def users_with_any_permission(self, actions):
        users = super().users_with_any_permission(actions)
        return users if on_portal() else users.none()


register_permission_policy(Region, PortalOnlyRegionPolicy(Region))


class RegionViewSet(ModelViewSet):
    model = Region
    icon = "globe"
    menu_label = "Regio's"
    menu_order = 160
    add_to_admin_menu = True
    copy_view_enabled = False
    list_display = ["name", "slug", Column("hub_names", label="hubs")]
    search_fields = ["name", "slug"]
    panels = [FieldPanel("name"), FieldPanel("slug")]


@hooks.register("register_admin_viewset")
def register_region_viewset():
    return RegionViewSet("regios")


@hooks.register("register_group_permission_panel")
def register_coordinator_scope_panel():
    return CoordinatorScopeForm
