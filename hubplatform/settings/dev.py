from .base import *  # noqa: F401,F403

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-not-secret"  # noqa: F405
# Any host may ask; the tenant middleware answers unknown hosts with a 404.
ALLOWED_HOSTS = ["*"]
KNOOPPUNT_SITE_PORT = 8000
WAGTAILADMIN_BASE_URL = "http://localhost:8000"
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
