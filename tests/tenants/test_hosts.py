"""Every host answers with its own hub, and a host that belongs to no hub gets nothing."""

import pytest

from demo.content import cranendonck, hardenberg, helmond, twente
from tests.conftest import hub_client

HUB_CONTENT = {module.HUB["slug"]: module.HUB for module in (hardenberg, helmond, twente, cranendonck)}


@pytest.mark.parametrize("slug", sorted(HUB_CONTENT))
def test_each_hub_host_serves_its_own_branded_home_page(slug):
    response = hub_client(slug).get("/")

    assert response.status_code == 200
    html = response.content.decode()
    assert HUB_CONTENT[slug]["name"] in html
    assert HUB_CONTENT[slug]["home"]["hero_title"] in html
    css = hub_client(slug).theme_css()
    assert HUB_CONTENT[slug]["branding"]["primary"] in css
    for other_slug, other in HUB_CONTENT.items():
        if other_slug != slug:
            assert other["name"] not in html
            assert other["branding"]["primary"] not in css


@pytest.mark.parametrize("slug", sorted(HUB_CONTENT))
def test_a_hub_page_is_only_reachable_on_its_own_host(slug):
    first_audience = HUB_CONTENT[slug]["audiences"][0]
    first_page = first_audience["pages"][0]
    path = f"/{first_audience['slug']}/{first_page['slug']}/"

    assert hub_client(slug).get(path).status_code == 200
    for other_slug in HUB_CONTENT:
        if other_slug != slug and first_page["slug"] not in _slugs_of(other_slug):
            assert hub_client(other_slug).get(path).status_code == 404


def _slugs_of(slug):
    hub = HUB_CONTENT[slug]
    return {page["slug"] for audience in hub["audiences"] for page in audience["pages"]}


def test_the_portal_introduces_the_network_and_links_to_every_hub(portal_client):
    response = portal_client.get("/")

    assert response.status_code == 200
    html = response.content.decode()
    for slug, hub in HUB_CONTENT.items():
        assert hub["name"] in html
        assert f'href="http://{slug}.localhost/"' in html


@pytest.mark.parametrize("host", ["nowhere.localhost", "hardenberg.localhost.evil.example", "127.0.0.1"])
def test_an_unknown_host_gets_a_404_without_any_hub_content(host_client, host):
    response = host_client(host).get("/")

    assert response.status_code == 404
    html = response.content.decode()
    assert "Dit adres kennen we niet" in html
    for hub in HUB_CONTENT.values():
        assert hub["name"] not in html


def test_an_unknown_host_cannot_reach_a_hub_admin_either(host_client):
    assert host_client("nowhere.localhost").get("/admin/login/").status_code == 404
