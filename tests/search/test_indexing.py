"""The index follows what residents may see: every change of a hub page reaches it through the
tasks (run at once in tests), and nothing unpublished, private, expired or switched off is found."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tenants.utils import tenant_context
from wagtail.models import Page, PageViewRestriction

from pages.models import ContentPage
from search.indexing import sync_everything
from search.models import IndexedDocument
from tests.conftest import hub_client
from tests.search.conftest import api

WORD = "zwaluwstaartvlinder"


def titles(slug, query=WORD, **params):
    return [result["title"] for result in api(hub_client(slug), q=query, **params)["results"]]


def add_page(hub, title=f"Over de {WORD}", parent_slug="ouders", publish=True, **fields):
    with tenant_context(hub):
        parent = Page.objects.get(slug=parent_slug, locale__language_code="nl")
        page = ContentPage(title=title, slug=title.lower().replace(" ", "-"), intro=f"Alles over de {WORD}.", **fields)
        parent.add_child(instance=page)
        revision = page.save_revision()
        if publish:
            revision.publish()
        return page


def test_a_published_page_is_found_at_once_and_a_draft_never(hardenberg):
    add_page(hardenberg, title=f"Concept over de {WORD}", publish=False)
    assert titles("hardenberg") == []

    add_page(hardenberg)

    assert titles("hardenberg") == [f"Over de {WORD}"]


def test_unpublishing_removes_a_result_at_once(hardenberg):
    page = add_page(hardenberg)
    with tenant_context(hardenberg):
        page.unpublish()

    assert titles("hardenberg") == []
    assert titles("helmond") == []


def test_a_private_page_is_never_found(hardenberg):
    page = add_page(hardenberg)
    with tenant_context(hardenberg):
        restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)

    assert titles("hardenberg") == []
    assert not IndexedDocument.objects.filter(title__contains=WORD).exists()
    # Its words stay in the vocabulary, but are never offered as a correction.
    assert WORD not in str(api(hub_client("hardenberg"), q=f"{WORD[:-1]}x scheiding"))

    with tenant_context(hardenberg):
        restriction.delete()
    assert titles("hardenberg") == [f"Over de {WORD}"]


def test_pages_below_a_page_made_private_leave_the_index(hardenberg):
    child = add_page(hardenberg)
    with tenant_context(hardenberg):
        PageViewRestriction.objects.create(page=child.get_parent(), restriction_type=PageViewRestriction.LOGIN)

    assert titles("hardenberg") == []


def _unpublish(page):
    page.unpublish()


def _restrict(page):
    PageViewRestriction.objects.create(page=page.get_parent(), restriction_type=PageViewRestriction.LOGIN)


def _delete(page):
    Page.objects.get(pk=page.pk).delete()


@pytest.mark.parametrize("take_away", [_unpublish, _restrict, _delete], ids=["unpublished", "made-private", "deleted"])
def test_a_page_taken_away_leaves_the_search_before_any_worker_runs(hardenberg, settings, take_away):
    """On a site whose search worker is behind (or down), the index tasks wait; a page residents
    can no longer read must still not be found."""
    page = add_page(hardenberg)
    assert titles("hardenberg") == [f"Over de {WORD}"]
    settings.TASKS = {**settings.TASKS, "search": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}

    with tenant_context(hardenberg):
        take_away(page)

    assert titles("hardenberg") == []
    assert titles("helmond") == []


def test_a_walk_in_page_made_private_takes_its_sessions_along_before_any_worker_runs(hardenberg, settings):
    def sessions():
        results = api(hub_client("hardenberg"), q="inloopuur", scope="hub")["results"]
        return [result for result in results if result["kind"] == "inloopspreekuur"]

    assert sessions()
    settings.TASKS = {**settings.TASKS, "search": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}

    with tenant_context(hardenberg):
        page = Page.objects.get(slug="inloopuur")
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)

    assert sessions() == []


def test_an_expired_page_is_never_found(hardenberg):
    page = add_page(hardenberg, publish=False)
    with tenant_context(hardenberg):
        page.expire_at = timezone.now() + timedelta(hours=1)
        page.save_revision().publish()
    assert titles("hardenberg") == [f"Over de {WORD}"]

    IndexedDocument.objects.filter(title__contains=WORD).update(published_until=timezone.now() - timedelta(seconds=1))

    assert titles("hardenberg") == []


def test_deleting_a_page_removes_it(hardenberg):
    page = add_page(hardenberg)
    with tenant_context(hardenberg):
        Page.objects.get(pk=page.pk).delete()

    assert titles("hardenberg") == []


def test_moving_a_page_gives_its_result_the_new_address(hardenberg):
    page = add_page(hardenberg)
    with tenant_context(hardenberg):
        Page.objects.get(pk=page.pk).move(Page.objects.get(slug="professionals", locale__language_code="nl"), pos="last-child")

    url = api(hub_client("hardenberg"), q=WORD)["results"][0]["url"]
    assert "/professionals/" in url and "/ouders/" not in url


def test_a_switched_off_plugin_leaves_the_search(hubs):
    cranendonck = hubs["cranendonck"]
    assert "inloopspreekuur" in [result["kind"] for result in api(hub_client("cranendonck"), q="woensdag", scope="hub")["results"]]

    cranendonck.enabled_plugins = [key for key in cranendonck.enabled_plugins if key != "walkin"]
    cranendonck.save()

    results = api(hub_client("cranendonck"), q="inloopspreekuur", scope="hub")["results"]
    assert "inloopspreekuur" not in [result["kind"] for result in results]
    assert not [result for result in results if result["url"].endswith("/inloopspreekuur/")]


def test_a_removed_hub_leaves_the_search(hubs):
    assert IndexedDocument.objects.filter(hub=hubs["twente"]).exists()

    hubs["twente"].delete()

    assert not IndexedDocument.objects.filter(source__startswith="page:twente:").exists()
    assert not [result for result in api(hub_client("hardenberg"), q="scheiding")["results"] if result["hub"] == "twente"]


def test_a_network_plugin_asks_for_a_reindex_when_its_data_changes(portal_client, hardenberg):
    from tests.example_plugin.models import Notice

    Notice.objects.create(code="vlinder", title=f"De {WORD} komt", text="Een mededeling.")

    assert [result["title"] for result in api(portal_client, q=WORD)["results"]] == [f"De {WORD} komt"]
    assert titles("hardenberg") == []  # the plugin is off in Hardenberg
    hardenberg.enabled_plugins = [*hardenberg.enabled_plugins, "example"]
    hardenberg.save()
    assert titles("hardenberg") == [f"De {WORD} komt"]

    Notice.objects.filter(code="vlinder").delete()

    assert titles("hardenberg") == []


def test_the_portals_own_pages_are_in_the_index(portal_client):
    results = api(portal_client, q="gemeente aansluiten")["results"]

    assert any(result["url"].startswith("http://localhost") and result["hub"] is None for result in results)


def test_a_rebuild_reports_what_changed(hardenberg, capsys):
    IndexedDocument.objects.filter(source__startswith="page:hardenberg:").first().delete()
    IndexedDocument.objects.filter(source__startswith="page:helmond:").update(fingerprint="verouderd")

    report = sync_everything()

    assert len(report.added) == 1 and len(report.changed) >= 1 and not report.removed
    call_command("rebuild_search_index")
    output = capsys.readouterr().out
    assert "0 nieuw, 0 gewijzigd, 0 verwijderd" in output
    assert "[1/1]" in output and "hubs en netwerkplugins [" in output


def test_a_rebuild_restores_shared_content_and_reports_it_as_new():
    # The library's documents were once made only when a piece was saved: a rebuild neither
    # restored nor counted them.
    shared = IndexedDocument.objects.filter(kind="gedeelde inhoud")
    before = set(shared.values_list("source", "fingerprint"))
    assert before
    shared.delete()

    report = sync_everything()

    assert set(report.added) == {source for source, _fingerprint in before}
    assert set(IndexedDocument.objects.filter(kind="gedeelde inhoud").values_list("source", "fingerprint")) == before
    assert "gedeelde inhoud" in [result["kind"] for result in api(hub_client("hardenberg"), q="ouderschapsplan")["results"]]


def test_a_reindex_request_without_a_hub_resyncs_shared_contents_network_documents():
    from search.indexing import request_reindex

    IndexedDocument.objects.filter(kind="gedeelde inhoud").delete()

    request_reindex("shared")

    assert IndexedDocument.objects.filter(kind="gedeelde inhoud", hub=None).count() > 10


def test_the_index_the_tasks_built_equals_a_rebuild_from_the_sources():
    # Publishing through the tasks left exactly what a rebuild makes: nothing stale, nothing missing.
    before = set(IndexedDocument.objects.values_list("source", "fingerprint"))
    report = sync_everything()
    assert not report.added and not report.changed and not report.removed
    assert set(IndexedDocument.objects.values_list("source", "fingerprint")) == before


def test_if_empty_rebuilds_when_a_hub_has_no_pages_in_the_index(hardenberg, capsys):
    # What `make prepare` met: the demo's shared content indexes itself while the hubs' pages wait
    # for the worker, so a table that is not empty may still leave hubs unsearchable.
    IndexedDocument.objects.filter(hub=hardenberg).delete()
    assert IndexedDocument.objects.exists()

    call_command("rebuild_search_index", "--if-empty")

    assert IndexedDocument.objects.filter(hub=hardenberg, kind="pagina").exists()
    call_command("rebuild_search_index", "--if-empty")
    assert "al gevuld" in capsys.readouterr().out


def test_a_full_rebuild_drops_the_index_tasks_waiting_from_before_it(settings):
    from django_tasks_db.models import DBTaskResult

    from search.management.commands.rebuild_search_index import drop_superseded_tasks
    from search.tasks import reindex_plugin

    settings.TASKS = {**settings.TASKS, "search": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    reindex_plugin.enqueue("directory")
    cutoff = timezone.now()
    reindex_plugin.enqueue("directory")

    assert drop_superseded_tasks(cutoff) == 1
    assert DBTaskResult.objects.filter(backend_name="search").count() == 1


def test_re_syncs_asked_for_in_a_reindex_once_block_are_enqueued_once_at_its_end_and_not_when_it_fails(settings):
    from django_tasks_db.models import DBTaskResult

    from search.indexing import reindex_once, request_reindex

    settings.TASKS = {**settings.TASKS, "search": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    tasks = DBTaskResult.objects.filter(backend_name="search")

    with reindex_once():
        for _ in range(40):  # a cascade: one request per deleted row
            request_reindex("directory")
        request_reindex("shared")
        assert not tasks.exists()

    assert sorted(task.args_kwargs["args"][0] for task in tasks) == ["directory", "shared"]

    tasks.delete()
    with pytest.raises(RuntimeError), reindex_once():
        request_reindex("directory")
        raise RuntimeError("rolled back")
    assert not tasks.exists()
