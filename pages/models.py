from django.core.cache import cache
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.db.models import OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils import translation
from django.utils.translation import gettext_noop
from wagtail.admin.panels import FieldPanel
from wagtail.models import Locale, Page, PageViewRestriction, get_page_models
from wagtail.search import index

from blocks.fields import BodyField
from pages.cache import hub_memo
from plugins.registry import exclude_unavailable, page_type_available
from scheduling.expiry import has_expired, not_expired

# Dutch for editors (the admin is Dutch-only); residents' pages translate them (gettext_noop marks them).
AUDIENCE_CHOICES = [
    ("ouders", gettext_noop("Ouders")),
    ("kinderen", gettext_noop("Kinderen en jongeren")),
    ("netwerk", gettext_noop("Netwerk: familie, school en vrienden")),
    ("professionals", gettext_noop("Professionals")),
]


class BasePage(Page):
    """Every page type of the platform, plugins' included, derives from this.

    It keeps a page type out of hosts where it cannot live: a plugin switched off in a hub,
    or an app whose tables are not in the current schema.
    """

    available_on_portal = True
    available_on_hubs = True

    class Meta:
        abstract = True

    @classmethod
    def can_create_at(cls, parent):
        return super().can_create_at(parent) and page_type_available(cls)

    def visible_children(self):
        """Children residents can open (one query when the hub has no private pages)."""
        return resident_pages(self.get_children())

    def child_cards(self):
        """`visible_children` of types served here, each with `card_intro`: its introduction when
        its type has one. One query, where `.specific` takes one more per page type."""
        intros = [
            Subquery(model._base_manager.filter(pk=OuterRef("pk")).values("intro")[:1])
            for model in get_page_models()
            if _has_own_field(model, "intro") and page_type_available(model)
        ]
        return exclude_unavailable(self.visible_children()).annotate(
            card_intro=Coalesce(*intros, Value(""), output_field=models.TextField())
        )

    def get_view_restrictions(self):
        # Wagtail asks for every page view (two queries); most hubs restrict no page at all.
        if not _schema_has_view_restrictions():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


def _has_own_field(model, name):
    """Whether `model`'s own table holds the column `name` (not a parent's, not abstract)."""
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return field.concrete and field.model is model


def public_pages(pages):
    """`pages` without private ones (no query for it when the hub has no private pages)."""
    return pages.public() if _schema_has_view_restrictions() else pages


def resident_pages(pages):
    """`pages` less those a resident cannot open: not live, expired or private.

    Every list of pages and every page link a resident sees goes through this (or `openable`):
    an expired page answers 404 before the scheduler has unpublished it (scheduling.expiry),
    and what lists it is cached no longer than until that moment (pages.cache).
    """
    return public_pages(not_expired(pages.live()))


def openable(pages):
    """The pages of `pages`, already loaded (None for one that is gone), that `resident_pages`
    keeps, in their order: without a query unless the hub has private pages."""
    found = [page for page in pages if page is not None and page.live and not has_expired(page)]
    if found and _schema_has_view_restrictions():
        public = set(Page.objects.filter(pk__in=[page.pk for page in found]).public().values_list("pk", flat=True))
        found = [page for page in found if page.pk in public]
    return found


def _schema_has_view_restrictions():
    """Whether any page of the current schema is private (cached; pages.signals empties it)."""
    return hub_memo("has-view-restrictions", _shared_has_view_restrictions)


def _shared_has_view_restrictions():
    found = cache.get("pages:has-view-restrictions")
    if found is None:
        found = PageViewRestriction.objects.exists()
        cache.set("pages:has-view-restrictions", found, 60 * 60)
    return found


def locale_ids():
    """{language code: locale id} of the current schema (cached; a new locale empties it). Read only."""
    return hub_memo("locale-ids", _shared_locale_ids)


def _shared_locale_ids():
    ids = cache.get("pages:locale-ids")
    if ids is None:
        ids = dict(Locale.objects.values_list("language_code", "id"))
        cache.set("pages:locale-ids", ids, 60 * 60)
    return ids


ROUTE_CACHE_SECONDS = 60 * 60


def translations_of(page):
    """The live, unexpired translations of `page` (itself included, not aliases), by locale, with
    their locales: from the routing's query when it found `page` at the end of the path, else asked."""
    found = getattr(page, "knooppunt_translations", None)
    if found is not None:
        return found
    return list(
        not_expired(Page.objects.filter(translation_key=page.translation_key, live=True, alias_of__isnull=True))
        .select_related("locale")
        .order_by("locale__id")
    )


def _specific_queryset(model):
    """`model`'s pages with the images they show (foreign keys to an image), in one query."""
    from wagtail.images import get_image_model

    images = [
        field.name
        for field in model._meta.concrete_fields
        if field.is_relation and field.related_model is get_image_model()
    ]
    return model._default_manager.select_related(*images)


def _load_specific(page):
    """`page.specific`, fully loaded, with the images it shows: one query instead of two."""
    model = page.specific_class or type(page)
    return _specific_queryset(model).get(pk=page.pk)


class LandingPage(BasePage):
    """The front page of a schema's site: a headline, an introduction and free content."""

    hero_title = models.CharField("kop", max_length=200)
    hero_intro = models.TextField("inleiding", blank=True)
    body = BodyField(verbose_name="inhoud", blank=True)

    content_panels = Page.content_panels + [FieldPanel("hero_title"), FieldPanel("hero_intro"), FieldPanel("body")]

    search_fields = Page.search_fields + [index.SearchField("hero_intro"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        abstract = True

    def route(self, request, path_components):
        """Find the page of a path in one query, instead of Wagtail's one (or two) per level.

        Same outcome as Wagtail's routing: the deepest page whose URL path is a prefix of the
        path routes the rest (a page with sub-routes may answer it), and only that page must be
        live. The pages on the way are kept for the breadcrumbs.
        """
        if not path_components:
            # The site's cached root page leaves its own fields out (pages.chrome); its own view
            # needs them, in one query with the images it shows.
            page = self if not self.get_deferred_fields() else _load_specific(self)
            return super(LandingPage, page).route(request, path_components)
        found = self._route_pages(request, path_components)
        if not found:
            raise Http404
        deepest = found[-1]
        request.knooppunt_route_pages = [self, *found]
        return deepest.route(request, path_components[deepest.depth - self.depth :])

    def _route_pages(self, request, path_components):
        """The pages whose URL paths are prefixes of the path, the deepest in its own type.

        Kept per hub generation (pages.cache), which a publish, unpublish or move replaces, when
        they cover the whole path: a path below a page that answers sub-routes itself, or one
        that leads nowhere, is looked up each time, so made-up paths never fill the cache.
        """
        generation = getattr(request, "hub_generation", None)
        if generation is None:
            return self._find_route_pages(path_components)
        key = f"pages:route:{request.get_host()}:{generation}:{self.pk}:{'/'.join(path_components)}"
        return hub_memo(
            key,
            lambda: self._shared_route_pages(key, path_components),
            copy=True,
            keep=lambda found: len(found) == len(path_components),
        )

    def _shared_route_pages(self, key, path_components):
        found = cache.get(key)
        if found is None:
            found = self._find_route_pages(path_components)
            if len(found) == len(path_components):
                cache.set(key, found, ROUTE_CACHE_SECONDS)
        return found

    def _find_route_pages(self, path_components):
        """One query for the pages on the path and the live translations of the page at its end
        (what the language switcher offers: `translations_of`), then one for that page's own type."""
        prefixes = [self.url_path + "/".join(path_components[:depth]) + "/" for depth in range(1, len(path_components) + 1)]
        on_path = Q(url_path__in=prefixes, path__startswith=self.path, depth__gt=self.depth)
        at_end = Page.objects.filter(url_path=prefixes[-1], path__startswith=self.path).values("translation_key")[:1]
        rows = list(
            Page.objects.filter(on_path | Q(translation_key=Subquery(at_end), live=True, alias_of__isnull=True))
            .select_related("locale")
        )
        found = sorted(
            (row for row in rows if row.url_path in prefixes and row.path.startswith(self.path) and row.depth > self.depth),
            key=lambda row: row.depth,
        )
        if found:
            deepest = found[-1] = _load_specific(found[-1])
            if deepest.url_path == prefixes[-1]:
                deepest.knooppunt_translations = sorted(
                    (
                        row
                        for row in rows
                        if row.translation_key == deepest.translation_key
                        and row.live
                        and not has_expired(row)
                        and row.alias_of_id is None
                    ),
                    key=lambda row: row.locale_id,
                )
        return found

    @property
    def localized(self):
        """Wagtail's, in the page's own type, without queries once the hub's generation has it.

        Wagtail routes every request from `site.root_page.localized.specific`, which asks the
        database for the active locale, and under /en/ for the translation and its type too.
        """
        language = translation.get_language()
        locale_id = locale_ids().get(language)
        if locale_id is None or locale_id == self.locale_id:
            return self
        return hub_memo(f"localized:{self.pk}:{language}", lambda: self._live_translation(locale_id), copy=True)

    def _live_translation(self, locale_id):
        # As Wagtail's `localized`: the live translation in the active locale, else the page itself.
        found = _specific_queryset(type(self)).filter(translation_key=self.translation_key, locale_id=locale_id, live=True)
        return found.first() or self


class HomePage(LandingPage):
    """The front page of a hub: who the hub is for, and a route per audience."""

    hero_image = models.ForeignKey(
        "wagtailimages.Image", verbose_name="afbeelding", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    content_panels = Page.content_panels + [
        FieldPanel("hero_title"),
        FieldPanel("hero_intro"),
        FieldPanel("hero_image"),
        FieldPanel("body"),
    ]

    available_on_portal = False

    class Meta:
        verbose_name = "startpagina van een hub"

    def audience_routes(self):
        # AudiencePage has no subtypes: the rows come in their own type, in one query.
        return resident_pages(AudiencePage.objects.child_of(self))


class AudiencePage(BasePage):
    """A route for one audience (parents, children, network, professionals)."""

    audience = models.CharField("doelgroep", max_length=20, choices=AUDIENCE_CHOICES)
    intro = models.TextField("inleiding")
    body = BodyField(verbose_name="inhoud", blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("audience"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("audience"),
    ]

    parent_page_types = ["pages.HomePage"]
    available_on_portal = False

    class Meta:
        verbose_name = "route voor een doelgroep"


class ContentPage(BasePage):
    """An information page built from the shared block library."""

    intro = models.TextField("inleiding", blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name="afbeelding", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = BodyField(verbose_name="inhoud", blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("image"),
        FieldPanel("body"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["pages.HomePage", "pages.AudiencePage", "pages.ContentPage", "pages.PortalHomePage"]

    class Meta:
        verbose_name = "informatiepagina"


class PortalHomePage(LandingPage):
    """The regional portal's front page: what the network is, and a link to every hub."""

    available_on_hubs = False

    class Meta:
        verbose_name = "startpagina van het portaal"

    def get_context(self, request, *args, **kwargs):
        from regions.finder import MAX_QUERY_LENGTH, find_hubs, hub_url
        from tenants.models import Hub

        context = super().get_context(request, *args, **kwargs)
        hubs = (
            Hub.objects.hubs()
            .select_related("region")
            .prefetch_related("domains")
            .order_by("region__name", "name")
        )
        context["regions"] = _group_by_region(hubs)
        query = request.GET.get("gemeente", "").strip()[:MAX_QUERY_LENGTH]
        if query:
            found, read_as = find_hubs(query)
            context.update(
                query=query,
                read_as=read_as,
                found=[{"hub": hub, "url": hub_url(request, hub)} for hub in found],
            )
        return context


def _group_by_region(hubs):
    grouped = {}
    for hub in hubs:
        grouped.setdefault(hub.region, []).append(hub)
    return list(grouped.items())
