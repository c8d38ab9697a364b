from django import template

from pages.chrome import hub_chrome

register = template.Library()


@register.simple_tag(takes_context=True)
def page_chrome(context):
    """The hub's header and footer data (pages.chrome): name, logo, menu, contact, theme version."""
    request = context["request"]
    if not hasattr(request, "_knooppunt_chrome"):
        request._knooppunt_chrome = hub_chrome(request)
    return request._knooppunt_chrome
