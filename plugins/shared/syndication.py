"""
Syndication: a coordinator sends a shared piece to hubs; each gets a page of its own.

The page keeps its link to the source (`SyndicatedPage.source_piece_id`) and the body it took
(`upstream_body`). A hub editor may change the page freely; when the piece changes upstream the
editor sees, block by block, what changed there and whether they changed that block too, and
takes the upstream version of the blocks they choose. Blocks are matched by their stream ids,
which the hub's copy keeps.
"""

import copy
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.core.files import File
from django_tenants.utils import tenant_context
from wagtail.documents import get_document_model
from wagtail.images.models import Image
from wagtail.log_actions import LogContext
from wagtail.models import Site

from hubplatform.progress import Progress
from plugins.shared import library
from regions.scopes import scope_of


@dataclass
class Sent:
    hub: object
    page_id: int
    created: bool
    published: bool
    piece_id: int | None = None


def syndicate(piece_id, hubs, user, progress=None, with_children=False):
    """Send piece `piece_id` to `hubs` on behalf of portal user `user` (their scope is enforced).

    `with_children`: the pieces below it too, each a page below its parent's page in every hub
    (only those the hub may show: live and in its scope). Pages a hub already has stay as they
    are, wherever its editors put them; a piece added to the tree since arrives below its parent.
    """
    progress = progress or Progress()
    scope = scope_of(user)
    piece = library.status(piece_id)
    if piece is None or not piece["live"]:
        raise PermissionDenied("Alleen een gepubliceerd stuk kan naar hubs.")
    if piece["region_id"] is not None and not scope.includes_region(piece["region_id"]):
        raise PermissionDenied("Dit stuk valt buiten uw werkgebied.")
    outside = [hub.name for hub in hubs if not scope.includes_hub(hub) or not library.in_scope(piece["region_id"], hub)]
    if outside:
        raise PermissionDenied(f"Buiten uw werkgebied of dat van het stuk: {', '.join(outside)}.")
    sent = []
    for hub in progress.items(list(hubs), f"'{piece['title']}' naar hubs"):
        # The coordinator is a portal user, unknown in the hub's schema: the hub's log entries of
        # these pages name no user (Wagtail would otherwise take the request's user).
        with tenant_context(hub), LogContext(user=None):
            pieces = library.tree(piece_id, hub) if with_children else [(piece_id, None)]
            for_hub = [_send_to_current_hub(found, hub, parent_piece_id=parent) for found, parent in pieces]
        sent.extend(for_hub)
        created = sum(item.created for item in for_hub)
        progress.note(f"{hub.slug}: {created} nieuwe pagina('s), {len(for_hub) - created} had hij al")
    return sent


def _send_to_current_hub(piece_id, hub, parent_piece_id=None):
    """The hub's page of `piece_id`, made now (below the page of `parent_piece_id`, if the hub has one)."""
    from plugins.shared.models import SharedContentSettings, SyndicatedPage

    existing = SyndicatedPage.objects.filter(source_piece_id=piece_id).first()
    if existing is not None:
        return Sent(hub, existing.pk, created=False, published=existing.live, piece_id=piece_id)
    upstream = library.live_stream(piece_id, hub)
    body = localize_body(upstream)
    site = Site.objects.get(is_default_site=True)
    parent = SyndicatedPage.objects.filter(source_piece_id=parent_piece_id).first() if parent_piece_id else None
    parent = parent or site.root_page.specific
    page = SyndicatedPage(
        title=upstream["title"],
        slug=_free_slug(parent, upstream["title"]),
        intro=upstream["summary"],
        body=body,
        live=False,
        source_piece_id=piece_id,
        source_revision_id=upstream["revision_id"],
        upstream_title=upstream["title"],
        upstream_body=body,
    )
    # Read again: the parent's child count changed when an earlier page of the tree went below it.
    parent = type(parent).objects.get(pk=parent.pk)
    parent.add_child(instance=page)
    revision = page.save_revision(log_action=True)
    publish = SharedContentSettings.for_site(site).publish_syndicated_at_once
    if publish:
        revision.publish()
    return Sent(hub, page.pk, created=True, published=publish, piece_id=piece_id)


def _free_slug(parent, title):
    from django.utils.text import slugify

    base = slugify(title)[:60] or "gedeeld"
    slug, number = base, 2
    while parent.get_children().filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


def localize_body(upstream, create=True):
    """The upstream body with the portal's image and document ids replaced by this hub's copies.

    Copies are matched by file hash, so each file is copied once. With `create=False` a missing
    copy is not made; its block keeps id None (used for comparing).
    """
    body = copy.deepcopy(upstream["body"])
    images = _local_copies(Image, upstream.get("images", {}), create)
    documents = _local_copies(get_document_model(), upstream.get("documents", {}), create)
    for block in body:
        if block.get("type") == "image" and block["value"].get("image"):
            block["value"] = {**block["value"], "image": images.get(str(block["value"]["image"]))}
    return _with_document_ids(body, documents)


def _local_copies(model, files, create):
    """{portal id: id of this hub's copy (None when missing and not created)}."""
    mapping = {}
    for portal_id, info in files.items():
        local = model.objects.filter(file_hash=info["hash"]).first()
        if local is None and create:
            with open(info["path"], "rb") as handle:
                local = model(title=info["title"], file=File(handle, name=info["path"].rsplit("/", 1)[-1]))
                local.save()
            # Stored now, so the next comparison finds this copy by its hash.
            local.get_file_hash()
        mapping[portal_id] = local.pk if local else None
    return mapping


def _with_document_ids(value, mapping, block_type=None):
    """`value` with the portal's document ids (download blocks, rich-text links) made the hub's."""
    if isinstance(value, dict):
        if block_type == "download" and value.get("document"):
            value = {**value, "document": mapping.get(str(value["document"]))}
        return {key: _with_document_ids(item, mapping, value.get("type") if key == "value" else None) for key, item in value.items()}
    if isinstance(value, list):
        return [_with_document_ids(item, mapping) for item in value]
    if isinstance(value, str) and "document" in value:
        def relink(match):
            tag = match.group(0)
            found = library.DOCUMENT_LINK_ID.search(tag)
            local = mapping.get(found.group(1)) if found else None
            return library.DOCUMENT_LINK_ID.sub(f'id="{local}"', tag) if local else tag

        return library.DOCUMENT_LINK_TAG.sub(relink, value)
    return value


@dataclass
class BlockChange:
    block_id: str
    kind: str  # "gewijzigd", "nieuw", "verwijderd"
    block_type: str
    upstream: dict | None
    local: dict | None
    changed_locally: bool


def upstream_changes(page):
    """What changed upstream since `page` last took the piece: (latest revision id, [BlockChange]).

    (None, []) when the piece is no longer available to this hub.
    """
    upstream = library.live_stream(page.source_piece_id)
    if upstream is None:
        return None, []
    if upstream["revision_id"] == page.source_revision_id:
        return upstream["revision_id"], []
    new = localize_body(upstream, create=False)
    base = {block["id"]: block for block in page.upstream_body}
    local = {block["id"]: dict(block) for block in page.body.raw_data}
    changes = []
    for block in new:
        before = base.get(block["id"])
        if before is None:
            changes.append(BlockChange(block["id"], "nieuw", block["type"], block, None, False))
        elif (before["type"], before["value"]) != (block["type"], block["value"]):
            mine = local.get(block["id"])
            changed_locally = mine is None or mine["value"] != before["value"]
            changes.append(BlockChange(block["id"], "gewijzigd", block["type"], block, mine, changed_locally))
    new_ids = {block["id"] for block in new}
    for block_id, before in base.items():
        if block_id not in new_ids:
            mine = local.get(block_id)
            changes.append(
                BlockChange(block_id, "verwijderd", before["type"], None, mine, mine is None or mine["value"] != before["value"])
            )
    return upstream["revision_id"], changes


def take_upstream(page, block_ids, user=None):
    """Take the upstream version of `block_ids`; keep the local text of every other block.

    Either way the page is now up to date with the piece's latest version: blocks not taken are
    the editor's decision to keep their own text, and are not offered again until the next change.
    Saves a draft revision for the editor to publish.
    """
    upstream = library.live_stream(page.source_piece_id)
    if upstream is None:
        raise PermissionDenied("Dit gedeelde stuk is niet meer beschikbaar.")
    new = localize_body(upstream)
    by_id = {block["id"]: block for block in new}
    body = [dict(block) for block in page.body.raw_data]
    present = {block["id"] for block in body}
    wanted = set(block_ids)
    for block_id in wanted:
        if block_id in by_id and block_id in present:
            body = [dict(by_id[block_id]) if block["id"] == block_id else block for block in body]
        elif block_id in by_id:
            body.insert(_insert_position(new, body, block_id), dict(by_id[block_id]))
            present.add(block_id)
        else:
            body = [block for block in body if block["id"] != block_id]
    page.body = body
    page.source_revision_id = upstream["revision_id"]
    page.upstream_title = upstream["title"]
    page.upstream_body = new
    return page.save_revision(user=user, log_action=True)


def _insert_position(upstream, body, block_id):
    """Right after the nearest upstream block before `block_id` that the page still has."""
    order = [block["id"] for block in upstream]
    positions = {block["id"]: index for index, block in enumerate(body)}
    for earlier in reversed(order[: order.index(block_id)]):
        if earlier in positions:
            return positions[earlier] + 1
    return 0
