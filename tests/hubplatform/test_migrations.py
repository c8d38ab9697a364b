"""No settings module, with or without the test plugins, needs a migration that is not there."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT_DIR = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DJANGO_SECRET_KEY": "check-only",
    "WAGTAILADMIN_BASE_URL": "http://localhost",
}


@pytest.mark.parametrize("settings_module", ["dev", "test", "production"])
def test_makemigrations_check_is_clean(settings_module):
    env = {
        **os.environ,
        **(PRODUCTION_ENV if settings_module == "production" else {}),
        "DJANGO_SETTINGS_MODULE": f"hubplatform.settings.{settings_module}",
        "DATABASE_URL": os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/knooppunt"),
    }
    if settings_module == "production":
        env.pop("REDIS_URL", None)  # only the app workers need the shared cache (hubplatform/wsgi.py)
    result = subprocess.run(
        [sys.executable, "manage.py", "makemigrations", "--check", "--dry-run"],
        cwd=PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "No changes detected" in result.stdout
