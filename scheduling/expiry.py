"""
An expired page leaves the site the moment its expiry time passes, not when the scheduler next
runs: the scheduler unpublishes it within a minute (and Wagtail then sends `page_unpublished`),
but until then every list a resident sees filters it out here, and serving it answers 404.
"""

from django.db.models import Q
from django.utils import timezone


def not_expired(pages):
    """`pages` without those whose expiry time has passed (live or not)."""
    return pages.filter(Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now()))


def has_expired(page):
    return page.expire_at is not None and page.expire_at <= timezone.now()
