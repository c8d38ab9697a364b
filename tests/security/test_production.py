"""
The production settings in gunicorn, as infra/ runs them: security headers, /healthz behind nginx,
and a hub created while the app runs is served at once (the hub registry is the host allow-list).
"""

import json

import psycopg
import pytest
from django.conf import settings

from tests.processes import (
    copy_of_test_network,
    fetch,
    manage,
    production_env,
    start_gunicorn,
    start_redis,
)

HTTPS = {"X-Forwarded-Proto": "https"}  # what nginx sends for an HTTPS visitor


@pytest.fixture(scope="module")
def production(django_db_setup, django_db_blocker):
    cluster = copy_of_test_network(django_db_blocker)
    with psycopg.connect(cluster.database_url, autocommit=True) as conn:
        # The test settings' template schema, under the name the production settings use.
        conn.execute(f"ALTER SCHEMA {settings.TENANT_BASE_SCHEMA} RENAME TO hub_template")
        conn.execute(f"ALTER SCHEMA {settings.TENANT_BASE_SCHEMA}_ready RENAME TO hub_template_ready")
    # Production needs a cache all workers share (the settings refuse to start without one).
    redis = start_redis()
    env = production_env(cluster.database_url, REDIS_URL=f"redis://127.0.0.1:{redis.port}/0")
    manage(env, "collectstatic", "--noinput", "-v", "0")  # the manifest the production storage needs
    app = start_gunicorn(env)
    app.env = env
    yield app
    app.stop()
    redis.stop()
    cluster.destroy()


def test_production_sends_hsts_a_strict_csp_and_the_usual_headers(production):
    status, body, headers, _ = fetch(production.port, "hardenberg.localhost", "/", headers=HTTPS)

    assert status == 200
    assert headers["Strict-Transport-Security"] == "max-age=31536000"
    csp = headers["Content-Security-Policy"]
    assert "script-src 'self';" in csp and "style-src 'self';" in csp and "unsafe-inline" not in csp
    assert "<style" not in body and "<script>" not in body
    assert headers["X-Frame-Options"] == "SAMEORIGIN"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert headers["Permissions-Policy"].startswith("camera=()")


def test_production_healthz_gives_details_only_to_this_machine(production):
    # Through nginx: X-Real-IP is the visitor's address.
    status, body, _, _ = fetch(production.port, "hardenberg.localhost", "/healthz", headers={"X-Real-IP": "203.0.113.5"})
    assert (status, json.loads(body)) == (200, {"status": "ok"})
    # A monitor on the machine itself, straight to gunicorn.
    status, body, _, _ = fetch(production.port, "hardenberg.localhost", "/healthz")
    assert status == 200 and json.loads(body)["database"]["schema"] == "hardenberg"


def test_a_new_hub_is_served_at_once_without_restarting_the_app(production):
    assert fetch(production.port, "nieuwegein.localhost", "/")[0] == 404
    workers_before = production.popen.pid

    manage(production.env, "create_hub", "nieuwegein", "--name", "Hub Nieuwegein", "--domain", "nieuwegein.localhost", "--region", "vechtdal")

    status, body, _, _ = fetch(production.port, "nieuwegein.localhost", "/")
    assert status == 200 and "Hub Nieuwegein" in body
    assert production.popen.pid == workers_before and production.popen.poll() is None


@pytest.mark.parametrize(
    "host", ["evil.example", "hardenberg.localhost.evil.example", "hardenberg.localhost@evil.example", "", "[::1]"]
)
def test_hosts_outside_the_hub_registry_get_nothing(production, host):
    status, body, _, _ = fetch(production.port, host, "/")

    assert status in (400, 404)
    assert "Hardenberg" not in body and "kp-header" not in body  # no page of any hub or the portal
