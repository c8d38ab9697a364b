"""URLs of the regional portal, the public schema (PUBLIC_SCHEMA_URLCONF)."""

from hubplatform.urls import site_urlpatterns

urlpatterns = site_urlpatterns("portal")
handler500 = "pages.views.server_error"
