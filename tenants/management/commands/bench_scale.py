"""
make bench-scale: 342 hubs in a database of their own. Prints the time of each step, the disk
each hub takes, and the memory of one app worker as it serves more and more hubs.

Steps, each in a process of its own (settings hubplatform.settings.bench):
1. a new, empty database on the server of DATABASE_URL: public schema and template migrated
   with the bench app at its first migration;
2. provision --hubs hubs (clone of the template, site, home page, domain), timed per hub;
3. the bench app's second migration (a column and an index) applied to every hub with
   django-tenants' multiprocessing executor (one process per core);
4. gunicorn with one worker serves the home page of every hub; the worker's memory is read
   after 1, 10, 50, ... hubs.
The database is dropped at the end (--keep keeps it).
"""

import http.client
import os
import socket
import subprocess
import sys
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


def _url_with_database(url, name):
    return urlunparse(urlparse(url)._replace(path=f"/{name}"))


def _rss_kib(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def _get(port, host):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request("GET", "/", headers={"Host": host})
        response = conn.getresponse()
        response.read()
        return response.status
    finally:
        conn.close()


class Command(BaseCommand):
    help = "Schaalproef: 342 hubs aanmaken, één nieuwe migratie in alle hubs, geheugen van een app-worker."

    def add_arguments(self, parser):
        parser.add_argument("--hubs", type=int, default=342)
        parser.add_argument("--keep", action="store_true", help="de proefdatabase niet weggooien")
        parser.add_argument("--phase", choices=["provision"], help=argparse_hidden())

    def handle(self, *args, hubs, keep, phase, **options):
        if phase == "provision":
            return self._provision(hubs)
        progress = Progress(self.stdout).steps(5)
        base_url = os.environ["DATABASE_URL"]
        name = f"{urlparse(base_url).path.lstrip('/')}_scale"
        url = _url_with_database(base_url, name)
        admin = _url_with_database(base_url, "postgres")
        progress.step(f"Proefdatabase {name} aanmaken; portaal en sjabloon migreren")
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"')
        env = {**os.environ, "DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "hubplatform.settings.bench", "REDIS_URL": ""}
        step1 = {**env, "KNOOPPUNT_BENCH_STEP": "1"}
        try:
            self._run(step1, "migrate_schemas", "--shared", "-v", "0")
            self._run(step1, "prepare_template")
            with psycopg.connect(url) as conn:
                size_before = conn.execute("SELECT pg_database_size(current_database())").fetchone()[0]

            progress.step(f"{hubs} hubs aanmaken (klonen uit het sjabloon)")
            self._run(step1, "bench_scale", "--phase", "provision", "--hubs", str(hubs), show=True, timeout=None)
            with psycopg.connect(url) as conn:
                size_after = conn.execute("SELECT pg_database_size(current_database())").fetchone()[0]
                one = conn.execute(
                    "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                    "WHERE n.nspname = 'hub_0001' AND c.relkind IN ('r', 'm', 't')"
                ).fetchone()[0]
            per_hub = (size_after - size_before) / hubs
            progress.note(f"schijf: {per_hub / 1e6:.2f} MB per hub in de database (tabellen van één hub: {float(one or 0) / 1e6:.2f} MB)")

            progress.step("Nieuwe migratie in alle hubs (django-tenants, multiprocessing)")
            started = time.perf_counter()
            self._run(env, "migrate_schemas", "--tenant", "--executor=multiprocessing", "-v", "0", timeout=None)
            migrate_s = time.perf_counter() - started
            with psycopg.connect(url) as conn:
                migrated = conn.execute(
                    "SELECT count(*) FROM pg_indexes WHERE indexname = 'benchscale_title_created'"
                ).fetchone()[0]
            goal = "gehaald" if migrate_s < GOAL_MIGRATE_S else "NIET gehaald"
            progress.note(
                f"migratie: {migrate_s:.1f} s voor {hubs} hubs ({migrate_s / hubs:.3f} s per hub, "
                f"{os.cpu_count()} processen); in {migrated} schema's; "
                f"doel < {GOAL_MIGRATE_S} s: {goal}"
            )

            progress.step("Geheugen van één app-worker die elke hub bedient")
            self._memory(env, hubs, progress)
        finally:
            if not keep:
                self._drop(admin, name)
                progress.note(f"proefdatabase {name} weggegooid")

    def _drop(self, admin, name):
        # A step that was stopped may leave its session busy for a moment; FORCE ends it, retry.
        for attempt in range(10):
            try:
                with psycopg.connect(admin, autocommit=True) as conn:
                    conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                return
            except psycopg.errors.ObjectInUse:
                time.sleep(2)
        self.stderr.write(f"Proefdatabase {name} is nog in gebruik; gooi hem later weg met DROP DATABASE.")

    def _run(self, env, *args, show=False, timeout=1800):
        result = subprocess.run(
            [sys.executable, "manage.py", *args], cwd=PROJECT_DIR, env=env, timeout=timeout,
            stdout=None if show else subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )
        if result.returncode:
            raise SystemExit(f"manage.py {' '.join(args)} mislukte:\n{(result.stdout or '')[-3000:]}")

    def _provision(self, hubs):
        from regions.models import Region
        from tenants.provisioning import provision_hub

        progress = Progress(self.stdout)
        Region.objects.get_or_create(slug="proef", defaults={"name": "Proefregio"})
        seconds = []
        started = time.perf_counter()
        for number in progress.items(range(1, hubs + 1), "hubs"):
            slug = f"hub-{number:04d}"
            result = provision_hub(slug, f"Proefhub {number}", f"{slug}.localhost", "proef", progress=Progress(stream=None))
            seconds.append(result.seconds)
        total = time.perf_counter() - started
        tenth = max(1, hubs // 10)
        first, last = sum(seconds[:tenth]) / tenth, sum(seconds[-tenth:]) / tenth
        goal = "gehaald" if total / hubs < GOAL_PROVISION_S else "NIET gehaald"
        progress.note(
            f"aanmaken: {total:.1f} s, {total / hubs:.3f} s per hub (eerste tiende {first:.3f} s, laatste tiende "
            f"{last:.3f} s); doel < {GOAL_PROVISION_S} s per hub: {goal}"
        )

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
            for _ in range(100):
                try:
                    _get(port, "hub-0001.localhost")
                    break
                except OSError:
                    time.sleep(0.2)
            worker = int(subprocess.run(["pgrep", "-P", str(server.pid)], capture_output=True, text=True).stdout.split()[0])
            marks = sorted({1, 10, 50, 100, 200, hubs} & set(range(1, hubs + 1)))
            errors = 0
            line = []
            for number in range(1, hubs + 1):
                if _get(port, f"hub-{number:04d}.localhost") != 200:
                    errors += 1
                if number in marks:
                    line.append(f"{number} hubs: {_rss_kib(worker) / 1024:.0f} MB")
            # A second round over every hub: what stays after all are warm.
            for number in range(1, hubs + 1):
                _get(port, f"hub-{number:04d}.localhost")
            line.append(f"2e ronde: {_rss_kib(worker) / 1024:.0f} MB")
            progress.note("worker-geheugen (RSS) na " + "; ".join(line) + f"; fouten: {errors}")
        finally:
            server.terminate()
            server.wait(timeout=30)


def argparse_hidden():
    import argparse

    return argparse.SUPPRESS
