"""
Browser tests: Debian's Chromium, driven by Selenium through Debian's chromedriver, against a real
server process that serves the test database's network. Chromium sends *.localhost to loopback,
so http://hardenberg.localhost:PORT/ reaches the hub as a resident's browser would.
"""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.request import urlopen

import pytest
from django.db import connection

PROJECT_DIR = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
NEUTRAL_SITE = "http://127.0.0.1:{port}/weer"


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _database_url():
    db = connection.settings_dict
    return f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


@pytest.fixture(scope="session")
def live_network(django_db_setup, django_db_blocker):
    """Base URL template of a server process serving the (committed) test network."""
    if not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)):
        pytest.fail("Browser tests need Debian's chromium and chromium-driver; `make test` installs them.")
    with django_db_blocker.unblock():
        database_url = _database_url()
    port = _free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "hubplatform.settings.test",
        "DATABASE_URL": database_url,
        "PYTHONUNBUFFERED": "1",
        # "Snel weg" leads to a host of this machine, so the browser tests need no network.
        "KNOOPPUNT_QUICK_EXIT_URL": NEUTRAL_SITE.format(port=port),
    }
    log = tempfile.TemporaryFile()
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload", "--insecure"],
        cwd=PROJECT_DIR,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2)
            except OSError as error:
                if getattr(error, "code", None):  # the server answers (127.0.0.1 is no hub: 404)
                    break
                if server.poll() is not None or time.monotonic() > deadline:
                    log.seek(0)
                    pytest.fail(f"The test server did not start:\n{log.read().decode()[-3000:]}")
                time.sleep(0.3)
            else:
                break
        yield lambda host, path="/": f"http://{host}:{port}{path}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def _chrome(javascript=True):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1000",
        "--lang=nl-NL",
    ):
        options.add_argument(flag)
    prefs = {"intl.accept_languages": "nl-NL,nl"}
    if not javascript:
        prefs["profile.managed_default_content_settings.javascript"] = 2
    options.add_experimental_option("prefs", prefs)
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)


@pytest.fixture
def browser():
    driver = _chrome()
    yield driver
    driver.quit()


@pytest.fixture
def browser_without_js():
    driver = _chrome(javascript=False)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def module_browser():
    """One Chromium for a whole module of read-only page checks (starting one costs a second)."""
    driver = _chrome()
    yield driver
    driver.quit()
