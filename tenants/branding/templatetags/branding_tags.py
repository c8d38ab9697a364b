from django import template
from django.utils.safestring import mark_safe

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
