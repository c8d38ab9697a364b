"""
Settings shared by every environment.

The public schema is the regional portal; each municipality's hub is a schema of its own
(django-tenants). Wagtail is installed in both, so the portal and every hub have a full CMS.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url

from plugins.discovery import discover_plugin_apps

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = []

# Wagtail's own apps, wanted in the portal and in every hub.
WAGTAIL_APPS = [
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
]

DJANGO_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

# Plugins are the Django apps under plugins/ (found by their apps.py). Each declares where its
# data lives, which decides the schema lists it goes in (see schema_app_lists).
PLUGINS = discover_plugin_apps(BASE_DIR / "plugins")


def schema_app_lists(plugins):
    """SHARED_APPS, TENANT_APPS and INSTALLED_APPS for the given plugin apps.

    An app whose tables relate to per-schema tables (pages, images, users) is in both lists, so
    the portal and every hub hold its tables and a cascading delete never crosses schemas
    (hubplatform.checks). Per-hub plugins are such apps. Network-wide plugins live in the public
    schema only; hubs read them through tenants.gateway (plugins.checks).
    """
    shared = [
        "django_tenants",
        "hubplatform",
        "tenants",
        "regions",
        "plugins",
        "pages",
        "tenants.branding",
        "blocks",
        "search",
        "django_tasks",
        "django_tasks_db",
        "demo",
        "scheduling",
        "security",
        "backups",
        "axes",
        *plugins.all,
        *WAGTAIL_APPS,
        *DJANGO_APPS,
    ]
    tenant = [
        "pages",
        "tenants.branding",
        # Failed logins and lockouts per schema: a lockout in one hub never touches another's users.
        "axes",
        *plugins.per_hub,
        *WAGTAIL_APPS,
        "django.contrib.auth",
        "django.contrib.contenttypes",
        "django.contrib.sessions",
        "django.contrib.messages",
    ]
    return shared, tenant, shared + [app for app in tenant if app not in shared]


SHARED_APPS, TENANT_APPS, INSTALLED_APPS = schema_app_lists(PLUGINS)

TENANT_MODEL = "tenants.Hub"
TENANT_DOMAIN_MODEL = "tenants.Domain"

# New hubs are cloned from this schema instead of running ~200 migrations (0.6 s instead of 7 s).
# `manage.py prepare_template` keeps it migrated.
TENANT_BASE_SCHEMA = "hub_template"
TENANT_CREATION_FAKES_MIGRATIONS = True
TENANT_LIMIT_SET_CALLS = True
# migrate_schemas runs this migrate in each schema: it renders the project state once per process
# and sends post_migrate only to the apps that need it (tenants/migrating.py).
TENANT_BASE_MIGRATE_COMMAND = "tenants.migrating.Command"

MIDDLEWARE = [
    # django-tenants' middleware, with the host -> hub lookup cached (tenants/middleware.py).
    "tenants.middleware.CachedTenantMiddleware",
    # Anonymous page views come from the cache (pages/cache.py); it must sit right after the
    # tenant middleware so that a hit skips the rest but keeps the headers they added.
    "pages.cache.AnonymousPageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Content-Security-Policy and Permissions-Policy (security/headers.py).
    "security.headers.SecurityHeadersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Activates the language of an /en/ URL; pages without a prefix are Dutch.
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Turns a locked-out login into the Dutch lockout page (django-axes).
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "hubplatform.urls_tenants"
PUBLIC_SCHEMA_URLCONF = "hubplatform.urls_public"
# An unknown host gets a plain 404 that names no hub.
DEFAULT_NOT_FOUND_TENANT_VIEW = "tenants.views.unknown_host"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "tenants.context_processors.hub",
            ],
        },
    },
]

WSGI_APPLICATION = "hubplatform.wsgi.application"

# DATABASE_URL when set; otherwise the PostgreSQL on 127.0.0.1:5432 (the Makefile starts a
# project-local server and sets DATABASE_URL when none answers there).
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/knooppunt"),
        conn_max_age=60,
        # A kept connection that died with a database restart is replaced at the next request
        # instead of failing it; a database that is down fails a request in seconds, not minutes.
        conn_health_checks=True,
    )
}
DATABASES["default"].setdefault("OPTIONS", {}).setdefault("connect_timeout", 3)
DATABASES["default"]["ENGINE"] = "django_tenants.postgresql_backend"
DATABASE_ROUTERS = ["django_tenants.routers.TenantSyncRouter"]
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Every key of the default cache carries the schema name: without it Wagtail's cached site-root
# paths of one hub are served to another (a Helmond page got a Hardenberg URL).
# The "network" cache holds what tenants.gateway built from network-wide data; its keys are the
# same for every hub on purpose, so a shared piece is built once for all of them.
CACHE_KEY_FUNCTION = "django_tenants.cache.make_key"
CACHE_PREFIX = os.environ.get("KNOOPPUNT_CACHE_PREFIX", "knooppunt")
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    _CACHE = {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": REDIS_URL,
        "OPTIONS": {
            # django-redis's client, failing fast for a while after Redis did not answer.
            "CLIENT_CLASS": "hubplatform.cache_client.FailFastClient",
            # Redis down is a slower site, not a broken one: a cache error counts as a miss.
            "IGNORE_EXCEPTIONS": True,
            "SOCKET_CONNECT_TIMEOUT": 0.5,
            "SOCKET_TIMEOUT": 0.5,
        },
    }
else:
    _CACHE = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
CACHES = {
    "default": {
        **_CACHE,
        "KEY_FUNCTION": CACHE_KEY_FUNCTION,
        "REVERSE_KEY_FUNCTION": "django_tenants.cache.reverse_key",
        "KEY_PREFIX": CACHE_PREFIX,
    },
    "network": {**_CACHE, "KEY_PREFIX": f"{CACHE_PREFIX}-network", "LOCATION": _CACHE.get("LOCATION", "network")},
    # Residents' pages and the host -> hub lookup: every key names its schema or host itself, so
    # code running in any schema can empty one hub's pages (pages.cache.invalidate_hub).
    "pages": {**_CACHE, "KEY_PREFIX": f"{CACHE_PREFIX}-pages", "LOCATION": _CACHE.get("LOCATION", "pages")},
    # Wagtail looks image renditions up here instead of in the database; keys carry the schema,
    # since image ids are per hub. A rendition never changes (its key holds the image, filter and
    # focal point) and Wagtail removes the entry when it deletes one, so it is kept for a week,
    # not the default 5 minutes: an expired entry cost a query on a page's first view.
    "renditions": {
        **_CACHE,
        "TIMEOUT": 60 * 60 * 24 * 7,
        "KEY_FUNCTION": CACHE_KEY_FUNCTION,
        "KEY_PREFIX": f"{CACHE_PREFIX}-renditions",
        "LOCATION": _CACHE.get("LOCATION", "renditions"),
    },
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "nl"
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True
# Residents' languages: Dutch is the source, the others are translations (wagtail-localize).
# Each name is written in its own language, as the language switcher shows it.
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [
    ("nl", "Nederlands"),
    ("en", "English"),
    ("ar", "العربية"),
    ("tr", "Türkçe"),
    ("pl", "Polski"),
]
WAGTAIL_I18N_ENABLED = True
# A new translation starts as a draft, whatever the source's state. wagtail-localize's default
# publishes it at once when the source is live: a copy still in Dutch, shown to residents as the
# translation (for a shared piece: in every hub, without the "not translated" notice).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Interface strings of residents' pages (compiled .mo files are committed; tests check them).
LOCALE_PATHS = [BASE_DIR / "locale"]

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATIC_ROOT = BASE_DIR / "static"
STATIC_URL = "/static/"

# Each hub's uploads live in MEDIA_ROOT/<schema>/ and are served only on that hub's host
# (pages.views.serve_media).
DEFAULT_FILE_STORAGE_BACKEND = "django_tenants.files.storage.TenantFileSystemStorage"
STORAGES = {
    "default": {"BACKEND": DEFAULT_FILE_STORAGE_BACKEND},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = Path(os.environ.get("KNOOPPUNT_MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
MULTITENANT_RELATIVE_MEDIA_ROOT = "%s"
# Production lets nginx send the file after Django has checked the host (X-Accel-Redirect).
KNOOPPUNT_MEDIA_ACCEL_PREFIX = ""

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Knooppunt"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://localhost:8000")
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        "SEARCH_CONFIG": "dutch",
    }
}
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# No SVG: an SVG is a document that can carry script, and it would be served on the hub's host.
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
# Documents are always downloaded, never shown inline on the hub's host (PDFs included).
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
# Editors and coordinators work in Dutch only.
WAGTAILADMIN_PERMITTED_LANGUAGES = [("nl", "Nederlands")]
WAGTAILADMIN_USER_LOGIN_FORM = "tenants.forms.LoginForm"

# The port a hub's Wagtail Site answers on, so full URLs (sitemaps, previews) are right.
KNOOPPUNT_SITE_PORT = int(os.environ.get("KNOOPPUNT_SITE_PORT", "80"))
# Where "Snel weg" (quick exit) sends a resident: a neutral site that says nothing about the hub.
KNOOPPUNT_QUICK_EXIT_URL = os.environ.get("KNOOPPUNT_QUICK_EXIT_URL", "https://www.google.nl/search?q=weer")
# How long an anonymous page view stays in the page cache (pages.cache); publishing empties it.
KNOOPPUNT_PAGE_CACHE_SECONDS = 600
# Plugins switched on in a hub that create_hub makes.
KNOOPPUNT_DEFAULT_PLUGINS = ["directory", "walkin", "shared"]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

# --- Holding up in production: logins, headers, monitoring (security/, issue 9) ---
# Failed logins are counted per schema (axes is in SHARED_APPS and TENANT_APPS): after
# AXES_FAILURE_LIMIT failures for one user name, or from one client address, further attempts in
# that hub are refused for AXES_COOLOFF_TIME with a Dutch page (security.views.lockout_response).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
# A login that succeeds does not wipe the address's failures: it wiped them for every user name,
# so anyone with one account could guess another's password without end (four guesses, log in
# as oneself, again). Failures lapse after AXES_COOLOFF_TIME.
AXES_RESET_ON_SUCCESS = False
AXES_CLIENT_IP_CALLABLE = "security.clientip.client_ip"
AXES_USERNAME_CALLABLE = "security.clientip.client_username"
AXES_LOCKOUT_CALLABLE = "security.views.lockout_response"
AXES_ENABLE_ADMIN = False  # coordinators use the Wagtail view security.views.lockout_index
# X-Real-IP is believed only behind the shipped nginx (production), see security/clientip.py.
KNOOPPUNT_TRUST_X_REAL_IP = False
# /healthz gives details to loopback and to requests carrying this token (Authorization: Bearer).
KNOOPPUNT_MONITORING_TOKEN = os.environ.get("KNOOPPUNT_MONITORING_TOKEN", "")
# Content-Security-Policy on every response (security/headers.py), so dev and tests meet it too.
KNOOPPUNT_CSP = True
# Editors' avatars are not fetched from Gravatar (their e-mail hash would go to a third party).
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Federated search (search/, README "Federated search"). The index lives in PostgreSQL; a cluster
# (OpenSearch, or Elasticsearch) is used when its URL is set, with PostgreSQL as the fallback.
KNOOPPUNT_SEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.postgres"}}
if os.environ.get("KNOOPPUNT_SEARCH_URL"):
    KNOOPPUNT_SEARCH_BACKENDS["default"] = {
        "BACKEND": os.environ.get("KNOOPPUNT_SEARCH_ENGINE", "search.backends.opensearch"),
        "URLS": os.environ["KNOOPPUNT_SEARCH_URL"].split(","),
        "INDEX": os.environ.get("KNOOPPUNT_SEARCH_INDEX", "knooppunt"),
    }

# Wagtail's own tasks (reference index, image files) run at once, in the schema of the request
# that caused them: a worker would run them in the public schema. The index's tasks say which
# schema they read, so they queue in the database for the worker (`manage.py run_search_worker`).
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "search": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}
