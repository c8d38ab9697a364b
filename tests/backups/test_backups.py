"""
One hub out to a file and back: into a fresh install (another database, another media folder) and
over itself. Runs on a PostgreSQL cluster of its own with a copy of the test network.
"""

import mimetypes
import re
import shutil

import psycopg
import pytest
from django.conf import settings

from tests.processes import app_env, copy_of_test_network, fetch, manage, start_gunicorn


@pytest.fixture(scope="module")
def network(django_db_setup, django_db_blocker, tmp_path_factory):
    """The copied network, with a copy of its media folder (restores write there)."""
    cluster = copy_of_test_network(django_db_blocker)
    media = tmp_path_factory.mktemp("media")
    shutil.copytree(settings.MEDIA_ROOT / "hardenberg", media / "hardenberg")
    cluster.env = app_env(cluster.database_url, KNOOPPUNT_MEDIA_ROOT=str(media))
    cluster.media = media
    yield cluster
    cluster.destroy()


# What a hub page shows of network-wide data: walk-in hours, an embedded shared piece.
NETWORK_DATA_MARKS = ('class="kp-sessions"', "data-shared-piece=")


def _pages(port, host):
    """{path: (status, title, main content)} of every page in the host's sitemap."""
    sitemap = fetch(port, host, "/sitemap.xml")[1]
    paths = sorted(re.sub(r"^https?://[^/]+", "", url) for url in re.findall(r"<loc>([^<]+)</loc>", sitemap))
    pages = {}
    for path in paths:
        status, body, _, _ = fetch(port, host, path)
        title = re.search(r"<title>(.*?)</title>", body, re.S).group(1)
        # A rendition missing from the database is made again under a new random file name.
        main = re.sub(r"/media/hardenberg/images/[^\"]+", "/media/hardenberg/images/RENDITION", re.search(r"<main.*?</main>", body, re.S).group(0))
        pages[path] = (status, title, main)
    return pages


def _users(database_url):
    with psycopg.connect(database_url) as conn:
        return conn.execute("SELECT username, password, email, is_superuser FROM hardenberg.auth_user ORDER BY username").fetchall()


def _media_urls(html):
    return sorted(set(re.findall(r'/media/hardenberg/[^"\s]+', html)))


def test_a_hub_restored_into_a_fresh_install_serves_the_same_pages_users_and_media(network, tmp_path):
    archive = tmp_path / "hardenberg.knooppunt.tar"
    exported = manage(network.env, "export_hub", "hardenberg", str(archive))
    assert "tabellen [" in exported and "bestanden [" in exported  # progress bars

    fresh_media = tmp_path / "fresh-media"
    fresh_env = app_env(network.create_database("fresh"), KNOOPPUNT_MEDIA_ROOT=str(fresh_media))
    manage(fresh_env, "migrate_schemas", "--shared", "-v", "0", timeout=600)  # a new, empty install
    imported = manage(fresh_env, "import_hub", str(archive))
    assert "onderdelen [" in imported and "staat weer online op hardenberg.localhost" in imported

    original, restored = start_gunicorn(network.env), start_gunicorn(fresh_env)
    try:
        before, after = _pages(original.port, "hardenberg.localhost"), _pages(restored.port, "hardenberg.localhost")
        # Walk-in hours (the partner directory) and embedded shared pieces are network-wide data:
        # they come with the network's backup, not with one hub's (README, "Back-ups"). Those
        # pages must still be served; every other page must be exactly what it was.
        network_pages = {path for path, (_, _, main) in before.items() if any(mark in main for mark in NETWORK_DATA_MARKS)}
        assert network_pages
        for path in network_pages:
            assert after.pop(path)[:2] == before.pop(path)[:2]
        assert len(before) >= 5 and after == before
        assert {status for status, _, _ in after.values()} == {200}
        home = fetch(restored.port, "hardenberg.localhost", "/")[1]
        images = _media_urls(home)
        assert images, "the home page shows uploaded images"
        for url in images:
            status, _, headers, _ = fetch(restored.port, "hardenberg.localhost", url)
            assert status == 200 and headers["Content-Type"] == mimetypes.guess_type(url)[0], url
    finally:
        original.stop()
        restored.stop()
    assert _users(fresh_env["DATABASE_URL"]) == _users(network.database_url)
    originals = sorted(p.name for p in (network.media / "hardenberg" / "original_images").iterdir())
    assert originals and sorted(p.name for p in (fresh_media / "hardenberg" / "original_images").iterdir()) == originals


def test_restoring_over_the_same_hub_brings_back_what_was_lost(network, tmp_path):
    archive = tmp_path / "hardenberg.tar"
    manage(network.env, "export_hub", "hardenberg", str(archive))
    damage = """
from django_tenants.utils import schema_context
from wagtail.models import Page
with schema_context("hardenberg"):
    Page.objects.get(url_path="/home/ouders/").delete()
"""
    manage(network.env, "shell", "-c", damage)
    logo = next((network.media / "hardenberg").rglob("logo*"))
    logo.unlink()

    refused = _manage_fails(network.env, "import_hub", str(archive))
    assert "bestaat al" in refused and "--replace" in refused

    manage(network.env, "import_hub", str(archive), "--replace")

    assert logo.exists()
    app = start_gunicorn(network.env)
    try:
        assert fetch(app.port, "hardenberg.localhost", "/ouders/")[0] == 200
    finally:
        app.stop()


def test_a_file_that_is_no_backup_is_refused_and_changes_nothing(network, tmp_path):
    bogus = tmp_path / "geen-backup.tar"
    bogus.write_bytes(b"dit is geen tar-bestand")

    message = _manage_fails(network.env, "import_hub", str(bogus))

    assert "is geen back-up van een hub" in message and "Traceback" not in message


def _manage_fails(env, *args):
    try:
        manage(env, *args)
    except AssertionError as error:
        return str(error)
    raise AssertionError(f"manage.py {' '.join(args)} should have failed")
