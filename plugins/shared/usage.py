"""
Where shared pieces are used: embed blocks in hub page bodies, and syndicated pages.

A hub reads its own pages (`uses_in_current_hub`, for its editors' overview and dashboard). The
coordinators read `PieceUse` records in the portal's schema (`recorded_uses`), which hubs keep up
to date through the gateway whenever a page is published, unpublished or deleted, or a syndicated
page gets a new draft (`record_page`, `forget_page`, called from plugins.shared.signals);
`rebuild` makes them again from the hubs (command `rebuild_shared_usage`).

What a record says: a published page shows an embedded piece (its live content, not a draft), or
a hub has a syndicated copy of a piece (published or a draft to review).
"""

from dataclasses import dataclass

from django.apps import apps
from wagtail.fields import StreamField
from wagtail.models import Page

from hubplatform.progress import Progress
from plugins.shared import library
from tenants.gateway import gateway

EMBEDDED, PINNED, SYNDICATED = "ingesloten", "vastgezet", "overgenomen"


@dataclass
class Use:
    piece_id: int
    page_id: int
    page_title: str
    how: str  # "ingesloten", "vastgezet", "overgenomen"
    revision_id: int | None
    latest_revision_id: int | None
    differs_locally: bool = False
    page_live: bool = True

    @property
    def behind(self):
        return bool(self.latest_revision_id) and self.revision_id != self.latest_revision_id


def _body_models():
    return [
        model
        for model in apps.get_models()
        if issubclass(model, Page)
        and not model._meta.abstract
        and any(field.name == "body" and isinstance(field, StreamField) for field in model._meta.local_fields)
    ]


def embeds(body):
    """(piece id, pinned revision id or None) of every shared-content block in a raw body."""
    for block in body:
        if block.get("type") != "shared_content":
            continue
        value = block.get("value") or {}
        try:
            piece_id = int(value.get("piece"))
        except (TypeError, ValueError):
            continue
        yield piece_id, (value.get("pinned_revision") if value.get("pin") else None)


def _syndicated(current):
    """(piece id, version taken, differs locally) of a syndicated page's latest version."""
    differs = [dict(block) for block in current.body.raw_data] != list(current.upstream_body)
    return current.source_piece_id, current.source_revision_id, differs


def _is_syndicated(page):
    from plugins.shared.models import SyndicatedPage

    return isinstance(page, SyndicatedPage)


# --- a hub's own view ----------------------------------------------------------------------


def uses_in_current_hub(piece_id=None):
    """Every use of shared content in this hub (of one piece when `piece_id` is given)."""
    from plugins.shared.models import SyndicatedPage

    def latest(found_id):
        status = library.status(found_id) or {}
        return status.get("live_revision_id") if status.get("live") else None

    uses = []
    for model in _body_models():
        if model is SyndicatedPage:
            continue
        for page in model.objects.all().only("id", "title", "body", "live"):
            for found_id, pinned in embeds(page.body.raw_data):
                if piece_id is not None and found_id != piece_id:
                    continue
                newest = latest(found_id)
                how = PINNED if pinned else EMBEDDED
                uses.append(Use(found_id, page.pk, page.title, how, pinned or newest, newest, page_live=page.live))
    syndicated = SyndicatedPage.objects.all()
    if piece_id is not None:
        syndicated = syndicated.filter(source_piece_id=piece_id)
    for page in syndicated:
        found_id, taken, differs = _syndicated(page.get_latest_revision_as_object())
        uses.append(Use(found_id, page.pk, page.title, SYNDICATED, taken, latest(found_id), differs, page.live))
    return uses


# --- the coordinators' records ---------------------------------------------------------------


def records_of_page(page, current=None):
    """The records a hub page makes: what its live content embeds, and its syndicated source.

    `current` is the page's latest version (a draft being saved); by default read from the page.
    """
    rows = []
    # Plugins add page types of their own; one without a StreamField body embeds nothing.
    body = getattr(getattr(page, "body", None), "raw_data", None)
    if page.live and body is not None and not _is_syndicated(page):
        for piece_id, pinned in embeds(body):
            rows.append(
                {"piece_id": piece_id, "how": PINNED if pinned else EMBEDDED, "revision_id": pinned, "differs_locally": False}
            )
    if _is_syndicated(page):
        piece_id, taken, differs = _syndicated(current or page.get_latest_revision_as_object())
        rows.append({"piece_id": piece_id, "how": SYNDICATED, "revision_id": taken, "differs_locally": differs})
    title = (current or page).title
    return [{**row, "page_id": page.pk, "page_title": title, "page_live": page.live} for row in rows]


def record_page(page, hub, current=None):
    """Replace the records of `page` in `hub` with what it uses now."""
    gateway.run(_replace, hub.pk, records_of_page(page, current), page_ids=[page.pk])


def forget_page(page_id, hub):
    gateway.run(_replace, hub.pk, [], page_ids=[page_id])


def rebuild(hubs, progress=None, forget_other_hubs=False):
    """Make the records of `hubs` again from their pages; returns the number of records.

    `forget_other_hubs` also drops the records of hubs not in `hubs` (removed hubs).
    """
    from django_tenants.utils import tenant_context

    progress = progress or Progress()
    if forget_other_hubs:
        gateway.run(_forget_hubs_except, [hub.pk for hub in hubs])
    total = 0
    for hub in progress.items(list(hubs), "gebruik van gedeelde inhoud per hub"):
        with tenant_context(hub):
            rows = [row for page in _pages_that_may_use() for row in records_of_page(page)]
        gateway.run(_replace, hub.pk, rows, page_ids=None)
        progress.note(f"{hub.slug}: {len(rows)} keer gebruikt")
        total += len(rows)
    return total


def _pages_that_may_use():
    from plugins.shared.models import SyndicatedPage

    for model in _body_models():
        pages = model.objects.all() if model is SyndicatedPage else model.objects.filter(live=True)
        yield from pages


def _forget_hubs_except(hub_ids):
    from plugins.shared.models import PieceUse

    return PieceUse.objects.exclude(hub_id__in=hub_ids).delete()[0]


def forget_hub(hub_id):
    """Drop the records of a removed hub."""
    return gateway.run(_forget_hub, hub_id)


def _forget_hub(hub_id):
    from plugins.shared.models import PieceUse

    return PieceUse.objects.filter(hub_id=hub_id).delete()[0]


def _replace(hub_id, rows, page_ids):
    """In the portal's schema: the records of `page_ids` (None: all of the hub's) become `rows`."""
    from django.db import transaction

    from plugins.shared.models import PieceUse

    with transaction.atomic():
        existing = PieceUse.objects.filter(hub_id=hub_id)
        if page_ids is not None:
            existing = existing.filter(page_id__in=page_ids)
        existing.delete()
        PieceUse.objects.bulk_create(PieceUse(hub_id=hub_id, **row) for row in rows)
    return len(rows)


def recorded_uses(piece, hubs):
    """[(hub, Use)] of `piece` in `hubs`, from the records (run in the portal)."""
    from plugins.shared.models import PieceUse

    by_id = {hub.pk: hub for hub in hubs}
    latest = piece.live_revision_id if piece.live else None
    records = PieceUse.objects.filter(piece_id=piece.pk, hub_id__in=list(by_id)).order_by("hub_id", "page_title", "pk")
    found = [
        (
            by_id[record.hub_id],
            Use(
                record.piece_id,
                record.page_id,
                record.page_title,
                record.how,
                record.revision_id or latest,
                latest,
                record.differs_locally,
                record.page_live,
            ),
        )
        for record in records
    ]
    return sorted(found, key=lambda pair: (pair[0].name, pair[1].page_title))
