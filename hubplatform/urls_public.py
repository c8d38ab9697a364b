"""
URLs of the regional portal (the public schema). The portal is a Wagtail site like a hub, with
its own admin for coordinators, so it serves the same routes.
"""

from hubplatform.urls_tenants import urlpatterns  # noqa: F401
