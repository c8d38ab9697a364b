"""
Where shared pieces are used in a hub: embed blocks in page bodies, and syndicated pages.

Runs in a hub's schema. The coordinator's overview calls it once per hub in their scope.
"""

from dataclasses import dataclass

from django.apps import apps
from wagtail.models import Page

from plugins.shared import library


@dataclass
class Use:
    piece_id: int
    page_id: int
    page_title: str
    how: str  # "ingesloten", "vastgezet", "overgenomen"
    revision_id: int | None
    latest_revision_id: int | None
    differs_locally: bool = False

    @property
    def behind(self):
        return bool(self.latest_revision_id) and self.revision_id != self.latest_revision_id


def _body_models():
    return [
        model
        for model in apps.get_models()
        if issubclass(model, Page) and not model._meta.abstract and "body" in {field.name for field in model._meta.local_fields}
    ]


def uses_in_current_hub(piece_id=None):
    """Every use of shared content in this hub (of one piece when `piece_id` is given)."""
    from plugins.shared.models import SyndicatedPage

    uses = []
    for model in _body_models():
        if model is SyndicatedPage:
            continue
        for page in model.objects.all().only("id", "title", "body"):
            for block in page.body.raw_data:
                if block.get("type") != "shared_content":
                    continue
                value = block.get("value") or {}
                try:
                    found_id = int(value.get("piece"))
                except (TypeError, ValueError):
                    continue
                if piece_id is not None and found_id != piece_id:
                    continue
                status = library.status(found_id) or {}
                pinned = value.get("pinned_revision") if value.get("pin") else None
                latest = status.get("live_revision_id") if status.get("live") else None
                uses.append(
                    Use(found_id, page.pk, page.title, "vastgezet" if pinned else "ingesloten", pinned or latest, latest)
                )
    syndicated = SyndicatedPage.objects.all()
    if piece_id is not None:
        syndicated = syndicated.filter(source_piece_id=piece_id)
    for page in syndicated:
        status = library.status(page.source_piece_id) or {}
        latest = status.get("live_revision_id") if status.get("live") else None
        current = page.get_latest_revision_as_object()
        differs = [dict(block) for block in current.body.raw_data] != list(current.upstream_body)
        uses.append(
            Use(page.source_piece_id, page.pk, page.title, "overgenomen", current.source_revision_id, latest, differs)
        )
    return uses


def uses_across_hubs(piece_id, hubs):
    """[(hub, Use)] for one piece in `hubs` (run from the portal)."""
    from django_tenants.utils import tenant_context

    found = []
    for hub in hubs:
        with tenant_context(hub):
            found.extend((hub, use) for use in uses_in_current_hub(piece_id))
    return found
