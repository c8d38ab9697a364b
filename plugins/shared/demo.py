"""Demo shared pieces in the portal; in each hub, a page that embeds some and a syndicated page."""

import uuid

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Locale, Workflow, WorkflowContentType, WorkflowTask

from demo.plugins import PluginDemo, StreamBuilder
from pages.models import ContentPage
from plugins.shared import library, usage
from plugins.shared.demo_content import PIECES
from plugins.shared.models import SecondCoordinatorApprovalTask
from tenants.gateway import gateway

WORKFLOW_NAME = "Gedeelde inhoud: een tweede coördinator keurt goed"
KEY_NAMESPACE = uuid.UUID("5d7c1e2a-8f1b-4c3e-9a57-0c1d2e3f4a5b")
PIECE_PERMISSIONS = ["add_sharedpiece", "change_sharedpiece", "delete_sharedpiece", "publish_sharedpiece", "lock_sharedpiece"]


def translation_key(key):
    return uuid.uuid5(KEY_NAMESPACE, key)


def piece_ids():
    """{demo key: id of its Dutch piece}, read in the public schema."""
    from plugins.shared.models import SharedPiece

    keys = {str(translation_key(spec["key"])): spec["key"] for spec in PIECES}

    def build():
        rows = SharedPiece.objects.filter(locale__language_code="nl", translation_key__in=list(keys))
        return {keys[str(key)]: pk for pk, key in rows.values_list("pk", "translation_key")}

    return gateway.run(build)


def _network_images():
    """The portal's own illustrations for shared pieces, in the network's neutral colours."""
    import io

    from django.core.files.images import ImageFile
    from wagtail.images import get_image_model

    from demo.illustrations import TITLES, draw_illustration

    Image = get_image_model()
    images = {}
    for key in ("kind", "huis"):
        title = f"Gedeeld: {TITLES[key].lower()}"
        image = Image.objects.filter(title=title).first()
        if image is None:
            png = io.BytesIO(draw_illustration(key, "#2b5f8a", "#e8a33d"))
            image = Image(title=title, file=ImageFile(png, name=f"gedeeld-{key}.png"))
            image.save()
        images[key] = image
    return images


def _translate(piece, language, translated, builder):
    """The demo's translation of a piece: written text, registered with wagtail-localize.

    Like the demo's page translations (demo/translations.py): the translated text is the
    piece's, and every string that pairs with a Dutch one is wagtail-localize's string
    translation, so the translation editor opens filled in.
    """
    import json

    from pages.localize import with_ids_of
    from plugins.shared.translations import register_copy

    locale = Locale.objects.get_or_create(language_code=language)[0]
    copy = piece.copy_for_translation(locale)
    copy.title, copy.summary = translated["title"], translated["summary"]
    dutch_body = type(piece).objects.get(pk=piece.pk).body.raw_data
    copy.body = with_ids_of(list(dutch_body), json.loads(builder.stream(translated["body"])))
    copy.live = False
    copy.save()
    copy.save_revision().publish()
    register_copy(piece, copy)


CHECKLIST_LINES = [
    "Checklist voor uw ouderschapsplan (voorbeeld)",
    "- Bij wie woont uw kind, en welke dagen bij wie?",
    "- Wie haalt en brengt?",
    "- Verjaardagen, feestdagen en vakanties",
    "- Hoe informeert u elkaar over school en gezondheid?",
    "- Wie betaalt wat, en hoeveel?",
    "- Hoe heeft uw kind meegedacht?",
    "- Wanneer bekijkt u het plan samen opnieuw?",
]


def _checklist_pdf():
    """A one-page PDF of the checklist: enough for a reader to open, drawn without a library."""
    text = "BT /F1 12 Tf 56 780 Td 16 TL " + " ".join(
        "({}) '".format(line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")) for line in CHECKLIST_LINES
    ) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        f"<< /Length {len(text.encode('cp1252'))} >>\nstream\n{text}\nendstream",
    ]
    pdf, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += f"{number} 0 obj\n{body}\nendobj\n".encode("cp1252")
    xref = len(pdf)
    pdf += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    pdf += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode()
    pdf += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return pdf


def _network_documents():
    """The portal's own documents that shared pieces offer as downloads."""
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    Document = get_document_model()
    title = "Gedeeld: checklist ouderschapsplan"
    document = Document.objects.filter(title=title).first()
    if document is None:
        document = Document(title=title)
        document.file.save("checklist-ouderschapsplan.pdf", ContentFile(_checklist_pdf()), save=False)
        document.save()
    return {"checklist-ouderschapsplan": document}


class SharedContentDemo(PluginDemo):
    def load_network(self, context):
        from plugins.shared.models import SharedPiece
        from regions.models import CoordinatorScope, Region

        regions = {region.slug: region.pk for region in Region.objects.all()}
        dutch = Locale.objects.get_or_create(language_code="nl")[0]
        builder = StreamBuilder(_network_images(), {}, _network_documents())
        created = 0
        for spec in PIECES:
            key = translation_key(spec["key"])
            if SharedPiece.objects.filter(translation_key=key, locale=dutch).exists():
                continue
            piece = SharedPiece(
                title=spec["title"],
                summary=spec["summary"],
                body=builder.stream(spec["body"]),
                region_id=regions.get(spec["region"]) if spec["region"] else None,
                audiences=spec["audiences"],
                topics=spec["topics"],
                parent_piece_id=(
                    SharedPiece.objects.filter(translation_key=translation_key(spec["parent"]), locale=dutch)
                    .values_list("pk", flat=True)
                    .first()
                    if "parent" in spec
                    else None
                ),
                locale=dutch,
                translation_key=key,
                live=False,
            )
            piece.save()
            piece.save_revision().publish()
            created += 1
            if "update" in spec:
                # A second published version, so hubs that took the first have a change waiting.
                piece.refresh_from_db()
                body = [dict(block) for block in piece.body.raw_data]
                for block in body:
                    if block["type"] in spec["update"]:
                        block["value"] = spec["update"][block["type"]]
                piece.body = body
                piece.save_revision().publish()
            for language, translated in spec.get("translations", {}).items():
                _translate(piece, language, translated, builder)
        groups = Group.objects.filter(pk__in=CoordinatorScope.objects.values_list("group_id", flat=True))
        permissions = Permission.objects.filter(content_type__app_label="shared", codename__in=PIECE_PERMISSIONS) | Permission.objects.filter(
            content_type__app_label="wagtail_localize", codename="submit_translation"
        )
        for group in groups:
            group.permissions.add(*permissions)
        workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
        task, _ = SecondCoordinatorApprovalTask.objects.get_or_create(name="Tweede coördinator keurt goed")
        task.groups.set(groups)
        WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
        WorkflowContentType.objects.update_or_create(
            content_type=ContentType.objects.get_for_model(SharedPiece), defaults={"workflow": workflow}
        )
        from plugins.shared.indexers import sync_library

        sync_library()
        context.log(f"gedeelde inhoud: {created} nieuwe stukken, workflow '{WORKFLOW_NAME}'")

    def load_hub(self, context):
        from plugins.shared.syndication import _send_to_current_hub

        ids = piece_ids()
        mediation = library.status(ids["mediation"])
        first_mediation = mediation["published_revision_ids"][0]
        embeds = [
            {"piece": str(ids["kind-en-scheiding"]), "pin": False, "pinned_revision": None},
            {"piece": str(ids["ouderschapsplan"]), "pin": False, "pinned_revision": None},
            # Pinned to the first version: the editor sees the coordinator's later change waiting.
            {"piece": str(ids["mediation"]), "pin": True, "pinned_revision": first_mediation},
            {"piece": str(ids["geld"]), "pin": False, "pinned_revision": None},
            {"piece": str(ids["samen-vertellen-video"]), "pin": False, "pinned_revision": None},
            {"piece": str(ids["als-de-ruzie-blijft"]), "pin": False, "pinned_revision": None},
        ]
        for key in ("twente-lotgenoten", "brabant-spreekuur", "twente-platform", "brabant-kind-loket"):
            found = library.visible_status(ids[key], context.hub)
            if found is not None:
                embeds.append({"piece": str(ids[key]), "pin": False, "pinned_revision": None})
        page = context.child(context.home, ContentPage, "goed-om-te-weten", "Goed om te weten")
        page.intro = "Uitleg die alle steunpunten in het netwerk samen schreven, en wat er in uw regio is."
        page.body = [{"type": "shared_content", "value": value} for value in embeds]
        page.show_in_menus = True
        page.save_revision().publish()
        context.pages[page.slug] = page

        from plugins.shared.models import SharedContentSettings, SyndicatedPage

        if context.hub.slug == "helmond":
            # Helmond publishes what coordinators send at once; the other hubs review drafts first.
            settings = SharedContentSettings.for_site(context.site)
            settings.publish_syndicated_at_once = True
            settings.save()
        sent = _send_to_current_hub(ids["wonen"], context.hub)
        if context.hub.slug == "helmond":
            # Adapted locally: Helmond adds its own housing desk.
            housing = SyndicatedPage.objects.get(pk=sent.page_id)
            housing.body = [dict(block) for block in housing.body.raw_data] + [
                {"type": "contact", "value": {"title": "Woonloket Helmond (voorbeeld)", "name": "", "role": "", "phone": "0492 000 000", "email": "wonen@helmond.example.nl", "address": "", "hours": "di en do 9.00-12.00"}}
            ]
            housing.save_revision().publish()
        if context.hub.slug == "hardenberg" and not SyndicatedPage.objects.filter(source_piece_id=ids["mediation"]).exists():
            mediation_page = SyndicatedPage.objects.get(pk=_send_to_current_hub(ids["mediation"], context.hub).page_id)
            # Taken at the first version, before the coordinator's update: one change is waiting
            # for the editor, who has not published the page yet.
            first = library.revision_stream(ids["mediation"], first_mediation)
            mediation_page.body = first["body"]
            mediation_page.upstream_body = first["body"]
            mediation_page.source_revision_id = first_mediation
            mediation_page.save_revision()
        # Publishing records every use as it happens; a demo loaded by older code had no records.
        usage.rebuild([context.hub])
        context.log("gedeelde inhoud: een pagina met ingesloten stukken en overgenomen pagina's")
