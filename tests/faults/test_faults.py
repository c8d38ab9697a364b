"""
Faults, each against real processes started here on ports of their own: a Redis that dies, a
PostgreSQL restarted under load, a scheduler and a search index worker killed in the middle of
their task. The app runs in gunicorn as in production; its database is a copy of the test network
in a cluster of our own.

The search cluster down is tests/search/test_fallback.py's: the database index answers instead.
"""

import os
import signal
import threading
import time

import psycopg
import pytest

from tests.processes import (
    Process,
    app_env,
    copy_of_test_network,
    fetch,
    manage,
    production_env,
    start_gunicorn,
    start_redis,
    wait_for,
)

HOSTS = ["localhost", "hardenberg.localhost", "helmond.localhost", "twente.localhost", "cranendonck.localhost"]
PATHS = ["/", "/zoeken/?q=ouders", "/sitemap.xml"]


@pytest.fixture(scope="module")
def cluster(django_db_setup, django_db_blocker):
    """A PostgreSQL of our own holding a copy of the committed test network."""
    cluster = copy_of_test_network(django_db_blocker)
    yield cluster
    cluster.destroy()


def test_with_redis_down_every_page_is_still_served_without_a_5xx(cluster):
    redis = start_redis()
    app = start_gunicorn(app_env(cluster.database_url, f"redis://127.0.0.1:{redis.port}/0"))
    try:
        for host in HOSTS:
            for path in PATHS:
                assert fetch(app.port, host, path)[0] == 200, (host, path)

        redis.kill()

        for host in HOSTS:
            for path in PATHS:
                status, body, _, seconds = fetch(app.port, host, path)
                assert status == 200, (host, path, status, body[:300])
                assert seconds < 3, (host, path, seconds)
        # Monitoring is told, as a degradation: the pages themselves are served.
        status, body, _, _ = fetch(app.port, "hardenberg.localhost", "/healthz")
        assert status == 200 and '"status": "degraded"' in body and '"cache": {"ok": false' in body
    finally:
        app.stop()
        redis.stop()


def test_with_redis_hung_pages_are_served_without_waiting_for_it(cluster):
    """A Redis that takes connections and never answers (here: paused) costs each cache call its
    socket timeout; pages took 17-20 s each before the client failed fast."""
    redis = start_redis()
    app = start_gunicorn(app_env(cluster.database_url, f"redis://127.0.0.1:{redis.port}/0"))
    try:
        assert fetch(app.port, "hardenberg.localhost", "/")[0] == 200
        os.kill(redis.pid, signal.SIGSTOP)

        timings = []
        for host in HOSTS:
            for path in PATHS:
                status, body, _, seconds = fetch(app.port, host, path, timeout=30)
                assert status == 200, (host, path, status, body[:300])
                timings.append(seconds)

        # The first calls wait for their timeouts (0.5 s); after that none does.
        assert max(timings) < 5 and sorted(timings)[len(timings) // 2] < 1, timings
    finally:
        os.kill(redis.pid, signal.SIGCONT)
        app.stop()
        redis.stop()


def test_a_postgresql_restart_under_load_fails_requests_fast_and_recovers_without_restarting_the_app(cluster):
    app = start_gunicorn(app_env(cluster.database_url))
    results = []  # (started, finished, status, Retry-After)
    stop = threading.Event()

    def load():
        number = 0
        while not stop.is_set():
            started = time.monotonic()
            # A query string keeps the anonymous page cache out of it: these requests need the database.
            status, _, headers, _ = fetch(app.port, HOSTS[number % len(HOSTS)], f"/?n={number}", timeout=30)
            results.append((started, time.monotonic(), status, headers.get("Retry-After")))
            number += 1

    def recovered():
        done = [r for r in results if r[0] > up_at]
        return len(done) >= 10 and all(status == 200 for _, _, status, _ in done[-10:])

    workers = [threading.Thread(target=load) for _ in range(3)]
    try:
        for worker in workers:
            worker.start()
        time.sleep(2)
        cluster.stop(mode="fast")
        # From here (pg_ctl waited for the shutdown) until the restart begins, nothing can answer 200.
        down_at = time.monotonic()
        time.sleep(3)
        restart_at = time.monotonic()
        cluster.start()
        up_at = time.monotonic()
        # Bounded: the app must be back within 30 s (it needs no restart to get there).
        wait_for(recovered, timeout=30, what="the app after the PostgreSQL restart")
    finally:
        stop.set()
        for worker in workers:
            worker.join(timeout=40)
    try:
        assert app.popen.poll() is None, "gunicorn must still run: recovery needs no restart"
        during = [r for r in results if r[0] > down_at and r[1] < restart_at]
        assert during, "requests were made while PostgreSQL was down"
        assert {status for _, _, status, _ in during} == {503}, during[:5]
        assert all(retry == "30" for _, _, _, retry in during)
        assert max(finished - started for started, finished, _, _ in during) < 5, "no request may hang while the database is away"
        assert {status for _, _, status, _ in results} <= {200, 503}
        first_ok = min(finished for started, finished, status, _ in results if started > up_at and status == 200)
        assert first_ok - up_at < 15
    finally:
        app.stop()


def _waiting_on(database_url, table):
    """Whether a connection waits for a lock in a query on `table` (a row the test holds)."""

    def waiting():
        with psycopg.connect(database_url, autocommit=True) as conn:
            query = "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query ILIKE %s"
            return conn.execute(query, [f"%{table}%"]).fetchone()[0] > 0

    return waiting


def _set_up_scheduled_page(env):
    script = """
from datetime import timedelta
from django.utils import timezone
from django_tenants.utils import schema_context
from pages.models import ContentPage
with schema_context("hardenberg"):
    page = ContentPage.objects.live().order_by("pk").first()
    page.unpublish()
    page.go_live_at = timezone.now() + timedelta(minutes=5)
    revision = page.save_revision()
    revision.publish()
    past = timezone.now() - timedelta(seconds=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save()
    print(page.pk)
"""
    return int(manage(env, "shell", "-c", script).strip().splitlines()[-1])


def _live(database_url, page_id):
    with psycopg.connect(database_url, autocommit=True) as conn:
        return conn.execute("SELECT live FROM hardenberg.wagtailcore_page WHERE id = %s", [page_id]).fetchone()[0]


def test_a_scheduler_killed_in_the_middle_of_publishing_leaves_the_task_to_run_again(cluster):
    env = app_env(cluster.database_url)
    page_id = _set_up_scheduled_page(env)
    assert _live(cluster.database_url, page_id) is False

    # Hold the page's row, so the scheduler stops in the middle of publishing it.
    blocker = psycopg.connect(cluster.database_url)
    blocker.execute("SELECT 1 FROM hardenberg.wagtailcore_page WHERE id = %s FOR UPDATE", [page_id])
    scheduler = Process([".venv/bin/python", "manage.py", "run_scheduler", "--interval", "1"], env=env)
    try:
        wait_for(_waiting_on(cluster.database_url, "wagtailcore_page"), timeout=60, what="the scheduler's publish")
        scheduler.kill()  # SIGKILL in the middle of the task
    finally:
        blocker.rollback()
        blocker.close()
        scheduler.stop()

    assert _live(cluster.database_url, page_id) is False, "the killed task's half-done work was rolled back"

    def killed_session_gone():
        # PostgreSQL ends the dead client's session (and frees its per-schema lock) once it notices.
        with psycopg.connect(cluster.database_url, autocommit=True) as conn:
            return conn.execute("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'").fetchone()[0] == 0

    wait_for(killed_session_gone, timeout=30, what="the killed scheduler's session")
    manage(env, "run_scheduler", "--once")

    assert _live(cluster.database_url, page_id) is True


def _enqueue_reindex_of_a_renamed_page(env, title):
    """Rename a page of hardenberg's behind the index's back and queue its re-sync; (page, task) ids."""
    script = f"""
from django_tenants.utils import schema_context
from wagtail.models import Page
from pages.models import ContentPage
from search.tasks import reindex_hub_pages
with schema_context("hardenberg"):
    page = ContentPage.objects.live().order_by("-pk").first()
    Page.objects.filter(pk=page.pk).update(title={title!r})
print(page.pk, reindex_hub_pages.enqueue("hardenberg", [page.pk]).id)
"""
    page_id, task_id = manage(env, "shell", "-c", script).strip().splitlines()[-1].split()
    return int(page_id), task_id


def _task(database_url, task_id):
    with psycopg.connect(database_url, autocommit=True) as conn:
        return conn.execute(
            "SELECT status, jsonb_array_length(worker_ids) FROM django_tasks_database_dbtaskresult WHERE id = %s", [task_id]
        ).fetchone()


def test_a_search_worker_killed_in_the_middle_of_a_task_leaves_it_to_run_again(cluster):
    # The production settings: the index's tasks queue in the database for the worker.
    env = production_env(cluster.database_url)
    title = "Omgangsregeling, opnieuw geïndexeerd"
    page_id, task_id = _enqueue_reindex_of_a_renamed_page(env, title)
    source = f"page:hardenberg:{page_id}"
    worker_command = [".venv/bin/python", "manage.py", "run_search_worker", "--no-startup-delay", "--interval", "0.2"]

    # Hold the page's index row, so the worker stops in the middle of writing it.
    blocker = psycopg.connect(cluster.database_url)
    blocker.execute("SELECT 1 FROM search_indexeddocument WHERE source = %s FOR UPDATE", [source])
    worker = Process(worker_command, env=env)
    try:
        wait_for(_waiting_on(cluster.database_url, "search_indexeddocument"), timeout=60, what="the worker's re-sync")
        assert _task(cluster.database_url, task_id) == ("RUNNING", 1)
        worker.kill()  # SIGKILL in the middle of the task
    finally:
        blocker.rollback()
        blocker.close()
        worker.stop()

    # What django-tasks-db leaves behind: RUNNING, with no worker left to finish it.
    assert _task(cluster.database_url, task_id)[0] == "RUNNING"

    # The worker started again (systemd's Restart=always) takes it over and runs it to the end.
    restarted = Process([*worker_command, "--recovery-interval", "1"], env=env)
    try:
        wait_for(lambda: _task(cluster.database_url, task_id)[0] == "SUCCESSFUL", timeout=60, what="the task run again")
        assert "opnieuw klaargezet" in restarted.output()
    finally:
        restarted.stop()

    assert _task(cluster.database_url, task_id) == ("SUCCESSFUL", 2)
    with psycopg.connect(cluster.database_url, autocommit=True) as conn:
        assert conn.execute("SELECT title FROM search_indexeddocument WHERE source = %s", [source]).fetchone()[0] == title
