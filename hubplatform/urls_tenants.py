"""URLs of every hub (ROOT_URLCONF)."""

from hubplatform.urls import site_urlpatterns

urlpatterns = site_urlpatterns("hubs")
handler500 = "pages.views.server_error"
