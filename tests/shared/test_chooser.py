"""The "Gedeelde inhoud" block's chooser: Wagtail's chooser modal over what the hub may show, and
nothing else, whatever a request asks for."""

import pytest
from django.db import connection
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from pages.models import ContentPage
from plugins.shared.chooser import NOT_AVAILABLE
from plugins.shared.models import PieceUse, SharedPiece
from tests.conftest import HostClient
from tests.shared.conftest import draft_piece as shared_draft_piece

CHOOSER = "/admin/gedeelde-inhoud/kiezen/"


def draft_piece():
    return shared_draft_piece(title="Concept over omgangsregelingen", summary="Nog niet klaar")


def modal_html(response):
    assert response.status_code == 200
    return response.json()["html"]


def test_the_modal_offers_published_pieces_of_the_network_and_the_hubs_region_with_a_preview(ids, editor_client):
    draft = draft_piece()
    html = modal_html(editor_client("helmond").get(CHOOSER))

    assert "Kies een gedeeld stuk" in html
    assert "Zoeken in titel en samenvatting" in html
    assert f'{CHOOSER}chosen/{ids["brabant-spreekuur"]}/' in html  # its region's piece
    assert f'{CHOOSER}chosen/{ids["kind-en-scheiding"]}/' in html  # a network piece
    assert f'{CHOOSER}chosen/{ids["twente-lotgenoten"]}/' not in html  # another region's
    assert f"chosen/{draft.pk}/" not in html and "Concept over omgangsregelingen" not in html
    # Each piece can be read in full before choosing it, as the hub's page would show it.
    assert "<summary>Voorbeeld van" in html and 'class="kp-shared"' in html


def test_the_modal_searches_title_and_summary(ids, editor_client):
    client = editor_client("helmond")
    results = client.get(f"{CHOOSER}results/", {"q": "ouderschapsplan"}).content.decode()
    assert f'chosen/{ids["ouderschapsplan"]}/' in results
    assert f'chosen/{ids["geld"]}/' not in results

    nothing = client.get(f"{CHOOSER}results/", {"q": "lotgenotengroepen"}).content.decode()
    assert "chosen/" not in nothing and "Geen gepubliceerd stuk voor uw hub gevonden" in nothing


def test_choosing_returns_the_piece_and_crafted_ids_answer_404(ids, editor_client):
    draft = draft_piece()
    client = editor_client("helmond")
    chosen = client.get(f"{CHOOSER}chosen/{ids['brabant-spreekuur']}/").json()
    assert chosen["step"] == "chosen"
    assert chosen["result"]["id"] == str(ids["brabant-spreekuur"])
    assert chosen["result"]["title"] == "Gratis juridisch spreekuur in Zuidoost-Brabant"
    assert chosen["result"]["edit_url"] == f"/admin/gedeelde-inhoud/stuk/{ids['brabant-spreekuur']}/"

    for crafted in (ids["twente-lotgenoten"], draft.pk, 999999, "abc"):
        assert client.get(f"{CHOOSER}chosen/{crafted}/").status_code == 404
    multiple = client.get(f"{CHOOSER}chosen-multiple/", {"id": [ids["twente-lotgenoten"], draft.pk]}).json()
    assert multiple["result"] == []
    assert client.get(f"{CHOOSER}create/").status_code == 404


def test_the_chooser_needs_a_hub_editor_and_is_not_on_the_portal(ids, portal_client):
    anonymous = HostClient("helmond.localhost").get(CHOOSER)
    assert anonymous.status_code == 302 and "/admin/login/" in anonymous["Location"]

    assert portal_client.login_form("coordinator", "portaal-demo").status_code == 302
    assert portal_client.get(CHOOSER).status_code == 404
    assert portal_client.get(f"{CHOOSER}chosen/{ids['geld']}/").status_code == 404


def test_the_librarys_own_snippet_chooser_is_gone_everywhere(editor_client, portal_client):
    # It would list every piece, drafts included, whatever the coordinator's scope.
    assert editor_client("helmond").get("/admin/snippets/choose/shared/sharedpiece/").status_code == 404
    portal_client.login_form("coordinator-twente", "twente-regio-demo")
    assert portal_client.get("/admin/snippets/choose/shared/sharedpiece/").status_code == 404


# --- the page editor -------------------------------------------------------------------------


def page_form(page, pieces):
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "intro": page.intro,
            "body": streamfield(
                [("shared_content", {"piece": piece, "pin": "", "pinned_revision": ""}) for piece in pieces]
            ),
            "comments": inline_formset([]),
        }
    )


def goed_om_te_weten(hubs, in_hub, slug):
    with in_hub(hubs[slug]):
        return ContentPage.objects.get(slug="goed-om-te-weten")


def test_the_page_editor_shows_the_chooser_with_the_chosen_pieces(ids, editor_client, hubs, in_hub):
    page = goed_om_te_weten(hubs, in_hub, "helmond")
    html = editor_client("helmond").get(f"/admin/pages/{page.pk}/edit/").content.decode()

    assert CHOOSER in html  # the modal's address, in the block's definition
    assert "Kies een gedeeld stuk" in html
    assert "Gratis juridisch spreekuur in Zuidoost-Brabant" in html  # a chosen piece's title


def test_a_chosen_piece_is_saved_and_published_with_the_page(ids, editor_client, hubs, in_hub):
    page = goed_om_te_weten(hubs, in_hub, "cranendonck")
    response = editor_client("cranendonck").post(
        f"/admin/pages/{page.pk}/edit/", {**page_form(page, [ids["brabant-spreekuur"]]), "action-publish": "1"}
    )
    assert response.status_code == 302

    html = HostClient("cranendonck.localhost").get("/goed-om-te-weten/").content.decode()
    assert "Gratis juridisch spreekuur in Zuidoost-Brabant" in html
    assert "Wat een scheiding betekent voor uw kind" not in html
    # The coordinators' records follow the publication.
    connection.set_schema_to_public()
    recorded = PieceUse.objects.filter(hub_id=hubs["cranendonck"].pk, page_id=page.pk)
    assert list(recorded.values_list("piece_id", "how")) == [(ids["brabant-spreekuur"], "ingesloten")]


def test_a_chosen_piece_withdrawn_since_shows_as_such_in_the_editor_without_its_title(ids, editor_client, hubs, in_hub):
    SharedPiece.objects.get(pk=ids["geld"]).unpublish()
    page = goed_om_te_weten(hubs, in_hub, "helmond")
    html = editor_client("helmond").get(f"/admin/pages/{page.pk}/edit/").content.decode()

    assert f"Stuk {ids['geld']}: niet meer beschikbaar voor uw hub" in html
    assert "Geld na de scheiding" not in html


@pytest.mark.parametrize("which", ["another region", "draft", "unpublished", "unknown"])
def test_a_posted_piece_the_hub_may_not_show_is_refused_with_a_dutch_message(which, ids, editor_client, hubs, in_hub):
    piece_id = {
        "another region": lambda: ids["twente-lotgenoten"],
        "draft": lambda: draft_piece().pk,
        "unpublished": lambda: _unpublished(ids["geld"]),
        "unknown": lambda: 999999,
    }[which]()
    page = goed_om_te_weten(hubs, in_hub, "helmond")
    with in_hub(hubs["helmond"]):
        revisions_before = page.revisions.count()

    response = editor_client("helmond").post(
        f"/admin/pages/{page.pk}/edit/", {**page_form(page, [ids["kind-en-scheiding"], piece_id]), "action-publish": "1"}
    )

    assert response.status_code == 200  # the form again, with the error at the block
    assert NOT_AVAILABLE in response.content.decode()
    with in_hub(hubs["helmond"]):
        assert page.revisions.count() == revisions_before


def _unpublished(piece_id):
    SharedPiece.objects.get(pk=piece_id).unpublish()
    return piece_id
