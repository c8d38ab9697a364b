"""
Reading the shared library from a hub: always through the gateway, never by querying it.

Every function returns plain data. What a hub may see is decided here, outside the cache, on
every call: a piece shows only while it is live and in the hub's scope (the whole network, or
the hub's region), and a pinned version only when it was once published.
"""

import re

from django.utils import translation

from tenants.current import current_hub
from tenants.gateway import gateway

PUBLIC_MEDIA = "/media/public/"
#: Where a hub serves the files of shared pieces it shows (plugins.shared.views.serve_shared_media).
SHARED_MEDIA = "/gedeelde-bestanden/"
#: Where a hub serves the portal's documents a shared piece links to (views.serve_shared_document).
SHARED_DOCUMENTS = SHARED_MEDIA + "document/"
_MEDIA_PATH = re.compile(re.escape(PUBLIC_MEDIA) + r'([^"\'\s?#]+)')
# The portal's document links as Wagtail renders them (download blocks, rich-text document links):
# /documents/<id>/<file name>. On a hub that address would serve the hub's own document of that id.
_DOCUMENT_LINK = re.compile(r'(["\'])/documents/(\d+)/')


def _model():
    from plugins.shared.models import SharedPiece

    return SharedPiece


def in_scope(region_id, hub):
    """Whether a piece of `region_id` (None: the whole network) reaches `hub`."""
    return hub is not None and (region_id is None or region_id == hub.region_id)


# --- builders: run in the public schema (through the gateway) ----------------------------


def _status(piece):
    from wagtail.models import ModelLogEntry

    published = ModelLogEntry.objects.filter(
        content_type_id=piece.get_base_content_type().pk, object_id=str(piece.pk), action="wagtail.publish"
    ).exclude(revision_id=None)
    return {
        "id": piece.pk,
        "live": piece.live,
        "title": piece.title,
        "region_id": piece.region_id,
        "translation_key": str(piece.translation_key),
        "live_revision_id": piece.live_revision_id,
        "published_revision_ids": sorted(published.values_list("revision_id", flat=True)),
    }


def _files_of(piece):
    """The portal's image files and document ids one version of a piece shows (public schema)."""
    html = str(piece.body.render_as_block())
    return {
        "paths": sorted(set(_MEDIA_PATH.findall(html))),
        "documents": sorted({int(document_id) for _quote, document_id in _DOCUMENT_LINK.findall(html)}),
    }


def for_hubs(html):
    """A piece's rendered HTML with the portal's file and document addresses made the hub's own."""
    return _DOCUMENT_LINK.sub(lambda match: f"{match.group(1)}{SHARED_DOCUMENTS}{match.group(2)}/", html).replace(
        PUBLIC_MEDIA, SHARED_MEDIA
    )


#: A link to a page in stored rich text: <a linktype="page" id="3">. The id is one of the portal's
#: pages; a hub would look it up in its own tree and open a page of its own with that id.
PAGE_LINK_TAG = re.compile(r'<a\b[^>]*\blinktype="page"[^>]*>')


def with_portal_links(value):
    """A stored body (or part of one) whose page links are plain links to the portal's pages.

    Run in the portal's schema. A link to a page that is gone, or that residents cannot open
    (unpublished, expired, private), keeps its text without a link.
    """
    from django.utils.html import escape
    from wagtail.models import Page

    from pages.models import resident_pages

    if isinstance(value, dict):
        return {key: with_portal_links(item) for key, item in value.items()}
    if isinstance(value, list):
        return [with_portal_links(item) for item in value]
    if not isinstance(value, str) or 'linktype="page"' not in value:
        return value

    def relink(match):
        found = DOCUMENT_LINK_ID.search(match.group(0))
        page = resident_pages(Page.objects.filter(pk=int(found.group(1)))).first() if found else None
        url = page.get_full_url() if page else None
        return f'<a href="{escape(url)}">' if url else "<a>"

    return PAGE_LINK_TAG.sub(relink, value)


def _portal_body(piece):
    """The piece's body as a StreamValue with its page links pointing at the portal."""
    stream_block = piece.body.stream_block
    return stream_block.to_python(with_portal_links([dict(block) for block in piece.body.raw_data]))


def _rendered(piece):
    language = translation.get_language()
    shown = piece
    if piece.locale.language_code != language:
        shown = (
            _model()
            .objects.filter(translation_key=piece.translation_key, locale__language_code=language, live=True)
            .first()
        ) or piece
    html = str(_portal_body(shown).render_as_block())
    return {
        "id": piece.pk,
        "title": shown.title,
        "summary": shown.summary,
        "html": for_hubs(html),
        "language": shown.locale.language_code,
        "translated": shown.locale.language_code == language,
    }


def _status_and_rendered(piece):
    return {"status": _status(piece), "rendered": _rendered(piece)}


def _stream(piece):
    body = with_portal_links([dict(block) for block in piece.body.raw_data])
    return {
        "id": piece.pk,
        "title": piece.title,
        "summary": piece.summary,
        "body": body,
        "revision_id": piece.live_revision_id,
        "images": _image_files(body),
        "documents": _document_files(body),
    }


def _image_files(body):
    """The portal's image files a body uses, so a hub can copy them into its own library."""
    from wagtail.images.models import Image

    ids = {block["value"].get("image") for block in body if block.get("type") == "image"}
    images = Image.objects.filter(pk__in=[pk for pk in ids if pk])
    return {str(image.pk): {"title": image.title, "path": image.file.path, "hash": image.get_file_hash()} for image in images}


#: A document link in stored rich text: <a linktype="document" id="7">, attributes in any order.
DOCUMENT_LINK_TAG = re.compile(r'<a\b[^>]*\blinktype="document"[^>]*>')
DOCUMENT_LINK_ID = re.compile(r'\bid="(\d+)"')


def document_ids(body):
    """The ids of the documents a stored body uses: download blocks and rich-text links."""
    found = set()

    def walk(value, block_type=None):
        if isinstance(value, dict):
            if block_type == "download" and value.get("document"):
                found.add(int(value["document"]))
            for key, item in value.items():
                walk(item, value.get("type") if key == "value" else None)
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, str):
            for tag in DOCUMENT_LINK_TAG.findall(value):
                match = DOCUMENT_LINK_ID.search(tag)
                if match:
                    found.add(int(match.group(1)))

    walk(body)
    return found


def _document_files(body):
    """The portal's documents a body uses, so a hub can copy them into its own library."""
    from wagtail.documents import get_document_model

    documents = get_document_model().objects.filter(pk__in=document_ids(body))
    return {
        str(document.pk): {"title": document.title, "path": document.file.path, "hash": document.get_file_hash()}
        for document in documents
    }


def _published_list():
    pieces = _model().objects.filter(live=True, locale__language_code="nl").order_by("title")
    return [
        {
            "id": piece.pk,
            "title": piece.title,
            "summary": piece.summary,
            "region_id": piece.region_id,
            "audiences": list(piece.audiences),
            "topics": list(piece.topics),
            "live_revision_id": piece.live_revision_id,
        }
        for piece in pieces
    ]


# --- what hubs call -------------------------------------------------------------------


def status(piece_id):
    """Live state, scope and published versions of a piece (None when it does not exist)."""
    return gateway.get(_model(), piece_id, _status, language="nl")


def visible_status(piece_id, hub=None):
    """`status(piece_id)` when the piece is live and in scope of `hub` (default: this hub), else None."""
    hub = hub if hub is not None else current_hub()
    found = status(piece_id)
    if found is None or not found["live"] or not in_scope(found["region_id"], hub):
        return None
    return found


def available_pieces(hub=None, search=""):
    """Published pieces in scope of `hub` (default: this hub): what its chooser offers."""
    hub = hub if hub is not None else current_hub()
    pieces = gateway.query("shared-pieces-published", _published_list, models=[_model()], language="nl")
    words = search.lower().split()
    return [
        piece
        for piece in pieces
        if in_scope(piece["region_id"], hub)
        and all(word in f"{piece['title']} {piece['summary']}".lower() for word in words)
    ]


def render(piece_id, revision_id=None, hub=None, language=None):
    """The piece as the hub shows it: the latest published version, or the pinned one.

    None when the hub may not show it (a draft, unpublished, out of scope, or a pinned version
    that was never published).
    """
    hub = hub if hub is not None else current_hub()
    if not revision_id:
        # The latest version: its state and its rendering in one cache entry (one round trip
        # for the version token, one for the entry), checked here on every call.
        return _latest_shown(gateway.get(_model(), piece_id, _status_and_rendered, language=language), hub)
    else:
        found = visible_status(piece_id, hub)
        if found is None or int(revision_id) not in found["published_revision_ids"]:
            return None
        # Translations follow the piece's latest version. An older pinned version is shown as
        # its editor pinned it: the Dutch of that version, with the notice for other languages.
        older = int(revision_id) != found["live_revision_id"]
        result = gateway.get(_model(), piece_id, _rendered, revision_id=revision_id, language="nl" if older else language)
        if result is None:
            return None
        if older:
            result = {**result, "translated": (language or translation.get_language() or "nl") == "nl"}
    return {**result, "revision_id": revision_id or found["live_revision_id"], "latest_revision_id": found["live_revision_id"]}


def render_many(piece_ids, hub=None, language=None):
    """render() of the latest versions of several pieces, {id: shown or None}, read from the
    cache in two round trips whatever their number (a page with many embeds)."""
    hub = hub if hub is not None else current_hub()
    found = gateway.get_many(_model(), sorted(set(piece_ids)), _status_and_rendered, language=language)
    return {piece_id: _latest_shown(both, hub) for piece_id, both in found.items()}


def _latest_shown(both, hub):
    if both is None:
        return None
    found, result = both["status"], both["rendered"]
    if not found["live"] or not in_scope(found["region_id"], hub):
        return None
    return {**result, "revision_id": found["live_revision_id"], "latest_revision_id": found["live_revision_id"]}


def live_stream(piece_id, hub=None):
    """The raw StreamField data of the piece's live version, for syndication."""
    if visible_status(piece_id, hub) is None:
        return None
    return gateway.get(_model(), piece_id, _stream, language="nl")


def revision_stream(piece_id, revision_id):
    """The raw StreamField data of a published version (for comparisons)."""
    found = status(piece_id)
    if found is None or int(revision_id) not in found["published_revision_ids"]:
        return None
    result = gateway.get(_model(), piece_id, _stream, revision_id=revision_id, language="nl")
    return None if result is None else {**result, "revision_id": int(revision_id)}


def tree(piece_id, hub=None):
    """The piece and every live piece below it that `hub` may show, as [(id, parent id)], parents first.

    A piece below a draft, withdrawn or out-of-scope piece is left out with it: it has no page to
    go below. Children come in the order they were made.
    """
    hub = hub if hub is not None else current_hub()
    pieces = gateway.query("shared-tree", _live_tree, models=[_model()], language="nl")
    shown = {piece["id"]: piece for piece in pieces if in_scope(piece["region_id"], hub)}
    if piece_id not in shown:
        return []
    children = {}
    for piece in shown.values():
        children.setdefault(piece["parent_piece_id"], []).append(piece["id"])
    found, seen, queue = [], set(), [(piece_id, None)]
    while queue:
        current, parent = queue.pop(0)
        if current in seen:  # a loop written past the form
            continue
        seen.add(current)
        found.append((current, parent))
        queue.extend((child, current) for child in sorted(children.get(current, [])))
    return found


def _live_tree():
    pieces = _model().objects.filter(live=True, locale__language_code="nl").order_by("pk")
    return [
        {"id": piece["pk"], "parent_piece_id": piece["parent_piece_id"], "region_id": piece["region_id"]}
        for piece in pieces.values("pk", "parent_piece_id", "region_id")
    ]


def media_allowed(path, hub=None):
    """Whether `path` (under the portal's media) belongs to a live piece this hub may show."""
    hub = hub if hub is not None else current_hub()
    index = _files_index()
    return any(in_scope(region_id, hub) for region_id in index["paths"].get(path, []))


def document_allowed(document_id, hub=None):
    """Whether the portal's document `document_id` belongs to a live piece this hub may show."""
    hub = hub if hub is not None else current_hub()
    index = _files_index()
    return any(in_scope(region_id, hub) for region_id in index["documents"].get(str(document_id), []))


def _files_index():
    return gateway.query("shared-files", _build_files_index, models=[_model()], language="nl")


def _build_files_index():
    """{"paths": {path: [region ids]}, "documents": {id: [region ids]}} of every live piece.

    Every published version counts, not only the latest: a hub may pin an older version, which
    must keep its image or document after a later version dropped it. A piece that is
    unpublished or deleted (its Dutch source, for translations) brings nothing.
    """
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import ModelLogEntry

    pieces = list(_model().objects.filter(live=True).select_related("locale"))
    dutch_regions = {piece.translation_key: piece.region_id for piece in pieces if piece.locale.language_code == "nl"}
    published = {}
    for entry in ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(_model()), action="wagtail.publish", object_id__in=[str(p.pk) for p in pieces]
    ).exclude(revision_id=None):
        published.setdefault(int(entry.object_id), set()).add(entry.revision_id)
    index = {"paths": {}, "documents": {}}
    for piece in pieces:
        if piece.translation_key not in dutch_regions:
            continue
        region_id = dutch_regions[piece.translation_key]
        versions = [_files_of(piece)] + [
            # A published version never changes: what it shows is cached for good.
            found
            for found in (
                gateway.get(_model(), piece.pk, _files_of, revision_id=revision_id, language="nl")
                for revision_id in sorted(published.get(piece.pk, ()))
            )
            if found is not None
        ]
        for files in versions:
            for path in files["paths"]:
                index["paths"].setdefault(path, set()).add(region_id)
            for document_id in files["documents"]:
                index["documents"].setdefault(str(document_id), set()).add(region_id)
    return {kind: {key: sorted(regions, key=str) for key, regions in found.items()} for kind, found in index.items()}


def document_file(document_id):
    """Where the portal keeps document `document_id`: {"path", "name"} (None when it is gone)."""

    def build():
        from wagtail.documents import get_document_model

        document = get_document_model().objects.filter(pk=document_id).first()
        if document is None:
            return None
        return {"path": document.file.path, "name": document.file.name.rsplit("/", 1)[-1], "hash": document.get_file_hash(), "title": document.title}

    return gateway.run(build)
