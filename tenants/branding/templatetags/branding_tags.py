from django import template
from django.urls import reverse

from tenants.branding.models import BrandingSettings
from tenants.branding.views import tokens_version

register = template.Library()


@register.simple_tag(takes_context=True)
def design_tokens_url(context):
    """The URL of this hub's design-token stylesheet, versioned by its content."""
    branding = BrandingSettings.for_request(context["request"])
    return f"{reverse('design_tokens_css')}?v={tokens_version(branding)}"
