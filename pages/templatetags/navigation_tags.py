from django import template
from django.conf import settings
from django.utils import translation

from pages.chrome import site_for_request
from pages.models import translations_of
from scheduling.expiry import has_expired

register = template.Library()


@register.simple_tag(takes_context=True)
def page_translations(context, page):
    """The languages `page` exists in (live, and a real translation, not an untranslated alias),
    with each translation's URL: what the language switcher and hreflang links offer."""
    request = context.get("request")
    if page is None or request is None or not getattr(page, "translation_key", None):
        return []
    names = dict(settings.LANGUAGES)
    current = translation.get_language()
    found = []
    for translated in translations_of(page):
        language = translated.locale.language_code
        if language not in names:
            continue
        url = translated.get_url(request)
        if url is None:
            continue
        found.append(
            {
                "language": language,
                "name": names[language],
                "url": url,
                "full_url": request.build_absolute_uri(url),
                "current": language == current,
            }
        )
    order = list(names)
    return sorted(found, key=lambda item: order.index(item["language"]))


@register.simple_tag(takes_context=True)
def breadcrumb_pages(context, page):
    """The pages above `page` below the home page, from the routing when it found them, each with
    whether it gets a link: a live page may sit below one that was unpublished or has expired,
    which would answer 404. (A private one above it is private for whoever reads this page too.)"""
    request = context.get("request")
    route_pages = getattr(request, "knooppunt_route_pages", None)
    if route_pages and route_pages[-1].pk == page.pk:
        ancestors = route_pages[1:-1]
    else:
        site = site_for_request(request) if request else None
        depth = site.root_page.depth if site else 2
        ancestors = page.get_ancestors().filter(depth__gt=depth)
    return [(ancestor, ancestor.live and not has_expired(ancestor)) for ancestor in ancestors]


@register.simple_tag
def quick_exit_url():
    return settings.KNOOPPUNT_QUICK_EXIT_URL
