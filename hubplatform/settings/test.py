import os
from pathlib import Path

from .base import *  # noqa: F401,F403
from .base import BASE_DIR, discover_plugin_apps, schema_app_lists

SECRET_KEY = "test-only-not-secret"
ALLOWED_HOSTS = ["*"]
KNOOPPUNT_SITE_PORT = 80

# Two small plugins exercise the framework end to end; they are installed only in tests.
PLUGINS = discover_plugin_apps(BASE_DIR / "plugins", extra=["tests.example_plugin", "tests.example_pages_plugin"])
SHARED_APPS, TENANT_APPS, INSTALLED_APPS = schema_app_lists(PLUGINS)

TENANT_BASE_SCHEMA = "test_hub_template"
# A test that runs a second install in its own processes gives it its own media folder.
MEDIA_ROOT = Path(os.environ.get("KNOOPPUNT_MEDIA_ROOT", BASE_DIR / ".run" / "test-media"))
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

# The index's tasks run at once, inside the test's transaction.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "search": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}
