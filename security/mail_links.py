"""
Links in e-mails point to the host of the hub they were sent from.

Wagtail builds every link in its e-mails (password reset, moderation and workflow notifications,
comment notifications) from `wagtail.admin.utils.get_admin_base_url()`, which returns the one
WAGTAILADMIN_BASE_URL of the whole install: the portal's. A hub editor's reset link then pointed
to the portal, whose users table does not hold them, so the token was refused. Wagtail has no
per-site setting for it, so `install()` swaps that function, in the modules that import it by
name, for one that answers the root URL of the Wagtail Site of the schema being served (each hub
schema has exactly one Site, on the hub's domain; the portal's Site is the portal's domain).
"""

from django.conf import settings
from django.core.cache import cache
from wagtail.models import Site

CACHE_KEY = "security:admin-base-url"  # the default cache's keys carry the schema name


def hub_admin_base_url():
    """The root URL of the site being served or worked on, else WAGTAILADMIN_BASE_URL."""
    url = cache.get(CACHE_KEY)
    if url is None:
        site = Site.objects.filter(is_default_site=True).only("hostname", "port").first()
        url = site.root_url if site else ""
        cache.set(CACHE_KEY, url, 300)
    return url or getattr(settings, "WAGTAILADMIN_BASE_URL", None)


def forget_base_url(**kwargs):
    """A Site's host name or port changed: its e-mails must use the new one at once."""
    cache.delete(CACHE_KEY)


def install():
    from django.db.models.signals import post_delete, post_save
    from wagtail.admin import userbar, utils
    from wagtail.admin.templatetags import wagtailadmin_tags

    for module in (utils, wagtailadmin_tags, userbar):
        module.get_admin_base_url = hub_admin_base_url
    post_save.connect(forget_base_url, sender=Site, dispatch_uid="security.mail_links.save")
    post_delete.connect(forget_base_url, sender=Site, dispatch_uid="security.mail_links.delete")
