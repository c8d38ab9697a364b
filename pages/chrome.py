"""
What every resident page shows around its content: the hub's name and logo, the main menu, the
footer's contact details and links, and the version of its theme stylesheet.

Built once per hub, language and hub generation (pages.cache) and kept in the default cache,
whose keys carry the schema name, so a page that is not in the page cache still needs no
queries for its header and footer, whatever the size of the menu. A publish, unpublish or
branding change starts a new generation, so the next page view builds it again.
"""

from django.core.cache import cache
from django.db import connection
from django.db.models import Q
from django.utils import translation
from wagtail.models import Page, Site

from pages.cache import hub_memo
from pages.models import locale_ids, resident_pages
from plugins.registry import exclude_unavailable

TIMEOUT = 60 * 60


def site_for_request(request):
    """The request's Wagtail site, from the cache when its hub's generation is known."""
    if hasattr(request, "_wagtail_site"):
        return request._wagtail_site
    generation = getattr(request, "hub_generation", None)
    if generation is None:
        return Site.find_for_request(request)
    key = f"chrome:site:{request.get_host()}:{generation}"
    site = hub_memo(key, lambda: _shared_site(request, key), copy=True)
    request._wagtail_site = site
    return site


def _shared_site(request, key):
    site = cache.get(key)
    if site is None:
        site = Site.find_for_request(request)
        if site is not None:
            # The root page comes along in its own type (the hub's home page), so routing
            # (Wagtail's `site.root_page.localized.specific.route`) starts without a query. Its
            # own fields are left out (no query here): only the home page's own view needs them,
            # and LandingPage.route reads them for that view alone.
            site.root_page = site.root_page.specific_deferred
            cache.set(key, site, TIMEOUT)
    return site


def hub_chrome(request):
    """The header and footer data of the current hub in the active language (plain data)."""
    language = translation.get_language() or "nl"
    generation = getattr(request, "hub_generation", None)
    key = f"chrome:{request.get_host()}:{language}:{generation}"
    chrome = cache.get(key) if generation else None
    if chrome is None:
        chrome = _build_chrome(request, language)
        if generation:
            cache.set(key, chrome, TIMEOUT)
    return chrome


def _build_chrome(request, language):
    site = site_for_request(request)
    branding = _branding(site)
    logo = None
    if branding.logo_id:
        rendition = branding.logo.get_rendition("height-96")
        logo = {"url": rendition.url, "width": rendition.width, "height": rendition.height}
    home = site.root_page.localized if site else None
    menu = []
    if home is not None:
        items = exclude_unavailable(resident_pages(home.get_children().in_menu()))
        menu = [{"title": item.title, "url": item.get_url(request), "path": item.path} for item in items]
    return {
        "schema": connection.schema_name,
        "hub_name": branding.hub_name,
        "tagline": branding.tagline,
        "logo": logo,
        "layout": branding.layout,
        "theme_version": branding.theme_version(),
        "contact": {
            "address": branding.contact_address,
            "phone": branding.contact_phone,
            "email": branding.contact_email,
            "hours": branding.contact_hours,
        },
        "footer_links": _footer_links(request, branding, language),
        "menu": menu,
        "home_url": home.get_url(request) if home is not None else "/",
    }


def _branding(site):
    """The site's branding with its logo, in one query."""
    from tenants.branding.models import BrandingSettings

    if site is None:
        return BrandingSettings()
    found = BrandingSettings.objects.select_related("logo").filter(site=site).first()
    return found or BrandingSettings.for_site(site)


def _footer_links(request, branding, language):
    """The footer's links, a page link in the active language where the page exists in it.

    One query for the linked pages and their translations: the stream's raw data names the pages,
    so its own page lookup is not needed. A link to a page residents cannot open is left out.
    """
    links = branding.footer_links.raw_data
    page_ids = [link["value"].get("page") for link in links if link["value"].get("page")]
    pages, translations = {}, {}
    if page_ids:
        locale_id = locale_ids().get(language)
        originals = Page.objects.filter(pk__in=page_ids).values("translation_key")
        linked = Page.objects.filter(Q(pk__in=page_ids) | Q(translation_key__in=originals, locale_id=locale_id))
        for page in resident_pages(linked):
            if page.pk in page_ids:
                pages[page.pk] = page
            if page.locale_id == locale_id:
                translations[page.translation_key] = page
    found = []
    for link in links:
        value = link["value"]
        if value.get("page"):
            page = pages.get(value["page"])
            if page is None:
                continue
            page = translations.get(page.translation_key, page)
            url = page.get_url(request)
            label = page.title if language != "nl" else value.get("label")
        else:
            url, label = value.get("url"), value.get("label")
        if url:
            found.append({"label": label, "url": url})
    return found
