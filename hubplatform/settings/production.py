"""
Production: everything comes from the environment, and the process refuses to start when a
secret is missing rather than run with a guessable default.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F401,F403


def required_env(name):
    value = os.environ.get(name, "")
    if not value:
        raise ImproperlyConfigured(f"Set the environment variable {name}; production will not start without it.")
    return value


DEBUG = False
SECRET_KEY = required_env("DJANGO_SECRET_KEY")
required_env("DATABASE_URL")
ALLOWED_HOSTS = required_env("DJANGO_ALLOWED_HOSTS").split(",")
WAGTAILADMIN_BASE_URL = required_env("WAGTAILADMIN_BASE_URL")

KNOOPPUNT_SITE_PORT = int(os.environ.get("KNOOPPUNT_SITE_PORT", "443"))
KNOOPPUNT_MEDIA_ACCEL_PREFIX = "/_protected_media/"

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Behind nginx, SERVER_PORT is gunicorn's own port (8001), which request.get_port() would put in
# the links between portal and hubs; nginx sends the visitor's port (infra/nginx/knooppunt.conf).
USE_X_FORWARDED_PORT = True
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = os.environ.get("KNOOPPUNT_HTTPS", "1") == "1"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "SAMEORIGIN"
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"  # noqa: F405

LOGGING["root"]["level"] = "INFO"  # noqa: F405
