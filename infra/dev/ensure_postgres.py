#!/usr/bin/env python3
"""
Find or start the PostgreSQL that `make run` and `make test` use, make sure the database exists,
and print its URL on stdout (progress goes to stderr).

Order: DATABASE_URL when set; else the server on 127.0.0.1:5432 when one answers; else a
project-local server in .pgdata/ on port 54329, installed from Debian's packages if needed.
"""

import glob
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlparse, urlunparse

import psycopg

PROJECT_DIR = Path(__file__).resolve().parents[2]
LOCAL_DATA = PROJECT_DIR / ".pgdata"
LOCAL_PORT = 54329
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/knooppunt"
LOCAL_URL = f"postgres://postgres@127.0.0.1:{LOCAL_PORT}/knooppunt"


def say(message):
    print(f"[postgres] {message}", file=sys.stderr, flush=True)


def server_answers(url):
    try:
        with psycopg.connect(_maintenance_dsn(url), connect_timeout=3):
            return True
    except psycopg.OperationalError:
        return False


def _maintenance_dsn(url):
    parts = urlparse(url)
    return urlunparse(parts._replace(path="/postgres"))


def ensure_database(url):
    name = urlparse(url).path.lstrip("/")
    with psycopg.connect(_maintenance_dsn(url), autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            say(f"database {name} aanmaken")
            conn.execute(f'CREATE DATABASE "{name}"')


def _pg_bin(tool):
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{tool}"))
    return candidates[-1] if candidates else None


def _as_postgres_user(command):
    # initdb and the server refuse to run as root.
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


def start_local_server():
    if _pg_bin("initdb") is None:
        if os.geteuid() != 0:
            sys.exit("[postgres] Geen PostgreSQL gevonden en geen rechten om het te installeren: zet DATABASE_URL.")
        say("PostgreSQL installeren uit de Debian-pakketten")
        subprocess.run(["apt-get", "update", "-qq"], check=True, stdout=subprocess.DEVNULL)
        subprocess.run(["apt-get", "install", "-y", "-qq", "postgresql"], check=True, stdout=subprocess.DEVNULL)
    if not (LOCAL_DATA / "PG_VERSION").exists():
        say(f"nieuw cluster in {LOCAL_DATA}")
        LOCAL_DATA.mkdir(exist_ok=True)
        if os.geteuid() == 0:
            shutil.chown(LOCAL_DATA, "postgres", "postgres")
        subprocess.run(
            _as_postgres_user([_pg_bin("initdb"), "-D", str(LOCAL_DATA), "-U", "postgres", "--auth=trust", "-E", "UTF8"]),
            check=True,
            stdout=subprocess.DEVNULL,
        )
    say(f"server starten op 127.0.0.1:{LOCAL_PORT}")
    subprocess.run(
        _as_postgres_user(
            [
                _pg_bin("pg_ctl"),
                "-D", str(LOCAL_DATA),
                "-l", str(LOCAL_DATA / "server.log"),
                "-o", f"-p {LOCAL_PORT} -k {LOCAL_DATA} -c listen_addresses=127.0.0.1",
                "-w", "start",
            ]
        ),
        check=True,
        stdout=subprocess.DEVNULL,
    )
    for _ in range(30):
        if server_answers(LOCAL_URL):
            return
        time.sleep(0.5)
    sys.exit(f"[postgres] De lokale server antwoordt niet; zie {LOCAL_DATA / 'server.log'}.")


def main():
    url = os.environ.get("DATABASE_URL")
    if url:
        if not server_answers(url):
            sys.exit(f"[postgres] DATABASE_URL is gezet, maar die server antwoordt niet: {urlparse(url).hostname}")
    elif server_answers(DEFAULT_URL) and not os.environ.get("KNOOPPUNT_LOCAL_POSTGRES"):
        url = DEFAULT_URL
    else:
        url = LOCAL_URL
        if not server_answers(url):
            start_local_server()
    ensure_database(url)
    print(url)


if __name__ == "__main__":
    main()
