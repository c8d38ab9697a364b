"""
`make bench`: requests per second for a hub's home and content page through gunicorn (2 workers,
production settings), and the queries each page needs. Three figures per page:

- from the page cache: a resident's repeated view of the same page;
- without the page cache: each request carries a session cookie (no valid session), so the page
  cache is bypassed and the view runs, routes the page and renders its template; what is kept
  per hub generation is warm (the header, body and footer fragments, the site, the routes);
- cold: before each request the hub's generation is dropped, as a publish does, so nothing of
  the hub is warm (new generation, site, route, every fragment); one connection, one request at
  a time, so the figure is a latency (the rate is that of one busy worker). Its queries are the
  budget of the residents' issue: at most 10 for the first view after a publish.
"""

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from urllib.request import Request, urlopen

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

PAGES = [("hardenberg.localhost", "/", "home"), ("hardenberg.localhost", "/ouders/uit-elkaar-waar-begint-u/", "inhoudspagina")]


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Command(BaseCommand):
    help = "Meet verzoeken per seconde (met en zonder paginacache) en queries per pagina via gunicorn met 2 workers."

    def add_arguments(self, parser):
        parser.add_argument("--seconds", type=int, default=8)
        parser.add_argument("--connections", type=int, default=16)

    def handle(self, *args, seconds, connections, **options):
        wrk = shutil.which("wrk")
        if wrk is None:
            raise CommandError("wrk ontbreekt: `make bench` installeert het (apt-get install wrk).")
        self.stdout.write(
            "Queries per pagina zonder paginacache (koud: de eerste weergave na een publicatie; "
            "warm: met een sessiecookie, fragmenten in de cache; doel koud ≤ 10):"
        )
        for host, path, name in PAGES:
            cold, warm = self._queries(host, path)
            self.stdout.write(f"  {name:14} {host}{path}: koud {cold}, warm {warm} queries")
        port = _free_port()
        server = self._start_gunicorn(port)
        try:
            self.stdout.write(f"Verzoeken per seconde (gunicorn, 2 workers, wrk {connections} verbindingen, {seconds} s):")
            for host, path, name in PAGES:
                for label, headers in (("uit de paginacache", []), ("zonder paginacache", ["Cookie: sessionid=bench"])):
                    rate = self._wrk(wrk, port, host, path, headers, seconds, connections)
                    self.stdout.write(f"  {name:14} {label:19} {rate:8.0f} per seconde")
            self.stdout.write("Zonder paginacache en koud (generatie van de hub vóór elk verzoek vervallen, 1 verbinding):")
            for host, path, name in PAGES:
                milliseconds = self._cold(port, host, path)
                self.stdout.write(f"  {name:14} {milliseconds:6.1f} ms per verzoek ({1000 / milliseconds:4.0f} per seconde)")
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=10)

    def _queries(self, host, path):
        """Queries of the first view after a publish (no cookie: the page cache misses because
        the generation is new) and of a view that bypasses the page cache with its fragments
        warm (a session cookie), in this process after it served the page once, as a worker that
        has been running. `SET search_path` (django-tenants, once per connection and schema) is
        left out of the figure: it is counted apart."""
        client = Client(HTTP_HOST=host)
        client.get(path)
        counts = []
        for cold in (True, False):
            if cold:
                self._drop_generation(host)
            else:
                client.cookies["sessionid"] = "bench"
            with CaptureQueriesContext(connection) as queries:
                client.get(path)
            connection.set_schema_to_public()
            sets = sum(query["sql"].startswith("SET search_path") for query in queries)
            counts.append(f"{len(queries) - sets} (+{sets} SET search_path)")
        return counts

    @staticmethod
    def _drop_generation(host):
        from pages.cache import forget_process_values, invalidate_hub
        from tenants.models import Domain

        invalidate_hub(Domain.objects.select_related("tenant").get(domain=host).tenant)
        forget_process_values()

    def _cold(self, port, host, path, requests=40):
        request = Request(f"http://127.0.0.1:{port}{path}", headers={"Host": host, "Cookie": "sessionid=bench"})
        urlopen(request, timeout=10).read()
        elapsed = 0.0
        for _ in range(requests):
            self._drop_generation(host)
            started = time.perf_counter()
            urlopen(request, timeout=10).read()
            elapsed += time.perf_counter() - started
        return elapsed / requests * 1000

    def _start_gunicorn(self, port):
        db = connection.settings_dict
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "hubplatform.settings.production",
            "DJANGO_SECRET_KEY": "bench-only",
            "DJANGO_ALLOWED_HOSTS": "*",
            "WAGTAILADMIN_BASE_URL": "http://localhost",
            "KNOOPPUNT_HTTPS": "0",
            "DATABASE_URL": os.environ.get("DATABASE_URL")
            or f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}",
            "REDIS_URL": settings.REDIS_URL,
        }
        # Production settings serve hashed static names: they need the manifest collectstatic writes.
        subprocess.run([sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"], env=env, check=True)
        server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "hubplatform.wsgi", "--workers", "2", "--bind", f"127.0.0.1:{port}",
             "--log-level", "warning"],
            env=env, start_new_session=True,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                urlopen(Request(f"http://127.0.0.1:{port}/healthz", headers={"Host": PAGES[0][0]}), timeout=2)
                return server
            except OSError:
                time.sleep(0.3)
        os.killpg(server.pid, signal.SIGTERM)
        raise CommandError("gunicorn start niet.")

    def _wrk(self, wrk, port, host, path, headers, seconds, connections):
        command = [wrk, "-t2", f"-c{connections}", f"-d{seconds}s", "-H", f"Host: {host}"]
        for header in headers:
            command += ["-H", header]
        # Warm up (first renders, connections), then measure.
        subprocess.run(command[:3] + ["-d2s"] + command[4:] + [f"http://127.0.0.1:{port}{path}"], capture_output=True)
        output = subprocess.run(command + [f"http://127.0.0.1:{port}{path}"], capture_output=True, text=True).stdout
        match = re.search(r"Requests/sec:\s+([\d.]+)", output)
        errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
        if errors:
            raise CommandError(f"{host}{path}: {errors.group(1)} foutantwoorden\n{output}")
        return float(match.group(1)) if match else 0.0
