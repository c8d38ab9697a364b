"""Shared content: coordinators write once; hubs in scope embed or take it, and nobody else sees it."""

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.utils import translation
from wagtail.models import Site

from demo.loader import COORDINATOR, REGIONAL_COORDINATORS
from pages.models import ContentPage
from plugins.shared import library
from plugins.shared.blocks import SharedContentBlock
from plugins.shared.models import SharedContentSettings, SharedPiece, SyndicatedPage
from plugins.shared.syndication import syndicate, take_upstream, upstream_changes
from regions.models import Region
from tests.conftest import HostClient, hub_client
from tests.shared.conftest import draft_piece


def coordinator_client(credentials):
    client = HostClient("localhost")
    assert client.login_form(credentials["username"], credentials["password"]).status_code == 302
    return client


def user(credentials):
    return get_user_model().objects.get(username=credentials["username"])


def publish_change(piece_id, change):
    """A coordinator's new published version of a piece (in the portal)."""
    connection.set_schema_to_public()
    piece = SharedPiece.objects.get(pk=piece_id)
    change(piece)
    piece.save_revision().publish()
    return SharedPiece.objects.get(pk=piece_id).live_revision_id


# --- embed ------------------------------------------------------------------------------


def test_a_hub_page_shows_embedded_pieces_and_a_pinned_version_stays_put(ids):
    html = hub_client("helmond").get("/goed-om-te-weten/").content.decode()

    assert "Wat een scheiding betekent voor uw kind" in html
    assert "Gratis juridisch spreekuur in Zuidoost-Brabant" in html  # its own region's piece
    assert "Lotgenotengroepen voor kinderen in Twente" not in html
    # Mediation is pinned to its first version; the coordinator's later wording is not shown.
    assert "Vraag het na bij het steunpunt van uw gemeente" in html
    assert "de rest betaalt de overheid" not in html


def test_a_new_published_version_shows_on_the_next_page_view(ids):
    client = hub_client("twente")
    assert "Wat een scheiding betekent voor uw kind" in client.get("/goed-om-te-weten/").content.decode()

    def retitle(piece):
        piece.title = "Scheiden en uw kind: wat verandert er?"

    publish_change(ids["kind-en-scheiding"], retitle)

    html = client.get("/goed-om-te-weten/").content.decode()
    assert "Scheiden en uw kind: wat verandert er?" in html


def test_a_draft_or_unpublished_piece_never_shows_on_any_hub(ids, hubs, in_hub):
    draft = draft_piece()
    with in_hub(hubs["helmond"]):
        assert library.render(draft.pk) is None
        assert draft.pk not in [piece["id"] for piece in library.available_pieces()]
        # A page whose block names the draft's id (crafted past the form) renders without it.
        page = ContentPage.objects.get(slug="goed-om-te-weten")
        page.body = list(page.body.raw_data) + [
            {"type": "shared_content", "value": {"piece": str(draft.pk), "pin": False, "pinned_revision": None}}
        ]
        page.save_revision().publish()
    SharedPiece.objects.get(pk=ids["geld"]).unpublish()

    html = hub_client("helmond").get("/goed-om-te-weten/").content.decode()
    assert "Geheime concepttekst" not in html
    assert "Geld na de scheiding" not in html
    assert "Wat een scheiding betekent voor uw kind" in html


def test_the_chooser_offers_only_published_pieces_in_the_hubs_scope_and_refuses_others_by_id(ids, hubs, in_hub):
    draft = draft_piece()
    with in_hub(hubs["helmond"]):
        block = SharedContentBlock()
        offered = {piece["id"] for piece in library.available_pieces()}
        assert ids["brabant-spreekuur"] in offered and ids["ouderschapsplan"] in offered
        assert ids["twente-lotgenoten"] not in offered
        assert draft.pk not in offered
        for crafted in (ids["twente-lotgenoten"], draft.pk):
            with pytest.raises(ValidationError):
                block.clean({"piece": str(crafted), "pin": False, "pinned_revision": None})
        # A pinned "version" that is a draft revision of an offered piece is refused too.
        piece_id = ids["ouderschapsplan"]
    with_draft = SharedPiece.objects.get(pk=piece_id)
    with_draft.title = "Concepttitel"
    draft_revision = with_draft.save_revision()
    with in_hub(hubs["helmond"]):
        with pytest.raises(ValidationError):
            block.clean({"piece": str(piece_id), "pin": True, "pinned_revision": draft_revision.pk})
        assert library.render(piece_id, revision_id=draft_revision.pk) is None


def test_pinning_without_a_version_pins_the_latest_published_one(ids, hubs, in_hub):
    with in_hub(hubs["cranendonck"]):
        value = SharedContentBlock().clean({"piece": str(ids["geld"]), "pin": True, "pinned_revision": None})
        assert value["pinned_revision"] == library.status(ids["geld"])["live_revision_id"]


def test_the_hub_editor_sees_an_upstream_change_to_a_pinned_piece_compares_and_moves_the_pin(ids, editor_client, hubs, in_hub):
    client = editor_client("hardenberg")
    overview = client.get("/admin/gedeelde-inhoud/").content.decode()
    assert "vergelijken en vastzetten" in overview

    with in_hub(hubs["hardenberg"]):
        page_id = ContentPage.objects.get(slug="goed-om-te-weten").pk
    comparison = client.get(f"/admin/gedeelde-inhoud/pagina/{page_id}/stuk/{ids['mediation']}/").content.decode()
    assert "Vraag het na bij het steunpunt van uw gemeente" in comparison
    assert "de rest betaalt de overheid" in comparison

    moved = client.post(f"/admin/gedeelde-inhoud/pagina/{page_id}/stuk/{ids['mediation']}/", follow=True)
    assert "toont nu de nieuwste versie" in moved.content.decode()
    html = hub_client("hardenberg").get("/goed-om-te-weten/").content.decode()
    assert "de rest betaalt de overheid" in html


def test_a_hub_editor_cannot_preview_a_piece_outside_the_hubs_scope(ids, editor_client):
    client = editor_client("helmond")
    assert client.get(f"/admin/gedeelde-inhoud/stuk/{ids['brabant-spreekuur']}/").status_code == 200
    assert client.get(f"/admin/gedeelde-inhoud/stuk/{ids['twente-lotgenoten']}/").status_code == 404
    assert client.get(f"/admin/gedeelde-inhoud/?q=lotgenoten").content.decode().count("Lotgenotengroepen") == 0


def test_a_hub_editor_cannot_reach_the_library_in_their_admin(editor_client, ids):
    client = editor_client("helmond")
    assert client.get(f"/admin/snippets/shared/sharedpiece/edit/{ids['geld']}/").status_code in (302, 403, 404)
    assert client.get("/admin/snippets/shared/sharedpiece/").status_code in (302, 403, 404)


# --- translations -----------------------------------------------------------------------


def test_a_hub_shows_the_residents_language_or_the_dutch_and_says_so(ids, hubs, in_hub):
    with in_hub(hubs["twente"]):
        english = library.render(ids["ouderschapsplan"], language="en")
        arabic = library.render(ids["ouderschapsplan"], language="ar")
        turkish = library.render(ids["ouderschapsplan"], language="tr")
    assert english["title"] == "The parenting plan: agreements about your children" and english["translated"]
    assert arabic["language"] == "ar" and arabic["translated"]
    assert turkish["language"] == "nl" and not turkish["translated"]
    with in_hub(hubs["twente"]), translation.override("tr"):
        html = SharedContentBlock().render(
            SharedContentBlock().to_python({"piece": str(ids["ouderschapsplan"]), "pin": False, "pinned_revision": None})
        )
    assert "Bu metin (henüz) çevrilmedi. Hollandaca sürümünü okuyorsunuz." in html and 'lang="nl" dir="ltr"' in html


# --- scope of coordinators ---------------------------------------------------------------


def test_a_twente_coordinator_cannot_send_to_helmond_by_any_route(ids, hubs, in_hub):
    twente = user(REGIONAL_COORDINATORS["twente"])
    with pytest.raises(PermissionDenied):
        syndicate(ids["jongeren"], [hubs["helmond"]], twente)

    client = coordinator_client(REGIONAL_COORDINATORS["twente"])
    # A network piece is outside a regional coordinator's scope: not even its page opens.
    assert client.get(f"/admin/gedeeld-gebruik/{ids['jongeren']}/").status_code == 404
    response = client.post(f"/admin/gedeeld-gebruik/{ids['twente-lotgenoten']}/", {"hubs": [hubs["helmond"].pk]})
    assert response.status_code == 200  # the form refuses the hub
    with in_hub(hubs["helmond"]):
        assert not SyndicatedPage.objects.filter(source_piece_id__in=[ids["jongeren"], ids["twente-lotgenoten"]]).exists()


def test_a_regional_coordinator_sees_and_edits_only_pieces_of_their_region(ids):
    client = coordinator_client(REGIONAL_COORDINATORS["twente"])
    response = client.get("/admin/snippets/shared/sharedpiece/")
    listing = response.content.decode()
    assert "Lotgenotengroepen voor kinderen in Twente" in listing
    assert "Gratis juridisch spreekuur" not in listing
    assert client.get(f"/admin/snippets/shared/sharedpiece/edit/{ids['twente-lotgenoten']}/").status_code == 200
    assert client.get(f"/admin/snippets/shared/sharedpiece/edit/{ids['brabant-spreekuur']}/").status_code in (302, 403, 404)
    crafted = client.post(f"/admin/snippets/shared/sharedpiece/edit/{ids['brabant-spreekuur']}/", {"title": "Overgenomen"})
    assert crafted.status_code in (302, 403, 404)
    assert SharedPiece.objects.get(pk=ids["brabant-spreekuur"]).title == "Gratis juridisch spreekuur in Zuidoost-Brabant"


# --- syndication ------------------------------------------------------------------------


def test_syndication_makes_a_draft_or_a_published_page_linked_to_the_source(ids, hubs, in_hub):
    network = user(COORDINATOR)
    with in_hub(hubs["twente"]):
        settings = SharedContentSettings.for_site(Site.objects.get(is_default_site=True))
        settings.publish_syndicated_at_once = True
        settings.save()

    sent = {item.hub.slug: item for item in syndicate(ids["jongeren"], [hubs["cranendonck"], hubs["twente"]], network)}

    assert sent["cranendonck"].created and not sent["cranendonck"].published
    assert sent["twente"].published
    with in_hub(hubs["cranendonck"]):
        page = SyndicatedPage.objects.get(source_piece_id=ids["jongeren"])
        assert not page.live and page.title == "Voor jongeren: jouw ouders gaan uit elkaar"
    html = hub_client("twente").get("/voor-jongeren-jouw-ouders-gaan-uit-elkaar/").content.decode()
    assert "Je staat er niet alleen voor" in html


def test_local_edits_survive_upstream_changes_and_the_editor_takes_changes_block_by_block(ids, hubs, in_hub):
    def reword(piece):
        body = [dict(block) for block in piece.body.raw_data]
        body[0]["value"] = "<p>Zoek op tijd een nieuwe woning: het duurt vaak langer dan u denkt.</p>"
        piece.body = body

    publish_change(ids["wonen"], reword)

    with in_hub(hubs["helmond"]):
        page = SyndicatedPage.objects.get(source_piece_id=ids["wonen"])
        latest, changes = upstream_changes(page)
        assert [(change.kind, change.block_type, change.changed_locally) for change in changes] == [
            ("gewijzigd", "paragraph", False)
        ]
        take_upstream(page, [changes[0].block_id])
        page = SyndicatedPage.objects.get(pk=page.pk).get_latest_revision_as_object()
        texts = [str(block.value) for block in page.body]
        assert "duurt vaak langer dan u denkt" in texts[0]
        assert any("Woonloket Helmond" in text for text in texts), "the hub's own contact block stays"
        assert upstream_changes(page)[1] == []


def test_the_coordinators_overview_shows_which_hubs_use_a_piece_and_which_copies_differ(ids):
    client = coordinator_client(COORDINATOR)
    html = client.get(f"/admin/gedeeld-gebruik/{ids['wonen']}/").content.decode()

    assert "Duurzaam Ouderschap Helmond" in html and "overgenomen" in html
    assert "ja, wijkt af" in html
    mediation = client.get(f"/admin/gedeeld-gebruik/{ids['mediation']}/").content.decode()
    assert "vastgezet" in mediation and "achter op versie" in mediation


def test_region_scope_of_pieces_follows_the_hubs_region(ids, hubs, in_hub):
    brabant = Region.objects.get(slug="zuidoost-brabant")
    with in_hub(hubs["cranendonck"]):
        assert library.render(ids["brabant-spreekuur"]) is not None
    with in_hub(hubs["hardenberg"]):
        assert library.render(ids["brabant-spreekuur"]) is None
    assert SharedPiece.objects.get(pk=ids["brabant-spreekuur"]).region_id == brabant.pk


# --- withdrawing a piece that hubs use ----------------------------------------------------


def test_unpublishing_or_deleting_a_used_piece_is_refused_with_the_hubs_and_pages(ids):
    client = coordinator_client(COORDINATOR)
    refused = client.post(f"/admin/snippets/shared/sharedpiece/unpublish/{ids['geld']}/")
    assert refused.status_code == 409
    assert "Duurzaam Ouderschap Helmond" in refused.content.decode() and "Goed om te weten" in refused.content.decode()
    assert SharedPiece.objects.get(pk=ids["geld"]).live

    refused = client.post(f"/admin/snippets/shared/sharedpiece/delete/{ids['geld']}/")
    assert refused.status_code == 409
    assert SharedPiece.objects.filter(pk=ids["geld"]).exists()


def test_a_forced_unpublish_leaves_every_hub_page_working_and_tells_the_hubs_editors(ids, editor_client):
    client = coordinator_client(COORDINATOR)
    client.post(f"/admin/snippets/shared/sharedpiece/unpublish/{ids['geld']}/", {"toch": "1"})
    connection.set_schema_to_public()
    assert not SharedPiece.objects.get(pk=ids["geld"]).live

    for slug in ("helmond", "hardenberg", "twente", "cranendonck"):
        response = hub_client(slug).get("/goed-om-te-weten/")
        assert response.status_code == 200
        assert "Geld na de scheiding" not in response.content.decode()
    dashboard = editor_client("helmond").get("/admin/").content.decode()
    assert "Niet meer beschikbaar" in dashboard and "Goed om te weten" in dashboard


# --- media --------------------------------------------------------------------------------


def test_images_of_a_shared_piece_show_on_hubs_that_use_it_and_nowhere_else(ids):
    html = hub_client("helmond").get("/goed-om-te-weten/").content.decode()
    src = html.split('src="/gedeelde-bestanden/')[1].split('"')[0]

    assert hub_client("helmond").get(f"/gedeelde-bestanden/{src}").status_code == 200
    assert hub_client("helmond").get(f"/media/public/{src}").status_code == 404
    # A file of the portal that no piece uses is not reachable through a hub.
    assert hub_client("helmond").get("/gedeelde-bestanden/original_images/gedeeld-kind.png").status_code == 404


def test_a_syndicated_page_uses_the_hubs_own_copy_of_the_pieces_image(ids, hubs, in_hub):
    with in_hub(hubs["helmond"]):
        page = SyndicatedPage.objects.get(source_piece_id=ids["wonen"])
        image_blocks = [block for block in page.body if block.block_type == "image"]
        assert image_blocks and image_blocks[0].value["image"].title == "Gedeeld: een huis"
    html = hub_client("helmond").get("/wonen-na-de-scheiding/").content.decode()
    assert "/media/helmond/" in html


# --- the command and the search -------------------------------------------------------------


def test_the_command_sends_a_piece_within_the_coordinators_scope_only(ids, hubs, in_hub):
    from io import StringIO

    from django.core.management import CommandError, call_command

    output = StringIO()
    call_command("syndicate_piece", ids["twente-lotgenoten"], "--as", "coordinator-twente", "--all-in-scope", stdout=output)
    assert "1 nieuwe pagina" in output.getvalue()
    with pytest.raises(CommandError):
        call_command("syndicate_piece", ids["jongeren"], "--as", "coordinator-twente", "--hub", "helmond", stdout=StringIO())
    with in_hub(hubs["twente"]):
        assert SyndicatedPage.objects.filter(source_piece_id=ids["twente-lotgenoten"]).exists()
    with in_hub(hubs["helmond"]):
        assert not SyndicatedPage.objects.filter(source_piece_id=ids["jongeren"]).exists()


def test_the_search_finds_shared_content_of_the_hubs_scope_and_its_page_on_the_portal(ids):
    def shared_results(host, query):
        results = HostClient(host).get("/api/search/", {"q": query, "scope": "region"}).json()["results"]
        return [result for result in results if result["kind"] == "gedeelde inhoud"]

    found = shared_results("helmond.localhost", "ouderschapsplan")
    assert found and found[0]["hub"] is None
    assert found[0]["url"].endswith(f"/gedeeld/{ids['ouderschapsplan']}/")
    assert shared_results("helmond.localhost", "jurist donderdag")  # its region's piece
    assert not shared_results("twente.localhost", "jurist donderdag")  # another region's

    page = HostClient("localhost").get(f"/gedeeld/{ids['ouderschapsplan']}/")
    assert page.status_code == 200 and "Het ouderschapsplan" in page.content.decode()
    english = HostClient("localhost").get(f"/en/gedeeld/{ids['ouderschapsplan']}/").content.decode()
    assert "The parenting plan" in english
    assert HostClient("localhost").get(f"/gedeeld/{draft_piece().pk}/").status_code == 404


# --- moderation and scheduling --------------------------------------------------------------


def test_a_second_coordinator_approves_what_the_first_submitted(ids, django_user_model):
    from django.contrib.auth.models import Group
    from django.urls import reverse

    from tenants.roles import COORDINATORS

    connection.set_schema_to_public()
    author = user(COORDINATOR)
    second = django_user_model.objects.create_user("tweede-coordinator", password="tweede-coordinator-1")
    second.groups.add(Group.objects.get(name=COORDINATORS))
    piece = SharedPiece.objects.get(pk=ids["jongeren"])
    piece.title = "Voor jongeren: als je ouders uit elkaar gaan"
    piece.save_revision(user=author)
    piece.get_workflow().start(piece, author)
    task_state = SharedPiece.objects.get(pk=piece.pk).current_workflow_task_state
    approve = reverse("wagtailsnippets_shared_sharedpiece:workflow_action", args=[piece.pk, "approve", task_state.pk])

    own = coordinator_client(COORDINATOR).post(approve, {})
    assert own.status_code in (302, 403)  # Wagtail's admin answers a refusal with a redirect home
    assert not SharedPiece.objects.get(pk=piece.pk).title.startswith("Voor jongeren: als")

    other = HostClient("localhost")
    other.login_form("tweede-coordinator", "tweede-coordinator-1")
    other.post(approve, {})
    connection.set_schema_to_public()
    assert SharedPiece.objects.get(pk=piece.pk).title == "Voor jongeren: als je ouders uit elkaar gaan"


def test_a_scheduled_version_goes_live_through_the_scheduler(ids, hubs, in_hub):
    from datetime import timedelta

    from django.utils import timezone

    from scheduling.service import run_all

    connection.set_schema_to_public()
    piece = SharedPiece.objects.get(pk=ids["ouderschapsplan"])
    piece.title = "Het ouderschapsplan (nieuw vanaf 1 januari)"
    piece.go_live_at = timezone.now() + timedelta(hours=1)
    revision = piece.save_revision()
    revision.publish()  # with a go-live time in the future, publishing schedules it
    assert SharedPiece.objects.get(pk=piece.pk).title != "Het ouderschapsplan (nieuw vanaf 1 januari)"
    revision.refresh_from_db()
    # An hour later:
    past = timezone.now() - timedelta(seconds=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save()

    run_all()  # every schema, hubs included: their scheduler must not trip over the library

    connection.set_schema_to_public()
    assert SharedPiece.objects.get(pk=piece.pk).title == "Het ouderschapsplan (nieuw vanaf 1 januari)"
    with in_hub(hubs["helmond"]):
        assert library.render(piece.pk)["title"] == "Het ouderschapsplan (nieuw vanaf 1 januari)"


def test_a_regional_coordinator_cannot_create_a_piece_for_another_region_or_the_network():
    connection.set_schema_to_public()
    brabant = Region.objects.get(slug="zuidoost-brabant")
    twente = Region.objects.get(slug="twente")
    client = coordinator_client(REGIONAL_COORDINATORS["twente"])
    form = client.get("/admin/snippets/shared/sharedpiece/add/").content.decode()
    region_choices = form.split('name="region_id"')[1].split("</select>")[0]
    assert "Twente" in region_choices and "Zuidoost-Brabant" not in region_choices and "Het hele netwerk" not in region_choices

    def create(title, region_id):
        data = {"title": title, "summary": "", "body-count": "0", "region_id": region_id, "go_live_at": "", "expire_at": ""}
        client.post("/admin/snippets/shared/sharedpiece/add/", data)
        connection.set_schema_to_public()
        return SharedPiece.objects.filter(title=title).first()

    assert create("Voor heel Brabant", brabant.pk) is None
    assert create("Voor het hele netwerk", "") is None
    created = create("Nieuws uit Twente", twente.pk)
    assert created is not None and created.region_id == twente.pk and not created.live


def test_a_page_reads_its_embedded_pieces_at_once_exactly_as_one_by_one(ids, hubs, in_hub):
    """render_many (a page's unpinned embeds in two cache round trips) shows what render shows,
    scope included: another region's piece is None in both."""
    with in_hub(hubs["helmond"]):
        one_by_one = {piece_id: library.render(piece_id) for piece_id in ids.values()}
        at_once = library.render_many(list(ids.values()))
    assert at_once == one_by_one
    assert any(shown is None for shown in at_once.values()) and any(shown for shown in at_once.values())
