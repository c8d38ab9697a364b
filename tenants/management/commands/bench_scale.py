"""
make bench-scale: 342 hubs in a database of their own. Prints the time of each step, the disk
each hub takes, and the memory of one app worker as it serves more and more hubs.

Steps, each in processes of their own (settings hubplatform.settings.bench):
1. a new, empty database on the server of DATABASE_URL, named after it (`<name>_scale`): public
   schema and template migrated with a bench-only app at its first migration. The app is written
   into a temporary folder for this run (it is in no settings module and no migration of the
   repository's apps);
2. provision --hubs hubs (copy of the ready template, name and domain, registry rows): the first
   20 one after another in one process (the time one hub takes), the rest in --workers processes
   at once (how many hubs an hour the machine makes). Times run from a process's first hub to its
   last: starting Python and Django is not provisioning;
3. the bench app's second migration (a column with a default and an index) written into the app
   and applied to every hub with django-tenants' multiprocessing executor;
4. gunicorn with one worker (Redis as the shared cache, as in production) serves the home page of
   every hub; the worker's memory is read after 1, 10, 50, 100, 200 and all hubs, and after a
   second round over all of them.
The database, the temporary folder and the run's Redis keys are removed at the end (--keep keeps
the database).
"""

import http.client
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlparse, urlunparse

import psycopg
from django.conf import settings
from django.core.management.base import BaseCommand

from hubplatform.progress import Progress

PROJECT_DIR = Path(settings.BASE_DIR)
GOAL_PROVISION_S = 0.3
GOAL_MIGRATE_S = 300
SERIAL_SAMPLE = 20
BENCH_APP = "kp_benchscale"

BENCH_APP_FILES = {
    "__init__.py": "",
    "apps.py": '''from django.apps import AppConfig


class BenchScaleConfig(AppConfig):
    """Written by make bench-scale for one run: the "new migration" it applies to every hub."""

    name = "kp_benchscale"
    label = "benchscale"
''',
    "models.py": '''from django.db import models


class ScaleNote(models.Model):
    title = models.CharField(max_length=200)
    created_at = models.DateTimeField(auto_now_add=True)
    summary = models.TextField(blank=True, default="")  # migration 0002

    class Meta:
        indexes = [models.Index(fields=["title", "created_at"], name="benchscale_title_created")]
''',
    "migrations/__init__.py": "",
    "migrations/0001_initial.py": '''from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(
            name="ScaleNote",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("title", models.CharField(max_length=200)),
                ("created_at", models.DateTimeField(auto_now_add=True)),
            ],
        ),
    ]
''',
}
# Written just before step 3: the migration that step times.
NEW_MIGRATION = (
    "migrations/0002_summary_and_index.py",
    '''from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("benchscale", "0001_initial")]
    operations = [
        migrations.AddField(model_name="scalenote", name="summary", field=models.TextField(blank=True, default="")),
        migrations.AddIndex(
            model_name="scalenote",
            index=models.Index(fields=["title", "created_at"], name="benchscale_title_created"),
        ),
    ]
''',
)


def _url_with_database(url, name):
    return urlunparse(urlparse(url)._replace(path=f"/{name}"))


def _rss_kib(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def _get(port, host):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        conn.request("GET", "/", headers={"Host": host})
        response = conn.getresponse()
        body = response.read()
        return response.status, body
    finally:
        conn.close()


def _slug(number):
    return f"hub-{number:04d}"


class Command(BaseCommand):
    help = "Schaalproef: 342 hubs aanmaken, één nieuwe migratie in alle hubs, geheugen van een app-worker."

    def add_arguments(self, parser):
        parser.add_argument("--hubs", type=int, default=342)
        # One more than the cores: a copy spends about a third of its time waiting for PostgreSQL
        # to flush each new index's file (wait event DataFileImmediateSync in pg_stat_activity,
        # 28 of 93 samples), time a third process uses. Copies of the template in 1, 2, 3 and 4
        # connections at once: 0.76, 0.46, 0.31 and 0.32 s a copy.
        parser.add_argument("--workers", type=int, default=(os.cpu_count() or 2) + 1,
                            help="processen die tegelijk hubs aanmaken (na de eerste 20, die één voor één gaan)")
        parser.add_argument("--keep", action="store_true", help="de proefdatabase niet weggooien")
        parser.add_argument("--phase", choices=["provision"], help=argparse_hidden())
        parser.add_argument("--first", type=int, default=1, help=argparse_hidden())
        parser.add_argument("--step", type=int, default=1, help=argparse_hidden())

    def handle(self, *args, hubs, workers, keep, phase, first, step, **options):
        if phase == "provision":
            return self._provision(first, hubs, step)
        started = time.perf_counter()
        progress = Progress(self.stdout).steps(5)
        base_url = os.environ["DATABASE_URL"]
        name = f"{urlparse(base_url).path.lstrip('/')}_scale"
        url = _url_with_database(base_url, name)
        admin = _url_with_database(base_url, "postgres")
        app_dir = Path(tempfile.mkdtemp(prefix="kp-bench-scale-"))
        cache_prefix = f"{os.environ.get('KNOOPPUNT_CACHE_PREFIX', 'knooppunt')}-bench-scale"
        env = {
            **os.environ,
            "DATABASE_URL": url,
            "DJANGO_SETTINGS_MODULE": "hubplatform.settings.bench",
            "KNOOPPUNT_BENCH_APP": BENCH_APP,
            "KNOOPPUNT_CACHE_PREFIX": cache_prefix,
            "PYTHONPATH": os.pathsep.join(filter(None, [str(app_dir), os.environ.get("PYTHONPATH")])),
        }
        self.stdout.write(
            f"Schaalproef: {hubs} hubs, database {name}, {os.cpu_count()} kernen; "
            f"belasting nu {os.getloadavg()[0]:.1f} (andere processen op deze machine maken tijden onrustig)"
        )
        try:
            progress.step(f"Proefdatabase {name} aanmaken; portaal en sjabloon migreren")
            self._write_app(app_dir)
            with psycopg.connect(admin, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                conn.execute(f'CREATE DATABASE "{name}"')
            t = time.perf_counter()
            self._run(env, "migrate_schemas", "--shared", "-v", "0")
            self._run(env, "prepare_template")
            progress.note(f"portaal en sjabloon: {time.perf_counter() - t:.1f} s")
            size_before = self._database_size(url)

            progress.step(f"{hubs} hubs aanmaken (kopie van het klaargezette sjabloon)")
            self._provision_all(env, hubs, workers, progress)
            size_after = self._database_size(url)
            with psycopg.connect(url) as conn:
                one = conn.execute(
                    "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                    "WHERE n.nspname = 'hub_0001' AND c.relkind IN ('r', 'm')"
                ).fetchone()[0]
                count = conn.execute("SELECT count(*) FROM tenants_hub WHERE schema_name LIKE 'hub\\_%'").fetchone()[0]
            progress.note(
                f"schijf: {(size_after - size_before) / hubs / 1e6:.2f} MB per hub in de database "
                f"(tabellen, indexen en TOAST van één hub: {float(one or 0) / 1e6:.2f} MB); {count} hubs in het register"
            )

            progress.step("Nieuwe migratie in alle hubs (django-tenants, multiprocessing)")
            self._write_file(app_dir / BENCH_APP, *NEW_MIGRATION)
            processes = int(env.get("KNOOPPUNT_MIGRATE_PROCESSES", os.cpu_count() or 2))
            t = time.perf_counter()
            # The system checks ran when the template was migrated; once per hub they only cost time.
            self._run(env, "migrate_schemas", "--tenant", "--executor=multiprocessing", "--skip-checks", "-v", "0")
            migrate_s = time.perf_counter() - t
            with psycopg.connect(url) as conn:
                migrated = conn.execute(
                    "SELECT count(*) FROM pg_indexes WHERE indexname = 'benchscale_title_created' AND schemaname LIKE 'hub\\_0%'"
                ).fetchone()[0]
            for_342 = migrate_s if hubs == 342 else migrate_s / hubs * 342
            goal = "gehaald" if for_342 < GOAL_MIGRATE_S and migrated == hubs else "NIET gehaald"
            estimate = "" if hubs == 342 else f" (naar rato {for_342:.0f} s)"
            progress.note(
                f"migratie: {migrate_s:.1f} s voor {hubs} hubs ({migrate_s / hubs:.3f} s per hub, "
                f"{processes} processen); toegepast in {migrated} van {hubs} schema's; "
                f"doel < {GOAL_MIGRATE_S} s voor 342 hubs{estimate}: {goal}"
            )

            progress.step("Geheugen van één app-worker die elke hub bedient")
            self._memory(env, hubs, progress)
        finally:
            progress.step("Opruimen")
            shutil.rmtree(app_dir, ignore_errors=True)
            self._forget_cache(env, cache_prefix)
            if not keep:
                self._drop(admin, name)
                progress.note(f"proefdatabase {name} weggegooid")
            progress.note(f"hele proef: {time.perf_counter() - started:.0f} s")

    # --- helpers -------------------------------------------------------------------------------

    def _write_app(self, app_dir):
        for path, text in BENCH_APP_FILES.items():
            self._write_file(app_dir / BENCH_APP, path, text)

    @staticmethod
    def _write_file(package, path, text):
        target = package / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text)

    @staticmethod
    def _database_size(url):
        with psycopg.connect(url) as conn:
            return conn.execute("SELECT pg_database_size(current_database())").fetchone()[0]

    def _drop(self, admin, name):
        # A step that was stopped may leave its session busy for a moment; FORCE ends it, retry.
        for _attempt in range(10):
            try:
                with psycopg.connect(admin, autocommit=True) as conn:
                    conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                return
            except psycopg.errors.ObjectInUse:
                time.sleep(2)
        self.stderr.write(f"Proefdatabase {name} is nog in gebruik; gooi hem later weg met DROP DATABASE.")

    def _forget_cache(self, env, prefix):
        """Remove this run's keys (they all start with its own prefix) from Redis."""
        if not env.get("REDIS_URL"):
            return
        try:
            import redis

            client = redis.Redis.from_url(env["REDIS_URL"])
            keys = list(client.scan_iter(match=f"{prefix}*", count=1000))
            for start in range(0, len(keys), 1000):
                client.delete(*keys[start:start + 1000])
        except Exception as error:  # noqa: BLE001 - the bench's result stands; say what was left
            self.stderr.write(f"Redis-sleutels {prefix}* niet opgeruimd: {error}")

    def _run(self, env, *args, timeout=3600):
        result = subprocess.run(
            [sys.executable, "manage.py", *args], cwd=PROJECT_DIR, env=env, timeout=timeout,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )
        if result.returncode:
            raise SystemExit(f"manage.py {' '.join(args)} mislukte:\n{(result.stdout or '')[-3000:]}")
        return result.stdout

    # --- step 2: provisioning ------------------------------------------------------------------

    def _provision_all(self, env, hubs, workers, progress):
        serial = min(SERIAL_SAMPLE, hubs)
        alone, serial_start, serial_end = self._provision_results(
            self._run(env, "bench_scale", "--phase", "provision", "--first", "1", "--hubs", str(serial))
        )
        serial_s = serial_end - serial_start
        progress.note(
            f"één voor één ({serial} hubs): mediaan {statistics.median(alone):.3f} s per hub, "
            f"gemiddeld {statistics.mean(alone):.3f} s, snelste {min(alone):.3f} s, traagste {max(alone):.3f} s"
        )
        rest = hubs - serial
        if rest <= 0:
            return
        workers = max(1, min(workers, rest))
        # Worker k makes hubs serial+1+k, serial+1+k+workers, ...: each its own transactions.
        procs = [
            subprocess.Popen(
                [sys.executable, "manage.py", "bench_scale", "--phase", "provision", "--first", str(serial + 1 + k),
                 "--hubs", str(hubs), "--step", str(workers)],
                cwd=PROJECT_DIR, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            )
            for k in range(workers)
        ]
        together, starts, ends = [], [], []
        for proc in procs:
            output, _ = proc.communicate()
            if proc.returncode:
                raise SystemExit(f"hubs aanmaken mislukte:\n{output[-3000:]}")
            seconds, start, end = self._provision_results(output)
            together += seconds
            starts.append(start)
            ends.append(end)
        # From the first process's first hub to the last process's last one.
        wall = max(ends) - min(starts)
        tenth = max(1, len(together) // 10)
        total = serial_s + wall
        goal = "gehaald" if total / hubs < GOAL_PROVISION_S else "NIET gehaald"
        progress.note(
            f"{workers} processen tegelijk ({rest} hubs): {wall:.1f} s, {wall / rest:.3f} s per hub; "
            f"per hub mediaan {statistics.median(together):.3f} s (eerste tiende gemiddeld "
            f"{statistics.mean(together[:tenth]):.3f} s, laatste tiende {statistics.mean(together[-tenth:]):.3f} s)"
        )
        progress.note(f"aanmaken in totaal: {total:.1f} s, {total / hubs:.3f} s per hub; doel < {GOAL_PROVISION_S} s per hub: {goal}")

    @staticmethod
    def _provision_results(output):
        """Each hub's seconds, and when the process began its first hub and ended its last."""
        for line in reversed(output.splitlines()):
            if line.startswith("RESULT "):
                result = json.loads(line[len("RESULT "):])
                return result["seconds"], result["start"], result["end"]
        raise SystemExit(f"hubs aanmaken gaf geen resultaat:\n{output[-3000:]}")

    def _provision(self, first, last, step):
        from regions.models import Region
        from tenants.provisioning import provision_hub

        Region.objects.get_or_create(slug="proef", defaults={"name": "Proefregio"})
        seconds = []
        start = time.time()  # wall clock: compared between processes
        for number in range(first, last + 1, step):
            slug = _slug(number)
            result = provision_hub(slug, f"Proefhub {number}", f"{slug}.localhost", "proef")
            seconds.append(result.seconds)
        self.stdout.write("RESULT " + json.dumps({"seconds": seconds, "start": start, "end": time.time()}))

    # --- step 4: memory ------------------------------------------------------------------------

    def _memory(self, env, hubs, progress):
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        gunicorn_env = {**env, "GUNICORN_BIND": f"127.0.0.1:{port}", "GUNICORN_WORKERS": "1", "GUNICORN_MAX_REQUESTS": "0"}
        server = subprocess.Popen(
            [str(PROJECT_DIR / ".venv/bin/gunicorn"), "-c", "infra/gunicorn.conf.py"],
            cwd=PROJECT_DIR, env=gunicorn_env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        try:
            for _ in range(300):
                try:
                    _get(port, "localhost")
                    break
                except OSError:
                    time.sleep(0.2)
            worker = int(subprocess.run(["pgrep", "-P", str(server.pid)], capture_output=True, text=True).stdout.split()[0])
            marks = sorted({1, 10, 50, 100, 200, hubs} & set(range(1, hubs + 1)))
            errors = 0
            readings = []
            t = time.perf_counter()
            for number in range(1, hubs + 1):
                status, body = _get(port, f"{_slug(number)}.localhost")
                if status != 200 or f"Proefhub {number}<".encode() not in body:
                    errors += 1
                if number in marks:
                    readings.append(f"{number} hubs: {_rss_kib(worker) / 1024:.0f} MB")
            first_round = time.perf_counter() - t
            # A second round over every hub: what stays once all are warm (pages from the cache).
            t = time.perf_counter()
            for number in range(1, hubs + 1):
                status, _body = _get(port, f"{_slug(number)}.localhost")
                errors += status != 200
            second_round = time.perf_counter() - t
            readings.append(f"2e ronde: {_rss_kib(worker) / 1024:.0f} MB")
            progress.note("worker-geheugen (RSS) na " + "; ".join(readings))
            progress.note(
                f"startpagina's: 1e ronde {first_round / hubs * 1000:.0f} ms per hub (ongecachet), "
                f"2e ronde {second_round / hubs * 1000:.0f} ms (paginacache); fouten of verkeerde hub: {errors}"
            )
        finally:
            server.terminate()
            server.wait(timeout=30)


def argparse_hidden():
    import argparse

    return argparse.SUPPRESS
