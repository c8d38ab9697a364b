"""
Creating, preparing and removing hubs. The management commands are thin wrappers around this.

A hub is cloned from a template schema that `prepare_template` keeps migrated: copying a schema
takes well under a second where running Wagtail's ~200 migrations takes seconds.
"""

import re
import shutil
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.management import call_command
from django.db import connection, transaction
from django.db.migrations.executor import MigrationExecutor
from django_tenants.utils import (
    get_public_schema_name,
    schema_context,
    schema_exists,
    tenant_context,
)
from wagtail.models import Locale, Page, Site

from hubplatform.progress import Progress
from pages.models import HomePage, PortalHomePage
from plugins.registry import registry
from regions.models import Region
from tenants.branding.models import BrandingSettings
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


def template_schema_name():
    return settings.TENANT_BASE_SCHEMA


def schema_name_for(slug):
    return slug.replace("-", "_")


# --- the template schema -------------------------------------------------------------------------


def template_is_current():
    """True when the template schema exists and every tenant migration on disk is applied to it."""
    template = template_schema_name()
    if not schema_exists(template):
        return False
    with schema_context(template):
        executor = MigrationExecutor(connection)
        return not executor.migration_plan(executor.loader.graph.leaf_nodes())


def prepare_template(verbosity=0, progress=None):
    """Create the template schema if needed, migrate it and fix the renamed sequences."""
    progress = (progress or Progress()).steps(3)
    template = template_schema_name()
    progress.step(f"Schema {template} aanmaken")
    with connection.cursor() as cursor:
        cursor.execute(f'CREATE SCHEMA IF NOT EXISTS "{template}"')
    progress.step(f"Migraties uitvoeren in {template}")
    call_command("migrate_schemas", tenant=True, schema_name=template, interactive=False, verbosity=verbosity)
    progress.step("Hernoemde sequences rechtzetten")
    fix_renamed_sequences(template)


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
    if slug in RESERVED_SLUGS or schema_name_for(slug) == template_schema_name():
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


def provision_hub(slug, name, domain, region_slug, plugins=None, progress=None, clone=True):
    """Create a hub, or confirm an identical one exists. Nothing is left behind when it fails.

    `plugins` are the keys to switch on (default: KNOOPPUNT_DEFAULT_PLUGINS). `clone=False` builds
    the schema by running every migration instead (slow; for comparison).
    """
    started = time.perf_counter()
    progress = progress or Progress()
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

    if clone and not schema_exists(template_schema_name()):
        raise ProvisioningError(
            f"Het sjabloonschema {template_schema_name()!r} ontbreekt. Voer eerst 'manage.py prepare_template' uit."
        )

    hub = Hub(
        schema_name=schema_name_for(slug),
        slug=slug,
        name=name.strip(),
        region=region,
        enabled_plugins=plugins,
    )
    hub.clone_from_template = clone
    if clone:
        # Cloning works inside a transaction, so a failure anywhere leaves nothing behind.
        with transaction.atomic():
            _create(hub, domain, progress, f"Schema {hub.schema_name} klonen uit {template_schema_name()}")
    else:
        # Migrations cannot run inside a transaction ("pending trigger events"): clean up by hand.
        try:
            _create(hub, domain, progress, f"Schema {hub.schema_name} opbouwen met migraties")
        except BaseException:
            if hub.pk:
                Hub.objects.filter(pk=hub.pk).delete()
            with connection.cursor() as cursor:
                cursor.execute(f'DROP SCHEMA IF EXISTS "{hub.schema_name}" CASCADE')
            raise
    return ProvisionResult(hub, created=True, seconds=time.perf_counter() - started)


def _create(hub, domain, progress, first_step):
    progress.steps(3).step(first_step)
    hub.save(verbosity=0)
    progress.step(f"Domein {domain} koppelen")
    Domain.objects.create(domain=domain, tenant=hub, is_primary=True)
    progress.step("Wagtail-site, startpagina, huisstijl en redactierol inrichten")
    with tenant_context(hub):
        set_up_site(hub, domain)


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
    with transaction.atomic():
        # Deferred foreign-key checks still pending in this transaction would block DROP SCHEMA.
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        hub.delete(force_drop=True)
    progress.step("Geüploade bestanden verwijderen")
    shutil.rmtree(settings.MEDIA_ROOT / hub.schema_name, ignore_errors=True)
