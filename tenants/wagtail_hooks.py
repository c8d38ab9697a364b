from django.http import Http404
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.models import EditView, IndexView
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from regions.scopes import scope_of
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


class InScopeMixin:
    """Views of one hub answer 404 for a hub outside the coordinator's regions."""

    def get_object(self, *args, **kwargs):
        hub = super().get_object(*args, **kwargs)
        if not scope_of(self.request.user).includes_hub(hub):
            raise Http404("Deze hub valt buiten uw werkgebied.")
        return hub


class HubIndexView(IndexView):
    def get_base_queryset(self):
        # Not the portal's own row, and for a regional coordinator only the hubs of their regions.
        return scope_of(self.request.user).hubs().select_related("region")


class HubEditView(InScopeMixin, EditView):
    pass


class HubHistoryView(InScopeMixin, HistoryView):
    pass


class HubUsageView(InScopeMixin, UsageView):
    pass


class HubViewSet(ModelViewSet):
    model = Hub
    icon = "site"
    menu_label = "Hubs"
    menu_order = 150
    add_to_admin_menu = True
    copy_view_enabled = False
    index_view_class = HubIndexView
    edit_view_class = HubEditView
    history_view_class = HubHistoryView
    usage_view_class = HubUsageView
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
        [
            FieldPanel("name"),
            FieldPanel("region"),
            FieldPanel("municipalities"),
            FieldPanel("postcode_areas"),
            FieldPanel("enabled_plugins"),
        ],
        base_form_class=HubForm,
    )


@hooks.register("register_admin_viewset")
def register_hub_viewset():
    return HubViewSet("hubs")
