from wagtail import hooks
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from tenants.current import on_portal
from tenants.forms import HubForm
from tenants.models import Hub


class PortalOnlyPermissionPolicy(ModelPermissionPolicy):
    """The hub registry is managed from the portal only.

    Hub schemas can read public tables through the search path, so without this a hub's own
    superuser could list every hub from the hub's admin.
    """

    # A hub needs a schema, a site and a home page, and removing one drops its schema:
    # create_hub and remove_hub do that, not a bare admin form.
    command_only_actions = {"add", "delete"}

    def user_has_permission(self, user, action):
        if action in self.command_only_actions:
            return False
        return on_portal() and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        actions = set(actions) - self.command_only_actions
        return bool(actions) and on_portal() and super().user_has_any_permission(user, actions)

    def users_with_any_permission(self, actions):
        users = super().users_with_any_permission(actions)
        return users if on_portal() else users.none()

    def instances_user_has_any_permission_for(self, user, actions):
        instances = super().instances_user_has_any_permission_for(user, actions)
        return instances if on_portal() else instances.none()


register_permission_policy(Hub, PortalOnlyPermissionPolicy(Hub))


class HubViewSet(ModelViewSet):
    model = Hub
    icon = "site"
    menu_label = "Hubs"
    menu_order = 150
    add_to_admin_menu = True
    copy_view_enabled = False
    list_display = [
        "name",
        "slug",
        "region",
        Column("primary_domain", label="domein"),
        Column("plugin_names", label="plugins aan"),
    ]
    list_filter = ["region"]
    search_fields = ["name", "slug"]
    edit_handler = ObjectList(
        [FieldPanel("name"), FieldPanel("region"), FieldPanel("enabled_plugins")],
        base_form_class=HubForm,
    )

    def get_queryset(self, request):
        return Hub.objects.hubs().select_related("region")


@hooks.register("register_admin_viewset")
def register_hub_viewset():
    return HubViewSet("hubs")
