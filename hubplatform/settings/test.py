from .base import *  # noqa: F401,F403

SECRET_KEY = "test-only-not-secret"
ALLOWED_HOSTS = ["*"]
KNOOPPUNT_SITE_PORT = 80

# The example plugin exercises the plugin framework end to end; it is installed only in tests.
SHARED_APPS = [*SHARED_APPS, "tests.example_plugin"]  # noqa: F405
TENANT_APPS = [*TENANT_APPS, "tests.example_plugin"]  # noqa: F405
INSTALLED_APPS = [*INSTALLED_APPS, "tests.example_plugin"]  # noqa: F405

TENANT_BASE_SCHEMA = "test_hub_template"
MEDIA_ROOT = BASE_DIR / ".run" / "test-media"  # noqa: F405
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
