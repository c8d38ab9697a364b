from django.http import HttpResponse
from django.views.decorators.http import require_safe

from pages.chrome import site_for_request
from tenants.branding import theme
from tenants.branding.models import BrandingSettings

YEAR = 365 * 24 * 60 * 60


@require_safe
def theme_css(request, version):
    """The hub's design tokens as a stylesheet (no inline <style>, so a strict CSP holds).

    The URL carries the tokens' version: a current one may be cached for a year, an old one
    gets today's tokens and a short lifetime.
    """
    branding = BrandingSettings.for_site(site_for_request(request))
    values = branding.design_tokens()
    response = HttpResponse(theme.stylesheet(values), content_type="text/css; charset=utf-8")
    lifetime = YEAR if version == theme.version(values) else 300
    response["Cache-Control"] = f"public, max-age={lifetime}" + (", immutable" if lifetime == YEAR else "")
    return response
