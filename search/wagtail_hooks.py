from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from search import admin_views
from tenants.current import on_portal


@hooks.register("register_admin_urls")
def register_search_admin_urls():
    return [
        path("zoeken/synoniemen/", admin_views.synonyms, name="search_synonyms"),
        path("zoeken/rapport/", admin_views.report, name="search_report"),
    ]


class SynonymsMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.can_edit_synonyms(request.user)


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return not on_portal()


@hooks.register("register_admin_menu_item")
def register_synonyms_menu_item():
    return SynonymsMenuItem("Synoniemen (zoeken)", reverse("search_synonyms"), icon_name="search", order=650)


@hooks.register("register_admin_menu_item")
def register_report_menu_item():
    return ReportMenuItem("Zoekrapport", reverse("search_report"), icon_name="search", order=650)
