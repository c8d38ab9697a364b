"""
URLs of every hub. The portal (public schema) serves the same routes: see urls_public.
"""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from hubplatform import views
from search import views as search_views

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("sitemap.xml", views.sitemap, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    re_path(
        r"^%s(?P<schema_name>[a-z0-9_]+)/(?P<path>.+)$" % settings.MEDIA_URL.lstrip("/"),
        views.serve_media,
        name="media",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

urlpatterns += i18n_patterns(
    path("zoeken/", search_views.search, name="search"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
