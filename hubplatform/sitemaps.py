from wagtail.contrib.sitemaps import Sitemap

from hubplatform.plugins import unavailable_page_models


class HubSitemap(Sitemap):
    """The host's live public pages, less those of plugins switched off in the hub."""

    def items(self):
        pages = super().items()
        for model in unavailable_page_models():
            pages = pages.not_type(model)
        return pages
