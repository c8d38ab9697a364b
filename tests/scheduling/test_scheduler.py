"""Scheduled publishing and expiry: in every hub, within one scheduler pass, expired pages gone at once."""

import time
from datetime import timedelta

from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page, Revision, Site
from wagtail.signals import page_unpublished

from pages.models import ContentPage
from scheduling.service import run_all
from tests.conftest import hub_client


def _add_page(hub, in_hub, title, slug, live=True, **fields):
    with in_hub(hub):
        home = Site.objects.get(is_default_site=True).root_page.specific
        page = home.add_child(instance=ContentPage(title=title, slug=slug, intro=f"{title} zeldzaamwoord", live=live, **fields))
        if live:
            page.save_revision().publish()
        return page.pk


def test_an_expired_page_leaves_the_site_search_and_sitemap_at_once(hardenberg, in_hub):
    expires = timezone.now() + timedelta(seconds=3)
    page_id = _add_page(hardenberg, in_hub, "Oude folder", "oude-folder", expire_at=expires)
    client = hub_client("hardenberg")
    assert client.get("/oude-folder/").status_code == 200
    assert client.get("/oude-folder/")["X-Knooppunt-Cache"] == "hit"
    assert "/oude-folder/" in client.get("/sitemap.xml").content.decode()
    assert "Oude folder" in client.get("/zoeken/", {"q": "zeldzaamwoord"}).content.decode()

    time.sleep(max(0, (expires - timezone.now()).total_seconds()) + 1.1)

    # Before any scheduler pass: the page is still live in the database, yet gone for residents,
    # also from the page cache.
    with in_hub(hardenberg):
        assert Page.objects.get(pk=page_id).live
    assert client.get("/oude-folder/").status_code == 404
    assert "/oude-folder/" not in client.get("/sitemap.xml").content.decode()
    assert "Oude folder" not in client.get("/zoeken/", {"q": "zeldzaamwoord"}).content.decode()


def test_the_scheduler_unpublishes_expired_pages_in_every_hub_and_says_so(hardenberg, helmond, in_hub):
    ids = {hub.slug: _add_page(hub, in_hub, "Tijdelijke actie", "tijdelijke-actie") for hub in (hardenberg, helmond)}
    for hub in (hardenberg, helmond):
        with in_hub(hub):
            Page.objects.filter(pk=ids[hub.slug]).update(expire_at=timezone.now() - timedelta(seconds=1))
    unpublished = []

    def listener(sender, instance, **kwargs):
        unpublished.append(instance.pk)

    page_unpublished.connect(listener)
    try:
        handled = run_all()
    finally:
        page_unpublished.disconnect(listener)

    assert {"public", "hardenberg", "helmond", "twente", "cranendonck"} <= set(handled)
    for hub in (hardenberg, helmond):
        with in_hub(hub):
            page = Page.objects.get(pk=ids[hub.slug])
            assert (page.live, page.expired) == (False, True)
    # The event a search index follows: Wagtail's page_unpublished, once per expired page.
    assert sorted(unpublished) == sorted(ids.values())


def test_a_scheduled_page_goes_live_in_its_own_hub_only(hardenberg, in_hub):
    page_id = _add_page(hardenberg, in_hub, "Nieuwe training", "nieuwe-training", live=False)
    with in_hub(hardenberg):
        page = Page.objects.get(pk=page_id).specific
        page.go_live_at = timezone.now() + timedelta(minutes=5)
        page.save_revision().publish()  # scheduled: stays a draft until go-live
        assert not Page.objects.get(pk=page_id).live
        # Move the go-live time into the past, as if five minutes had gone by.
        revision = Revision.objects.get(object_id=str(page_id), approved_go_live_at__isnull=False)
        past = timezone.now() - timedelta(seconds=1)
        revision.content["go_live_at"] = past.isoformat()
        revision.approved_go_live_at = past
        revision.save(update_fields=["content", "approved_go_live_at"])
    assert hub_client("hardenberg").get("/nieuwe-training/").status_code == 404

    call_command("run_scheduler", "--once", stdout=open("/dev/null", "w"))

    assert hub_client("hardenberg").get("/nieuwe-training/").status_code == 200
    assert hub_client("helmond").get("/nieuwe-training/").status_code == 404
