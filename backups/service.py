"""
Back up one hub and restore it: its schema (pages, users, images, documents, revisions) and its
uploaded files, in one .tar file.

The schema goes through PostgreSQL's own pg_dump/pg_restore (custom format), which keeps
sequences, indexes, constraints and large tables right without knowing our models; the archive
adds the hub's registry entry (name, region, plugins, domains, from the public schema) and its
media folder. A restore is all-or-nothing: pg_restore runs in one transaction, the registry entry
in another, and the files are unpacked beside the hub's folder and moved in last; any failure
drops what was made.

Whole network: see README ("Back-ups").
"""

import io
import json
import os
import re
import shutil
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from glob import glob
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, transaction
from django_tenants.utils import (
    get_public_schema_name,
    schema_context,
    schema_exists,
    tenant_context,
)

from hubplatform.progress import Progress
from regions.models import Region
from tenants.models import Domain, Hub

FORMAT = "knooppunt-hub-backup/1"


class BackupError(Exception):
    """A backup or restore that cannot go on; the message is Dutch and says what to do."""


def _pg_tool(name):
    found = shutil.which(name) or next(iter(sorted(glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)), None)
    if not found:
        raise BackupError(f"{name} ontbreekt: installeer de PostgreSQL-clientprogramma's (Debian: postgresql-client).")
    return found


def _connection_args():
    db = connection.settings_dict
    args = ["-h", db["HOST"] or "127.0.0.1", "-p", str(db["PORT"] or 5432), "-d", db["NAME"]]
    if db["USER"]:
        args += ["-U", db["USER"]]
    env = {**os.environ, "PGPASSWORD": db["PASSWORD"] or ""}
    return args, env


def _run_with_bar(command, env, progress, label, total, counts):
    """Run a pg tool with --verbose and move a bar per line that `counts` accepts."""
    process = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
    errors = []

    def lines():
        for line in process.stderr:
            if counts(line):
                yield line
            elif "error" in line.lower():
                errors.append(line.strip())

    for _ in progress.items(_Counted(lines(), total), label):
        pass
    if process.wait() != 0:
        raise BackupError(f"{Path(command[0]).name} mislukte: {' / '.join(errors[-3:]) or 'zie de uitvoer hierboven'}")


class _Counted:
    """An iterable of known length for Progress.items that yields as the tool prints."""

    def __init__(self, iterator, total):
        self.iterator, self.total = iterator, total

    def __iter__(self):
        return self.iterator

    def __len__(self):
        return self.total


def _applied_migrations(schema_name):
    with schema_context(schema_name), connection.cursor() as cursor:
        cursor.execute("SELECT app, name FROM django_migrations ORDER BY app, name")
        return [f"{app}.{name}" for app, name in cursor.fetchall()]


def _media_dir(schema_name):
    return Path(settings.MEDIA_ROOT) / schema_name


def export_hub(slug, target, progress=None):
    """Write hub `slug` (schema, registry entry, media) to the archive `target`."""
    progress = (progress or Progress()).steps(3)
    hub = Hub.objects.hubs().filter(slug=slug).select_related("region").first()
    if hub is None:
        raise BackupError(f"Er is geen hub met korte naam {slug!r}.")
    target = Path(target)
    manifest = {
        "format": FORMAT,
        "hub": {"slug": hub.slug, "name": hub.name, "schema_name": hub.schema_name, "plugins": list(hub.enabled_plugins)},
        "region": {"slug": hub.region.slug, "name": hub.region.name} if hub.region else None,
        "domains": [{"domain": d.domain, "is_primary": d.is_primary} for d in hub.domains.order_by("-is_primary", "domain")],
        "migrations": _applied_migrations(hub.schema_name),
    }
    with tempfile.TemporaryDirectory(prefix="kp-backup-") as work:
        dump = Path(work) / "schema.dump"
        progress.step(f"Schema {hub.schema_name} exporteren (pg_dump)")
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM pg_tables WHERE schemaname = %s", [hub.schema_name])
            tables = cursor.fetchone()[0]
        args, env = _connection_args()
        command = [_pg_tool("pg_dump"), "--verbose", "-Fc", "-n", hub.schema_name, "--no-owner", "-f", str(dump), *args]
        _run_with_bar(command, env, progress, "tabellen", tables, lambda line: "dumping contents of table" in line)
        media = _media_dir(hub.schema_name)
        files = sorted(p for p in media.rglob("*") if p.is_file()) if media.exists() else []
        manifest["media_files"] = len(files)
        progress.step(f"Archief {target.name} schrijven")
        partial = target.with_name(target.name + ".deel")
        with tarfile.open(partial, "w") as archive:
            _add_bytes(archive, "manifest.json", json.dumps(manifest, indent=2, ensure_ascii=False).encode())
            archive.add(dump, arcname="schema.dump")
            for path in progress.items(files, "bestanden"):
                archive.add(path, arcname=f"media/{path.relative_to(media)}")
        partial.replace(target)  # a backup that stopped half-way never looks like a whole one
    progress.step(f"Klaar: {target} ({target.stat().st_size / 1e6:.1f} MB, {len(files)} bestanden)")
    return manifest


def _add_bytes(archive, name, data):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    archive.addfile(info, fileobj=io.BytesIO(data))


@dataclass
class _Plan:
    """What a restore will do: the archive's manifest, and the hub it replaces (if any)."""

    manifest: dict
    existing: Hub | None


def _read_manifest(archive):
    try:
        manifest = json.load(archive.extractfile("manifest.json"))
    except (KeyError, ValueError):
        raise BackupError("Dit is geen back-up van een hub (manifest.json ontbreekt of is onleesbaar).") from None
    if manifest.get("format") != FORMAT:
        raise BackupError(f"Onbekend back-upformaat {manifest.get('format')!r}; verwacht {FORMAT}.")
    if not re.fullmatch(r"[a-z0-9_]+", manifest["hub"]["schema_name"]) or manifest["hub"]["schema_name"] == get_public_schema_name():
        raise BackupError("De back-up noemt een ongeldig schema.")
    return manifest


def _check(manifest, replace):
    hub_data = manifest["hub"]
    existing = Hub.objects.filter(slug=hub_data["slug"]).first()
    if existing and not replace:
        raise BackupError(
            f"Hub {hub_data['slug']!r} bestaat al in deze installatie. Geef --replace mee om hem door de back-up te vervangen."
        )
    if existing and existing.schema_name != hub_data["schema_name"]:
        raise BackupError(f"Hub {hub_data['slug']!r} heeft hier een ander schema ({existing.schema_name}).")
    if not existing and Hub.objects.filter(schema_name=hub_data["schema_name"]).exists():
        raise BackupError(f"Schema {hub_data['schema_name']} hoort hier al bij een andere hub.")
    if not existing and schema_exists(hub_data["schema_name"]):
        raise BackupError(f"Schema {hub_data['schema_name']} bestaat al in de database, zonder hub. Ruim het eerst op.")
    taken = Domain.objects.filter(domain__in=[d["domain"] for d in manifest["domains"]])
    if existing:
        taken = taken.exclude(tenant=existing)
    if taken.exists():
        raise BackupError(f"Het domein {taken.first().domain} hoort hier al bij een andere hub.")
    known = set(_applied_migrations(get_public_schema_name()))
    unknown = [m for m in manifest["migrations"] if m not in known]
    if unknown:
        raise BackupError(
            "De back-up komt van een nieuwere versie van Knooppunt (onbekende migraties, bijvoorbeeld "
            f"{unknown[0]}). Werk deze installatie eerst bij."
        )
    return _Plan(manifest, existing)


def _drop_schema(schema_name):
    with connection.cursor() as cursor:
        cursor.execute(f'DROP SCHEMA IF EXISTS "{schema_name}" CASCADE')


def import_hub(source, replace=False, progress=None):
    """Restore the hub in archive `source` into this install (a fresh one, or over itself)."""
    progress = (progress or Progress()).steps(5)
    source = Path(source)
    if not source.is_file():
        raise BackupError(f"Bestand {source} bestaat niet.")
    try:
        archive = tarfile.open(source)
    except tarfile.TarError:
        raise BackupError(f"{source.name} is geen back-up van een hub (geen leesbaar archief).") from None
    with archive, tempfile.TemporaryDirectory(prefix="kp-restore-") as work:
        manifest = _read_manifest(archive)
        plan = _check(manifest, replace)
        schema_name = manifest["hub"]["schema_name"]
        progress.step(f"Back-up van {manifest['hub']['name']} lezen")
        archive.extract("schema.dump", work, filter="data")
        media_members = [m for m in archive.getmembers() if m.name.startswith("media/") and m.isfile()]
        staging = _media_dir(schema_name).with_name(f".{schema_name}.terugzetten")
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        try:
            for member in progress.items(media_members, "bestanden uitpakken"):
                member.name = member.name.removeprefix("media/")
                archive.extract(member, staging, filter="data")
            hub = _restore(plan, Path(work) / "schema.dump", progress)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    progress.step("Bestanden op hun plaats zetten")
    media = _media_dir(schema_name)
    old = media.with_name(f".{schema_name}.oud")
    if media.exists():
        media.replace(old)
    staging.replace(media)
    shutil.rmtree(old, ignore_errors=True)
    with tenant_context(hub):
        # Pages, site roots and menus cached before the restore belong to the old content.
        if hasattr(cache, "delete_pattern"):
            cache.delete_pattern("*")
    progress.step(f"Klaar: hub {hub.slug} is teruggezet ({len(media_members)} bestanden)")
    return hub


def _restore(plan, dump, progress):
    """pg_restore the schema; over an existing hub, its old schema is kept aside until the end."""
    manifest = plan.manifest
    schema_name = manifest["hub"]["schema_name"]
    aside = f"{schema_name}__voor_terugzetten"[:63]
    args, env = _connection_args()
    listing = subprocess.run([_pg_tool("pg_restore"), "-l", str(dump)], capture_output=True, text=True, check=True)
    items = sum(1 for line in listing.stdout.splitlines() if line and not line.startswith(";"))
    progress.step(f"Schema {schema_name} terugzetten (pg_restore)")
    if plan.existing:
        _drop_schema(aside)
        _rename_schema(schema_name, aside)
    command = [
        _pg_tool("pg_restore"), "--verbose", "--single-transaction", "--no-owner", "--exit-on-error", *args, str(dump),
    ]
    try:
        _run_with_bar(
            command, env, progress, "onderdelen", items,
            lambda line: line.startswith(("pg_restore: creating", "pg_restore: processing data", "pg_restore: executing")),
        )
        progress.step("Hub in het register zetten en bijwerken naar deze versie")
        with transaction.atomic():
            hub = _register(manifest, plan.existing)
        # A backup from an older version gets this version's migrations (a no-op when equal).
        call_command("migrate_schemas", schema_name=schema_name, interactive=False, verbosity=0)
    except BaseException:
        _drop_schema(schema_name)
        if plan.existing:
            _rename_schema(aside, schema_name)
        else:
            Hub.objects.filter(slug=manifest["hub"]["slug"]).delete()
        raise
    if plan.existing:
        _drop_schema(aside)
    return hub


def _rename_schema(old, new):
    with connection.cursor() as cursor:
        cursor.execute(f'ALTER SCHEMA "{old}" RENAME TO "{new}"')


def _register(manifest, existing):
    data = manifest["hub"]
    region = None
    if manifest["region"]:
        region, _ = Region.objects.get_or_create(slug=manifest["region"]["slug"], defaults={"name": manifest["region"]["name"]})
    hub = existing or Hub(slug=data["slug"], schema_name=data["schema_name"])
    hub.name = data["name"]
    hub.region = region
    hub.enabled_plugins = data["plugins"]
    hub.auto_create_schema = False  # pg_restore made it
    hub.save()
    hub.domains.all().delete()
    for domain in manifest["domains"]:
        Domain.objects.create(tenant=hub, domain=domain["domain"], is_primary=domain["is_primary"])
    return hub
