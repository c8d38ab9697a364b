from wagtail.contrib.sitemaps import Sitemap

from plugins.registry import exclude_unavailable


class HubSitemap(Sitemap):
    """The host's live public pages, less those of plugins switched off in the hub."""

    def items(self):
        return exclude_unavailable(super().items())
