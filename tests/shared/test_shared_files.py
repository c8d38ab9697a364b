"""Images and documents of shared pieces: served on the host of every hub that may show the piece,
for every version a hub may show (a pinned one included), and nowhere else."""

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale

from pages.models import ContentPage
from plugins.shared import library
from plugins.shared.models import SharedPiece, SyndicatedPage
from regions.models import Region
from tests.conftest import hub_client
from tests.shared.test_shared_content import publish_change


@pytest.fixture
def portal_document():
    """A PDF in the portal's document library (its file removed again after the test)."""
    connection.set_schema_to_public()
    document = get_document_model()(title="Afsprakenlijst ouderschapsplan")
    document.file.save("afsprakenlijst-test.pdf", ContentFile(b"%PDF-1.4 afsprakenlijst voor ouders"), save=False)
    document.save()
    yield document
    document.file.storage.delete(document.file.name)


def published_piece(body, region=None, title="Afspraken maken over de kinderen"):
    connection.set_schema_to_public()
    piece = SharedPiece(
        title=title,
        body=body,
        locale=Locale.objects.get(language_code="nl"),
        region_id=Region.objects.get(slug=region).pk if region else None,
        live=False,
    )
    piece.save()
    piece.save_revision().publish()
    return SharedPiece.objects.get(pk=piece.pk)


def embed(hub, piece_id, pinned_revision=None):
    """Add the piece to the hub's 'Goed om te weten' page (pinned when a version is given)."""
    from django_tenants.utils import tenant_context

    with tenant_context(hub):
        page = ContentPage.objects.get(slug="goed-om-te-weten")
        page.body = list(page.body.raw_data) + [
            {
                "type": "shared_content",
                "value": {"piece": str(piece_id), "pin": bool(pinned_revision), "pinned_revision": pinned_revision},
            }
        ]
        page.save_revision().publish()
    connection.set_schema_to_public()


def shared_addresses(html, kind=""):
    prefix = f'"/gedeelde-bestanden/{kind}'
    return [prefix[1:] + part.split('"')[0] for part in html.split(prefix)[1:]]


def download_body(document):
    return [
        {"type": "paragraph", "value": f'<p>Vul samen de <a linktype="document" id="{document.pk}">afsprakenlijst</a> in.</p>'},
        {"type": "download", "value": {"document": document.pk, "title": "", "description": "Om samen in te vullen."}},
    ]


def test_a_pinned_version_keeps_the_image_a_later_version_removed(ids, hubs):
    piece_id = ids["kind-en-scheiding"]
    first = library.status(piece_id)["live_revision_id"]
    embed(hubs["helmond"], piece_id, pinned_revision=first)

    def drop_image(piece):
        piece.body = [dict(block) for block in piece.body.raw_data if block["type"] != "image"]

    publish_change(piece_id, drop_image)

    html = hub_client("helmond").get("/goed-om-te-weten/").content.decode()
    pinned = [address for address in shared_addresses(html) if "gedeeld-kind" in address or "images/" in address]
    assert pinned, "the pinned version still shows its image"
    assert hub_client("helmond").get(pinned[0]).status_code == 200
    # The piece's latest version no longer has the image; an unpinned embed shows none.
    twente = hub_client("twente").get("/goed-om-te-weten/").content.decode()
    assert pinned[0] not in twente

    connection.set_schema_to_public()
    SharedPiece.objects.get(pk=piece_id).unpublish()
    assert hub_client("helmond").get(pinned[0]).status_code == 404


@pytest.fixture
def portal_image():
    """An image only one test piece uses (its files removed again after the test)."""
    from django.core.files.images import ImageFile

    from demo.illustrations import draw_illustration

    connection.set_schema_to_public()
    image = get_image_model()(title="Alleen voor Brabant")
    image.file = ImageFile(ContentFile(draw_illustration("huis", "#4b2a6f", "#e8a33d")), name="alleen-brabant.png")
    image.save()
    yield image
    for rendition in image.renditions.all():
        rendition.file.storage.delete(rendition.file.name)
    image.file.storage.delete(image.file.name)


def test_a_regional_pieces_image_is_served_in_its_region_only_and_never_on_the_portal(hubs, portal_image):
    piece = published_piece([{"type": "image", "value": {"image": portal_image.pk, "caption": "Thuis in Brabant"}}], region="zuidoost-brabant")
    embed(hubs["helmond"], piece.pk)

    html = hub_client("helmond").get("/goed-om-te-weten/").content.decode()
    address = next(address for address in shared_addresses(html) if "alleen-brabant" in address)
    assert hub_client("helmond").get(address).status_code == 200
    assert hub_client("cranendonck").get(address).status_code == 200  # same region: it may embed it too
    assert hub_client("twente").get(address).status_code == 404
    assert hub_client("hardenberg").get(address).status_code == 404
    assert hub_client("helmond").get(address.replace("/gedeelde-bestanden/", "/media/public/")).status_code == 404


def test_documents_of_a_piece_download_on_the_hubs_own_host(hubs, portal_document):
    piece = published_piece(download_body(portal_document), region="zuidoost-brabant")
    embed(hubs["helmond"], piece.pk)

    html = hub_client("helmond").get("/goed-om-te-weten/").content.decode()
    name = portal_document.file.name.rsplit("/", 1)[-1]
    addresses = [address for address in shared_addresses(html, "document/") if address.endswith(name)]
    assert addresses == [f"/gedeelde-bestanden/document/{portal_document.pk}/{name}"] * 2  # the link and the download
    assert "PDF" in html and "Afsprakenlijst ouderschapsplan" in html
    assert f'"/documents/{portal_document.pk}/' not in html

    response = hub_client("helmond").get(addresses[0])
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 afsprakenlijst voor ouders"
    assert response["Content-Disposition"].startswith("attachment")
    # Out of the piece's region, with another file name, or on the portal: not there.
    assert hub_client("twente").get(addresses[0]).status_code == 404
    assert hub_client("helmond").get(f"/gedeelde-bestanden/document/{portal_document.pk}/iets-anders.pdf").status_code == 404
    assert hub_client("helmond").get(f"/gedeelde-bestanden/documents/{name}").status_code == 404
    assert hub_client("helmond").get(f"/media/public/documents/{name}").status_code == 404


def test_documents_of_drafts_and_withdrawn_pieces_are_unreachable(hubs, portal_document):
    name = portal_document.file.name.rsplit("/", 1)[-1]
    address = f"/gedeelde-bestanden/document/{portal_document.pk}/{name}"
    connection.set_schema_to_public()
    draft = SharedPiece(title="Concept met bijlage", body=download_body(portal_document), locale=Locale.objects.get(language_code="nl"), live=False)
    draft.save()
    draft.save_revision()
    assert hub_client("helmond").get(address).status_code == 404

    piece = published_piece(download_body(portal_document))
    assert hub_client("helmond").get(address).status_code == 200
    connection.set_schema_to_public()
    piece.unpublish()
    assert hub_client("helmond").get(address).status_code == 404
    piece = published_piece(download_body(portal_document), title="Nog eens")
    assert hub_client("helmond").get(address).status_code == 200
    connection.set_schema_to_public()
    SharedPiece.objects.get(pk=piece.pk).delete()
    assert hub_client("helmond").get(address).status_code == 404


def test_a_syndicated_page_gets_the_hubs_own_copy_of_the_pieces_documents(hubs, in_hub, portal_document):
    from django_tenants.utils import tenant_context

    from plugins.shared.syndication import _send_to_current_hub

    piece = published_piece(download_body(portal_document))
    file_hash = portal_document.get_file_hash()
    with tenant_context(hubs["twente"]):
        page = SyndicatedPage.objects.get(pk=_send_to_current_hub(piece.pk, hubs["twente"]).page_id)
        local = get_document_model().objects.get(file_hash=file_hash)
        download = next(block for block in page.body if block.block_type == "download")
        assert download.value["document"].pk == local.pk
        paragraph = next(block for block in page.body.raw_data if block["type"] == "paragraph")
        assert f'id="{local.pk}"' in paragraph["value"]
        assert local.file.name.startswith("documents/")
        local.file.storage.delete(local.file.name)


def test_the_demo_parenting_plan_offers_the_portals_checklist_in_every_hub():
    for slug in ("hardenberg", "helmond", "twente", "cranendonck"):
        html = hub_client(slug).get("/goed-om-te-weten/").content.decode()
        addresses = [address for address in shared_addresses(html, "document/") if "checklist-ouderschapsplan" in address]
        assert addresses and "Checklist voor uw ouderschapsplan" in html and "PDF" in html, slug
        response = hub_client(slug).get(addresses[0])
        assert response.status_code == 200 and b"".join(response.streaming_content).startswith(b"%PDF-1.4")


def test_a_link_to_a_portal_page_opens_the_portal_page_on_every_hub(hubs, in_hub):
    """Page ids are per schema: a hub must never read a piece's page link as one of its own pages."""
    from django_tenants.utils import tenant_context
    from wagtail.models import Page

    from plugins.shared.syndication import _send_to_current_hub

    connection.set_schema_to_public()
    portal_page = Page.objects.live().filter(depth__gt=2).exclude(url_path="").first()
    portal_url = portal_page.get_full_url()
    body = [{"type": "paragraph", "value": f'<p>Lees ook <a linktype="page" id="{portal_page.pk}">over het netwerk</a>.</p>'}]
    piece = published_piece(body, title="Meer over het netwerk")
    embed(hubs["helmond"], piece.pk)
    html = hub_client("helmond").get("/goed-om-te-weten/").content.decode()
    assert f'<a href="{portal_url}">over het netwerk</a>' in html

    with tenant_context(hubs["twente"]):
        page = SyndicatedPage.objects.get(pk=_send_to_current_hub(piece.pk, hubs["twente"]).page_id)
        paragraph = next(block for block in page.body.raw_data if block["type"] == "paragraph")
        assert 'linktype="page"' not in paragraph["value"] and f'href="{portal_url}"' in paragraph["value"]


def test_a_link_to_a_portal_page_residents_cannot_open_keeps_only_its_words(hubs, in_hub):
    from datetime import timedelta

    from django.utils import timezone
    from wagtail.models import Page

    connection.set_schema_to_public()
    portal_page = Page.objects.live().filter(depth__gt=2).exclude(url_path="").first()
    portal_url = portal_page.get_full_url()
    # Expired, before the scheduler's pass has unpublished it: it answers 404 already.
    Page.objects.filter(pk=portal_page.pk).update(expire_at=timezone.now() - timedelta(minutes=1))
    body = [{"type": "paragraph", "value": f'<p>Lees ook <a linktype="page" id="{portal_page.pk}">over het netwerk</a>.</p>'}]
    embed(hubs["helmond"], published_piece(body, title="Meer over het netwerk").pk)

    html = hub_client("helmond").get("/goed-om-te-weten/").content.decode()

    assert "over het netwerk" in html and portal_url not in html
