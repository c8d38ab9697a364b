"""The portal helps a resident find their hub: by municipality or postcode, and per region."""

from regions.finder import find_hubs
from tests.conftest import HostClient


def _slugs(query):
    return [hub.slug for hub in find_hubs(query)[0]]


def test_find_by_municipality_hub_or_region_name():
    assert _slugs("Enschede") == ["twente"]
    assert _slugs("  hardenberg ") == ["hardenberg"]
    assert _slugs("rijssen holten") == ["twente"]
    assert set(_slugs("Zuidoost-Brabant")) == {"helmond", "cranendonck"}


def test_find_by_postcode_prefix():
    assert _slugs("5701 AB") == ["helmond"]
    assert _slugs("7772") == ["hardenberg"]
    assert set(_slugs("7")) == {"hardenberg", "twente"}
    assert _slugs("1012") == []


def test_the_portal_front_page_answers_the_search_without_javascript(portal_client):
    html = portal_client.get("/", {"gemeente": "6021"}).content.decode()
    assert "Kind- en scheidingsloket Cranendonck" in html and 'role="status"' in html
    nothing = portal_client.get("/", {"gemeente": "Groningen"}).content.decode()
    assert "We vinden geen hub voor" in nothing


def test_a_page_per_region(portal_client):
    response = portal_client.get("/regio/zuidoost-brabant/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Duurzaam Ouderschap Helmond" in html and "Kind- en scheidingsloket Cranendonck" in html
    assert "Hardenberg" not in html.split("Andere regio")[0]
    assert portal_client.get("/regio/bestaat-niet/").status_code == 404
    assert HostClient("helmond.localhost").get("/regio/zuidoost-brabant/").status_code == 404


def test_the_portal_title_names_the_network_once(portal_client):
    html = portal_client.get("/").content.decode()
    assert "<title>Knooppunt | Knooppunt</title>" not in html
