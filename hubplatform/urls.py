"""
The routes every host serves. The portal (public schema) and the hubs get the same core routes;
each also gets the URLs plugins mount on it (`PluginUrls.on`).
"""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from pages import views
from plugins.urls import plugin_urlpatterns
from search import views as search_views
from security import views as security_views
from tenants.branding import views as branding_views


def site_urlpatterns(site):
    """The URL patterns of `site`: "hubs" or "portal"."""
    return [
        path("healthz", views.healthz, name="healthz"),
        path("sitemap.xml", views.sitemap, name="sitemap"),
        path("robots.txt", views.robots_txt, name="robots_txt"),
        path("huisstijl/<str:version>.css", branding_views.theme_css, name="theme_css"),
        re_path(
            r"^%s(?P<schema_name>[a-z0-9_]+)/(?P<path>.+)$" % settings.MEDIA_URL.lstrip("/"),
            views.serve_media,
            name="media",
        ),
        path("admin/", include(wagtailadmin_urls)),
        # Wagtail's password forms, their failures counted as a login form's (security/); before
        # Wagtail's own routes to them, which they take the place of.
        path(
            "documents/authenticate_with_password/<int:restriction_id>/",
            security_views.document_password,
            name="wagtaildocs_authenticate_with_password",
        ),
        # Ahead of Wagtail's route for the same path (which still builds the documents' URLs): the
        # file with the headers of every upload.
        re_path(r"^documents/(?P<document_id>\d+)/(?P<document_filename>.*)$", views.serve_document, name="document"),
        path("documents/", include(wagtaildocs_urls)),
        path("api/search/", search_views.api_search, name="search_api"),
        path("zoeken/naar/", search_views.click, name="search_click"),
        *plugin_urlpatterns(site, localized=False),
    ] + i18n_patterns(
        path("zoeken/", search_views.search, name="search"),
        # The portal's page per region (answers 404 on hubs).
        path("", include("regions.urls")),
        *plugin_urlpatterns(site, localized=True),
        path(
            "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
            security_views.page_password,
            name="wagtailcore_authenticate_with_password",
        ),
        # Wagtail's page serving catches every other path, so it comes last.
        path("", include(wagtail_urls)),
        prefix_default_language=False,
    )
