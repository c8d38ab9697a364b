"""
Real processes a test starts on ports of its own: PostgreSQL clusters, Redis servers, gunicorn and
the scheduler. Never the machine's shared PostgreSQL (5432) or Redis (6379) for faults: those are
only read (the test database's committed demo network is copied into a cluster of the test's own).
"""

import http.client
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from django.db import connection

PROJECT_DIR = Path(__file__).resolve().parents[1]
PG_BIN = Path(sorted(Path("/usr/lib/postgresql").glob("*/bin"))[-1]) if Path("/usr/lib/postgresql").exists() else None


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_database_url():
    db = connection.settings_dict
    return f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def fetch(port, host, path="/", timeout=10, headers=None):
    """(status, body, headers, seconds) of one GET to 127.0.0.1:port with the given Host; status 0 on no answer."""
    started = time.monotonic()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", path, headers={"Host": host, **(headers or {})})
        response = conn.getresponse()
        body = response.read().decode(errors="replace")
        return response.status, body, dict(response.getheaders()), time.monotonic() - started
    except OSError:
        return 0, "", {}, time.monotonic() - started
    finally:
        conn.close()


def wait_for(predicate, timeout=30, interval=0.2, what="the process"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(interval)
    raise AssertionError(f"{what} did not get ready within {timeout} s")


class Process:
    """A child process with its output in a temporary file, stopped for sure at the end."""

    def __init__(self, command, env=None, cwd=PROJECT_DIR, user=None):
        self.log = tempfile.NamedTemporaryFile(prefix="kp-proc-", suffix=".log", delete=False)
        if user and os.geteuid() == 0:
            command = ["runuser", "-u", user, "--", *command]
        self.popen = subprocess.Popen(command, env=env, cwd=cwd, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)

    @property
    def pid(self):
        return self.popen.pid

    def output(self):
        return Path(self.log.name).read_text(errors="replace")

    def kill(self, sig=signal.SIGKILL):
        if self.popen.poll() is None:
            os.killpg(self.popen.pid, sig)
        self.popen.wait(timeout=30)

    def stop(self):
        if self.popen.poll() is None:
            os.killpg(self.popen.pid, signal.SIGTERM)
            try:
                self.popen.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()
        Path(self.log.name).unlink(missing_ok=True)


def app_env(database_url, redis_url="", settings="hubplatform.settings.test", **extra):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": settings,
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "PYTHONUNBUFFERED": "1",
        **extra,
    }


def start_gunicorn(env, workers=2, timeout=20):
    port = free_port()
    env = {**env, "GUNICORN_BIND": f"127.0.0.1:{port}", "GUNICORN_WORKERS": str(workers), "GUNICORN_TIMEOUT": str(timeout)}
    process = Process([str(PROJECT_DIR / ".venv/bin/gunicorn"), "-c", "infra/gunicorn.conf.py"], env=env)
    process.port = port
    try:
        wait_for(lambda: fetch(port, "localhost", "/healthz", timeout=2)[0] != 0, timeout=40, what="gunicorn")
    except AssertionError:
        process.stop()
        raise AssertionError(f"gunicorn did not start:\n{process.output()[-3000:]}")
    return process


def start_redis():
    port = free_port()
    process = Process(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"])
    process.port = port

    def answers():
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return True
        except OSError:
            return False

    wait_for(answers, timeout=10, what="redis-server")
    return process


class PostgresCluster:
    """A PostgreSQL cluster of the test's own (initdb in a temporary directory, its own port)."""

    def __init__(self):
        self.dir = Path(tempfile.mkdtemp(prefix="kp-pg-"))
        self.port = free_port()
        as_postgres = os.geteuid() == 0
        if as_postgres:
            shutil.chown(self.dir, "postgres", "postgres")
        self.user = "postgres" if as_postgres else None
        self._run([str(PG_BIN / "initdb"), "-D", str(self.dir / "data"), "-U", "postgres", "--auth=trust", "-E", "UTF8"])
        self.start()

    def _run(self, command):
        if self.user:
            command = ["runuser", "-u", self.user, "--", *command]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)

    def url(self, database="kp"):
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"

    def start(self):
        options = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
        self._run([str(PG_BIN / "pg_ctl"), "-D", str(self.dir / "data"), "-l", str(self.dir / "log"), "-o", options, "-w", "start"])

    def stop(self, mode="fast"):
        self._run([str(PG_BIN / "pg_ctl"), "-D", str(self.dir / "data"), "-m", mode, "-w", "stop"])

    def copy_database(self, source_url, name="kp"):
        """A copy of another database (pg_dump | pg_restore), e.g. the test database's demo network."""
        dump = self.dir / "copy.dump"
        subprocess.run([str(PG_BIN / "pg_dump"), "-Fc", "-d", source_url, "-f", str(dump)], check=True)
        subprocess.run([str(PG_BIN / "createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", name], check=True)
        subprocess.run([str(PG_BIN / "pg_restore"), "--no-owner", "-j", "2", "-d", self.url(name), str(dump)], check=True)
        dump.unlink()
        return self.url(name)

    def create_database(self, name):
        subprocess.run([str(PG_BIN / "createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", name], check=True)
        return self.url(name)

    def destroy(self):
        try:
            self.stop(mode="immediate")
        except subprocess.CalledProcessError:
            pass  # already stopped
        shutil.rmtree(self.dir, ignore_errors=True)


def copy_of_test_network(django_db_blocker):
    """A PostgreSQL cluster of our own with a copy of the committed test network (for fixtures)."""
    with django_db_blocker.unblock():
        source = test_database_url()
    cluster = PostgresCluster()
    try:
        cluster.database_url = cluster.copy_database(source)
    except Exception:
        cluster.destroy()
        raise
    return cluster


def manage(env, *args, timeout=120):
    """Run a manage.py command in its own process; returns its output (raises on failure)."""
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=PROJECT_DIR, env=env, capture_output=True, text=True, timeout=timeout
    )
    if result.returncode:
        raise AssertionError(f"manage.py {' '.join(args)} failed:\n{result.stdout[-2000:]}\n{result.stderr[-3000:]}")
    return result.stdout


def production_env(database_url, **extra):
    """The production settings, as infra/try-local.sh sets them (plain HTTP behind a proxy)."""
    return app_env(
        database_url,
        settings="hubplatform.settings.production",
        DJANGO_SECRET_KEY="production-test-" + "x" * 40,
        WAGTAILADMIN_BASE_URL="http://localhost",
        KNOOPPUNT_HTTPS="1",
        KNOOPPUNT_MEDIA_ROOT=str(PROJECT_DIR / ".run" / "test-media"),
        **extra,
    )
