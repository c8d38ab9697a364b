"""
What changes the index: hub pages published, unpublished, deleted, moved or made private, a hub's
plugins switched, and (through `request_reindex`) network-wide plugins' saves. Each handler
enqueues a task (search.tasks); the index is written by the worker, or at once in tests. What
takes a page away from residents (unpublishing, a view restriction, deletion) also takes its
documents out of the index at once, in the same transaction: that cannot wait for a worker.
"""

from django.db.models.signals import post_delete, post_save, pre_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
)

from tenants.current import current_hub, on_portal
from tenants.models import Hub


def _site_slug():
    """The hub whose pages change, or "portal" for the portal's own pages."""
    from search.indexing import PORTAL

    hub = current_hub()
    return hub.slug if hub is not None else PORTAL if on_portal() else None


def _reindex(pages):
    from search.tasks import reindex_hub_pages

    slug = _site_slug()
    if slug is not None:
        reindex_hub_pages.enqueue(slug, sorted({page.pk for page in pages}))


def _withdraw(pages):
    from search.indexing import withdraw_pages

    slug = _site_slug()
    if slug is not None:
        withdraw_pages(slug, [page.pk for page in pages])


def _subtree(page):
    return [page, *page.get_descendants()]


def page_changed(sender, instance, **kwargs):
    _reindex([instance])


def subtree_changed(sender, instance, **kwargs):
    # A move or a new URL changes the URL of every page below it.
    _reindex(_subtree(instance))


def page_withdrawn(sender, instance, **kwargs):
    _withdraw([instance])
    _reindex([instance])


def privacy_changed(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        if kwargs["signal"] is post_save:
            _withdraw(_subtree(page))  # made private (or its restriction changed)
        _reindex(_subtree(page))


def page_deleted(sender, instance, **kwargs):
    from search.tasks import remove_hub_pages

    _withdraw([instance])
    slug = _site_slug()
    if slug is not None:
        remove_hub_pages.enqueue(slug, [instance.pk])


def remember_plugins(sender, instance, **kwargs):
    instance._plugins_before = (
        list(Hub.objects.filter(pk=instance.pk).values_list("enabled_plugins", flat=True).first() or [])
        if instance.pk
        else None
    )


def plugins_switched(sender, instance, created, **kwargs):
    # A new hub's schema does not exist yet here; its pages are indexed as they are published.
    before = getattr(instance, "_plugins_before", None)
    if created or before is None or instance.is_portal or sorted(before) == sorted(instance.enabled_plugins or []):
        return
    from search.tasks import reindex_hub_pages

    reindex_hub_pages.enqueue(instance.slug, None)


def connect():
    page_published.connect(page_changed, dispatch_uid="search:page_published")
    page_unpublished.connect(page_withdrawn, dispatch_uid="search:page_unpublished")
    post_page_move.connect(subtree_changed, dispatch_uid="search:page_moved")
    page_slug_changed.connect(subtree_changed, dispatch_uid="search:page_slug_changed")
    post_save.connect(privacy_changed, sender=PageViewRestriction, dispatch_uid="search:privacy_saved")
    post_delete.connect(privacy_changed, sender=PageViewRestriction, dispatch_uid="search:privacy_deleted")
    post_delete.connect(page_deleted, sender=Page, dispatch_uid="search:page_deleted")
    pre_save.connect(remember_plugins, sender=Hub, dispatch_uid="search:hub_plugins_before")
    post_save.connect(plugins_switched, sender=Hub, dispatch_uid="search:hub_plugins_after")
