from wagtail.contrib.sitemaps import Sitemap

from plugins.registry import exclude_unavailable
from scheduling.expiry import not_expired


class HubSitemap(Sitemap):
    """The host's live public pages, less expired ones and those of plugins switched off in the hub."""

    def items(self):
        return exclude_unavailable(not_expired(super().items()))
