import hashlib

from django.http import HttpResponse

from tenants.branding.models import BrandingSettings


def tokens_css(branding):
    return ":root { " + " ".join(f"{name}: {value};" for name, value in branding.design_tokens().items()) + " }\n"


def tokens_version(branding):
    """Changes whenever the tokens do, so the stylesheet's URL can be cached for a year."""
    return hashlib.sha256(tokens_css(branding).encode()).hexdigest()[:12]


def design_tokens_css(request):
    """The hub's design tokens as a stylesheet of its own.

    A stylesheet instead of an inline <style>: the Content-Security-Policy of resident pages
    allows styles from this host only, with no inline exception.
    """
    branding = BrandingSettings.for_request(request)
    response = HttpResponse(tokens_css(branding), content_type="text/css; charset=utf-8")
    # The page links it as ?v=<hash of the tokens>: a change of colours gives a new URL.
    response["Cache-Control"] = "public, max-age=31536000, immutable" if request.GET.get("v") else "no-cache"
    return response
