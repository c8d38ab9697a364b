"""The project's own error pages: Dutch, in the sites' look, under the strict CSP (no inline style)."""

import re

import pytest

from tests.conftest import HostClient


@pytest.mark.parametrize("host", ["hardenberg.localhost", "localhost"])
def test_a_form_sent_without_its_csrf_token_gets_a_dutch_403_page(host):
    client = HostClient(host, enforce_csrf_checks=True)

    response = client.post("/admin/login/", {"username": "redacteur", "password": "geheim"})

    assert response.status_code == 403
    html = response.content.decode()
    assert re.search(r"<title>([^<]*)</title>", html).group(1) == "Formulier niet verstuurd | Probeer het opnieuw"
    assert '<html lang="nl">' in html and "<h1>Het formulier is niet verstuurd</h1>" in html
    assert "Forbidden" not in html and "CSRF" not in html
    assert 'href="/static/css/hub.css"' in html and "<style" not in html
