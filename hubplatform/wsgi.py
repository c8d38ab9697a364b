import os

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hubplatform.settings.production")

application = get_wsgi_application()

# Several workers with a cache each would keep a new hub's host unknown, or a changed page stale,
# in some of them (hubplatform.settings.production).
if getattr(settings, "KNOOPPUNT_REQUIRE_SHARED_CACHE", False) and not settings.REDIS_URL:
    raise ImproperlyConfigured("Set the environment variable REDIS_URL; the app workers need a shared cache.")
