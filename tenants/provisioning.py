"""
Creating, preparing and removing hubs. The management commands are thin wrappers around this.

A hub is cloned from a template that `prepare_template` keeps ready, in two schemas:
- `hub_template` (TENANT_BASE_SCHEMA): every tenant migration applied, nothing else;
- `hub_template_ready`: a copy of it in which `set_up_site` has already made everything a new hub
  gets that does not depend on the hub (home page and its revision, Site, branding, locales, the
  editors' role and its permissions, Wagtail's search entry), under a placeholder name and domain.
A new hub is a copy of the second; `personalize_site` then writes the hub's name, domain and a
fresh translation key into the few rows that hold them, in one statement, and does what the
signals of the slow way would have done (search index, caches). Copying a schema takes well under
a second where running Wagtail's ~200 migrations takes seconds, and building the site with the ORM
took another half second per hub. `tests/tenants/test_provisioning.py` compares a hub made this way
with one made the slow way (copy of `hub_template`, then `set_up_site`), row for row.
"""

import re
import shutil
import time
from dataclasses import dataclass

import hashlib
import uuid

from django.conf import settings
from django.core.cache import cache as default_cache
from django.core.management import call_command
from django.db import connection, transaction
from django.utils import timezone
from django.db.migrations.executor import MigrationExecutor
from django_tenants.utils import (
    get_public_schema_name,
    quote_schema_name,
    schema_context,
    schema_exists,
    tenant_context,
)
from wagtail.models import Locale, Page, Site

from hubplatform.progress import Progress
from pages import cache as page_cache
from pages.models import HomePage, PortalHomePage
from plugins.registry import registry
from regions.models import Region
from search.indexing import reindex_once, request_reindex
from tenants.branding.models import BrandingSettings
from tenants.cloning import clone_schema
from tenants.models import Domain, Hub
from tenants.roles import ensure_coordinator_group, ensure_editor_group

SLUG_PATTERN = re.compile(r"^[a-z][a-z0-9-]{1,38}[a-z0-9]$")
HOSTNAME_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
RESERVED_SLUGS = {"public", "portaal", "www", "admin", "static", "media", "template"}

# Wagtail renamed PageRevision to Revision; PostgreSQL kept the identity sequence's old name, and
# django-tenants' clone function fails on a template with the old name. tenants.cloning copes
# either way; the rename keeps the template what a fresh migration would have made.
RENAMED_SEQUENCES = {"wagtailcore_pagerevision_id_seq": "wagtailcore_revision_id_seq"}


class ProvisioningError(Exception):
    """Bad input or a conflict; the message says what to change."""


@dataclass
class ProvisionResult:
    hub: Hub
    created: bool
    seconds: float


# The ready template's site is made under these; personalize_site replaces them.
PLACEHOLDER_NAME = "Nieuwe hub"
PLACEHOLDER_DOMAIN = "sjabloon.invalid"
# Raise when what set_up_site makes changes without a migration, so --if-stale rebuilds the ready
# template.
READY_TEMPLATE_VERSION = 1


def template_schema_name():
    """The migrated template (TENANT_BASE_SCHEMA): tenant migrations run here."""
    return settings.TENANT_BASE_SCHEMA


def ready_template_schema_name():
    """The template new hubs are copied from: the migrated template plus the hub-independent site."""
    return f"{settings.TENANT_BASE_SCHEMA}_ready"


def schema_name_for(slug):
    return slug.replace("-", "_")


# --- the template schema -------------------------------------------------------------------------


def template_is_current():
    """True when the template schema exists with every tenant migration on disk applied, and the
    ready template was made from it as it is now."""
    template = template_schema_name()
    if not schema_exists(template):
        return False
    with schema_context(template):
        executor = MigrationExecutor(connection)
        if executor.migration_plan(executor.loader.graph.leaf_nodes()):
            return False
    return _schema_comment(ready_template_schema_name()) == _ready_marker()


def prepare_template(verbosity=0, progress=None):
    """Create the template schema if needed, migrate it, fix the renamed sequences, and make the
    ready template from it anew."""
    progress = (progress or Progress()).steps(4)
    template = template_schema_name()
    progress.step(f"Schema {template} aanmaken")
    with connection.cursor() as cursor:
        cursor.execute(f'CREATE SCHEMA IF NOT EXISTS "{template}"')
    progress.step(f"Migraties uitvoeren in {template}")
    call_command("migrate_schemas", tenant=True, schema_name=template, interactive=False, verbosity=verbosity)
    progress.step("Hernoemde sequences rechtzetten")
    fix_renamed_sequences(template)
    progress.step(f"Startpagina, site, huisstijl en redactierol klaarzetten in {ready_template_schema_name()}")
    prepare_ready_template()


def prepare_ready_template():
    """(Re)make the ready template: a copy of the migrated template with set_up_site done in it."""
    ready = ready_template_schema_name()
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute(f'DROP SCHEMA IF EXISTS "{ready}" CASCADE')
        clone_schema(template_schema_name(), ready)
        placeholder = Hub(schema_name=ready, slug="sjabloon", name=PLACEHOLDER_NAME)
        with schema_context(ready):
            set_up_site(placeholder, PLACEHOLDER_DOMAIN)
        marker = _ready_marker()
        with connection.cursor() as cursor:
            cursor.execute(f"COMMENT ON SCHEMA \"{ready}\" IS '{marker}'")
        connection.set_schema_to_public()


def _ready_marker():
    """What the ready template was made from: the migrated template's migration records and
    READY_TEMPLATE_VERSION."""
    with connection.cursor() as cursor:
        cursor.execute(f'SELECT app, name FROM "{template_schema_name()}".django_migrations ORDER BY app, name')
        applied = "\n".join(f"{app}.{name}" for app, name in cursor.fetchall())
    digest = hashlib.sha256(f"{READY_TEMPLATE_VERSION}\n{applied}".encode()).hexdigest()[:16]
    return f"knooppunt-ready-template {digest}"


def _schema_comment(schema):
    with connection.cursor() as cursor:
        cursor.execute("SELECT obj_description(oid, 'pg_namespace') FROM pg_namespace WHERE nspname = %s", [schema])
        row = cursor.fetchone()
    return row[0] if row else None


def fix_renamed_sequences(schema):
    with connection.cursor() as cursor:
        for old, new in RENAMED_SEQUENCES.items():
            cursor.execute(
                """
                SELECT
                  EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                          WHERE n.nspname = %(schema)s AND c.relname = %(old)s AND c.relkind = 'S'),
                  EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                          WHERE n.nspname = %(schema)s AND c.relname = %(new)s)
                """,
                {"schema": schema, "old": old, "new": new},
            )
            old_exists, new_exists = cursor.fetchone()
            if old_exists and not new_exists:
                cursor.execute(f'ALTER SEQUENCE "{schema}"."{old}" RENAME TO "{new}"')


# --- validation --------------------------------------------------------------------------------


def validate_slug(slug):
    if not SLUG_PATTERN.match(slug or ""):
        raise ProvisioningError(
            f"Ongeldige korte naam {slug!r}: gebruik 3 tot 40 kleine letters, cijfers of streepjes, "
            "beginnend met een letter (bijvoorbeeld 'hardenberg' of 'west-betuwe')."
        )
    if slug in RESERVED_SLUGS or schema_name_for(slug) in (template_schema_name(), ready_template_schema_name()):
        raise ProvisioningError(f"De korte naam {slug!r} is gereserveerd; kies een andere.")


def validate_domain(domain):
    labels = (domain or "").split(".")
    if len(domain or "") > 253 or not all(HOSTNAME_LABEL.match(label) for label in labels):
        raise ProvisioningError(
            f"Ongeldig domein {domain!r}: gebruik een hostnaam zonder http:// en zonder poort, "
            "in kleine letters (bijvoorbeeld 'hardenberg.localhost')."
        )


def validate_plugins(keys):
    """Refuse unknown plugin keys, and plugins whose required plugins are not switched on too."""
    known = registry.keys()
    unknown = sorted(set(keys) - set(known))
    if unknown:
        raise ProvisioningError(f"Onbekende plugin(s): {', '.join(unknown)}. Beschikbaar: {', '.join(known)}.")
    for key in keys:
        missing = [required for required in registry.get(key).requires if required not in keys]
        if missing:
            raise ProvisioningError(
                f"De plugin {key!r} werkt alleen als ook {', '.join(missing)} aan staat in dezelfde hub."
            )


def find_region(region_slug):
    try:
        return Region.objects.get(slug=region_slug)
    except Region.DoesNotExist:
        known = ", ".join(Region.objects.values_list("slug", flat=True)) or "(nog geen regio's)"
        raise ProvisioningError(f"Onbekende regio {region_slug!r}. Bekende regio's: {known}.") from None


# --- creating a hub ---------------------------------------------------------------------------------


# How a new hub's schema is made (provision_hub's `method`).
FROM_READY_TEMPLATE = "ready"  # copy of the ready template, then personalize_site (the default)
FROM_TEMPLATE = "template"  # copy of the migrated template, then set_up_site: the slow way, to compare
BY_MIGRATIONS = "migrations"  # every migration, then set_up_site: slower still
METHODS = (FROM_READY_TEMPLATE, FROM_TEMPLATE, BY_MIGRATIONS)


def provision_hub(slug, name, domain, region_slug, plugins=None, progress=None, method=FROM_READY_TEMPLATE):
    """Create a hub, or confirm an identical one exists. Nothing is left behind when it fails.

    `plugins` are the keys to switch on (default: KNOOPPUNT_DEFAULT_PLUGINS). `method` says how
    the schema is made (METHODS); the other two make the same hub more slowly, for comparison.
    """
    started = time.perf_counter()
    progress = progress or Progress()
    if method not in METHODS:
        raise ValueError(f"method must be one of {METHODS}")
    validate_slug(slug)
    validate_domain(domain)
    if not (name or "").strip():
        raise ProvisioningError("Geef de hub een naam met --name.")
    region = find_region(region_slug)
    plugins = list(settings.KNOOPPUNT_DEFAULT_PLUGINS if plugins is None else plugins)
    validate_plugins(plugins)

    existing = Hub.objects.filter(slug=slug).first()
    domain_owner = Domain.objects.filter(domain=domain).select_related("tenant").first()
    if domain_owner and domain_owner.tenant.slug != slug:
        raise ProvisioningError(f"Het domein {domain} is al in gebruik door {domain_owner.tenant.name}.")
    if existing:
        if existing.primary_domain != domain:
            raise ProvisioningError(
                f"De hub {slug!r} bestaat al, met domein {existing.primary_domain}; "
                "verwijder hem eerst of kies een andere korte naam."
            )
        progress.steps(1).step(f"Hub {slug} bestaat al; site en startpagina controleren")
        with transaction.atomic(), tenant_context(existing):
            set_up_site(existing, domain)
        return ProvisionResult(existing, created=False, seconds=time.perf_counter() - started)
    if schema_exists(schema_name_for(slug)):
        raise ProvisioningError(
            f"Er staat al een schema {schema_name_for(slug)!r} in de database dat bij geen hub hoort. "
            "Ruim het op voordat u deze hub aanmaakt."
        )

    source = {FROM_READY_TEMPLATE: ready_template_schema_name(), FROM_TEMPLATE: template_schema_name()}.get(method)
    if source and not schema_exists(source):
        raise ProvisioningError(
            f"Het sjabloonschema {source!r} ontbreekt. Voer eerst 'manage.py prepare_template' uit."
        )

    hub = Hub(
        schema_name=schema_name_for(slug),
        slug=slug,
        name=name.strip(),
        region=region,
        enabled_plugins=plugins,
    )
    hub.clone_from_template = source is not None
    hub.template_schema = source
    if source:
        # Cloning works inside a transaction, so a failure anywhere leaves nothing behind.
        with transaction.atomic():
            _create(hub, domain, progress, f"Schema {hub.schema_name} klonen uit {source}", method)
    else:
        # Migrations cannot run inside a transaction ("pending trigger events"): clean up by hand.
        try:
            _create(hub, domain, progress, f"Schema {hub.schema_name} opbouwen met migraties", method)
        except BaseException:
            if hub.pk:
                Hub.objects.filter(pk=hub.pk).delete()
            with connection.cursor() as cursor:
                cursor.execute(f'DROP SCHEMA IF EXISTS "{hub.schema_name}" CASCADE')
            raise
    return ProvisionResult(hub, created=True, seconds=time.perf_counter() - started)


def _create(hub, domain, progress, first_step, method):
    progress.steps(3).step(first_step)
    hub.save(verbosity=0)
    progress.step(f"Domein {domain} koppelen")
    Domain.objects.create(domain=domain, tenant=hub, is_primary=True)
    with tenant_context(hub):
        if method == FROM_READY_TEMPLATE:
            progress.step("Naam en domein invullen in startpagina, site en huisstijl")
            personalize_site(hub, domain)
        else:
            progress.step("Wagtail-site, startpagina, huisstijl en redactierol inrichten")
            site = set_up_site(hub, domain)
            # Publishing the home page asked the search index for it before the Site existed, so
            # it had no URL and was left out; ask again now.
            _index_home_page(hub, site.root_page_id)


def set_up_site(hub, domain):
    """Give the hub's schema a home page, a Site answering on its domain, branding and an editor role."""
    home, site = _install_site(
        HomePage,
        hub.name,
        domain,
        hero_title=hub.name,
        hero_intro="Informatie en hulp bij relatieproblemen en scheiden, dichtbij huis.",
    )
    ensure_editor_group(home)
    return site


# Every row of the ready template's site that holds the hub's name, domain or the moment it was
# made, and nothing else: a copy of the ready template with these written is what set_up_site makes
# in a copy of the migrated template (tests/tenants/test_provisioning.py checks it row for row).
PERSONALIZE = """
    SELECT root_page_id FROM wagtailcore_site WHERE is_default_site;
    UPDATE wagtailcore_site SET hostname = %(domain)s, port = %(port)s, site_name = %(name)s
        WHERE is_default_site;
    UPDATE wagtailcore_page SET title = %(name)s, draft_title = %(name)s, translation_key = %(key)s,
            latest_revision_created_at = %(now)s, first_published_at = %(now)s, last_published_at = %(now)s
        WHERE id = (SELECT root_page_id FROM wagtailcore_site WHERE is_default_site);
    UPDATE pages_homepage SET hero_title = %(name)s
        WHERE page_ptr_id = (SELECT root_page_id FROM wagtailcore_site WHERE is_default_site);
    UPDATE wagtailcore_revision SET created_at = %(now)s, object_str = %(name)s,
            content = content || jsonb_build_object(
                'title', %(name)s::text, 'draft_title', %(name)s::text, 'hero_title', %(name)s::text,
                'translation_key', %(key)s::text)
        WHERE id = (SELECT latest_revision_id FROM wagtailcore_page
                    WHERE id = (SELECT root_page_id FROM wagtailcore_site WHERE is_default_site));
    UPDATE wagtailcore_pagelogentry SET label = %(name)s, timestamp = %(now)s
        WHERE page_id = (SELECT root_page_id FROM wagtailcore_site WHERE is_default_site);
    UPDATE branding_brandingsettings SET hub_name = %(name)s
        WHERE site_id = (SELECT id FROM wagtailcore_site WHERE is_default_site) AND hub_name = %(placeholder)s
"""


def _index_home_page(hub, home_id):
    from search.tasks import reindex_hub_pages

    reindex_hub_pages.enqueue(hub.slug, [home_id])


def personalize_site(hub, domain):
    """In a copy of the ready template (the current schema): the hub's name, domain and a new
    translation key where set_up_site would have written them, then what the signals of
    set_up_site's saves would have done."""
    from wagtail.search.index import insert_or_update_object

    with connection.cursor() as cursor:
        cursor.execute(
            PERSONALIZE,
            {"name": hub.name, "domain": domain, "port": settings.KNOOPPUNT_SITE_PORT, "key": uuid.uuid4(),
             "now": timezone.now(), "placeholder": PLACEHOLDER_NAME},
        )
        home_id = cursor.fetchone()[0]  # psycopg reads the first statement's result
    # Wagtail's own search entry of the home page holds its title (weighted, stemmed): Wagtail
    # writes it, as its post_save handler would have. Its upsert draws an id it does not use; the
    # sequence is put back, so the hub's next ids are those of a hub made the slow way.
    with connection.cursor() as cursor:
        cursor.execute("SELECT last_value, is_called FROM wagtailsearch_indexentry_id_seq")
        position = cursor.fetchone()
        insert_or_update_object(HomePage.objects.get(pk=home_id))
        cursor.execute("SELECT setval('wagtailsearch_indexentry_id_seq', %s, %s)", position)
    # What the saves' signals do in set_up_site: the network's search index learns the home page
    # (page_published), and nothing cached under this schema's name from an earlier hub of the
    # same name survives (Site, Locale, BrandingSettings and page saves).
    _index_home_page(hub, home_id)
    Site.clear_site_root_paths_cache()
    default_cache.delete("pages:locale-ids")
    page_cache.invalidate_current_schema()


def ensure_locales():
    """Every content language as a Wagtail locale, so editors can translate into each of them."""
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


def _install_site(home_model, name, domain, **home_fields):
    root = Page.get_first_root_node()
    home = home_model.objects.child_of(root).first()
    if home is None:
        # Wagtail's migrations leave a placeholder welcome page (and a Site on it) that holds the
        # slug "home"; the schema's own home page replaces both.
        Page.objects.child_of(root).exact_type(Page).delete()
        home = home_model(title=name, slug="home", locale=Locale.get_default(), **home_fields)
        root.add_child(instance=home)
        home.save_revision().publish()

    ensure_locales()
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname = domain
    site.port = settings.KNOOPPUNT_SITE_PORT
    site.site_name = name
    site.root_page = home
    site.save()

    branding = BrandingSettings.for_site(site)
    if branding.hub_name == BrandingSettings._meta.get_field("hub_name").default:
        branding.hub_name = name
        branding.save()
    return home, site


# --- the portal ----------------------------------------------------------------------------------


def ensure_portal(domain, name="Knooppunt"):
    """Register the public schema as the regional portal on `domain`, with its home page and site."""
    validate_domain(domain)
    with transaction.atomic():
        portal, _ = Hub.objects.get_or_create(
            schema_name=get_public_schema_name(), defaults={"name": name, "slug": "portaal"}
        )
        owner = Domain.objects.filter(domain=domain).select_related("tenant").first()
        if owner and owner.tenant_id != portal.pk:
            raise ProvisioningError(f"Het domein {domain} is al in gebruik door {owner.tenant.name}.")
        Domain.objects.get_or_create(domain=domain, tenant=portal, defaults={"is_primary": True})
        home, _site = _install_site(PortalHomePage, name, domain, hero_title=name)
        ensure_coordinator_group(home)
    return portal


# --- removing a hub ------------------------------------------------------------------------------


def set_hub_plugins(hub, enable=(), disable=()):
    """Switch plugins on and off in a hub; refuses unknown keys and missing required plugins."""
    if set(enable) & set(disable):
        raise ProvisioningError("Een plugin kan niet tegelijk aan en uit.")
    validate_plugins([*enable, *disable])
    keys = sorted((set(hub.enabled_plugins) | set(enable)) - set(disable))
    # A key of a plugin no longer installed stays: it is on again if the plugin comes back.
    validate_plugins([key for key in keys if registry.get(key)])
    hub.enabled_plugins = keys
    hub.save(update_fields=["enabled_plugins"])
    return keys


def remove_hub(slug, progress=None):
    progress = (progress or Progress()).steps(2)
    hub = Hub.objects.filter(slug=slug).first()
    if hub is None:
        raise ProvisioningError(f"Er is geen hub met korte naam {slug!r}.")
    if hub.schema_name == get_public_schema_name():
        raise ProvisioningError("Het regionale portaal kan niet worden verwijderd.")
    progress.step(f"Schema {hub.schema_name} en domeinen verwijderen")
    with transaction.atomic(), reindex_once():
        # The hub's rows in the public schema go first, while the foreign-key checks are still
        # deferred: Django orders that cascade (domains, search rows, the partners the hub keeps in
        # the directory) only along non-nullable keys and leaves the rest to those checks, e.g. a
        # walk-in schedule's link to its service at a location. Hub.delete() leaves the schema
        # (auto_drop_schema is off).
        hub.delete()
        with connection.cursor() as cursor:
            # Deferred checks still pending, of this cascade or of earlier work in an enclosing
            # transaction, would block DROP SCHEMA ("pending trigger events"). Nothing in a hub's
            # schema refers to the public rows just deleted.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute(f"DROP SCHEMA {quote_schema_name(hub.schema_name)} CASCADE")
        # Network-wide documents (partners, shared pages) name the hubs they are shown in.
        for plugin in registry.all():
            if plugin.is_network_wide and plugin.indexers:
                request_reindex(plugin.plugin_key)
    progress.step("Geüploade bestanden verwijderen")
    shutil.rmtree(settings.MEDIA_ROOT / hub.schema_name, ignore_errors=True)
