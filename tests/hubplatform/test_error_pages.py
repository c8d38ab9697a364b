"""The project's own error pages: Dutch, in the sites' look, under the strict CSP (no inline style)."""

import re

import pytest
from django.conf import settings

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


def test_a_request_the_site_cannot_read_gets_a_dutch_400_page():
    # More form fields than Django reads (DATA_UPLOAD_MAX_NUMBER_FIELDS): Django's own page was English.
    fields = {f"veld{number}": "x" for number in range(settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 1)}
    response = HostClient("hardenberg.localhost").post("/admin/login/", fields)

    assert response.status_code == 400
    html = response.content.decode()
    assert "<h1>Dit verzoek begrijpen we niet</h1>" in html and "Bad Request" not in html
