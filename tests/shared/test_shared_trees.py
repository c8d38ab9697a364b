"""Syndicating a tree of pieces: a coordinator sends a piece with the pieces below it; every hub in
scope gets the tree of pages, each page linked to its own piece and adaptable on its own."""

import pytest
from django.core.exceptions import PermissionDenied
from django.db import connection
from django_tenants.utils import tenant_context
from wagtail.models import Locale, Site

from demo.loader import COORDINATOR, REGIONAL_COORDINATORS
from plugins.shared.models import SharedContentSettings, SharedPiece, SyndicatedPage
from plugins.shared.syndication import syndicate, take_upstream, upstream_changes
from regions.models import Region
from tests.conftest import hub_client
from tests.shared.test_shared_content import coordinator_client, publish_change, user


def piece(title, parent=None, region=None, publish=True):
    connection.set_schema_to_public()
    made = SharedPiece(
        title=title,
        body=[
            {"type": "paragraph", "value": f"<p>Uitleg over {title.lower()}.</p>"},
            {"type": "callout", "value": {"title": "Tip", "text": "<p>Vraag het steunpunt.</p>", "tone": "tip"}},
        ],
        locale=Locale.objects.get(language_code="nl"),
        region_id=Region.objects.get(slug=region).pk if region else None,
        parent_piece_id=parent.pk if parent else None,
        live=False,
    )
    made.save()
    revision = made.save_revision()
    if publish:
        revision.publish()
    return SharedPiece.objects.get(pk=made.pk)


@pytest.fixture
def tree():
    """Scheiden met kinderen > (Afspraken maken > Het rooster), Brabant's own page, a draft."""
    top = piece("Scheiden met kinderen")
    agreements = piece("Afspraken maken", parent=top)
    return {
        "top": top,
        "agreements": agreements,
        "schedule": piece("Het rooster", parent=agreements),
        "brabant": piece("Hulp in Brabant", parent=top, region="zuidoost-brabant"),
        "draft": piece("Nog niet klaar", parent=top, publish=False),
    }


def publish_at_once(hub):
    with tenant_context(hub):
        settings = SharedContentSettings.for_site(Site.objects.get(is_default_site=True))
        settings.publish_syndicated_at_once = True
        settings.save()
    connection.set_schema_to_public()


def pages_of(hub):
    """{piece title: (page, title of its parent page)} of the hub's syndicated pages."""
    titles = ["Scheiden met kinderen", "Afspraken maken", "Het rooster", "Hulp in Brabant", "Nog niet klaar",
              "Als afspraken niet lukken", "Samen in Twente", "Groepen in Twente"]
    with tenant_context(hub):
        pages = SyndicatedPage.objects.filter(upstream_title__in=titles)
        return {page.upstream_title: (page, page.get_parent().title) for page in pages}


def test_a_tree_arrives_in_every_hub_below_its_parents_as_drafts_or_published(tree, hubs):
    publish_at_once(hubs["helmond"])

    syndicate(tree["top"].pk, [hubs["twente"], hubs["helmond"]], user(COORDINATOR), with_children=True)

    twente = pages_of(hubs["twente"])
    assert twente["Afspraken maken"][1] == "Scheiden met kinderen"
    assert twente["Het rooster"][1] == "Afspraken maken"
    assert "Hulp in Brabant" not in twente  # another region's piece stays out of Twente
    assert "Nog niet klaar" not in twente  # a draft goes nowhere
    assert not any(page.live for page, _parent in twente.values())

    helmond = pages_of(hubs["helmond"])
    assert helmond["Hulp in Brabant"][1] == "Scheiden met kinderen"
    assert all(page.live for page, _parent in helmond.values())
    for title, (page, _parent) in helmond.items():
        assert page.source_piece_id == tree[{"Scheiden met kinderen": "top", "Afspraken maken": "agreements", "Het rooster": "schedule", "Hulp in Brabant": "brabant"}[title]].pk
    html = hub_client("helmond").get("/scheiden-met-kinderen/afspraken-maken/het-rooster/").content.decode()
    assert "Uitleg over het rooster." in html


def test_without_children_only_the_piece_itself_goes(tree, hubs):
    syndicate(tree["top"].pk, [hubs["cranendonck"]], user(COORDINATOR))
    pages = pages_of(hubs["cranendonck"])
    assert "Scheiden met kinderen" in pages and "Afspraken maken" not in pages


def test_each_page_of_a_tree_is_adapted_and_updated_on_its_own(tree, hubs):
    syndicate(tree["top"].pk, [hubs["twente"]], user(COORDINATOR), with_children=True)
    with tenant_context(hubs["twente"]):
        schedule = SyndicatedPage.objects.get(source_piece_id=tree["schedule"].pk)
        body = [dict(block) for block in schedule.body.raw_data]
        body[1]["value"] = {**body[1]["value"], "text": "<p>Bel het steunpunt Twente: 0000 000 000.</p>"}
        schedule.body = body
        schedule.save_revision().publish()

    def reword(changed):
        body = [dict(block) for block in changed.body.raw_data]
        body[0]["value"] = "<p>Een rooster geeft uw kind houvast.</p>"
        body[1]["value"] = {**body[1]["value"], "text": "<p>Vraag het steunpunt om een voorbeeld.</p>"}
        changed.body = body

    publish_change(tree["schedule"].pk, reword)

    with tenant_context(hubs["twente"]):
        schedule = SyndicatedPage.objects.get(source_piece_id=tree["schedule"].pk)
        _latest, changes = upstream_changes(schedule)
        assert [(change.block_type, change.changed_locally) for change in changes] == [("paragraph", False), ("callout", True)]
        take_upstream(schedule, [changes[0].block_id])
        schedule = SyndicatedPage.objects.get(pk=schedule.pk).get_latest_revision_as_object()
        texts = [str(block["value"]) for block in schedule.body.raw_data]
        assert "houvast" in texts[0] and "0000 000 000" in texts[1]
        # The other pages of the tree did not change upstream.
        top = SyndicatedPage.objects.get(source_piece_id=tree["top"].pk)
        assert upstream_changes(top)[1] == []


def test_sending_a_tree_again_adds_new_pieces_below_their_parent_and_leaves_the_rest(tree, hubs):
    syndicate(tree["top"].pk, [hubs["hardenberg"]], user(COORDINATOR), with_children=True)
    with tenant_context(hubs["hardenberg"]):
        agreements = SyndicatedPage.objects.get(source_piece_id=tree["agreements"].pk)
        agreements.title = "Afspraken maken in Hardenberg"
        agreements.save_revision()
    connection.set_schema_to_public()
    later = piece("Als afspraken niet lukken", parent=tree["agreements"])

    sent = syndicate(tree["top"].pk, [hubs["hardenberg"]], user(COORDINATOR), with_children=True)

    assert [item.piece_id for item in sent if item.created] == [later.pk]
    pages = pages_of(hubs["hardenberg"])
    assert pages["Als afspraken niet lukken"][1] == "Afspraken maken"
    with tenant_context(hubs["hardenberg"]):
        kept = SyndicatedPage.objects.get(source_piece_id=tree["agreements"].pk).get_latest_revision_as_object()
        assert kept.title == "Afspraken maken in Hardenberg"


def test_a_regional_coordinator_sends_trees_only_within_their_scope(tree, hubs):
    twente = user(REGIONAL_COORDINATORS["twente"])
    with pytest.raises(PermissionDenied):
        syndicate(tree["top"].pk, [hubs["helmond"]], twente, with_children=True)  # a hub outside Twente

    connection.set_schema_to_public()
    region = Region.objects.get(slug="twente")
    top = piece("Samen in Twente", region="twente")
    piece("Groepen in Twente", parent=top, region="twente")
    client = coordinator_client(REGIONAL_COORDINATORS["twente"])
    refused = client.post(f"/admin/gedeeld-gebruik/{top.pk}/", {"hubs": [hubs["helmond"].pk], "with_children": "on"})
    assert refused.status_code == 200  # the form refuses a hub outside the region
    sent = client.post(f"/admin/gedeeld-gebruik/{top.pk}/", {"hubs": [hubs["twente"].pk], "with_children": "on"})
    assert sent.status_code == 302
    assert set(pages_of(hubs["twente"])) >= {"Samen in Twente", "Groepen in Twente"}
    assert "Samen in Twente" not in pages_of(hubs["helmond"])
    assert region.pk == top.region_id


def test_the_piece_form_offers_parents_in_scope_and_no_loops(tree):
    client = coordinator_client(REGIONAL_COORDINATORS["twente"])
    connection.set_schema_to_public()
    twente_piece = piece("Voor Twente", region="twente")
    form = client.get(f"/admin/snippets/shared/sharedpiece/edit/{twente_piece.pk}/").content.decode()
    choices = form.split('name="parent_piece_id"')[1].split("</select>")[0]
    assert "Scheiden met kinderen" not in choices  # network-wide: not theirs

    network = coordinator_client(COORDINATOR)
    form = network.get(f"/admin/snippets/shared/sharedpiece/edit/{tree['agreements'].pk}/").content.decode()
    choices = form.split('name="parent_piece_id"')[1].split("</select>")[0]
    assert "Scheiden met kinderen" in choices
    assert ">Het rooster<" not in choices and ">Afspraken maken<" not in choices  # itself and below it


def test_the_command_sends_a_tree(tree, hubs):
    from io import StringIO

    from django.core.management import call_command

    output = StringIO()
    call_command("syndicate_piece", tree["top"].pk, "--as", "coordinator", "--hub", "cranendonck", "--with-children", stdout=output)
    assert "4 nieuwe pagina" in output.getvalue()
    assert set(pages_of(hubs["cranendonck"])) >= {"Scheiden met kinderen", "Afspraken maken", "Het rooster", "Hulp in Brabant"}


def test_the_coordinator_sees_the_pieces_below_and_can_send_them_along(tree):
    html = coordinator_client(COORDINATOR).get(f"/admin/gedeeld-gebruik/{tree['top'].pk}/").content.decode()
    assert "Met de onderliggende pagina" in html
    assert "Nog niet klaar (concept, gaat niet mee)" in html
