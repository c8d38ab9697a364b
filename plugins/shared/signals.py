from django.db import transaction
from django.db.models.signals import post_delete, post_save

from tenants.gateway import gateway


def _translations_changed(sender, instance, **kwargs):
    # A hub renders a piece in the resident's language from its Dutch source's cache entry, so
    # saving any translation must make every version of the piece be built again.
    keys = list(sender.objects.filter(translation_key=instance.translation_key).values_list("pk", flat=True))

    def invalidate():
        for pk in keys:
            gateway.invalidate(sender, pk)

    invalidate()
    transaction.on_commit(invalidate)
    transaction.on_commit(lambda: _reindex_hubs_in_scope(instance.region_id))


def _reindex_hubs_in_scope(region_id):
    # Hubs index the pieces they embed (plugins.shared.indexers): theirs may have changed.
    from plugins.registry import is_enabled
    from search.indexing import request_reindex
    from tenants.models import Hub

    hubs = Hub.objects.hubs()
    if region_id is not None:
        hubs = hubs.filter(region_id=region_id)
    for hub in hubs:
        if is_enabled("shared", hub):
            request_reindex("shared", hub)


def _page_published(sender, instance, **kwargs):
    from search.indexing import request_reindex
    from tenants.current import current_hub

    hub = current_hub()
    body = getattr(instance, "body", None)
    if hub is not None and body is not None and any(block.block_type == "shared_content" for block in body):
        request_reindex("shared", hub)


def connect():
    from wagtail.signals import page_published, page_unpublished

    from plugins.shared.models import SharedPiece

    page_published.connect(_page_published, dispatch_uid="shared:page:published")
    page_unpublished.connect(_page_published, dispatch_uid="shared:page:unpublished")

    post_save.connect(_translations_changed, sender=SharedPiece, dispatch_uid="shared:translations:save")
    post_delete.connect(_translations_changed, sender=SharedPiece, dispatch_uid="shared:translations:delete")
