"""
`make bench`: requests per second for a hub's home and content page through gunicorn (2 workers,
production settings), from the page cache and uncached, and the queries each page needs.
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
        self.stdout.write("Queries per pagina (zonder paginacache, na de eerste keer):")
        for host, path, name in PAGES:
            self.stdout.write(f"  {name:14} {host}{path}: {self._queries(host, path)} queries")
        port = _free_port()
        server = self._start_gunicorn(port)
        try:
            self.stdout.write(f"Verzoeken per seconde (gunicorn, 2 workers, wrk {connections} verbindingen, {seconds} s):")
            for host, path, name in PAGES:
                for label, headers in (("uit de cache", []), ("zonder cache", ["Cookie: sessionid=bench"])):
                    rate = self._wrk(wrk, port, host, path, headers, seconds, connections)
                    self.stdout.write(f"  {name:14} {label:13} {rate:8.0f} per seconde")
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=10)

    def _queries(self, host, path):
        client = Client(HTTP_HOST=host)
        client.get(path)
        client.cookies["sessionid"] = "bench"
        with CaptureQueriesContext(connection) as queries:
            client.get(path)
        connection.set_schema_to_public()
        return len(queries)

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
