"""
What empties the anonymous page cache (pages.cache) when residents' pages may have changed.

Every hub page shows the main menu, and parents list their children, so a publish anywhere in a
hub may change many of its pages: the whole hub's cache is emptied, and only that hub's.
"""

from django.core.cache import cache as default_cache
from django.db.models.signals import post_delete, post_save
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from pages import cache


def _page_changed(sender, **kwargs):
    cache.invalidate_current_schema()


def _restrictions_changed(sender, **kwargs):
    default_cache.delete("pages:has-view-restrictions")
    cache.invalidate_current_schema()


def _locales_changed(sender, **kwargs):
    default_cache.delete("pages:locale-ids")
    # Which languages a hub serves is kept per generation too (pages.cache.hub_memo).
    cache.invalidate_current_schema()


def _hub_changed(sender, instance, **kwargs):
    # Switching a plugin on or off changes which pages and blocks the hub shows.
    cache.invalidate_hub(instance.schema_name)


def connect_signals():
    from tenants.branding.models import BrandingSettings
    from tenants.gateway import gateway
    from tenants.models import Hub

    page_published.connect(_page_changed, dispatch_uid="pagecache:published")
    page_unpublished.connect(_page_changed, dispatch_uid="pagecache:unpublished")
    post_page_move.connect(_page_changed, dispatch_uid="pagecache:moved")
    post_delete.connect(_page_changed, sender=Page, dispatch_uid="pagecache:page-deleted")
    for model in (BrandingSettings, Site):
        post_save.connect(_page_changed, sender=model, dispatch_uid=f"pagecache:{model.__name__}:saved")
        post_delete.connect(_page_changed, sender=model, dispatch_uid=f"pagecache:{model.__name__}:deleted")
    post_save.connect(_restrictions_changed, sender=PageViewRestriction, dispatch_uid="pagecache:restriction-saved")
    post_delete.connect(_restrictions_changed, sender=PageViewRestriction, dispatch_uid="pagecache:restriction-deleted")
    post_save.connect(_locales_changed, sender=Locale, dispatch_uid="pagecache:locale-saved")
    post_delete.connect(_locales_changed, sender=Locale, dispatch_uid="pagecache:locale-deleted")
    post_save.connect(_hub_changed, sender=Hub, dispatch_uid="pagecache:hub-saved")
    # Network-wide data (shared content, the directory, the hub registry) may show on any page.
    gateway.on_invalidate(cache.invalidate_network)
