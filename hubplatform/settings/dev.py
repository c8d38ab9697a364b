from .base import *  # noqa: F401,F403

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-not-secret"  # noqa: F405
# Any host may ask; the tenant middleware answers unknown hosts with a 404.
ALLOWED_HOSTS = ["*"]
KNOOPPUNT_SITE_PORT = 8000
WAGTAILADMIN_BASE_URL = "http://localhost:8000"
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# runserver answers each request in a thread of its own, and a kept connection stays with its
# thread: under a burst of requests it held ~80 idle connections and the server ran out. One
# connection per request here; production's gunicorn workers keep theirs (base.py).
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
