"""Nothing of one hub (users, pages, images, cache entries, media) reaches another hub."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.files.images import ImageFile
from django.db import connection
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from demo.loader import editor_credentials
from tests.conftest import hub_client


def test_an_editor_logs_in_to_their_own_hub_but_not_to_another():
    helmond_editor = editor_credentials("helmond")

    own = hub_client("helmond").login_form(helmond_editor["username"], helmond_editor["password"])
    other_client = hub_client("hardenberg")
    other = other_client.login_form(helmond_editor["username"], helmond_editor["password"])

    assert own.status_code == 302
    assert other.status_code == 200
    assert "gebruikersnaam en wachtwoord komen niet overeen" in other.content.decode()
    assert other_client.get("/admin/").status_code == 302  # still sent to the login page


def test_a_session_from_one_hub_is_worthless_on_another(editor_client):
    client = editor_client("helmond")
    session_cookie = client.cookies["sessionid"].value

    intruder = hub_client("hardenberg")
    intruder.cookies["sessionid"] = session_cookie
    response = intruder.get("/admin/")

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_a_user_exists_only_in_the_hub_that_made_it(hardenberg, helmond, in_hub):
    with in_hub(helmond):
        get_user_model().objects.create_user("alleen-helmond", password="x-secret-123")
    with in_hub(hardenberg):
        assert not get_user_model().objects.filter(username="alleen-helmond").exists()
    with in_hub(helmond):
        assert get_user_model().objects.filter(username="alleen-helmond").exists()


def _png_bytes():
    buffer = io.BytesIO()
    PILImage.new("RGB", (20, 20), (200, 30, 30)).save(buffer, format="PNG")
    return buffer.getvalue()


def _add_image(title):
    image = get_image_model()(title=title)
    buffer = io.BytesIO(_png_bytes())
    image.file = ImageFile(buffer, name="geheim.png")
    image.save()
    return image


def test_an_editor_sees_only_their_own_hubs_pages_and_images(helmond, in_hub, editor_client):
    with in_hub(helmond):
        _add_image("Geheime afbeelding van Helmond")
        home = Site.objects.get(is_default_site=True).root_page
        draft = home.add_child(instance=Page(title="Geheim concept van Helmond", slug="geheim-concept", live=False))

    hardenberg_editor = editor_client("hardenberg")
    images = hardenberg_editor.get("/admin/images/?q=Geheime").content.decode()
    pages = hardenberg_editor.get("/admin/pages/search/?q=Geheim").content.decode()
    draft_in_other_hub = hardenberg_editor.get(f"/admin/pages/{draft.pk}/edit/")

    assert "Geheime afbeelding van Helmond" not in images
    assert "Geheim concept van Helmond" not in pages
    # Page ids are per schema: Hardenberg may have a page of its own under the same id (then it
    # is that page the editor gets), never Helmond's.
    with connection.cursor() as cursor:
        cursor.execute("SELECT EXISTS (SELECT 1 FROM hardenberg.wagtailcore_page WHERE id = %s)", [draft.pk])
        id_taken_in_hardenberg = cursor.fetchone()[0]
    assert draft_in_other_hub.status_code in ((200,) if id_taken_in_hardenberg else (302, 403, 404))
    assert "Geheim concept van Helmond" not in draft_in_other_hub.content.decode()

    helmond_editor = editor_client("helmond")
    assert "Geheime afbeelding van Helmond" in helmond_editor.get("/admin/images/?q=Geheime").content.decode()


def test_a_hub_editor_cannot_see_or_manage_the_hub_registry(editor_client):
    response = editor_client("hardenberg").get("/admin/hubs/")

    assert response.status_code in (302, 403)
    assert "Hubs" not in editor_client("hardenberg").get("/admin/").content.decode().split("<main", 1)[0]


def test_cache_entries_of_one_hub_are_invisible_to_another(hardenberg, helmond, in_hub):
    with in_hub(hardenberg):
        cache.set("shared-looking-key", "van Hardenberg")
    with in_hub(helmond):
        assert cache.get("shared-looking-key") is None
        cache.set("shared-looking-key", "van Helmond")
    with in_hub(hardenberg):
        assert cache.get("shared-looking-key") == "van Hardenberg"


def test_wagtails_cached_site_root_does_not_leak_between_hubs():
    """The trap from DESIGN.md: with a shared key, a Helmond page got a Hardenberg URL."""
    hardenberg_html = hub_client("hardenberg").get("/").content.decode()
    helmond_html = hub_client("helmond").get("/").content.decode()
    helmond_sitemap = hub_client("helmond").get("/sitemap.xml").content.decode()

    assert "hardenberg.localhost" not in helmond_html + helmond_sitemap
    assert "http://helmond.localhost/ouders/" in helmond_sitemap
    assert "helmond.localhost" not in hardenberg_html


def _first_media_url(html):
    start = html.index('src="/media/') + len('src="')
    return html[start : html.index('"', start)]


def test_media_of_a_hub_are_served_on_its_host_only():
    media_url = _first_media_url(hub_client("hardenberg").get("/").content.decode())
    assert media_url.startswith("/media/hardenberg/")

    own = hub_client("hardenberg").get(media_url)
    assert own.status_code == 200
    assert b"".join(own.streaming_content).startswith(b"\x89PNG")

    for other in ("helmond", "twente", "cranendonck"):
        assert hub_client(other).get(media_url).status_code == 404
    assert hub_client("hardenberg").get(media_url.replace("/media/hardenberg/", "/media/helmond/")).status_code == 404


@pytest.mark.parametrize(
    "path",
    ["/media/hardenberg/../helmond/images/x.png", "/media/hardenberg/documents/verslag.pdf", "/media/public/x.png"],
)
def test_media_paths_that_escape_the_hub_or_reach_documents_are_refused(path):
    assert hub_client("hardenberg").get(path).status_code == 404


def test_documents_of_one_hub_are_invisible_and_unreachable_from_another(helmond, in_hub, editor_client):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    with in_hub(helmond):
        document = get_document_model()(title="Vertrouwelijk verslag Helmond")
        document.file.save("verslag.txt", ContentFile(b"alleen voor Helmond"), save=False)
        document.save()
        document_url = document.url

    listing = editor_client("hardenberg").get("/admin/documents/?q=Vertrouwelijk").content.decode()

    assert "Vertrouwelijk verslag Helmond" not in listing
    assert "Vertrouwelijk verslag Helmond" in editor_client("helmond").get("/admin/documents/?q=Vertrouwelijk").content.decode()
    assert hub_client("hardenberg").get(document_url).status_code == 404
    served = hub_client("helmond").get(document_url)
    assert served.status_code == 200
    assert b"".join(served.streaming_content) == b"alleen voor Helmond"


def test_a_hub_administrator_sees_only_their_own_hubs_users(hardenberg, in_hub):
    with in_hub(hardenberg):
        get_user_model().objects.create_superuser("beheer-hardenberg", password="beheer-secret-1")
    client = hub_client("hardenberg")
    assert client.login_form("beheer-hardenberg", "beheer-secret-1").status_code == 302

    users = client.get("/admin/users/").content.decode()

    assert "redacteur-hardenberg" in users
    assert "redacteur-helmond" not in users
    assert "coordinator" not in users
    # Public tables are on a hub's search path; the hub registry must still stay out of reach.
    registry = client.get("/admin/hubs/")
    assert registry.status_code in (302, 403)
    assert "Duurzaam Ouderschap Helmond" not in registry.content.decode()


def test_the_admin_login_page_names_the_hub_it_belongs_to():
    assert "Inloggen bij Duurzaam Ouderschap Helmond" in hub_client("helmond").get("/admin/login/").content.decode()
    assert "Inloggen bij Kind- en scheidingsloket Cranendonck" in hub_client("cranendonck").get("/admin/login/").content.decode()
