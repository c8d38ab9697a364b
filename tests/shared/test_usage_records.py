"""Which hub uses which shared piece: records in the portal's schema, kept by the hubs as their pages
are published, unpublished, deleted or get a syndicated draft, and rebuilt by a command."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection

from demo.loader import COORDINATOR
from pages.models import ContentPage
from plugins.shared import usage
from plugins.shared.models import PieceUse, SharedPiece, SyndicatedPage
from plugins.shared.syndication import syndicate
from tests.conftest import HostClient


def records(hub, **filters):
    connection.set_schema_to_public()
    return sorted(
        (record.page_title, record.piece_id, record.how, record.revision_id, record.page_live, record.differs_locally)
        for record in PieceUse.objects.filter(hub_id=hub.pk, **filters)
    )


def coordinator_client():
    client = HostClient("localhost")
    assert client.login_form(COORDINATOR["username"], COORDINATOR["password"]).status_code == 302
    return client


def new_page(home, slug, body):
    page = ContentPage(title="Scheiden en school", slug=slug, body=body)
    home.add_child(instance=page)
    return page


def embed(piece_id, pinned=None):
    return {"type": "shared_content", "value": {"piece": piece_id, "pin": bool(pinned), "pinned_revision": pinned}}


def test_publishing_unpublishing_and_deleting_a_hub_page_keep_its_records(ids, hubs, in_hub):
    twente = hubs["twente"]
    first_geld = SharedPiece.objects.get(pk=ids["geld"]).live_revision_id
    with in_hub(twente):
        home = ContentPage.objects.get(slug="goed-om-te-weten").get_parent()
        page = new_page(home, "scheiden-en-school", [embed(ids["jongeren"]), embed(ids["geld"], pinned=first_geld)])
        page.save_revision()
    assert records(twente, page_title="Scheiden en school") == [], "a draft shows nothing to residents"

    with in_hub(twente):
        page.get_latest_revision().publish()
    assert records(twente, page_title="Scheiden en school") == [
        ("Scheiden en school", ids["geld"], "vastgezet", first_geld, True, False),
        ("Scheiden en school", ids["jongeren"], "ingesloten", None, True, False),
    ]

    with in_hub(twente):
        page.unpublish()
    assert records(twente, page_title="Scheiden en school") == []

    with in_hub(twente):
        page.get_latest_revision().publish()
        ContentPage.objects.get(pk=page.pk).delete()
    assert records(twente, page_title="Scheiden en school") == []


def test_a_syndicated_draft_is_a_use_and_its_local_changes_show(ids, hubs, in_hub):
    cranendonck = hubs["cranendonck"]
    connection.set_schema_to_public()
    from django.contrib.auth import get_user_model

    syndicate(ids["jongeren"], [cranendonck], get_user_model().objects.get(username=COORDINATOR["username"]))
    taken = SharedPiece.objects.get(pk=ids["jongeren"]).live_revision_id
    assert records(cranendonck, piece_id=ids["jongeren"]) == [
        ("Voor jongeren: jouw ouders gaan uit elkaar", ids["jongeren"], "overgenomen", taken, False, False)
    ]

    with in_hub(cranendonck):
        page = SyndicatedPage.objects.get(source_piece_id=ids["jongeren"])
        page.body = [dict(block) for block in page.body.raw_data][1:]
        page.save_revision()
    assert records(cranendonck, piece_id=ids["jongeren"])[0][-1] is True, "the local copy now differs"


def test_the_command_rebuilds_the_records_from_the_hubs_with_progress(ids, hubs):
    connection.set_schema_to_public()
    before = sorted(PieceUse.objects.values_list("hub_id", "page_id", "piece_id", "how", "revision_id", "differs_locally"))
    assert before, "the demo hubs use shared pieces"
    PieceUse.objects.all().delete()
    PieceUse.objects.create(hub_id=999999, page_id=1, page_title="Van een verwijderde hub", piece_id=ids["geld"], how="ingesloten")

    output = StringIO()
    call_command("rebuild_shared_usage", stdout=output)

    connection.set_schema_to_public()
    after = sorted(PieceUse.objects.values_list("hub_id", "page_id", "piece_id", "how", "revision_id", "differs_locally"))
    assert after == before
    text = output.getvalue()
    assert "4/4" in text and "helmond:" in text and "Klaar:" in text


def test_the_command_refuses_an_unknown_hub():
    from django.core.management import CommandError

    with pytest.raises(CommandError, match="Onbekende hub: nergenshuizen"):
        call_command("rebuild_shared_usage", "--hub", "nergenshuizen", stdout=StringIO())


def test_the_coordinators_overview_and_the_refusal_read_the_records_not_the_hubs(ids, monkeypatch):
    def no_scanning(*args, **kwargs):
        raise AssertionError("the portal must not scan hubs")

    monkeypatch.setattr(usage, "uses_in_current_hub", no_scanning)
    client = coordinator_client()

    overview = client.get(f"/admin/gedeeld-gebruik/{ids['mediation']}/").content.decode()
    assert "Informatieknooppunt Relaties en Scheiden Hardenberg" in overview
    assert "vastgezet" in overview and "achter op versie" in overview
    assert "overgenomen" in overview and "(concept, nog niet gepubliceerd)" in overview  # Hardenberg's draft copy

    refused = client.post(f"/admin/snippets/shared/sharedpiece/unpublish/{ids['geld']}/")
    assert refused.status_code == 409 and "Goed om te weten" in refused.content.decode()

    # Without records (say, before the command ran) nothing holds the coordinator back.
    connection.set_schema_to_public()
    PieceUse.objects.filter(piece_id=ids["geld"]).delete()
    client.post(f"/admin/snippets/shared/sharedpiece/unpublish/{ids['geld']}/")
    connection.set_schema_to_public()
    assert not SharedPiece.objects.get(pk=ids["geld"]).live


def test_records_are_network_data_a_hub_cannot_query(hubs, in_hub):
    from tenants.gateway import NetworkDataOutsidePublicSchema

    with in_hub(hubs["helmond"]), pytest.raises(NetworkDataOutsidePublicSchema):
        list(PieceUse.objects.all())
