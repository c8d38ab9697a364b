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
# App workers must share one cache: the host -> hub lookup, the page cache and their invalidation
# (a new hub, a published page) reach all workers only through it. hubplatform/wsgi.py refuses to
# serve without it; commands such as makemigrations need no cache and still run.
KNOOPPUNT_REQUIRE_SHARED_CACHE = True
# The hub registry is the list of allowed hosts: django-tenants' middleware, the first one, looks
# every Host up in tenants.Domain and answers a host of no hub with a 404 before anything else
# reads it (tenants.views.unknown_host). A hub created with create_hub is served at once, without
# a restart. Links in e-mails come from each hub's Wagtail Site, not from the Host header
# (security/mail_links.py), and nginx passes only its own $host and port.
ALLOWED_HOSTS = ["*"]
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
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# HSTS on every HTTPS response: a year, each hub domain on its own (no includeSubDomains: a
# municipality's other subdomains are not ours to pin). Set KNOOPPUNT_HSTS_SECONDS=0 to switch off.
SECURE_HSTS_SECONDS = int(os.environ.get("KNOOPPUNT_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = False
SECURE_HSTS_PRELOAD = False
# nginx (on this machine) puts the visitor's address in X-Real-IP: lockouts count per visitor.
KNOOPPUNT_TRUST_X_REAL_IP = True
# Mail (password resets, moderation, notifications) through the SMTP server of the environment.
# Without one, a relay on this machine (localhost:25); any other server gets STARTTLS on the
# submission port unless told otherwise, so a mail password never crosses the network in the clear.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
_LOCAL_RELAY = EMAIL_HOST in ("localhost", "127.0.0.1", "::1")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25" if _LOCAL_RELAY else "587"))
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "0" if _LOCAL_RELAY else "1") == "1"
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
# A mail server that does not answer must not hold a gunicorn worker until its timeout.
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Knooppunt <noreply@knooppunt.example.nl>")
# The sender of Django's own error mails (to ADMINS, when any are set).
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)

STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"  # noqa: F405

LOGGING["root"]["level"] = "INFO"  # noqa: F405
