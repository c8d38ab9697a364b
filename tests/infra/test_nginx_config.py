"""infra/nginx/knooppunt.conf, read as nginx reads it where a test can (nginx itself runs only in
make bench-load / infra/try-local.sh): the login brake's location matches every login form."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest

CONF = Path(__file__).resolve().parents[2] / "infra" / "nginx" / "knooppunt.conf"


def _regex_locations():
    """(regex, quoted) of each `location ~ ...` block."""
    found = []
    for line in CONF.read_text().splitlines():
        match = re.match(r'\s*location ~\*? (".*?"|\S+) \{\s*$', line)
        if match:
            pattern = match.group(1)
            found.append((pattern.strip('"'), pattern.startswith('"')))
    return found


def test_a_location_regex_with_braces_is_quoted():
    # Unquoted, nginx reads the "{" of "{2}" as the start of the block ('nginx -t' failed).
    locations = _regex_locations()

    assert locations
    assert [pattern for pattern, quoted in locations if "{" in pattern and not quoted] == []


@pytest.mark.parametrize(
    "path",
    ["/admin/login/", "/en/_util/login/", "/_util/login/", "/_util/authenticate_with_password/1/2/",
     "/documents/authenticate_with_password/3/", "/ar/_util/authenticate_with_password/1/2/", "/admin/password_reset/"],
)
def test_the_login_brake_covers_every_login_form(path):
    brake = next(pattern for pattern, _quoted in _regex_locations() if "admin/login" in pattern)

    assert re.match(brake, path)
    assert not re.match(brake, "/zoeken/")


def test_nginx_accepts_the_config_where_it_is_installed(tmp_path):
    if not shutil.which("nginx"):
        pytest.skip("nginx is not installed here (make bench-load installs it)")
    upstream = "upstream knooppunt_app { server 127.0.0.1:9; }\n"
    text = CONF.read_text()
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid; error_log {tmp_path}/error.log; events {{}}\n"
        f"http {{ access_log off; {upstream if 'upstream knooppunt_app' not in text else ''} include {CONF}; }}\n"
    )
    result = subprocess.run(["nginx", "-t", "-c", str(tmp_path / "nginx.conf")], capture_output=True, text=True)

    assert result.returncode == 0, result.stderr
