import pytest
from django.test import override_settings

from tests.conftest import HostClient, hub_client

HOSTS = ["localhost", "hardenberg.localhost", "helmond.localhost", "twente.localhost", "cranendonck.localhost"]


@pytest.mark.parametrize("host", HOSTS)
def test_healthz_reports_database_cache_and_search_on_every_host(host):
    response = HostClient(host).get("/healthz")

    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["database"]["ok"] and body["cache"]["ok"] and body["search"]["ok"]
    assert body["database"]["schema"] == ("public" if host == "localhost" else host.split(".")[0])
    assert body["hub"] == (None if host == "localhost" else host.split(".")[0])
    assert body["search"]["backend"] == "postgres"
    assert response["Cache-Control"].startswith("max-age=0")


def test_healthz_says_degraded_and_names_the_cache_when_the_cache_is_down():
    broken_cache = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "KEY_FUNCTION": "django_tenants.cache.make_key",
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.5},
        }
    }
    with override_settings(CACHES=broken_cache):
        response = hub_client("twente").get("/healthz")

    # Pages are still served without the cache: not a reason for a load balancer to take the
    # site out of service.
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "degraded"
    assert body["cache"]["ok"] is False and body["cache"]["error"]
    assert body["database"]["ok"] is True


@pytest.mark.parametrize("host", HOSTS)
def test_the_sitemap_lists_the_hosts_own_public_pages_only(host):
    response = HostClient(host).get("/sitemap.xml")

    assert response.status_code == 200
    xml = response.content.decode()
    assert f"<loc>http://{host}/</loc>" in xml
    for other in HOSTS:
        if other != host:
            assert f"http://{other}/" not in xml
    assert xml.count("<url>") >= (4 if host == "localhost" else 20)


def test_the_sitemap_leaves_out_drafts_and_private_pages(hardenberg, in_hub):
    from wagtail.models import Page, PageViewRestriction, Site

    with in_hub(hardenberg):
        home = Site.objects.get(is_default_site=True).root_page
        home.add_child(instance=Page(title="Concept", slug="nog-niet-af", live=False))
        private = home.add_child(instance=Page(title="Alleen voor ingelogden", slug="besloten"))
        PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    xml = hub_client("hardenberg").get("/sitemap.xml").content.decode()

    assert "/nog-niet-af/" not in xml
    assert "/besloten/" not in xml


@pytest.mark.parametrize("host", ["localhost", "twente.localhost"])
def test_robots_txt_points_crawlers_to_the_hosts_own_sitemap(host):
    response = HostClient(host).get("/robots.txt")

    assert response.status_code == 200
    assert f"Sitemap: http://{host}/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()


def test_a_missing_page_gets_a_helpful_dutch_404_in_the_hubs_own_look():
    response = hub_client("helmond").get("/bestaat-niet/")

    assert response.status_code == 404
    html = response.content.decode()
    assert "Deze pagina bestaat niet" in html
    assert "Duurzaam Ouderschap Helmond" in html
    assert 'role="search"' in html
