from django import template
from wagtail.models import Page, Site

from plugins.registry import exclude_unavailable

register = template.Library()


@register.simple_tag(takes_context=True)
def main_navigation(context):
    """The home page's children that editors marked 'show in menus'."""
    site = Site.find_for_request(context["request"])
    if site is None:
        return Page.objects.none()
    return exclude_unavailable(site.root_page.get_children().live().public().in_menu())
