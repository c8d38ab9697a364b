from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from security import views
from security.lockouts import can_manage


@hooks.register("register_admin_urls")
def register_lockout_urls():
    return [
        path("inlogblokkades/", views.lockout_index, name="security_lockouts"),
        path("inlogblokkades/opheffen/", views.lockout_lift, name="security_lockout_lift"),
    ]


class LockoutMenuItem(MenuItem):
    def is_shown(self, request):
        return can_manage(request.user)


@hooks.register("register_settings_menu_item")
def register_lockout_menu_item():
    return LockoutMenuItem("Inlogblokkades", reverse("security_lockouts"), icon_name="lock", order=900)
