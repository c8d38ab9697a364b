from django import template
from django.utils.safestring import mark_safe
from wagtail.models import Page, Site

from hubplatform.plugins import exclude_unavailable, is_enabled
from tenants.branding.models import BrandingSettings

register = template.Library()


@register.simple_tag(takes_context=True)
def design_tokens(context):
    """The hub's design tokens as CSS custom properties on :root.

    Not HTML-escaped: entities are not decoded inside <style>, so an escaped quote would void the
    declaration. The model only yields validated colours and fixed font stacks.
    """
    branding = BrandingSettings.for_request(context["request"])
    return mark_safe(" ".join(f"{name}: {value};" for name, value in branding.design_tokens().items()))


@register.simple_tag(takes_context=True)
def main_navigation(context):
    """The home page's children that editors marked 'show in menus'."""
    site = Site.find_for_request(context["request"])
    if site is None:
        return Page.objects.none()
    return exclude_unavailable(site.root_page.get_children().live().public().in_menu())


@register.filter
def block_enabled(bound_block):
    """False for a block of a plugin that is switched off on this host."""
    plugin_key = getattr(bound_block.block, "plugin_key", None)
    return plugin_key is None or is_enabled(plugin_key)
