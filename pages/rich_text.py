"""
Page links in rich text, as residents get them: only to pages they can open.

Wagtail renders a text's link to a page of the site for as long as the page exists, published or
not; after an unpublish, an expiry or a new view restriction the link led to a 404 or a password
form. A link to such a page keeps its text and loses its address, as Wagtail renders a link to a
page that was deleted.
"""

from django.utils.html import escape
from wagtail.rich_text.pages import PageLinkHandler

from pages.models import openable


class OpenablePageLinkHandler(PageLinkHandler):
    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        pages = cls.get_many(attrs_list)
        can_open = {page.pk for page in openable(pages)}
        return [
            '<a href="%s">' % escape(page.localized.url) if page is not None and page.pk in can_open else "<a>"
            for page in pages
        ]
